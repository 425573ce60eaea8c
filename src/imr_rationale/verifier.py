"""The verifier: re-reads a rationale and rejects what the determination and the case do not support.

Placeholder: the interface is fixed here; the checks are being written.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .case import Case
from .engine import Determination


class Finding(BaseModel):
    """One thing the verifier objects to."""

    model_config = ConfigDict(frozen=True)

    code: str  # e.g. contradicts_outcome, misstated_criterion, citation_outside, unsupported_number
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
    raise NotImplementedError
