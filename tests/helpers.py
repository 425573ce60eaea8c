"""Small builders for tests: a case with just the facts a test needs."""

from __future__ import annotations

import datetime as dt
from typing import Any

from imr_rationale import Case, Determination, Library
from imr_rationale.case import check_case
from imr_rationale.engine import decide_item


def make_case(library: Library, service: str, region: str, request: str, facts: dict[str, Any] | None = None,
              quantity: str | None = None, request_date: dt.date | str = dt.date(2015, 6, 1), age: int = 50,
              injury_date: dt.date | str = "2014-01-01") -> Case:
    """A one-item case with just these facts; it must pass the same checks as a case file."""
    item: dict[str, Any] = {"request": request, "service": service, "body_region": region,
                            "utilization_review": {"decision": "non_certified", "guideline": "MTUS"}}
    if quantity:
        item["quantity"] = quantity
    case = Case.model_validate({
        "case_id": "t", "synthetic": True, "worker": {"age": age, "sex": "female"},
        "injury_date": injury_date, "request_date": request_date, "diagnoses": ["test"],
        "facts": facts or {}, "items": [item],
    })
    problems = check_case(case, library)
    assert not problems, problems
    return case


def decide_one(library: Library, *args: Any, **kwargs: Any) -> Determination:
    return decide_item(make_case(library, *args, **kwargs), 0, library)


def statuses(det: Determination) -> dict[str, str]:
    return {c.id: c.status for c in det.criteria}
