"""The template drafter: a rationale written from the determination alone. No model, fully deterministic.

It reads like a reviewer's paragraph: what the guideline recommends (with its pages), what the record
shows for the criteria that decide the item, and the conclusion.
"""

from __future__ import annotations

from .engine import Determination

DRAFTED_BY = "template"


def conclusion_sentence(det: Determination) -> str:
    request = det.request[0].lower() + det.request[1:] if det.request[:2].isalpha() and not det.request[:2].isupper() else det.request
    if det.outcome == "upheld":
        return f"Therefore, the request for {request} is not medically necessary, and the denial is upheld."
    return f"Therefore, the request for {request} is medically necessary, and the denial is overturned."


def template_sentences(det: Determination) -> list[tuple[str, str | None, str | None]]:
    """(sentence, criterion id, status) triples; the summary and conclusion carry no criterion."""
    out: list[tuple[str, str | None, str | None]] = [(det.summary, None, None)]
    if det.outcome == "upheld":
        shown = det.reasons
    else:
        shown = [c for c in det.criteria if c.decisive]
    for i, crit in enumerate(shown):
        text = crit.statement
        if i == 0:
            text = "In this case, " + text[0].lower() + text[1:] if not text[:2].isupper() else "In this case, " + text
        out.append((text, crit.id, crit.status))
    out.append((conclusion_sentence(det), None, None))
    return out


def template_rationale(det: Determination) -> str:
    return " ".join(text for text, _, _ in template_sentences(det))
