"""The letter: the "IMR ISSUES, DECISIONS AND RATIONALES" section, as text, Markdown or JSON.

It prints only what the verifier accepted. An item whose rationale did not pass says so in place of
a rationale.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel

from .drafting import DraftResult
from .engine import Determination

Format = Literal["text", "md", "json"]


class Provenance(BaseModel):
    tool_version: str
    criteria_digest: str
    topic_digests: dict[str, str]
    prompts_digest: str
    model: str | None  # None: no model configured, the template drafted
    base_url: str | None


class ItemReport(BaseModel):
    determination: Determination
    draft: DraftResult | None = None


class Report(BaseModel):
    case_id: str
    synthetic: bool
    items: list[ItemReport]
    provenance: Provenance

    @property
    def all_verified(self) -> bool:
        return all(i.draft.verified for i in self.items if i.draft is not None)


def _decision(det: Determination) -> str:
    return det.outcome.capitalize()


def _source(draft: DraftResult) -> str:
    if draft.drafted_by == "template":
        label = "template drafter (deterministic, no model)"
        if draft.fallback_reason:
            label += f"; fallback because {draft.fallback_reason}"
        return label
    return f"model {draft.drafted_by}, attempt {len(draft.attempts)}"


def _rationale_line(draft: DraftResult | None) -> tuple[str, str | None]:
    if draft is None:
        return "", None
    if draft.rationale is None or not draft.verified:
        return "No verified rationale: every draft was rejected; the reviewer must write this one.", None
    return draft.rationale, f"Drafted by {_source(draft)}; verified."


def render_text(report: Report, markdown: bool = False) -> str:
    h = "## " if markdown else ""
    b = "**" if markdown else ""
    lines = [f"{h}IMR ISSUES, DECISIONS AND RATIONALES", "",
             "The Final Determination was based on decisions for the disputed items/services set forth below:", ""]
    for it in report.items:
        det = it.determination
        lines += [f"{'### ' if markdown else ''}{det.request}: {_decision(det)}", "",
                  f"{b}Claims Administrator guideline:{b} Decision based on {det.utilization_review}", "",
                  f"{b}Reviewer guideline:{b} Decision based on {det.citation.guideline}, {det.citation.chapter} "
                  f"{det.citation.where}.", ""]
        text, source = _rationale_line(it.draft)
        if it.draft is None:
            reasons = "; ".join(f"{c.id}: {c.status}" for c in det.reasons) or "every decisive criterion met"
            lines += [f"{b}Decisive criteria:{b} {reasons}", ""]
        else:
            lines += [f"{b}Decision rationale:{b} {text}", ""]
            if source:
                lines += [f"{'_' if markdown else '['}{source}{'_' if markdown else ']'}", ""]
    return "\n".join(lines).rstrip() + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    items = []
    for it in report.items:
        d = it.determination
        entry: dict[str, Any] = {
            "item": d.item,
            "request": d.request,
            "service": d.service,
            "body_region": d.body_region,
            "quantity": d.quantity.model_dump() if d.quantity else None,
            "topic": d.topic,
            "outcome": d.outcome,
            "decisive_reasons": d.decisive_reasons,
            "criteria": [
                {"id": c.id, "status": c.status, "decisive": c.decisive, "requirement": c.requirement,
                 "statement": c.statement,
                 "facts": [{"name": f.name, "value": f.value, "documented": f.documented, "source": f.source}
                           for f in c.facts]}
                for c in d.criteria
            ],
            "citation": d.citation.model_dump(),
            "claims_administrator_guideline": d.utilization_review,
        }
        if it.draft is not None:
            dr = it.draft
            entry |= {
                "rationale": dr.rationale if dr.verified else None,
                "drafted_by": dr.drafted_by,
                "verified": dr.verified,
                "fallback_reason": dr.fallback_reason,
                "attempts": [a.model_dump() for a in dr.attempts],
                "tokens": dr.tokens,
            }
        items.append(entry)
    return {"case_id": report.case_id, "synthetic": report.synthetic, "items": items,
            "provenance": report.provenance.model_dump()}


def render(report: Report, fmt: Format = "text") -> str:
    if fmt == "json":
        return json.dumps(report_dict(report), indent=2, default=str) + "\n"
    return render_text(report, markdown=fmt == "md")
