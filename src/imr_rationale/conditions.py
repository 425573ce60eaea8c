"""The condition language of criteria files: small pydantic models, one per kind of test.

Conditions (three-valued: true, false, or not documented):
  {fact: NAME}                      a yes/no fact is yes
  {fact: NAME, is: VALUE}           the fact equals VALUE (yes/no or a choice)
  {fact: NAME, one_of: [..]}        a choice fact is one of these
  {fact: NAME, at_least: N}         also at_most, more_than, less_than (numbers, dates as YYYY-MM-DD)
  {fact: NAME, documented: true}    the record states a value for the fact (false: it does not); never
                                    itself not documented, so it suits a `when` that applies a criterion
                                    only to records that state something
  {case: FIELD, at_least: N}        a field every case file has, with the same four comparisons:
                                    worker_age (years), injury_date, request_date (YYYY-MM-DD)
  {request: quantity, at_most: L}   the request's lowest reading, plus any `plus_facts`, against a limit
                                    L: a number, or {by_fact: NAME, values: {choice: number}}
  {region: [..]}                    the request's body region is one of these
  {all: [..]} {any: [..]} {not: C}
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, model_validator

FactType = Literal["yes_no", "number", "date", "choice"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FactCond(_Strict):
    fact: str
    is_: bool | str | None = Field(default=None, alias="is")
    one_of: list[str] | None = None
    at_least: float | dt.date | None = None
    at_most: float | dt.date | None = None
    more_than: float | dt.date | None = None
    less_than: float | dt.date | None = None
    documented: bool | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _one_test(self) -> FactCond:
        tests = [k for k in ("is_", "one_of", "at_least", "at_most", "more_than", "less_than", "documented")
                 if getattr(self, k) is not None]
        if len(tests) > 1:
            raise ValueError(
                f"a fact condition takes one test, got {', '.join(tests)}; combine them with all:"
            )
        return self


CaseField = Literal["worker_age", "injury_date", "request_date"]
CASE_FIELDS: dict[str, tuple[FactType, str]] = {
    "worker_age": ("number", "How old is the worker (from the case file)?"),
    "injury_date": ("date", "When was the industrial injury (from the case file)?"),
    "request_date": ("date", "When was the treatment requested (from the case file)?"),
}
COMPARISONS = ("at_least", "at_most", "more_than", "less_than")


class CaseCond(_Strict):
    """A comparison on a field every case file has; it is always documented."""

    case: CaseField
    at_least: float | dt.date | None = None
    at_most: float | dt.date | None = None
    more_than: float | dt.date | None = None
    less_than: float | dt.date | None = None

    @model_validator(mode="after")
    def _one_test(self) -> CaseCond:
        tests = [k for k in COMPARISONS if getattr(self, k) is not None]
        if len(tests) != 1:
            raise ValueError(f"a case condition takes exactly one of {', '.join(COMPARISONS)}")
        bound = getattr(self, tests[0])
        wants_date = CASE_FIELDS[self.case][0] == "date"
        if wants_date != isinstance(bound, dt.date):
            kind = "a date YYYY-MM-DD" if wants_date else "a number"
            raise ValueError(f"{self.case} is compared with {kind}, got {bound!r}")
        return self


class LimitByFact(_Strict):
    by_fact: str
    values: dict[str, float]


Limit = float | LimitByFact


class RequestCond(_Strict):
    request: Literal["quantity"]
    plus_facts: list[str] = []
    at_most: Limit | None = None
    at_least: Limit | None = None

    @model_validator(mode="after")
    def _one_limit(self) -> RequestCond:
        if (self.at_most is None) == (self.at_least is None):
            raise ValueError("a request condition takes exactly one of at_most or at_least")
        return self


class RegionCond(_Strict):
    region: list[str]


class AllCond(_Strict):
    all: list[Condition]


class AnyCond(_Strict):
    any: list[Condition]


class NotCond(_Strict):
    not_: Condition = Field(alias="not")
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


_COND_KEYS = {"fact": "fact", "case": "case", "request": "request", "region": "region", "all": "all",
              "any": "any", "not": "not"}


def _cond_tag(v: Any) -> str | None:
    if isinstance(v, dict):
        keys = [k for k in _COND_KEYS if k in v]
        return keys[0] if len(keys) == 1 else None
    for name, cls in (("fact", FactCond), ("case", CaseCond), ("request", RequestCond),
                      ("region", RegionCond), ("all", AllCond), ("any", AnyCond), ("not", NotCond)):
        if isinstance(v, cls):
            return name
    return None


Condition = Annotated[
    Annotated[FactCond, Tag("fact")]
    | Annotated[CaseCond, Tag("case")]
    | Annotated[RequestCond, Tag("request")]
    | Annotated[RegionCond, Tag("region")]
    | Annotated[AllCond, Tag("all")]
    | Annotated[AnyCond, Tag("any")]
    | Annotated[NotCond, Tag("not")],
    Discriminator(
        _cond_tag,
        custom_error_type="condition",
        custom_error_message=(
            "a condition has exactly one of the keys fact, case, request, region, all, any, not"
        ),
    ),
]

AllCond.model_rebuild()
AnyCond.model_rebuild()
NotCond.model_rebuild()



def _limit_numbers(cond: Any) -> set[float]:
    out: set[float] = set()
    if isinstance(cond, RequestCond):
        for lim in (cond.at_most, cond.at_least):
            if isinstance(lim, LimitByFact):
                out |= set(lim.values.values())
            elif lim is not None:
                out.add(lim)
    elif isinstance(cond, (FactCond, CaseCond)):
        for v in (cond.at_least, cond.at_most, cond.more_than, cond.less_than):
            if isinstance(v, (int, float)):
                out.add(float(v))
    for child in _children(cond):
        out |= _limit_numbers(child)
    return out


def _children(cond: Any) -> list[Any]:
    if isinstance(cond, AllCond):
        return list(cond.all)
    if isinstance(cond, AnyCond):
        return list(cond.any)
    if isinstance(cond, NotCond):
        return [cond.not_]
    return []


def facts_read(cond: Any) -> list[str]:
    """The fact names a condition reads, in order, once each."""
    names: list[str] = []
    if isinstance(cond, FactCond):
        names.append(cond.fact)
    elif isinstance(cond, RequestCond):
        names += cond.plus_facts
        for lim in (cond.at_most, cond.at_least):
            if isinstance(lim, LimitByFact):
                names.append(lim.by_fact)
    for child in _children(cond):
        names += facts_read(child)
    return list(dict.fromkeys(names))


def case_fields_read(cond: Any) -> list[str]:
    """The case fields (worker_age, injury_date, request_date) a condition reads, in order, once each."""
    names: list[str] = [cond.case] if isinstance(cond, CaseCond) else []
    for child in _children(cond):
        names += case_fields_read(child)
    return list(dict.fromkeys(names))
