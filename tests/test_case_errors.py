"""Bad input gets a clear error naming the file, the field path and the fix; nothing is silently lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from imr_rationale import InputError, Library, load_case
from imr_rationale.cli import main

GOOD = """\
case_id: t
synthetic: true
worker: {age: 50, sex: male}
injury_date: 2015-01-05
request_date: 2015-06-01
diagnoses: [neck myalgia]
facts:
  pt_condition: myalgia_myositis
  prior_physical_therapy: false
items:
  - request: Physical therapy for the cervical spine, 2 times a week for 4 weeks
    service: physical_therapy
    body_region: cervical_spine
    utilization_review: {decision: non_certified, guideline: MTUS pages 98-99}
"""


def problems(path: Path, library: Library) -> list[tuple[str, str, str]]:
    with pytest.raises(InputError) as info:
        load_case(path, library)
    assert info.value.file == str(path)
    return [(p.path, p.reason, p.fix) for p in info.value.problems]


def test_the_good_case_loads(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    assert load_case(write_case(GOOD), library).items[0].service == "physical_therapy"


@pytest.mark.parametrize(
    ("old", "new", "path", "reason_part"),
    [
        ("worker: {age: 50, sex: male}", "worker: {age: 50, sex: male, height: 180}", "worker.height", "unknown field"),
        ("injury_date: 2015-01-05", "injury_date: 2015-02-30", "injury_date", "2015-02-30"),
        ("injury_date: 2015-01-05", "injury_date: 2015-13-01", "injury_date", "2015-13-01"),
        ("service: physical_therapy", "service: physio", "items[0].service", "unknown service 'physio'"),
        ("body_region: cervical_spine", "body_region: neck", "items[0].body_region", "unknown body region"),
        ("  prior_physical_therapy: false", "  prior_pt: false", "facts.prior_pt", "unknown fact 'prior_pt'"),
        ("  pt_condition: myalgia_myositis", "  pt_condition: sore", "facts.pt_condition", "expected one of"),
        ("  prior_physical_therapy: false", "  prior_physical_therapy: maybe", "facts.prior_physical_therapy",
         "expected true or false"),
        ("    body_region: cervical_spine", "    body_region: cervical_spine\n    quantity: lots",
         "items[0].quantity", "cannot read a quantity from 'lots'"),
        ("request_date: 2015-06-01", "request_date: 2014-06-01", "injury_date", "after the request date"),
        ("request_date: 2015-06-01", "request_date: 2019-06-01", "request_date", "outside the dates"),
        ("worker: {age: 50, sex: male}", "worker: {age: 50}", "worker.sex", "Field required"),
    ],
)
def test_bad_input_names_field_and_fix(write_case, library: Library, old: str, new: str, path: str,
                                       reason_part: str) -> None:  # type: ignore[no-untyped-def]
    assert old in GOOD
    found = problems(write_case(GOOD.replace(old, new)), library)
    matching = [p for p in found if p[0] == path and reason_part in p[1]]
    assert matching, found
    assert all(fix for _, _, fix in matching), "every problem here should say how to fix it"


def test_unknown_service_lists_the_closest_known(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    found = problems(write_case(GOOD.replace("service: physical_therapy", "service: physical_therapie")), library)
    assert "physical_therapy" in found[0][2]


def test_unknown_service_shows_the_matchers_reading_of_the_request(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    text = GOOD.replace("service: physical_therapy", "service: meds").replace(
        "request: Physical therapy for the cervical spine, 2 times a week for 4 weeks", 'request: "Norco 10/325 #90"')
    fix = problems(write_case(text), library)[0][2]
    assert "the request reads as opioid (confidence" in fix


def test_a_dispensed_quantity_after_an_unquoted_value_is_not_lost_to_a_comment(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    text = GOOD.replace("Physical therapy for the cervical spine, 2 times a week for 4 weeks", "Norco 10/325 #60 for weaning")
    line = text.splitlines().index("  - request: Norco 10/325 #60 for weaning") + 1
    found = problems(write_case(text), library)
    assert found[0][0] == f"line {line}"
    assert "'#60 for weaning'" in found[0][1] and "comment" in found[0][1]
    assert found[0][2] == 'put the whole value in double quotes: "Norco 10/325 #60 for weaning"'


def test_a_quoted_dispensed_quantity_loads(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    case = load_case(write_case(GOOD.replace("Physical therapy for the cervical spine, 2 times a week for 4 weeks",
                                             '"Physical therapy for the cervical spine #2"  # a comment')), library)
    assert case.items[0].request.endswith("#2")


def test_duplicate_keys_are_an_error_not_a_silent_overwrite(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    text = GOOD.replace("  prior_physical_therapy: false", "  prior_physical_therapy: false\n  prior_physical_therapy: true")
    found = problems(write_case(text), library)
    assert "duplicate key 'prior_physical_therapy'" in found[0][1]


def test_malformed_yaml_gives_the_line(write_case, library: Library) -> None:  # type: ignore[no-untyped-def]
    found = problems(write_case(GOOD.replace("diagnoses: [neck myalgia]", "diagnoses: [neck myalgia")), library)
    assert found[0][0].startswith("line ")
    assert "malformed YAML" in found[0][1]


def test_empty_and_missing_files(write_case, library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "empty" in problems(write_case(""), library)[0][1]
    assert "not found" in problems(tmp_path / "nope.yaml", library)[0][1]


def test_cli_exits_2_and_prints_the_path(write_case, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_case(GOOD.replace("service: physical_therapy", "service: physio"))
    assert main(["decide", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert "items[0].service" in err
    assert "fix:" in err
