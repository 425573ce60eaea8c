"""Rules decide: each item's outcome from the case facts and its criteria topic, with no model involved.

Three-valued logic throughout: a condition is True, False or None (not documented). A decisive
criterion that is not met or not documented upholds the denial; when every decisive criterion is met
or not applicable, the request is medically necessary and the denial is overturned.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from .case import Case
from .conditions import (
    CASE_FIELDS,
    COMPARISONS,
    AllCond,
    AnyCond,
    CaseCond,
    FactCond,
    LimitByFact,
    NotCond,
    RegionCond,
    RequestCond,
    case_fields_read,
    facts_read,
)
from .criteria import Criterion, Library, Status, Topic
from .quantity import Quantity

Outcome = Literal["upheld", "overturned"]
Tri = bool | None


class FactReading(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    question: str
    value: bool | int | float | str | dt.date | None  # None: not documented
    source: str | None = None
    terms: list[str] = []
    choices: list[str] = Field(default=[], exclude=True)  # a choice fact's choices

    @property
    def documented(self) -> bool:
        return self.value is not None


class CriterionResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    requirement: str
    decisive: bool
    status: Status
    facts: list[FactReading]
    statement: str  # what the record shows, in the topic's wording for this status
    citation: str | None = None  # a source other than the topic's guideline that this criterion applies
    terms: list[str] = Field(default=[], exclude=True)  # how a rationale names the criterion as a whole


class Citation(BaseModel):
    model_config = ConfigDict(frozen=True)

    guideline: str
    family: str
    edition: str
    chapter: str
    pages: str  # empty for a guideline cited by section
    page_numbers: list[int]
    where: str  # "Page(s): 98-99" or "Section 9792.24.1"
    text: str  # as the letter prints it


class Determination(BaseModel):
    model_config = ConfigDict(frozen=True)

    item: int  # 1-based, in case order
    request: str
    service: str
    service_label: str
    body_region: str
    region_label: str
    quantity: Quantity | None
    topic: str
    topic_title: str
    outcome: Outcome
    criteria: list[CriterionResult]
    decisive_reasons: list[str]  # criterion ids, not_met first
    citation: Citation
    summary: str  # the guideline's recommendation, in our words
    guideline_numbers: list[float]
    utilization_review: str
    # How physicians name the requested service, and every other service in the vocabulary: the verifier
    # reads a rationale that puts another service in the request's place as a misstated request.
    service_terms: list[str] = Field(default=[], exclude=True)
    other_service_terms: list[str] = Field(default=[], exclude=True)

    def criterion(self, cid: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == cid)

    @property
    def reasons(self) -> list[CriterionResult]:
        return [self.criterion(c) for c in self.decisive_reasons]


def decide(case: Case, library: Library) -> list[Determination]:
    """One determination per item, in case order. The same case always gives the same result."""
    return [decide_item(case, i, library) for i in range(len(case.items))]


def decide_item(case: Case, index: int, library: Library) -> Determination:
    item = case.items[index]
    topic = library.topic_for(item.service, item.body_region)
    if topic is None:  # load_case already reports this; guard for API callers with unchecked cases
        raise ValueError(f"item {index + 1}: no criteria topic covers {item.service} for {item.body_region}")
    ctx = _Context(case, index, topic)
    results = [_evaluate(crit, ctx, topic, library) for crit in topic.criteria]
    failing = [r for r in results if r.decisive and r.status in ("not_met", "not_documented")]
    failing.sort(key=lambda r: r.status != "not_met")
    g = topic.guideline
    vocab = library.vocabulary
    spec = vocab.services[item.service]
    named = spec.drug_groups_named(item.request)  # "Soma 350mg #90": Flexeril, named as the request, misstates it
    other_drugs = {d for g in spec.drugs if g not in named for d in g} if named else set()
    ur = item.utilization_review
    return Determination(
        item=index + 1,
        request=item.request,
        service=item.service,
        service_label=spec.label,
        body_region=item.body_region,
        region_label=vocab.body_regions[item.body_region].label,
        quantity=ctx.quantity,
        topic=topic.id,
        topic_title=topic.title,
        outcome="upheld" if failing else "overturned",
        criteria=results,
        decisive_reasons=[r.id for r in failing],
        citation=Citation(guideline=g.name, family=g.family, edition=g.edition, chapter=g.chapter,
                          pages=g.pages, page_numbers=list(g.page_numbers), where=g.where, text=g.citation),
        summary=topic.summary,
        guideline_numbers=sorted(topic.guideline_numbers),
        utilization_review=ur.guideline,
        service_terms=[t for t in spec.terms if t not in other_drugs],
        other_service_terms=sorted({t for s, sp in vocab.services.items() if s != item.service for t in sp.terms}
                                   - set(spec.terms) | other_drugs),
    )


class _Context:
    def __init__(self, case: Case, index: int, topic: Topic) -> None:
        self.case, self.index, self.topic = case, index, topic
        self.quantity = case.quantity(index)
        self.limit: float | None = None

    def value(self, name: str) -> Any:
        return self.case.fact(name, self.index).value

    def case_value(self, name: str) -> int | dt.date:
        if name == "worker_age":
            return self.case.worker.age
        return self.case.injury_date if name == "injury_date" else self.case.request_date


def _evaluate(crit: Criterion, ctx: _Context, topic: Topic, library: Library) -> CriterionResult:
    ctx.limit = None
    applies = True if crit.when is None else _tri(crit.when, ctx)
    if applies is False:
        status: Status = "not_applicable"
    else:
        outcome = _tri(crit.check, ctx)
        if applies is None and outcome is not True:
            outcome = None  # cannot tell whether it applies, and it is not shown to be met
        status = "met" if outcome is True else "not_met" if outcome is False else "not_documented"
    names = facts_read(crit.when) + facts_read(crit.check) if crit.when else facts_read(crit.check)
    readings = []
    for name in dict.fromkeys(names):
        fact = ctx.case.fact(name, ctx.index)
        spec = library.fact_specs[name]
        readings.append(FactReading(name=name, question=spec.question, value=fact.value, source=fact.source,
                                    terms=spec.terms, choices=list(spec.choices or [])))
    fields = case_fields_read(crit.check)
    for name in dict.fromkeys((case_fields_read(crit.when) if crit.when else []) + fields):
        readings.append(FactReading(name=name, question=CASE_FIELDS[name][1], value=ctx.case_value(name),
                                    source="case file"))
    wording = getattr(crit.wording, status) or crit.wording.not_documented
    if applies is None and status == "not_documented" and crit.wording.applicability_not_documented:
        wording = crit.wording.applicability_not_documented
    placeholders = {"requested": ctx.quantity.display() if ctx.quantity else "an unstated quantity",
                    "limit": _fmt(ctx.limit) if ctx.limit is not None else "the guideline's limit"}
    return CriterionResult(id=crit.id, requirement=crit.requirement, decisive=crit.decisive, status=status,
                           facts=readings, statement=wording.format_map(placeholders), citation=crit.citation,
                           terms=list(crit.terms))


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def _tri(cond: Any, ctx: _Context) -> Tri:
    if isinstance(cond, FactCond):
        return _fact(cond, ctx.value(cond.fact))
    if isinstance(cond, CaseCond):
        return _compare(cond, ctx.case_value(cond.case))
    if isinstance(cond, AllCond):
        vals = [_tri(c, ctx) for c in cond.all]
        return False if False in vals else None if None in vals else True
    if isinstance(cond, AnyCond):
        vals = [_tri(c, ctx) for c in cond.any]
        return True if True in vals else None if None in vals else False
    if isinstance(cond, NotCond):
        v = _tri(cond.not_, ctx)
        return None if v is None else not v
    if isinstance(cond, RegionCond):
        return ctx.case.items[ctx.index].body_region in cond.region
    if isinstance(cond, RequestCond):
        return _request(cond, ctx)
    raise TypeError(f"unknown condition {cond!r}")


def _fact(cond: FactCond, value: Any) -> Tri:
    if cond.documented is not None:
        return (value is not None) == cond.documented
    if value is None:
        return None
    if cond.one_of is not None:
        return value in cond.one_of
    compared = _compare(cond, value)
    if compared is not None:
        return compared
    return bool(value == (True if cond.is_ is None else cond.is_))


_TESTS: dict[str, Callable[[Any, Any], bool]] = {
    "at_least": lambda a, b: bool(a >= b), "at_most": lambda a, b: bool(a <= b),
    "more_than": lambda a, b: bool(a > b), "less_than": lambda a, b: bool(a < b),
}


def _compare(cond: FactCond | CaseCond, value: Any) -> bool | None:
    """The condition's comparison applied to a documented value; None when it has no comparison."""
    for op in COMPARISONS:
        bound = getattr(cond, op)
        if bound is not None:
            if isinstance(bound, dt.date):
                value = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
            return _TESTS[op](value, bound)
    return None


def _request(cond: RequestCond, ctx: _Context) -> Tri:
    if ctx.quantity is None:
        return None
    total: float = ctx.quantity.low
    for name in cond.plus_facts:
        extra = ctx.value(name)
        if extra is None:
            return None
        total += float(extra)
    bound = cond.at_most if cond.at_most is not None else cond.at_least
    if isinstance(bound, LimitByFact):
        key = ctx.value(bound.by_fact)
        if key is None or key not in bound.values:
            return None
        bound = bound.values[key]
    assert bound is not None  # the schema requires one limit
    ctx.limit = bound
    return total <= bound if cond.at_most is not None else total >= bound
