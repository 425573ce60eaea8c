"""Part B topics: every criterion in each status it can take, and each topic's two examples.

Topics: manual therapy, acupuncture, functional restoration, home health, psychological treatment,
low back imaging, electrodiagnostics (neck and low back) and aquatic therapy.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from helpers import decide_one, make_case
from imr_rationale import Library, decide, load_case, load_library
from imr_rationale.conditions import RequestCond, facts_read
from imr_rationale.criteria import Criterion, Topic
from imr_rationale.engine import decide_item
from imr_rationale.template import template_rationale

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

PART_B = [
    "cpmtg_manual_therapy", "amtg_acupuncture", "cpmtg_functional_restoration", "cpmtg_home_health",
    "cpmtg_psychological_treatment", "acoem_low_back_imaging", "acoem_low_back_electrodiagnostics",
    "acoem_neck_electrodiagnostics", "cpmtg_aquatic_therapy",
]


@pytest.fixture(scope="module")
def lib() -> Library:
    return load_library(ROOT / "criteria")


# (service, region, request) per topic; a request with no quantity is written without one.
MANIP = ("chiropractic_manipulation", "lumbar_spine")
ACU = ("acupuncture", "lumbar_spine")
FRP = ("functional_restoration_program", "lumbar_spine")
HH = ("home_health_services", "lumbar_spine")
PSY = ("psychological_treatment", "lumbar_spine")
LBI = ("mri", "lumbar_spine")
EDX_LB = ("electrodiagnostic_studies", "lower_extremities")
EDX_NECK = ("electrodiagnostic_studies", "upper_extremities")
AQUA = ("aquatic_therapy", "lumbar_spine")

FRP_SIX = {"frp_baseline_evaluation": True, "frp_previous_methods_failed": True, "frp_loss_of_function": True,
           "frp_surgery_or_other_treatment_warranted": False, "frp_motivated_to_change": True,
           "frp_negative_predictors_addressed": True}

# (criterion id, service/region, request, facts, expected status)
ROWS: list[tuple[str, tuple[str, str], str, dict[str, Any], str]] = [
    # ---- manual therapy and manipulation, pages 58-60
    ("manip.region", MANIP, "Chiropractic, 2 times a week for 3 weeks", {}, "met"),
    ("manip.region", ("chiropractic_manipulation", "knee"), "Chiro, 6 visits", {}, "not_met"),
    ("manip.region", ("chiropractic_manipulation", "wrist_hand"), "Chiro, 6 visits", {},
     "not_met"),
    ("manip.not_maintenance", MANIP, "Chiropractic, 6 visits", {"maintenance_care": False}, "met"),
    ("manip.not_maintenance", MANIP, "Chiropractic, 6 visits", {"maintenance_care": True}, "not_met"),
    ("manip.not_maintenance", MANIP, "Chiropractic, 6 visits", {}, "not_documented"),
    ("manip.trial_visits", MANIP, "Chiropractic, 2 times a week for 3 weeks",
     {"manipulation_visits_completed": 0}, "met"),
    ("manip.trial_visits", MANIP, "Chiropractic, 7 visits", {"manipulation_visits_completed": 0}, "not_met"),
    ("manip.trial_visits", MANIP, "Chiropractic for the low back", {"manipulation_visits_completed": 0},
     "not_documented"),
    ("manip.trial_visits", MANIP, "Chiropractic, 2 times a week for 4 weeks", {}, "not_documented"),
    ("manip.trial_visits", MANIP, "Chiropractic, 6 visits", {"manipulation_visits_completed": 6},
     "not_applicable"),
    ("manip.functional_improvement", MANIP, "Chiropractic, 6 visits",
     {"manipulation_visits_completed": 6, "manipulation_functional_improvement": True}, "met"),
    ("manip.functional_improvement", MANIP, "Chiropractic, 6 visits",
     {"manipulation_visits_completed": 6, "manipulation_functional_improvement": False}, "not_met"),
    ("manip.functional_improvement", MANIP, "Chiropractic, 6 visits", {"manipulation_visits_completed": 6},
     "not_documented"),
    ("manip.functional_improvement", MANIP, "Chiropractic, 6 visits", {"manipulation_visits_completed": 0},
     "not_applicable"),
    ("manip.total_visits", MANIP, "Chiropractic, 2 times a week for 6 weeks",
     {"manipulation_visits_completed": 6}, "met"),  # 6 + 12 = 18, the limit itself
    ("manip.total_visits", MANIP, "Chiropractic, 13 visits", {"manipulation_visits_completed": 6}, "not_met"),
    ("manip.total_visits", MANIP, "Chiropractic, 6 visits", {}, "not_documented"),
    # ---- acupuncture, 8 CCR 9792.24.1
    ("acu.indication", ACU, "Acupuncture, 6 sessions", {"pain_medication_reduced_or_not_tolerated": True},
     "met"),
    ("acu.indication", ACU, "Acupuncture, 6 sessions", {"adjunct_to_rehabilitation": True}, "met"),
    ("acu.indication", ACU, "Acupuncture, 6 sessions",
     {"pain_medication_reduced_or_not_tolerated": False, "adjunct_to_rehabilitation": False}, "not_met"),
    ("acu.indication", ACU, "Acupuncture, 6 sessions", {"pain_medication_reduced_or_not_tolerated": False},
     "not_documented"),
    ("acu.initial_trial", ACU, "Acupuncture 2x3", {"acupuncture_visits_completed": 0}, "met"),
    ("acu.initial_trial", ACU, "Acupuncture, 7 sessions", {"acupuncture_visits_completed": 0}, "not_met"),
    ("acu.initial_trial", ACU, "Acupuncture for the low back", {"acupuncture_visits_completed": 0},
     "not_documented"),
    ("acu.initial_trial", ACU, "Acupuncture, 6 sessions", {"acupuncture_visits_completed": 6},
     "not_applicable"),
    ("acu.extension_improvement", ACU, "Acupuncture, 6 sessions",
     {"acupuncture_visits_completed": 6, "acupuncture_functional_improvement": True}, "met"),
    ("acu.extension_improvement", ACU, "Acupuncture, 6 sessions",
     {"acupuncture_visits_completed": 6, "acupuncture_functional_improvement": False}, "not_met"),
    ("acu.extension_improvement", ACU, "Acupuncture, 6 sessions", {"acupuncture_visits_completed": 6},
     "not_documented"),
    ("acu.extension_improvement", ACU, "Acupuncture, 6 sessions", {"acupuncture_visits_completed": 0},
     "not_applicable"),
    # ---- functional restoration programs, pages 30-34 and 49
    *[(cid, FRP, "FRP, 10 sessions", {fact: value}, status)
      for cid, fact, yes in (
          ("frp.baseline_evaluation", "frp_baseline_evaluation", True),
          ("frp.previous_methods_failed", "frp_previous_methods_failed", True),
          ("frp.loss_of_function", "frp_loss_of_function", True),
          ("frp.not_surgical_candidate", "frp_surgery_or_other_treatment_warranted", False),
          ("frp.motivation", "frp_motivated_to_change", True),
          ("frp.negative_predictors", "frp_negative_predictors_addressed", True))
      for value, status in ((yes, "met"), (not yes, "not_met"))],
    *[(cid, FRP, "FRP, 10 sessions", {}, "not_documented")
      for cid in ("frp.baseline_evaluation", "frp.previous_methods_failed", "frp.loss_of_function",
                  "frp.not_surgical_candidate", "frp.motivation", "frp.negative_predictors")],
    ("frp.initial_two_weeks", FRP, "FRP, 10 sessions", {"frp_sessions_completed": 0},
     "met"),
    ("frp.initial_two_weeks", FRP, "FRP, 11 sessions", {"frp_sessions_completed": 0},
     "not_met"),
    ("frp.initial_two_weeks", FRP, "FRP", {"frp_sessions_completed": 0},
     "not_documented"),
    ("frp.initial_two_weeks", FRP, "FRP, 10 sessions", {"frp_sessions_completed": 10},
     "not_applicable"),
    ("frp.documented_gains", FRP, "FRP, 10 sessions",
     {"frp_sessions_completed": 10, "frp_documented_gains": True}, "met"),
    ("frp.documented_gains", FRP, "FRP, 10 sessions",
     {"frp_sessions_completed": 10, "frp_documented_gains": False}, "not_met"),
    ("frp.documented_gains", FRP, "FRP, 10 sessions", {"frp_sessions_completed": 10},
     "not_documented"),
    ("frp.documented_gains", FRP, "FRP, 10 sessions", {"frp_sessions_completed": 0},
     "not_applicable"),
    ("frp.total_sessions", FRP, "FRP, 10 sessions", {"frp_sessions_completed": 10},
     "met"),  # 10 + 10 = 20, the limit itself
    ("frp.total_sessions", FRP, "FRP, 11 sessions", {"frp_sessions_completed": 10},
     "not_met"),
    ("frp.total_sessions", FRP, "FRP, 10 sessions", {}, "not_documented"),
    # ---- home health services, page 51
    ("hh.homebound", HH, "Home health nursing", {"homebound": True}, "met"),
    ("hh.homebound", HH, "Home health nursing", {"homebound": False}, "not_met"),
    ("hh.homebound", HH, "Home health nursing", {}, "not_documented"),
    ("hh.medical_treatment", HH, "Home health nursing", {"home_medical_treatment_needed": True}, "met"),
    ("hh.medical_treatment", HH, "Home health aide", {"home_medical_treatment_needed": False}, "not_met"),
    ("hh.medical_treatment", HH, "Home health aide", {}, "not_documented"),
    ("hh.part_time_hours", HH, "Home health nursing", {"home_health_hours_per_week": 35}, "met"),
    ("hh.part_time_hours", HH, "Home health aide", {"home_health_hours_per_week": 36}, "not_met"),
    ("hh.part_time_hours", HH, "Home health aide", {}, "not_documented"),
    # ---- psychological treatment, pages 23 and 101-102
    ("psych.identified", PSY, "CBT, 4 sessions", {"psychosocial_risk_identified": True}, "met"),
    ("psych.identified", PSY, "CBT, 4 sessions", {"psychosocial_risk_identified": False}, "not_met"),
    ("psych.identified", PSY, "CBT, 4 sessions", {}, "not_documented"),
    ("psych.stepped_referral", PSY, "CBT, 4 sessions",
     {"psych_visits_completed": 0, "no_progress_with_physical_medicine": True}, "met"),
    ("psych.stepped_referral", PSY, "CBT, 4 sessions",
     {"psych_visits_completed": 0, "no_progress_with_physical_medicine": False}, "not_met"),
    ("psych.stepped_referral", PSY, "CBT, 4 sessions", {"psych_visits_completed": 0}, "not_documented"),
    ("psych.stepped_referral", PSY, "CBT, 4 sessions", {"psych_visits_completed": 4}, "not_applicable"),
    ("psych.initial_trial", PSY, "CBT, 4 sessions", {"psych_visits_completed": 0}, "met"),
    ("psych.initial_trial", PSY, "CBT, 5 sessions", {"psych_visits_completed": 0}, "not_met"),
    ("psych.initial_trial", PSY, "CBT", {"psych_visits_completed": 0}, "not_documented"),
    ("psych.initial_trial", PSY, "CBT, 4 sessions", {"psych_visits_completed": 4}, "not_applicable"),
    ("psych.functional_improvement", PSY, "CBT, 4 sessions",
     {"psych_visits_completed": 4, "psych_functional_improvement": True}, "met"),
    ("psych.functional_improvement", PSY, "CBT, 4 sessions",
     {"psych_visits_completed": 4, "psych_functional_improvement": False}, "not_met"),
    ("psych.functional_improvement", PSY, "CBT, 4 sessions", {"psych_visits_completed": 4}, "not_documented"),
    ("psych.functional_improvement", PSY, "CBT, 4 sessions", {"psych_visits_completed": 0}, "not_applicable"),
    ("psych.total_visits", PSY, "CBT, 6 sessions", {"psych_visits_completed": 4}, "met"),  # 4 + 6 = 10
    ("psych.total_visits", PSY, "CBT, 7 sessions", {"psych_visits_completed": 4}, "not_met"),
    ("psych.total_visits", PSY, "CBT, 4 sessions", {}, "not_documented"),
    # ---- low back imaging, ACOEM Chapter 12, pages 303-304
    ("lbimg.indication", LBI, "Lumbar MRI", {"red_flag_present": True}, "met"),
    ("lbimg.indication", LBI, "Lumbar MRI", {"nerve_compromise_findings": True}, "met"),
    ("lbimg.indication", ("ct", "lumbar_spine"), "Lumbar CT", {"nerve_compromise_findings": True},
     "met"),
    ("lbimg.indication", LBI, "Lumbar MRI",
     {"red_flag_present": False, "nerve_compromise_findings": False}, "not_met"),
    ("lbimg.indication", LBI, "Lumbar MRI", {"red_flag_present": False}, "not_documented"),
    ("lbimg.failed_treatment", LBI, "Lumbar MRI",
     {"red_flag_present": False, "failed_to_respond_to_treatment": True}, "met"),
    ("lbimg.failed_treatment", LBI, "Lumbar MRI",
     {"red_flag_present": False, "failed_to_respond_to_treatment": False}, "not_met"),
    ("lbimg.failed_treatment", LBI, "Lumbar MRI", {"red_flag_present": False}, "not_documented"),
    ("lbimg.failed_treatment", LBI, "Lumbar MRI", {"red_flag_present": True}, "not_applicable"),
    ("lbimg.surgery_considered", LBI, "Lumbar MRI",
     {"red_flag_present": False, "surgery_considered": True}, "met"),
    ("lbimg.surgery_considered", LBI, "Lumbar MRI",
     {"red_flag_present": False, "surgery_considered": False}, "not_met"),
    ("lbimg.surgery_considered", LBI, "Lumbar MRI", {"red_flag_present": False}, "not_documented"),
    ("lbimg.surgery_considered", LBI, "Lumbar MRI", {"red_flag_present": True}, "not_applicable"),
    # ---- electrodiagnostics, ACOEM Chapter 12 (low back) and Chapter 8 (neck)
    *[(f"{prefix}.{cid}", where, "EMG/NCS", facts, status)
      for prefix, where in (("edx_lb", EDX_LB), ("edx_neck", EDX_NECK))
      for cid, facts, status in (
          ("symptom_duration", {"symptom_duration_weeks": 4}, "met"),
          ("symptom_duration", {"symptom_duration_weeks": 3}, "not_met"),
          ("symptom_duration", {}, "not_documented"),
          ("focal_dysfunction", {"focal_neurologic_symptoms": True}, "met"),
          ("focal_dysfunction", {"focal_neurologic_symptoms": False}, "not_met"),
          ("focal_dysfunction", {}, "not_documented"),
          ("not_obvious_radiculopathy", {"radiculopathy_clinically_obvious": False}, "met"),
          ("not_obvious_radiculopathy", {"radiculopathy_clinically_obvious": True}, "not_met"),
          ("not_obvious_radiculopathy", {}, "not_documented"),
      )],
    # ---- aquatic therapy, page 22, with the physical medicine limits of pages 98-99
    ("aqua.reduced_weight_bearing", AQUA, "Aquatic 2x4", {"reduced_weight_bearing_desirable": True}, "met"),
    ("aqua.reduced_weight_bearing", AQUA, "Aquatic 2x4", {"reduced_weight_bearing_desirable": False},
     "not_met"),
    ("aqua.reduced_weight_bearing", AQUA, "Aquatic 2x4", {}, "not_documented"),
    ("aqua.visit_limit", AQUA, "Aquatic 2x5", {"pt_condition": "myalgia_myositis"}, "met"),
    ("aqua.visit_limit", AQUA, "Aquatic 11 visits", {"pt_condition": "myalgia_myositis"}, "not_met"),
    ("aqua.visit_limit", AQUA, "Aquatic 3x8", {"pt_condition": "crps"}, "met"),
    ("aqua.visit_limit", AQUA, "Aquatic 2x5", {}, "not_documented"),
    ("aqua.statutory_visit_cap", AQUA, "Aquatic 2x4",
     {"visits_completed_this_injury": 16, "employer_authorized_additional_visits": False,
      "postsurgical_physical_medicine": False}, "met"),  # 16 + 8 = 24
    ("aqua.statutory_visit_cap", AQUA, "Aquatic 2x4",
     {"visits_completed_this_injury": 17, "employer_authorized_additional_visits": False,
      "postsurgical_physical_medicine": False}, "not_met"),  # 17 + 8 = 25
    ("aqua.statutory_visit_cap", AQUA, "Aquatic",
     {"visits_completed_this_injury": 20, "employer_authorized_additional_visits": False,
      "postsurgical_physical_medicine": False}, "not_documented"),
    ("aqua.statutory_visit_cap", AQUA, "Aquatic 2x4", {}, "not_applicable"),
    ("aqua.statutory_visit_cap", AQUA, "Aquatic 2x4",
     {"visits_completed_this_injury": 20, "employer_authorized_additional_visits": True}, "not_applicable"),
]


@pytest.mark.parametrize(("cid", "where", "request_text", "facts", "expected"), ROWS,
                         ids=[f"{r[0]}-{r[4]}-{i}" for i, r in enumerate(ROWS)])
def test_criterion_status(lib: Library, cid: str, where: tuple[str, str], request_text: str,
                          facts: dict[str, Any], expected: str) -> None:
    det = decide_one(lib, where[0], where[1], request_text, facts)
    assert det.topic == cid_topic(lib, cid), "the request reached the wrong topic"
    crit = det.criterion(cid)
    assert crit.status == expected, crit.statement
    if crit.decisive and expected in ("not_met", "not_documented"):
        assert det.outcome == "upheld" and cid in det.decisive_reasons


def cid_topic(lib: Library, cid: str) -> str:
    return next(t.id for t in lib.topics.values() if any(c.id == cid for c in t.criteria))


def _reads_request(cond: Any) -> bool:
    if isinstance(cond, RequestCond):
        return True
    children = getattr(cond, "all", None) or getattr(cond, "any", None) or []
    inner = getattr(cond, "not_", None)
    return any(_reads_request(c) for c in [*children, *([inner] if inner is not None else [])])


def possible_statuses(crit: Criterion) -> set[str]:
    out = {"met", "not_met"}
    if facts_read(crit.check) or _reads_request(crit.check) or crit.when is not None:
        out.add("not_documented")
    if crit.when is not None:
        out.add("not_applicable")
    return out


def test_rows_cover_every_status_of_every_part_b_criterion(lib: Library) -> None:
    covered: dict[str, set[str]] = {}
    for cid, _, _, _, status in ROWS:
        covered.setdefault(cid, set()).add(status)
    missing = []
    for tid in PART_B:
        for crit in lib.topics[tid].criteria:
            gap = possible_statuses(crit) - covered.get(crit.id, set())
            if gap:
                missing.append(f"{crit.id}: {sorted(gap)}")
    assert not missing, missing


def test_applicability_not_documented_has_its_own_wording(lib: Library) -> None:
    det = decide_one(lib, *MANIP, "Chiropractic, 2 times a week for 4 weeks", {})
    crit = det.criterion("manip.trial_visits")
    topic_crit = next(c for c in lib.topics["cpmtg_manual_therapy"].criteria if c.id == "manip.trial_visits")
    assert crit.status == "not_documented"
    assert crit.statement == topic_crit.wording.applicability_not_documented


def test_neck_clinically_obvious_radiculopathy_does_not_decide(lib: Library) -> None:
    facts = {"symptom_duration_weeks": 6, "focal_neurologic_symptoms": True,
             "radiculopathy_clinically_obvious": True}
    neck = decide_one(lib, *EDX_NECK, "EMG/NCV of the upper extremities", facts)
    low_back = decide_one(lib, *EDX_LB, "EMG/NCS of the lower extremities", facts)
    assert neck.criterion("edx_neck.not_obvious_radiculopathy").status == "not_met"
    assert neck.outcome == "overturned"
    assert low_back.outcome == "upheld" and low_back.decisive_reasons == ["edx_lb.not_obvious_radiculopathy"]


@pytest.mark.parametrize(("service", "region", "topic"), [
    ("mri", "lumbar_spine", "acoem_low_back_imaging"),
    ("ct", "lumbar_spine", "acoem_low_back_imaging"),
    ("mri", "cervical_spine", "acoem_neck_imaging"),
    ("electrodiagnostic_studies", "lumbar_spine", "acoem_low_back_electrodiagnostics"),
    ("electrodiagnostic_studies", "cervical_spine", "acoem_neck_electrodiagnostics"),
    ("electrodiagnostic_studies", "wrist_hand", None),  # Chapter 11, not covered
    ("acupuncture", "knee", "amtg_acupuncture"),
    ("acupuncture", "shoulder", None),  # ACOEM page 204 governs the shoulder
    ("chiropractic_manipulation", "ankle_foot", "cpmtg_manual_therapy"),
    ("aquatic_therapy", "hip", "cpmtg_aquatic_therapy"),
    ("physical_therapy", "lumbar_spine", "cpmtg_physical_medicine"),
])
def test_topic_routing(lib: Library, service: str, region: str, topic: str | None) -> None:
    found = lib.topic_for(service, region)
    assert (found.id if found else None) == topic


def test_a_request_date_outside_the_edition_is_a_case_problem(lib: Library) -> None:
    with pytest.raises(AssertionError, match="outside the dates"):
        make_case(lib, *ACU, "Acupuncture, 6 sessions", request_date=dt.date(2006, 1, 2))


# ---------------------------------------------------------------- the examples

EXAMPLE_FILES = sorted(p for tid in PART_B for p in EXAMPLES.glob(tid.replace("_", "-") + "-*.yaml"))


def test_every_part_b_topic_has_both_examples() -> None:
    names = {p.name for p in EXAMPLE_FILES}
    for tid in PART_B:
        stem = tid.replace("_", "-")
        assert {f"{stem}-upheld.yaml", f"{stem}-overturned.yaml"} <= names, tid


def _cited(det: Any, text: str) -> bool:
    if det.citation.family == "amtg":  # a regulation, cited by section
        return "9792.24.1" in text
    tokens = [t.strip() for t in det.citation.pages.split(",")]
    return all(re.search(rf"\bpages? (?:[\d-]+(?:,| and) )*{re.escape(t)}(?![\d-])", text) for t in tokens)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_outcome_and_template(lib: Library, path: Path) -> None:
    case = load_case(path, lib)
    assert case.synthetic
    expected = "upheld" if path.stem.endswith("-upheld") else "overturned"
    dets = decide(case, lib)
    assert len(dets) == 1
    det = dets[0]
    assert det.topic == path.stem.rsplit("-", 1)[0].replace("-", "_")
    assert det.outcome == expected, [(c.id, c.status) for c in det.criteria]
    if expected == "upheld":
        assert det.decisive_reasons
    text = template_rationale(det)
    assert text.strip()
    assert _cited(det, text), text
    assert "not medically necessary" in text if expected == "upheld" else "is medically necessary" in text
    for reason in det.reasons:
        assert reason.statement in text or reason.statement[1:] in text


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_template_passes_the_verifier(lib: Library, path: Path) -> None:
    from imr_rationale.verifier import verify

    case = load_case(path, lib)
    det = decide_item(case, 0, lib)
    verdict = verify(template_rationale(det), det, case)
    assert verdict.accepted, [(f.code, f.message) for f in verdict.findings]


def test_shared_facts_keep_one_meaning(lib: Library) -> None:
    """A fact two topics declare must read the same way in both (the library keeps the first question)."""
    seen: dict[str, tuple[str, Topic]] = {}
    for tid in PART_B:
        topic = lib.topics[tid]
        for name, spec in topic.facts.items():
            for other in lib.topics.values():
                if other.id != tid and name in other.facts:
                    assert other.facts[name].question == spec.question, (name, tid, other.id)
            seen[name] = (spec.question, topic)
    assert "red_flag_present" in seen and "pt_condition" in seen
