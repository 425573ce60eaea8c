"""Part A topics: every criterion in each status it can take, the engine's new conditions, and the examples.

Topics: epidural steroid injections (p.46), opioids (p.74-96), NSAIDs (p.67-73), proton pump inhibitors
(p.68-69), muscle relaxants (p.29, 41-42, 63-66), topical analgesics (p.111-113), TENS (p.114-116), and
the Labor Code's cap of 24 visits per injury inside the physical medicine topic.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from helpers import make_case
from imr_rationale import Case, InputError, Library, load_case, load_library
from imr_rationale.engine import Determination, decide_item
from imr_rationale.template import template_rationale

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

SERVICE_REGION = {
    "esi": ("epidural_steroid_injection", "lumbar_spine", "Lumbar epidural steroid injection"),
    "opioids": ("opioid", "lumbar_spine", "Norco 10/325 #90"),
    "nsaid": ("nsaid", "knee", "Naproxen 500mg #60"),
    "ppi": ("proton_pump_inhibitor", "knee", "Omeprazole 20mg #30"),
    "mr": ("muscle_relaxant", "lumbar_spine", "Flexeril 7.5mg #30"),
    "topical": ("topical_analgesic", "wrist_hand", "Lidoderm 5% patch #30"),
    "tens": ("tens", "wrist_hand", "TENS unit"),
    "pt": (
        "physical_therapy",
        "lumbar_spine",
        "Physical therapy for the lumbar spine, 2 times a week for 4 weeks",
    ),
}


def build(
    library: Library,
    prefix: str,
    facts: dict[str, Any],
    *,
    age: int = 45,
    injury: str = "2013-01-07",
    request: str | None = None,
    region: str | None = None,
) -> Case:
    service, default_region, default_request = SERVICE_REGION[prefix]
    # A typo in a test's fact name fails inside make_case, not silently.
    return make_case(library, service, region or default_region, request or default_request, facts,
                     request_date="2014-06-02", age=age, injury_date=injury)


def judge(library: Library, crit_id: str, facts: dict[str, Any], **kw: Any) -> tuple[str, Determination]:
    det = decide_item(build(library, crit_id.split(".")[0], facts, **kw), 0, library)
    return det.criterion(crit_id).status, det


# -------------------------------------------------- yes/no criteria: met, not_met, not_documented

SIMPLE = [
    ("esi.radiculopathy_exam", "radiculopathy_on_exam"),
    ("esi.radiculopathy_corroborated", "radiculopathy_corroborated"),
    ("esi.conservative_care", "esi_conservative_care_failed"),
    ("esi.fluoroscopy", "fluoroscopic_guidance"),
    ("opioids.analgesia", "opioid_pain_relief_documented"),
    ("opioids.activities", "opioid_adl_documented"),
    ("ppi.nsaid_therapy", "nsaid_in_use"),
    ("mr.acute_exacerbation", "muscle_relaxant_for_acute_exacerbation"),
    ("tens.duration", "pain_at_least_3_months"),
    ("tens.other_modalities", "other_modalities_failed"),
    ("tens.adjunct", "tens_adjunct_to_functional_restoration"),
    ("tens.goals", "tens_goals_documented"),
]


@pytest.mark.parametrize(("crit_id", "fact"), SIMPLE)
def test_yes_no_criteria_take_all_three_statuses(library: Library, crit_id: str, fact: str) -> None:
    assert judge(library, crit_id, {fact: True})[0] == "met"
    status, det = judge(library, crit_id, {fact: False})
    assert status == "not_met"
    assert crit_id in det.decisive_reasons and det.outcome == "upheld"
    status, det = judge(library, crit_id, {})
    assert status == "not_documented"
    assert (
        "not document" in det.criterion(crit_id).statement or "not state" in det.criterion(crit_id).statement
    )


# ---------------------------------------------------------------- the other criteria, case by case

CASES: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    # epidural steroid injections: levels by approach, repeat blocks
    ("esi.levels", {"esi_approach": "transforaminal", "esi_levels_requested": 2}, {}, "met"),
    ("esi.levels", {"esi_levels_requested": 1}, {}, "met"),
    ("esi.levels", {"esi_approach": "interlaminar", "esi_levels_requested": 2}, {}, "not_met"),
    ("esi.levels", {"esi_approach": "caudal", "esi_levels_requested": 2}, {}, "not_met"),
    ("esi.levels", {"esi_approach": "transforaminal", "esi_levels_requested": 3}, {}, "not_met"),
    ("esi.levels", {"esi_levels_requested": 2}, {}, "not_documented"),
    ("esi.levels", {"esi_approach": "interlaminar"}, {}, "not_documented"),
    ("esi.repeat_relief", {"repeat_esi": False}, {}, "not_applicable"),
    (
        "esi.repeat_relief",
        {"repeat_esi": True, "prior_esi_relief_50_for_6_weeks": True, "prior_esi_medication_reduced": True},
        {},
        "met",
    ),
    (
        "esi.repeat_relief",
        {"repeat_esi": True, "prior_esi_relief_50_for_6_weeks": True, "prior_esi_medication_reduced": False},
        {},
        "not_met",
    ),
    (
        "esi.repeat_relief",
        {"repeat_esi": True, "prior_esi_relief_50_for_6_weeks": True},
        {},
        "not_documented",
    ),
    ("esi.repeat_relief", {}, {}, "not_documented"),
    # opioids
    ("opioids.adverse_effects", {"opioid_adverse_effects": "none"}, {}, "met"),
    ("opioids.adverse_effects", {"opioid_adverse_effects": "tolerable"}, {}, "met"),
    ("opioids.adverse_effects", {"opioid_adverse_effects": "intolerable"}, {}, "not_met"),
    ("opioids.adverse_effects", {}, {}, "not_documented"),
    ("opioids.aberrant_behavior", {"aberrant_behavior_monitoring": "no_aberrant_behavior"}, {}, "met"),
    ("opioids.aberrant_behavior", {"aberrant_behavior_monitoring": "aberrant_behavior"}, {}, "not_met"),
    ("opioids.aberrant_behavior", {}, {}, "not_documented"),
    ("opioids.drug_screen", {"urine_drug_screen": "consistent"}, {}, "met"),
    ("opioids.drug_screen", {"urine_drug_screen": "inconsistent"}, {}, "not_met"),
    ("opioids.drug_screen", {}, {}, "not_documented"),
    ("opioids.functional_improvement", {"returned_to_work": True}, {}, "met"),
    (
        "opioids.functional_improvement",
        {"returned_to_work": False, "opioid_functional_improvement": True},
        {},
        "met",
    ),
    (
        "opioids.functional_improvement",
        {"returned_to_work": False, "opioid_functional_improvement": False},
        {},
        "not_met",
    ),
    ("opioids.functional_improvement", {"returned_to_work": False}, {}, "not_documented"),
    ("opioids.dose_ceiling", {"morphine_equivalent_mg_per_day": 120}, {}, "met"),
    ("opioids.dose_ceiling", {"morphine_equivalent_mg_per_day": 121}, {}, "not_met"),
    ("opioids.dose_ceiling", {}, {}, "not_documented"),
    # NSAIDs
    ("nsaid.indication", {"nsaid_indication": "osteoarthritis"}, {}, "met"),
    ("nsaid.indication", {"nsaid_indication": "other_musculoskeletal"}, {}, "met"),
    ("nsaid.indication", {"nsaid_indication": "neuropathic_pain"}, {}, "not_met"),
    ("nsaid.indication", {}, {}, "not_documented"),
    ("nsaid.benefit", {"nsaid_already_prescribed": False}, {}, "not_applicable"),
    ("nsaid.benefit", {"nsaid_already_prescribed": True, "nsaid_benefit_documented": True}, {}, "met"),
    ("nsaid.benefit", {"nsaid_already_prescribed": True, "nsaid_benefit_documented": False}, {}, "not_met"),
    ("nsaid.benefit", {"nsaid_already_prescribed": True}, {}, "not_documented"),
    ("nsaid.benefit", {}, {}, "not_documented"),
    ("nsaid.lab_monitoring", {"nsaid_already_prescribed": False}, {}, "not_applicable"),
    ("nsaid.lab_monitoring", {"nsaid_already_prescribed": True, "nsaid_lab_monitoring": True}, {}, "met"),
    (
        "nsaid.lab_monitoring",
        {"nsaid_already_prescribed": True, "nsaid_lab_monitoring": False},
        {},
        "not_met",
    ),
    ("nsaid.lab_monitoring", {"nsaid_already_prescribed": True}, {}, "not_documented"),
    # proton pump inhibitors: age is read from the case file
    ("ppi.gi_risk", {}, {"age": 66}, "met"),
    ("ppi.gi_risk", {"history_peptic_ulcer_gi_bleed": True}, {"age": 40}, "met"),
    ("ppi.gi_risk", {"concurrent_aspirin_steroid_anticoagulant": True}, {}, "met"),
    ("ppi.gi_risk", {"high_dose_or_multiple_nsaids": True}, {}, "met"),
    ("ppi.gi_risk", {"nsaid_dyspepsia": True}, {}, "met"),
    (
        "ppi.gi_risk",
        {
            "history_peptic_ulcer_gi_bleed": False,
            "concurrent_aspirin_steroid_anticoagulant": False,
            "high_dose_or_multiple_nsaids": False,
            "nsaid_dyspepsia": False,
        },
        {"age": 65},
        "not_met",
    ),
    ("ppi.gi_risk", {"history_peptic_ulcer_gi_bleed": False}, {"age": 40}, "not_documented"),
    # muscle relaxants
    ("mr.not_carisoprodol", {"muscle_relaxant_agent": "cyclobenzaprine"}, {}, "met"),
    ("mr.not_carisoprodol", {"muscle_relaxant_agent": "carisoprodol"}, {}, "not_met"),
    ("mr.not_carisoprodol", {}, {}, "not_documented"),
    ("mr.short_course", {"muscle_relaxant_weeks_total": 3}, {}, "met"),
    ("mr.short_course", {"muscle_relaxant_weeks_total": 4}, {}, "not_met"),
    ("mr.short_course", {}, {}, "not_documented"),
    # topical analgesics
    ("topical.compound_ingredients", {"topical_contains_not_recommended": False}, {}, "met"),
    ("topical.compound_ingredients", {"topical_contains_not_recommended": True}, {}, "not_met"),
    ("topical.compound_ingredients", {}, {}, "not_documented"),
    ("topical.lidocaine_patch_only", {"topical_contains_lidocaine": False}, {}, "not_applicable"),
    (
        "topical.lidocaine_patch_only",
        {"topical_contains_lidocaine": True, "lidocaine_form": "patch"},
        {},
        "met",
    ),
    (
        "topical.lidocaine_patch_only",
        {"topical_contains_lidocaine": True, "lidocaine_form": "cream_lotion_gel"},
        {},
        "not_met",
    ),
    ("topical.lidocaine_patch_only", {"topical_contains_lidocaine": True}, {}, "not_documented"),
    ("topical.lidocaine_patch_only", {}, {}, "not_documented"),
    ("topical.lidocaine_neuropathic", {"topical_contains_lidocaine": False}, {}, "not_applicable"),
    (
        "topical.lidocaine_neuropathic",
        {"topical_contains_lidocaine": True, "localized_peripheral_neuropathic_pain": True},
        {},
        "met",
    ),
    (
        "topical.lidocaine_neuropathic",
        {"topical_contains_lidocaine": True, "localized_peripheral_neuropathic_pain": False},
        {},
        "not_met",
    ),
    ("topical.lidocaine_neuropathic", {"topical_contains_lidocaine": True}, {}, "not_documented"),
    ("topical.lidocaine_first_line", {"topical_contains_lidocaine": False}, {}, "not_applicable"),
    (
        "topical.lidocaine_first_line",
        {"topical_contains_lidocaine": True, "first_line_neuropathic_trial_failed": True},
        {},
        "met",
    ),
    (
        "topical.lidocaine_first_line",
        {"topical_contains_lidocaine": True, "first_line_neuropathic_trial_failed": False},
        {},
        "not_met",
    ),
    ("topical.lidocaine_first_line", {"topical_contains_lidocaine": True}, {}, "not_documented"),
    ("topical.nsaid_joint", {"topical_contains_nsaid": False}, {}, "not_applicable"),
    (
        "topical.nsaid_joint",
        {"topical_contains_nsaid": True, "topical_nsaid_for_oa_or_tendinitis": True},
        {"region": "knee"},
        "met",
    ),
    (
        "topical.nsaid_joint",
        {"topical_contains_nsaid": True, "topical_nsaid_for_oa_or_tendinitis": True},
        {"region": "lumbar_spine"},
        "not_met",
    ),
    ("topical.nsaid_joint", {"topical_contains_nsaid": True}, {"region": "shoulder"}, "not_met"),
    (
        "topical.nsaid_joint",
        {"topical_contains_nsaid": True, "topical_nsaid_for_oa_or_tendinitis": False},
        {"region": "knee"},
        "not_met",
    ),
    ("topical.nsaid_joint", {"topical_contains_nsaid": True}, {"region": "knee"}, "not_documented"),
    # TENS
    ("tens.condition", {"tens_condition": "crps"}, {}, "met"),
    ("tens.condition", {"tens_condition": "other"}, {}, "not_met"),
    ("tens.condition", {}, {}, "not_documented"),
    ("tens.trial", {"tens_request_kind": "trial_rental"}, {}, "not_applicable"),
    ("tens.trial", {"tens_request_kind": "purchase_or_continued", "tens_trial_documented": True}, {}, "met"),
    (
        "tens.trial",
        {"tens_request_kind": "purchase_or_continued", "tens_trial_documented": False},
        {},
        "not_met",
    ),
    ("tens.trial", {"tens_request_kind": "purchase_or_continued"}, {}, "not_documented"),
    ("tens.trial", {}, {}, "not_documented"),
]

_NO_EXCEPTION = {"employer_authorized_additional_visits": False, "postsurgical_physical_medicine": False}
CAP: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("pt.statutory_visit_cap", {"visits_completed_this_injury": 12, **_NO_EXCEPTION}, {}, "met"),
    (
        "pt.statutory_visit_cap",
        {"visits_completed_this_injury": 16, **_NO_EXCEPTION},
        {},
        "met",
    ),  # 16 + 8 = 24
    ("pt.statutory_visit_cap", {"visits_completed_this_injury": 17, **_NO_EXCEPTION}, {}, "not_met"),
    ("pt.statutory_visit_cap", {**_NO_EXCEPTION}, {}, "not_applicable"),  # the count is not stated
    (
        "pt.statutory_visit_cap",
        {"visits_completed_this_injury": 30, **_NO_EXCEPTION},
        {"injury": "2003-12-31"},
        "not_applicable",
    ),
    (
        "pt.statutory_visit_cap",
        {
            "visits_completed_this_injury": 30,
            "employer_authorized_additional_visits": True,
            "postsurgical_physical_medicine": False,
        },
        {},
        "not_applicable",
    ),
    (
        "pt.statutory_visit_cap",
        {
            "visits_completed_this_injury": 30,
            "employer_authorized_additional_visits": False,
            "postsurgical_physical_medicine": True,
        },
        {},
        "not_applicable",
    ),
    (
        "pt.statutory_visit_cap",
        {"visits_completed_this_injury": 20},
        {},
        "not_documented",
    ),  # exceptions unknown
    (
        "pt.statutory_visit_cap",
        {"visits_completed_this_injury": 10, **_NO_EXCEPTION},
        {"request": "Physical therapy for the lumbar spine"},
        "not_documented",
    ),  # no quantity
]


@pytest.mark.parametrize(("crit_id", "facts", "kw", "expected"), CASES + CAP)
def test_criterion_status(
    library: Library, crit_id: str, facts: dict[str, Any], kw: dict[str, Any], expected: str
) -> None:
    status, det = judge(library, crit_id, facts, **kw)
    assert status == expected
    crit = det.criterion(crit_id)
    if crit.decisive and expected in ("not_met", "not_documented"):
        assert crit_id in det.decisive_reasons and det.outcome == "upheld"
    else:
        assert crit_id not in det.decisive_reasons


def test_every_part_a_criterion_is_exercised(library: Library) -> None:
    tested = {c for c, _ in SIMPLE} | {c for c, *_ in CASES + CAP}
    prefixes = ("esi.", "opioids.", "nsaid.", "ppi.", "mr.", "topical.", "tens.")
    ours = {c.id for t in library.topics.values() for c in t.criteria if c.id.startswith(prefixes)}
    assert ours <= tested, f"criteria without a status test: {sorted(ours - tested)}"
    assert "pt.statutory_visit_cap" in tested


def test_a_non_decisive_criterion_never_decides(library: Library) -> None:
    facts = {
        "nsaid_indication": "osteoarthritis",
        "nsaid_already_prescribed": True,
        "nsaid_benefit_documented": True,
        "nsaid_lab_monitoring": False,
    }
    status, det = judge(library, "nsaid.lab_monitoring", facts)
    assert status == "not_met" and det.outcome == "overturned" and det.decisive_reasons == []


def test_the_cap_wording_counts_completed_visits_and_cites_the_statute(library: Library) -> None:
    facts = {"visits_completed_this_injury": 20, **_NO_EXCEPTION}
    _, det = judge(library, "pt.statutory_visit_cap", facts)
    crit = det.criterion("pt.statutory_visit_cap")
    assert crit.status == "not_met"
    assert "8 visits" in crit.statement and "24 visits" in crit.statement
    assert crit.citation == "California Labor Code section 4604.5(c)(1)"
    assert {f.name: f.value for f in crit.facts}["visits_completed_this_injury"] == 20
    assert det.criterion("pt.visit_limit").citation is None


def test_case_fields_are_reported_with_the_facts_they_decide(library: Library) -> None:
    _, det = judge(library, "ppi.gi_risk", {}, age=67)
    readings = {f.name: f for f in det.criterion("ppi.gi_risk").facts}
    assert readings["worker_age"].value == 67 and readings["worker_age"].source == "case file"
    _, det = judge(library, "pt.statutory_visit_cap", {"visits_completed_this_injury": 3})
    readings = {f.name: f for f in det.criterion("pt.statutory_visit_cap").facts}
    assert str(readings["injury_date"].value) == "2013-01-07"


# ---------------------------------------------------------------- engine growth: load-time checks


@pytest.fixture
def criteria_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "criteria"
    shutil.copytree(ROOT / "criteria", dest)
    return dest


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / "topics" / name
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


@pytest.mark.parametrize(
    ("old", "new", "reason_part"),
    [
        ("{case: worker_age, more_than: 65}", "{case: worker_age, more_than: 2004-01-01}", "a number"),
        ("{case: worker_age, more_than: 65}", "{case: worker_weight, more_than: 65}", "worker_age"),
        ("{case: worker_age, more_than: 65}", "{case: worker_age}", "exactly one of"),
        ("{fact: nsaid_dyspepsia}", "{fact: nsaid_dyspepsia, at_least: 1}", "only numbers and dates compare"),
        ("{fact: nsaid_dyspepsia}", "{fact: nsaid_dyspepsia, documented: true, is: true}", "one test"),
        (
            "  nsaid_dyspepsia:\n",
            "  worker_age:\n    type: yes_no\n    question: x\n  nsaid_dyspepsia:\n",
            "case field",
        ),
    ],
)
def test_new_condition_forms_are_checked_at_load(
    criteria_copy: Path, old: str, new: str, reason_part: str
) -> None:
    _edit(criteria_copy, "cpmtg_proton_pump_inhibitors.yaml", old, new)
    with pytest.raises(InputError) as info:
        load_library(criteria_copy)
    assert "cpmtg_proton_pump_inhibitors.yaml" in info.value.file
    assert any(reason_part in p.reason for p in info.value.problems), info.value.render()


# ---------------------------------------------------------------- the examples

EXPECTED = {
    "cpmtg-epidural-steroid-injections": ["esi.radiculopathy_corroborated", "esi.repeat_relief"],
    "cpmtg-opioids": [
        "opioids.functional_improvement",
        "opioids.activities",
        "opioids.aberrant_behavior",
        "opioids.drug_screen",
    ],
    "cpmtg-nsaids": ["nsaid.indication", "nsaid.benefit"],
    "cpmtg-proton-pump-inhibitors": ["ppi.gi_risk"],
    "cpmtg-muscle-relaxants": ["mr.not_carisoprodol", "mr.acute_exacerbation", "mr.short_course"],
    "cpmtg-topical-analgesics": [
        "topical.compound_ingredients",
        "topical.lidocaine_patch_only",
        "topical.lidocaine_neuropathic",
        "topical.lidocaine_first_line",
    ],
    "cpmtg-tens": ["tens.condition", "tens.adjunct", "tens.goals", "tens.trial"],
    "labor-code-visit-cap": ["pt.statutory_visit_cap"],
}
EXAMPLE_FILES = [
    (f"{stem}-{outcome}.yaml", outcome) for stem in EXPECTED for outcome in ("upheld", "overturned")
]


def _example(library: Library, name: str) -> tuple[Case, Determination]:
    case = load_case(EXAMPLES / name, library)
    assert case.synthetic and len(case.items) == 1
    return case, decide_item(case, 0, library)


@pytest.mark.parametrize(("name", "outcome"), EXAMPLE_FILES)
def test_example_outcome_and_reasons(library: Library, name: str, outcome: str) -> None:
    _, det = _example(library, name)
    assert det.outcome == outcome
    stem = name.rsplit("-", 1)[0]
    assert det.decisive_reasons == (EXPECTED[stem] if outcome == "upheld" else [])


@pytest.mark.parametrize(("name", "outcome"), EXAMPLE_FILES)
def test_example_template_rationale_cites_the_pages(library: Library, name: str, outcome: str) -> None:
    _, det = _example(library, name)
    text = template_rationale(det)
    for part in re.split(r"\s*,\s*", det.citation.pages):
        assert re.search(rf"\bpages? {re.escape(part)}\b", text), f"page(s) {part} not cited"
    for crit in det.reasons:
        assert crit.statement[1:] in text  # the template lowercases a first statement after "In this case,"
    conclusion = "is not medically necessary" if outcome == "upheld" else "is medically necessary"
    assert conclusion in text


def test_the_cap_example_rationale_names_the_statute(library: Library) -> None:
    _, det = _example(library, "labor-code-visit-cap-upheld.yaml")
    assert "Labor Code section 4604.5" in template_rationale(det)
    assert det.quantity is not None and det.quantity.low == 8


@pytest.mark.parametrize(("name", "outcome"), EXAMPLE_FILES)
def test_example_template_rationale_passes_the_verifier(library: Library, name: str, outcome: str) -> None:
    from imr_rationale.verifier import verify

    case, det = _example(library, name)
    verdict = verify(template_rationale(det), det, case)
    assert verdict.accepted, [f.message for f in verdict.findings]
