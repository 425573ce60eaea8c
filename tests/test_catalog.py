"""The catalog: the topics table, one topic in words, and the library health check."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from imr_rationale import InputError, Library, load_library
from imr_rationale.catalog import check_library, condition_words, describe_topic, topics_table
from imr_rationale.criteria import Criterion

ROOT = Path(__file__).resolve().parents[1]

TABLE_KEYS = {"id", "title", "guideline", "family", "edition", "in_force_from", "in_force_until", "chapter",
              "pages", "section", "services", "body_regions", "criteria", "decisive", "unconfirmed"}


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library(ROOT / "criteria")


# ---------------------------------------------------------------- topics_table


def test_table_has_one_json_ready_row_per_topic(lib: Library) -> None:
    rows = topics_table(lib)
    assert [r["id"] for r in rows] == list(lib.topics)
    assert all(set(r) == TABLE_KEYS for r in rows)
    assert json.loads(json.dumps(rows)) == rows


def test_table_row_reads_the_topic_file(lib: Library) -> None:
    row = next(r for r in topics_table(lib) if r["id"] == "cpmtg_manual_therapy")
    topic = lib.topics["cpmtg_manual_therapy"]
    assert row["guideline"] == "MTUS Chronic Pain Medical Treatment Guidelines"
    assert (row["family"], row["edition"], row["pages"]) == ("cpmtg", "2009", "58-60")
    assert (row["in_force_from"], row["in_force_until"]) == ("2009-07-18", "2017-11-30")
    assert row["services"] == ["chiropractic_manipulation"] and row["body_regions"] == "any"
    assert row["criteria"] == len(topic.criteria) == 5
    assert row["unconfirmed"] == len(topic.unconfirmed) > 0
    neck = next(r for r in topics_table(lib) if r["id"] == "acoem_neck_electrodiagnostics")
    assert neck["body_regions"] == ["cervical_spine", "thoracic_spine", "upper_extremities"]
    assert (neck["criteria"], neck["decisive"]) == (3, 2)


# ---------------------------------------------------------------- describe_topic


def test_describe_topic_lists_every_criterion_and_the_questions_it_reads(lib: Library) -> None:
    topic = lib.topics["cpmtg_functional_restoration"]
    text = describe_topic(topic, lib)
    assert text.startswith("cpmtg_functional_restoration: Functional restoration programs\n")
    assert "Page(s): 30-34, 49" in text and topic.guideline.citation in text
    for crit in topic.criteria:
        assert f"{crit.id} (decisive)" in text
        assert crit.requirement in text
    for name, spec in topic.facts.items():
        assert f"- {name} (" in text and spec.question in text
    for item in (*topic.choices, *topic.unconfirmed):
        assert item in text
    assert "Applies: only when frp_sessions_completed is at most 0 full-day sessions" in text
    assert ("Met when: the requested quantity (its lowest reading) plus frp_sessions_completed is at most 20"
            in text)


def test_describe_topic_marks_non_decisive_criteria_and_region_checks(lib: Library) -> None:
    neck = describe_topic(lib.topics["acoem_neck_electrodiagnostics"], lib)
    assert "edx_neck.not_obvious_radiculopathy (not decisive)" in neck
    assert "Criteria (3, 2 decisive" in neck
    manip = describe_topic(lib.topics["cpmtg_manual_therapy"], lib)
    assert "Met when: NOT (the body region is one of: ankle and foot, wrist and hand, knee)" in manip
    assert "Facts read: none (the request itself)" in manip


def _cond(check: dict[str, Any]) -> Any:
    crit = Criterion.model_validate({"id": "x.y", "requirement": "r", "decisive": True, "check": check,
                                     "wording": {"met": "m", "not_met": "n", "not_documented": "d"}})
    return crit.check


@pytest.mark.parametrize(("check", "words"), [
    ({"fact": "homebound"}, "homebound is yes"),
    ({"fact": "radiculopathy_present", "is": False}, "radiculopathy_present is no"),
    ({"fact": "pt_condition", "one_of": ["crps"]}, "pt_condition is one of crps"),
    ({"fact": "home_health_hours_per_week", "at_most": 35},
     "home_health_hours_per_week is at most 35 hours a week"),
    ({"request": "quantity", "at_most": {"by_fact": "pt_condition", "values": {"crps": 24}}},
     "the requested quantity (its lowest reading) is at most a limit set by pt_condition (crps 24)"),
    ({"any": [{"fact": "red_flag_present"}, {"not": {"fact": "surgery_considered"}}]},
     "ANY of: (red_flag_present is yes); (NOT (surgery_considered is yes))"),
    ({"all": [{"fact": "homebound"}, {"region": ["knee"]}]},
     "ALL of: (homebound is yes); (the body region is one of: knee)"),
])
def test_condition_words(lib: Library, check: dict[str, Any], words: str) -> None:
    assert condition_words(_cond(check), lib) == words


# ---------------------------------------------------------------- check_library


def test_the_project_library_is_clean(lib: Library) -> None:
    assert check_library(lib) == []


def _topic(tid: str, service: str, facts: dict[str, Any], criteria: list[dict[str, Any]],
           regions: Any = "any") -> dict[str, Any]:
    return {
        "id": tid, "title": tid,
        "guideline": {"name": "G", "family": "cpmtg", "edition": "2009", "in_force": {"from": "2009-07-18"},
                      "chapter": "C", "pages": "1", "citation": "G, page 1"},
        "applies_to": {"services": [service], "body_regions": regions},
        "summary": "s", "facts": facts, "criteria": criteria,
    }


def _crit(cid: str, fact: str, decisive: bool = True) -> dict[str, Any]:
    return {"id": cid, "requirement": "r", "decisive": decisive, "check": {"fact": fact},
            "wording": {"met": "m", "not_met": "n", "not_documented": "d"}}


def _folder(tmp_path: Path, topics: list[dict[str, Any]]) -> Path:
    (tmp_path / "topics").mkdir()
    shutil.copy(ROOT / "criteria" / "vocabulary.yaml", tmp_path / "vocabulary.yaml")
    for t in topics:
        (tmp_path / "topics" / f"{t['id']}.yaml").write_text(yaml.safe_dump(t), encoding="utf-8")
    return tmp_path


def test_check_library_reports_problems_then_warnings(tmp_path: Path) -> None:
    yes = {"type": "yes_no", "question": "Is it so?"}
    folder = _folder(tmp_path, [
        _topic("a_first", "acupuncture", {"used": yes, "unused": yes, "shared": yes},
               [_crit("a.one", "used"), _crit("a.two", "shared")]),
        _topic("b_second", "acupuncture", {"shared": {"type": "yes_no", "question": "Asked otherwise?"}},
               [_crit("b.one", "shared", decisive=False)], regions=["knee", "hip"]),
    ])
    found = check_library(load_library(folder))
    assert found[0] == ("problem: a_first.yaml: fact 'unused' is declared but no criterion reads it; "
                        "remove it or add the criterion that needs it")
    assert [f for f in found if f.startswith("problem:")] == [found[0]]
    assert ("warning: b_second.yaml: no criterion is decisive, so every request it covers is overturned"
            in found)
    assert ("warning: topics a_first and b_second both apply to acupuncture for knee, hip; only a_first is "
            "ever used there, since one topic applies per item") in found
    assert ("warning: fact 'shared' is declared in a_first and b_second with a different question or unit; "
            "cases and determinations use the one in a_first") in found
    # Every other service in the vocabulary now has no topic.
    assert "warning: vocabulary.yaml: service 'mri' has no topic, so a case naming it fails to load" in found
    assert not any("'acupuncture' has no topic" in f for f in found)


def test_disjoint_regions_do_not_overlap(tmp_path: Path) -> None:
    yes = {"type": "yes_no", "question": "Is it so?"}
    folder = _folder(tmp_path, [
        _topic("a_neck", "mri", {"f": yes}, [_crit("a.one", "f")], regions=["cervical_spine"]),
        _topic("b_back", "mri", {"f": yes}, [_crit("b.one", "f")], regions=["lumbar_spine"]),
    ])
    assert not any("both apply" in f for f in check_library(load_library(folder)))


def test_a_criterion_reading_an_undeclared_fact_is_still_a_load_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, [_topic("a_first", "acupuncture", {}, [_crit("a.one", "nowhere")])])
    with pytest.raises(InputError, match="reads fact 'nowhere', which this topic does not declare"):
        load_library(folder)
