"""Criteria are data validated at load: a typo is an error, never a silently skipped rule."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from imr_rationale import InputError, load_library

ROOT = Path(__file__).resolve().parents[1]
TOPIC = "cpmtg_trigger_point_injections.yaml"


@pytest.fixture
def criteria_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "criteria"
    shutil.copytree(ROOT / "criteria", dest)
    return dest


def edit(folder: Path, old: str, new: str, name: str = TOPIC) -> None:
    path = folder / "topics" / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def load_problems(folder: Path) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as info:
        load_library(folder)
    return [(p.path, p.reason) for p in info.value.problems]


def test_library_loads_the_three_letter_topics() -> None:
    lib = load_library(ROOT / "criteria")
    assert {"cpmtg_physical_medicine", "cpmtg_trigger_point_injections", "acoem_neck_imaging"} <= set(lib.topics)
    tpi = lib.topics["cpmtg_trigger_point_injections"]
    assert len(tpi.criteria) == 8, "page 122 has eight criteria"
    assert all(c.decisive for c in tpi.criteria)
    assert lib.topics["cpmtg_physical_medicine"].guideline.page_numbers == (98, 99)
    assert lib.topics["acoem_neck_imaging"].guideline.page_numbers == (177, 178, 179)


@pytest.mark.parametrize(
    ("old", "new", "path_part", "reason_part"),
    [
        ("    decisive: true\n    check: {fact: trigger_points_documented}",
         "    decisive: true\n    chek: {fact: trigger_points_documented}", "criteria[0].chek", "unknown field"),
        ("check: {fact: trigger_points_documented}", "check: {fact: trigger_point_documented}", "criteria[0].check",
         "does not declare"),
        ("check: {fact: trigger_points_documented}", "check: {fakt: trigger_points_documented}", "criteria[0].check",
         "exactly one of the keys"),
        ("check: {fact: radiculopathy_present, is: false}", "check: {fact: radiculopathy_present, is: nope}",
         "criteria[3].check", "yes/no"),
        ("  pages: \"122\"", "  pages: \"p122\"", "guideline.pages", "pattern"),
        ("met: \"The examination documents trigger points", "met: \"The {worker} documents trigger points",
         "criteria[0].wording.met", "unknown placeholder"),
    ],
)
def test_typos_in_criteria_are_load_errors(criteria_copy: Path, old: str, new: str, path_part: str,
                                           reason_part: str) -> None:
    edit(criteria_copy, old, new)
    found = load_problems(criteria_copy)
    assert any(path_part in p and reason_part in r for p, r in found), found


def test_a_fact_declared_two_ways_is_an_error(criteria_copy: Path) -> None:
    edit(criteria_copy, "  red_flag_present:\n    type: yes_no", "  radiculopathy_present:\n    type: number\n    question: x\n"
         "  red_flag_present:\n    type: yes_no", name="acoem_neck_imaging.yaml")
    found = load_problems(criteria_copy)
    assert any("radiculopathy_present" in p and "declared as" in r and "number" in r for p, r in found), found


def test_not_a_criteria_folder(tmp_path: Path) -> None:
    found = load_problems(tmp_path)
    assert "vocabulary.yaml" in found[0][1]


def test_a_drug_group_name_missing_from_the_terms_is_an_error(criteria_copy: Path) -> None:
    path = criteria_copy / "vocabulary.yaml"
    text = path.read_text()
    assert "[carisoprodol, Soma]" in text
    path.write_text(text.replace("[carisoprodol, Soma]", "[carisoprodol, Soma, Vanadom]", 1))
    found = load_problems(criteria_copy)
    assert any("services.muscle_relaxant" in p and "Vanadom" in r and "terms" in r for p, r in found), found


def test_drug_groups_name_the_requested_drug_and_its_brands() -> None:
    spec = load_library(ROOT / "criteria").vocabulary.services["opioid"]
    assert spec.drug_groups_named("Norco 10/325 #90") == [spec.drugs[0]]
    assert "hydrocodone" in spec.drugs[0] and "Percocet" in spec.drugs[1]
    assert spec.drug_groups_named("an opioid analgesic") == []
