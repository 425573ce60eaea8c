"""Checks against the record and the citation (numbers are in _numbers): guideline families and chapter
names; clinical facts the case does not have; the request as written; echoes of planted instructions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from . import _lexicon as L
from ._clinical import (
    BY_WORD,
    CASE_ONLY,
    CLINICAL,
    DRUG_RX,
    LATERAL_RX,
    MORPHOLOGY_EXCEPT,
    MORPHOLOGY_RX,
    SPINAL_LEVEL_RX,
    TESTS,
    level_of,
    morphology_stem,
    word_supported,
)
from ._conclusions import request_figures
from ._numbers import Record, grams
from ._scope import Match, asserted, existence_polarity, find_terms, silence_denied
from ._sentences import Hit, Segment, Sentence, has_verb, stem, tokenize
from .engine import Determination
from .quantity import find_quantity, schedule

# ---------------------------------------------------------------- guideline families and chapter names

# A family named only to set it aside ("UR relied on ODG, which is not part of the MTUS") is no basis.
_EXEMPT_RX = re.compile(
    r"\b(?:UR|(?i:utilization review|claims administrator|the carrier|non-?MTUS|not (?:part of )?(?:the )?MTUS"
    r"|rather than|instead of|not (?:the )?basis|does not (?:govern|apply)|not applicable|outside (?:of )?the MTUS"
    r"|not (?:adopted|incorporated)))\b")
_CHAPTER_NAME_RX = re.compile(
    r"\b(Neck and Upper Back|Shoulder|Elbow|Forearm, Wrist,? and Hand|Low Back|Knee|Ankle and Foot|Stress[- ]Related"
    r"|Eye) (?:Complaints|Conditions|Disorders)\b"
    r"|\b(neck and upper back|shoulder|elbow|low back|knee|ankle and foot|forearm, wrist,? and hand)\s+chapter\b",
    re.I)


def citation_hits(sent: Sentence, det: Determination) -> list[Hit]:
    hits: list[Hit] = []
    raw = sent.text
    exempt = bool(_EXEMPT_RX.search(raw)) and not re.search(r"\b(?:based|relies|relied|rests|rested)\s+(?:up)?on\s+"
                                                             r"(?:the\s+|a\s+)?non-?MTUS", raw, re.I)
    # "Decision based on Non-MTUS Citation: ODG" makes ODG the basis; "UR relied on ODG, a non-MTUS source" does not
    for fam, rx in L.FAMILY_PATTERNS.items():
        for m in rx.finditer(raw):
            if fam == det.citation.family or exempt:
                continue
            hits.append(Hit("citation_outside", f"sentence {sent.index} names {L.FAMILY_NAMES[fam]} ('{m.group(0)}') "
                            f"as a basis; the determination rests on {det.citation.text}. Cite only that guideline.",
                            sent.index, (sent.start + m.start(), sent.start + m.end()), m.group(0)))
            break
    for m in _LABOR_CODE_RX.finditer(raw):
        cited = " ".join([det.citation.text, *(c.citation or "" for c in det.criteria)])
        if m.group(1) not in cited:
            hits.append(Hit("citation_outside", f"sentence {sent.index} cites {m.group(0)}; the determination rests on "
                            f"{det.citation.text}" + (f" and {cited.split(det.citation.text)[-1].strip()}"
                                                      if cited.strip() != det.citation.text else ""),
                            sent.index, (sent.start + m.start(), sent.start + m.end()), m.group(0)))
    own = _CCR_SECTIONS.get(det.citation.family)
    for m in _CCR_RX.finditer(raw):
        if own and m.group(1) != own and m.group(1) not in ("9792.20", "9792.21") \
                and m.group(1) not in det.citation.text + det.citation.edition:
            hits.append(Hit("citation_outside", f"sentence {sent.index} cites 8 CCR {m.group(1)}; the determination "
                            f"rests on {det.citation.text} (8 CCR {own})", sent.index,
                            (sent.start + m.start(), sent.start + m.end()), m.group(0)))
    for m in _CHAPTER_NAME_RX.finditer(raw):
        name = (m.group(1) or m.group(2)).lower()
        num = L.ACOEM_CHAPTERS.get(name.replace("stress related", "stress-related"))
        if name in det.citation.chapter.lower() or (num is not None and num in _chapters(det)):
            continue
        hits.append(Hit("citation_outside", f"sentence {sent.index} cites the {m.group(0)}; the determination rests "
                        f"on {det.citation.text}", sent.index, (sent.start + m.start(), sent.start + m.end()),
                        m.group(0)))
    return hits


# The MTUS regulation section of each guideline family (the reference notes: CPMTG 8 CCR 9792.24.2, the acupuncture
# guidelines 8 CCR 9792.24.1); ACOEM chapters each have their own section and are not checked.
_CCR_SECTIONS = {"cpmtg": "9792.24.2", "amtg": "9792.24.1"}
_CCR_RX = re.compile(r"\b(?:8\s+)?CCR\s+(?:\u00a7\s*|section\s+)?(9792\.\d+(?:\.\d+)?)", re.I)
_LABOR_CODE_RX = re.compile(r"\b(?:California\s+)?Labor\s+Code\s+(?:section\s+|sec\.\s*|\u00a7\s*)?(\d{4}(?:\.\d+)?)",
                            re.I)


def _chapters(det: Determination) -> set[int]:
    return {int(n) for n in re.findall(r"\bchapter\s+(\d+)", det.citation.chapter + " " + det.citation.text, re.I)}


# ---------------------------------------------------------------- clinical facts not in the case


@lru_cache(maxsize=32)
def _unsupported_terms(allowed_text: str, case_text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The clinical terms the case and guideline text do not support: searched once per record, not per clause."""
    return tuple((name, find) for name, find, support in CLINICAL
                 if name in BY_WORD or not _affirmed_in(support, case_text if name in CASE_ONLY else allowed_text))


@lru_cache(maxsize=32)
def _guideline_only_terms(allowed_text: str, case_text: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The clinical terms only the guideline text supports: a rationale may name them as the guideline's, never as
    the worker's."""
    return tuple((name, find) for name, find, support in CLINICAL
                 if name not in BY_WORD and name not in CASE_ONLY and _affirmed_in(support, allowed_text)
                 and not _affirmed_in(support, case_text))


# "her diagnosis is lumbar radiculitis", "he was diagnosed with neuritis": the term given as the worker's own
_DX_CLAIM_RX = re.compile(r"(?:\b(?:her|his|the\s+(?:worker|patient|claimant|employee)'s)\s+(?:\w+\s+)?"
                          r"(?:diagnos[ie]s|condition)\s+(?:is|was|are|were|remains|includes?)|\bdiagnosed\s+"
                          r"(?:with|as)|\b(?:attributed|ascribed)\s+to|\b(?:she|he)\s+(?:has|suffers\s+from|presents\s+with))"
                          r"\s+(?:an?\s+|the\s+)?"
                          r"(?P<gap>(?:[\w-]+\s+){0,2})$", re.I)
_GAP_STOP = {"no", "not", "never", "nor", "without", "neither", "any", "only", "myalgia", "and", "or", "but", "rather",
             "than", "if", "whether"}


def _diagnosis_claimed(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'Her diagnosis is lumbar radiculitis' where only the guideline text speaks of radiculitis: the guideline's
    category given as the worker's diagnosis."""
    terms = _guideline_only_terms(rec.allowed_text, rec.case_text)
    for seg in seg_ok:
        if seg.modal or seg.guideline:
            continue
        text, starts = _seg_text(seg)
        for name, find in terms:
            for m in find.finditer(text):
                claim = _DX_CLAIM_RX.search(text[max(0, m.start() - 80):m.start()])
                if claim is None or set(claim.group("gap").lower().split()) & _GAP_STOP:
                    continue
                s, e = seg.tokens[_token_at(starts, m.start())].start, seg.tokens[_token_at(starts, m.end() - 1)].end
                return [Hit("unsupported_fact", f"sentence {sent.index} gives the worker {name} ('{m.group(0)}'); the "
                            "case record does not diagnose it, only the guideline names it; state only facts the "
                            "record documents", sent.index, (s, e), m.group(0))]
    return []


_CASE_NEGATOR_RX = re.compile(r"\b(?:no|not|denies|denied|without|negative\s+for|absence\s+of|free\s+of)\b[^,;:.\n]*$",
                              re.I)


def _affirmed_in(pattern: re.Pattern[str], text: str) -> bool:
    """The text has the term outside a denial: 'No bowel or bladder symptoms' gives the worker no bladder
    symptoms to speak of."""
    for m in pattern.finditer(text):
        clause = re.split(r"[.;:\n]|\bbut\b|\band\b", text[max(0, m.start() - 60):m.start()])[-1]
        if not _CASE_NEGATOR_RX.search(clause):
            return True
    return False


# "did not respond to two courses of tizanidine": the drug was taken, whatever it did
_STOPPED_RX = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+|later\s+|then\s+)?(?:stopped|"
                         r"discontinued|tapered|weaned|withdrawn)\b", re.I)
_TAKEN_RX = re.compile(r"\b(?:not|never|poorly) (?:respond|responded|tolerate|tolerated|benefit|benefited|helped|"
                       r"improve|improved)\b[^,;]{0,40}$", re.I)


_NOT_AT_ISSUE_RX = re.compile(r"^[^.;:]{0,60}?\b(?:are|is|do|does)\s+not\s+(?:yet\s+)?(?:at\s+issue|apply|applicable|"
                              r"relevant|required|due)\b", re.I)
_NOT_PLANNED_RX = re.compile(r"\s+(?:is|was|are|were)\s+not\s+(?:under\s+consideration|being\s+considered|planned|"
                             r"contemplated|proposed|an\s+option)\b", re.I)  # "surgery is not under consideration"
_NAMED_REQUEST_RX = re.compile(r"\b(?:request(?:ed)?|requests)\s+(?:is\s+|was\s+)?for\s+(?:an?\s+|the\s+)?$", re.I)
_FINDING_VERBS = {"grew", "showed", "shows", "revealed", "reveals", "demonstrated", "demonstrates", "confirmed",
                  "confirms", "detected", "isolated", "yielded"}


def clinical_hits(sent: Sentence, det: Determination, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    hits: list[Hit] = []
    region_words = set(L.REGION_TERMS.get(det.body_region, []))
    for seg in seg_ok:
        text, starts = _seg_text(seg)
        presupposed_only = seg.modal or seg.deontic  # "after her discectomy she needs ...": only the presupposed
        found = [(name, m) for name, find in _unsupported_terms(rec.allowed_text, rec.case_text)
                 if name not in region_words for m in find.finditer(text)
                 if name not in BY_WORD or not word_supported(m.group(0), rec.allowed_text)]
        found += [(m.group(0).lower(), m) for m in MORPHOLOGY_RX.finditer(text)
                  if m.group(0).lower() not in MORPHOLOGY_EXCEPT
                  and not any(find.fullmatch(m.group(0)) for _, find, _ in CLINICAL)  # the lexicon decides
                  and morphology_stem(m.group(0)) not in rec.allowed_text]
        own = {t.lower() for t in det.service_terms}  # "omeprazole" for a request written "Prilosec"
        found += [(m.group(0).lower(), m) for m in DRUG_RX.finditer(text)
                  if m.group(0).lower() not in (rec.allowed_text if seg.guideline else rec.case_text.lower())
                  and m.group(0).lower() not in own]  # "tizanidine" where the case has only cyclobenzaprine
        reported: set[str] = set()
        for name, m in found:
            k = _token_at(starts, m.start())
            last = _token_at(starts, m.end() - 1)
            mt = Match(name, name, k, last)
            done = name in TESTS and _test_result(seg.words, mt)  # "x-rays were unremarkable": done, normal
            done = done or bool(_TAKEN_RX.search(text[:m.start()])) or bool(_STOPPED_RX.match(text[m.end():]))
            # "did not respond to a course of sertraline"; "tramadol was also stopped after it caused sedation"
            if _NOT_AT_ISSUE_RX.search(text[m.end():]) or _NOT_PLANNED_RX.match(text[m.end():]):
                continue  # "documented benefit and laboratory monitoring are not yet at issue": a later requirement
            if name in reported or (existence_polarity(seg.words, mt) != 1 and not done) or _examples(seg.words, k) \
                    or _not_an_option(seg.words, last) \
                    or silence_denied(seg.words, mt):  # "it is not that the record is silent on a flare"
                continue
            person_needs = not seg.modal and any(
                x in _PERSON and set(seg.words[q + 1:q + 3]) & {"requires", "required", "needs", "needed"}
                and seg.words[q + 1] in ("requires", "required", "needs", "needed", "also", "still", "now")
                for q, x in enumerate(seg.words[:k]))  # "she requires a walker", "he also requires insulin": her
            # need, stated as a fact
            found_by = bool(set(seg.words[max(0, k - 2):k]) & _FINDING_VERBS)  # "the heel wound grew MRSA"
            if presupposed_only and not person_needs and not found_by and not _presupposed(seg.words, k) and (
                    seg.modal or any(x in L.DEONTIC or x == "need" for x in seg.words[:k])
                    or not set(seg.words) & L.DEONTIC or (any(x in L.DEONTIC for x in seg.words[last + 1:])
                                                          and set(seg.words[last + 1:]) & {"cannot", "not", "need",
                                                                                          "needs"})):
                continue  # but "has a non-healing wound that requires dressing changes" states the wound; "laboratory
                # monitoring cannot yet be expected" states none
            if not (done or asserted(seg.words, mt) or set(seg.words) & _PERSON or _person_carried(sent, seg)
                    or _DX_CLAIM_RX.search(text[max(0, m.start() - 80):m.start()])
                    or _request_purpose(seg.words, k) or found_by
                    or _NAMED_REQUEST_RX.search(text[:m.start()])):
                continue  # but "the request is for electroacupuncture": the request named as something the case
                # never asks for
            reported.add(name)
            s, e = seg.tokens[k].start, seg.tokens[last].end
            said = sent.text[s - sent.start:e - sent.start]
            hits.append(Hit("unsupported_fact", f"sentence {sent.index} states {name} ('{said}'), which appears "
                            "nowhere in the case record; state only facts the record documents",
                            sent.index, (s, e), said))
    hits += _diagnosis_denied(sent, rec, seg_ok)
    hits += _diagnosis_claimed(sent, rec, seg_ok)
    hits += _treatment_history(sent, rec, seg_ok)
    hits += _test_done(sent, rec, seg_ok, {h.text.lower() for h in hits})
    hits += _test_denied(sent, rec, seg_ok)
    for m in SPINAL_LEVEL_RX.finditer(sent.text):
        lvl = level_of(m)
        seg2 = sent.segment_at(sent.start + m.start())
        if seg2 in seg_ok and lvl not in rec.levels and lvl.split("-")[0] not in rec.levels:
            span = (sent.start + m.start(), sent.start + m.end())
            hits.append(Hit("unsupported_fact", f"sentence {sent.index} names the spinal level {m.group(0)}, which "
                            "the case record does not mention", sent.index, span, m.group(0)))
    for m in LATERAL_RX.finditer(sent.text):
        side, word = m.group(1).lower(), m.group(2).lower()
        seg2 = sent.segment_at(sent.start + m.start())
        if seg2 not in seg_ok:
            continue
        sides = set(re.findall(r"\b(left|right|bilateral)\s+" + re.escape(word[:4]), rec.allowed_text))
        if sides and side not in sides:
            span = (sent.start + m.start(), sent.start + m.end())
            hits.append(Hit("unsupported_fact", f"sentence {sent.index} says '{m.group(0)}'; the record gives "
                            f"{' and '.join(sorted(sides))} {word}", sent.index, span, m.group(0)))
    hits += _finding_polarity_hits(sent, rec, seg_ok)
    hits += _imaging_denial_hits(sent, rec, seg_ok)
    hits += _imaging_affirmed_hits(sent, rec, seg_ok)
    hits += _dermatome_hits(sent, rec, seg_ok)
    hits += _prior_test_hits(sent, rec, seg_ok)
    hits += _cessation_hits(sent, rec, seg_ok)
    hits += _work_status_hits(sent, rec, seg_ok)
    hits += _exam_normal_hits(sent, rec, seg_ok)
    return _dedupe(hits)


# ---------------------------------------------------------------- an exam finding with the opposite polarity

_FINDING_SIGN = {
    **dict.fromkeys(["positive", "abnormal", "decreased", "diminished", "reduced", "impaired", "present"], 1),
    **dict.fromkeys(["negative", "normal", "intact", "unremarkable", "absent", "preserved"], -1),
    **dict.fromkeys(["equivocal", "indeterminate", "inconclusive", "borderline"], 0),
}
_FINDING_SKIP = {"was", "were", "is", "are", "been", "be", "remains", "remained", "found", "noted", "reportedly",
                 "also", "still", "both", "bilaterally", "test", "sign", "maneuver", "manoeuvre"}
_FINDING_STOP = {"the", "a", "an", "and", "or", "with", "on", "in", "of", "at", "to", "for", "by", "but", "her", "his",
                 "left", "right", "bilateral", "she", "he", "it", "they", "there", "this", "that", "which", "who",
                 "had", "has", "have", "as", "than", "no", "not", "any", "all", "some", "both", "more", "less", "very",
                 "mildly", "slightly", "markedly", "otherwise", "well", "previously", "test", "sign", "apart", "except",
                 "besides", "save"}
_FINDING_GENERIC = {"exam", "examination", "finding", "findings", "result", "results", "study", "test", "sign",
                    "signs", "pain", "symptom", "symptoms", "function", "activity", "activities", "level", "levels"}


def _not_an_option(w: list[str], last: int) -> bool:
    """'surgery is not an option', 'an injection is not planned', 'laboratory monitoring is not yet at issue':
    the thing ruled out or not yet due, not had; 'laboratory monitoring must be shown': the thing required."""
    j = last + 1
    while j < min(len(w), last + 3) and w[j] in ("monitoring", "testing", "tests", "work", "studies", "levels"):
        j += 1  # "laboratory monitoring is not yet at issue"
    if w[j:j + 1] in (["must"], ["should"]) and w[j + 1:j + 2] == ["be"] and w[j + 2:j + 3] \
            and w[j + 2] in ("shown", "documented", "demonstrated", "established", "done", "performed", "obtained"):
        return True
    after = [x for x in w[j:j + 6] if x not in ("yet", "currently", "now")][:4]
    return after[:2] in (["is", "not"], ["was", "not"], ["are", "not"]) and (
        after[2:3] in (["planned"], ["proposed"], ["indicated"], ["contemplated"], ["considered"], ["relevant"],
                       ["applicable"], ["due"]) or after[2:4] == ["at", "issue"]
        or (after[2:3] in (["an"], ["a"]) and after[3:4] in (["option"], ["consideration"], ["alternative"],
                                                             ["candidate"])))


def _person_carried(sent: Sentence, seg: Segment) -> bool:
    """'This 39-year-old has back pain ..., has failed therapy and a stimulator trial': a clause that opens
    with its verb takes the worker from the clause before."""
    k = sent.segments.index(seg)
    if seg.kind == "rel" and seg.words[:1] == ["who"]:
        lead = [t.text for o in sent.segments if o is not seg for t in o.tokens
                if t.end <= seg.start and t.text.isalpha()]
        return lead[-1:] != [] and lead[-1] in _PERSON_WORDS  # "the worker, who is awaiting a cervical fusion, ..."
    if k > 0 and seg.words[:1] in (["and"], ["or"]) and not has_verb(seg.words) \
            and set(sent.segments[0].words) & _PERSON_WORDS:
        return True  # "the worker has low back pain, which ..., and a cardiac pacemaker": the main verb's object
    while k > 0:  # "he is homebound ..., has skin breakdown ..., and is an insulin-dependent diabetic"
        words = [x for x in sent.segments[k].words if x not in ("and", ",")]
        if words[:1] not in (["has"], ["had"], ["is"], ["was"], ["underwent"], ["received"]):
            return False
        if set(sent.segments[k - 1].words) & _PERSON_WORDS or (
                sent.segments[k - 1].kind == "rel" and _person_carried(sent, sent.segments[k - 1])):
            return True  # "the worker, who has CRPS ... and is also on home oxygen for COPD"
        k -= 1
    return False


_REFLEXES = {"reflex", "pulse", "achille", "patellar", "bicep", "tricep", "brachioradiali", "jerk"}


_LOCATIVES = {"over", "at", "along", "across", "about"}


def _phrase_before(words: list[str], j: int) -> tuple[list[str], int]:
    """Up to four content words ending at index j, and the index where they stop."""
    before: list[str] = []
    while j >= 0 and len(before) < 4 and words[j].isalpha() and words[j] not in _FINDING_STOP \
            and words[j] not in _FINDING_SIGN and words[j] not in _FINDING_SKIP:
        before.insert(0, words[j])
        j -= 1
    return before, j


def _finding_phrases(words: list[str]) -> list[tuple[tuple[str, ...], int, int]]:
    """(stemmed phrase, sign, index of the polarity word) for each 'X was positive' / 'positive X' in the words."""
    out = []
    for k, w in enumerate(words):
        sign = _FINDING_SIGN.get(w)
        if sign is None:
            continue
        j = k - 1
        while j >= 0 and words[j] in _FINDING_SKIP:
            j -= 1
        before, j = _phrase_before(words, j)
        heads = []
        while j >= 0 and words[j] in ("the", "a", "an", "her", "his", "left", "right"):
            j -= 1
        if before and j > 0 and words[j] in _LOCATIVES:  # "the Tinel sign over the superficial radial nerve was
            j -= 1  # negative": the sign itself, not only where it was elicited
            while j >= 0 and words[j] in _FINDING_SKIP:
                j -= 1
            heads = [_phrase_before(words, j)[0]]
        after: list[str] = []
        j = k + 1
        while j < len(words) and words[j] in ("left", "right", "bilateral"):
            j += 1  # "absent right Achilles reflex"
        while j < len(words) and len(after) < 4 and words[j].isalpha() and words[j] not in _FINDING_STOP \
                and words[j] not in _FINDING_SIGN and words[j] not in _FINDING_SKIP:
            after.append(words[j])
            j += 1
        for phrase in (before, after, *heads):
            stems = tuple(stem(x) for x in phrase)
            if stems and not set(stems) <= _FINDING_GENERIC and any(len(x) > 3 for x in stems):
                lost = w == "absent" and bool(set(stems) & _REFLEXES)  # an absent reflex is abnormal
                out.append((stems, 1 if lost else sign, k))
    return out


@lru_cache(maxsize=32)
def _case_findings(case_text: str) -> dict[tuple[str, ...], int]:
    """Each examination finding the case states with one polarity ('straight leg raise negative'): read once per
    record, not per clause. A finding stated both ways, or under a negation, is left out."""
    signs: dict[tuple[str, ...], set[int]] = {}
    for clause in re.split(r"[.;:\n()]", case_text):
        for part in _listed(clause):
            words = [t.text.lower() for t in tokenize(part)]
            if set(words) & L.NEGATORS - {"absent"}:
                continue  # "absent right Achilles reflex" is a finding, read by its polarity word
            for phrase, sign, _ in _finding_phrases(words):
                signs.setdefault(phrase, set()).add(sign)
            for x in words:
                if x in _SIGN_NOUNS:  # "paraspinal muscle tenderness": a finding stated by its noun alone
                    signs.setdefault((stem(x),), set()).add(1)
    return {p: next(iter(v)) for p, v in signs.items() if len(v) == 1}


_SIGN_NOUNS = {"tenderness", "spasm", "guarding", "allodynia"}


def _listed(clause: str) -> list[str]:
    """'strength, sensation and reflexes normal' read as each item with the shared result; other commas
    separate clauses."""
    m = re.match(r"^\s*((?:[a-z ]+,\s*)+[a-z ]+?\s+(?:and|or)\s+[a-z ]+?)\s+((?:were|was|are|is)\s+)?(\w+)\s*$",
                 clause, re.I)
    if m and m.group(3).lower() in _FINDING_SIGN:
        items = re.split(r",\s*|\s+(?:and|or)\s+", m.group(1))
        return [f"{item} {m.group(3)}" for item in items if item.strip()]
    return clause.split(",")


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _finding_polarity_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    found = _case_findings(rec.case_text)
    if not found:
        return []
    hits: list[Hit] = []
    for seg in seg_ok:
        w = seg.words
        if not set(w) & set(_FINDING_SIGN) or seg.modal:
            continue
        for phrase, sign, k in _finding_phrases(w):
            if set(w[max(0, k - 6):k + 4]) & L.NEGATORS:
                continue  # "no positive findings": denied, not said; but "a negative Tinel sign, and no relief" is
            for case_phrase, case_sign in found.items():
                if case_sign == sign or not (_contains(phrase, case_phrase) or _contains(case_phrase, phrase)):
                    continue
                shorter = phrase if len(phrase) <= len(case_phrase) else case_phrase
                if set(shorter) <= _FINDING_GENERIC:
                    continue
                s, e = seg.tokens[k].start, seg.tokens[k].end
                said = sent.text[seg.start - sent.start:seg.end - sent.start]
                hits.append(Hit("misstated_fact", f"sentence {sent.index} says {' '.join(phrase)} was {w[k]} "
                                f"('{said}'); the case record states the opposite ({' '.join(case_phrase)} "
                                f"{_SIGN_WORDS[case_sign]})",
                                sent.index, (s, e), w[k]))
                return hits
    return _positive_denied(sent, seg_ok, [p for p, v in found.items() if v == 1 and not set(p) & _FINDING_GENERIC])


_DX_WORD_RX = re.compile(r"\b[a-z]+(?:pathy|pathic|itis|osis|algia)\b")
_DX_HEDGE_RX = re.compile(r"\b(?:possible|probable|suspected|rule[- ]out|r/o|history|resolved|questionable|versus|vs|"
                          r"without|no|not)\b")
_DX_EVIDENCE = {"evidence", "findings", "finding", "signs", "sign", "exam", "examination", "objective", "imaging",
                "mri", "emg", "clinical", "corroborated", "corroboration", "confirmed", "confirmation", "proof",
                "criterion", "criteria", "met", "requirement", "requires", "required", "documentation", "documented"}


@lru_cache(maxsize=32)
def _diagnosis_stems(diagnoses: tuple[str, ...]) -> dict[str, str]:
    """The case's firm diagnoses by their stem ('radiculopath' for 'lumbar radiculopathy'); a hedged or denied
    one ('possible radiculopathy', 'strain without radiculopathy') is not firm."""
    out: dict[str, str] = {}
    for d in diagnoses:
        low = d.lower()
        for m in _DX_WORD_RX.finditer(low):
            if not _DX_HEDGE_RX.search(low[:m.start()]):
                out.setdefault(re.sub(r"(?:y|ic|is|ia)$", "", m.group(0)), d)
    return out


def _diagnosis_denied(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'Radiculopathy has been ruled out', 'he has no radiculopathy', 'the pain is not neuropathic' where the case
    diagnoses it. Only a flat denial counts: 'no radicular findings on examination' speaks of the examination."""
    stems = _diagnosis_stems(rec.diagnoses)
    if not stems or {x for o in sent.segments for x in o.words} & _DX_EVIDENCE:
        return []  # "absence of radiculopathy: not met": a criterion's name; "no radicular findings": the examination
    for seg in seg_ok:
        if seg.modal or seg.guideline or seg.historical:
            continue
        w = seg.words
        earlier = [x for o in sent.segments if o.start < seg.start for x in o.words]
        for k, word in enumerate(w):
            dx = next((d for st, d in stems.items() if word.startswith(st)), None)
            if dx is None:
                continue
            before, after = w[max(0, k - 3):k], w[k + 1:k + 5]
            if before[-1:] in (["no"], ["without"]) or (before[-1:] == ["not"] and before[-2:-1] in (["is"], ["was"],
                                                                                                  ["are"])):
                cue = k - 1
            elif before[-2:] in (["absence", "of"], ["free", "of"], ["out", "any"], ["ruled", "out"]):
                cue = k - 2
            elif any(after[i:i + 2] == ["ruled", "out"] or after[i:i + 1] in (["excluded"], ["absent"])
                     for i in range(3) if all(x in ("has", "have", "been", "was", "were", "is", "are")
                                              for x in after[:i])):
                cue = k
            else:
                continue
            if set(earlier + w[:cue]) & (L.NEGATORS | {"not", "no", "nor", "never"}):
                continue  # "there is no documentation that radiculopathy is absent": a double negative
            s, e = seg.tokens[max(0, k - 2)].start, seg.tokens[min(len(w) - 1, k + 2)].end
            said = sent.text[s - sent.start:e - sent.start]
            return [Hit("misstated_fact", f"sentence {sent.index} denies {word} ('{said}'); the case record diagnoses "
                        f"it ('{dx}')", sent.index, (s, e), said)]
    return []


_TREATMENT_RX = (r"(?:land-based\s+|supervised\s+|formal\s+)?(?:physical\s+therapy|physiotherapy|therapy)|"
                 r"chiropractic(?:\s+care|\s+treatment|\s+manipulation)?|acupuncture|nsaids?|anti-inflammator(?:y|ies)|"
                 r"naproxen|ibuprofen|meloxicam|acetaminophen|gabapentin|muscle\s+relaxants?|cyclobenzaprine|"
                 r"(?:a\s+)?home\s+exercises?(?:\s+program(?:me)?)?|medications?|psychotherapy|"
                 r"cognitive\s+behaviou?ral\s+therapy|sertraline|duloxetine|amitriptyline|nortriptyline|"
                 r"antidepressants?")
_TREATMENT_DENIED_RX = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:never|not(?:\s+yet)?)\s+(?:\w+\s+)?(?:had|tried|attempted|undergone|received|done|"
    r"completed|used|taken|started|participated\s+in|engaged\s+in|attended|followed|performed|given|prescribed|"
    r"offered)|never\s+(?:had|tried|"
    r"attempted|underwent|received|did|completed|used|took|started|participated\s+in|engaged\s+in|attended|followed|"
    r"performed)|without\s+any|no\s+(?:prior|previous|earlier)|(?:shows|documents|records|describes|lists|reflects|"
    r"mentions)\s+no|(?:has|have)\s+had\s+no|(?:received|undergone|tried|with)\s+no)\s+"
    r"(?:any\s+|a\s+|an\s+)?(?:(?:course|trial)\s+of\s+)?(?:\w+\s+)??(" + _TREATMENT_RX + r")\b"
    r"(?!\s+(?:since|for\s+(?:(?:this|the)(?!\s+injury)|her|his|earlier|prior|previous|past|other)|in\s+the\s+"
    r"(?:past|last)|recently|"
    r"after|before|this|again|yet\s+for|"
    r"at\s+home|alone|in\s+(?:a|the)\s+pool|goals?|notes?|records?|reports?|plans?|orders?|prescriptions?))", re.I)
_TREATMENT_DONE_RX = re.compile(
    r"\b(?:she|he|worker|patient|claimant|and)\s+(?:(?:has|had)\s+(?:already\s+)?(?:failed|completed|tried|undergone|"
    r"attended|finished|been\s+through|performed|done|kept\s+up|maintained|followed)|(?:was|were)\s+(?:discharged\s+"
    r"(?:with|on|to)|taught|instructed\s+in|started\s+on)|(?:already\s+)?(?:completed|underwent|attended|finished)|"
    r"(?:is|was|has\s+been|had\s+been)\s+(?:already\s+|now\s+)?(?:performing|doing|following|"
    r"maintaining|continuing))\s+(?:a\s+|an\s+|the\s+|her\s+|his\s+)?(?:written\s+|regular\s+|daily\s+)?"
    r"(?:(?:course|trial)\s+of\s+)?("
    + _TREATMENT_RX + r")\b", re.I)  # "she is already performing a home exercise program" where the record has none
# "he had a short course of chiropractic care earlier", "completed 12 acupuncture treatments and a course of physical
# therapy": a course said to have been had
_HAD_COURSE_RX = re.compile(r"\b(?:had|received|underwent|completed|tried)\s+(?:[^.;]{0,60}?\band\s+)?"
                            r"(?:an?|the|his|her)\s+(?:short\s+|brief\s+|full\s+)?(?:trial|course)\s+of\s+("
                            + _TREATMENT_RX + r")\b", re.I)
# "after an earlier trial of cyclobenzaprine was stopped because of sedation" where the record has none
_PRIOR_TRIAL_RX = re.compile(r"\b(?:an?|the|his|her)\s+(?:earlier|prior|previous)\s+(?:trial|course)\s+of\s+("
                             + _TREATMENT_RX + r")\b", re.I)
# "six weeks of physical therapy have not changed the leg symptoms": a course said to have been had
_COURSE_RX = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+"
                        r"(?:weeks?|months?|sessions?|visits?|courses?)\s+of\s+(" + _TREATMENT_RX + r")\b"
                        r"(?=\s+(?:have|has|had|did|failed|brought|gave|produced|made|helped|without)\b)", re.I)
# "no land-based physical therapy has yet been attempted", "acetaminophen, the first choice, has not been tried",
# "no home exercise program is in place": the treatment denied after it is named
_TREATMENT_DENIED_AFTER_RX = re.compile(
    r"\b(?:(?<=\bno\s)(" + _TREATMENT_RX + r")(?:\s+or\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:has|have|had)\s+(?:yet\s+)?been\s+"
    r"(?:tried|attempted|used|given|prescribed|started|undertaken|provided|received|offered)|"
    r"(?<=\bno\s)(" + _TREATMENT_RX + r")\s+(?:is|was)\s+(?:yet\s+)?(?:in\s+place|"
    r"ongoing|underway|being\s+(?:done|performed|followed))|(" + _TREATMENT_RX + r")(?:\s*,[^,;.]{1,50},)?\s+"
    r"(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:tried|attempted|used|given|prescribed|started))\b"
    r"(?!\s+(?:too|enough|an?\s+(?:fair|adequate|sufficient|proper|full))\b)", re.I)  # but "has not been given too
# short a trial": it was given
# "no trial of acetaminophen is documented" where the record has one
_TRIAL_UNDOCUMENTED_RX = re.compile(r"\bno\s+(?:prior\s+|previous\s+|earlier\s+)?(?:trial|course|use)\s+of\s+("
                                    + _TREATMENT_RX + r")\s+(?:is|was|has\s+been)\s+(?:documented|recorded|noted|"
                                    r"described|reported)\b", re.I)
_TOLERATED_RX = re.compile(r"\b(?:has\s+|had\s+)?(?:tolerat(?:ed|es|ing)|completed|finished)\s+(?:a\s+|the\s+|her\s+|"
                           r"his\s+)?(?:(?:full\s+)?course\s+of\s+)?((?:land-based\s+)?(?:physical\s+therapy|"
                           r"therapy|exercises?)|naproxen|ibuprofen|nsaids?|meloxicam|anti-inflammator(?:y|ies)|"
                           r"medications?)\s+(?:well|without\s+(?:any\s+)?(?:difficulty|problems?|side\s+effects?|"
                           r"complaint|incident)|fine)", re.I)
_EARLIER_USE_RX = re.compile(r"\b(?:has|had|have)\s+(?:\w+\s+)?(?:used|taken|tried)\s+([\w-]+)\b[^.;]{0,40}?\b"
                             r"(?:for|during|in)\s+(?:earlier|prior|previous|past|other)\s+(?:flares?|episodes?|exacerbations?)|\b(?:previously|"
                             r"already)\s+(?:used|taken|took|tried)\s+([\w-]+)|\b(?:earlier|prior|previous)\s+(?:courses?|"
                             r"use|trials?)\s+of\s+([\w-]+)", re.I)
_NONE_BEFORE_RX = re.compile(r"\bno\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:was\s+)?(?:taken|used|tried|prescribed)\s+"
                             r"(?:before|previously|earlier)\b", re.I)
# "she has used cyclobenzaprine intermittently for earlier flares" where the record says "no muscle relaxant
# taken before this flare"
_NOT_TOLERATED_RX = re.compile(r"\b(?:not|n't|unable\s+to)\s+tolerat|intoleran", re.I)
_THERAPY_NOT_TOLERATED_RX = re.compile(r"\b(?:therapy|exercises?)\b[^.;]{0,30}\bstopped\s+after|"
                                       r"(?:not|n't|unable\s+to)\s+tolerat\w*\s+(?:[\w-]+\s+){0,2}(?:therapy|"
                                       r"exercises?)\b", re.I)
_OUTER_DENIAL_RX = re.compile(r"\b(?:not|never|cannot|nor|no)\b[^.;:,]{0,30}\b(?:that|whether)\b[^.;:]*$|"
                              r"\b(?:untrue|false|incorrect|inaccurate)\b|"
                              r"\bnot\s+as\s+(?:though|if)\b[^.;:]*$", re.I)  # "it is not as though she never had
_RECORD_NEGATION_RX = re.compile(r"\b(?:no|not|never|without|nor|denies|neither)\b(?:\s+[\w-]+){0,4}\s*$", re.I)


def _told(name: str, record: str, loose: bool = False) -> bool:
    """The record names the treatment without a negation: 'completed land-based physical therapy'. Loosely,
    by its kind: any therapy, any exercise program, any NSAID."""
    rx = r"\b" + re.escape(re.sub(r"^formal\s+", "", name)).replace(r"\ ", r"\s+")  # "formal physical therapy" is
    # physical therapy; "land-based physical therapy" is the record's "land-based therapy"
    rx = rx.replace(r"based\s+physical\s+therapy", r"based\s+(?:physical\s+)?therapy")
    if loose:
        core = re.sub(r"^(?:land-based|supervised|formal|a)\s+", "", name)
        rx = next((kind for key, kind in _TREATMENT_KINDS if key in core), rx)
    return any(not _RECORD_NEGATION_RX.search(record[max(0, t.start() - 40):t.start()])
               for t in re.finditer(rx, record))


_TOO_GENERAL = {"therapy", "medication", "medications"}  # too general to compare with the record
_ANY_NSAID = r"nsaid|naproxen|ibuprofen|meloxicam|diclofenac|anti-inflam"
_TALK_THERAPY = r"cognitive|\bcbt\b|psychotherap"
_TREATMENT_KINDS = [("cognitive", _TALK_THERAPY), ("psychotherapy", _TALK_THERAPY),
                    ("chiropractic", r"chiropract"), ("acupuncture", r"acupunct"),
                    ("therapy", r"therap|physiotherap|\bpt\b"), ("exercise", r"exercis|\bhep\b"),
                    ("nsaid", _ANY_NSAID), ("anti-inflam", _ANY_NSAID),
                    ("cyclobenzaprine", r"cyclobenzaprine|flexeril|amrix"), ("naproxen", r"naproxen|naprosyn|anaprox"),
                    ("ibuprofen", r"ibuprofen|motrin|advil")]


# "physical therapy, acupuncture and a course of cognitive behavioral therapy have all failed", "despite physical
# therapy, home stretching and acupuncture": a list of treatments the worker is said to have had
_FAILED_LIST_RX = re.compile(r"(?:^|[;:]\s*|\bbut\s+)([^;:]{3,200}?)\s+(?:have|has|had)\s+(?:all\s+|both\s+|each\s+)?"
                             r"(?:failed|not\s+(?:helped|restored|relieved|improved|worked|controlled))\b|"
                             r"\bdespite\s+([^;:.]{3,200}?)(?=,\s+(?:and|but|so|which|yet)\b|[;:.]|$)", re.I)


def _listed_treatments(sent: Sentence) -> Iterator[tuple[re.Match[str], int]]:
    """Each treatment named in a list the sentence says the worker had: one whose items all failed, or one
    the sentence concedes with "despite"."""
    for lst in _FAILED_LIST_RX.finditer(sent.text):
        g = 1 if lst.group(1) else 2
        span = lst.group(g)
        words = [t.text for t in tokenize(span)]
        if ("," not in span and " and " not in span) or re.search(r"\b(?:no|not|never|neither|nor|without|if|"
                                                                   r"unless|whether|such\s+as)\b", span, re.I) \
                or has_verb(words) or set(words) & {"is", "are", "was", "were", "has", "have", "had"}:
            continue  # "the denial of naproxen is overturned, as ... and acetaminophen has not helped": no list
        for m in re.finditer(r"\b(?:" + _TREATMENT_RX + r")\b", span, re.I):
            yield m, lst.start(g)


def _treatment_history(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'He has never attempted land-based physical therapy', 'has not yet tried physical therapy' where the
    record's history has that treatment, named without a negation; 'she has already failed a home exercise
    program' where it has none; 'she has tolerated naproxen without difficulty' where she does not."""
    for m, at in _listed_treatments(sent):
        seg = sent.segment_at(sent.start + at + m.start())
        name = re.sub(r"\s+", " ", m.group(0).lower())
        if seg in seg_ok and not seg.modal and not seg.hyp and not seg.guideline and name not in _TOO_GENERAL \
                and not _told(name, rec.record_only, loose=True):
            s, e = sent.start + at + m.start(), sent.start + at + m.end()
            return [Hit("unsupported_fact", f"sentence {sent.index} lists {name} among the treatments the worker "
                        f"has had; the case record documents no {name}", sent.index, (s, e), m.group(0))]
    for m in [*_TREATMENT_DONE_RX.finditer(sent.text), *_PRIOR_TRIAL_RX.finditer(sent.text),
              *_COURSE_RX.finditer(sent.text), *_HAD_COURSE_RX.finditer(sent.text)]:
        seg = sent.segment_at(sent.start + m.start())
        name = re.sub(r"\s+", " ", m.group(1).lower())
        if seg is None or seg not in seg_ok or seg.modal or seg.hyp or name in _TOO_GENERAL \
                or re.search(r"\b(?:not|never|no|neither|nor|nothing|whether|if|unless)\b",
                             sent.text[max(0, m.start() - 40):m.start()], re.I) \
                or _OUTER_DENIAL_RX.search(sent.text[:m.start()]):
            continue  # "it is not the case that this worker has already had a course of therapy"
        if not _told(name, rec.record_only, loose=True):
            s, e = sent.start + m.start(), sent.start + m.end()
            return [Hit("unsupported_fact", f"sentence {sent.index} says {name} was had or tried ('{m.group(0)}'); "
                        f"the case record documents no {name}", sent.index, (s, e), m.group(0))]
    for m in _EARLIER_USE_RX.finditer(sent.text):
        seg = sent.segment_at(sent.start + m.start())
        drug = next(g for g in m.groups() if g)
        if seg is None or seg not in seg_ok or seg.modal or seg.hyp \
                or re.search(r"\b(?:not|never|no)\b", sent.text[max(0, m.start() - 30):m.end()], re.I):
            continue
        for never in _NONE_BEFORE_RX.finditer(rec.record_only):
            if any(find.search(drug) and find.search(never.group(1)) for _, find, _ in CLINICAL):
                s, e = sent.start + m.start(), sent.start + m.end()
                return [Hit("unsupported_fact", f"sentence {sent.index} says {drug} was used before ('{m.group(0)}'); "
                            f"the case record says '{never.group(0)}'", sent.index, (s, e), m.group(0))]
    for m in _TOLERATED_RX.finditer(sent.text):
        seg = sent.segment_at(sent.start + m.start())
        therapy = re.search(r"therapy|exercise", m.group(1), re.I)
        if seg in seg_ok and not seg.modal and not seg.hyp \
                and (_THERAPY_NOT_TOLERATED_RX if therapy else _NOT_TOLERATED_RX).search(rec.record_only) \
                and not re.search(r"\b(?:not|never|no)\b", sent.text[max(0, m.start() - 30):m.start()], re.I):
            s, e = sent.start + m.start(), sent.start + m.end()
            return [Hit("misstated_fact", f"sentence {sent.index} says {m.group(1)} is tolerated ('{m.group(0)}'); "
                        "the case record says it is not tolerated", sent.index, (s, e), m.group(0))]
    for m in [*_TREATMENT_DENIED_RX.finditer(sent.text), *_TREATMENT_DENIED_AFTER_RX.finditer(sent.text),
              *_TRIAL_UNDOCUMENTED_RX.finditer(sent.text)]:
        seg = sent.segment_at(sent.start + m.start())
        if seg is None or seg not in seg_ok or seg.modal or seg.hyp:
            continue
        if _OUTER_DENIAL_RX.search(sent.text[:m.start()]):
            continue  # "it is not the case that she has never had physical therapy": a double negative
        name = re.sub(r"\s+", " ", next(g for g in m.groups() if g).lower())
        if name in _TOO_GENERAL:
            continue  # "has not had therapy for this flare"
        if _told(name, rec.record_only):
            s, e = sent.start + m.start(), sent.start + m.end()
            return [Hit("misstated_fact", f"sentence {sent.index} says {name} was never had or tried "
                        f"('{m.group(0)}'); the case record documents {name}", sent.index, (s, e), m.group(0))]
    return []


def _positive_denied(sent: Sentence, seg_ok: list[Segment], positives: list[tuple[str, ...]]) -> list[Hit]:
    """'The examination shows no Tinel sign' where the record finds a positive Tinel sign."""
    for seg in seg_ok:
        if seg.modal or seg.hyp:
            continue
        stems = tuple(stem(x) for x in seg.words)
        for phrase in positives:
            at = next((i for i in range(len(stems) - len(phrase) + 1) if stems[i:i + len(phrase)] == phrase), None)
            if at is None:
                continue
            lead = seg.words[max(0, at - 3):at]
            if not {"no", "without"} & set(lead) or set(seg.words[max(0, at - 8):at]) & {"not", "nor", "never"}:
                continue
            neg = max(k for k in range(max(0, at - 3), at) if seg.words[k] in ("no", "without"))
            s, e = seg.tokens[neg].start, seg.tokens[at + len(phrase) - 1].end
            said = sent.text[s - sent.start:e - sent.start]
            return [Hit("misstated_fact", f"sentence {sent.index} denies {' '.join(phrase)} ('{said}'); the case "
                        f"record finds it positive", sent.index, (s, e), said)]
    return []


_IMAGING_FINDINGS = {"herniat": "disc herniation", "extru": "extrusion", "protru": "protrusion",
                     "compress": "nerve root compression", "stenos": "stenosis", "imping": "impingement",
                     "fractur": "fracture", "spondylolisthes": "spondylolisthesis", "arthrit": "arthritic change",
                     "osteophyt": "osteophytes", "narrow": "joint space narrowing", "degenerat": "degenerative change",
                     "root contact": "nerve root contact"}
_FINDING_SUPPORT = {"arthrit": r"\b(?:osteo)?arthrit|\bosteophyt|joint space narrowing",
                    "degenerat": r"\bdegenerat|\bosteophyt|joint space narrowing|\bdesiccat"}  # what in a case shows it
_IMAGING_WORDS = {"mri", "imaging", "ct", "x-ray", "xray", "radiograph", "radiographs", "scan", "films", "myelogram"}
_DENIED_FINDING_RX = re.compile(r"\b(?:no|without|nor|absent|(?:does|did|do)\s+not\s+(?:show|demonstrate|reveal|"
                                r"identify)|(?<!not )(?<!never )fail(?:s|ed)?\s+to\s+(?:show|demonstrate|reveal))\s+"
                                r"(?:any\s+|evidence\s+of\s+|sign\s+of\s+)?"
                                r"(?:[a-z-]+\s+){0,3}?(" + "|".join(_IMAGING_FINDINGS) + r")[a-z]*", re.I)


_NORMAL_IMAGING_RX = re.compile(r"\b(?:mri|x-?rays?|radiographs?|imaging|ct|films?|scan)\b(?:[^.;,]|,(?=\s*\d{4}))"
                                r"{0,40}?\b"  # "her x-ray of July 20, 2015 was unremarkable": a date's comma
                                r"(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:normal|unremarkable|negative)\b|"
                                r"\b(?:normal|unremarkable|negative)\s+(?:[a-z-]+\s+){0,2}?"
                                r"(?:mri|x-?rays?|radiographs?|imaging|ct|films?)\b", re.I)


@lru_cache(maxsize=32)
def _affirmed_imaging(case_text: str) -> frozenset[str]:
    """Imaging findings the case states without a negation in their clause ('an L4-5 extrusion compressing the
    L5 root')."""
    out = set()
    for clause in re.split(r"[.;:\n(),]", case_text):
        words = set(re.findall(r"[a-z]+", clause.lower()))
        if words & (L.NEGATORS | {"without"}):
            continue
        out |= {s for s in _IMAGING_FINDINGS if re.search(_FINDING_SUPPORT.get(s, rf"\b{s}"), clause, re.I)}
    return frozenset(out)


def _request_purpose(w: list[str], k: int) -> bool:
    """'The request for Flexeril #30 for an acute flare of chronic neck pain': what the request is for."""
    fors = [j for j in range(k) if w[j] == "for"]
    return len(fors) >= 2 and any(x in ("request", "requested", "prescription", "prescribed") for x in w[:fors[0]]) \
        and not set(w[fors[-1] + 1:k]) & {",", "which", "that", "if", "unless", "when"}


@lru_cache(maxsize=32)
def _denied_imaging(case_text: str) -> frozenset[str]:
    """Imaging findings the case mentions only to deny them ('without clear root compression')."""
    said: set[str] = set()
    denied: set[str] = set()
    for clause in re.split(r"[.;:\n(),]", case_text):
        for key in _IMAGING_FINDINGS:
            for m in re.finditer(rf"\b{key}", clause, re.I):
                (denied if _CASE_NEGATOR_RX.search(clause[:m.start()]) else said).add(key)
    return frozenset(denied - said)


_AFFIRMED_FINDING_RX = re.compile(r"\b(?:mri|imaging|ct|scan|x-?rays?|radiographs?|films?)\b[^.;]{0,40}?\b"
                                  r"(?:shows?|showed|demonstrates?|demonstrated|reveals?|revealed|confirms?|confirmed|"
                                  r"with)\s+"
                                  r"(?:[a-z0-9-]+\s+){0,4}?(" + "|".join(_IMAGING_FINDINGS) + r")[a-z]*", re.I)


_NOT_DERMATOMAL_RX = re.compile(r"\bnot\s+in\s+an?\s+(?:clear|definite|specific|distinct)\s+dermatom|"
                                r"\bnon-?dermatomal\b", re.I)
_DERMATOMAL_RX = re.compile(r"\b(?:in\s+an?\s+(?:clear\s+|definite\s+|specific\s+|distinct\s+)?dermatom\w*|"
                            r"(?<!non-)(?<!non)dermatomal(?:\s+(?:distribution|pattern))?)\b", re.I)


def _denied_in_clause(sent: Sentence, seg: Segment, at: int, more: str = "", stops: str = ",;:") -> bool:
    """A negator between the clause's start and sent.text[at], with none of `stops` between: 'nor does the MRI
    show ...'; `more` adds negators of the caller's own."""
    words = r"nor|neither|never|not" + (f"|{more}" if more else "")
    return re.search(rf"\b(?:{words})\b[^{stops}]*$", sent.text[max(0, seg.start - sent.start):at], re.I) is not None


def _dermatome_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'Sensation was decreased in a clear dermatomal distribution' where the record's sensory change is not in a
    clear dermatome."""
    if not _NOT_DERMATOMAL_RX.search(rec.record_only):
        return []
    for m in _DERMATOMAL_RX.finditer(sent.text):
        seg = sent.segment_at(sent.start + m.start())
        if seg is None or seg not in seg_ok or seg.modal or seg.hyp \
                or _denied_in_clause(sent, seg, m.start(), r"no|without|short\s+of|lacks?|lacking", ",;:."):
            continue  # "the findings fall short of a clear dermatomal pattern"
        span = (sent.start + m.start(), sent.start + m.end())
        return [Hit("misstated_fact", f"sentence {sent.index} puts the sensory change in a dermatome ('{m.group(0)}'); "
                    "the case record says it is not in a clear dermatome", sent.index, span, m.group(0))]
    return []


def _imaging_affirmed_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'The MRI demonstrates clear compression of the nerve root' where the MRI shows no root compression."""
    denied = _denied_imaging(rec.case_text)
    if not denied:
        return []
    for m in _AFFIRMED_FINDING_RX.finditer(sent.text):
        seg = sent.segment_at(sent.start + m.start(1))
        if m.group(1).lower() not in denied or seg is None or seg not in seg_ok or seg.modal \
                or _CASE_NEGATOR_RX.search(m.group(0)[:m.start(1) - m.start()]) \
                or _denied_in_clause(sent, seg, m.start()):
            continue  # "nor does the MRI show clear root compression"
        span = (sent.start + m.start(1), sent.start + m.end())
        return [Hit("misstated_fact", f"sentence {sent.index} says the imaging shows "
                    f"{_IMAGING_FINDINGS[m.group(1).lower()]} ('{m.group(0)}'); the case record's imaging shows none",
                    sent.index, span, m.group(0))]
    return []


def _imaging_denial_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'The MRI shows no disc herniation and no nerve root contact' where the MRI shows an extrusion
    compressing the root: an imaging finding denied that the case states."""
    affirmed = _affirmed_imaging(rec.case_text)
    if not affirmed:
        return []
    for seg in seg_ok:
        if seg.modal or not set(seg.words) & _IMAGING_WORDS:
            continue
        text, starts = _seg_text(seg)
        normal = _NORMAL_IMAGING_RX.search(text)
        if normal and not re.search(r"\b(?:not|never|nor)\b", normal.group(0)):
            s = seg.tokens[_token_at(starts, normal.start())].start
            e = seg.tokens[_token_at(starts, normal.end() - 1)].end
            shown = " and ".join(_IMAGING_FINDINGS[k] for k in sorted(affirmed))
            said = sent.text[s - sent.start:e - sent.start]
            return [Hit("misstated_fact", f"sentence {sent.index} calls the imaging normal ('{said}'); the case "
                        f"record's imaging shows {shown}", sent.index, (s, e), said)]
        for m in _DENIED_FINDING_RX.finditer(text):
            if m.group(1).lower() in affirmed:
                s, e = seg.tokens[_token_at(starts, m.start())].start, seg.tokens[_token_at(starts, m.end() - 1)].end
                return [Hit("misstated_fact", f"sentence {sent.index} denies {_IMAGING_FINDINGS[m.group(1).lower()]} "
                            f"('{m.group(0)}'); the case record's imaging shows it", sent.index, (s, e), m.group(0))]
    return []


_PRIOR_TEST_RX = re.compile(r"\b(?:prior|previous|earlier|past|old)\s+(?:[a-z-]+\s+){0,2}?(mri|ct|emg|ncv|ncs|x-?rays?|"
                            r"radiographs?|electrodiagnostic\s+(?:study|studies|testing)|nerve\s+conduction|"
                            r"electromyogra\w*)\b|\b(?:an?|the)\s+(mri|ct|emg|ncv|ncs)\s+(?:was\s+)?(?:performed|done|"
                            r"obtained)\s+(?:in|on)\s+(?:[A-Z][a-z]+|\d)", re.I)


def _support_for(test: str) -> re.Pattern[str]:
    """What in a record shows a test was done: the clinical lexicon's own support pattern for it."""
    words = (test, test.split()[0])
    return next((support for _, find, support in CLINICAL if any(find.fullmatch(x) for x in words)),
                re.compile(re.escape(test), re.I))


def _prior_test_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'A prior lumbar MRI in June 2015 was unremarkable': an earlier study of the kind requested, which the
    record (leaving out the request itself) never mentions."""
    for m in _PRIOR_TEST_RX.finditer(sent.text):
        seg = sent.segment_at(sent.start + m.start())
        if seg is None or seg not in seg_ok or seg.modal:
            continue
        test = (m.group(1) or m.group(2)).lower()
        if not _support_for(test).search(rec.record_only):
            span = (sent.start + m.start(), sent.start + m.end())
            return [Hit("unsupported_fact", f"sentence {sent.index} speaks of '{m.group(0)}'; the record mentions "
                        f"no earlier {test}", sent.index, span, m.group(0))]
    return []


_OPIOID_NAMES = r"(?:opioids?|oxycodone|hydrocodone|norco|percocet|tramadol|morphine|narcotics?)"
_CESSATION_RX = re.compile(r"\b(?:quit|stopped|ceased|gave\s+up|given\s+up|come\s+off|came\s+off|weaned\s+off|"
                           r"discontinued)\s+(?:her\s+|his\s+|the\s+|all\s+)?(smoking|tobacco|cigarettes|"
                           + _OPIOID_NAMES + r")\b", re.I)
_STILL_RX = {"smoking": re.compile(r"\b(?:smokes|current smoker|still smok\w*|continues to smoke)\b", re.I),
             "opioid": re.compile(r"\b(?:(?:continues|continuing|takes|taking|still on|remains on)\s+(?:\w+\s+){0,2}?|"
                                  r"(?:has|have|had)\s+not\s+(?:yet\s+)?been\s+(?:tapered|weaned)\s+(?:off\s+)?"
                                  r"(?:\w+\s+){0,1}?)" + _OPIOID_NAMES, re.I)}  # "he has not yet been tapered off
# opioids"


_STOPPED_AFTER_RX = {"smoking": re.compile(r"\b(?:smoking|tobacco(?:\s+use)?|cigarettes)\s+(?:was\s+|were\s+|"
                                           r"has\s+been\s+|have\s+been\s+)?(?:stopped|quit|ceased|discontinued)\b",
                                           re.I),
                     "opioid": re.compile(_OPIOID_NAMES + r"\s+(?:was\s+|were\s+|has\s+been\s+|have\s+been\s+)?"
                                          r"(?:tapered\s+off|weaned(?:\s+off)?|stopped|discontinued|ceased)\b", re.I)}


def _cessation_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'She has quit smoking and come off opioids' where the record says she smokes and continues oxycodone;
    and 'he continues to take opioids' where the record says they were tapered off."""
    for kind, still_rx in _STILL_RX.items():
        for m in still_rx.finditer(sent.text):
            seg = sent.segment_at(sent.start + m.start())
            if seg is None or seg not in seg_ok or seg.hyp or seg.modal:
                continue
            stopped = _STOPPED_AFTER_RX[kind].search(rec.case_text) or next(
                (c for c in _CESSATION_RX.finditer(rec.case_text)
                 if (kind == "smoking") == (c.group(1).lower() in ("smoking", "tobacco", "cigarettes"))), None)
            if stopped and not still_rx.search(rec.case_text):
                span = (sent.start + m.start(), sent.start + m.end())
                return [Hit("misstated_fact", f"sentence {sent.index} says '{m.group(0)}'; the record says "
                            f"'{stopped.group(0)}'", sent.index, span, m.group(0))]
    for m in _CESSATION_RX.finditer(sent.text):
        seg = sent.segment_at(sent.start + m.start())
        if seg is None or seg.hyp or seg.modal or (seg.guideline and not seg.case):
            continue
        kind = "smoking" if m.group(1).lower() in ("smoking", "tobacco", "cigarettes") else "opioid"
        still = _STILL_RX[kind].search(rec.case_text)
        if still:
            span = (sent.start + m.start(), sent.start + m.end())
            return [Hit("misstated_fact", f"sentence {sent.index} says '{m.group(0)}'; the record says "
                        f"'{still.group(0)}'", sent.index, span, m.group(0))]
    return []


# ---------------------------------------------------------------- a normal examination against abnormal findings

_NEURO_ABNORMAL_RX = re.compile(r"\b(?:decreased|diminished|reduced|absent|altered|impaired|patchy) (?:\w+ )?"
                                r"(?:sensation|reflex(?:es)?)|\bsensory (?:loss|deficits?)|\bweakness\b|"
                                r"\bhyp(?:o|er)(?:a)?esthesia|\bpositive (?:straight leg|spurling)|\batrophy\b", re.I)
_EXAM_ABNORMAL_RX = re.compile(r"\btender(?:ness)?\b|\bspasm\b|\blimited\b|\breduced\b|\brestricted\b|"
                               r"\btrigger points?\b|\btwitch\b|\bswelling\b|\ballodynia\b|\bguarding\b|"
                               r"\bpositive\b", re.I)
_NORMAL = r"(?:entirely |completely |fully |totally |otherwise |also |all )?(?:normal|intact|unremarkable|benign)"
_NEURO_NORMAL_RX = re.compile(
    r"\b(?:neurologic(?:al)?|neuro) (?:exam(?:ination)?|findings?|testing|status)"
    r"(?: (?:in|on|at|from|of) [\w -]{1,25}?)? (?:was |is |were |are |has been |remains? )" + _NORMAL + r"\b|"
    r"\bno (?:focal |objective )?(?:sensory|neurologic(?:al)?|neuro) (?:deficits?|loss|findings|abnormalit(?:y|ies))"
    r"\b(?! (?:of|for|to|that|suggest))|"
    r"\b(?:exam(?:ination)?|she|he|worker|patient) (?:was |is |were |remains? )(?:entirely |otherwise )?"
    r"neurologic(?:al)?ly (?:normal|intact)\b|"  # "the examination was neurologically normal"
    r"\b(?:a |an )?(?:entirely |completely )?(?:normal|intact|unremarkable) (?:sensory|neurologic(?:al)?|neuro) "
    r"(?:exam(?:ination)?|findings|testing)\b|"  # "the note documents a normal sensory examination"
    r"(?<!decreased )(?<!diminished )(?<!reduced )(?<!altered )\bsensation(?: (?:in|of|over|throughout) [\w -]{1,25}? "
    r"(?:was|is|were|remains)| (?:was |is |were )?) ?(?:entirely |fully )?(?:intact|normal)\b|"
    r"\b(?=(?:strength|reflexes)?[\w ,]{0,24}sensation)(?:sensation|strength|reflexes)(?:,? (?:and )?"
    r"(?:sensation|strength|reflexes)){1,2}(?: in (?:the|both|his|her) \w+)? (?:were |are |all )(?:all )?"
    r"(?:found to be |documented as |recorded as )?" + _NORMAL + r"\b",
    re.I)
_EXAM_NORMAL_RX = re.compile(
    r"\b(?:no|(?:not|never) (?:\w+ ){0,2}?any) (?:objective|abnormal|physical|examination|exam) (?:findings|signs|"
    r"abnormalit(?:y|ies))\b(?! (?:of|for|to|that|suggest))|"
    r"\bno (?:objective |abnormal |physical )?findings (?:on|at) (?:physical )?exam(?:ination)?\b|"
    r"\b(?:physical )?exam(?:ination)? (?:was |is |were )(?:entirely |completely |totally )(?:normal|unremarkable|"
    r"benign)\b|\b(?:entirely|completely|totally) (?:normal|unremarkable) (?:physical )?exam(?:ination)?\b", re.I)


_MOTION_FULL_RX = re.compile(r"\b(?:full|normal|unrestricted|preserved) (?:\w+ )?(?:range of motion|rom|motion|"
                             r"rotation|flexion|mobility)\b|\b(?:range of motion|motion|mobility|rotation) (?:is |was |"
                             r"remains |are |were )(?:fully |well )?(?:full|normal|unrestricted|preserved|intact)\b",
                             re.I)
_MOTION_LIMITED_RX = re.compile(r"\b(?:restricted|limited|reduced|decreased|diminished|impaired|loss of) "
                                r"(?:\w+ ){0,2}(?:range of motion|rom|motion|rotation|flexion|extension|mobility)\b|"
                                r"\b(?:range of motion|motion|rotation|flexion|extension|mobility) (?:is |was )?"
                                r"(?:restricted|limited|reduced|decreased)\b", re.I)


_MOTOR_NORMAL_RX = re.compile(r"\b(?:motor (?:testing|exam(?:ination)?|strength|function)|(?<!grip )strength)(?: and "
                              r"(?:reflexes|sensation))?(?: in (?:the |both |his |her )?(?:left |right )?(?:arms?|"
                              r"legs?|upper|lower|extremit(?:y|ies))(?: extremit(?:y|ies))?)? (?:was |is |were |are |"
                              r"remains )"
                              r"(?:all )?(?:entirely |fully |completely )?(?:normal|intact|full|5/5|preserved)\b|"
                              r"\bfull (?:motor )?strength\b|\bno (?:motor )?weakness\b|"
                              r"\b(?:strength|motor function) (?:preserved|intact)\b|"
                              r"\b(?:preserved|intact|normal) (?:motor )?strength\b",
                              re.I)
_MOTOR_ABNORMAL_RX = re.compile(r"\bweakness\b|\b[0-4][+-]?/5\b|\bmotor deficits?\b|\batrophy\b", re.I)
_REFLEX_NORMAL_RX = re.compile(r"\breflexes (?:was |is |were |are )(?:all )?(?:entirely |fully )?(?:normal|intact|"
                               r"symmetric|preserved)\b|\bno reflex (?:changes?|deficits?|abnormalit\w+)", re.I)
_REFLEX_ABNORMAL_RX = re.compile(r"\b(?:absent|diminished|decreased|reduced|depressed|asymmetric) (?:\w+ ){0,2}"
                                 r"reflex|\breflex(?:es)? (?:absent|diminished|decreased|reduced)", re.I)


_WEIGHT_NORMAL_RX = re.compile(r"\b(?:(?:body\s+)?weight|bmi)\s+(?:is\s+|was\s+)?(?:with)?in\s+(?:the\s+)?normal"
                               r"|\bnormal\s+(?:body\s+)?(?:weight|bmi)\b|\bnot\s+(?:overweight|obese)\b", re.I)
_WEIGHT_ABNORMAL_RX = re.compile(r"\b(?:morbid\s+|severe\s+|extreme\s+)?obes(?:e|ity)\b|\bbmi\s*(?:of\s*)?"
                                 r"(?:3[5-9]|[4-9]\d)\b", re.I)


def _exam_normal_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'The neurologic examination was normal, with no sensory deficit' where the record finds decreased
    sensation; 'the examination documents no objective findings' where it finds tenderness."""
    for rx, abnormal, what in ((_NEURO_NORMAL_RX, _NEURO_ABNORMAL_RX, "a normal neurologic examination"),
                               (_MOTOR_NORMAL_RX, _MOTOR_ABNORMAL_RX, "normal strength"),
                               (_REFLEX_NORMAL_RX, _REFLEX_ABNORMAL_RX, "normal reflexes"),
                               (_EXAM_NORMAL_RX, _EXAM_ABNORMAL_RX, "a normal examination"),
                               (_WEIGHT_NORMAL_RX, _WEIGHT_ABNORMAL_RX, "a normal body weight"),
                               (_MOTION_FULL_RX, _MOTION_LIMITED_RX, "a full range of motion")):
        found = abnormal.search(rec.record_only)
        if found is None:
            continue
        for m in rx.finditer(sent.text):
            seg = sent.segment_at(sent.start + m.start())
            before = sent.text[max(0, m.start() - 30):m.start()].lower()
            if seg is None or seg not in seg_ok or seg.modal or seg.deontic \
                    or re.search(r"\bnot\b|\bnor\b|n't", before) or _OUTER_DENIAL_RX.search(sent.text[:m.start()]):
                continue  # "the problem is not that the symptoms are too recent or that there is no neurologic deficit"
            span = (sent.start + m.start(), sent.start + m.end())
            return [Hit("misstated_fact", f"sentence {sent.index} describes {what} ('{m.group(0)}'); the record "
                        f"documents '{found.group(0)}'", sent.index, span, m.group(0))]
    return []


# ---------------------------------------------------------------- work status

# How the worker works now: full duty, modified duty, or not at all. "working" alone is either of the first two.
_WORK_STATUS_RX = {
    "full duty": re.compile(r"\b(?:full|regular|usual|unrestricted)[- ](?:time[- ])?(?:duty|duties|work)\b|"
                            r"\bwithout (?:any )?(?:work )?restrictions\b", re.I),
    "modified duty": re.compile(r"\b(?:modified|light|restricted|transitional)[- ](?:duty|duties|work)\b|"
                                r"\bwork restrictions\b|\bwith restrictions\b|\btemporary partial disability\b", re.I),
    "off work": re.compile(r"\boff work\b|\bout of work\b|\bnot (?:currently )?working\b"
                           r"(?!\s+(?:with|under|fewer|more|longer|full|regular)\b)|\bunable to work\b|"
                           r"\b(?:has|have|had) not (?:worked|returned to work)\b|"
                           r"\b(?:temporarily )?totally disabled\b|\bttd\b|"
                           r"\b(?:temporary total|total temporary) disability\b", re.I),
    "working": re.compile(r"\breturned to (?:work|(?:his|her) job)\b|"
                          r"\b(?:is|was|went|got|gets|now|be) back (?:at|to) work\b|"
                          r"\b(?:he|she|worker|patient|claimant) (?:is|remains|has been) (?:currently |still )?"
                          r"working\b", re.I),
}
_NOT_STATED_BEFORE_RX = re.compile(r"\b(?:goal|aims?|aimed|hopes?|plans?|would|could|to|toward|towards|restore|before|"
                             r"until|resume|resuming|returning|return|not|never|no|nor|neither|if|unless)\W+(?:\w+\W+){0,3}$",
                             re.I)

_THING_SUBJECT_RX = re.compile(r"\b(?:" + "|".join(sorted(L.TREATMENT_SUBJECTS | {"it", "this", "that"}))
                               + r")\s+(?:is|are|was|were)\s+(?:still\s+|simply\s+|clearly\s+)?$", re.I)

_GOAL_WORDS_RX = re.compile(r"\b(?:goals?|aim\w*|hope\w*|plan\w*|target\w*|return\w*|resum\w*|restor\w*)\b", re.I)


def _work_statuses(text: str) -> dict[str, re.Match[str]]:
    """The work statuses a text states, each with its first statement; a goal ('to return to full duty') or a
    denied status ('not yet at full duty') states none."""
    out: dict[str, re.Match[str]] = {}
    for status, rx in _WORK_STATUS_RX.items():
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 40):m.start()]
            if _OUTER_DENIAL_RX.search(text[max(0, m.start() - 80):m.start()]):
                continue  # "it is not true that he has returned to work"
            if m.group(0).lower().startswith("not") and _THING_SUBJECT_RX.search(before):
                continue  # "nothing suggests that conservative care is not working": the care, not the worker
            if re.match(r"(?:has|have|had)\s+not\s+worked", m.group(0), re.I) and re.search(
                    r"\b(?:care|treatments?|therap(?:y|ies)|medications?|management|programs?|approach|exercises?|"
                    r"injections?|measures|it|this|that|nothing)\s+$", before, re.I):
                continue  # "that conservative care has not worked is not in dispute": the care did not work
            if not _NOT_STATED_BEFORE_RX.search(before) or re.search(r"\b(?:has|have|had)\s+returned\s+to\s+$", before):
                out.setdefault(status, m)
                break
    return out


@lru_cache(maxsize=32)
def _record_work_statuses(record: str) -> tuple[frozenset[str], frozenset[str]]:
    """The work statuses a record states, and those it names in any way (a goal too): read once per record."""
    documented = set(_work_statuses(record))
    if re.search(r"\brestrictions\b", record):
        documented.add("modified duty")  # "treatment included ... restrictions"
    named = {s for s, rx in _WORK_STATUS_RX.items() if rx.search(record)}
    for statuses in (documented, named):
        if statuses & {"full duty", "modified duty"}:
            statuses.add("working")
    return frozenset(documented), frozenset(named)


def _work_status_hits(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'He is working full duty' where the record has him on modified duty, off work, or says nothing of work. A
    status the record names only as a goal ('to return to full duty') a sentence may name as one."""
    documented, named = _record_work_statuses(rec.record_only)
    goal = _GOAL_WORDS_RX.search(sent.text) is not None
    for status, m in _work_statuses(sent.text).items():
        seg = sent.segment_at(sent.start + m.start())
        if seg is None or seg not in seg_ok or seg.modal or seg.deontic or status in documented \
                or (goal and status in named):
            continue
        span = (sent.start + m.start(), sent.start + m.end())
        record = " and ".join(sorted(documented - {"working"} or documented)) if documented else "no work status"
        return [Hit("misstated_fact" if documented else "unsupported_fact",
                    f"sentence {sent.index} says the worker's work status is {status} ('{m.group(0)}'); the record "
                    f"documents {record}", sent.index, span, m.group(0))]
    return []


_SIGN_WORDS = {1: "positive/abnormal", -1: "negative/normal", 0: "equivocal"}
_RESULT_WORDS = {"unremarkable", "normal", "negative", "positive", "showed", "shows", "revealed", "demonstrated",
                 "obtained", "performed", "confirmed", "confirming", "showing", "demonstrating", "revealing",
                 "correct", "accurate", "confirm", "matched"}


@lru_cache(maxsize=32)
def _tests_done(record_only: str) -> frozenset[str]:
    """The tests the record itself (not the request) names outside a denial: read once per record."""
    return frozenset(name for name, _, support in CLINICAL if name in TESTS and _affirmed_in(support, record_only))


def _test_done(sent: Sentence, rec: Record, seg_ok: list[Segment], said: set[str]) -> list[Hit]:
    """'A cervical MRI obtained earlier in 2014 showed degenerative disc disease' where the record has no MRI
    done: the request names the test, but a result says it was done."""
    done = _tests_done(rec.record_only)
    for name, find, _ in CLINICAL:
        if name not in TESTS or name in done:
            continue
        for seg in seg_ok:
            if seg.modal or seg.hyp:
                continue
            text, starts = _seg_text(seg)
            for m in find.finditer(text):
                k, last = _token_at(starts, m.start()), _token_at(starts, m.end() - 1)
                mt = Match(name, name, k, last)
                if m.group(0).lower() in said or not _test_result(seg.words, mt) \
                        or set(seg.words[max(0, k - 6):k]) & {"if", "unless", "whether", "until", "before", "repeat"} \
                        or set(seg.words[:k]) & {"request", "requests", "requested", "requesting"}:
                    continue  # "an MRI would be indicated if ...", "a repeat MRI"; "the request is for an MRI,
                    # performed under sedation": the request, not a study done
                s, e = seg.tokens[k].start, seg.tokens[last].end
                return [Hit("unsupported_fact", f"sentence {sent.index} gives a result of {name} "
                            f"('{sent.text[s - sent.start:e - sent.start]}'); the case record documents no {name} "
                            "done (only the request names it)", sent.index, (s, e), m.group(0))]
    return []


_IMAGING_TESTS = frozenset({"MRI", "CT", "x-ray", "prior imaging"})
_IMAGING_ANY_RX = re.compile(r"\b(?:imaging|radiology|films?|scans?)\b", re.I)
_OTHER_TEST = {"other", "new", "repeat", "repeated", "further", "additional", "recent", "updated", "current", "second",
               "more", "interval", "subsequent", "advanced", "follow", "special", "diagnostic"}
_TEST_AFTER = {"since", "after", "following", "findings", "finding", "evidence", "result", "results", "showing",
               "shows", "showed", "of", "corroboration", "confirmation", "support", "correlation", "proof",
               "abnormality", "abnormalities", "sign", "signs", "correlate"} | _RESULT_WORDS
_TEST_AFTER_OK = {"of"}  # "no imaging of the knee": where, not what it showed


def _test_denied(sent: Sentence, rec: Record, seg_ok: list[Segment]) -> list[Hit]:
    """'No imaging of the knee is included in the records' where the record has a knee x-ray: a test the record
    documents, said not to have been done. A ruling on a test ('no imaging is indicated'), another test ('no
    repeat MRI') or a result ('no MRI evidence of ...') is not such a denial."""
    done = _tests_done(rec.record_only)
    if not done:
        return []
    finds = [(name, find) for name, find, _ in CLINICAL if name in done]
    if done & _IMAGING_TESTS:
        finds.append(("imaging", _IMAGING_ANY_RX))
    for seg in seg_ok:
        w = seg.words
        if seg.modal or seg.hyp or seg.deontic or not _RULING_OR_NEED.isdisjoint(w):
            continue  # "no imaging is indicated": a ruling, not the record
        text, starts = _seg_text(seg)
        for name, find in finds:
            for m in find.finditer(text):
                k, last = _token_at(starts, m.start()), _token_at(starts, m.end() - 1)
                after = [x for x in w[last + 1:last + 4] if x not in _TEST_AFTER_OK]
                if set(w[max(0, k - 3):k]) & _OTHER_TEST or set(after) & _TEST_AFTER:
                    continue
                neg = next((q for q in range(k - 1, max(-1, k - 5), -1) if w[q] in ("no", "without", "never")
                            or (w[q] == "not" and w[q + 1:q + 2] in (["had"], ["undergone"], ["received"]))), None)
                if neg is None and _NOT_DONE_AFTER_RX.match(text[m.end():]) and not set(w[:k]) & L.NEGATORS:
                    neg = k  # "psychological testing has not yet been performed"
                if neg is None or any(x in L.FINITE_VERBS and x not in ("had", "undergone", "received")
                                      for x in w[neg + 1:k]) or set(w[:neg]) & (L.NEGATORS | {"not", "nor"}):
                    continue  # "no knee imaging", "has not had an x-ray"; but "the MRI does not show ...", "it is not
                    # that there is no MRI"
                s, e = seg.tokens[k].start, seg.tokens[last].end
                said = sent.text[s - sent.start:e - sent.start]
                clause = sent.text[seg.start - sent.start:seg.end - sent.start]
                return [Hit("misstated_fact", f"sentence {sent.index} says no {said} was done ('{clause}'); "
                            f"the case record documents {name}", sent.index, (s, e), said)]
    return []


_NOT_DONE_AFTER_RX = re.compile(r"\s+(?:has|have|was|were)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:performed|done|"
                                r"obtained|completed|carried\s+out)\b", re.I)
_TEST_NEEDED = {"needed", "required", "requires", "require", "planned", "requested", "ordered", "scheduled", "pending",
                "called", "considered", "useful", "helpful", "add", "adds", "change", "changes"}
_RULING_OR_NEED = frozenset(L.EVALUATIVE) | frozenset(L.ACTIONS) | frozenset(L.REVIEW_VERBS) | _TEST_NEEDED


def _test_result(w: list[str], m: Match) -> bool:
    """A test said to have a result ('lumbar x-rays ... were unremarkable', 'an MRI negative for herniation'),
    with no negation before it ('no MRI was done')."""
    return bool(set(w[m.last + 1:m.last + 10]) & _RESULT_WORDS) and not any(
        x in L.NEGATORS for x in w[max(0, m.first - 4):m.first])


_POSSESSIVE = {"her", "his", "their"}


def _presupposed(w: list[str], k: int) -> bool:
    """'her cervical discectomy', 'status post fusion', 'after his laminectomy': the clause takes the
    term as a fact about the worker even when its own verb is modal or deontic."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if w[j] in _POSSESSIVE or w[j] in ("post", "s/p"):
            return True
        if w[j] in ("a", "an", "the") and w[j - 2:j] in (["care", "of"], ["treatment", "of"], ["management", "of"],
                                                          ["dressing", "of"], ["care", "for"]):
            return True  # "wound care of a stage IV sacral pressure ulcer": the ulcer is taken as there
        if w[j] in ("a", "an") and w[j - 1:j] in (["has"], ["had"]) and w[j - 2:j - 1] and w[j - 2] in _PERSON:
            return True  # "she has an infected surgical wound that needs dressing changes"
        if not w[j].isalpha() or w[j] in L.FINITE_VERBS or w[j] in _NOT_ADJECTIVE:
            return False
    return False


_NOT_ADJECTIVE = {"and", "or", "that", "which", "to", "not", "no", "be", "been", "being", "the", "a", "an", "of",
                  "for", "in", "with", "on", "without"}


_PERSON = {"she", "he", "her", "his", "him", "worker", "patient", "claimant", "employee", "individual", "man", "woman",
           "gentleman", "lady", "male", "female"}
_PERSON_WORDS = _PERSON | {"old"}  # "this 39-year-old"


def _examples(w: list[str], k: int) -> bool:
    """Inside a list of examples: 'red flags such as fracture or tumor', '(e.g., infection)'."""
    window = w[max(0, k - 10):k]
    return any(window[j:j + 2] in (["such", "as"], ["for", "example"], ["for", "instance"], ["e", "."])
               for j in range(len(window))) or "eg" in window or "like" in window


def _seg_text(seg: Segment) -> tuple[str, list[int]]:
    parts, starts, pos = [], [], 0
    prev_end = None
    for t in seg.tokens:
        if prev_end is not None and (t.start > prev_end or t.start < prev_end):  # a gap, or one written token read
            # as two words ("w/o" as "without", "doesn't" as "does not")
            parts.append(" ")
            pos += 1
        starts.append(pos)
        parts.append(t.text)
        pos += len(t.text)
        prev_end = t.end
    return "".join(parts), starts


def _token_at(starts: list[int], pos: int) -> int:
    k = 0
    for i, s in enumerate(starts):
        if s <= pos:
            k = i
    return k


def _dedupe(hits: list[Hit]) -> list[Hit]:
    seen, out = set(), []
    for h in hits:
        if h.span not in seen:
            seen.add(h.span)
            out.append(h)
    return out


# ---------------------------------------------------------------- the request as written


def request_hits(sent: Sentence, det: Determination, seg_ok: list[Segment],
                 subjects: list[tuple[int, int]] | None = None) -> list[Hit]:
    """The request said otherwise than it is: another region, service, form, side, attribute or frequency.
    subjects are the spans that conclusions rule on ('A home health aide ... is medically necessary'), which
    name the request whether or not they say 'request'."""
    hits: list[Hit] = []
    svc = _service_words(det.service, det.request, tuple(det.service_terms))
    others = {r: terms for r, terms in L.REGION_TERMS.items() if r != det.body_region}
    own = set(L.REGION_TERMS.get(det.body_region, []))
    said = [s for s in sent.segments if not s.hyp and not (s.guideline and not s.case)]  # generic ones too: "TPIs to
    for seg in said:  # the lumbar paraspinals are not recommended for radicular pain" still puts the request there
        w = seg.words
        for m in find_terms(w, others, max_gap=0):
            if m.phrase in own or not _request_context(w, m.first, m.last, svc):
                continue
            s, e = seg.tokens[m.first].start, seg.tokens[m.last].end
            hits.append(Hit("misstated_request", f"sentence {sent.index} puts the request on the {m.phrase}; the "
                            f"request is '{det.request}' ({det.region_label})", sent.index, (s, e),
                            sent.text[s - sent.start:e - sent.start]))
            break
    hits += _other_service_hits(sent, det, seg_ok)
    hits += _form_hits(sent, det, seg_ok)
    hits += _choice_hits(sent, det, seg_ok)
    hits += _attribute_hits(sent, det, L.CONTRAST_RX, "contrast", _contrast_state)
    hits += _attribute_hits(sent, det, L.SEDATION_RX, "sedation", _sedation_state)
    hits += _attribute_hits(sent, det, L.PURCHASE_RX, "rental or purchase", _purchase_state)
    hits += _attribute_hits(sent, det, L.DAY_PART_RX, "day length", _day_part_state)
    hits += _attribute_hits(sent, det, L.APPROACH_RX, "approach", _approach_state)
    hits += _attribute_hits(sent, det, L.THERAPY_KIND_RX, "kind of therapy", _therapy_state, subjects or [])
    hits += _attribute_hits(sent, det, L.HOME_CARE_RX, "kind of home care", _home_care_state, subjects or [])
    if det.service == "trigger_point_injection":  # an epidural's "steroid" is its name, not its injectate
        hits += _attribute_hits(sent, det, L.INJECTATE_RX, "injectate", _injectate_state, subjects or [])
    hits += _side_hits(sent, det, said, svc)
    req_q = det.quantity
    if req_q is not None and req_q.unit == "visits" and not _DAILY_RX.search(det.request):
        for seg in seg_ok:
            text, _ = _seg_text(seg)
            if (d := _DAILY_RX.search(text)) and set(seg.words) & {"request", "requested", "requests"}:
                s, e = seg.start, seg.end
                return [*hits, Hit("misstated_request", f"sentence {sent.index} gives the request as daily "
                                   f"('{d.group(0)}'); the request is '{det.request}' ({req_q.display()})",
                                   sent.index, (s, e), d.group(0))]
    if req_q is not None and req_q.unit == "visits":
        for seg in seg_ok:
            text, _ = _seg_text(seg)
            q = find_quantity(text)
            if q is None or not _FREQUENCY_RX.search(q.text) or (
                    len(_FIGURE_RX.findall(q.text)) < 2
                    and re.search(re.escape(q.text) + r"\s*(?:wks?|weeks?|days?|months?|mos?)\b", text, re.I)):
                continue  # only a frequency restates the request; "neck pain x 5 wks" is how long, not how many
            written = find_quantity(det.request)
            said_plan, req_plan = schedule(q.text), schedule(det.request)
            if q.unit == "visits" and (q.low, q.high) == (req_q.low, req_q.high) and said_plan and req_plan \
                    and said_plan != req_plan:
                s, e = seg.start, seg.end  # "3 times a week for 2 weeks" for "2 times a week for 3 weeks": the same
                # total, another schedule
                hits.append(Hit("misstated_request", f"sentence {sent.index} gives the request as '{q.text}'; the "
                                f"request is '{det.request}'", sent.index, (s, e),
                                sent.text[s - sent.start:e - sent.start]))
            elif q.unit == "visits" and (q.low, q.high) != (req_q.low, req_q.high) \
                    and not (req_q.low <= q.low and q.high <= req_q.high and re.search(
                        r"\b(?:even\s+at|at\s+least|at\s+(?:a\s+)?minimum|minimum\s+of|at\s+the\s+(?:low|lower|high|"
                        r"higher)\w*\s+end|(?:low|lower|lowest|high|higher|highest|upper|minimal|minimum|maximum)\s+"
                        r"(?:reading|end|bound|figure|estimate|count|interpretation|frequency)|at\s+its\s+(?:lowest|"
                        r"highest|least|most))\b",
                        text, re.I)) \
                    and not (written and (q.low, q.high) == (written.low, written.high)):  # "even at two visits a
                # week for six weeks": a reading inside the request's own range
                s, e = seg.start, seg.end
                hits.append(Hit("misstated_request", f"sentence {sent.index} gives the request as '{q.text}' "
                                f"({q.display()}); the request is '{det.request}' ({req_q.display()})", sent.index,
                                (s, e), sent.text[s - sent.start:e - sent.start]))
    return hits


_GENERIC_SERVICE_WORDS = {"therapy", "injection", "injections", "cream", "gel", "lotion", "ointment", "topical",
                          "transdermal", "patch", "unit", "program", "study", "scan", "test", "testing", "visits",
                          "treatment", "care", "block", "blocks", "exercise", "evaluation", "trial"}
_REQUEST_VERBS = {"request", "requests", "requested", "requesting", "proposed", "proposes", "prescribed", "ordered"}
_RULING_WORDS = {"necessary", "certified", "supported", "authorized", "indicated", "warranted", "appropriate",
                 "approved", "denied", "noncertified"}


def _choice_hits(sent: Sentence, det: Determination, seg_ok: list[Segment]) -> list[Hit]:
    """'The request for an interlaminar injection' when the record's choice for the request is transforaminal:
    a choice fact whose terms are its choices, named otherwise where the request is named."""
    for crit in det.criteria:
        for f in crit.facts:
            if not isinstance(f.value, str) or not f.choices:
                continue
            names = {c: set(c.lower().split("_")) for c in f.choices}
            if not all(any(t.lower() in names[c] for t in f.terms) for c in f.choices if c != "other"):
                continue  # the terms name the thing, not each choice
            own = names.get(f.value, set())
            others = {x for c, ws in names.items() if c not in (f.value, "other") for x in ws} - own
            for seg in seg_ok:
                w = seg.words
                for k, x in enumerate(w):
                    near = w[max(0, k - 20):k + 6]
                    if x in others and not own & set(w) and set(near) & {"request", "requested", "requests"} \
                            and not set(w[max(0, k - 8):k]) & L.NEGATORS \
                            and w[k + 1:k + 4] not in (["is", "not", "what"], ["was", "not", "what"]):  # "purchase is
                        # not what is requested"
                        s, e = seg.tokens[k].start, seg.tokens[k].end
                        return [Hit("misstated_request", f"sentence {sent.index} gives the request as {x}; the record "
                                    f"has it as {f.value.replace('_', ' ')} ('{det.request}')", sent.index, (s, e), x)]
    return []


def _form_hits(sent: Sentence, det: Determination, seg_ok: list[Segment]) -> list[Hit]:
    """'Lidocaine 5% cream is requested' when the request is for the patch."""
    asked = L.product_forms(det.request)
    if not asked:
        return []
    for seg in seg_ok:
        w = seg.words
        for k, x in enumerate(w):
            form = L.product_forms(x)
            if not form or form <= asked:
                continue
            near = w[max(0, k - 6):k + 5]
            if (any(y in ("request", "requested", "requests") for y in near) and not set(near) & L.NEGATORS) \
                    or _ruled_subject(w, k):
                s, e = seg.tokens[k].start, seg.tokens[k].end
                return [Hit("misstated_request", f"sentence {sent.index} gives the request's form as '{x}'; the "
                            f"request is '{det.request}'", sent.index, (s, e), x)]
    return []


_RULINGS = (["medically", "necessary"], ["certified"], ["authorized"], ["approved"], ["noncertified"], ["denied"],
            ["warranted"])


def _ruled_subject(w: list[str], k: int) -> bool:
    """'Lidoderm 5% patches for the low back are not medically necessary': the word at k is in the subject of a
    ruling, a definite or bare one ('a patch', 'any patch' speak of other products)."""
    cop = next((j for j in range(k + 1, min(len(w), k + 10)) if w[j] in ("is", "are")), None)
    if cop is None or set(w[:k]) & {"a", "an", "any", "such", "other", "no", "unlike", "than", "if"} \
            or set(w[k:cop]) & {",", "which", "that", "who"}:
        return False
    rest = [x for x in w[cop + 1:cop + 5] if x not in ("not", "therefore", "thus", "also", "likewise")]
    return any(rest[:len(r)] == r for r in _RULINGS)


@lru_cache(maxsize=64)
def _other_services(request: str, own_terms: tuple[str, ...], other_terms: tuple[str, ...]) -> list[str]:
    """Names of other services that cannot be read as the request's own."""
    own = {t.lower() for t in own_terms}
    return sorted(t for t in {*other_terms, *L.NON_VOCABULARY_SERVICES}
                  if t.lower() not in _GENERIC_SERVICE_WORDS and t.lower() not in own
                  and stem(t.lower()) not in L.NUMBER_WORDS  # "TENS" would read as "ten"
                  and t.lower() not in request and not any(t.lower() in o for o in own))


def _other_service_hits(sent: Sentence, det: Determination, seg_ok: list[Segment]) -> list[Hit]:
    """'The request for dry needling', 'the provider requests chiropractic manipulation', 'home health
    physical therapy ... is medically necessary': another service put in the request's place."""
    others = {"other": _other_services(det.request.lower(), tuple(det.service_terms), tuple(det.other_service_terms))}
    for seg in seg_ok:
        w = seg.words
        for m in find_terms(w, others, max_gap=0):
            if w[m.last + 1:m.last + 2] and w[m.last + 1].startswith("equivalen"):
                continue  # "30 mg morphine equivalents a day": a unit, not a drug
            if (set(w[max(0, m.first - 2):m.first]) & {"not", "no", "than", "nor"}
                    or w[max(0, m.first - 2):m.first] == ["instead", "of"]) \
                    and not set(w[max(0, m.first - 2):m.first]) & {"request", "requests"}:
                continue  # "the requested muscle relaxant is not carisoprodol", "rather than Percocet"
            before = w[max(0, m.first - 6):m.first]
            if set(w[max(0, m.first - 3):m.first]) & {"lacks", "lacking", "lack", "without", "absence"}:
                continue  # "not a request that lacks a functional restoration context": a context, not the request
            if any(before[k] in ("nor", "neither") and before[k + 1:k + 2] in (["is"], ["was"])
                   for k in range(len(before))):
                continue  # "nor is the requested agent carisoprodol": an identity denied
            aside = _past_aside(w[m.last + 1:m.last + 12])  # "Soma (carisoprodol) #30 is requested"
            after = _after_apposition(aside) if aside[:1] == [","] else aside[:3]  # "Biofeedback, 4 sessions, is
            # requested"
            if "adjunct" in w[max(0, m.first - 4):m.first] or (m.first > 0 and w[m.first - 1 - (
                    m.first > 1 and w[m.first - 1] in ("the", "a", "an", "her", "his"))]
                    in ("with", "alongside", "beside", "besides", "plus", "accompany", "accompanies", "accompanying")):
                continue  # "omeprazole was prescribed with the naproxen", "omeprazole is requested to accompany
                # naproxen": what the request goes with
            lead = w[max(0, m.first - 9):m.first]
            named = bool(set(before) & _REQUEST_VERBS) or bool(set(after) & {"requested", "proposed", "prescribed"}) \
                or (any(lead[j:j + 2] in (["request", "for"], ["requests", "for"]) for j in range(len(lead)))
                    and not any(x in L.FINITE_VERBS for x in lead)) \
                or (bool(set(w[max(0, m.first - 9):m.first]) & {"item", "request", "service", "issue"})
                    and bool(set(before) & {"is", "was"}) and not set(before) & {",", "after", "with", "despite"}) \
                or (m.first <= 3 and _request_label(sent, seg))  # "Request: continued Percocet 10/325 #90"
            verb = next((k for k in range(m.last + 1, len(w)) if w[k] in ("is", "are", "was", "were")), None)
            own_clause = "," in w[m.last + 1:] \
                and any(x in L.FINITE_VERBS for x in w[m.last + 1:w.index(",", m.last + 1)])
            ruled = verb is not None and verb - m.last <= 16 and bool(set(w[verb:verb + 5]) & _RULING_WORDS) \
                and not any(x in L.FINITE_VERBS for x in w[:m.first]) \
                and not (verb is not None and "," in w[m.last + 1:verb] and own_clause) \
                and not (m.first > 0 and w[m.first - 1 - (w[m.first - 1] in ("the", "a", "an", "her", "his"))]
                         in _OBJECT_PREPOSITIONS
                         and w[m.first - 2:m.first] not in (["injection", "of"], ["injections", "of"])
                         and not _quantity_of(w[:m.first]))
            # but "no progress after six weeks of physical therapy, four sessions of CBT are supported": an object;
            # "physical therapy has not helped, the request for psychotherapy is not necessary": a clause of its own
            if ruled and not named and (set(w[max(0, m.first - 5):m.first]) & {"with", "without", "no"} or (
                    "," in w[m.last + 1:verb] and set(w[:m.first]) & {"with", "without", "despite", "after"})):
                continue  # "with no plan for her opioid use, smoking or disability, the request is not supported";
                # "with 8 months of pain despite physical therapy and naproxen, the injections are necessary"
            if m.first <= 1 and _FREQUENCY_RX.search(" ".join(w)) and len(m.phrase) > 4 and not own_clause \
                    and request_figures(w, [t.text for t in tokenize(det.request)]):
                named = True  # "Aquatic therapy for the neck, twice weekly for 4 weeks, ...": the request's figures
            if not (named or ruled) or any(x in ("previously", "prior", "before", "earlier") for x in before) \
                    or (set(before) & {"no", "not", "nobody", "never"} and set(before) & _REQUEST_VERBS):
                continue  # "no one has proposed surgery": a proposal denied, not the request named
            s, e = seg.tokens[m.first].start, seg.tokens[m.last].end
            said = sent.text[s - sent.start:e - sent.start]
            return [Hit("misstated_request", f"sentence {sent.index} names {said} as the request; the request is "
                        f"'{det.request}' ({det.service_label})", sent.index, (s, e), said)]
    return []


_QUANTITY_WORDS = {"a", "an", "the", "-", "session", "sessions", "visit", "visits", "week", "weeks", "course", "trial",
                   "further", "additional", "requested", "proposed", "initial", "short", "of"}


def _quantity_of(lead: list[str]) -> bool:
    """The clause opens with a quantity of what follows: 'Four sessions of biofeedback are medically necessary'."""
    return lead[-1:] == ["of"] and len(lead) >= 2 and lead[-2] != "of" and all(
        x.isdigit() or x in L.NUMBER_WORDS or x in _QUANTITY_WORDS for x in lead)


def _after_apposition(aside: list[str]) -> list[str]:
    """The words past a short apposition ('Biofeedback, 4 sessions, is requested'); none when the commas go on
    listing other things ('the failure of physical therapy, naproxen and cyclobenzaprine, the requested ...')."""
    close = next((k for k in range(1, min(len(aside), 7)) if aside[k] == ","), None)
    if close is None or set(aside[1:close]) & {"and", "or"}:
        return aside[:1]
    return aside[:close + 3]


def _past_aside(words: list[str]) -> list[str]:
    """The words after a drug's name without its parenthesis and its quantity: '(carisoprodol) #30 is'."""
    out, depth, k = [], 0, 0
    while k < len(words):
        x = words[k]
        if x == "(":
            depth += 1
        elif x == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not (x == "#" or (x.isdigit() and k > 0 and words[k - 1] == "#")):
            out.append(x)
        k += 1
    return out


def _request_label(sent: Sentence, seg: Segment) -> bool:
    """The clause follows a note label that names the request: 'Request:', 'Req:', 'Issue:'."""
    k = sent.segments.index(seg)
    return k > 0 and [x for x in sent.segments[k - 1].words if x.isalnum()] in (
        ["request"], ["requests"], ["issue"], ["item"], ["service"], ["requested"], ["treatment", "requested"],
        ["disputed", "item"], ["request", "under", "review"])


_OBJECT_PREPOSITIONS = {"of", "after", "with", "from", "despite", "following", "alongside", "beside", "besides",
                        "during", "on", "plus", "than", "without"}
_FIGURE_RX = re.compile(r"\d+|\b(?:once|twice|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\b", re.I)
_FREQUENCY_RX = re.compile(r"\b(?:times?|x)\b|\dx\b|\bx\s*\d|(?:a|per|each|every|/)\s*(?:week|wk)\b|\bweekly\b|"
                           r"/\s*(?:week|wk)", re.I)
_NOT_SERVICE = {"the", "a", "an", "of", "for", "to", "on", "at", "in", "and", "or", "with", "without", "times",
                "time", "week", "weeks", "month", "months", "day", "days", "per", "x", "left", "right",
                "bilateral", "spine", "visits", "visit", "sessions", "session", "additional", "up", "over"}


@lru_cache(maxsize=256)
def _service_words(service: str, request: str, terms: tuple[str, ...] = ()) -> frozenset[str]:
    """Words that name the requested service: the lexicon's, the service's name, its vocabulary terms ("NCV" for
    a request written "EMG/NCS") and the request's own nouns."""
    regions = {t for terms in L.REGION_TERMS.values() for x in terms for t in x.split()}
    words = {w for t in L.SERVICE_TERMS.get(service, []) for w in t.split()} | {"request", "requested"}
    words |= {w for w in service.split("_") if len(w) > 2}
    words |= {w for w in re.findall(r"[a-z]+", " ".join((request, *(t for t in terms if " " not in t))).lower())
              if len(w) > 2 and w not in _NOT_SERVICE and w not in regions}  # one-word terms only: not "pain" from
    # "pain psychology"
    return frozenset(words)


_FREQUENCY_WORDS = {"once", "twice", "a", "per", "week", "weeks", "weekly", "times", "x", "month", "months", "for"}


def _request_context(w: list[str], first: int, last: int, svc: frozenset[str]) -> bool:
    regions = {t for terms in L.REGION_TERMS.values() for x in terms for t in x.split()}
    k = first - 1
    while k >= 0 and (w[k] in ("the", "left", "right", "bilateral", "both", "a", "her", "his", "and", "or", "&", ",",
                               "chronic")
                      or w[k] in regions):
        k -= 1  # "the cervical and lumbar spine"
    if k >= 0 and k < first - 1 and w[k] in svc and "," in w[k + 1:first] and w[last + 1:last + 2] not in (
            ["pain"], ["symptoms"], ["numbness"], ["complaints"], ["paresthesias"], ["tenderness"]):
        return True  # "Aquatic therapy, bilateral knees": the region in apposition to the service; but "after a year
        # of naproxen, the leg pain remains 7/10" says where the pain is
    if k >= 0 and k == first - 1 and w[k] in svc and w[k] not in ("request", "requested"):
        return True  # note style: "TPI lumbar paraspinals x3", "PT lumbar spine 2x/wk"
    if k >= 1 and w[k] in ("for", "to") and set(w[last + 1:last + 4]) & {"symptoms", "complaints", "numbness",
                                                                         "tingling", "paresthesias"}:
        return False  # "reserves EMG/NCV for neck or arm symptoms that persist": where the symptoms are; but
        # "psychotherapy ... for chronic low back pain" names the request's condition
    if k >= 1 and w[k] in ("of", "to", "for", "on", "at", "in", "into"):
        j = k - 1
        while j >= 0 and (w[j] in ("the", "a", "an", "/", "#", "applied", "directed", "administered", "performed", ",",
                                   "tablets", "tablet", "tabs", "capsules", "patches", "units",
                                   "injected", "used", "given", "done", "gm", "g", "mg", "ml", "%", "grams",
                                   "application", "be", "to", "for", "was", "is", "prescribed", "ordered",
                                   "sessions", "visits", "treatments", "further", "additional")
                          or w[j] in _FREQUENCY_WORDS or w[j].isdigit()):
            j -= 1  # "Norco 10/325 #90 for the lumbar spine", "LidoPro cream applied to the neck", "psychotherapy
            # once a week for 12 weeks for chronic low back pain", "cream 121 gm to be applied to the cervical spine",
            # "cream was prescribed for application to the neck"
        if j >= 0 and w[j] in svc:
            return True
    return any(x in svc for x in w[last + 1:last + 3])


_SIDE_RX = re.compile(r"\b(bilateral(?:ly)?|both|left|right)\s+(?:(?:upper|lower)\s+)?(extremit(?:y|ies)|limbs?|arms?|"
                      r"legs?|knees?|shoulders?|wrists?|hands?|sides?|ankles?|elbows?)\b", re.I)
_ANATOMY = {"upper", "lower", "extremity", "extremities", "limb", "limbs", "arm", "arms", "leg", "legs", "side",
            "sides", "knee", "knees", "shoulder", "shoulders", "wrist", "wrists", "hand", "hands", "ankle", "elbow"}


def _side(word: str) -> str:
    return "bilateral" if word.lower() in ("bilateral", "bilaterally", "both") else word.lower()


def _side_hits(sent: Sentence, det: Determination, said: list[Segment], svc: frozenset[str]) -> list[Hit]:
    """'EMG/NCV of both upper extremities' for a right-sided request: the request put on the wrong side."""
    m = _SIDE_RX.search(det.request)
    if m is None:
        return []
    want, svc_only = _side(m.group(1)), svc - _ANATOMY
    for seg in said:
        text, starts = _seg_text(seg)
        for x in _SIDE_RX.finditer(text):
            if _side(x.group(1)) == want:
                continue
            w, k, last = seg.words, _token_at(starts, x.start()), _token_at(starts, x.end() - 1)
            before, after = w[max(0, k - 6):k], w[last + 1:last + 4]
            if not (set(before) & svc_only and set(before) & {"of", "to", "for", "on"}) and not set(after) & svc_only:
                continue  # "numbness in both hands": the worker's symptoms, not the request
            s, e = seg.tokens[k].start, seg.tokens[last].end
            return [Hit("misstated_request", f"sentence {sent.index} puts the request on '{x.group(0)}'; the request "
                        f"is '{det.request}' ({want})", sent.index, (s, e), x.group(0))]
    return []


def _contrast_state(m: re.Match[str]) -> str:
    s = m.group(0).lower()
    if "with and without" in s or "with or without" in s or "and without" in s:
        return "with and without contrast"
    if "without" in s or "w/o" in s or s.startswith("non") or "no " in s:
        return "without contrast"
    return "with contrast"


def _therapy_state(m: re.Match[str]) -> str:
    return "occupational therapy" if m.group(1).lower().startswith("occup") else "physical therapy"


def _injectate_state(m: re.Match[str]) -> str:
    x = m.group(1).lower()
    if "steroid" in x or x.startswith(("depo", "kenalog", "triam", "methyl", "dexa")):
        return "steroid"
    if x.startswith(("botu", "botox")):
        return "botulinum toxin"
    return x if x in ("saline", "dry needling") else "local anesthetic"


def _approach_state(m: re.Match[str]) -> str:
    return "interlaminar" if m.group(1).lower() == "translaminar" else m.group(1).lower()


def _purchase_state(m: re.Match[str]) -> str:
    return "purchase" if m.group(0).lower().startswith(("purchas", "buy", "bought")) else "rental"


_DAILY_RX = re.compile(r"\b(?:daily|every\s+day|once\s+a\s+day|(?:7|seven)\s+days\s+a\s+week)\s+(?:[a-z-]+\s+){0,4}?"
                       r"(?:visits?|sessions?|treatments?)\b|\b(?:visits?|sessions?|treatments?)\s+(?:(?:are|is|were|was)\s+"
                       r"(?:requested|sought|proposed|planned)\s+)?(?:daily|every\s+day)\b",
                       re.I)


def _home_care_state(m: re.Match[str]) -> str:
    return "nursing" if m.group(1).lower().startswith("nurs") or "skilled" in m.group(0).lower() else "aide"


def _day_part_state(m: re.Match[str]) -> str:
    return "full-day" if m.group(1).lower() in ("full", "whole") else "part-day"


def _sedation_state(m: re.Match[str]) -> str:
    s = m.group(0).lower()
    if s.startswith(("without", "w/o", "no ")):
        return "without sedation"
    return "under general anesthesia" if "general" in s or "anesthesia" in s else "with sedation"


_REQUEST_HEADING_RX = re.compile(r"\s*(?:the\s+)?(?:request|requested\s+service|service\s+requested|disputed\s+"
                                 r"(?:item|service)|item)\s*:\s*(?:[\w-]+\s+){0,4}$", re.I)


def _attribute_hits(sent: Sentence, det: Determination, rx: re.Pattern[str], what: str,
                    state: Callable[[re.Match[str]], str], subjects: list[tuple[int, int]] | None = None) -> list[Hit]:
    """Contrast or sedation said otherwise than the request says it (with subjects given, only where a clause
    names the request, 'the request is for a home health aide', or a conclusion rules on the phrase)."""
    request_only = subjects is not None
    req = [state(m) for m in rx.finditer(det.request)]
    if not req and what == "day length":  # "20 sessions", counted by the criteria as full days: "20 half-day
        # sessions" misstates it
        req = [state(m) for c in det.criteria for m in rx.finditer(c.requirement)][:1]
    if not req and not (what == "contrast" and det.service == "mri"):
        return []
    hits = []
    for m in rx.finditer(sent.text):
        said = state(m)
        seg = sent.segment_at(sent.start + m.start())
        if seg is not None and (seg.hyp or seg.modal or seg.deontic or (seg.guideline and not seg.case)):
            continue
        ruled = any(a <= sent.start + m.start() < b for a, b in subjects or []) \
            or bool(_REQUEST_HEADING_RX.match(sent.text[:m.start()]))  # "Request: home health aide, 3 visits ..."
        if request_only and (seg is None or not (ruled or set(seg.words) & {"request", "requested", "requests"})
                             or re.search(r"\b(?:not|no|nor|never|rather than|instead of|beyond|other than|besides|"
                                          r"apart from|more than)\b",
                                          sent.text[max(0, m.start() - 40):m.start()], re.I)):
            continue  # "this is not a request for homemaker care alone"
        if re.search(r"\b(?:not|no|never|nor|neither|rather than|instead of|before|prior to|ahead of)\s+(?:a\s+|an\s+|"
                     r"the\s+)?(?:[\w-]+\s+){0,3}$",
                     sent.text[max(0, m.start() - 30):m.start()], re.I) \
                or re.match(r"\s+(?:trial|period)\b", sent.text[m.end():], re.I) \
                or re.match(r"\s+(?:is|was)\s+not\s+(?:what|the\s+request)\b", sent.text[m.end():], re.I):
            continue  # "not a purchase": denied, not said; "before any purchase": a later step; "a one-month rental
            # trial": the trial, not the request; "purchase is not what is requested"
        if said not in req and not (not req and said.startswith("without")):
            want = req[0] if req else f"silent on {what}"
            span = (sent.start + m.start(), sent.start + m.end())
            hits.append(Hit("misstated_request", f"sentence {sent.index} says '{m.group(0)}'; the request is "
                            f"'{det.request}' ({want})", sent.index, span, m.group(0)))
    return hits


# ---------------------------------------------------------------- planted instructions


def instruction_hits(sent: Sentence, rec: Record) -> list[Hit]:
    raw = sent.text
    if L.INSTRUCTION_REJECTED_RX.search(raw):
        return []
    m = L.INSTRUCTION_CUE_RX.search(raw)
    if m:
        return [Hit("instruction_echo", f"sentence {sent.index} follows instructions ('{m.group(0)}'); the rationale "
                    "answers to the determination only, never to text in the case file, which is data",
                    sent.index, (sent.start + m.start(), sent.start + m.end()), m.group(0))]
    shared = grams(raw) & rec.instruction_grams
    if shared:
        gram = " ".join(sorted(shared)[0])
        return [Hit("instruction_echo", f"sentence {sent.index} repeats instruction text planted in the case notes "
                    f"('{gram}'); the rationale answers to the determination only", sent.index,
                    (sent.start, sent.end), raw)]
    return []
