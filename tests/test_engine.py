"""Rules decide: each criterion of the letter's three topics in each status it can take, and the example."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import decide_one, statuses
from imr_rationale import Case, Library, decide

PT = ("physical_therapy", "cervical_spine", "Physical therapy for the cervical spine")
TPI = ("trigger_point_injection", "cervical_spine", "Trigger point injections to the cervical spine")
MRI = ("mri", "cervical_spine", "MRI of the cervical spine without contrast")

TPI_ALL_MET: dict[str, Any] = {
    "trigger_points_documented": True, "symptoms_over_3_months": True, "medical_management_failed": True,
    "radiculopathy_present": False, "repeat_injection": False, "injectate_local_anesthetic": True,
}


def test_sample_letter_items_are_all_upheld_for_the_letters_reasons(sample_case: Case, library: Library) -> None:
    pt, mri, tpi = decide(sample_case, library)
    assert [d.outcome for d in (pt, mri, tpi)] == ["upheld"] * 3
    # Physical therapy: 12-18 requested visits exceed the limit of 10.
    assert pt.quantity is not None and (pt.quantity.low, pt.quantity.high) == (12, 18)
    assert pt.criterion("pt.visit_limit").status == "not_met"
    assert pt.decisive_reasons[0] == "pt.visit_limit"
    assert "12-18 visits exceeds the 10 visits" in pt.criterion("pt.visit_limit").statement
    # MRI: no imaging criterion is met.
    assert mri.criterion("imaging.indication").status in ("not_met", "not_documented")
    assert not any(c.status == "met" for c in mri.criteria)
    # Trigger point injection: trigger points not documented, radiculopathy present.
    assert tpi.criterion("tpi.trigger_points").status == "not_documented"
    assert tpi.criterion("tpi.no_radiculopathy").status == "not_met"
    assert {"tpi.trigger_points", "tpi.no_radiculopathy"} <= set(tpi.decisive_reasons)
    assert [d.citation.pages for d in (pt, mri, tpi)] == ["98-99", "177-179", "122"]


def test_determination_is_deterministic(sample_case: Case, library: Library) -> None:
    assert decide(sample_case, library) == decide(sample_case, library)


# ------------------------------------------------------------------ physical medicine, pages 98-99

@pytest.mark.parametrize(
    ("facts", "quantity", "expected"),
    [
        ({"pt_condition": "myalgia_myositis"}, "2 times a week for 4 weeks", "met"),  # 8 <= 10
        ({"pt_condition": "myalgia_myositis"}, "2-3 times a week for 6 weeks", "not_met"),  # lowest 12 > 10
        ({"pt_condition": "myalgia_myositis"}, "10 visits", "met"),  # the boundary is allowed
        ({"pt_condition": "myalgia_myositis"}, "11 visits", "not_met"),
        ({"pt_condition": "crps"}, "3 times a week for 6 weeks", "met"),  # 18 <= 24
        ({}, "2 times a week for 4 weeks", "not_documented"),  # condition class unknown
        ({"pt_condition": "myalgia_myositis"}, None, "not_documented"),  # no quantity stated
    ],
)
def test_pt_visit_limit(library: Library, facts: dict[str, Any], quantity: str | None, expected: str) -> None:
    det = decide_one(library, *PT, facts={"prior_physical_therapy": False, **facts}, quantity=quantity)
    assert statuses(det)["pt.visit_limit"] == expected


def test_pt_visit_limit_judges_the_lowest_reading(library: Library) -> None:
    det = decide_one(library, *PT, facts={"pt_condition": "myalgia_myositis", "prior_physical_therapy": False},
                     quantity="2-6 times a week for 2 weeks")  # 4-12 visits: lowest reading 4 is within
    assert statuses(det)["pt.visit_limit"] == "met"


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"prior_physical_therapy": False}, "not_applicable"),
        ({"prior_physical_therapy": True, "home_exercise_barrier": True}, "met"),
        ({"prior_physical_therapy": True, "home_exercise_barrier": False}, "not_met"),
        ({"prior_physical_therapy": True}, "not_documented"),
        ({}, "not_documented"),
        ({"home_exercise_barrier": True}, "met"),  # met either way, so whether it applies does not matter
    ],
)
def test_pt_home_exercise_transition(library: Library, facts: dict[str, Any], expected: str) -> None:
    det = decide_one(library, *PT, facts={"pt_condition": "myalgia_myositis", **facts}, quantity="8 visits")
    assert statuses(det)["pt.home_exercise_transition"] == expected


def test_pt_unknown_applicability_has_its_own_wording(library: Library) -> None:
    det = decide_one(library, *PT, facts={"pt_condition": "myalgia_myositis"}, quantity="8 visits")
    assert "does not document whether" in det.criterion("pt.home_exercise_transition").statement


# ------------------------------------------------------------------ trigger point injections, page 122

TPI_SINGLE = [
    ("tpi.trigger_points", "trigger_points_documented", True, False),
    ("tpi.duration", "symptoms_over_3_months", True, False),
    ("tpi.medical_management", "medical_management_failed", True, False),
    ("tpi.no_radiculopathy", "radiculopathy_present", False, True),
    ("tpi.injectate", "injectate_local_anesthetic", True, False),
]


@pytest.mark.parametrize(("cid", "fact", "good", "bad"), TPI_SINGLE)
def test_tpi_single_fact_criteria(library: Library, cid: str, fact: str, good: bool, bad: bool) -> None:
    for value, expected in ((good, "met"), (bad, "not_met"), (None, "not_documented")):
        facts = {**TPI_ALL_MET, fact: value}
        det = decide_one(library, *TPI, facts=facts, quantity="3 injections")
        assert statuses(det)[cid] == expected, (value, expected)
        assert det.outcome == ("overturned" if expected == "met" else "upheld")


@pytest.mark.parametrize(("quantity", "expected"), [("3 injections", "met"), ("4 injections", "met"),
                                                     ("5 injections", "not_met"), (None, "not_documented")])
def test_tpi_injections_per_session(library: Library, quantity: str | None, expected: str) -> None:
    det = decide_one(library, *TPI, facts=TPI_ALL_MET, quantity=quantity)
    assert statuses(det)["tpi.injections_per_session"] == expected


@pytest.mark.parametrize(
    ("extra", "relief", "interval"),
    [
        ({"repeat_injection": False}, "not_applicable", "not_applicable"),
        ({"repeat_injection": True, "prior_relief_over_50_for_6_weeks": True, "weeks_since_last_injection": 9},
         "met", "met"),
        ({"repeat_injection": True, "prior_relief_over_50_for_6_weeks": False, "weeks_since_last_injection": 8},
         "not_met", "met"),
        ({"repeat_injection": True, "weeks_since_last_injection": 6}, "not_documented", "not_met"),
        ({"repeat_injection": None}, "not_documented", "not_documented"),
    ],
)
def test_tpi_repeat_criteria(library: Library, extra: dict[str, Any], relief: str, interval: str) -> None:
    det = decide_one(library, *TPI, facts={**TPI_ALL_MET, **extra}, quantity="2 injections")
    assert (statuses(det)["tpi.repeat_relief"], statuses(det)["tpi.interval"]) == (relief, interval)


def test_tpi_all_met_is_overturned_with_no_reasons(library: Library) -> None:
    det = decide_one(library, *TPI, facts=TPI_ALL_MET, quantity="3 injections")
    assert det.outcome == "overturned"
    assert det.decisive_reasons == []


# ------------------------------------------------------------------ ACOEM chapter 8 imaging, pages 177-179

@pytest.mark.parametrize(
    ("facts", "trial", "indication", "outcome"),
    [
        ({"red_flag_present": True}, "met", "met", "overturned"),  # a red flag needs no trial
        ({"conservative_care_failed": True, "nerve_compromise_findings": True}, "met", "met", "overturned"),
        ({"conservative_care_failed": True, "failed_strengthening_program": True}, "met", "met", "overturned"),
        ({"conservative_care_failed": True, "invasive_procedure_planned": True}, "met", "met", "overturned"),
        ({"conservative_care_failed": False, "red_flag_present": False, "nerve_compromise_findings": False,
          "failed_strengthening_program": False, "invasive_procedure_planned": False}, "not_met", "not_met", "upheld"),
        ({"conservative_care_failed": True, "red_flag_present": False}, "met", "not_documented", "upheld"),
        ({}, "not_documented", "not_documented", "upheld"),
    ],
)
def test_neck_imaging(library: Library, facts: dict[str, Any], trial: str, indication: str, outcome: str) -> None:
    det = decide_one(library, *MRI, facts=facts)
    assert statuses(det) == {"imaging.conservative_trial": trial, "imaging.indication": indication}
    assert det.outcome == outcome


def test_not_met_reasons_come_before_not_documented(library: Library) -> None:
    det = decide_one(library, *TPI, facts={**TPI_ALL_MET, "trigger_points_documented": None,
                                           "radiculopathy_present": True}, quantity="1 injection")
    assert det.decisive_reasons == ["tpi.no_radiculopathy", "tpi.trigger_points"]
