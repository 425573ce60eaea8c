"""Prompt rendering: jinja2 templates from prompts/, with StrictUndefined, fed by typed context models.

The model sees only what this item needs: the determination (outcome, statuses, the criteria's
wording), the guideline's requirements with pages, and the case facts the criteria read. Case text
is wrapped in <case_record> as data; anything in it that looks like our delimiters is defused.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from pydantic import BaseModel

from .case import Case
from .engine import Determination

Message = dict[str, str]


class CriterionLine(BaseModel):
    id: str
    requirement: str
    status: str
    decisive: bool
    statement: str


class FactLine(BaseModel):
    question: str
    answer: str
    source: str | None


class UserContext(BaseModel):
    request: str
    outcome_text: str
    conclusion_words: str
    citation: str
    summary: str
    criteria: list[CriterionLine]
    age: int
    sex: str
    injury_date: str
    diagnoses: str
    facts: list[FactLine]
    excerpts: list[str]


class SystemContext(BaseModel):
    pass


class ReaskContext(BaseModel):
    findings: list[str]
    conclusion_words: str


CONTEXTS: dict[str, type[BaseModel]] = {"system.j2": SystemContext, "user.j2": UserContext, "reask.j2": ReaskContext}


def prompts_dir() -> Path:
    env = os.environ.get("IMR_PROMPTS_DIR")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "prompts"


@cache
def _env(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain text for a model, not HTML
        keep_trailing_newline=False,
    )


def render(name: str, context: BaseModel, folder: Path | None = None) -> str:
    expected = CONTEXTS[name]
    if not isinstance(context, expected):
        raise TypeError(f"{name} takes a {expected.__name__}, got {type(context).__name__}")
    return _env(folder or prompts_dir()).get_template(name).render(**dict(context)).strip()


def prompts_digest(folder: Path | None = None) -> str:
    folder = folder or prompts_dir()
    h = hashlib.sha256()
    for name in sorted(CONTEXTS):
        h.update(name.encode() + (folder / name).read_bytes())
    return h.hexdigest()


def _defuse(text: str) -> str:
    return text.replace("<", "\u2039").replace(">", "\u203a")


def outcome_words(det: Determination) -> tuple[str, str]:
    if det.outcome == "upheld":
        return "UPHELD: the request is not medically necessary", "not medically necessary"
    return "OVERTURNED: the request is medically necessary", "medically necessary"


def _answer(value: Any) -> str:
    if value is None:
        return "Not documented."
    if value is True:
        return "Yes."
    if value is False:
        return "No."
    return f"{value}."


def user_context(det: Determination, case: Case) -> UserContext:
    outcome_text, conclusion = outcome_words(det)
    seen: dict[str, FactLine] = {}
    for crit in det.criteria:
        if crit.status == "not_applicable":
            continue
        for f in crit.facts:
            seen.setdefault(f.name, FactLine(question=f.question, answer=_answer(f.value),
                                             source=_defuse(f.source) if f.source else None))
    excerpts = [_defuse(e.text) for e in case.entries()]
    return UserContext(
        request=_defuse(det.request),
        outcome_text=outcome_text,
        conclusion_words=conclusion,
        citation=det.citation.text,
        summary=det.summary,
        criteria=[CriterionLine(id=c.id, requirement=c.requirement, status=c.status, decisive=c.decisive,
                                statement=c.statement) for c in det.criteria],
        age=case.worker.age,
        sex=case.worker.sex,
        injury_date=case.injury_date.strftime("%B %-d, %Y"),
        diagnoses=_defuse("; ".join(case.diagnoses)),
        facts=list(seen.values()),
        excerpts=excerpts,
    )


def first_messages(det: Determination, case: Case) -> list[Message]:
    return [
        {"role": "system", "content": render("system.j2", SystemContext())},
        {"role": "user", "content": render("user.j2", user_context(det, case))},
    ]


def reask_message(findings: list[str], det: Determination) -> Message:
    """The one place a re-ask is built: the verifier's findings, and the decision restated."""
    _, conclusion = outcome_words(det)
    return {"role": "user", "content": render("reask.j2", ReaskContext(findings=findings, conclusion_words=conclusion))}
