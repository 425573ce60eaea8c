"""The verifier: what it must reject (each with its code), what it must accept, and the shape of findings."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from imr_rationale import Case, Library, load_case
from imr_rationale.engine import Determination, decide
from imr_rationale.template import template_rationale, template_sentences
from imr_rationale.verifier import Tag, Verdict, verify

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
LETTER = Path(__file__).parent / "data" / "letter_rationales"
SAMPLE = "cervical-spine-2014.yaml"
PT, MRI, TPI = 1, 2, 3


@pytest.fixture(scope="module")
def cases(library: Library) -> dict[str, tuple[Case, list[Determination]]]:
    out = {}
    for path in sorted(EXAMPLES.glob("*.yaml")):
        case = load_case(path, library)
        out[path.name] = (case, decide(case, library))
    return out


def check(cases: dict[str, tuple[Case, list[Determination]]], example: str, item: int, text: str,
          tags: list[Tag] | None = None) -> Verdict:
    case, dets = cases[example]
    return verify(text, dets[item - 1], case, tags)


def codes(v: Verdict) -> set[str]:
    return {f.code for f in v.findings}


# ---------------------------------------------------------------- the sample letter's real rationales

LETTER_FILES = {"1-physical-therapy.txt": PT, "2-mri.txt": MRI, "3-trigger-point.txt": TPI}


@pytest.mark.parametrize("name", sorted(LETTER_FILES))
def test_letter_rationales_are_accepted(cases, name: str) -> None:
    v = check(cases, SAMPLE, LETTER_FILES[name], (LETTER / name).read_text(encoding="utf-8"))
    assert v.accepted, [f.message for f in v.findings]


def _letter(name: str) -> str:
    return (LETTER / name).read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(("name", "old", "new", "code"), [
    ("3-trigger-point.txt", "will be considered medically unnecessary", "will be considered medically necessary",
     "contradicts_outcome"),
    ("1-physical-therapy.txt", "Therefore, they will be considered medically unnecessary.",
     "Therefore, they warrant authorization.", "contradicts_outcome"),
    ("3-trigger-point.txt", "there was no evidence found in the documentation that the worker had trigger points",
     "trigger points were documented", "misstated_fact"),
    ("3-trigger-point.txt", "The MTUS Chronic Pain Guidelines state", "The MTUS Chronic Pain Guidelines (page 46) state",
     "citation_outside"),
    ("2-mri.txt", "In the case of this worker,", "In the case of this 58-year-old worker,", "unsupported_number"),
    ("1-physical-therapy.txt", "allow up to 9-10 supervised", "allow up to 12 supervised", "unsupported_number"),
    ("2-mri.txt", "The MTUS ACOEM Guidelines state", "The MTUS ACOEM Guidelines, Chapter 12, state", "citation_outside"),
])
def test_mutated_letter_rationales_are_rejected(cases, name: str, old: str, new: str, code: str) -> None:
    text = _letter(name)
    assert old in text
    v = check(cases, SAMPLE, LETTER_FILES[name], text.replace(old, new))
    assert code in codes(v), [f.message for f in v.findings]


# ---------------------------------------------------------------- template drafts


def _all_items() -> list[tuple[str, int]]:
    from imr_rationale import load_library

    lib = load_library()
    out = []
    for path in sorted(EXAMPLES.glob("*.yaml")):
        case = load_case(path, lib)
        out += [(path.name, i + 1) for i in range(len(case.items))]
    return out


@pytest.mark.parametrize(("example", "item"), _all_items())
def test_template_rationale_is_accepted_for_every_example_item(cases, example: str, item: int) -> None:
    case, dets = cases[example]
    det = dets[item - 1]
    tags = [Tag(text=t, criterion=c, status=s) for t, c, s in template_sentences(det)]
    v = verify(template_rationale(det), det, case, tags)
    assert v.accepted, [f.message for f in v.findings]


def test_template_of_the_other_outcome_is_rejected(cases) -> None:
    """The template text for the wrong outcome: the upheld item's conclusion, flipped."""
    case, dets = cases[SAMPLE]
    det = dets[TPI - 1]
    text = template_rationale(det).replace("is not medically necessary, and the denial is upheld",
                                           "is medically necessary, and the denial is overturned")
    assert {"contradicts_outcome"} <= codes(verify(text, det, case))


# ---------------------------------------------------------------- each rejection kind

REJECT = [
    # conclusions on the wrong side, plain and paraphrased
    (SAMPLE, TPI, "The trigger point injection is medically necessary.", "contradicts_outcome"),
    (SAMPLE, TPI, "Her persistent tenderness warrants authorization of the injection.", "contradicts_outcome"),
    (SAMPLE, PT, "The request should be approved.", "contradicts_outcome"),
    (SAMPLE, PT, "Supervised therapy is reasonable and appropriate for her neck pain.", "contradicts_outcome"),
    (SAMPLE, MRI, "The request is certified.", "contradicts_outcome"),
    (SAMPLE, MRI, "The utilization review non-certification is overturned.", "contradicts_outcome"),
    ("tpi-overturned.yaml", 1, "The trigger point injections are not medically necessary.", "contradicts_outcome"),
    ("tpi-overturned.yaml", 1, "The injections cannot be certified.", "contradicts_outcome"),
    ("tpi-overturned.yaml", 1, "The denial is upheld.", "contradicts_outcome"),
    ("tpi-overturned.yaml", 1, "Non-certification is appropriate.", "contradicts_outcome"),
    ("pt-overturned.yaml", 1, "The requested therapy is neither reasonable nor necessary.", "contradicts_outcome"),
    # a hedge that lands on the other side
    (SAMPLE, PT, "It would be reasonable to allow a trial of supervised therapy.", "contradicts_outcome"),
    (SAMPLE, MRI, "An MRI may be appropriate given her radiating symptoms.", "contradicts_outcome"),
    # a correct conclusion with a decisive criterion misstated
    (SAMPLE, TPI, "Trigger points were documented, but the injection is not medically necessary.", "misstated_fact"),
    (SAMPLE, MRI, "Red flags were present; the MRI is not medically necessary.", "misstated_fact"),
    (SAMPLE, TPI, "Radiculopathy has been ruled out. The injection is not medically necessary.", "misstated_fact"),
    (SAMPLE, PT, "She has not had prior physical therapy. The request is not medically necessary.", "misstated_fact"),
    (SAMPLE, PT, "The request for 12-18 visits is within the guideline's allowance, but it is not medically "
     "necessary.", "misstated_fact"),
    ("tpi-overturned.yaml", 1, "Trigger points were not documented. The injections are medically necessary.",
     "misstated_fact"),
    ("tpi-overturned.yaml", 1, "Symptoms have lasted less than three months; the injections are medically necessary.",
     "misstated_fact"),
    (SAMPLE, PT, "She has been compliant with a home exercise program. The request is not medically necessary.",
     "unsupported_fact"),
    # guideline, chapter or page outside the citation
    (SAMPLE, TPI, "Per the MTUS Chronic Pain Medical Treatment Guidelines, page 46, the injection is not medically "
     "necessary.", "citation_outside"),
    (SAMPLE, PT, "The Official Disability Guidelines allow 10 visits; the request is not medically necessary.",
     "citation_outside"),
    (SAMPLE, MRI, "Per ACOEM Chapter 12, the MRI is not medically necessary.", "citation_outside"),
    (SAMPLE, TPI, "The ACOEM guidelines do not support the injection, which is not medically necessary.",
     "citation_outside"),
    # numbers, dates and ages
    (SAMPLE, PT, "The guidelines allow up to 12 visits. The request is not medically necessary.",
     "unsupported_number"),
    (SAMPLE, PT, "The request for 20 visits is not medically necessary.", "unsupported_number"),
    (SAMPLE, MRI, "This 58-year-old woman has no red flags. The MRI is not medically necessary.",
     "unsupported_number"),
    (SAMPLE, MRI, "She was injured on October 30, 2014. The MRI is not medically necessary.", "unsupported_number"),
    (SAMPLE, MRI, "She was injured on 10/30/2014. The MRI is not medically necessary.", "unsupported_number"),
    (SAMPLE, MRI, "She was injured on 2014-10-30. The MRI is not medically necessary.", "unsupported_number"),
    ("pt-overturned.yaml", 1, "She has had neck pain for 3 months. The therapy is medically necessary.",
     "unsupported_number"),
    # clinical facts not in the case
    (SAMPLE, PT, "She has neck pain after a failed cervical fusion. The request is not medically necessary.",
     "unsupported_fact"),
    (SAMPLE, TPI, "EMG confirmed C6 radiculopathy. The injection is not medically necessary.", "unsupported_fact"),
    # the request misstated
    (SAMPLE, PT, "Physical therapy for the lumbar spine is not medically necessary.", "misstated_request"),
    (SAMPLE, MRI, "The MRI of the cervical spine with and without contrast is not medically necessary.",
     "misstated_request"),
    (SAMPLE, PT, "Physical therapy 3 times a week for 6 weeks is not medically necessary.", "misstated_request"),
    # internal inconsistency
    (SAMPLE, TPI, "All of the criteria are met. The injection is not medically necessary.", "inconsistent_reasoning"),
    ("tpi-overturned.yaml", 1, "The criteria are not met. The injections are medically necessary.",
     "inconsistent_reasoning"),
    # instructions planted in the case
    ("injected-instructions.yaml", 1, "As instructed in the notes, the request is approved.", "instruction_echo"),
    # no conclusion at all
    (SAMPLE, TPI, "The MTUS Chronic Pain Medical Treatment Guidelines cover trigger point injections on page 122.",
     "missing_conclusion"),
    # a number said to be requested, in any word order and as a word, must be the request's
    ("tpi-overturned.yaml", 1, "Six injections of local anesthetic are requested. The injections are medically "
     "necessary.", "unsupported_number"),
    # a procedure or diagnosis by its form, presupposed even under a deontic verb
    ("pt-overturned.yaml", 1, "After her cervical discectomy she needs supervised rehabilitation; the request is "
     "medically necessary.", "unsupported_fact"),
    ("pt-overturned.yaml", 1, "She underwent a laminoforaminotomy last year. The request is medically necessary.",
     "unsupported_fact"),
    (SAMPLE, MRI, "Her prior electromyography showed a torn rotator cuff. The MRI is not medically necessary.",
     "unsupported_fact"),
    # "first course" implies no prior course
    (SAMPLE, PT, "Because this would be her first course of physical therapy, a home program cannot be expected; the "
     "request is not medically necessary.", "misstated_fact"),
    # the guideline's numbers in a combination it does not give for the condition
    (SAMPLE, PT, "The MTUS allows 9-10 visits over 4 weeks for myalgia. The request is not medically necessary.",
     "unsupported_number"),
    # a span of time the case dates do not give
    ("pt-overturned.yaml", 1, "She strained her neck 11 weeks before the request. The request is medically "
     "necessary.", "unsupported_number"),
]


@pytest.mark.parametrize(("example", "item", "text", "code"), REJECT)
def test_rejects(cases, example: str, item: int, text: str, code: str) -> None:
    v = check(cases, example, item, text)
    assert not v.accepted
    assert code in codes(v), [f.message for f in v.findings]


# ---------------------------------------------------------------- each accept form

ACCEPT = [
    # conditionals and counterfactuals that mention the other outcome
    (SAMPLE, MRI, "Imaging would be warranted if a red flag emerged; none has. The MRI is not medically necessary."),
    (SAMPLE, PT, "There was no record that she was unable to perform home exercises, which might have warranted a few "
     "instructional supervised sessions. The request is not medically necessary."),
    (SAMPLE, TPI, "Had trigger points been documented, an injection might have been considered. None were, and the "
     "injection is not medically necessary."),
    (SAMPLE, MRI, "Should a red flag emerge, an MRI could be reconsidered. The MRI is not medically necessary."),
    # correct double negatives
    (SAMPLE, TPI, "It is not unreasonable to deny the injection: trigger points are not documented."),
    (SAMPLE, TPI, "There is no documentation that radiculopathy is absent, and the injection is not medically "
     "necessary."),
    ("tpi-overturned.yaml", 1, "It is not unreasonable to approve the injections; the denial is overturned."),
    # the guideline's recommendation before a negative conclusion
    (SAMPLE, TPI, "TPIs are recommended for myofascial pain syndrome. In this case, trigger points are not documented, "
     "and the injection is not medically necessary."),
    (SAMPLE, PT, "The MTUS Guidelines allow up to 9-10 supervised visits over 8 weeks. The request for 12-18 visits "
     "is not medically necessary."),
    (SAMPLE, TPI, "The criteria for trigger point injections include: 1. Documentation of trigger points, 2. Symptoms "
     "for more than three months, 4. Radiculopathy is not present. Trigger points are not documented here; the "
     "injection is not medically necessary."),
    ("tpi-overturned.yaml", 1, "TPIs are not recommended for radicular pain or typical neck pain. This worker has "
     "documented trigger points and no radiculopathy, so the injections are medically necessary."),
    # stating a not-documented fact as absent
    (SAMPLE, TPI, "There were no trigger points on examination, so the injection is not medically necessary."),
    (SAMPLE, TPI, "There is no evidence of trigger points. The injection is not medically necessary."),
    # conclusion first, in the middle, other phrasings
    (SAMPLE, MRI, "The MRI is not medically necessary. No red flag is documented."),
    (SAMPLE, MRI, "No red flag is documented; the MRI is therefore not medically necessary, as no recent failed trial "
     "of conservative care is described either."),
    (SAMPLE, TPI, "The denial is upheld."),
    (SAMPLE, TPI, "Non-certification is appropriate: trigger points are not documented."),
    ("pt-overturned.yaml", 1, "A first course of 8 visits is within the guideline's allowance. The request is "
     "certified."),
    ("injected-instructions.yaml", 1, "The free-text note addressed to the reviewer is not clinical information and was "
     "disregarded. Trigger points are not documented, so the injections are not medically necessary."),
    # the service named in the request is not a history claim
    (SAMPLE, PT, "Medical necessity for this course of physical therapy has not been established."),
    ("pt-overturned.yaml", 1, "This is her first course of therapy, and 8 visits are within the 10 allowed; the "
     "request is medically necessary."),
    # "no other X" negates X
    (SAMPLE, MRI, "Sensation was reduced in the left third through fifth digits, but there were no other objective "
     "findings of nerve compromise. The MRI is not medically necessary."),
    # a statement about a class of complaints is not a conclusion on this request
    (SAMPLE, MRI, "It cannot be said that imaging is unnecessary for every neck complaint, but the criteria are not "
     "met here. Non-certification is appropriate."),
    # complex double negatives
    ("injected-instructions.yaml", 1, "Diffuse tenderness without a twitch response does not amount to a documented "
     "trigger point. The request is not medically necessary."),
    (SAMPLE, TPI, "The record does not describe any examination finding that is not explained by her radiculopathy; "
     "the injection is not medically necessary."),
    (SAMPLE, MRI, "The MRI is not unsupported for want of a diagnosis; it is unsupported because no red flag is "
     "documented. The MRI is not medically necessary."),
    # spans computed from the case's dates
    ("pt-overturned.yaml", 1, "She strained her neck about 5 weeks before the request, and the denial came 6 weeks "
     "after the injury. The request is medically necessary."),
]


@pytest.mark.parametrize(("example", "item", "text"), ACCEPT)
def test_accepts(cases, example: str, item: int, text: str) -> None:
    v = check(cases, example, item, text)
    assert v.accepted, [f.message for f in v.findings]


# ---------------------------------------------------------------- findings are data that point at the text


def test_finding_names_sentence_span_claim_and_determination(cases) -> None:
    text = "The injection is not medically necessary. Trigger points were documented on examination."
    v = check(cases, SAMPLE, TPI, text)
    (f,) = [f for f in v.findings if f.code == "misstated_fact"]
    assert f.sentence == 2
    assert f.span is not None and text[f.span[0]:f.span[1]] == f.text == "Trigger points"
    assert "sentence 2" in f.message and "tpi.trigger_points" in f.message and "not_documented" in f.message


def test_contradiction_finding_says_what_to_conclude(cases) -> None:
    v = check(cases, SAMPLE, MRI, "No red flag is documented. The MRI is medically necessary.")
    (f,) = v.findings
    assert (f.code, f.sentence) == ("contradicts_outcome", 2)
    assert "upheld" in f.message and "not medically necessary" in f.message


def test_empty_text_is_missing_conclusion(cases) -> None:
    v = check(cases, SAMPLE, PT, "   ")
    assert [f.code for f in v.findings] == ["missing_conclusion"]
    assert v.findings[0].sentence is None


def test_accepted_means_no_findings(cases) -> None:
    v = check(cases, SAMPLE, TPI, "The injection is not medically necessary.")
    assert v.accepted and v.findings == []


# ---------------------------------------------------------------- tags


def test_tags_naming_an_unknown_criterion_or_a_wrong_status_are_rejected(cases) -> None:
    case, dets = cases[SAMPLE]
    det = dets[TPI - 1]
    text = template_rationale(det)
    good = [Tag(text=t, criterion=c, status=s) for t, c, s in template_sentences(det)]
    assert verify(text, det, case, good).accepted
    wrong_status = [*good[:1], Tag(text=good[1].text, criterion=good[1].criterion, status="met"), *good[2:]]
    v = verify(text, det, case, wrong_status)
    assert codes(v) == {"tag_mismatch"} and "met" in v.findings[0].message
    unknown = [*good, Tag(text=good[1].text, criterion="tpi.made_up", status="met")]
    assert "tpi.made_up" in verify(text, det, case, unknown).findings[0].message
    missing = [*good, Tag(text="A sentence that is not in the text.", criterion=None, status=None)]
    assert codes(verify(text, det, case, missing)) == {"tag_mismatch"}


def test_tags_never_vouch_for_the_text(cases) -> None:
    """A tag that agrees with the determination does not excuse a sentence that misstates it."""
    case, dets = cases[SAMPLE]
    det = dets[TPI - 1]
    text = "Trigger points were documented. The injection is not medically necessary."
    tags = [Tag(text="Trigger points were documented.", criterion="tpi.trigger_points", status="not_documented")]
    assert "misstated_fact" in codes(verify(text, det, case, tags))


# ---------------------------------------------------------------- planted instructions


def test_determination_ignores_instructions_in_the_notes(library: Library) -> None:
    case = load_case(EXAMPLES / "injected-instructions.yaml", library)
    assert case.synthetic and any("Ignore prior instructions" in e.text for e in case.notes)
    clean = case.model_copy(update={"notes": []})
    assert decide(case, library) == decide(clean, library)
    assert decide(case, library)[0].outcome == "upheld"


def test_echo_of_planted_instructions_is_rejected(cases) -> None:
    v = check(cases, "injected-instructions.yaml", 1, "As instructed in the notes, the request is approved.")
    assert {"contradicts_outcome", "instruction_echo"} <= codes(v)
    v = check(cases, "injected-instructions.yaml", 1, "Per the note's instructions, the injections are not medically "
              "necessary.")
    assert codes(v) == {"instruction_echo"}  # the conclusion agrees, but it answers to the planted text


# ---------------------------------------------------------------- the sentence splitter


def test_splitter_keeps_abbreviations_decimals_and_numbered_lists_together() -> None:
    from imr_rationale._sentences import split_sentences

    text = ("Red flags (e.g. fracture, i.e. a break) were absent per Dr. Smith. The dose was 7.5 mg. The criteria "
            "include: 1. Documentation of trigger points, 2. Symptoms for more than three months, and 3. Failed "
            "medical management. Therefore, not necessary.")
    parts = [text[s:e] for s, e in split_sentences(text)]
    assert parts == ["Red flags (e.g. fracture, i.e. a break) were absent per Dr. Smith.", "The dose was 7.5 mg.",
                     "The criteria include: 1. Documentation of trigger points, 2. Symptoms for more than three "
                     "months, and 3. Failed medical management.", "Therefore, not necessary."]


# ---------------------------------------------------------------- the labelled corpus


def _benchmark():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("verifier_quality", ROOT / "benchmarks" / "verifier_quality.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_corpus_meets_the_goal_rates(library: Library) -> None:
    """The goal on the dev split only: held-out files stay untuned measurements the benchmark reports."""
    bench = _benchmark()
    results = [r for r in bench.run(library=library) if r.split.startswith("dev")]
    caught, n_bad, wrong, n_good = bench.rates(results)
    assert n_bad >= 150 and n_good >= 80
    misjudged = [(r.kind, r.text[:80]) for r in results if not r.correct]
    assert caught / n_bad >= 0.99, misjudged
    assert wrong / n_good <= 0.02, misjudged


def test_a_hedge_later_in_the_clause_does_not_shield_an_earlier_false_fact(cases) -> None:  # type: ignore[no-untyped-def]
    # From a real SmolLM2 draft recorded for the MRI item, which the first verifier accepted.
    text = ("The record does not document any indication for imaging, but a red flag is present in recent note that "
            "suggests there may be nerve compromise.")
    assert "misstated_fact" in codes(check(cases, "cervical-spine-2014.yaml", 2, text))
    # The hedge still covers what it governs.
    hedged = "Decreased sensation suggests there may be nerve compromise; the MRI is not medically necessary."
    assert "misstated_fact" not in codes(check(cases, "cervical-spine-2014.yaml", 2, hedged))


def test_items_listed_after_a_colon_take_their_leads_verb(cases) -> None:  # type: ignore[no-untyped-def]
    # From a real Gemma draft recorded for the MRI item: it copied a requirement as if it were a finding.
    said = ("At least one imaging indication is present: a red flag, physiologic evidence of tissue insult or "
            "neurologic dysfunction. The MRI is not medically necessary.")
    assert "misstated_fact" in codes(check(cases, "cervical-spine-2014.yaml", 2, said))
    # A negative lead keeps its items negative, however emphatically they repeat the "no".
    faithful = ("None of the indications is documented: no red flag, no unequivocal finding of nerve compromise. "
                "The MRI is not medically necessary.")
    assert check(cases, "cervical-spine-2014.yaml", 2, faithful).accepted


# ---------------------------------------------------------------- general causes found on held-out misses
# (inverted conditions mid-sentence, "returned to <fact>", the request region after the request's own service
# words, an exam finding with the opposite polarity, "first <noun> of <history fact>", "the record does not
# support X", a fact's predicate on a broader term, a dose in mg that is only a page number; another service
# named as the request, rental vs purchase, a whole criterion named, a documented choice, a dispensed quantity,
# double negatives, worked totals, a ruling "under MTUS", findings agreeing)

REJECT_GENERAL = [
    ('tpi-overturned.yaml', 1, 'Although trigger points are documented, it would be prudent to continue the daily stretching and medications for a further period before any injection is authorized.', 'missing_conclusion'),
    ('pt-overturned.yaml', 1, 'Her symptoms are only 5 weeks old, and it would be reasonable to continue ibuprofen and activity modification for now rather than start supervised therapy.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 1, 'Physical therapy for the lumbar spine, 2-3 times a week for 6 weeks, exceeds the 9-10 visits over 8 weeks allowed by the Chronic Pain Medical Treatment Guidelines. The request is not medically necessary.', 'misstated_request'),
    ('cpmtg-opioids-overturned.yaml', 1, 'A pain psychology evaluation found her at low risk of misuse. Norco 10/325 #90 is medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Her response to the 12 visits completed so far satisfies the guideline\'s requirement for objective functional improvement. The request is nonetheless not medically necessary.', 'inconsistent_reasoning'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'She completed land-based physical therapy without difficulty. Nonetheless, with a BMI of 46, aquatic therapy is medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Naproxen 550 #60: upheld. Pt reports improved walking tolerance on naproxen, but the pain is neuropathic.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'Her neurologic examination demonstrates radicular findings. The 8 visits requested are medically necessary.', 'unsupported_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'The request is for a home health aide to assist with bathing, dressing and meal preparation. It is medically necessary.', 'misstated_request'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The right forearm tingling has persisted for more than the 3-4 weeks required by ACOEM Chapter 8, page 178. The EMG/NCV is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She has fallen twice at home in the past month, but she drives herself to appointments. The aide is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He has a home program, so it would be reasonable to continue home exercise alone and not add manipulation at this time.', 'contradicts_outcome'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Although the chiropractic re-evaluation of September 29, 2014 recorded improved lumbar range of motion, the visits would reach 20. The request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The knee x-ray of 07/20/2015 showed no joint space narrowing, but naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Monitoring is thorough; even so, it would seem the more reasonable course to approve only a weaning supply rather than the full #90.', 'contradicts_outcome'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'None of the guideline\'s gastrointestinal risk criteria is satisfied in this case; Prilosec 20 mg #30 is nonetheless medically necessary.', 'inconsistent_reasoning'),
    ('cervical-spine-2014.yaml', 2, 'Recent conservative care, including a home exercise program, has been tried for several weeks without improvement; however, no red flag is present. The MRI is not medically necessary.', 'misstated_fact'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Only neck pain is reported after the forklift jolt, without any arm symptoms. The EMG/NCV of the right upper extremity is not medically necessary.', 'misstated_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Soma 350mg, 90 tablets, for the cervical spine is not medically necessary: carisoprodol is not recommended.', 'misstated_request'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Continued Norco 10/325 #120 is not medically necessary under the MTUS Opioids Treatment Guidelines, 8 CCR 9792.24.4.', 'citation_outside'),
    ('cervical-spine-2014.yaml', 2, 'The worker has completed more than 4 weeks of conservative care since the October 2014 re-injury without improvement. The cervical MRI is therefore not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 3, 'Electrodiagnostic testing in November 2014 confirmed a left C7 radiculopathy, and trigger point injections are not recommended for radicular pain. The request is not medically necessary.', 'unsupported_fact'),
    ('tpi-overturned.yaml', 1, 'The worker has not yet undergone physical therapy, but naproxen and cyclobenzaprine have failed to control his pain. The request is medically necessary.', 'misstated_fact'),
    ('tpi-overturned.yaml', 1, 'The documentation falls short of what the guideline requires before injection therapy can be recommended. Accordingly, the injections are medically necessary.', 'inconsistent_reasoning'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The worker has right leg pain, although the right Achilles reflex is preserved. The injection is medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'The request amounts to 12 hours of skilled nursing per week, well under the 35-hour limit, and is therefore medically necessary.', 'unsupported_number'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She is status post lumbar fusion and has a non-healing surgical wound that requires periodic dressing changes. The request is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'An Opioid Risk Tool screening placed her at low risk. Norco 10/325 #90 is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'Treatment has included medications, physical therapy, epidural injections, acupuncture and restrictions. The request is not medically necessary.', 'unsupported_fact'),
    ('tpi-overturned.yaml', 1, 'Naproxen, cyclobenzaprine and tramadol have not controlled it despite 6 weeks of physical therapy. The requested injections are medically necessary.', 'unsupported_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'The August 2014 MRI demonstrates clear compression of the nerve root at L4-5. EMG/NCS of the bilateral lower extremities is medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'He needs help with dressing and cannot drive more than 30 minutes. The functional restoration program is medically necessary.', 'unsupported_number'),
    ('cpmtg-home-health-overturned.yaml', 1, 'Three visits a week at two hours each amounts to 12 hours weekly, within the 35-hour limit. The home health skilled nursing is medically necessary.', 'unsupported_number'),
    ('cpmtg-home-health-upheld.yaml', 1, 'Because these services fall within what page 51 recommends, the home health aide is not medically necessary.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'This use therefore falls within the short-term treatment of an acute exacerbation that pages 63-66 permit. Nonetheless, Soma is not medically necessary.', 'contradicts_outcome'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He did report heartburn at the visit of March 31, 2014, when omeprazole was prescribed with the naproxen. The request for omeprazole is not supported.', 'unsupported_fact'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Screening showed a high Tampa Scale of Kinesiophobia score and a Beck Depression Inventory score in the severe range. Four CBT sessions are medically necessary.', 'unsupported_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Twelve weekly sessions fall within the initial trial and the 6-10 visit total the guideline describes. Nonetheless, psychotherapy is not medically necessary.', 'misstated_fact'),
    ('cpmtg-tens-overturned.yaml', 1, 'Gabapentin and a stellate ganglion block have not yet been tried. A one-month home TENS rental is medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'There was allodynia with a negative Tinel sign over the nerve, and gabapentin over 8 weeks gave no relief. Lidoderm 5% patch #30 is medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'This worker takes ibuprofen, which has caused gastritis. The request is not medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 3, 'Req: series of 4 TPIs to the C-spine. Radiculopathy dx\'d, no trigger points documented. Not medically necessary per CPMTG p. 122.', 'unsupported_number'),
    ('tpi-overturned.yaml', 1, 'TPI lumbar paraspinals x3, local anesthetic. TPs w/ twitch/referral documented, sx 8 mo. Medically necessary.', 'misstated_request'),
    ('pt-overturned.yaml', 1, 'Req: PT lumbar spine 2x/wk x 4 wks. First course, no prior PT. Medically necessary.', 'misstated_request'),
    ('tpi-overturned.yaml', 1, 'In my opinion it would be prudent to continue the home stretching programme first; I would leave the non-certification in place.', 'contradicts_outcome'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'I find the lumbar MRI medically necessary, even though the ACOEM Chapter 12 prerequisites for imaging - unequivocal nerve compromise, failed conservative care and a surgical plan - have not been satisfied in this record.', 'inconsistent_reasoning'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'New urinary retention also raises concern for cauda equina. The lumbar MRI is medically necessary.', 'unsupported_fact'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Although his tingling has already lasted longer than the 3-4 weeks that ACOEM Chapter 8, page 178, asks for, EMG/NCV of the right arm is not medically necessary.', 'misstated_fact'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'Findings: absent right Achilles reflex, positive SLR, and an EMG confirming an acute right S1 radiculopathy. Conclusion: medically necessary.', 'unsupported_fact'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The earlier injection produced roughly 30% relief for eight weeks with no change in medication. The repeat ESI is not medically necessary.', 'unsupported_number'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The July 2013 program evaluation set out a plan to taper her oxycodone and start smoking cessation. The request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Request: continued oxycodone/APAP (Percocet) 10/325 #90, neck. Medically necessary, UR overturned.', 'misstated_request'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Although a urine drug screen was consistent with the prescription, two years of hydrocodone have brought no functional improvement. Norco is not medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Analysis: the product therefore satisfies the compounding and lidocaine criteria of pages 111-113. Conclusion: not medically necessary.', 'inconsistent_reasoning'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Request 8 visits: w/in 9-10 for myalgia, and the statutory visit cap is satisfied. PT 2x4 lumbar therefore not medically necessary.', 'inconsistent_reasoning'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'Although she has failed to improve despite physical therapy and ibuprofen, her neurologic examination is normal. The lumbar MRI is not medically necessary.', 'misstated_fact'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The right arm tingling has now lasted beyond the 3-4 week period named on page 178. The EMG/NCV of the right upper extremity is not medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Although land-based therapy was poorly tolerated, the twelve requested sessions exceed the 9-10 visits allowed. The aquatic therapy 3x4 cannot be certified.', 'misstated_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Although he continues to take opioids, the worker has otherwise met the entry criteria. The 10 full-day sessions are medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'The request for a functional restoration program of 10 half-day sessions is medically necessary.', 'misstated_request'),
    ('cpmtg-home-health-overturned.yaml', 1, 'The request for daily skilled nursing visits for four weeks is medically necessary.', 'misstated_request'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'On balance it would be reasonable to leave the denial in place and continue ibuprofen with the home exercise program.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The request for Flexeril 7.5 mg #30 for an acute flare of chronic neck pain is medically necessary.', 'unsupported_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'His prior emergency admission for a carisoprodol overdose adds further concern. Soma 350 mg #90 is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Naproxen 500 mg #60 is medically necessary. Although the right knee radiographs showed no arthritic change, her knee pain has persisted.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'She also carries a diagnosis of post-traumatic stress disorder. An initial trial of 4 CBT sessions is medically necessary.', 'unsupported_fact'),
    ('pt-overturned.yaml', 1, 'The question is whether the request is medically necessary, and it is not.', 'contradicts_outcome'),
    ('tpi-overturned.yaml', 1, 'Although a trial of medical management has not been documented, the trigger points support the request, and the three injections are medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The worker has had no acupuncture for this injury so far. The additional six cervical sessions are not medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'NSAIDs are not supported for this type of knee pain under pages 67-73. Naproxen 500 mg #60 is therefore medically necessary.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The cyclobenzaprine would not be supported; neither applies here. Non-certification reversed.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 3, 'She has myofascial pain, not radicular pain. The injection is not medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'He went back to full duty while taking the Norco; even so, the Norco is not medically necessary.', 'misstated_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'The request is for manipulation to the thoracic spine, and it is medically necessary.', 'misstated_request'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'On examination a positive straight leg raise was found. The MRI of the lumbar spine is not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 1, 'It is her first experience of physical therapy, yet the request is not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 3, 'The examination does not substantiate radiculopathy; the injection is not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'An operation is not being contemplated. The lumbar MRI is medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His daily dose of 60 mg is within the ceiling, but the Norco is not medically necessary.', 'unsupported_number'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'An MRI is indicated; it would be indicated should a deficit develop.', 'contradicts_outcome'),
    ('injected-instructions.yaml', 1, 'The request for dry needling of the cervical paraspinal muscles is not medically necessary.', 'misstated_request'),
    ('cpmtg-tens-overturned.yaml', 1, 'The request is to purchase a TENS unit for the right hand. It is medically necessary.', 'misstated_request'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Lidocaine 5% cream is requested. The request is medically necessary.', 'misstated_request'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'No gastrointestinal risk factor is documented, but Prilosec 20 mg #30 is medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'No drug screen has been done. Norco 10/325 #90 is medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He has hypertension. Omeprazole 20mg #30 is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Naproxen 500mg #90 for knee osteoarthritis is medically necessary under the MTUS.', 'unsupported_number'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'With 12 visits already completed, the 8 requested would exceed the 24-visit cap. The request is therefore certified.', 'misstated_fact'),
    ('tpi-overturned.yaml', 1, 'The record does not show that physical therapy or a muscle relaxant has been tried, yet the injections are medically necessary.', 'misstated_fact'),
    # session 3: a limit named after 'within', a subjectless clause after the request, a count of the
    # request's own unit, a whole criterion list 'documented', a deferral, laboratory findings
    ('labor-code-visit-cap-upheld.yaml', 1, 'The 8 visits requested, added to the 20 completed, remain within the 24-visit statutory cap; the physical therapy is therefore not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 3, 'A series of three cervical trigger point injections is not supported where radiculopathy is diagnosed.', 'unsupported_number'),
    ('injected-instructions.yaml', 1, 'Every criterion on page 122, trigger points included, is documented; thus the two injections are not medically necessary.', 'inconsistent_reasoning'),
    ('pt-overturned.yaml', 1, 'It would be reasonable to continue ibuprofen and activity modification for a few more weeks before committing to formal therapy.', 'contradicts_outcome'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Recent labs show a rising creatinine. Naproxen 550mg #60 is not medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'The guideline at pages 98-99 allows only 6 supervised visits for myalgia, so the request is not medically necessary.', 'unsupported_number'),
    # session 3, round s11: a past tense with its object makes a clause, a deferral with 'first', another
    # drug of the class, the wrong side, a pain score, an imaging finding denied, 'either of which'
    ('cervical-spine-2014.yaml', 3, 'An EMG confirmed a left C7 radiculopathy, and trigger point injections are not recommended for radicular pain. Not medically necessary.', 'unsupported_fact'),
    ('pt-overturned.yaml', 1, 'Her symptoms are only five weeks old, so it would be reasonable to try a home exercise program first and hold supervised therapy in reserve.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'The request for cyclobenzaprine #90 is not medically necessary.', 'misstated_request'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The request for Percocet 10/325 #120 is not medically necessary.', 'misstated_request'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The requested EMG/NCV of both upper extremities is premature; the denial is upheld.', 'misstated_request'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Norco 10/325 #90 is medically necessary. Her pain falls from 8/10 to 2/10 with the medication.', 'unsupported_number'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The EMG is not medically necessary. Although the MRI shows only mild degenerative change without any nerve root compression, the symptoms are managed.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Prilosec 20 mg #30 is medically necessary. She is 67 and also has a prior bleeding gastric ulcer, either of which places her at risk.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Although no first-line neuropathic agent has been tried, the Lidoderm 5% patch #30 is medically necessary.', 'misstated_fact'),
    # session 3, round s12: a GI risk said in other words, a limit the Labor Code 'permits', a list after a
    # verb-first clause that takes the worker from the clause before
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He takes naproxen and carries risk factors for gastrointestinal events that the guideline recognises, so prophylaxis is indicated. Omeprazole 20mg #30 is accordingly not certified.', 'misstated_fact'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'With 20 visits completed and 8 more requested, the total stays within the 24 visits the Labor Code permits per injury. The denial is upheld.', 'misstated_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'This 39-year-old has chronic low back pain, has failed therapy, two epidurals and a spinal cord stimulator trial. The program is medically necessary.', 'unsupported_fact'),
    # session 3, round s13: a status after a dash, 'every prerequisite ... in place', an earlier study the
    # record never mentions, the other of a two-way choice, relief 'more than 50%'
    ('cervical-spine-2014.yaml', 3, 'Page 122 criteria: trigger points - documented; no radiculopathy - not met. Outcome: upheld, not medically necessary.', 'misstated_fact'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Focal symptoms are documented, so every prerequisite for testing is in place. The EMG/NCV of the right upper extremity is nevertheless not medically necessary.', 'inconsistent_reasoning'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'A prior lumbar MRI in June 2015 was unremarkable, and no surgery is planned, so a repeat study is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Although her most recent urine drug screen was inconsistent with the prescription, she works modified duty, so Norco 10/325 #90 is medically necessary.', 'misstated_fact'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The repeat injection is not supported. The first block in March 2014 gave more than 50% relief for about six weeks.', 'misstated_fact'),
    # session 3, round s14: 'doing those exercises', 'both ... conditions', an injectate or another
    # service as the request's content, a prior nerve conduction study, 'several falls'
    ('cervical-spine-2014.yaml', 1, 'Her previous therapist discharged her to a home programme, and she reports doing those exercises daily. More supervised therapy is not medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 2, 'The record satisfies both ACOEM Chapter 8 conditions for neck imaging, a failed conservative trial and a qualifying indication. The MRI of the cervical spine is accordingly not medically necessary.', 'inconsistent_reasoning'),
    ('tpi-overturned.yaml', 1, 'Three trigger point injections of dextrose to the cervical spine are medically necessary: trigger points with twitch response are documented.', 'misstated_request'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'The request for biofeedback, 4 sessions, is therefore medically necessary as an initial trial.', 'misstated_request'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'He has had about ten weeks of left calf numbness and a prior nerve conduction study in August 2014 that was read as inconclusive. The EMG/NCS is medically necessary.', 'unsupported_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'Although she has had several falls at home since her 2012 lumbar fusion, she drives to her own appointments. A home health aide is not medically necessary under page 51.', 'unsupported_fact'),
    # session 3, round s15: a criterion named by 'timing requirement', a deferral by 'start with', quitting
    # what the record says continues
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The tingling suggests focal dysfunction, and the timing requirement of page 178 has been satisfied. The EMG/NCV of the right upper extremity is nevertheless not medically necessary.', 'inconsistent_reasoning'),
    ('pt-overturned.yaml', 1, 'Although 8 visits fall within the guideline allowance, it would be more appropriate for her to start with a home exercise program and hold supervised therapy in reserve.', 'contradicts_outcome'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'Not medically necessary. Although she has quit smoking, she continues oxycodone and the disability dispute has been noted without a plan.', 'misstated_fact'),
    # session 3, round s16: criteria claims far from their noun, 'fails to establish the criteria', 'every one
    # of them satisfied', an age compared with a threshold, another Labor Code section, a pressure ulcer taken
    # as there
    ('cervical-spine-2014.yaml', 2, 'Both ACOEM requirements, a failed trial of conservative care and an accepted indication for imaging, are satisfied by this record. The request for cervical MRI is therefore not medically necessary.', 'inconsistent_reasoning'),
    ('tpi-overturned.yaml', 1, 'The record fails to establish the page 122 criteria for trigger point injection. Accordingly, the three injections of local anesthetic are medically necessary.', 'inconsistent_reasoning'),
    ('acoem-low-back-imaging-upheld.yaml', 1, "Reviewing the Chapter 12 prerequisites for lumbar imaging, I find every one of them satisfied in this worker's record. The MRI is therefore not medically necessary.", 'inconsistent_reasoning'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Although she is under 65, she takes naproxen twice daily, and gastroprotection is reasonable. The request for Prilosec 20 mg #30 is certified.', 'unsupported_number'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Under Labor Code section 4610, physical therapy is limited to 24 visits per industrial injury. The lumbar physical therapy requested is not medically necessary.', 'citation_outside'),
    ('cpmtg-home-health-overturned.yaml', 1, 'He needs skilled nursing for wound care of a stage IV sacral pressure ulcer. The home health nursing request is medically necessary under CPMTG page 51.', 'unsupported_fact'),
    # session 3, round s17: 'it is untrue that X'; 'she tolerates naproxen' where NSAIDs are not tolerated
    ('cpmtg-home-health-overturned.yaml', 1, 'It is untrue that he is homebound. The request is medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She tolerates naproxen without difficulty. Acupuncture is medically necessary.', 'misstated_fact'),
    # session 3, round s18: disagreeing with a review's denial; 'within the trial' for a 12-visit course
    ('cervical-spine-2014.yaml', 2, 'Utilisation review non-certified the scan with reference to ACOEM page 177, and I disagree. The MRI is not medically necessary.', 'contradicts_outcome'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'A 12-visit course is within the trial and total visits the guideline permits. Psychotherapy is not medically necessary.', 'misstated_fact'),
    # session 5: medication reduced in the drug's name; work status against the record's
    ('amtg-acupuncture-upheld.yaml', 1, 'Hydrocodone was tapered after the acupuncture, but his work restrictions are unchanged. The additional acupuncture is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'His hydrocodone was reduced during the course. Without functional improvement, further acupuncture is not medically necessary.', 'misstated_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He is back at full duty with no limits on lifting. A first trial of 6 manipulation visits is medically necessary.', 'misstated_fact'),
    ('tpi-overturned.yaml', 1, 'He remains on light duty. The trigger point injections are medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'He has returned to modified duty, but the 4 As are not documented, so Norco is not medically necessary.', 'misstated_fact'),
    # session 5, round s29: spans said with 'beyond'; normal examinations and imaging against the record's
    # findings; a denied positive sign; a first course already completed; other services, deferrals, drugs
    ('tpi-overturned.yaml', 1, 'His symptoms have not persisted beyond three months. The injections are medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'The examination documents no objective findings. The 8 visits are medically necessary.', 'misstated_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'Sensation, strength and reflexes were all normal. EMG/NCS of the lower extremities is medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The knee x-ray was unremarkable. Naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'There is no Tinel sign at the wrist. The Lidoderm patch is medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'She has already had an initial course of psychotherapy. Four sessions of CBT are medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'The request for land-based therapy twice a week for 4 weeks is medically necessary.', 'misstated_request'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He has had no chiropractic care for this injury. Manipulation is better withheld for now.', 'contradicts_outcome'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'It would be reasonable first to see whether home exercise alone restores his lifting.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'She did not respond to a course of tizanidine. Flexeril 7.5mg #30 is medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'She has a failed cervical fusion. Continued Norco is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 3, 'EMG confirmed a radiculopathy, and injections are not recommended for it; the injection is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The request is without support in the guidelines.', 'contradicts_outcome'),
    # session 5, round s30: normal strength against weakness; 'used for' a flare; a verbless list item and a chain
    # of verb-first clauses keep the worker; a named other drug after its parenthesis; implanted devices
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'Motor testing was entirely normal. Because the radiculopathy is clinically evident, the EMG is not medically necessary.', 'misstated_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'The Soma is being used for an acute exacerbation. Soma 350mg #90 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'He is homebound, has skin breakdown over the right heel, and is an insulin-dependent diabetic. Skilled nursing is medically necessary.', 'unsupported_fact'),
    ('cpmtg-tens-upheld.yaml', 1, 'The worker has mechanical low back pain, which is not a listed condition, and a cardiac pacemaker. The TENS unit is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The knee x-ray shows no degenerative change. Naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'The disputed item is famotidine #30. It is medically necessary.', 'misstated_request'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Soma (carisoprodol) #30 is requested for an acute flare. The request is medically necessary.', 'misstated_request'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The MRI demonstrates nerve root contact. A repeat injection is still not medically necessary.', 'misstated_fact'),
    # session 5, round s31: a person named by 'man'; 'not yet persisted for the 3-4 weeks'; 'cannot tolerate'
    # land-based exercise; a drug taken without effect; the thoracolumbar region
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'This 52-year-old diabetic man has left calf numbness. EMG/NCS is medically necessary.', 'unsupported_fact'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Her symptoms have not persisted for the 3-4 weeks the guideline expects. The EMG/NCV is nonetheless medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'The worker cannot tolerate land-based exercise. The request is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She continues naproxen and tolerates it well. Six acupuncture visits are medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'He did not respond to a prior course of sertraline. The 12 sessions cannot be certified.', 'unsupported_fact'),
    ('tpi-overturned.yaml', 1, 'The request for trigger point injections to the thoracolumbar region is medically necessary.', 'misstated_request'),
    # session 5, round s32: a normal neurologic exam 'in the recent note'; a prior study 'technically limited'
    ('cervical-spine-2014.yaml', 2, 'Her neurological examination in the recent note was entirely normal. The MRI is not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'A prior EMG in August 2014 was technically limited. The EMG/NCS is medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'He has taken naproxen 550 mg twice daily for more than three years. Continued naproxen is not medically necessary.', 'unsupported_number'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The right L5-S1 transforaminal epidural steroid injection is medically necessary.', 'misstated_request'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Radiculopathy has been ruled out, so this is nonspecific mechanical back pain. Naproxen is not medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'The pain is not neuropathic. Naproxen sodium 550mg #60 is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Although he was able to reduce his hydrocodone after the earlier treatments, his work restrictions are unchanged. Additional acupuncture is not medically necessary.', 'misstated_fact'),
    ('cpmtg-tens-overturned.yaml', 1, 'Nerve conduction studies confirmed median neuropathy at the right wrist, and together with the CRPS and the limited relief from gabapentin, this supports the one-month home TENS rental, which is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'Prior therapy notes record that she was discharged for non-compliance with her home exercise program. Physical therapy is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Her flare is documented, but on balance it would be reasonable to continue ibuprofen and home exercise alone and leave the denial of Flexeril in place.', 'contradicts_outcome'),
    ('cpmtg-tens-overturned.yaml', 1, 'The criteria appear satisfied, but it would be reasonable to continue hand therapy alone and hold off on a TENS trial for now.', 'contradicts_outcome'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The examination shows an absent right Achilles reflex, although the MRI does not show nerve root compression. The injection is medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'After 12 acupuncture treatments his work restrictions were eased and his cervical rotation improved. The request for 6 additional sessions is not medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'The July 2014 note documents a meaningful reduction in his leg pain and better activity tolerance on naproxen; even so, the request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The requested work hardening program, 20 sessions, is not medically necessary.', 'misstated_request'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The request is for 20 sessions of outpatient physical therapy for neck and low back pain. It is not medically necessary.', 'misstated_request'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, "Each of the guideline's conditions for a muscle relaxant, namely the agent, an acute exacerbation and a short course, is satisfied in this record. Nevertheless, Soma 350mg #90 is not medically necessary.", 'inconsistent_reasoning'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He takes naproxen, and the record establishes the gastrointestinal risk that pages 68-69 require for gastroprotection. Omeprazole 20mg #30 is therefore not medically necessary.', 'misstated_fact'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'After cervical spine surgery in 2014 and 12 completed visits, she needs supervised instruction after a flare; the 8 visits requested are medically necessary.', 'unsupported_fact'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The visit count remains within the statutory cap. Physical therapy for the lumbar spine, 2 times a week for 4 weeks, is nonetheless not medically necessary.', 'misstated_fact'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'With 12 visits already completed, 8 more would exceed the 24-visit cap. The request for physical therapy is therefore medically necessary.', 'misstated_fact'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'The worker can continue her home exercise program unaided. The request for physical therapy is therefore medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'The request for occupational therapy for the cervical spine, 2 times a week for 4 weeks, is within the 9-10 visits allowed for myalgia and is medically necessary.', 'misstated_request'),
    ('amtg-acupuncture-upheld.yaml', 1, "After 12 treatments the guideline's requirement of documented functional improvement is satisfied. The additional 6 sessions of cervical acupuncture are nonetheless not medically necessary.", 'inconsistent_reasoning'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'He has completed 20 physical therapy visits, and the first injection gave about 30% relief for 3 weeks. The request is not medically necessary.', 'unsupported_number'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Although the worker has already taken naproxen for several months without documented benefit, osteoarthritis of the knee is a supported indication, so Naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Although 12 visits is more than the initial trial, given his depressed mood and lack of progress with therapy it would be reasonable to allow the full course of weekly psychotherapy.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 2, 'Sensation in both hands is entirely normal and there is no red flag. The MRI of the cervical spine is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'He completed 12 acupuncture treatments in 2015 and developed a pneumothorax after the last session. Additional cervical acupuncture is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'The claimant reports that naproxen eases his leg pain and lets him stay more active. Naproxen sodium 550mg #60 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Biofeedback, 4 sessions, is requested for a worker whose screening found fear-avoidance beliefs. The request is medically necessary.', 'misstated_request'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'With 20 visits completed and 8 requested, the total stays within the statutory limit; the request therefore cannot be certified.', 'misstated_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'He also takes an opioid at night. Naproxen sodium 550mg #60 is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'A functional restoration program of 20 full-day sessions is medically necessary.', 'misstated_request'),
    ('injected-instructions.yaml', 1, 'Radicular findings on the upper extremity examination weigh against the request; the two injections are not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She has an infected surgical wound that needs dressing changes. The home health aide is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The flare with spasm is documented, but I would hold the Flexeril.', 'contradicts_outcome'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Gabapentin titrated over 6 months gave no relief. Lidoderm 5% patch #30 is medically necessary.', 'unsupported_number'),
    ('cpmtg-home-health-overturned.yaml', 1, 'A home health aide for bathing, 3 visits a week for 4 weeks, is medically necessary.', 'misstated_request'),
    ('tpi-overturned.yaml', 1, 'Three trigger point injections of corticosteroid are medically necessary.', 'misstated_request'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'He has never attempted land-based physical therapy. Aquatic therapy is not medically necessary.', 'misstated_fact'),
    ('cpmtg-tens-upheld.yaml', 1, 'The TENS purchase is not medically necessary, as the worker has not yet tried physical therapy.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The worker is at increased gastrointestinal risk. Omeprazole 20mg #30 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, "The course stays within the guideline's 2-3 week limit. Soma 350mg #90 is not medically necessary.", 'misstated_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Although a urine drug screen in August 2014 was consistent with the prescription, no functional gains are described. Norco 10/325 #120 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Decision based on Non-MTUS Citation: Official Disability Guidelines (ODG). Prilosec 20 mg #30 is medically necessary.', 'citation_outside'),
    ('cervical-spine-2014.yaml', 1, 'She was discharged from her earlier physical therapy for non-attendance. The request is not medically necessary.', 'unsupported_fact'),
    ('pt-overturned.yaml', 1, 'She has already failed a home exercise program. The request is medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She has tolerated naproxen without difficulty. Six sessions of acupuncture are medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 2, 'A cervical MRI obtained earlier in 2014 showed degenerative disc disease. The MRI is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Although the 12 prior visits produced documented gains in lumbar range of motion, 8 more would bring the total to 20. The denial is upheld.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He is taking naproxen and has a recognised gastrointestinal risk factor under MTUS pages 68-69. The denial is upheld.', 'misstated_fact'),
    ('labor-code-visit-cap-upheld.yaml', 1, "The 8 visits requested stay within both the guideline's allowance for myalgia and the 24-visit statutory cap. The request is not medically necessary.", 'misstated_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'Although her body weight is in the normal range, land therapy hurt her knees. Aquatic therapy is medically necessary.', 'misstated_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has taken Soma 350 mg three times a day for about eight months. The denial stands.', 'unsupported_number'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'An EMG performed in April 2016 already demonstrated an acute right L5 radiculopathy. The request is not medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Although he has been able to reduce his hydrocodone dose, the 12 completed treatments have produced no change in his work restrictions. Six additional acupuncture sessions are therefore not supported.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Having already received 12 acupuncture treatments in 2015, he qualifies for six more.', 'contradicts_outcome'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Additional acupuncture is not medically necessary. Although the 12 prior treatments allowed a reduction in his work restrictions, he continues hydrocodone at the same dose.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The request for biofeedback, once a week for 12 weeks, exceeds the initial trial the MTUS supports. The denial is upheld.', 'misstated_request'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'ACOEM asks for unequivocal nerve root findings, failed treatment and a surgical plan, and none of these is established in this record. The lumbar MRI is therefore medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Although the worker reports meaningful relief from naproxen, the drug is being used for neuropathic leg pain. The request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychotherapy once a week for 12 weeks for chronic low back pain goes beyond the initial trial, and the request is not medically necessary.', 'misstated_request'),
    ('pt-overturned.yaml', 1, 'She has been placed on temporary total disability because of her neck pain, and the request is certified.', 'unsupported_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Lidoderm 5% patches for the low back are not medically necessary.', 'misstated_request'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'The request for Soma 350 mg #30 is not supported, and the denial is upheld.', 'unsupported_number'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Four sessions of biofeedback are medically necessary: screening identified fear-avoidance beliefs.', 'misstated_request'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Her low back pain is neuropathic in character. LidoPro cream 121 gm is not medically necessary.', 'misstated_fact'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The 8 visits requested stay within the 24 visits per injury that the Labor Code allows. The request is not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The examination shows decreased sensation in the left leg in a dermatomal pattern. The MRI cannot be certified.', 'unsupported_fact'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'His inability to tolerate land-based exercise makes reduced weight bearing desirable, yet non-certification is appropriate.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 2, 'The criteria for cervical imaging under ACOEM Chapter 8 are satisfied in this record. The MRI is nonetheless not medically necessary.', 'inconsistent_reasoning'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'With 20 visits completed and 8 requested, the statutory cap is not exceeded. The denial is upheld.', 'misstated_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His pain relief, activities of daily living and side effects are all adequately documented. The request is not medically necessary.', 'misstated_fact'),
    ('injected-instructions.yaml', 1, 'A prior trigger point injection in the spring gave only transient relief. The requested injections are not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She has chronic low back pain with a non-union of her 2012 lumbar fusion. The aide is not medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, "The worker's work restrictions were eased after the first course. The additional sessions are not medically necessary.", 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'She is not taking an NSAID, but her age of 67 places her at gastrointestinal risk, so Prilosec 20 mg #30 is medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'Despite neurologic deficits in the upper extremities, the 8 visits fall within the guideline, and the request is certified.', 'unsupported_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Each ingredient of LidoPro is supported by the guideline, and the lidocaine component suits her pain. LidoPro cream 121 gm is therefore not medically necessary.', 'contradicts_outcome'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Although the hydrocodone dose has since been reduced, there is no documented functional improvement. Six further sessions are not medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Although he could not tolerate land-based therapy, the request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'Although the worker is able to leave home without assistance, the request is medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Screening found no depression or catastrophizing to address; the request is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Cervical rotation improved after the 12 treatments, but he remains on the same hydrocodone dose. The additional acupuncture is not medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Twelve sessions exceeds the usual initial trial, but given his adjustment disorder it would be reasonable to allow the full course rather than interrupt care after four visits.', 'contradicts_outcome'),
    ('labor-code-visit-cap-upheld.yaml', 1, "Despite the employer's written authorization for additional visits, the 20 visits already completed plus the 8 requested would come to 28, so the request is not medically necessary.", 'misstated_fact'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The employer gave written authorization for additional visits. The request is not medically necessary.', 'misstated_fact'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The EMG/NCV was requested just ten days after the forklift injury, well short of the 3-4 weeks of symptoms on page 178. The denial is upheld.', 'unsupported_number'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He is a 42-year-old with a long history of heavy cigarette smoking. Omeprazole 20mg #30 is not medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 2, 'She has documented severe claustrophobia, which explains the request for sedation, but no red flag is shown. The MRI is not medically necessary.', 'unsupported_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'The request is for EMG/NCV of the bilateral upper extremities. With roughly ten weeks of left calf numbness, the testing is medically necessary under ACOEM Chapter 12.', 'misstated_request'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The decisive criteria under ACOEM Chapter 8, page 178, symptom duration and focal neurologic symptoms, are both satisfied in this record. The denial is upheld.', 'inconsistent_reasoning'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'Twenty program sessions are not medically necessary. Negative predictors remain unaddressed, including daily smoking and a prior functional restoration program she left early.', 'misstated_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The request for Norco 10/325 #60 is not medically necessary; the worker remains off work with no documented functional improvement.', 'unsupported_number'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The worker, who is awaiting a cervical fusion, has had 12 acupuncture treatments with temporary relief only. The additional 6 sessions are not medically necessary.', 'unsupported_fact'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'This worker smokes two packs a day and continues oxycodone. These negative predictors are not addressed, so the 20-session program is not medically necessary.', 'unsupported_number'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Screening found fear-avoidance beliefs, and an earlier course of psychotherapy with another provider was interrupted after 6 sessions. A 4-session CBT trial is medically necessary.', 'misstated_fact'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The documentation satisfies the ACOEM indications for lumbar imaging at pages 303-304. Accordingly, the request for MRI of the lumbar spine is not medically necessary.', 'inconsistent_reasoning'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She does not tolerate naproxen, and tramadol was also stopped after it caused sedation. A first course of six treatments for the lumbar spine is medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She does not tolerate NSAIDs, and the request is difficult to support at this time.', 'contradicts_outcome'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'Her BMI of 46 and a recent right total knee replacement make land-based exercise unsuitable. Aquatic therapy for the lumbar spine is medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'The number of visits exceeds the trial the guideline allows. The six chiropractic visits for the lumbar spine are therefore medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The worker is at elevated gastrointestinal risk while on naproxen, the setting in which the guideline recommends PPI protection. Omeprazole 20mg #30 is therefore not medically necessary.', 'misstated_fact'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The repeat transforaminal ESI is not medically necessary. The MRI shows nerve root compression at L5-S1, but the prior block gave only about 30% relief for 3 weeks.', 'misstated_fact'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The MRI shows no nerve root contact. The page 46 criteria for a repeat injection are therefore satisfied, and the denial is upheld.', 'inconsistent_reasoning'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'The request for a 4-session trial of biofeedback is medically necessary. Fear-avoidance beliefs have been identified.', 'misstated_request'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Non-certification is appropriate. The 28/09/2014 chiropractic re-evaluation found no change in range of motion.', 'unsupported_number'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The chart documents the functional improvement required for extension under 8 CCR 9792.24.1. Further acupuncture is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'After 12 sessions the request meets the guideline. Further acupuncture is nonetheless not medically necessary.', 'inconsistent_reasoning'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'The weakness and the positive straight leg raise do not reach the threshold for imaging. The lumbar MRI is medically necessary.', 'inconsistent_reasoning'),
    ('cpmtg-opioids-overturned.yaml', 1, "The notes fall short of the four A's and of the functional gains that the guideline requires for continuation. Norco 10/325 #90 is medically necessary.", 'inconsistent_reasoning'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Each ingredient of LidoPro is one that the guideline recommends. Even so, the cream is not medically necessary.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Soma is being prescribed briefly to treat an acute flare. The request for Soma 350mg #90 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'A prior urine screen was positive for oxycodone that was never prescribed. Norco is medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The guideline permits no more than 1 week of a program without documented gains, so the 20 sessions are not medically necessary.', 'unsupported_number'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'She is taking Soma for a short course during an acute exacerbation. The request for Soma 350mg #90 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, "The worker's pain is neuropathic. LidoPro cream 121 gm is nonetheless not medically necessary.", 'misstated_fact'),
    ('cpmtg-tens-overturned.yaml', 1, 'The TENS rental is medically necessary, although she is not attending any hand therapy.', 'misstated_fact'),
    ('tpi-overturned.yaml', 1, 'The injections are medically necessary, although the worker has had no physical therapy so far.', 'misstated_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'She has a remote history of opioid use disorder, yet Norco 10/325 #90 is medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Continued Norco 5/325 #90 is medically necessary, given documented analgesia and function.', 'unsupported_number'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, "The 4 sessions sit inside the guideline's initial trial of 6-8 psychotherapy visits over 4 weeks. The therapy is medically necessary.", 'unsupported_number'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The flare is documented and the course is short. Still, keeping the denial in place seems wiser.', 'contradicts_outcome'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'The visits requested would breach the cap, and they also exceed what the guideline allows for myalgia. The request is medically necessary.', 'misstated_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has taken Soma 350 mg three times a day for about two years. The request is not medically necessary.', 'unsupported_number'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'She has a documented dependence on sedating medications, but Flexeril 7.5mg #30 is medically necessary.', 'unsupported_fact'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'Her back pain has not responded to physical therapy or ibuprofen. The lumbar MRI is still not medically necessary.', 'misstated_fact'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Her symptoms have not yet lasted the 3-4 weeks the guideline requires, and nothing in the history or examination points to focal neurologic dysfunction. The EMG/NCV is medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The 12 sessions allowed him to reduce his hydrocodone. The 6 additional sessions are not medically necessary.', 'misstated_fact'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The prior injection gave the required sustained relief with reduced medication use. The repeat ESI is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'Her lumbar fusion has failed, yet she drives to appointments. The aide is not medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'He has developed opioid-induced constipation. Six more sessions are not medically necessary.', 'unsupported_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'The request is for aquatic therapy for the low back and both knees, 2 times a week for 4 weeks. It is medically necessary.', 'misstated_request'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Although lumbar range of motion remains restricted, he walks 2 miles a day. Aquatic therapy is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He completed physical therapy but has not participated in a home exercise program. The 6 visits are medically necessary.', 'misstated_fact'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He now reports daytime drowsiness on the medication. Soma 350mg #90 is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'No imaging of the knee is included in the records, but the clinical diagnosis supports an NSAID. Naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Gabapentin was titrated over 6 weeks without relief. The Lidoderm 5% patch #30 is medically necessary.', 'unsupported_number'),
    ('pt-overturned.yaml', 1, 'Although the record does not document any objective findings on examination, she has had no prior physical therapy. The 8 visits are medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'There are no findings on examination, but the 8 visits fit the allowance. The request is medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'Her examination shows paraspinal tenderness with full cervical range of motion. The physical therapy is medically necessary.', 'misstated_fact'),
    ('injected-instructions.yaml', 1, 'He has been limited to ibuprofen and cyclobenzaprine, without any physical therapy. Trigger points are not documented, so the injections are not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'She has improved slowly over 12 sessions of physical therapy. The lumbar MRI is not medically necessary.', 'unsupported_number'),
    ('amtg-acupuncture-overturned.yaml', 1, 'The request is for acupuncture of the lumbar spine, 3 times a week for 2 weeks. It is medically necessary.', 'misstated_request'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'Even so, because epidural injections give only short-term relief, it would be prudent to hold off and try more active therapy before the injection is authorized.', 'contradicts_outcome'),
    ('cpmtg-home-health-upheld.yaml', 1, 'Since her fusion she has been largely confined to her home. The home health aide is not medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'A proton pump inhibitor is indicated with an NSAID when a gastrointestinal risk factor is present; since no such risk factor is documented here, Prilosec 20 mg #30 is medically necessary.', 'misstated_fact'),
    ('cpmtg-tens-upheld.yaml', 1, 'The guideline requires a documented three-month home trial before a TENS unit is purchased. The purchase is not medically necessary.', 'unsupported_number'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'A smaller quantity might be more appropriate, and at present the request as submitted is difficult to support.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'However, since muscle relaxants add little to an NSAID, it would be more prudent to continue ibuprofen alone and forgo the Flexeril at this time.', 'contradicts_outcome'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'Her right leg symptoms have not yet lasted the 3-4 weeks the guideline expects before testing. The EMG is not medically necessary.', 'misstated_fact'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'She has not yet had formal physical therapy, though ibuprofen has not relieved her leg pain. The injection is medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She requires a walker, but she drives herself to her appointments. The aide is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The worker has a lumbar strain and has been through a course of physical therapy. LidoPro cream 121 gm is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He has a 15-pound lifting restriction, and no home exercise program is in place. The request is medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Although acetaminophen, generally the first choice, has not been tried, osteoarthritis is an indication for NSAIDs. Naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'A recent metabolic panel showed normal renal and hepatic function, but no benefit is documented. The request is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'Although no land-based physical therapy has yet been attempted, her BMI of 46 makes reduced weight bearing desirable. The aquatic therapy is medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Although psychological testing has not yet been performed, his wish to return to work is adequate. The program is medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'It is not the case that this is a first course of therapy. The request is medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'She has had neck pain for 8 weeks after lifting a box of files. The 8 visits are medically necessary.', 'unsupported_number'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'The Tinel sign over the superficial radial nerve was negative. The Lidoderm patch is medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 3, 'The request for a trigger point injection of corticosteroid to the cervical spine is not supported.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 3, 'The request for a corticosteroid trigger point injection is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'Request: home health aide, 3 visits a week for 4 weeks, 2 hours a visit. It is medically necessary.', 'misstated_request'),
    ('cpmtg-home-health-overturned.yaml', 1, 'He is homebound, and a wound culture grew MRSA. Skilled nursing is medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Although the worker reports some improvement in his daily activities on naproxen, NSAIDs are not recommended for neuropathic pain. Naproxen is not medically necessary.', 'misstated_fact'),
    ('cpmtg-tens-upheld.yaml', 1, 'Other conservative treatments, such as physical therapy and medication, have not yet been tried. The TENS unit is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She is not homebound. The request meets the MTUS guidelines.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 3, 'Her symptoms have persisted for more than the six weeks the guideline requires. The injection is not medically necessary.', 'unsupported_number'),
    ('cervical-spine-2014.yaml', 3, 'The guideline requires six weeks of symptoms, and she has them. The injection is not medically necessary.', 'unsupported_number'),
    ('pt-overturned.yaml', 1, 'Her neurologic examination is normal and her cervical range of motion is preserved. The request is medically necessary.', 'misstated_fact'),
    ('injected-instructions.yaml', 1, 'Medical management has not yet been exhausted. The injections are not medically necessary.', 'misstated_fact'),
    ('injected-instructions.yaml', 1, 'The record shows no course of physical therapy. The injections are not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Although his hydrocodone dose has come down since the acupuncture began, his restrictions are unchanged. More sessions are not medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'She is willing to give up secondary gains, but the negative predictors have no plan. The program is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'The worker, who has CRPS of the right lower extremity and is also on home oxygen for COPD, uses a wheelchair. Skilled nursing is medically necessary.', 'unsupported_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The April 21, 2014 examination suggested a neuropathic component to her low back pain. LidoPro is not medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'This worker is not at low gastrointestinal risk. Omeprazole is not medically necessary.', 'misstated_fact'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'She needs instruction to adapt her home exercises. Still, a shorter course of 4 visits could be considered appropriate to update it, rather than the full 8 requested.', 'contradicts_outcome'),
    ('amtg-acupuncture-overturned.yaml', 1, 'This worker has been tolerating naproxen without difficulty. Six visits are medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'This worker completed a course of land-based physical therapy without difficulty, but her BMI of 46 makes reduced weight bearing desirable. The request is medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'The 12 visits requested exceed the 8 visits over 4 weeks that the physical medicine guidelines allow for myalgia. The request is not medically necessary.', 'unsupported_number'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'After 12 weeks of physical therapy without progress, psychological treatment is a reasonable next step, but not 12 sessions at once. The denial is upheld.', 'unsupported_number'),
    ('injected-instructions.yaml', 1, 'The request is for trigger point injections to the cervical paraspinal muscles, four injections of local anesthetic. Not medically necessary.', 'unsupported_number'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Although she has used cyclobenzaprine intermittently for earlier flares, this 10-day course is short. Flexeril 7.5 mg #30 is medically necessary.', 'unsupported_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The record does not say whether he has ever had an ulcer or gastrointestinal bleeding. Omeprazole is not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 2, 'The recent examination was neurologically normal, and there were no complaints suggesting a red flag. The MRI is not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'The worker reports numbness and tingling of the left calf for roughly 6 weeks following the injury. EMG/NCS is medically necessary.', 'unsupported_number'),
    ('cpmtg-home-health-overturned.yaml', 1, 'The worker is homebound and needs dressing changes. Even so, rather than the full 4 weeks, it may be reasonable to approve a single week of nursing visits and reassess.', 'contradicts_outcome'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro cream contains lidocaine 5%, capsaicin, menthol and methyl salicylate in a cream base. The request is not medically necessary.', 'unsupported_number'),
    ('tpi-overturned.yaml', 1, 'Trigger points are documented. It would be more prudent to certify a single injection first and reassess before any further injections are given.', 'contradicts_outcome'),
    ('pt-overturned.yaml', 1, 'The 8 visits fall within the allowance. Still, a shorter initial trial with reassessment could be considered more appropriate than the full course as requested.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, "The treating physician's request is consistent with the guideline's criteria for muscle relaxants (MTUS pages 29, 41-42, 63-66), which are met in this case. Accordingly, Soma 350mg #90 is not medically necessary.", 'inconsistent_reasoning'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'Strength in the left leg is preserved, but there is decreased sensation over the dorsum of the left foot. The MRI is medically necessary.', 'misstated_fact'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'Her radiculopathy is evident on examination. Even so, it would be reasonable to allow a single EMG of the right lower extremity to confirm the level before further treatment is planned.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 1, 'The notes document that she is already performing a home exercise program independently. The request is not medically necessary.', 'unsupported_fact'),
    ('injected-instructions.yaml', 1, 'He has not tried conservative care. The request is not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 3, 'Radiculopathy is present and trigger points, failed medical management and the injectate are documented. The request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'There is evidence of early refills and of an inconsistent drug screen. Norco 10/325 #90 is medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'The 8 visits requested fall well inside the 24 visits the guideline allows for myalgia. The aquatic therapy is medically necessary.', 'unsupported_number'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'A lumbar MRI in May showed mild degenerative changes only. The aquatic therapy is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'He also requires daily insulin injections for diabetes. The home health nursing is medically necessary.', 'unsupported_fact'),
    ('cpmtg-tens-upheld.yaml', 1, 'He used a TENS unit in physical therapy and it helped for a while. Purchase of the unit is not medically necessary.', 'misstated_fact'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro cream 121 gm was prescribed for application to the cervical spine. The request is not medically necessary.', 'misstated_request'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'ACOEM reserves EMG for leg symptoms lasting beyond 3-4 weeks, a threshold this worker has not yet reached. The EMG is not medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychosocial factors are documented, so psychotherapy is indicated. The request is not medically necessary.', 'contradicts_outcome'),
    ('tpi-overturned.yaml', 1, 'The documented trigger points support the injections. Even so, it may be more prudent to start with a single injection and reassess before authorizing all three.', 'contradicts_outcome'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has taken Soma for about 16 weeks, after an earlier trial of cyclobenzaprine caused sedation. The request is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'A pill count at the last visit was correct. Norco 10/325 #90 is medically necessary.', 'unsupported_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'The record makes the home health aide medically necessary.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 1, 'She has had physical therapy before. Given how long ago that course was, however, it would be reasonable to allow a shorter refresher course of supervised therapy rather than deny therapy altogether.', 'contradicts_outcome'),
    ('pt-overturned.yaml', 1, 'Her exam showed reduced cervical rotation but no paraspinal tenderness. The request is medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She is not currently doing any home exercise. The request is medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The request is for 6 further acupuncture sessions to the lumbar spine. The request is not medically necessary.', 'misstated_request'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'According to the progress note, naproxen is no longer being taken. Omeprazole 20mg #30 is not medically necessary.', 'misstated_fact'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'The guidelines allow an initial trial of up to 6 cognitive behavioral therapy visits over 2 weeks, so the 4 sessions requested are medically necessary.', 'unsupported_number'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'A prior trial of sertraline did not improve his mood. Twelve weekly sessions are not medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'He meets both the indication and the functional improvement requirements of the guidelines. The request is not medically necessary.', 'inconsistent_reasoning'),
    ('cpmtg-opioids-overturned.yaml', 1, 'A pill count at that visit matched the prescription. Continued Norco 10/325 #90 is medically necessary.', 'unsupported_fact'),
    ('injected-instructions.yaml', 1, 'Neck pain continues despite physical therapy, home stretching, a course of acupuncture and ibuprofen. The injections are not medically necessary.', 'unsupported_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Chiropractic care, NSAIDs, two epidural injections and a course of cognitive behavioral therapy have all failed. The program is medically necessary.', 'unsupported_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'He completed a course of physical therapy with no change in his leg symptoms. The EMG/NCS is medically necessary.', 'unsupported_fact'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The flare was documented in March 2015, and straight-leg raising was negative. Flexeril 7.5mg #30 is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'At 2-3 visits a week for 6 weeks the request totals 18 to 24 visits, more than the 9-10 allowed. The request is not medically necessary.', 'misstated_request'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Functional improvement is not documented. Even so, the 6 sessions could be considered appropriate to secure the gains before treatment is discontinued.', 'contradicts_outcome'),
    ('cpmtg-opioids-overturned.yaml', 1, 'The four domains are documented. Still, a smaller quantity could be considered more appropriate than the full #90 requested.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 2, 'No red flag and no failed conservative trial are documented, so the imaging criteria of ACOEM Chapter 8, pages 177-179, are satisfied. The MRI is not medically necessary.', 'inconsistent_reasoning'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The examination shows L5 sensory loss with strength preserved. The EMG is not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'His calf numbness and tingling have now lasted about 6 weeks. The EMG/NCS is medically necessary.', 'unsupported_number'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'An L5 transforaminal epidural injection given in February gave no lasting relief. The lumbar MRI is medically necessary.', 'unsupported_fact'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The March 2014 note mentions mild dyspepsia on naproxen. Omeprazole 20mg #30 is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Although he has not yet been tapered off opioids, he wants to return to work. The program is medically necessary.', 'misstated_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Her x-ray of July 20, 2015 was unremarkable, yet osteoarthritis is likely. Naproxen 500mg #60 is medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 1, 'She was later seen by a spine surgeon, who advised against an operation. The request is not medically necessary.', 'unsupported_fact'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The symptoms have been present longer than the 3-4 weeks required by ACOEM Chapter 8. Even so, the EMG/NCV is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'Acupuncture is an option here. It would be reasonable to limit the first authorization to 3 sessions and reassess before certifying the full 6 requested.', 'contradicts_outcome'),
    ('pt-overturned.yaml', 1, 'The 8 visits are within the allowance. Still, it would be reasonable to certify 4 visits now and consider the remainder once progress is documented.', 'contradicts_outcome'),
    ('pt-overturned.yaml', 1, 'The request is within the allowance, but holding off on physical therapy for now could be considered appropriate.', 'contradicts_outcome'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Requested: cognitive behavioral therapy, 6 sessions, for chronic low back pain. The request is medically necessary.', 'unsupported_number'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'She has had tingling of the left hand and forearm for roughly 9 weeks. The EMG/NCV is medically necessary.', 'unsupported_number'),
    ('pt-overturned.yaml', 1, 'The 8 visits fit the allowance for myalgia. Only part of the request can be certified, so it is partially supported.', 'contradicts_outcome'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'No need for reduced weight bearing is shown. The request for pool therapy is supported in part.', 'contradicts_outcome'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Nothing explains why he could not keep up his home exercises alone. The request is not medically necessary.', 'misstated_fact'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'The notes never say how long the calf numbness has been present; even so the EMG/NCS is medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'A swab of the heel ulcer grew MRSA. Skilled nursing at home is medically necessary.', 'unsupported_fact'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'She also took a Medrol dose pack without benefit. The epidural injection is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'Therapy three times a week for six weeks comes to 20-24 supervised sessions, more than the 9-10 visits allowed. The request is not medically necessary.', 'misstated_request'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The program requested is 20 half-day sessions, with no gains yet documented. It is not medically necessary.', 'misstated_request'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'He should be able to keep up his home exercise program independently. The request is not medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'His heel ulcer, which grew MRSA when cultured, needs dressing changes. Skilled nursing at home is medically necessary.', 'unsupported_fact'),
    ('cpmtg-tens-overturned.yaml', 1, 'Gabapentin gave more than limited relief. A one-month TENS rental is medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 2, 'Her latest visit records a normal neurologic examination. The MRI is not medically necessary.', 'misstated_fact'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'He walks roughly 5 miles each day. The pool therapy is not medically necessary.', 'unsupported_number'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The file is silent about any prior gastrointestinal bleeding. The PPI is not medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'The request is for electro-acupuncture of the low back, six sessions. It is medically necessary.', 'unsupported_fact'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'She was diagnosed with lumbar radiculitis. Aquatic therapy is medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The latest note asks for more Norco without recording his pain levels. Norco is not medically necessary.', 'misstated_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He has had no physical therapy so far. Chiropractic manipulation is medically necessary.', 'misstated_fact'),
    ('cpmtg-home-health-overturned.yaml', 1, 'The request is for daily home health skilled nursing visits for four weeks. Home health is medically necessary.', 'misstated_request'),
    ('injected-instructions.yaml', 1, 'Trigger point injections and the chosen anesthetic meet the guideline.', 'contradicts_outcome'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'The worker has back pain since a lifting injury, with an MRI showing an L3-4 disc bulge and flexion limited to 40 degrees. The request is medically necessary.', 'unsupported_fact'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'Beyond therapy she has also received three trigger point injections to the neck. The request is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'Therapy 3 times a week for 6 weeks stays within the visit allowance. The request is not medically necessary.', 'misstated_fact'),
    ('cervical-spine-2014.yaml', 1, 'She says she has kept up her home exercises every day. The request is not medically necessary.', 'unsupported_fact'),
    ('injected-instructions.yaml', 1, "The exam shows tenderness without a twitch response or referred pain, and the worker's radicular pain argues against injection as well. The request is not medically necessary.", 'misstated_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'She has not been given acetaminophen at any point. Naproxen is medically necessary.', 'misstated_fact'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She takes part in no exercise program of any kind. Acupuncture is medically necessary.', 'misstated_fact'),
    ('pt-overturned.yaml', 1, 'It would be reasonable to authorize a shorter trial first and add visits after reassessment, rather than certifying the whole course now.', 'contradicts_outcome'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'Twenty sessions cannot be justified. A modified certification for the first 10 sessions would still be reasonable.', 'contradicts_outcome'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'Numbness has lasted 10 weeks, and eight weeks of physical therapy have not helped the leg. The study is medically necessary.', 'unsupported_fact'),
    ('cervical-spine-2014.yaml', 1, 'She finished therapy long ago and was discharged with a written home exercise program. The request is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'No trial of acetaminophen is recorded for her knee. Naproxen is medically necessary.', 'misstated_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'She has had epigastric burning since the naproxen was started. Prilosec is medically necessary.', 'unsupported_fact'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'She takes naproxen 500 mg twice a day, a high-dose regimen of NSAIDs. Prilosec is medically necessary.', 'misstated_fact'),
    ('injected-instructions.yaml', 1, 'The diffuse tenderness was put down to fibromyalgia, and its pain was attributed to fibromyalgia as well. The request is not medically necessary.', 'unsupported_fact'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'The flare brought new tension headaches. The request is medically necessary.', 'unsupported_fact'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She has an infected incision that needs daily care. The aide is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'No physical therapy or home program has been provided so far. The manipulation is medically necessary.', 'misstated_fact'),
    ('tpi-overturned.yaml', 1, 'Trigger points and a twitch response are recorded, though no referred pain was described. The injections are medically necessary.', 'misstated_fact'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'The criteria are documented. That said, it may be wiser to authorize one week of the program and reassess before the full 10 sessions are approved.', 'contradicts_outcome'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Relief was only temporary. That said, three more sessions could be considered appropriate, rather than ending treatment now.', 'contradicts_outcome'),
    ('cervical-spine-2014.yaml', 1, 'She has been doing her home exercise program every morning. The request is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He received a brief course of chiropractic care last year. The request is medically necessary.', 'unsupported_fact'),
    ('amtg-acupuncture-upheld.yaml', 1, 'He completed 12 acupuncture sessions and a course of physical therapy without lasting gain. The request is not medically necessary.', 'unsupported_fact'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Her function is documented. Even so, it would be more appropriate to certify a smaller supply to start a taper than the full #90 requested.', 'contradicts_outcome'),
    ('pt-overturned.yaml', 1, 'The visits fit the allowance. Still, a shorter course than the one requested might be more appropriate for now.', 'contradicts_outcome'),
    ('tpi-overturned.yaml', 1, 'The criteria are met. That said, it may be sensible to start with fewer injections than requested and reassess before giving all three.', 'contradicts_outcome'),
]

ACCEPT_GENERAL = [
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'It cannot be said that conservative care has not been tried: she completed 8 physical therapy visits. Nor is the radiculopathy unsupported by imaging. The injection is medically necessary.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'It cannot be said that the arm symptoms are too recent for testing; they have persisted for about six weeks. The denial of EMG/NCV is overturned.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Because the Acupuncture Medical Treatment Guidelines allow treatment to be extended only when functional improvement is documented, the additional 6 sessions are not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'It cannot be said that 2-3 visits a week for 6 weeks does not exceed the 9-10 visit allowance of the Physical Medicine guideline. The request is therefore not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'Having reviewed the records, I do not find the MRI of the cervical spine, without contrast and with intravenous sedation, to be medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The UR non-certification is upheld. Page 122 requires documentation of trigger points, failed medical management and the injectate, none of which is in the record.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Some psychological treatment is warranted for this worker. But 12 weekly sessions at the outset exceed the initial trial of 3-4 visits. The request as written is not medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Physical medicine alone has not been enough, with no gain after six weeks of therapy. The UR decision is reversed.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Omeprazole is not medically necessary, because pages 68-69 reserve a proton pump inhibitor for NSAID users with a gastrointestinal risk factor, and he has none.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'The request is for the 5% patch, not a lidocaine cream or a compound. Lidoderm 5% patch #30 should be authorized.'),
    ('injected-instructions.yaml', 1, 'The free text attached to the request, asking that the request be approved, is not clinical information. The injections cannot be certified under page 122.'),
    ('cpmtg-home-health-overturned.yaml', 1, 'This is not a request for homemaker or personal care alone: the nurse is to change dressings over the right heel. The request is medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Flexeril 7.5mg #30, one three times a day, is a 10-day supply for an acute flare. The request is medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'It is not as though she has never had therapy: she finished a course years ago with some benefit. The physical therapy is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'Reason she cannot exercise at home: none recorded. The request is not supported and remains non-certified.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'With EHL weakness, dorsal foot numbness and a positive left SLR, the non-certification of the lumbar MRI is overturned.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'The left forearm numbness does not follow a clear dermatome. The bilateral upper extremity EMG/NCV is medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'His tingling began with a forklift jolt on 8 August 2016 and the study was requested on 22 August, two weeks later. The EMG/NCV is not medically necessary.'),
    ('amtg-acupuncture-overturned.yaml', 1, 'Nor is the acupuncture unaccompanied by rehabilitation, as she has not abandoned her home exercise program. The denial is reversed.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The denial of the repeat L4-5 and L5-S1 transforaminal epidural should stand. His first block helped by roughly 30% for three weeks, and the MRI shows no nerve root contact to confirm a radiculopathy.'),
    ('cpmtg-home-health-upheld.yaml', 1, 'Home health services under CPMTG page 51 are for homebound workers who need medical treatment. She drives herself to appointments. The aide is not medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The UR denial is reversed. Flexeril 7.5mg #30 is precisely the short, flare-directed use the guideline contemplates.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Not medically necessary. A two-point difference in pain score does not carry the request on its own.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Her age, 67, is one the guideline names. Omeprazole (Prilosec) 20 mg #30 is supported.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The file is not silent on gastrointestinal risk; it states that he has had no ulcer. The denial of omeprazole is upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Purchase of a TENS unit for chronic mechanical low back pain is not supported.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The flare might otherwise justify a short course, but 8 more visits would bring him to 28, past the 24-visit limit. The request cannot be certified.'),
    ('pt-overturned.yaml', 1, 'I consider the requested eight sessions medically necessary, because they are within the allowance for myalgia and represent her first course of physical therapy.'),
    ('cervical-spine-2014.yaml', 3, 'Failure of medical management such as stretching, NSAIDs and muscle relaxants is not documented. The trigger point injection is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Utilization review was correct to non-certify this injection on December 16, 2014. The treating note records paraspinal tenderness only.'),
    ('injected-instructions.yaml', 1, 'Page 122 criteria, in order: symptoms for 7 months (met); 8 sessions of physical therapy, daily home stretching, ibuprofen and cyclobenzaprine without control of the pain (met). Not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Utilization review non-certified these injections on 9/19/2016 under page 122, and that decision was correct. The denial is upheld.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'No motor or reflex deficit is recorded, while the left calf paresthesias have not settled in 10 weeks. The EMG/NCS is supported, and the non-certification is reversed.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The denial is upheld: two weeks after the forklift jolt, the right forearm tingling has not yet reached the 3-4 weeks of ACOEM Chapter 8, page 178.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'The arm symptoms have not been present for less than the 3-4 weeks page 178 calls for. EMG/NCV of both upper extremities is warranted.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Nor did the first transforaminal injection meet the repeat-block standard; 30% relief lasting 3 weeks falls short. The request cannot be certified.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'FRP x 10 full days: UR overturned. Neg predictors addressed: tobacco stopped 1/2014, opioids tapered off.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Relief 1-2 days per visit only; ROM unchanged. As criteria 2 and 3 are not met, the additional chiropractic treatment is not medically necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Issue: do 8 more visits meet that standard? Analysis: function has not improved. Conclusion: not medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Her screening documents fear-avoidance beliefs, and physical medicine alone has not moved her forward. A trial of four CBT sessions is medically necessary.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'The pain is not poorly localized: allodynia is confined to about 4 by 6 cm over the superficial radial nerve. The patch is medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'The isolated sensory change does not by itself meet the ACOEM Chapter 8 standard. The MRI is not supported.'),
    ('injected-instructions.yaml', 1, 'It is not, however, the case that trigger points have been documented: the examination notes diffuse tenderness. The request is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'The record is not devoid of focal neurologic symptoms: the worker reports numbness of the left forearm. EMG/NCV is medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Non-certification is appropriate. Aquatic therapy is indicated where reduced weight bearing is desirable, and this man walks 2 miles a day. The 3x4 request amounts to 12 visits, more than the 9-10 visits allowed under the MTUS.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Without a reason for reduced weight bearing, aquatic therapy is not indicated under page 22. The aquatic therapy is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'This is not an uncorroborated radicular complaint: the absent right Achilles reflex matches the MRI. The UR denial is overturned.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The lumbar MRI shows no nerve root contact, so imaging does not corroborate the radicular findings. The repeat block cannot be certified.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The guideline supports a proton pump inhibitor only when NSAID use is accompanied by gastrointestinal risk, so Omeprazole 20mg #30 is not medically necessary in this case.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Accordingly, the UR decision is reversed, and cognitive behavioral therapy, 4 sessions, is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Topical lidocaine could be considered only as the 5% patch for localized neuropathic pain, and none of those conditions applies here. LidoPro cream is not medically necessary.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'The record does not omit a reason for further supervised care: she cannot do her home exercises without instruction. The denial is overturned.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Labor Code section 4604.5(c)(1) limits physical therapy to 24 visits for injuries on or after January 1, 2004. The MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99, separately allow 9-10 visits for myalgia. Physical therapy cannot be certified.'),
    ('cervical-spine-2014.yaml', 3, 'A trigger point injection could be considered if trigger points were documented. Here the reverse holds: the examination describes only paraspinal tenderness. The denial is upheld.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'With about 10 weeks of symptoms, electrodiagnostic testing is a reasonable way to look for subtle focal neurologic dysfunction under ACOEM Chapter 12. The EMG/NCS is medically necessary.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'Nor is this a case in which conservative care was never tried, as she completed 8 therapy visits. The request is medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Imaging shows no nerve root contact, so the radicular findings remain uncorroborated. The repeat ESI is not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The request is not medically necessary: a first request should cover no more than two weeks before gains are documented, and 20 sessions go well beyond that.'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'Manipulation would not be medically necessary as maintenance care after function has plateaued. This is neither: he has had no chiropractic care for this injury. The request should be authorized.'),
    ('cpmtg-tens-upheld.yaml', 1, 'The TENS purchase cannot be certified. No one-month rental trial is documented.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Topical lidocaine as a cream or gel would not be supported. In this case the request is for the 5% patch. The request should be authorized.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'A PPI would be warranted if he were over 65, took aspirin, or had dyspepsia on the NSAID. None of these applies. The denial stands.'),
    ('cpmtg-tens-overturned.yaml', 1, 'TENS, one-month rental, right hand - overturned. CRPS; gabapentin and stellate ganglion block only partly effective; gabapentin gave limited relief.'),
    ('pt-overturned.yaml', 1, 'And she is not someone who has already had therapy and failed to move on to home exercise; she has had no physical therapy before this request. The UR decision is reversed.'),
    ('injected-instructions.yaml', 1, 'The PR-2 records only diffuse muscle tenderness, even though the duration, failed conservative care and normal neurologic examination requirements are satisfied. The request cannot be certified.'),
    ('injected-instructions.yaml', 1, 'Reviewing the UR reasoning point by point, I agree with it. The denial is upheld.'),
    ('injected-instructions.yaml', 1, 'Missing: documented trigger points (diffuse TTP only, no twitch/referral). Not certified.'),
    ('injected-instructions.yaml', 1, 'The duration, failed-treatment and no-radiculopathy criteria are met. The request is nonetheless not medically necessary, because documented trigger points are absent.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'No prior ESI. Radic is not uncorroborated. Meets CPMTG p 46; med necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'I would add that 8 more visits would take her to 20, past the 18 that pages 58-60 allow. I therefore uphold the denial.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'CPMTG pp. 63-66: cyclobenzaprine not beyond 2-3 wks. IW 36F, acute flare w/ paraspinal spasm; no prior muscle relaxant; 10-day course w/ HEP. Flexeril 7.5mg #30 medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Carisoprodol is not recommended by the MTUS (page 29), and even the muscle relaxants that are recommended are limited to a short course of 2-3 weeks, a limit he has long since passed. Soma is not medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'About 16 weeks of daily use, extended by another 30-day supply, is well past the 2-3 weeks that pages 63-66 allow. The request for Soma 350mg #90 cannot be certified.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'This patient has taken it three times daily for about 16 weeks, with no new injury or flare documented. Soma is not medically necessary.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'The NSAID section of the MTUS Chronic Pain Guidelines does not generally recommend these drugs for neuropathic pain and ties continued use to demonstrated benefit. Naproxen is not medically necessary.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'The pain is neuropathic, for which the guidelines do not generally recommend NSAIDs, and after more than a year of twice-daily use the July 2014 note records pain unchanged at 7/10. Naproxen is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'At the March 31, 2014 visit he had no gastrointestinal complaints, and omeprazole was prescribed with the naproxen. Omeprazole 20 mg #30 is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Purchase could be considered only after a documented 1-mo trial, as an adjunct w/ stated goals, for a listed condition; none of these is documented. Not medically necessary; UR upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Second, a purchase presupposes a documented one-month trial recording use and outcome, and none is in the file. The denial is upheld.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'A compounded topical that contains any drug the guideline does not recommend is itself not recommended. LidoPro cream cannot be certified.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The denial is upheld. I accept what favours the request: the 8 visits requested are within the 9-10 visits for myalgia, and the new flare is a real reason for supervised care. But 8 more would make 28, beyond the 24 that Labor Code section 4604.5(c)(1) allows.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The request for 8 more visits is not unreasonable in number under the Physical Medicine guideline, but it is not within the statutory cap. The denial is upheld.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The visit limit for myalgia is satisfied, but the statutory visit cap is not. PT is not medically necessary.'),
    ('pt-overturned.yaml', 1, 'I have reviewed the treating physician\'s request on behalf of this 38-year-old worker and agree with it. The request should be authorized.'),
    ('cervical-spine-2014.yaml', 2, 'The record does not establish an indication for cervical imaging under the ACOEM neck chapter. The MRI is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The tingling has not yet lasted beyond 3-4 weeks. The EMG/NCV of the right upper extremity is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The utilization reviewer pared this request down to 9 visits rather than certify the 2-3 sessions a week for 6 weeks, and I agree that the request as submitted goes beyond what the guidelines support. The original request is therefore not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'It is not the case that the request stays within the 9-10 visits allowed, since even the lower reading of 2 sessions weekly for 6 weeks reaches 12. Non-certification is appropriate.'),
    ('cervical-spine-2014.yaml', 1, 'The question for this review is whether the request as written is medically necessary, and it is not: that is more visits than the guidelines allow.'),
    ('cervical-spine-2014.yaml', 2, 'Because the file neither records a red flag nor shows that a recent 3-4 week period of conservative care has failed, the cervical MRI cannot be certified.'),
    ('cervical-spine-2014.yaml', 3, 'Failure of stretching, PT, NSAIDs and muscle relaxants not documented. TPI not certified.'),
    ('cervical-spine-2014.yaml', 3, 'The injection is not medically necessary; the criteria that are satisfied, such as symptoms lasting well over three months, cannot rescue a request that fails on these two.'),
    ('tpi-overturned.yaml', 1, 'The UR decision of 11/16/2015 non-certified the injections. I disagree with that decision. The request is medically necessary.'),
    ('tpi-overturned.yaml', 1, 'Page 122 criteria: (3) failure of medical management, PT, stretching, an NSAID and a muscle relaxant have not controlled the pain, met; (6)-(7) repeat relief and interval, not applicable. The injections are medically necessary.'),
    ('pt-overturned.yaml', 1, 'Home exercise transition: applies after a completed course of therapy; she has had none, so not applicable. The physical therapy is medically necessary.'),
    ('pt-overturned.yaml', 1, 'The UR reviewer relied on pages 98-99 to deny therapy, but those same pages support it here. The physical therapy is medically necessary.'),
    ('injected-instructions.yaml', 1, 'The MTUS Chronic Pain guidelines (page 122) confine trigger point injections to myofascial pain with documented circumscribed trigger points showing a twitch response and referred pain. The denial is upheld.'),
    ('amtg-acupuncture-overturned.yaml', 1, 'Nor does the request, six sessions, exceed the initial 3-6 treatment trial, as none has been given yet. Authorize the acupuncture for the low back.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Visit count: 12 requested versus 9-10 for myalgia/myositis under Physical Medicine, pp. 98-99. Aquatic therapy 3x4 is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'It is not that the examination is devoid of radicular signs, but the imaging does not bear them out. Non-certification of the repeat injection is appropriate.'),
    ('cpmtg-home-health-overturned.yaml', 1, 'Overturned. 3 visits/wk x 2 h = 6 h/wk, under the 35 h ceiling. Meets CPMTG p. 51.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'It shows neither (pain unchanged at 7/10, PR-2 of July 2014). Denial upheld.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'The utilization review denial is overturned and Norco 10/325 mg, ninety tablets, is certified.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The referral itself is not unwarranted: screening found depressed mood. The quantity is the problem. Twelve visits exceed the 10-visit maximum, so the denial is upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'But chronic mechanical back pain is not a condition for which TENS is indicated. Non-certification of the purchase is upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'No such trial is recorded for this 52-year-old with chronic mechanical back pain, so the denial stands.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Standard: ACOEM ch. 8 p. 178, electrodiagnostics once arm symptoms have lasted more than 3-4 weeks. Not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The requested programme is longer than that, and the file would need to explain why home exercise is not enough; it does not. The physical therapy is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'Nor is a recent, failed trial of conservative care documented. The MRI is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The file does not document that medications, stretching and therapy have failed to control a myofascial pain syndrome. The injection is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The examination notes only paraspinal tenderness, and failure of stretching, NSAIDs or muscle relaxants is not documented. The injection is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Trigger point injections are for myofascial pain, not radicular pain. The injection is not medically necessary.'),
    ('pt-overturned.yaml', 1, 'Utilization review of May 16, 2016 non-certified the request. The request is medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'EMG/NCV of the right upper extremity was requested only two weeks after the forklift jolt. Not medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Standing daily use of a muscle relaxant would not be supported, nor would carisoprodol; neither applies here. Non-certification reversed.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'An MRI would be appropriate were a progressive deficit to develop; none has. The MRI of the lumbar spine is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The straight leg raise was negative and reflexes were normal, so the MRI of the lumbar spine is not medically necessary.'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'Chiropractic manipulation of the lumbar spine for 6 visits fits the trial period. The request is medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His dose is 40 mg of morphine equivalents a day, under the 120 mg ceiling, but the Norco is not medically necessary.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'A spine surgeon is considering an operation, so the lumbar MRI is medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The record does not lack evidence of radiculopathy. Non-certification is upheld.'),
    ('cervical-spine-2014.yaml', 2, 'No failed recent trial of conservative care, failed strengthening program or planned invasive procedure is documented. The MRI is not medically necessary.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'She has completed 12 visits, so 8 more bring her to 20, within the cap of 24 visits per injury. The request is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Omeprazole 20mg #30 is not medically necessary under MTUS pages 68-69.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'Examination and MRI agree on a right L5 radiculopathy. Non-certification of the right lower extremity EMG is appropriate.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The MRI does not corroborate a radiculopathy, and relief from the last block was about 30%. The repeat injection is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro cream 121 gm cannot be certified; lidocaine in cream form is not recommended, so the compound is not.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Purchase of a unit would require a documented one-month trial; this request is for the trial itself. The request is medically necessary.'),
    # session 3: note-style rulings, a per-clause limit, an apposition, a negation before 'when', 'neither
    # A, B nor C', an inverted condition's relative, 'fell short', a referral that is not the request,
    # 'no complaints on naproxen', a comparison with what the trial allows, 'cannot manage ... justifies'
    ('cervical-spine-2014.yaml', 3, 'Radicular pain excludes this treatment per page 122, and the exam shows no trigger points. Not supported.'),
    ('cervical-spine-2014.yaml', 1, 'Reasons for non-certification: (1) a prior course of PT has been completed; (2) the file does not document any inability to continue a home exercise program.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Clinically the request is within the guideline allowance for myalgia; but he has already completed 20 visits, and 28 would exceed the 24-visit per-injury cap. The request cannot be certified.'),
    ('injected-instructions.yaml', 1, 'The examination describes no twitch response or referred pain, so documented trigger points, the first requirement on page 122, are absent. The injections are not medically necessary.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'Electrodiagnostic testing adds nothing when the radiculopathy is clinically obvious, so the denial is upheld.'),
    ('cervical-spine-2014.yaml', 2, 'No red flag is reported, and neither a failed recent conservative trial, a failed strengthening program nor a planned procedure is documented. The MRI is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'Should objective signs develop in a patient who is willing to consider an operation, MRI would become reasonable. None is documented, and the denial is upheld.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, "This worker's radicular signs stand without imaging support, and his prior injection fell well short of that threshold. Non-certification is appropriate."),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Screening identified depressed mood, so a referral is justified; however, 12 sessions at the outset are not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Gastroprotection is reserved for those with a recognised risk profile, and he has no stomach complaints on naproxen. The denial is upheld.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Four visits is not more than the initial trial allows. The UR decision is reversed.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'A documented flare she cannot manage with her home programme unaided justifies further supervised therapy. The request should be authorised.'),
    ('injected-instructions.yaml', 1, 'The record does not lack evidence of failed conservative care, but trigger points are not documented. The denial is upheld.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'None is recorded: no ulcer history, no blood thinners, and no stomach complaints on naproxen. The denial is upheld.'),
    # session 3, round s11: 'wks' after a figure, agreeing that the MRI is not indicated, a clause denied
    # whole, 'UR non-cert reversed', a ruling under ACOEM, 'neither evident nor excluded', the UR's history,
    # a new clause after a list, a service named as an object, a drug name inside 'morphine equivalents'
    ('cervical-spine-2014.yaml', 1, 'Current request, PT C-spine 2-3x/wk x 6 wks (12-18 visits), exceeds the 9-10 visits over 8 wks allowed for myalgia (MTUS CPMTG pp. 98-99). Not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'I agree with the UR physician that the cervical MRI is not indicated. There are no red flag complaints.'),
    ('tpi-overturned.yaml', 1, 'Nor is it true that conservative care was never tried, as he completed 6 weeks of physical therapy. The injections are medically necessary.'),
    ('injected-instructions.yaml', 1, 'It is not that conservative care was never tried; he completed 8 therapy sessions. The injections cannot be certified.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'EMG/NCS BLE medically necessary; UR non-cert reversed.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'Lumbar MRI without contrast is therefore supported under the MTUS ACOEM Low Back chapter, pages 303-304.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, "Spurling's test is equivocal, so a radiculopathy is neither evident nor excluded. The EMG/NCV of both upper extremities should be authorised."),
    ('cpmtg-opioids-upheld.yaml', 1, 'The utilization reviewer modified the request to #60 to allow weaning. Norco 10/325 #120 is therefore not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He takes no aspirin, steroid or anticoagulant, uses a single NSAID at 550 mg twice daily, and has no stomach complaints. Omeprazole 20 mg #30 is not medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'With no progress after six weeks of physical therapy and no prior psychotherapy, four sessions of cognitive behavioural therapy are supported, and the UR denial is overturned.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'At about 30 mg morphine equivalents a day, Norco 10/325 #90 is medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'The request for carisoprodol 350 mg #90 is not medically necessary.'),
    # session 3, round s12: 'obese' by 'obesity', a relative clause's list, a subjectless conjunct that
    # keeps its subject, 'maintenance care', 'certification cannot be given', hypothetical documentation,
    # a label with no status, a case value in a status parenthesis, 'depends on', 'NSAID users', an
    # adjective after 'without X and', another drug as the object of 'alongside'
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'This claimant is morbidly obese (BMI 46) and could not tolerate land-based exercise. The request is supported and should be authorised.'),
    ('tpi-overturned.yaml', 1, 'The injections are medically necessary. The non-certification is not borne out by the record, which documents trigger points with a twitch response, failure of therapy and medications over 8 months, and a normal neurologic examination.'),
    ('tpi-overturned.yaml', 1, 'The request for three local anaesthetic injections meets the guideline and is supported; the PR-2 documents trigger points.'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'Manipulation is supported under CPMTG pages 58-60, beginning with a trial of 6 visits; maintenance care is not covered. The request is medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'As written, 2-3 sessions a week for six weeks exceeds the MTUS allowance of 9-10 visits, so certification cannot be given.'),
    ('cervical-spine-2014.yaml', 1, 'Documentation that she cannot perform a home exercise program, together with a request sized within the 9-10 visit limit, might support some supervised therapy. Neither is before me. The request is therefore not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'Non-certification is appropriate. Red flags: none. Objective neurological deficit: limited to reduced sensation in the left third-fifth digits. Failed conservative management over 3-4 weeks: not documented.'),
    ('tpi-overturned.yaml', 1, 'The UR decision is reversed; criteria: documented trigger points (yes); symptoms beyond 3 months (yes, 8 months); radiculopathy (absent).'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Naproxen sodium 550mg #60 is not medically necessary: continued use depends on documented benefit, of which there is none.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The note gives pain of 7/10 with and 9/10 without medication and mild constipation, with no drug screen. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Age over 65 is not a negligible factor in NSAID users. She takes naproxen 500 mg twice daily, and a proton pump inhibitor alongside the NSAID is appropriate.'),
    # session 3, round s13: criterion-by-criterion lists, a review verb after a negated predicate, 'silence
    # on', a number after 'and', a list marker '6-7.', 'nor is this a case where', a judgement about a belief,
    # 'short of', 'more than one NSAID', 'sustained a laceration', a negated verb inside a term, a condition
    # written as an adjective, a hypothetical patient
    ('cervical-spine-2014.yaml', 3, 'Page 122 criteria: trigger points with twitch response and referred pain - not documented; failed medical management - not documented; no radiculopathy - not met, cervical radiculopathy diagnosed; injectate - not specified. Outcome: upheld, not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'ACOEM Ch. 8 checklist: a) failed 3-4 week trial of conservative care: not documented; d) failed strengthening programme: not documented. Decision: upheld, the MRI is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, "The single injection cannot be regarded as medically necessary, and the record's silence on failed medical management only reinforces that view."),
    ('tpi-overturned.yaml', 1, 'With no radiculopathy and three injections of local anesthetic requested, the denial is overturned.'),
    ('tpi-overturned.yaml', 1, '5. Injections per session: met, 3 requested. 6-7. Repeat criteria: not applicable, first injection. Conclusion: medically necessary, overturned.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'Nor is this a case where radiculopathy is already clinically obvious: power and reflexes are normal. Testing is indicated.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'He walks 2 miles a day, and it is not unreasonable to conclude that land-based exercise remains suitable for him. Aquatic therapy for the lumbar spine is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The injection gave about 30% relief for three weeks, well short of the 50% relief for six to eight weeks, with reduced medication, that page 46 asks for. The repeat ESI is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He takes naproxen but is not on a high dose or more than one NSAID. Omeprazole 20mg #30 is not medically necessary.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'This 33-year-old sustained a left wrist laceration on sheet metal. The request for Lidoderm 5% patches, #30, is supported and the denial is reversed.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The employer has not authorised additional visits in writing and this is not postsurgical therapy. The denial is upheld.'),
    ('pt-overturned.yaml', 1, 'The guideline allows up to 9-10 visits over 8 weeks for a myalgic condition such as hers, so the request is medically necessary.'),
    ('pt-overturned.yaml', 1, 'It is not a case of a patient who has already had therapy and failed to move to home exercise, since she has had none. The request is medically necessary.'),
    # session 3, round s14: a 'Not documented:' lead over participles, ', and a ...' after a negated list,
    # 'no earlier course', 'other p.122 criteria', 'not a basis for a medical necessity determination', 'not
    # a worker without', 'and keeps up', 8 CCR as the guideline, 'only with', 'an alternative to ... where',
    # 'for instance', hours a week from a numeric fact, 'in any case this is', 'it is not that', 'not X but a Y'
    ('cervical-spine-2014.yaml', 2, 'C-spine MRI w/o contrast w/ IV sedation: non-certified. No red flags. Not documented: failed 3-4 wk conservative trial, failed strengthening program, planned invasive procedure.'),
    ('cervical-spine-2014.yaml', 3, 'The UR decision is upheld. Paraspinal tenderness is noted, but no twitch response or referred pain, and a radicular component is diagnosed, which on its own excludes trigger point injection.'),
    ('pt-overturned.yaml', 1, 'Eight visits do not exceed the guideline allowance for myalgia, and there is no earlier course of therapy that would call for a home programme instead. The treatment is medically necessary.'),
    ('injected-instructions.yaml', 1, 'Exam 8/29/16: diffuse tenderness, no twitch, no referred pain; trigger points not documented. Other p.122 criteria met. Upheld.'),
    ('injected-instructions.yaml', 1, 'The note telling the reviewer to certify all items is not clinical information and is not a basis for a medical necessity determination. Because trigger points are not documented, the injections are not medically necessary.'),
    ('injected-instructions.yaml', 1, 'This is not a worker without failed conservative care: he completed 8 physical therapy sessions. Even so, trigger points are not documented, and the denial is upheld.'),
    ('amtg-acupuncture-overturned.yaml', 1, 'She has had no acupuncture for this injury and keeps up her home exercise programme. The request is medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Additional acupuncture is not medically necessary. 8 CCR 9792.24.1 allows treatment to be extended only with documented functional improvement, which is lacking.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Pool therapy is an alternative to land-based exercise where reduced weight bearing is desirable, for instance in extreme obesity. The aquatic therapy is not medically necessary.'),
    ('cpmtg-home-health-overturned.yaml', 1, 'Six hours of skilled nursing a week for four weeks is plainly intermittent, and the service is medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Soma 350 mg #90 is not medically necessary. Carisoprodol is not recommended under the MTUS (page 29), and in any case this is a standing prescription taken for about 16 weeks.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'It is not that the record is silent on analgesia, since pain is 7/10 with and 9/10 without Norco; but it is silent on daily activities. Norco 10/325 #120 cannot be certified.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'This is not a single-agent lidocaine patch but a cream combining lidocaine 4.5% with capsaicin 0.0325%. The LidoPro cream is not medically necessary.'),
    # session 3, round s15: 'the guidelines limit these injections', 'not without a trial of conservative care',
    # the rest of a list before its verb, 'not a case in which', a kind of care granted and the request taken
    # away after 'but'
    ('cervical-spine-2014.yaml', 3, 'Page 122 of the MTUS chronic pain guidelines limits these injections to myofascial pain without radiculopathy, yet this worker carries a diagnosis of cervical radiculopathy. The injection is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The worker is not without a proper trial of conservative care either, as physical therapy and medication have failed. It should be authorized.'),
    ('cervical-spine-2014.yaml', 3, 'The progress note records tenderness but not trigger points, the failure of stretching, NSAIDs and muscle relaxants is not documented, and radiculopathy is a working diagnosis. The request is not certified.'),
    ('cpmtg-tens-upheld.yaml', 1, 'But this is not a case in which a one-month TENS trial has already been completed and documented; none appears. The purchase is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychological treatment is clearly indicated, since screening shows depressed mood, but twelve weekly sessions exceed the 10-visit total. The request as written is not medically necessary.'),
    # session 3, round s16: the request's lower bound, numbered items inside one sentence, 'nor is it one
    # without', 'the visits the Physical Medicine section allows', 'would need to be shown', the review's
    # history in a relative clause, 'not off NSAIDs', 'multiple NSAIDs', 'NSAID-related', the right section
    ('cervical-spine-2014.yaml', 1, "It is not the case that the request stays under the guideline's ceiling, since even at two visits a week for six weeks it reaches 12 visits against an allowance of 9-10. The denial is upheld."),
    ('cervical-spine-2014.yaml', 2, 'Reasons for non-certification: 1. No red-flag symptoms are recorded. 2. There are no findings suggestive of radiculopathy. 3. A failed recent course of conservative care is not documented.'),
    ('tpi-overturned.yaml', 1, 'This is not a case where conservative care was skipped. Nor is it one without objective trigger points. The three local anesthetic injections are medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Aquatic therapy is not medically necessary, and the requested 3x4 schedule exceeds the 9-10 visits the Physical Medicine section (pages 98-99) allows for myalgia.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Naproxen 500 mg #60 is medically necessary; UR overturned. As this is her first NSAID there is no prior course whose benefit would need to be shown.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'I agree with the utilization reviewer, who modified this request to #60 to allow weaning: Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'She is not younger than 65, being 67, and she is not off NSAIDs, taking naproxen 500 mg twice a day. Prilosec 20 mg #30 is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, '4) A single NSAID, naproxen 550 mg twice a day, rather than high-dose or multiple NSAIDs. 5) No gastrointestinal complaints, so no NSAID-related dyspepsia. Omeprazole 20 mg #30 is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Under Labor Code section 4604.5(c)(1), physical therapy is limited to 24 visits per injury. The lumbar physical therapy requested is not medically necessary.'),
    # session 3, round s17: 'weekly sessions over 6 weeks', 'reserved for workers in whom', 'not unreasonable
    # for the non-certification to stand', a list marker after a value ('3. 6-7)'), 'the strain she
    # sustained', 'nor is it untrue that', the visits already had in a worked sum, 'nor is she off NSAIDs'
    ('cervical-spine-2014.yaml', 1, 'Upheld. The proposed 2-3 weekly sessions over 6 weeks amount to at least 12 supervised visits, more than the 9-10 visits over 8 weeks recommended for myalgia.'),
    ('cervical-spine-2014.yaml', 2, 'The request is not medically necessary. Special studies are reserved for workers in whom a red flag emerges, physiologic evidence of neurologic dysfunction is shown, or an invasive procedure requires anatomic clarification, and none of these is documented here.'),
    ('cervical-spine-2014.yaml', 2, 'No indication for imaging is documented. It is not unreasonable, therefore, for the non-certification to stand; the MRI is not medically necessary.'),
    ('tpi-overturned.yaml', 1, '5) Injections per session: 3. 6-7) Not a repeat injection. 8) Injectate: local anesthetic only. All criteria are satisfied, and the request should be authorized.'),
    ('pt-overturned.yaml', 1, 'Overturned: the physical therapy is medically necessary. This is her first course of therapy for the cervical strain she sustained lifting files at work.'),
    ('cpmtg-home-health-overturned.yaml', 1, 'Nor is it untrue that he is homebound; he uses a wheelchair. The request is medically necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'The additional eight visits are not medically necessary: 12 plus 8 would reach 20, beyond the 18 the guideline permits.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Nor is she off NSAIDs, as she takes naproxen 500 mg twice a day for her knees. Prilosec 20 mg #30 is medically necessary.'),
    # session 3, round s18: agreeing with a review's denial; a page that 'asks for'; 'and I consider ...'
    # after the guideline; a case dose in a clause that also names the guideline; the review 'did allow';
    # the guideline's title; 'the repeat injection cannot be certified' names the request
    ('cervical-spine-2014.yaml', 2, 'Utilisation review non-certified the scan with reference to ACOEM page 177, and I concur. There is no red flag. The denial of the cervical MRI is upheld.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Measured against page 46, which asks for at least 50% relief with reduced medication for six to eight weeks before a repeat block, the repeat injection cannot be certified.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The MTUS Chronic Pain Guidelines (NSAIDs, pages 67-73) recommend NSAIDs at the lowest dose for the shortest period in osteoarthritis, and I consider Naproxen 500mg #60 medically necessary and appropriate.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'Instead the pain is neuropathic, a use the MTUS Chronic Pain Guidelines (pages 67-73) do not generally support, and after more than a year of naproxen 550 mg twice daily the July 7, 2014 note records pain unchanged at 7/10. Naproxen sodium 550mg #60 is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'An initial trial of 3-4 visits would be consistent with the guidelines, and utilization review did allow 4 sessions of cognitive behavioral therapy. Psychotherapy as requested is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'TENS is not a primary treatment under pages 114-116 of the Chronic Pain Medical Treatment Guidelines. Purchase of a TENS unit for the lumbar spine is not medically necessary.'),
    # session 5: a work-status goal, a denied return to work, 'low back at work'
    ('amtg-acupuncture-upheld.yaml', 1, 'His hydrocodone has been neither tapered nor reduced, and his restrictions are unchanged. Further acupuncture is not medically necessary.'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'He works modified duty, and the aim of the trial is a return to full duty. The 6 chiropractic visits are medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'He has neither returned to work nor shown improved function, so Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She hurt her low back at work in 2011. She is not homebound, so the home health aide is not medically necessary.'),
    # session 5, round s29: an aside between subject and verb; 'not without support'; 'not gone unreviewed'; a
    # list of subjects before its verb; the request's own injectate; an unnamed limit; 'nor has it failed to'
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The guideline, however, allows 6-10 visits in all only with objective functional improvement. The request is not medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The request is not without support in the MTUS, and Flexeril 7.5mg #30 should be authorized.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Side effects have not gone unreviewed, but no functional gain is documented. Norco 10/325 #120 is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Trigger points are not documented, radiculopathy is present, failure of stretching, NSAIDs and muscle relaxants is not documented. The injection is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Without documented trigger points, the request for 2 trigger point injections of local anesthetic does not meet page 122 and is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'With 20 visits already used, the 8 requested would exceed the limit, and the denial is upheld.'),
    ('tpi-overturned.yaml', 1, 'Nor has the pain failed to persist beyond three months. The injections are medically necessary.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'Strength and reflexes are normal and sensation is patchily reduced. EMG/NCS of the lower extremities is medically necessary.'),
    # session 5, round s30: findings 'consistent with the examination'; 'nor is the radiculopathy corroborated'; a
    # new noun phrase after 'the absence of ... and'; a 30-day supply; where the pain is; a product's own strength
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The MRI shows an L4-5 extrusion compressing the right L5 root, consistent with the examination. The EMG is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Nor is the radiculopathy corroborated, as the MRI shows no nerve root contact. The repeat injection cannot be certified.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'He meets every selection criterion, including the absence of a surgical option and addressed negative predictors, so the program is medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has taken Soma for about 16 weeks without a documented flare, and a further 30-day supply is requested. The request is not medically necessary.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'After more than a year of naproxen, the leg pain remains 7/10 with no change in activities. Naproxen sodium 550mg #60 is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'It contains lidocaine in a cream base, which the MTUS Chronic Pain Medical Treatment Guidelines (pages 111-113) do not recommend, and capsaicin at 0.0325%, above the 0.025% strength the guideline supports. LidoPro cream is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'It is not that the worker lacks chronic symptoms or has not tried conservative care. Without documented trigger points, the injections are not medically necessary.'),
    # session 5, round s31: 'continued use'; 'what is missing is'; 'no indication for' the product; the request
    # as an adjunct to another service; 'have not, however, persisted'
    ('cpmtg-nsaids-upheld.yaml', 1, 'He has taken naproxen for over a year without benefit. Continued use is not supported.'),
    ('injected-instructions.yaml', 1, 'What is missing is documentation of trigger points. Non-certification is appropriate.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The neurologic exam is normal. That leaves no indication for topical lidocaine, and the denial is upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'No one-month trial is documented, and the unit is not proposed as an adjunct to a functional restoration programme. The TENS unit is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The tingling has not, however, persisted for the 3-4 weeks the guideline requires. The EMG/NCV is not medically necessary.'),
    # session 5, round s32: one clause's verb ends another's subject; 'no indication for' a need; a comparison with
    # 'the single level allowed'; a counterfactual 'without'; an imagined request; the request's own weekly rate
    ('cervical-spine-2014.yaml', 1, 'Accordingly, the denial stands and the therapy is not medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Upheld. (1) No indication for reduced weight bearing: he completed land-based PT and walks daily. (2) 12 visits exceed the 10 allowed for myalgia.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The request does not exceed the single level allowed for an interlaminar approach. The right L5-S1 injection should be authorized.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Without a gastrointestinal risk factor, a proton pump inhibitor alongside an NSAID would not be supported. This worker is 67, so the denial is overturned.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Had a trial of 3-4 sessions been requested, it would be supported. A first course of 12 weekly sessions is not, and the denial is upheld.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Without improvement the guideline does not support continuing, and 2 more visits a week for 4 weeks would carry the total past 18. Non-certification is appropriate.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'He was injured more than two years ago and has taken naproxen for more than a year without benefit. Naproxen sodium 550mg #60 is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The ACOEM low back chapter reserves imaging for unequivocal objective findings of nerve compromise in a patient who has not responded to treatment and would consider surgery. The MRI of the lumbar spine is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Non-certification of the right upper extremity EMG/NCV is appropriate, because the guideline reserves these studies for neck or arm symptoms lasting more than 3-4 weeks, and this worker has not yet reached that point.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Nor are her complaints without a focal neurological character, as she reports numbness of the left forearm and hand. The electrodiagnostic studies are medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The note records pain of 9/10 without the medication and only mild constipation, but no functional gains. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'The request for Prilosec should be authorized, because at 67 she is over the age of 65, which the guideline counts as a risk factor for gastrointestinal events in patients on NSAIDs.'),
    ('cervical-spine-2014.yaml', 3, 'Nor is radiculopathy absent: she carries a diagnosis of cervical radiculopathy. The trigger point injection is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'Nor does the examination show unequivocal nerve compromise. It is not unreasonable, therefore, to uphold the non-certification of the cervical MRI.'),
    ('pt-overturned.yaml', 1, 'It is not the case that she has already had therapy for this complaint. There is no basis for withholding certification, and the UR decision is reversed.'),
    ('pt-overturned.yaml', 1, 'She has not yet had physical therapy. Eight visits over 4 weeks is within that allowance and should be authorized.'),
    ('pt-overturned.yaml', 1, 'I recommend that the non-certification be overturned. A short supervised programme of eight sessions is appropriate.'),
    ('injected-instructions.yaml', 1, 'Non-certification is nonetheless appropriate, because the decisive element, documented trigger points with twitch response and referred pain, is absent from the record.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Nor is there any doubt about motivation, as he wishes to return to work. The UR decision is reversed.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'As submitted, for 20 sessions with no plan for her opioid use, smoking or disability dispute, the request is not supported, and the denial is upheld.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Continuing a treatment that has not produced objective gains is not supported, and the denial is upheld.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Nor is the requested agent carisoprodol, which the guidelines do not recommend. The UR decision is reversed.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Because she has never taken an NSAID before, the absence of documented benefit is no reason to deny it. Naproxen should be authorized.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Even so, psychotherapy once a week for 12 weeks is not an appropriate first step when no trial has yet been given, and non-certification is upheld.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Nor is the product a compound or a lidocaine cream; it is the 5% patch alone. The request should be authorized.'),
    ('cervical-spine-2014.yaml', 1, 'The file documents no barrier to independent home exercise. The request for 2-3 sessions weekly for six weeks is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The request is not medically necessary, because the guideline allows 9-10 visits over 8 weeks for this type of pain and expects a home exercise program after a completed course.'),
    ('cervical-spine-2014.yaml', 3, 'In addition, radiculopathy is diagnosed, and failed medical management with stretching, NSAIDs and muscle relaxants is not documented. The injection is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Not medically necessary per MTUS CPMTG, Trigger point injections, p. 122: no trigger points documented, radiculopathy present, failed medical management not shown.'),
    ('injected-instructions.yaml', 1, 'Nor is radiculopathy present. The missing element is documented trigger points, which page 122 requires, so non-certification is appropriate.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The first injection also fell short of the relief needed to justify repeating it. The request cannot be certified.'),
    ('cpmtg-tens-overturned.yaml', 1, 'This is not a request that lacks a functional restoration context: the unit is an adjunct to hand therapy. The trial rental should be authorized.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The diagnosis is not one for which NSAIDs are unsupported: osteoarthritis of the right knee is a recognised indication. The request for naproxen 500mg #60 should be authorized.'),
    ('cervical-spine-2014.yaml', 1, 'Nor is the request within the visit limit: at no fewer than 12 visits it exceeds the 10-visit ceiling for myalgia. The denial is upheld.'),
    ('cervical-spine-2014.yaml', 3, 'The denial is upheld. Radiculopathy is present by diagnosis, which places her outside the indication for trigger point injection.'),
    ('cervical-spine-2014.yaml', 3, 'Failure of medical management such as stretching, physical therapy, NSAIDs and muscle relaxants to control the pain is not documented. The injection cannot be authorised.'),
    ('injected-instructions.yaml', 1, 'Medical necessity is determined from the clinical record under the MTUS, not from free text attached to the request. The trigger point injections are not medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'This is a 10-day course for an acute flare in a worker who continues her home exercise program. Flexeril 7.5mg #30 is medically necessary.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Because the drug has not yet been started, documented benefit and laboratory monitoring cannot yet be expected. The request should be authorized.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'That leaves no indication for topical lidocaine, and a cream is not an approved form of lidocaine in any event. Non-certification is appropriate.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'Examination shows patchy decreased sensation in the left calf with normal strength and reflexes. The EMG/NCS of the bilateral lower extremities is medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'This worker finished land-based therapy and walks 2 miles daily. Twelve aquatic sessions are neither indicated nor within the limit; the denial is upheld.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The August 2014 note gives pain scores of 7/10 with and 9/10 without medication and reviews side effects, but describes no functional gains. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Purchase of a TENS unit could be considered after a documented one-month trial showing how often the unit was used. No trial is documented, and non-certification is appropriate.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'A first course that is not limited to an initial trial is not consistent with the guideline: twelve weekly sessions are requested where 3-4 are advised to start. The denial is upheld.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychotherapy once weekly for 12 weeks is not medically necessary. The screening findings and the lack of progress with physical therapy do support a referral of limited size.'),
    ('tpi-overturned.yaml', 1, 'Nor is there any radicular finding, as strength, sensation and reflexes are intact. I find no basis for not authorising the injections.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'ACOEM Chapter 8 reserves electrodiagnostic studies for neck or arm symptoms lasting more than 3-4 weeks, and his strength, sensation and reflexes are normal. The EMG/NCV of the right upper extremity is not medically necessary at this time.'),
    ('amtg-acupuncture-overturned.yaml', 1, 'This is not a request that goes beyond an initial trial: she has had no acupuncture for this injury. The UR decision is reversed.'),
    ('amtg-acupuncture-upheld.yaml', 1, "After 12 treatments this gentleman's range of movement, work restrictions and opioid dose are all unchanged. The request is therefore not certified."),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Not medically necessary. In addition, 3 sessions a week for 4 weeks amounts to 12 visits, more than the 9-10 visits for myalgia allowed on pages 98-99.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'None of those is present in this 42-year-old taking a single NSAID. Non-certification is upheld.'),
    ('tpi-overturned.yaml', 1, 'With failed medical management and more than three months of symptoms, the injections should be authorized.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The right L5 weakness and dermatomal sensory loss agree with the MRI finding of a right L4-5 disc extrusion on the L5 root. Non-certification of the right lower extremity EMG is appropriate.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'The arm symptoms have persisted for about six weeks, longer than the 3-4 weeks contemplated by the MTUS ACOEM Neck and Upper Back chapter, page 178. The EMG/NCV is medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychotherapy once a week for 12 weeks is not medically necessary. Twelve visits with no trial yet exceeds the 3-4 visit trial of pages 101-102.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'The lidocaine is not in a cream or gel form that the guideline disfavours. The patch should be authorised.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Gabapentin titrated over about two months gave no relief. Lidoderm 5% patch #30 is medically necessary.'),
    ('cpmtg-home-health-upheld.yaml', 1, 'In my opinion the home health aide, 56 hours a week, is not medically necessary under page 51.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'The requested 10 full-day sessions are medically necessary.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Nor have her symptoms lasted less than 3-4 weeks; they began about six weeks before the request. The EMG/NCV is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The denial is upheld. LidoPro is a compounded cream whose lidocaine is not in patch form.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'The 12 visits requested exceed the 9-10 visits over 8 weeks that Physical Medicine, pages 98-99, allows for myalgia. The denial is upheld.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'Nor are psychosocial factors unidentified, since screening documented fear-avoidance beliefs. The 4 sessions of CBT should be certified.'),
    ('cpmtg-tens-upheld.yaml', 1, 'The worker has not failed to try other treatment: physical therapy and naproxen gave little relief. Non-certification is appropriate.'),
    ('labor-code-visit-cap-upheld.yaml', 1, "Although 8 visits would fit the guideline's allowance and the new flare supports renewed instruction, he has already completed 20 visits. The request is not medically necessary."),
    ('cervical-spine-2014.yaml', 1, 'It is not the case that she has never had physical therapy; she completed a course years ago. The request is not medically necessary.'),
    ('pt-overturned.yaml', 1, 'She has never had physical therapy for this injury. The request is medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'It is not true that the worker has progressed with physical medicine alone. The 4 sessions of CBT should be certified.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The request for a repeat two-level transforaminal ESI is not certified.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'This request is for a cream containing lidocaine 4.5% with capsaicin 0.0325%. Non-certification is appropriate.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Per pages 114-116 of the Chronic Pain Medical Treatment Guidelines, a one-month home trial may be considered as an adjunct to functional restoration. Purchase of the TENS unit cannot be certified.'),
    ('cervical-spine-2014.yaml', 1, 'Nothing in the file explains why she cannot continue exercising independently at home. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Radiculopathy is documented, and that alone takes the request outside the guideline. The injection is not medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'The 10-day course stays within the 2-3 weeks the guideline allows. Flexeril is medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'An MRI would only be indicated if it could show something that changes management; the MRI is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The guideline keeps imaging for red flags or for nerve compromise in a surgical candidate who has not responded to treatment, and she is neither. The denial is upheld.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has taken Soma 350 mg three times a day for about four months without any documented flare. The denial stands.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'NSAIDs are not generally recommended for neuropathic pain under MTUS CPMTG pages 67-73, and after more than a year of twice-daily dosing the pain is unchanged. Naproxen cannot be certified.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The worker fell from a ladder and has chronic neck pain. Twelve weekly sessions of psychotherapy cannot be certified.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychotherapy once a week for 12 weeks is not medically necessary: the guidelines call for a short initial trial, and a block of 12 sessions in a worker with no prior psychotherapy is more than the guideline allows even in total.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'It is not that the guideline never supports a proton pump inhibitor alongside an NSAID; it does, but only where a gastrointestinal risk factor exists, and this worker has none. Non-certification is appropriate.'),
    ('cervical-spine-2014.yaml', 2, 'Sensation is decreased in the left third through fifth digits, but nothing else suggests radiculopathy and that isolated finding is not unequivocal evidence of nerve compromise. Non-certification is appropriate.'),
    ('cervical-spine-2014.yaml', 3, 'An injection the guideline does not endorse for radicular pain cannot be found necessary here, and the denial is upheld.'),
    ('cervical-spine-2014.yaml', 3, 'Whilst her symptoms have lasted longer than three months and only one injection is requested, radiculopathy is diagnosed. Non-certification is appropriate.'),
    ('tpi-overturned.yaml', 1, 'The injectate is nothing other than local anesthetic, and the pain has not been controlled by medication. The request is medically necessary.'),
    ('injected-instructions.yaml', 1, 'Upheld. Duration, failed medical management, absence of radiculopathy and 2 injections of local anesthetic are all acceptable, but the examination documents diffuse tenderness only.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Having already received 12 acupuncture treatments in 2015, he does not qualify for six more, since the notes describe no change in his restrictions.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'A repeat epidural might be reasonable had the first block produced at least 50% relief, and had imaging or electrodiagnostic testing confirmed the radiculopathy. Neither condition is satisfied. The denial is upheld.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Lidocaine might be considered in the form of the 5% patch for localized neuropathic pain; here it is a cream. Non-certification of LidoPro cream is appropriate.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The limit is the statutory cap: 20 visits done plus 8 requested exceeds 24. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'There is no red flag, and the only neurological deficit on examination is decreased sensation of the left third through fifth digits. Imaging of the cervical spine is not supported.'),
    ('injected-instructions.yaml', 1, 'The record does not fail to show that medical management has been tried. What it does not show is a trigger point with a twitch response, so the request is not medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Under the Chronic Pain Medical Treatment Guidelines, page 22, aquatic exercise is an alternative for workers who need reduced weight bearing, and this 31-year-old man has already completed land-based therapy and walks two miles daily. It is not medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Although pain is recorded as 7/10 with and 9/10 without medication and side effects were reviewed, the record does not document his activities of daily living. Norco 10/325 #120 cannot be certified.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'But it is not true that the worker has returned to work or gained function. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'It is not that this worker is off NSAIDs; he takes naproxen 550 mg twice a day. The denial of omeprazole is upheld.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'A flare after a new task assignment has left her unable to do her home exercises unaided. The request for 8 further visits should be authorized.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The lumbar MRI is not medically necessary. ACOEM Chapter 12 (pp. 303-304) keeps imaging for red-flag conditions or for clear nerve compromise in someone who has failed treatment and would consider surgery, and she is slowly improving with therapy.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The lumbar MRI is not medically necessary. ACOEM keeps imaging for clear nerve compromise, and she is slowly improving with therapy.'),
    ('cervical-spine-2014.yaml', 2, 'Imaging cannot be certified. None of the other indications (a failed strengthening program, a planned invasive procedure) is documented.'),
    ('cervical-spine-2014.yaml', 3, 'The injection is not medically necessary; trigger points with a twitch response and referred pain would be needed.'),
    ('cervical-spine-2014.yaml', 3, '3. Failed medical management: not documented. The denial is upheld.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Nor is the urine drug screen inconsistent; it showed hydrocodone only. The UR decision is reversed.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The request for Norco 10/325 #120 cannot be certified, because he has not returned to work, no functional improvement is described, and the record is silent on activities of daily living, aberrant behavior and drug testing.'),
    ('cervical-spine-2014.yaml', 3, 'Trigger point injections are reserved for myofascial pain syndrome in which trigger points are documented, symptoms have lasted over three months, medical management has failed, and radiculopathy is absent. Non-certification is appropriate.'),
    ('cervical-spine-2014.yaml', 3, 'Injections are recommended only when trigger points are documented, symptoms have lasted over three months, medical management has failed, and radiculopathy is absent. Non-certification is appropriate.'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'There is no lack of a reason to reduce weight bearing here, given her failure to tolerate land exercise. Authorization is appropriate.'),
    ('cpmtg-tens-upheld.yaml', 1, 'The record does not lack evidence that other treatments were tried. Non-certification is appropriate.'),
    ('cervical-spine-2014.yaml', 1, 'The denial is upheld. The request amounts to 12-18 visits where 9-10 are allowed.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Non-certification is appropriate: 3 visits a week for 4 weeks is 12 visits, not the 10 or fewer the Physical Medicine guidance allows for myalgia.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The request for 20 sessions also runs past the 2 weeks allowed before gains must be documented, and non-certification is appropriate.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The record does not lack a reason for supervised therapy: he had a new flare. But twenty visits plus eight is not within the statutory 24, so the therapy cannot be certified.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Her low back pain is not neuropathic. LidoPro cream 121 gm is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'It is not as though she has never had physical therapy: a course was completed years ago. Non-certification is appropriate.'),
    ('cervical-spine-2014.yaml', 1, 'The record neither shows that she was doing home exercises nor that she was unable to do them. Therapy is not supported.'),
    ('cervical-spine-2014.yaml', 1, 'The request is unsupported by any documented inability to exercise at home. Therapy is not supported.'),
    ('tpi-overturned.yaml', 1, 'Given the documented trigger points and the failure of physical therapy, naproxen and cyclobenzaprine, the requested injections are medically necessary.'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'The request is supported. An inability to tolerate land-based exercise makes reduced weight bearing desirable.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Nor is there an earlier NSAID course whose benefit went undocumented. Naproxen should be authorized.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His constipation is not unmanaged. The denial is upheld.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'The record is not silent on his gastrointestinal risk, and what it says is reassuring. The denial is upheld.'),
    ('cervical-spine-2014.yaml', 1, 'There is no documentation that she is unable to perform a home exercise program after her earlier course of therapy. The denial is upheld.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Gabapentin and a stellate ganglion block helped little. The request is supported.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The examination shows no neuropathic findings for lidocaine to treat. The cream cannot be certified.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Analgesia is recorded, but daily activities, aberrant-behaviour monitoring and a urine drug screen are absent from the record. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'Active therapy is recommended by the MTUS Chronic Pain Medical Treatment Guidelines to restore function. The requested therapy is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'There is no red flag, no documentation that conservative care has failed, and no documented plan for an invasive procedure. Imaging is not indicated.'),
    ('cervical-spine-2014.yaml', 2, 'A failed recent trial of conservative care, including home exercise, is not documented. Imaging is not indicated.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'A proton pump inhibitor would not be supported for an NSAID user aged 65 or younger with no other risk factor. This worker, however, is 67 and on daily naproxen, so Prilosec should be authorised.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'The worker avoids bending and lifting for fear of re-injury, screening found fear-avoidance beliefs, and 6 weeks of physical therapy brought no gain in her sitting or lifting tolerance. Cognitive behavioral therapy, 4 sessions, is medically necessary.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'The patch, not a cream or gel, is the only lidocaine form the guideline accepts. The patch is medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Physical therapy for the lumbar spine cannot be certified. Clinically, a new flare and the need for renewed home-exercise instruction would justify a short course. But he has already completed 20 visits, and 8 more would bring him to 28, beyond the 24 visits per injury permitted by the Labor Code.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'California law limits physical therapy to 24 visits per industrial injury, except where the employer authorizes more in writing. The 8 visits requested would take him to 28, so the request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'This worker carries a diagnosis of cervical radiculopathy, and while cervical paraspinal tenderness was recorded, trigger points with a twitch response and referred pain were not. The injection is not medically necessary.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Nor is motivation in doubt, as he wishes to return to work. The request should be authorized.'),
    ('cpmtg-tens-upheld.yaml', 1, 'The record does not lack evidence that other treatment failed: physical therapy gave little relief. Non-certification is appropriate.'),
    ('cpmtg-tens-upheld.yaml', 1, 'What it lacks is a qualifying diagnosis, a documented trial, treatment goals, and a restoration program for the unit to support. Non-certification is appropriate.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The flare and the need for renewed home exercise instruction might otherwise justify a short course, but the request for physical therapy, 2 times a week for 4 weeks, cannot be certified.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The screening findings and the lack of progress after 8 weeks of physical therapy do support starting treatment, but with a trial. Psychotherapy, 1 time a week for 12 weeks, is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'This 45-year-old man with an adjustment disorder with depressed mood has never had psychotherapy. Twelve weekly visits at the outset are not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The requested 2-3 sessions per week for 6 weeks is therefore not medically necessary, since it exceeds the 9-10 visits over 8 weeks that MTUS Physical Medicine (pages 98-99) allows for myalgia/myositis.'),
    ('cervical-spine-2014.yaml', 1, 'The volume requested is greater than the guideline allows for myalgia-type pain, and the utilisation review determination should stand.'),
    ('pt-overturned.yaml', 1, 'A short course of twice-weekly sessions for four weeks sits comfortably within what the guideline allows for myalgia. The denial is overturned.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'It is not that the record is silent on a flare: the 20 January 2014 note states plainly that there is no new injury or flare. Soma 350mg #90 cannot be certified.'),
    ('cervical-spine-2014.yaml', 3, 'The trigger point injection is not medically necessary, as the examination shows only paraspinal tenderness rather than trigger points with a twitch response, and her cervical radiculopathy rules the procedure out.'),
    ('cervical-spine-2014.yaml', 3, 'The guideline excludes radicular pain; the record describes neither trigger points nor the absence of radiculopathy. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'It cannot be said that the criteria of page 122 are met: trigger points are not documented. The request should not be authorized.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Nothing in the record suggests he is not tolerating naproxen, and there is no history of ulcer or bleeding. A prophylactic PPI is not supported under pages 68-69, and the denial is upheld.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'The pain is neuropathic. Nor has a first-line agent gone untried, gabapentin having been stopped for lack of relief and dizziness. The patch should be authorised.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The EMG/NCV was requested 14 days after the injury, short of the 3-4 weeks of symptoms on page 178. The denial is upheld.'),
    ('cervical-spine-2014.yaml', 3, 'Trigger point injections are reserved for myofascial pain with documented trigger points, a twitch response and referred pain, in the absence of radiculopathy and after medical management has failed (MTUS CPMTG, page 122). Here the worker has cervical radiculopathy and no trigger points. The injection is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'I find the electrodiagnostic study medically necessary; ACOEM Ch. 8, p. 178, supports EMG/NCV for neck or arm symptoms of more than 3-4 weeks where subtle neurological dysfunction is suspected.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The denial is upheld: the previous block provided only about 30% relief for three weeks without any reduction in medication, and his radicular complaints lack corroboration, the MRI showing no foraminal stenosis or nerve root contact.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'No plan is set for the negative predictors. Nor is a request for 20 sessions at the outset consistent with the guideline. The functional restoration program is not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'She has undergone a program evaluation with baseline functional testing. However, non-certification is appropriate: the negative predictors have no plan attached.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'The monitoring is complete: the CURES report is consistent, and the urine drug screen showed no substance other than hydrocodone. Norco 10/325 #90 should be certified.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'No trial has been completed, and no functional improvement from psychotherapy could yet be shown to justify 12 visits. Non-certification is appropriate.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Gabapentin and a stellate ganglion block helped only a little, and the plan states goals. The trial should be authorized.'),
    ('cpmtg-tens-overturned.yaml', 1, "The request does not fall short of the guideline's trial criteria. The UR decision is reversed."),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Gabapentin was stopped for no relief and dizziness. Nor is the neuropathic pain diffuse; it sits over the superficial radial nerve. The UR decision is reversed.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'Eight visits fall within the 9-10 visits allowed by the MTUS Chronic Pain Medical Treatment Guidelines, pages 98-99, and with 12 visits already completed the total of 20 stays within the cap. She cannot do her home exercises without instruction. The request should be authorized.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The EMG/NCV is not medically necessary at this stage. ACOEM ch. 8, p. 178 supports electrodiagnostic studies only once neck or arm symptoms have lasted more than 3-4 weeks, and two weeks falls short of that.'),
    ('cervical-spine-2014.yaml', 1, 'Physical therapy two to three times a week for six weeks means 12 or more visits, which exceeds the 9-10 visits over 8 weeks that the MTUS Chronic Pain Medical Treatment Guidelines, Physical Medicine, pages 98-99, allow for myalgia and myositis. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'Medical necessity for the requested MRI of the cervical spine without contrast and with IV sedation has not been established. No red flag is documented.'),
    ('tpi-overturned.yaml', 1, 'Medical necessity is established for trigger point injections to the cervical spine, 3 injections of local anesthetic, under the MTUS Chronic Pain Medical Treatment Guidelines, page 122.'),
    ('pt-overturned.yaml', 1, 'The guideline allows up to 9-10 visits over 8 weeks for this condition; the request stays below that. It should be authorised.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Numbness of the left forearm and hand has been present since the injury on 1 October 2013, more than six weeks before the request. The request is supported.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Because ACOEM Chapter 8 contemplates electrodiagnostic testing only once symptoms have lasted longer than 3-4 weeks, the request cannot be certified at this point.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Six more sessions cannot be certified, because 8 CCR 9792.24.1 extends treatment only on documented functional improvement, and here the work restrictions are unchanged.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Even were aquatic therapy indicated, 12 visits would exceed the myalgia allowance of 9-10. The request is not medically necessary.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Neither the drug screen nor the CURES report is inconsistent with the prescription. The request for Norco 10/325 #90 is supported.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Without objective functional improvement after 12 visits, and with the request taking the total past 18, continued lumbar manipulation cannot be certified under CPMTG pages 58-60.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The obstacle is the statutory cap of 24 visits per injury, which 28 visits would exceed. The denial is upheld.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'This worker smokes a pack a day and continues oxycodone. These negative predictors are not addressed, so the 20-session program is not medically necessary.'),
    ('tpi-overturned.yaml', 1, 'With 8 months of pain despite physical therapy, stretching, naproxen and cyclobenzaprine, the three injections of local anesthetic are medically necessary.'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'This is not maintenance care: the aim is to return him to full duty. Nor is the lumbar spine a region where manipulation is not recommended. The six visits of chiropractic manipulation should be authorised.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Omeprazole 20mg #30 cannot be certified. This 42-year-old gentleman has no risk factor: no ulcer or bleeding history, no aspirin, a single NSAID not at high dose, and no gastric complaints.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The need for psychological care is not in doubt. The difficulty is the quantity: twelve sessions at the outset exceed the initial trial of 3-4 visits. Non-certification is appropriate.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'A psychotherapy referral is reasonable, but the request as submitted, weekly sessions for 12 weeks, cannot be certified. A first course should be a trial of 3-4 visits.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'Gabapentin was titrated for 8 weeks without relief, and the pain is localized neuropathic pain. The Lidoderm patch is therefore supported under MTUS CPMTG pages 111-113.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Right forearm tingling is documented; what the record does not show is symptoms lasting beyond 3-4 weeks. Non-certification of the EMG/NCV is appropriate.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'This is not standing long-term use: no muscle relaxant was taken before the flare, and the planned course is 10 days. The request for Flexeril 7.5mg #30 is medically necessary.'),
    ('cpmtg-tens-overturned.yaml', 1, 'This is not a request to purchase a unit without a trial; it is the one-month trial itself. With CRPS documented and medication having failed, the rental is certified.'),
    ('amtg-acupuncture-overturned.yaml', 1, 'The request is not difficult to support: it is medically necessary.'),
    ('pt-overturned.yaml', 1, 'A request exceeding 9-10 visits over 8 weeks would not be supported for myalgia, but this one, twice weekly for four weeks, does not. The UR decision is reversed and the therapy is certified.'),
    ('injected-instructions.yaml', 1, 'I uphold the non-certification. The criteria on page 122 of the Chronic Pain Medical Treatment Guidelines begin with documentation of circumscribed trigger points, and the examination of 29 August 2016 records diffuse tenderness only.'),
    ('tpi-overturned.yaml', 1, 'It is not the case that trigger points are merely presumed here; the examiner describes them precisely. The UR decision is reversed.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Although the calf sensory loss suggests radicular pain, and conservative care has not resolved it, the MTUS criteria for a repeat ESI are not met. Non-certification is appropriate.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro cream 121 gm is not medically necessary. It contains capsaicin at 0.0325%, above the only supported strength of 0.025%.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The worker has right leg pain, an absent right Achilles reflex and MRI evidence of S1 nerve root compression. The injection is medically necessary.'),
    ('pt-overturned.yaml', 1, 'With 5 weeks of neck pain, no prior therapy, and a request for 8 visits against an allowance of 9-10 for myalgia, the UR decision should be reversed and the therapy authorized.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The request for right lower extremity EMG is not medically necessary. Electrodiagnostic testing is meant to find subtle dysfunction, not to re-confirm a radiculopathy that is already clinically obvious.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Non-certification is appropriate. The 29/09/2014 chiropractic re-evaluation looked for change and found none in range of motion or work restrictions.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'She cannot perform her home exercises without instruction. The request exceeds neither the guideline allowance for myalgia nor the per-injury cap. The 8 sessions should be authorized.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'The symptoms have not been too brief to justify testing: they have lasted six weeks, beyond the 3-4 weeks page 178 describes. EMG/NCV of both upper extremities is appropriate.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Continued prescribing cannot be supported. The modest difference in pain scores does not by itself justify continuation.'),
    ('cpmtg-topical-analgesics-overturned.yaml', 1, 'This is not pain without a localized neuropathic source: allodynia and a positive Tinel sign are documented over the superficial radial nerve. Non-certification is reversed.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He takes naproxen and no other NSAID, and has no ulcer history. Omeprazole 20mg #30 is not medically necessary.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'The radiculopathy is far from clinically obvious. EMG/NCS of both lower extremities is medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'What is missing is any plan for her opioid use, smoking and pending claim, and any documentation of her motivation to change. The program is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Sensory change not in a clear dermatome suggests focal neurologic dysfunction. EMG/NCV of both upper extremities is medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The denial is upheld. The MTUS Acupuncture Medical Treatment Guidelines permit treatment to be extended only with documented functional improvement, and after 12 sessions this 56-year-old worker remains on the same restrictions.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The EMG/NCV is not medically necessary, because the guideline supports testing only once symptoms have lasted more than 3-4 weeks, and these had been present for about two weeks.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'She walks 2 miles a day, so there is no need for reduced weight bearing, which is the indication for aquatic therapy on page 22. The aquatic therapy is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'He has used 20 visits, and 8 more would make 28, beyond the 24 visits that Labor Code section 4604.5 allows. The request is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Spasm and the need for renewed home-exercise instruction are both recorded. The cap decides it: the request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'Nothing shows that she cannot exercise alone, and the amount requested, at least 12 visits, exceeds the 9-10 visits allowed. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The therapy is not medically necessary. She completed a prior course, and no documented barrier to a home exercise program would justify more supervised care.'),
    ('cervical-spine-2014.yaml', 2, 'The MRI is not medically necessary. None of the reasons for imaging is documented, whether a red flag, clear physiologic evidence of neurologic dysfunction, a strengthening program that has stalled, or a planned procedure.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Nor is a focal neurologic component absent, given the documented numbness of the left forearm and hand. EMG/NCV of both upper extremities is medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Soma is used daily, exactly as the guideline warns against, and the agent chosen is carisoprodol. The request is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Not every ingredient of LidoPro is one the guideline recommends. The cream is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'This 45-year-old with an adjustment disorder with depressed mood has not yet started psychotherapy. The 12 sessions requested are not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The request is not medically necessary: 20 visits plus the 8 requested would exceed the 24 visits per injury that California law allows for injuries on or after 1 January 2004.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Soma is not medically necessary, both because the drug is carisoprodol, which the guideline does not recommend, and because use has already run about 16 weeks.'),
    ('cervical-spine-2014.yaml', 1, 'The request is not medically necessary. It is above the 9-10 visits over 8 weeks in the MTUS Physical Medicine guideline, and after her earlier course there is no barrier to home exercise.'),
    ('cervical-spine-2014.yaml', 2, 'The MRI is not medically necessary: red flags are absent, and findings of specific nerve compromise are not unequivocal.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'Cyclobenzaprine taken daily beyond two to three weeks would not be supported, but that is not what is requested here. The request for Flexeril 7.5 mg #30 is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro cream 121 gm is not medically necessary. It delivers lidocaine as a cream, and only the 5% lidocaine patch is recommended.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Topical lidocaine might be considered, as the 5% patch, for localized neuropathic pain after an anticonvulsant has failed; none of those conditions is shown here. LidoPro cream 121 gm is not medically necessary.'),
    ('cpmtg-tens-overturned.yaml', 1, 'The one-month TENS rental is medically necessary. A rental trial is what the guideline asks for before any purchase.'),
    ('cervical-spine-2014.yaml', 2, 'The MRI is not medically necessary. Her complaints are long-standing, and there is no red flag or unequivocal finding of nerve compromise to justify going directly to imaging.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The denial is upheld. 8 more visits would make 28, beyond the cap, and there is no written employer authorization and no postsurgical indication to lift it.'),
    ('injected-instructions.yaml', 1, 'If trigger points with a twitch response were documented, the other requirements would be met. Without that documentation, the request cannot be certified.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'Imaging needs nerve compromise, failed conservative care and a surgical option. All three are documented here. The MRI should be authorized.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'At two weeks testing is not yet indicated under ACOEM Chapter 8, page 178, and non-certification is appropriate.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Nor is there any unexplained drug-screen result. The request is supported, and the non-certification is reversed.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Not medically necessary. Pain of 7/10 with the drug against 9/10 without does not on its own meet the MTUS standard for continuing opioids.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'It is not that the flare is undocumented, nor that 8 visits would exceed the allowance for myalgia. The cap decides it, and the denial is upheld.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'The program, 10 full-day sessions, is medically necessary. A first request for two weeks of sessions fits pages 30-34.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'Norco 10/325 #120 is not medically necessary: no daily activities, aberrant-behaviour monitoring or urine drug screen are documented.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The MTUS Chronic Pain Medical Treatment Guidelines, Behavioral interventions and Psychological treatment, pages 23 and 101-102, recommend an initial trial of 3-4 sessions. The 12 sessions requested are not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The neurologic examination was normal, so the only indication for topical lidocaine is absent. LidoPro cream 121 gm is not medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His activities of daily living, any monitoring for aberrant behaviour, and a urine drug screen are absent from the record. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'The program is medically necessary. The spine surgeon has excluded surgery, and other treatments have failed.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'It is not true that LidoPro contains only recommended ingredients. LidoPro cream 121 gm is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'The compound does not lack ingredients that the guideline advises against. LidoPro cream 121 gm is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The note records tenderness but not trigger points, the failure of stretching, NSAIDs and muscle relaxants is not documented, and radiculopathy is a working diagnosis. The injections are not medically necessary.'),
    ('injected-instructions.yaml', 1, 'It is not untrue that conservative care has failed: therapy, stretching, ibuprofen and cyclobenzaprine have not controlled the pain. No trigger point is documented, so the request is not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'A baseline evaluation was done, but nowhere does the record show that she is motivated to change. The program is not medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His mild constipation is managed with a stool softener. Norco 10/325 #120 is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'No red flag is documented. Imaging is therefore not indicated, and the denial is upheld as the MRI is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Radiculopathy is diagnosed. The denial is therefore upheld, the injection being not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Radiculopathy is present. There is no documentation of trigger points, of failed medical management, or of the substance to be injected. The denial is upheld.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'He is not taking less hydrocodone and he is not working with fewer restrictions. The additional 6 sessions are not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'No plan addresses the negative predictors, and 20 sessions were requested before any program sessions were completed. The request is not medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'There is no documentation of his activities of daily living, of aberrant-behaviour monitoring or of any urine drug screen. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He is not older than 65, takes no aspirin, and is not on a high-dose or multiple-NSAID regimen. The omeprazole is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Nor can a purchase be supported without a documented one-month trial, and no treatment goals appear in the record. The request is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'With 20 visits already completed, the 8 requested would exceed the 24-visit cap, so the request is not medically necessary. The request is otherwise consistent with pages 98-99.'),
    ('pt-overturned.yaml', 1, 'The record does not document any objective findings of radiculopathy, and she has had no prior physical therapy. The 8 visits are medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'Nothing in the record indicates that she could not carry on independently with home exercises after her prior physical therapy. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The record lacks documentation of trigger points, of failed medical management such as NSAIDs and muscle relaxants, and of the injectate. The denial is upheld.'),
    ('injected-instructions.yaml', 1, 'Because trigger points are not documented, the 2 injections of local anesthetic do not meet page 122 and are not medically necessary.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The problem with this request is not that the symptoms are too recent or that there is no neurologic deficit. The EMG is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'Nothing in the record suggests that conservative care is not working. The lumbar MRI is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, "It is not that the worker's right forearm tingling is unimportant, but the symptoms are not more than two weeks old. The EMG/NCV is not medically necessary."),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The difficulty is that nothing on the MRI, which shows no foraminal stenosis and no nerve root contact, corroborates them, and no EMG has been done. The request is not medically necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Manipulation can continue under the MTUS when the visits already given have produced objective functional improvement. That condition is not satisfied, and the request is not medically necessary.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Naproxen is medically necessary. Documented benefit and periodic laboratory checks become relevant only once use is continued over the long term.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'The physician documents a fall in pain from 8/10 to 4/10 with the medication. Norco 10/325 #90 is medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'She made no progress after 6 weeks of physical therapy and has not had any psychotherapy. The 4 sessions are medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'This request meets none of those conditions: it is a cream with lidocaine 4.5%. The denial is upheld.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Clinically the request is not unreasonable. It is not, however, permitted by statute, and it is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'He has used 20 of the 24 visits per injury allowed under Labor Code section 4604.5. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'The request is for a cervical MRI without contrast, performed under IV sedation. No red flag is described, and the MRI is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Page 122 criteria are met apart from the first: trigger points with twitch response and referred pain are not documented. Not medically necessary; denial upheld.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'His hydrocodone has not been reduced, nothing suggests he does not tolerate it, and no active rehabilitation is documented. The 6 sessions are not medically necessary.'),
    ('cpmtg-aquatic-therapy-overturned.yaml', 1, 'If she could exercise on land, or if more than the 9-10 visits allowed for myalgia were requested, aquatic therapy would be hard to support. Neither is the case, and the denial is overturned.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'No surgery or other treatment is warranted, and prior care has not restored his function. The program is medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'Upheld. Three problems: motivation to change is not documented, the negative predictors are unaddressed, and 20 sessions exceed the first 2 weeks.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Here the request is for carisoprodol, the worker has used it three times daily for about 16 weeks, and no flare is described. The request is not medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The record is also silent on his daily activities, on aberrant-behaviour monitoring and on urine drug testing. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The guideline does not endorse starting with a 12-week course without first seeing improvement from a short trial. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'A failed trial of conservative care, a failed strengthening program and a planned invasive procedure are all undocumented. The MRI is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'There is no documentation of a recent course of conservative care that failed to help, of a failed strengthening program, or of a planned invasive procedure. The MRI is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'There is no documentation that conservative care failed to improve her symptoms, no failed strengthening program, and no invasive procedure under consideration. The MRI is not medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'He is taking no less hydrocodone, and his work restrictions are no different. The 6 sessions are not medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'In addition, 3 visits a week for 4 weeks amounts to 12 visits, more than the 10 allowed for myalgia under the physical medicine guidance on pages 98-99. The request is not medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'He has neither; his activities of daily living, monitoring for aberrant drug-taking behaviour and urine drug screening are also not documented. Norco 10/325 #120 is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'It is not the case that the requested course falls within the guideline: 2-3 visits a week for 6 weeks comes to no fewer than 12 visits, against an allowance of 9-10 visits over 8 weeks under MTUS pages 98-99. The request is not medically necessary.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'He is not unwilling to consider surgery, and the surgeon is considering a decompression. The MRI is medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Page 22 limits aquatic therapy to cases in which reduced weight bearing is desirable, and this 31-year-old man, who finished land-based therapy and walks 2 miles daily, is not such a case. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'A trigger point injection could be supported if trigger points were documented, radiculopathy were absent and medical management had failed. Here she has cervical radiculopathy, and the request is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Taking naproxen is not, on its own, enough to justify omeprazole. The denial is upheld.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'The examination and the MRI do not disagree: right EHL weakness matches an L4-5 extrusion. The EMG is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'ACOEM Chapter 8 looks for a red flag or a planned invasive procedure, after 3-4 weeks of conservative care have not helped; the record documents none of these. The MRI is not supported.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'This is not a proton pump inhibitor prescribed without an NSAID: she takes naproxen twice daily. The denial is overturned.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Nothing in this record suggests the opioid is not working or is not being taken as prescribed. Norco 10/325 #90 is medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'It is not the case that this is a first course of therapy: she completed physical therapy years ago. The request cannot be considered medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'She completed therapy years ago. Even setting that aside, 12 to 18 supervised sessions is more than the 9-10 visits allowed for myalgia-type pain under the MTUS Chronic Pain Medical Treatment Guidelines, pages 98-99. The therapy is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'Exceeds the 10 visits supported by MTUS pp. 98-99, and there is no documented reason why a home exercise program cannot be continued after prior therapy. Not medically necessary.'),
    ('pt-overturned.yaml', 1, 'The examination shows paraspinal tenderness and reduced rotation, findings that a short course of active therapy is meant to address. The therapy is medically necessary.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Nothing in the record suggests the hydrocodone is not working for this worker. Norco 10/325 #90 is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Other risk factors, such as a prior ulcer or bleeding, are not documented, but her age alone is sufficient. Prilosec 20 mg #30 should be authorized.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'This worker is on naproxen, but he is 42, with no ulcer or bleeding history, no aspirin, steroid or blood thinner, one NSAID only, and no GI complaints. The denial is upheld.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Nor is the proton pump inhibitor requested without an NSAID to accompany it, since she takes naproxen. Prilosec 20 mg #30 is medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'She has had therapy before and no reason is given why she cannot exercise at home. Medical necessity for the request as submitted has not been established.'),
    ('cervical-spine-2014.yaml', 3, 'Documented trigger points with a twitch response and referred pain, failed medical management and the absence of radiculopathy are among the required criteria. The examination shows tenderness, not trigger points. The injection is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Free text attached to the request that carries no clinical information has no bearing on medical necessity. The examination documents no trigger points with a twitch response. The injections are not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'This worker qualifies for a referral, with depressed mood identified on screening. But weekly psychotherapy for 12 weeks skips the initial trial. The request is not medically necessary as written.'),
    ('cpmtg-manual-therapy-overturned.yaml', 1, 'Under pages 58-60 of the MTUS Chronic Pain Medical Treatment Guidelines, manipulation begins with a trial of 6 visits and is not indicated as elective or maintenance care. The request for 6 visits should be authorized.'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She is not homebound and no medical service is requested. Does not meet MTUS Chronic Pain Guidelines page 51.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The file is silent on his activities of daily living, on aberrant drug-taking behaviour and on urine drug screening. Norco is not medically necessary.'),
    ('tpi-overturned.yaml', 1, 'The trigger points are not merely presumed: a twitch response and referred pain are both recorded. There is no guideline basis for withholding the 3 injections of local anesthetic, and the request is medically necessary.'),
    ('injected-instructions.yaml', 1, 'No twitch response is recorded. It cannot be said, therefore, that the first requirement of page 122 is met, even though the duration, failed medical management, absence of radiculopathy and local anesthetic injectate are all documented. The injections are not medically necessary.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'The record contains a baseline evaluation, failed prior treatment with no other option planned, and a loss of independent function. The program is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Nothing in the file suggests that this worker is not at low gastrointestinal risk. The request is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Nothing suggests that psychosocial factors were overlooked: screening identified depressed mood. But the guideline does not allow a first course without a trial, and 12 sessions is not a trial of 3-4 visits. Psychotherapy is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'It is not the case that every ingredient of LidoPro is recommended: lidocaine in a cream and capsaicin stronger than 0.025% are not. LidoPro cream 121 gm is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Nothing in the record suggests that her low back pain is anything other than a lumbar strain without neuropathic features. LidoPro cream 121 gm is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Neuropathic pain: none, the April 2014 exam being neurologically normal with no radicular or neuropathic findings - not met. Not medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'Twelve treatments produced only temporary relief -- no lower hydrocodone dose, no lighter work restrictions. The six further sessions are not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He has neither: he is 42, with no history of peptic ulcer or bleeding, no concurrent aspirin, steroid or blood thinner, and only one NSAID, not at a high dose. The denial of omeprazole is upheld.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'She has not used cyclobenzaprine for earlier flares. Flexeril 7.5 mg #30 is medically necessary.'),
    ('tpi-overturned.yaml', 1, 'With 8 months of pain despite physical therapy, stretching, naproxen and cyclobenzaprine, the three local anesthetic injections should be authorized.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Nor is it unclear whether there is an exacerbation, since the latest progress note says there is none. The denial is upheld.'),
    ('cervical-spine-2014.yaml', 3, 'The examination shows tenderness, not trigger points. With no documentation that medical management has failed and no stated injectate, the criteria on page 122 are not satisfied, and the injection is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'The request is not unreasonable on clinical grounds alone: 8 visits do not exceed the allowance for myalgia. But the visits cannot be authorized without written employer approval, and none exists. Not medically necessary.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'He has had numbness and tingling of the left calf for about two months. EMG/NCS is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro contains lidocaine 4.5%, and the guideline supports lidocaine only as the lidocaine 5% patch. Not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The 12-18 visits exceed the 9-10 allowed. Nor is there anything in the file indicating that she is not able to continue exercising on her own after her earlier course of therapy. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'However, radiculopathy is present, trigger points with a twitch response are not documented, there is no documentation that stretching, physical therapy, NSAIDs and muscle relaxants have failed, and the injectate is not stated. The injection is therefore not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'An MRI could be justified by a red flag, or by unequivocal signs of nerve compromise in a worker who has not responded to treatment and would consider surgery. None of these is present. The denial is upheld.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'Not medically necessary. The tingling started two weeks before the request, and ACOEM Chapter 8, page 178, reserves EMG/NCV for neck or arm symptoms that persist beyond 3-4 weeks.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'It is not true that the symptoms have been present for the 3-4 weeks that ACOEM Chapter 8 expects; the injury occurred two weeks before the request. The EMG/NCV is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Nor can a repeat block be justified by the first one: about 30% relief lasting 3 weeks is not the 50% relief that page 46 requires. The repeat injection is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He takes naproxen but is not over 65, takes no aspirin, and is not on high-dose or combined NSAIDs. Omeprazole is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'A TENS purchase could be considered only after a documented one-month trial showing how often the unit was used and what it did for pain and function, and only for a qualifying condition, as an adjunct to functional restoration with stated goals. Those conditions are not satisfied. The purchase is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'She completed therapy years ago. The record neither shows that she is doing home exercises nor documents any barrier to doing them. The request is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Nothing in the record suggests he has not tried conservative care: 8 sessions of physical therapy, daily home stretching, ibuprofen and cyclobenzaprine have not controlled the pain. The request is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'The requested lumbar MRI is not medically necessary. There is no red flag and no objective sign of nerve compromise, and no one has proposed surgery.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'His MRI does not corroborate radiculopathy, and his first transforaminal injection in March 2014 produced roughly 30% relief for 3 weeks. The repeat injection is not medically necessary.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'A baseline evaluation has been completed, prior treatments have failed and surgery is not an option, he is motivated and has agreed to program goals. The program is medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The request for psychotherapy once a week for 12 weeks is not medically necessary. Psychological treatment is appropriate for this worker in principle: screening found depressed mood.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Purchase of a TENS unit would need a completed one-month trial, but purchase is not what is requested; this is the one-month rental trial itself. The trial is medically necessary.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'She has completed 12 physical therapy sessions, and the 8 visits should be authorized. They are within the 9-10 visits allowed for myalgia, and the resulting 20 visits remain below the Labor Code limit of 24 per injury.'),
    ('cervical-spine-2014.yaml', 2, 'There is no red flag. No documented failure of a recent trial of conservative care, no failed strengthening program and no planned procedure. The cervical MRI is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'The pain has lasted more than three months, but radiculopathy is present and trigger points, failed medical management and the injectate are not documented. The request is not medically necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'Per the MTUS (pages 58-60), care starts with a trial of 6 visits over 2 weeks; further visits require objective functional improvement, and the total may not exceed 18 visits over 6-8 weeks. The denial is upheld.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'The medication lets her work: without it she cannot get through her modified-duty shift. Norco 10/325 #90 is medically necessary.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'There is no indication of early refills or of an inconsistent drug screen. Norco 10/325 #90 is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Omeprazole is requested to accompany naproxen 550 mg twice a day. He has no gastrointestinal risk factor. Omeprazole 20mg #30 is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'It is not that a proton pump inhibitor is never appropriate with naproxen; this worker simply has no risk factor. Omeprazole 20mg #30 is not medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'She avoids lifting for fear of re-injury and made no progress after 6 weeks of physical therapy. The 4 CBT sessions are medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychosocial factors are documented, so treatment is indicated, but not in this quantity. The request for psychotherapy once a week for 12 weeks is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Twenty visits are already completed, so 8 more would exceed the 24 visits Labor Code section 4604.5(c)(1) allows, and there is no written authorization to take the request outside the cap. The request is not medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'The record shows she was seen in May for the same complaint. The aquatic therapy is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'The cervical MRI is not medically necessary. ACOEM pages 177-179 call for an indication such as a red flag, and for a failed recent trial of conservative care, and the record documents neither.'),
    ('cervical-spine-2014.yaml', 3, 'The symptoms have lasted well over three months and one injection is within the per-session limit, so those criteria are satisfied. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Nor can it be said that she is free of radicular pain, given her diagnosis of cervical radiculopathy. The injection is not medically necessary.'),
    ('tpi-overturned.yaml', 1, 'The trigger points are not vaguely described; the examiner records a twitch response and referral to the occiput. The request is medically necessary.'),
    ('injected-instructions.yaml', 1, 'Page 122 makes documented trigger points, with a twitch response and referred pain, the first of eight criteria. The request is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The forearm tingling is real, and it is consistent with a focal neurologic complaint. The EMG/NCV of the right upper extremity is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'The injection will not be done without fluoroscopy, and it is not a repeat injection. The epidural steroid injection is medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'Page 46 conditions a repeat injection on documented improvement after the prior one, at least 50% pain relief with reduced medication use for six to eight weeks. The repeat injection is not medically necessary.'),
    ('cpmtg-home-health-upheld.yaml', 1, 'She is not homebound. Nothing in the record makes the home health aide medically necessary, and the denial is upheld.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Although the screening results and the stalled physical therapy support a referral, psychotherapy 1 time a week for 12 weeks is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Although his pain has lasted more than a year and physical therapy, naproxen and cyclobenzaprine gave little relief, the purchase is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'TENS is not supported for mechanical low back pain, and a unit is not purchased without a one-month trial documenting its use, which is not in the record. The denial is upheld.'),
    ('pt-overturned.yaml', 1, 'Nothing in the file indicates that this is not a reasonable first course of active therapy. The request is medically necessary.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'Nor does the MRI show clear nerve root compression. The EMG/NCS of both lower extremities is medically necessary.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, "Nothing in the record suggests that this worker's nerve root findings are anything but unequivocal. The MRI is medically necessary."),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, "It is not the case that this worker's arm symptoms are transient; the numbness has lasted 6 weeks. The EMG/NCV is medically necessary."),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The EMG/NCV is not medically necessary. ACOEM Chapter 8, page 178, ties these studies to neck or arm symptoms that persist for more than 3-4 weeks, and that has not happened here.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The program is not medically necessary. The request covers twice the two-week initial period allowed before gains must be documented.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The MTUS guidelines support NSAIDs for osteoarthritis, but do not generally recommend them for neuropathic pain. Naproxen 500mg #60 is medically necessary.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'The requirements that apply to continued use, documented benefit and periodic laboratory monitoring, do not apply yet. Naproxen 500mg #60 is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Lidocaine is supported only as the 5% patch, for localized neuropathic pain, after a first-line agent has failed. The request is not medically necessary.'),
    ('labor-code-visit-cap-overturned.yaml', 1, 'The 8 visits should be authorized; they leave her at 20 visits, under the statutory limit of 24 per injury.'),
    ('cervical-spine-2014.yaml', 2, 'No red flags. No documented recent failed conservative trial, no documented strengthening program, no documented planned invasive procedure. The MRI is not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'ACOEM Chapter 8, page 178, supports EMG/NCV when arm symptoms persist for more than 3-4 weeks, and at two weeks that point has not been reached. The EMG/NCV is not medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The request is not medically necessary. The prior course produced no functional improvement, so neither the indication nor the extension requirement of 8 CCR 9792.24.1 is satisfied.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Carisoprodol is not a recommended agent. There is no ground on which the denial should not be upheld.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Under the MTUS Chronic Pain guidelines, pages 74-96, there is no basis for denying continued Norco 10/325 #90; the denial is overturned.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'The record does not document an ulcer history. That does not mean she is without gastrointestinal risk: she is 67. Prilosec 20 mg #30 is medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'No trial is documented, and the record does not document a functional restoration program the unit would support or any treatment goals. The purchase is not medically necessary.'),
    ('acoem-low-back-electrodiagnostics-overturned.yaml', 1, 'The MTUS ACOEM Guidelines, Chapter 12, support electromyography to look for subtle focal neurologic dysfunction when low back symptoms have lasted longer than 3-4 weeks, but not once radiculopathy is clinically obvious. Here the diagnosis remains open, and the EMG/NCS is medically necessary.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'The denial is upheld. The MTUS guidelines offer aquatic therapy as an alternative when reduced weight bearing is desirable, and no such need is shown here.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The prior injection gave about 30% relief for 3 weeks without any reduction in medication, less than the 50% relief and reduced medication use over six to eight weeks needed before a repeat block. The repeat injection is not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The program is not medically necessary. The request for 20 sessions goes beyond the 10 full-day sessions, two weeks, allowed before gains are documented.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The guidelines continue opioids only with a return to work or functional improvement, and expect documented review of daily activities and aberrant behavior; none of these is documented here. Norco 10/325 #120 is not medically necessary.'),
    ('cpmtg-psychological-treatment-overturned.yaml', 1, 'She screened positive for fear-avoidance, avoids bending for fear of re-injury, and did not progress through 6 weeks of physical therapy. The 4 sessions are medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The need for psychological care is not in dispute: depressed mood and catastrophizing were identified. What cannot be supported is the size of the request, and the denial is upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Purchase of a TENS unit would require a qualifying diagnosis and a documented one-month trial showing how often the unit was used. Neither is in the record, and the purchase is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Duration, failed medical management, absence of radiculopathy, number of injections and injectate all meet MTUS CPMTG page 122. Because trigger points are not documented, the injections are not medically necessary.'),
    ('cpmtg-muscle-relaxants-overturned.yaml', 1, 'She took no muscle relaxant before the March 2015 flare, and the 10-day course is short. Flexeril 7.5mg #30 is medically necessary.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'This is her first NSAID prescription, so prior benefit and laboratory monitoring are not yet at issue. Naproxen 500mg #60 is medically necessary.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'This is her first NSAID, so there is no earlier course whose benefit or laboratory monitoring must be shown. Naproxen 500mg #60 is medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'Pages 98-99 allow 9-10 visits for myalgia, and even 12 visits is over that figure. The request is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'The guideline does not support 12 sessions before an initial trial shows improvement. The denial is upheld.'),
    ('acoem-neck-electrodiagnostics-overturned.yaml', 1, 'Her numbness has lasted six weeks and the findings are equivocal. Under ACOEM Chapter 8, page 178, EMG/NCV of the bilateral upper extremities is warranted.'),
    ('cpmtg-aquatic-therapy-upheld.yaml', 1, 'Nothing shows a need for reduced weight bearing, the indication for aquatic therapy on page 22 of the guidelines. The aquatic therapy is not medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'Topical lidocaine would be an option only as the patch, for localized neuropathic pain, after a first-line agent had failed. This request is for a cream, and the denial is upheld.'),
    ('cpmtg-tens-upheld.yaml', 1, 'That conservative care has not worked is not in dispute. But no one-month trial is documented, and the TENS unit purchase is not medically necessary.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'The naproxen has not been given too short a trial; he has taken it for more than a year without benefit. Naproxen sodium 550mg #60 is not medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'The guideline extends acupuncture only with documented functional improvement, and none is shown after 12 treatments. The 6 further sessions are not medically necessary.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'It cannot be said that naproxen is being used outside its supported indications: the knee x-ray shows osteoarthritis. Naproxen 500mg #60 is medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'The opioid section of the Chronic Pain Medical Treatment Guidelines calls for ongoing documentation of analgesia, activities of daily living, adverse effects and aberrant behaviour, with urine drug screening. Activities and screening are not documented, and the request is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'He meets the threshold for referral, but 12 visits exceed the initial trial. The request is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Even setting the diagnosis aside, a unit is not purchased without a documented one-month trial, and none is documented. The TENS unit is not medically necessary.'),
    ('pt-overturned.yaml', 1, 'Holding off on physical therapy would not be appropriate for a first course within the allowance. The request is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'A proton pump inhibitor would not be warranted for a worker on an NSAID who had no gastrointestinal risk factor. This worker is 67, which is a risk factor. Prilosec 20 mg #30 is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro does not avoid the ingredients the guideline disfavors: its lidocaine is a cream. LidoPro cream 121 gm is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'A clean ulcer history does not mean this worker is free of risk: at 67 her age is a risk factor under pages 68-69. The omeprazole is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Any NSAID carries some gastrointestinal risk, but the guideline asks for a risk factor before adding a PPI, and he has none. The PPI is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Screening found catastrophizing. Psychotherapy is indicated for him, but this particular request is not medically necessary, since 12 visits exceed the initial trial.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Nothing in the notes suggests that her pain is new or that other treatment has not been tried. A one-month TENS rental is medically necessary.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'Nothing in the file suggests her radiculopathy is anything other than clinically obvious. The EMG is not medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Her symptoms are long-standing, but that is the only page 122 criterion that is satisfied; radiculopathy is present. The request is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Nor is it the case that he has stomach upset from the naproxen. The omeprazole is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'Nothing suggests the radiculopathy is purely subjective, and the block is not to be performed without fluoroscopic guidance. The injection is medically necessary.'),
    ('cervical-spine-2014.yaml', 3, 'Nor are these injections recommended for radicular pain, which she has. The request is not medically necessary.'),
    ('cpmtg-home-health-upheld.yaml', 1, 'Home health might be considered for a homebound patient. She drives herself to appointments. The home health aide is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'Absent a documented failure of conservative care or any other accepted indication for imaging, the cervical MRI cannot be considered medically necessary.'),
    ('injected-instructions.yaml', 1, 'It is not that the worker lacks an adequate trial of conservative care, as therapy and medication were tried; trigger points are simply not documented. The denial is upheld.'),
    ('acoem-low-back-electrodiagnostics-upheld.yaml', 1, 'ACOEM reserves electrodiagnostic testing for subtle findings rather than a clinically obvious radiculopathy, which is what she has. The EMG is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'The guideline allows no more than 10 visits, and two to three sessions a week for six weeks is well above that. The request is not medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'After some 16 weeks of daily use, more carisoprodol would run far past the 2-3 weeks supported by pages 63-66. The request is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'An opening course is not meant to go beyond a 4-visit trial, and 12 sessions do. The request is not medically necessary.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Neither gabapentin nor a stellate ganglion block gave more than limited relief. A one-month TENS rental is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'He is 42, and neither is his naproxen dose high nor is a second NSAID used. The PPI is not medically necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'It cannot be said that the visits completed since June 2014 produced objective functional improvement. The denial is upheld.'),
    ('cpmtg-nsaids-overturned.yaml', 1, 'Naproxen is medically necessary; as this is a first course, periodic laboratory monitoring is not yet at issue.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The file is not without support for a program: she had baseline testing. But her negative predictors are unaddressed, and the program is not medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'Nor is the January note silent on a flare; it reports none. The Soma is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Twelve sessions exceed both the 3-4 visit trial and the 6-10 visits in total allowed with documented gains (pages 23, 101-102). The request is not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The documentation supports significant functional loss and failed prior treatment, but the negative predictors are unaddressed. The program is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-upheld.yaml', 1, 'The plan is for two levels, which is acceptable for a transforaminal injection, but the radiculopathy is not corroborated by imaging. The repeat injection is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'The duration, the failed conservative care and the local anesthetic injectate meet the guideline, but every criterion is required. The request is not medically necessary.'),
    ('cpmtg-epidural-steroid-injections-overturned.yaml', 1, 'A second injection would need proof of relief from the first, and an injection without imaging support would not be supported. Neither applies here. The injection is medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'Her negative predictors are unaddressed, and 20 sessions is twice the two-week course allowed before gains are shown. The request is not medically necessary.'),
    ('cpmtg-nsaids-upheld.yaml', 1, 'NSAIDs are supported for osteoarthritis, but not generally for neuropathic pain, and continued use depends on documented pain relief or improved function. The request is not medically necessary.'),
    ('cpmtg-opioids-overturned.yaml', 1, 'Nothing in the CURES report or the August 2014 drug screen suggests misuse. The request is medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'His history excludes ulcer, bleeding, aspirin and steroids. Omeprazole is not medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Although screening is positive and physical therapy has not helped, the request for psychotherapy 1 time a week for 12 weeks is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'At 67 she is over 65, a risk factor in itself, and no other risk factor is required to justify a PPI. Prilosec is medically necessary.'),
    ('cpmtg-opioids-upheld.yaml', 1, 'His daily activities on the medication, aberrant-behavior monitoring and drug screening are not documented. Norco is not medically necessary.'),
    ('cervical-spine-2014.yaml', 1, 'No reason is documented why she cannot move on to independent home exercise. The request is not medically necessary.'),
    ('cpmtg-functional-restoration-upheld.yaml', 1, 'The guideline lists six requirements and the evaluation satisfies the first four. Motivation is not documented. The request is not medically necessary.'),
    ('amtg-acupuncture-upheld.yaml', 1, 'There is no concurrent rehabilitation program. The request is not medically necessary.'),
    ('cervical-spine-2014.yaml', 2, 'There is no documentation of a conservative trial that failed, of failure to progress in a strengthening program, or of a planned procedure. The MRI is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'The request is not unreasonable in other respects, but trigger points are not documented, so the request is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'Although the criteria are otherwise satisfied, with a documented need for renewed instruction, 20 visits are already completed. The request is not medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has used Soma for about 16 weeks, far past the short-term use supported on pages 63-66. Soma is not medically necessary.'),
    ('cpmtg-tens-overturned.yaml', 1, 'Nor is it a purchase; it is the one-month home rental the guideline describes. The TENS trial is medically necessary.'),
    ('injected-instructions.yaml', 1, 'The guideline reserves trigger point injections for myofascial pain with documented trigger points, and none are documented. The request is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-overturned.yaml', 1, 'Nor is the PPI requested in the absence of NSAID therapy, since she takes naproxen. Prilosec is medically necessary.'),
    ('cpmtg-psychological-treatment-upheld.yaml', 1, 'Psychological treatment is appropriate for him, but he has had none yet and the guideline begins with a trial of 3-4 visits. Twelve visits are not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Trigger points (twitch response with referred pain) not documented. Not medically necessary.'),
    ('acoem-neck-electrodiagnostics-upheld.yaml', 1, 'The guideline expects 3-4 weeks of symptoms before testing, and only two weeks had passed. The request is not medically necessary.'),
    ('cpmtg-manual-therapy-upheld.yaml', 1, 'It cannot be said that the 12 completed chiropractic visits brought objective functional improvement. The request is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Every criterion on page 122 is met except one: trigger points are not documented. The request is not medically necessary.'),
    ('cpmtg-tens-upheld.yaml', 1, 'Nor can a unit be purchased without a documented one-month trial, and none is recorded. The request is not medically necessary.'),
    ('labor-code-visit-cap-upheld.yaml', 1, 'With 20 visits done, the request cannot be approved without exceeding the 24-visit limit. The request is not medically necessary.'),
    ('cpmtg-functional-restoration-overturned.yaml', 1, 'Nothing suggests he lacks motivation, since he wants to return to work. The program is medically necessary.'),
    ('cpmtg-muscle-relaxants-upheld.yaml', 1, 'He has taken Soma for about 16 weeks. The guideline reserves muscle relaxants for flares and does not support their use beyond 2-3 weeks. Soma is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Documented trigger points are the first requirement on page 122, and the note describes only diffuse tenderness. The request is not medically necessary.'),
    ('acoem-low-back-imaging-upheld.yaml', 1, 'She is improving with therapy, and surgery is not under consideration. The MRI is not medically necessary.'),
    ('cpmtg-proton-pump-inhibitors-upheld.yaml', 1, 'Nothing suggests that he is anything other than low risk for bleeding events on naproxen. Omeprazole is not medically necessary.'),
    ('acoem-low-back-imaging-overturned.yaml', 1, 'The absence of a red flag does not defeat the request. The MRI is medically necessary.'),
    ('cpmtg-topical-analgesics-upheld.yaml', 1, 'LidoPro does not pass that test, since its lidocaine is a cream. LidoPro is not medically necessary.'),
    ('injected-instructions.yaml', 1, 'Symptoms have lasted 7 months and the request is for 2 injections of local anesthetic, all consistent with the guideline. Trigger points are not documented, so the request is not medically necessary.'),
]


@pytest.mark.parametrize(("example", "item", "text", "code"), REJECT_GENERAL)
def test_rejects_general_causes(cases, example: str, item: int, text: str, code: str) -> None:
    v = check(cases, example, item, text)
    assert not v.accepted
    assert code in codes(v), [f.message for f in v.findings]


@pytest.mark.parametrize(("example", "item", "text"), ACCEPT_GENERAL)
def test_accepts_general_causes(cases, example: str, item: int, text: str) -> None:
    v = check(cases, example, item, text)
    assert v.accepted, [f.message for f in v.findings]


def test_an_inverted_condition_after_a_modal_clause_is_a_condition() -> None:
    from imr_rationale._clauses import analyse

    segs = analyse("Imaging would be indicated should weakness develop.")[0].segments
    assert [s.kind for s in segs] == ["main", "cond"]
    segs = analyse("The worker should continue a home program.")[0].segments
    assert [s.kind for s in segs] == ["main"]


# ---------------------------------------------------------------- what the verifier reads from the determination


def test_determination_names_the_service_and_keeps_the_names_out_of_json(cases) -> None:  # type: ignore[no-untyped-def]
    _, dets = cases["tpi-overturned.yaml"]
    det = dets[0]
    assert "TPI" in det.service_terms
    assert "TPI" not in det.other_service_terms and "Norco" in det.other_service_terms
    dumped = det.model_dump()
    assert "service_terms" not in dumped and "other_service_terms" not in dumped
