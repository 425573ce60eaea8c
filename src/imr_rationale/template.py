"""The template drafter: a rationale written from the determination alone. No model, fully deterministic.

It reads like a reviewer's paragraph: what the guideline recommends (with its pages), what the record
shows for the criteria that decide the item, and the conclusion.
"""

from __future__ import annotations

from .engine import Determination

DRAFTED_BY = "template"


def _lower_first(text: str, common: str = "") -> str:
    """Lower-case the first letter of a sentence-initial common word, but never of an acronym or a name
    (MRI, TENS, Norco). A request's first word counts as common only when the service label starts with it."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first.isupper() or any(ch.isupper() for ch in first[1:])):
        return text
    if common and first.lower() != common.split(" ", 1)[0].lower():
        return text
    return text[:1].lower() + text[1:]


def conclusion_sentence(det: Determination) -> str:
    request = _lower_first(det.request, det.service_label)
    if det.outcome == "upheld":
        return f"Therefore, the request for {request} is not medically necessary, and the denial is upheld."
    return f"Therefore, the request for {request} is medically necessary, and the denial is overturned."


def template_sentences(det: Determination) -> list[tuple[str, str | None, str | None]]:
    """(sentence, criterion id, status) triples; the summary and conclusion carry no criterion."""
    out: list[tuple[str, str | None, str | None]] = [(det.summary, None, None)]
    shown = det.reasons if det.outcome == "upheld" else [c for c in det.criteria if c.decisive]
    for i, crit in enumerate(shown):
        text = crit.statement
        if i == 0:
            text = "In this case, " + _lower_first(text)
        out.append((text, crit.id, crit.status))
    out.append((conclusion_sentence(det), None, None))
    return out


def template_rationale(det: Determination) -> str:
    return " ".join(text for text, _, _ in template_sentences(det))
