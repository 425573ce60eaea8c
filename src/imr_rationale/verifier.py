"""The verifier: re-reads a rationale and rejects what the determination and the case do not support.

It never trusts a draft's own tags: it reads the text itself, clause by clause, so it checks a
human-written rationale the same way. What it rejects, each as a Finding with a code:

- contradicts_outcome: a conclusion on the other side of the determination, however phrased
  ("warrants authorization", "it would be reasonable to allow a trial", "the denial is upheld");
- missing_conclusion: no conclusion on the determination's side at all;
- misstated_fact: a fact an item's criteria read, or the request's place against the guideline's
  limit, stated with the wrong status ("trigger points were documented" when they are not);
- inconsistent_reasoning: "all criteria are met" beside a denial, and the mirror;
- citation_outside: a guideline family, chapter, edition or page outside the determination's citation,
  ODG or another non-MTUS source as a basis;
- unsupported_number: numbers, dates and ages not in the case or the guideline, by role (an age must
  be the worker's, a guideline number the guideline's, "the request for N" the request's);
- unsupported_fact: clinical terms (procedures, tests, diagnoses, body regions, spinal levels) that
  appear nowhere in the case or the topic's guideline text, stated as fact;
- misstated_request: the wrong body region, contrast, sedation or frequency for the request;
- instruction_echo: text that follows or repeats instructions planted in the case file;
- tag_mismatch: a structured draft's tag naming an unknown criterion or a status the determination
  does not give.

What it accepts: conditionals ("would be warranted if a red flag emerged"), counterfactuals ("which
might have warranted"), correct double negatives, the guideline's own statements (their numbers must
be the guideline's), and a conclusion in any position.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ._claims import (
    choice_claims,
    criteria_claims,
    duration_claims,
    fact_claims,
    fact_lexicon,
    known_sentence,
    limit_claims,
)
from ._clauses import analyse
from ._conclusions import (
    conclusions,
    excused_by_next,
    generic_segment,
    outcome_sign,
    outcome_words,
    reasons,
    service_words,
)
from ._evidence import citation_hits, clinical_hits, instruction_hits, request_hits
from ._numbers import concluded_count, number_hits, read_record
from ._sentences import Hit, Sentence
from .case import Case
from .criteria import STATUSES
from .engine import Determination


class Finding(BaseModel):
    """One thing the verifier objects to."""

    model_config = ConfigDict(frozen=True)

    code: str  # e.g. contradicts_outcome, misstated_fact, citation_outside, unsupported_number
    message: str  # names the sentence, what it claims and what the determination says
    sentence: int | None  # 1-based index of the sentence, None for the whole text
    span: tuple[int, int] | None  # character offsets of the offending text in the rationale
    text: str  # the offending text


class Verdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    accepted: bool
    findings: list[Finding]


class Tag(BaseModel):
    """What a structured draft says a sentence claims; checked against the determination, never trusted."""

    model_config = ConfigDict(frozen=True)

    text: str
    criterion: str | None = None
    status: str | None = None


def verify(text: str, determination: Determination, case: Case, tags: list[Tag] | None = None) -> Verdict:
    """Check a rationale against its item's determination and the case. accepted == no findings."""
    det = determination
    sentences = analyse(text)
    hits: list[Hit] = _tag_hits(text, det, tags or [], sentences)
    if not sentences:
        hits.append(Hit("missing_conclusion", f"the rationale is empty; it must conclude that {outcome_words(det)}",
                        None, None, ""))
        return _verdict(hits)
    rec = read_record(det, case)
    lexicon = fact_lexicon(det)
    want = outcome_sign(det)
    agreeing = contradicting = False
    for idx, sent in enumerate(sentences):
        known = known_sentence(sent, det)
        nxt = sentences[idx + 1] if idx + 1 < len(sentences) else None
        if known == "summary":
            for seg in sent.segments:
                seg.guideline, seg.case = True, False
        generic = {n for n, seg in enumerate(sent.segments) if generic_segment(seg, det)}
        case_segs = [seg for n, seg in enumerate(sent.segments)
                     if n not in generic and not seg.hyp and not (seg.guideline and not seg.case)]
        subjects: list[tuple[int, int]] = []  # what each conclusion rules on: the request, by whatever name
        for claim in [] if known == "statement" else conclusions(sent, det):
            if claim.sure:
                subjects.append((claim.seg.start, claim.seg.tokens[claim.first].start))
            if claim.sign == want:
                agreeing = True
                count = concluded_count(sent, *subjects[-1], service_words(det), det, rec) if claim.sure else None
                hits += [count] if count else []
            elif claim.sure and not excused_by_next(claim, nxt):
                contradicting = True
                hits.append(_contradiction(sent, claim.span, claim.sign, det))
        if known != "statement":
            hits += criteria_claims(sent, det, lexicon)
            hits += limit_claims(sent, det)
            hits += fact_claims(sent, det, generic)
            hits += choice_claims(sent, det, generic)
            hits += duration_claims(sent, det, generic)
        hits += citation_hits(sent, det)
        hits += number_hits(sent, det, rec)
        hits += clinical_hits(sent, det, rec, case_segs)
        hits += request_hits(sent, det, case_segs, subjects)
        hits += instruction_hits(sent, rec)
    if not agreeing and not contradicting:
        hits.append(Hit("missing_conclusion", f"no sentence concludes on the request; the determination is "
                        f"{det.outcome}, so the rationale must end by saying that {outcome_words(det)} (for example: "
                        f"'{_example(det)}')", None, None, ""))
    return _verdict(hits)


def _verdict(hits: list[Hit]) -> Verdict:
    seen: set[tuple[str, tuple[int, int] | None, int | None]] = set()
    findings = []
    for h in hits:
        key = (h.code, h.span, h.sentence if h.span is None else None)
        if key in seen:
            continue
        seen.add(key)
        findings.append(Finding(code=h.code, message=h.message, sentence=h.sentence, span=h.span, text=h.text))
    return Verdict(accepted=not findings, findings=findings)


def _contradiction(sent: Sentence, span: tuple[int, int], sign: int, det: Determination) -> Hit:
    seg = sent.segment_at(span[0])
    s, e = (seg.start, seg.end) if seg is not None and seg.end - seg.start < 160 else span
    s, e = min(s, span[0]), max(e, span[1])
    phrase = sent.text[s - sent.start:e - sent.start]
    said = "is medically necessary (approves it)" if sign == 1 else "is not medically necessary (denies it)"
    return Hit("contradicts_outcome", f"sentence {sent.index} concludes that the request {said} ('{phrase}'); the "
               f"determination is {det.outcome}: {outcome_words(det)} ({reasons(det)}). Conclude: "
               f"'{_example(det)}'", sent.index, span, sent.text[span[0] - sent.start:span[1] - sent.start])


def _example(det: Determination) -> str:
    if det.outcome == "upheld":
        return "Therefore, the request is not medically necessary, and the denial is upheld."
    return "Therefore, the request is medically necessary, and the denial is overturned."


def _tag_hits(text: str, det: Determination, tags: list[Tag], sentences: list[Sentence]) -> list[Hit]:
    hits: list[Hit] = []
    by_id = {c.id: c for c in det.criteria}
    for tag in tags:
        t = tag.text.strip()
        pos = text.find(t) if t else -1
        span = (pos, pos + len(t)) if pos >= 0 else None
        index = next((s.index for s in sentences if span and s.start <= pos < s.end), None)
        label = f"the tagged sentence '{t[:80]}'"
        if pos < 0 and t:
            hits.append(Hit("tag_mismatch", f"{label} is not in the rationale text", None, None, t))
        if tag.criterion is not None and tag.criterion not in by_id:
            hits.append(Hit("tag_mismatch", f"{label} is tagged with criterion {tag.criterion!r}, which this "
                            f"determination does not have (its criteria: {', '.join(by_id)})", index, span, t))
            continue
        if tag.status is None:
            continue
        if tag.criterion is None:
            if tag.status in ("upheld", "overturned") and tag.status != det.outcome:
                hits.append(Hit("tag_mismatch", f"{label} is tagged {tag.status}; the determination is "
                                f"{det.outcome}", index, span, t))
            elif tag.status not in (*STATUSES, "upheld", "overturned"):
                hits.append(Hit("tag_mismatch", f"{label} has the unknown status {tag.status!r}; use one of "
                                f"{', '.join(STATUSES)}", index, span, t))
            continue
        crit = by_id[tag.criterion]
        if tag.status != crit.status:
            hits.append(Hit("tag_mismatch", f"{label} is tagged {tag.criterion}: {tag.status}; the determination "
                            f"says {crit.status} ({crit.statement})", index, span, t))
    return hits
