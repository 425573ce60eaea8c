"""Quantities read from a request as written.

"2-3 times a week for 6 weeks" is 12-18 visits; "3x/wk x 4 wks" and "3x4" are 12; "x12" and
"12 sessions" are 12; "#90" is 90 units. A request is judged by its lowest reading.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from .criteria import word_number


class Quantity(BaseModel):
    model_config = ConfigDict(frozen=True)

    low: int
    high: int
    unit: str  # visits, units, injections, hours, days, ...
    text: str  # the words it was read from

    def display(self) -> str:
        unit = self.unit[:-1] if self.high == 1 and self.unit.endswith("s") else self.unit
        return f"{self.span} {unit}"

    @property
    def span(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


class QuantityError(ValueError):
    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(
            f"cannot read a quantity from {text!r}; write it as e.g. '2 times a week for 6 weeks', "
            "'3x4', '12 visits', 'x12' or '#90'"
        )


_R = r"(\d+)(?:\s*(?:-|to|or)\s*(\d+))?"  # a number or a range
_PER_WEEK = r"(?:x|times?)?\s*(?:/|a|an|per|each|every)?\s*(?:weeks?|wks?|weekly|/\s*wk)"
_FREQ_DUR = re.compile(
    _R + r"\s*(?:(?:x|times?)?[\s-]*(?:(?:" + _PER_WEEK + r"|weekly)(?:\s+(?:visits?|sessions?|treatments?))?)?"
    r"|(?:visits?|sessions?|treatments?)\s*(?:"
    + _PER_WEEK + r"|weekly)|weekly\s+(?:visits|sessions|treatments))\s*[,.]?\s*(?:x|for|times|over)\s*"
    + _R + r"\s*(?:weeks?|wks?)\b"
)
_COMPACT = re.compile(
    r"(?<![\w/.])" + _R.replace("(?:-|to|or)", "-") + r"\s*x\s*" + r"(\d+)(?:\s*-\s*(\d+))?(?![\w/.])"
)
_TIMES_N = re.compile(r"(?<![\w/.])x\s*(\d+)\b(?!\s*(?:h|hrs?|hours?|mins?|minutes?|mg|ml|%)\b)")  # not "x 2 h"
_HASH = re.compile(r"(?:#|\bqty\.?|\bquantity:?)\s*(\d+)\b")
_UNIT_WORDS = {
    "visit": "visits", "session": "visits", "treatment": "visits", "appointment": "visits",
    "injection": "injections", "block": "injections", "unit": "units", "tablet": "units", "tab": "units",
    "capsule": "units", "cap": "units", "pill": "units", "patch": "units", "hour": "hours", "day": "days",
}
_COUNT = re.compile(
    r"(?<![a-z\d/.-])" + _R + r"\s*(?:\(\s*\d+\s*\)\s*)?(?:[a-z-]+\s+){0,3}?("
    + "|".join(_UNIT_WORDS) + r")(?:e?s)?\b"
)

_WORDS = re.compile(r"\b(once|twice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|single|a single)\b")


def _normalise(text: str) -> str:
    t = text.lower().replace("\u2013", "-").replace("\u00d7", "x")
    t = re.sub(r"\bonce\b", "1 times", t)
    t = re.sub(r"\btwice\b", "2 times", t)
    t = re.sub(r"\ba single\b", "1", t)
    return _WORDS.sub(lambda m: str(word_number(m.group(1)) or m.group(1)), t)


def _rng(lo: str, hi: str | None) -> tuple[int, int]:
    a, b = int(lo), int(hi) if hi else int(lo)
    return (a, b) if a <= b else (b, a)


def find_quantity(text: str) -> Quantity | None:
    """The quantity in a request's words, or None when it states none."""
    t = _normalise(text)
    if m := _HASH.search(t):
        n = int(m.group(1))
        return Quantity(low=n, high=n, unit="units", text=m.group(0).strip())
    if m := _FREQ_DUR.search(t):
        (f1, f2), (d1, d2) = _rng(m.group(1), m.group(2)), _rng(m.group(3), m.group(4))
        return Quantity(low=f1 * d1, high=f2 * d2, unit="visits", text=m.group(0).strip())
    if m := _COMPACT.search(t):
        (f1, f2), (d1, d2) = _rng(m.group(1), m.group(2)), _rng(m.group(3), m.group(4))
        return Quantity(low=f1 * d1, high=f2 * d2, unit="visits", text=m.group(0).strip())
    if m := _TIMES_N.search(t):
        n = int(m.group(1))
        return Quantity(low=n, high=n, unit="visits", text=m.group(0).strip())
    if m := _COUNT.search(t):
        lo, hi = _rng(m.group(1), m.group(2))
        return Quantity(low=lo, high=hi, unit=_UNIT_WORDS[m.group(3)], text=m.group(0).strip())
    return None


def schedule(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The visits a week and the weeks a text gives ('2 times a week for 3 weeks' is ((2, 2), (3, 3))), or None
    when it gives no schedule."""
    t = _normalise(text)
    m = _FREQ_DUR.search(t) or _COMPACT.search(t)
    return None if m is None else (_rng(m.group(1), m.group(2)), _rng(m.group(3), m.group(4)))


def parse_quantity(text: str) -> Quantity:
    """The quantity in `text`; QuantityError quoting the text when none can be read."""
    q = find_quantity(text)
    if q is None or q.low <= 0:
        raise QuantityError(text)
    return q
