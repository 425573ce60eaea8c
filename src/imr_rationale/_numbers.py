"""Numbers, dates, ages, pages and chapters in a rationale, each checked by its role: an age must be the
worker's, a date one of the case's, "the request for N" the request's, a number the guideline is said to
state the guideline's (with its unit: "4 months" is not "4 injections"), any other number the case's or
the guideline's. Also reads the record once per verification (Record).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import _lexicon as L
from ._clinical import SPINAL_LEVEL_RX, spinal_levels
from ._sentences import Hit, Sentence, split_sentences
from .case import Case
from .criteria import numbers_in
from .engine import Determination

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" \
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_RXS = [
    ("mdy", re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)),
    ("dmy", re.compile(r"(?<![a-z]-)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b",
                       re.I)),  # not "PR-2 of July 2014", a form's name
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("num", re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")),
    ("my", re.compile(r"\b" + _MONTH + r",?\s+(?:of\s+)?(\d{4})\b", re.I)),
    ("my_num", re.compile(r"\b(\d{1,2})/(\d{4})\b")),
    ("md", re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})", re.I)),
    ("dm", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?!,?\s*\d{4})", re.I)),
]
_PAGE = r"\d+(?:\s*(?:-|\u2013|to)\s*\d+)?"
_PAGES_RX = re.compile(r"\b(?:pages?|pgs?\.?|pp\.|p\.)\s*(?:\(s\))?\s*:?\s*(?:\(s\)\s*)?"
                       r"(" + _PAGE + r"(?:\s*(?:,|and|&)\s*" + _PAGE + r"(?=\s*(?:[,;.)&]|and\b|$)))*)", re.I)
_CHAPTER_RX = re.compile(r"\bchapters?\s+(\d+|[ivxl]+\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                         r"twelve|thirteen|fourteen|fifteen)", re.I)
_REG_RX = re.compile(r"(?:\u00a7+\s*|\bsections?\s+|\bCCR\s+|\btitle\s+|\bregulations?\s+"
                     r"|\blabor\s+code\s+(?:section\s+)?)\d[\d.]*(?:\([a-z0-9]+\))*"
                     r"|\b\d+\s+CCR\b|\b\d+\s+C\.C\.R\.", re.I)
_AGE_RXS = [re.compile(r"\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ]years?[- ]old\b", re.I),
            re.compile(r"\baged?\s+(?:of\s+)?(\d{1,3})\b", re.I),
            re.compile(r"\b(\d{1,3})\s+years?\s+of\s+age\b", re.I),
            re.compile(r"\b(\d{1,3})\s*(?:yo|y/o|y\.o\.)\b", re.I)]
_EDITION_RX = re.compile(r"\b(\d+)(?:st|nd|rd|th)\s+ed(?:ition|\.)|\b((?:19|20)\d{2})\s+edition|\bedition\s+(?:of\s+)?"
                         r"((?:19|20)\d{2})", re.I)
_LIST_RX = re.compile(r"(?:^|(?<=[:;,.])\s*|(?<=\band)\s+|(?<=\bor)\s+)\(?(\d{1,2})"
                      r"(?:\)?\s*[-\u2013]\s*\(?(\d{1,2}))?[.)](?=\s+\S)")  # lead and trail are looked around, so
# "3. 6-7)" and "(6)-(7)" find both markers
_NUM_RX = re.compile(r"(?<![\w.$])(\d+(?:,\d{3})*(?:\.\d+)?)(?![\d.]\d)(?!(?:st|nd|rd|th)\b)(?![a-z]*\d)")
_AGE_COMPARE_RX = re.compile(
    r"\b(?:she|he|the\s+(?:worker|claimant|patient)|this\s+(?:worker|claimant|patient))\s+is\s+"
    r"(not\s+)?(under|below|younger\s+than|less\s+than|over|above|older\s+than)\s+"
    r"(?:the\s+age\s+of\s+)?(\d{2})\b(?!\s*(?:%|mg|visits?|weeks?|days?|months?|hours?))", re.I)
_ALL_CASE_WORDS = re.compile(r"\b(?:mg|milligrams?|daily|naproxen|she|he|her|his|worker|claimant)\b", re.I)
_PAIN_SCORE_RX = re.compile(r"(?<![\d/.])(\d{1,2})\s*(?:/|out\s+of\s+)10\b(?!\s*/)", re.I)  # "8/10", "4 out of 10"
_STATUS_PAREN = re.compile(r"\(\s*(?:yes|no|met|not met|present|absent|documented|satisfied)\s*[,;:\u2013-]\s*[^()]*$",
                           re.I)
_STATUS_AFTER = re.compile(r"[^;()]{0,140}\(\s*(?:met|not met|documented|not documented|yes|present|satisfied)\s*\)",
                           re.I)
_TIMES_RX = re.compile(r"\b(\d+)\s*x\s*(\d+)\b", re.I)
_WORDNUM_RX = re.compile(r"\b(" + "|".join(sorted(L.NUMBER_WORDS, key=len, reverse=True)) + r")(?:-(one|two|three|"
                         r"four|five|six|seven|eight|nine))?\b", re.I)
_REQ_BEFORE = re.compile(r"\b(?:request(?:ed)?|req)\.?\s*[:=]\s*(?:[A-Za-z/-]+,?\s+){0,6}$|"
                         r"\brequest(?:ed|s)?\s+(?:is\s+|was\s+)?(?:for|of)\s+(?:an?\s+additional\s+|up\s+to\s+|another"
                         r"\s+|a\s+total\s+of\s+|(?!(?:exceeds?|is|are|was|were|would|will|allows?|within|beyond|than|"
                         r"and|but|over|after|since|with|past|runs?|goes|go|falls?|extends?|surpass(?:es)?|against|versus|vs|"
                         r"remains?|stays?|sits?|lies)\b)[^\s,;]+\s+){0,6}(?:[^\s,;]+,\s+)?$"
                         r"|\brequest(?:ed)?\b[^.;]{0,30}?\b(?:amounts?\s+to|totals?|comes\s+to|equals?|adds\s+up\s+to)\s+"
                         r"(?:about\s+|roughly\s+|some\s+)?$|\brequested\s+(?!(?:versus|vs\.?|against|compared|than|"
                         r"over|beyond|under|within|on|in|at|by|since|after|before|where|whereas|while)\s)"
                         r"(?:\S+\s+)?$", re.I)
_HISTORY_BEFORE = re.compile(r"\b(?:completed|attended|had|has\s+had|received|underwent|undergone|finished|tried)\s+"
                             r"(?:(?:a|an|the|about|approximately|over|only|already)\s+)?$", re.I)
_GAINED_OVER = re.compile(r"\b(?:improved|improving|progressed|progressing|benefit(?:ed|ing)?|responded|gained|"
                          r"plateaued|worsened)\s+(?:\w+\s+){0,2}?(?:over|after|with|from|following|during)\s+"
                          r"(?:(?:a|an|the|about|approximately|only|his|her)\s+)?$", re.I)
_REQ_AFTER = re.compile(r"^\s*(?:(?:-|\u2013|to|or)\s*\d+\s*)?"
                        r"(?:(?!(?:over|after|since|ago|before|than|when|old|at|by|already|used|completed|had|"
                        r"attended|done|\d+|one|" + "|".join(L.NUMBER_WORDS) + r")\b)"
                        r"[A-Za-z/-]+\s+){0,5}?(?:were|was|are|is|being|have\s+been|has\s+been)?\s*"
                        r"(?:requested|sought|proposed)\b|^\s*(?:\S+\s+){0,2}?(?:in|of)\s+the\s+"
                        r"request\b", re.I)
# A number the guideline is said to state: "the guidelines allow up to N", "exceeds the N visits".
_GL_BEFORE = re.compile(
    r"(?:guidelines?|mtus|acoem|cpmtg|criteria)\s+(?:\w+\s+){0,2}?"
    r"(?:allows?|permits?|recommends?|supports?|limits?|caps?|specif(?:y|ies))\s+"
    r"(?:an?\s+(?:initial\s+|first\s+|short\s+|limited\s+)?(?:trial|course|total)\s+of\s+)?"
    r"(?:only\s+|up\s+to\s+|a\s+maximum\s+of\s+|no\s+more\s+than\s+|at\s+most\s+)?(?:\d+\s*(?:-|\u2013|to|or)\s*)?$"
    r"|(?:exceeds?|exceeding|limit\s+of|maximum\s+of|allowance\s+of|cap\s+of)\s+(?:the\s+)?(?:guidelines?'?s?\s+|mtus\s+)?"
    r"(?:limit\s+of\s+|maximum\s+of\s+|recommended\s+|allowed\s+)?(?:\d+\s*(?:-|\u2013|to)\s*)?$"
    r"|(?:within|beyond)\s+(?:the\s+|guidelines?'?s?\s+|mtus\s+)(?:guidelines?'?s?\s+|mtus\s+)?(?:limit\s+of\s+|maximum\s+of\s+|recommended\s+|allowed\s+)?"
    r"(?:\d+\s*(?:-|\u2013|to)\s*)?$", re.I)
_CASE_SPAN_AFTER = re.compile(r"\s*-?\s*(?:weeks?|months?|years?|days?)(?:\s+(?:of\s+(?:his\s+|her\s+)?(?:symptoms?|"
                              r"pain|complaints?|numbness|tingling|neck\s+pain|back\s+pain|(?:daily\s+|continuous\s+)?use|"
                              r"dosing)|since|after|ago|post|had\s+(?:passed|elapsed|gone\s+by)|have\s+(?:passed|elapsed))|"
                              r",?\s*(?:which\s+is\s+|well\s+|so\s+|comfortably\s+)?(?:longer|more|greater|beyond|"
                              r"past|exceeding|above|shorter|less|short|within))\b", re.I)  # "six weeks, longer than
# the 3-4 weeks the guideline contemplates": the case's span, set against the guideline's
_GL_AFTER = re.compile(
    r"^\s*(?:(?:-|\u2013|to|or)\s*\d+\s*)?(?:supervised\s+|physical\s+therapy\s+|therapy\s+)?"
    r"(?:visits|sessions|injections|treatments)?\s*(?:a\s+session\s+|per\s+session\s+)?"
    r"(?:(?:over|in|across|within)\s+\d+\s+weeks?\s+)?(?:that\s+|which\s+)?"
    r"(?:the\s+)?(?:mtus|guidelines?|acoem|pages?\s+\d+(?:\s*-\s*\d+)?)\s+(?:\w+\s+)?"
    r"(?:allows?|permits?|recommends?|supports?)", re.I)  # "the 6 visits over 4 weeks that pages 98-99 allow"


_UNITS = {"visit": "visits", "visits": "visits", "session": "visits", "sessions": "visits", "treatment": "visits",
          "treatments": "visits", "appointment": "visits", "appointments": "visits", "time": "visits",
          "times": "visits", "injection": "injections", "injections": "injections", "shot": "injections",
          "shots": "injections", "week": "weeks", "weeks": "weeks", "wk": "weeks", "wks": "weeks", "month": "months",
          "months": "months", "year": "years", "years": "years", "yr": "years", "yrs": "years", "day": "days",
          "days": "days", "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "%": "percent",
          "percent": "percent", "level": "levels", "levels": "levels", "mg": "mg", "milligrams": "mg",
          "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes", "pack": "packs",
          "packs": "packs", "mile": "miles", "miles": "miles", "block": "blocks", "blocks": "blocks",
          "pound": "pounds", "pounds": "pounds", "lb": "pounds", "lbs": "pounds"}
_UNIT_ALT = "|".join(sorted((re.escape(u) for u in _UNITS if u != "%"), key=len, reverse=True))
_NUMWORD = "|".join(sorted(L.NUMBER_WORDS, key=len, reverse=True)) + "|one"
_MID = (r"(?:(?!(?:per|a|an|each|every|of|for|over|in|to|and|or|the|than|at|across|during|within|throughout|spread|"
        + _NUMWORD + r")\b)[a-z/-]+\s+){0,3}?")  # "nine or ten across eight weeks": no unit of its own
_UNIT_AFTER = re.compile(r"^\s*(?:(?:-|\u2013|to|or|and)\s*(?:\d+(?:\.\d+)?|" + _NUMWORD + r")\s*)?(?:-(?=[a-z]))?"
                         + _MID
                         + r"(%|\b(?:" + _UNIT_ALT + r")\b)", re.I)
_PAIR_RX = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|\b(?:" + _NUMWORD + r"))(?:\s*(?:-|\u2013|to|or|and)\s*(\d+(?:\.\d+)?|"
                      + _NUMWORD + r"))?\s*" + _MID + r"(%|\b(?:" + _UNIT_ALT + r")\b)", re.I)


def _value(word: str) -> float:
    w = word.lower()
    return float(w) if w[0].isdigit() else float(L.NUMBER_WORDS.get(w, 1 if w == "one" else 0))


def unit_pairs(text: str) -> set[tuple[float, str]]:
    """(number, unit) pairs a text states: '9-10 supervised visits' gives (9, visits) and (10, visits)."""
    out = set()
    for m in _PAIR_RX.finditer(text):
        unit = _UNITS[m.group(3).lower()]
        for g in m.groups()[:2]:
            if g and not 1900 <= _value(g) <= 2100:  # a year is no count: "2009 ... visits"
                out.add((_value(g), unit))
    return out


def unit_after(text: str) -> str | None:
    m = _UNIT_AFTER.match(text)
    return _UNITS[m.group(1).lower()] if m else None


_N = r"(\d+|" + _NUMWORD + r")"
_COMBO_RX = re.compile(r"\b" + _N + r"(?:\s*(?:-|\u2013|to)\s*" + _N + r")?\s+(?:supervised\s+|physical\s+therapy\s+|"
                       r"therapy\s+|pt\s+|psychotherapy\s+|psychological\s+|cbt\s+|trial\s+|"
                       r"cognitive\s+behaviou?ral\s+(?:therapy\s+)?|"
                       r"initial\s+)?(?:visits|sessions|treatments)\s+(?:in\s+all\s+|in\s+total\s+)?"
                       r"(?:over|in|across|during|within|for)\s+"
                       r"(?:a\s+period\s+of\s+|up\s+to\s+)?" + _N + r"(?:\s*(?:-|\u2013|to)\s*" + _N + r")?\s+"
                       r"(weeks?|months?)(?:\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:guidelines?|mtus|"
                       r"acoem)\s+(?:allows?|permits?|recommends?|supports?|gives?|sets?))?"  # "... that the guidelines
                       r"(?:\s+(?:for|in)\s+([a-z ,-]{3,60}))?", re.I)  # allow for myalgia": the condition after it


@dataclass(frozen=True)
class Combo:
    """'9-10 visits over 8 weeks for myalgia': visits, the period, and the condition words."""

    visits: tuple[float, float]
    period: tuple[float, float, str]
    condition: frozenset[str]  # the condition's words, each by its first five letters
    text: str = ""  # the condition as written


def combos(text: str) -> list[Combo]:
    out = []
    for m in _COMBO_RX.finditer(text):
        v1, v2, p1, p2, unit, cond = m.groups()
        condition, text = _condition(cond)
        out.append(Combo((_value(v1), _value(v2 or v1)), (_value(p1), _value(p2 or p1), unit.lower().rstrip("s")),
                         condition, text))
    return out


def _condition(cond: str | None) -> tuple[frozenset[str], str]:
    """The condition a visit allowance is for: its words by their first five letters ("a myalgic condition" names
    myalgia), and the condition as written."""
    text = re.split(r",|;|\b(?:and|but|which|while|whereas|so)\s+(?!myo)", cond or "")[0].strip()  # "for this type
    # of pain and expects a home program after ...": the condition ends where the next clause begins
    words = re.split(r"[^a-z]+", text.lower())
    if set(words) & {"guideline", "guidelines", "mtus", "acoem", "cpmtg", "page", "pages", "chapter"}:
        return frozenset(), ""  # "9-10 visits over 8 weeks in the MTUS Physical Medicine guideline": the source
    return frozenset(x[:5] for x in words if len(x) >= 5 and x not in _COND_STOP), text


# "the 24 visits the guideline allows for myalgia": an allowance for a condition, without its period
_ALLOWANCE_RX = re.compile(r"\b" + _N + r"(?:\s*(?:-|\u2013|to)\s*" + _N + r")?\s+(?:supervised\s+)?"
                           r"(?:visits|sessions|treatments)\s+(?:(?:(?:that|which)\s+)?(?:the\s+)?(?:(?:mtus|chronic|pain|"
                           r"medical|treatment|physical|medicine|cpmtg|ca|california)\s+){0,5}"
                           r"(?:guidelines?|mtus|acoem)\s+(?:allows?|permits?|recommends?|supports?|gives?)|"
                           r"allowed|permitted|recommended)\s+(?:for|in)\s+([a-z ,-]{3,60})", re.I)


_COND_STOP = {"patients", "workers", "those", "other", "conditions", "condition", "chronic", "acute", "their",
              "visits", "weeks"}


def span_lengths(dates: set[dt.date], anchors: set[dt.date] | None = None) -> set[tuple[float, str]]:
    """The exact days, weeks, months and years between two case dates, one of them an anchor (the injury or the
    request) when anchors are given."""
    out: set[tuple[float, str]] = set()
    ds = sorted(dates)
    for i, a in enumerate(ds):
        for b in ds[i + 1:]:
            if anchors is not None and a not in anchors and b not in anchors:
                continue
            days = abs((b - a).days)
            out |= {(days / size, unit) for unit, size in (("days", 1.0), ("weeks", 7.0), ("months", 30.44),
                                                            ("years", 365.25))}
    return out


def date_spans(lengths: set[tuple[float, str]]) -> set[tuple[float, str]]:
    """Whole spans a reviewer may write for these lengths: rounded down, up or to nearest (a day either way)."""
    out: set[tuple[float, str]] = set()
    for x, unit in lengths:
        if unit == "days":
            out |= {(x + d, unit) for d in (-1, 0, 1)}
        else:
            out |= {(float(math.floor(x)), unit), (float(math.ceil(x)), unit), (float(round(x)), unit)}
    return {p for p in out if p[0] > 0}


_SPAN_BOUND = re.compile(r"\b(?:(?P<above>more\s+than|well\s+over|beyond|longer\s+than|in\s+excess\s+of|upwards\s+of|"
                         r"exceeding)|(?P<below>less\s+than|under|nearly|almost|just\s+short\s+of|fewer\s+than|"
                         r"shy\s+of))\s+(?:the\s+)?$", re.I)


def span_from_dates(n: float, unit: str, before: str, rec: Record) -> bool:
    """Whether "n units" is a span the case's dates give: "more than 2 years" only where a span exceeds 2 years,
    "nearly 3 years" only where one falls short of it, a bare "3 years" where one rounds to it."""
    bound = _SPAN_BOUND.search(before)
    if bound is None:
        return (n, unit) in rec.date_spans
    lengths = [x for x, u in rec.span_lengths if u == unit]
    if bound.group("above"):
        return any(x > n for x in lengths)
    return any(n - 1 <= x < n for x in lengths)


@dataclass
class Record:
    """What the case and the determination say, read once per verification."""

    case_text: str
    allowed_text: str
    case_numbers: set[float]
    derived: set[float]  # sums and products of the request's and the facts' numbers
    had: set[float]  # counts of visits already had, which a derived total adds to the request
    pain_scores: set[str]  # "8/10" and the like, as the case writes them
    record_only: str  # the notes, diagnoses and findings, without the requests and the review (lower case)
    diagnoses: tuple[str, ...]
    fact_numbers: set[float]  # the numeric facts' values (a dose in morphine equivalents, hours a week)
    guideline_numbers: set[float]
    request_numbers: set[float]
    dates: set[dt.date]
    age: int
    chapters: set[int]
    levels: set[str]
    instruction_grams: set[tuple[str, ...]] = field(default_factory=set)
    guideline_pairs: set[tuple[float, str]] = field(default_factory=set)
    all_pairs: set[tuple[float, str]] = field(default_factory=set)
    date_spans: set[tuple[float, str]] = field(default_factory=set)
    span_lengths: set[tuple[float, str]] = field(default_factory=set)
    request_spans: set[tuple[float, str]] = field(default_factory=set)  # the injury to the request, as written
    request_days: int = 0  # the injury to the request, exactly
    cited_dates: set[dt.date] = field(default_factory=set)  # dates the guideline or a criterion gives
    combos: list[Combo] = field(default_factory=list)
    trial_spans: set[tuple[float, str]] = field(default_factory=set)  # "a one-month trial": how long a trial runs
    symptom_spans: set[tuple[float, str]] = field(default_factory=set)  # how long the symptoms have lasted, where a
    # fact gives it: its weeks and months, rounded either way, and the injury-to-request span


def _numeric_values(facts: list[tuple[str, object]]) -> set[float]:
    return {float(v) for _, raw in facts
            if isinstance(v := getattr(raw, "value", raw), (int, float)) and not isinstance(v, bool)}


_DOSING_RX = r"\b(?:once|twice|three times|four times|[1-4] times|[1-4]x)\s+(?:a|per|each)\s+day|" \
             r"\b(?:daily|bid|tid|qid|b\.i\.d|t\.i\.d|q\.i\.d)\b"


_PER_DAY = {"once": 1, "daily": 1, "twice": 2, "bid": 2, "b.i.d": 2, "three": 3, "tid": 3, "t.i.d": 3, "four": 4,
            "qid": 4, "q.i.d": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def read_record(det: Determination, case: Case) -> Record:
    texts: list[str] = list(case.diagnoses)
    instr: list[str] = []
    for e in case.entries():
        texts += [e.text, e.source or ""]
        for a, b in split_sentences(e.text):
            if L.INSTRUCTION_TEXT_RX.search(e.text[a:b]):
                instr.append(e.text[a:b])
    facts: list[tuple[str, object]] = list(case.facts.items())
    record_only = "\n".join(texts)  # the record before any request or review is added
    for it in case.items:
        texts += [it.request, it.quantity or "", it.utilization_review.modified_to or ""]
        facts += list(it.facts.items())
    dates = {case.injury_date, case.request_date}
    nums: set[float] = {float(case.worker.age)}
    for _, raw in facts:
        value = getattr(raw, "value", raw)
        for part in (getattr(raw, "source", None), getattr(raw, "note", None)):
            if part:
                texts.append(part)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            nums.add(float(value))
        when = getattr(raw, "date", None)
        if isinstance(when, dt.date):
            dates.add(when)
    for e in case.entries():
        if e.date:
            dates.add(e.date)
    for it in case.items:
        if it.utilization_review.date:
            dates.add(it.utilization_review.date)
    case_text = "\n".join(t for t in texts if t)
    for t in texts:
        nums |= set(numbers_in(t))
    gl_text = " ".join([det.summary, det.citation.text, det.citation.chapter, det.citation.edition, det.topic_title,
                        *(c.requirement for c in det.criteria)])
    gl = set(det.guideline_numbers) | {float(p) for p in det.citation.page_numbers} | set(numbers_in(gl_text, False))
    req = set(numbers_in(det.request)) | {float(x) for m in _TIMES_RX.finditer(det.request) for x in m.groups()}
    if det.quantity:
        req |= {float(det.quantity.low), float(det.quantity.high)} | set(numbers_in(det.quantity.text))
    counts = _numeric_values([(name, raw) for name, raw in facts
                              if set(name.split("_")) & {"visits", "sessions", "completed", "treatments"}])
    # visits already had, which a total of visits adds to the request
    asked = {float(det.quantity.low), float(det.quantity.high)} if det.quantity else set()
    factors = set(numbers_in(det.request))  # "8 hours a day, 7 days a week"; not a computed total times anything
    derived = {a + b for a in asked for b in counts} | {a * b for a in factors for b in factors if a != b}
    # totals a reviewer works out: "12 completed plus the 8 requested is 20", "8 hours a day, 7 days a week,
    # is 56 hours"
    statements = " ".join(c.statement for c in det.criteria)
    planted: set[tuple[str, ...]] = set()
    for t in instr:
        planted |= grams(t)
    gl_pairs = unit_pairs(gl_text) | {p for p in unit_pairs(statements) if p[0] in det.guideline_numbers}
    pairs = gl_pairs | unit_pairs(case_text) | unit_pairs(statements) | unit_pairs(det.request)
    for m in re.finditer(r"\ba\s+(day|week|month|year)\s+or\s+two\b", case_text, re.I):
        pairs |= {(1.0, m.group(1).lower() + "s"), (2.0, m.group(1).lower() + "s")}  # "relief for a day or two"
    for name, raw in facts:  # "home_health_hours_per_week: 6": six hours, worked out from the request
        value = getattr(raw, "value", raw)
        unit = next((u for u in ("hours", "weeks", "days", "months", "visits", "sessions") if u in name.split("_")),
                    None)
        if unit and isinstance(value, (int, float)) and not isinstance(value, bool):
            pairs.add((float(value), unit))
    if det.quantity:
        pairs |= {(float(det.quantity.low), det.quantity.unit), (float(det.quantity.high), det.quantity.unit)}
        per_day = {_PER_DAY.get(m.group(0).lower().split()[0].rstrip("x"), 0) for m in re.finditer(_DOSING_RX,
                                                                                                 case_text, re.I)}
        if det.quantity.unit == "units":
            pairs |= {(det.quantity.low / k, "days") for k in per_day if k and det.quantity.low % k == 0}  # "#90,
            # one three times a day, is a 30-day supply"
    lengths = span_lengths(dates, {case.injury_date, case.request_date})
    request_spans = date_spans(span_lengths({case.injury_date, case.request_date}))
    weeks = [v for name, raw in facts if name == "symptom_duration_weeks"
             and isinstance(v := getattr(raw, "value", raw), (int, float)) and not isinstance(v, bool)]
    symptom_spans = (date_spans({(float(w), "weeks") for w in weeks} | {(w * 7 / 30.44, "months") for w in weeks})
                     | request_spans) if weeks else set()
    return Record(case_text=case_text.lower(), allowed_text=(case_text + "\n" + gl_text + "\n" + statements).lower(),
                  case_numbers=nums, derived=derived, had=counts, guideline_numbers=gl,
                  pain_scores={f"{int(m.group(1))}/10" for m in _PAIN_SCORE_RX.finditer(case_text)},
                  record_only=record_only.lower(), diagnoses=tuple(case.diagnoses),
                  fact_numbers=_numeric_values(facts), request_numbers=req, dates=dates,
                  cited_dates=_cited_dates(gl_text + "\n" + statements),
                  trial_spans=_trial_spans(gl_text + "\n" + statements + "\n" + case_text),
                  age=case.worker.age,
                  chapters={int(n) for n in numbers_in(det.citation.chapter + " " + det.citation.text, False)
                            if n < 40 and n not in det.citation.page_numbers},
                  levels=spinal_levels(case_text), instruction_grams=planted, guideline_pairs=gl_pairs,
                  all_pairs=pairs, date_spans=date_spans(lengths), span_lengths=lengths,
                  request_spans=request_spans, symptom_spans=symptom_spans,
                  request_days=abs((case.request_date - case.injury_date).days),
                  combos=combos(gl_text + "\n" + statements))


# ---------------------------------------------------------------- numbers, dates, ages, pages


_RELIEF_RX = re.compile(r"(\d+)\s*(?:%|percent)\s+(?:[a-z-]+\s+){0,2}?relief\s+(?:lasting\s+|for\s+|over\s+|of\s+)"
                        r"(?:about\s+|roughly\s+|approximately\s+|only\s+|just\s+)?(\d+|[a-z]+)\s+(weeks?|months?|"
                        r"days?)\b", re.I)


_TRIAL_SPAN_RX = re.compile(r"\b" + _N + r"[- ](month|week|day)[- ](?:[a-z]+[- ]){0,2}?trial\b|\btrial\s+(?:period\s+)?"
                            r"of\s+(?:about\s+|at\s+least\s+|up\s+to\s+)?" + _N + r"\s+(months?|weeks?|days?)\b", re.I)


def _trial_spans(text: str) -> set[tuple[float, str]]:
    """How long the text says a trial runs: 'a one-month trial' is (1, 'months')."""
    return {_trial_span(m) for m in _TRIAL_SPAN_RX.finditer(text)}


def _trial_span(m: re.Match[str]) -> tuple[float, str]:
    n, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return (1.0 if n.lower() == "one" else _value_of(n)), _unit(unit)


_HAD_FOR_RX = re.compile(r"\b(?:has|have|had)\s+had\s+(?:[a-z]+\s+){0,3}?(pain|symptoms|numbness|tingling|"
                         r"complaints|paresthesias)(?:\s+(?:of|in|to|down)\s+(?:[a-z-]+\s+){0,4}?[a-z-]+)?\s+for\s+"
                         r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+|around\s+)?(\d+|[a-z]+)\s+(weeks?|months?)\b",
                         re.I)  # "has had numbness of the left forearm and hand for about 8 weeks"
def _same_span(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """'30 days' and 'one month' are one span."""
    x, y = a[0] * _in_weeks(a[1]), b[0] * _in_weeks(b[1])
    return abs(x - y) <= 0.1 * max(x, y)


def _value_of(word: str) -> float:
    return float(word) if word.isdigit() else float(L.NUMBER_WORDS.get(word.lower(), -1))


def _relief_in_case(case_text: str, percent: float) -> set[tuple[float, str]]:
    """How long the record says a given percentage of relief lasted: {(3, 'week')}."""
    return {(_value_of(m.group(2)), m.group(3).lower().rstrip("s")) for m in _RELIEF_RX.finditer(case_text)
            if float(m.group(1)) == percent}


_TREATMENTS = r"(?:[a-z]{3,}(?:pentin|gabalin|profen|codone|prazole|clofen|carbamol|oxetine|triptyline|faxine)|" \
              r"naproxen|meloxicam|tramadol|norco|soma|flexeril|lidoderm|physical\s+therapy|acupuncture|" \
              r"chiropractic(?:\s+care)?|home\s+exercises?)"
_BOUND = r"(?:(?P<b>about|roughly|nearly|almost|approximately|more\s+than|over|at\s+least|less\s+than|under|only|" \
         r"just)\s+)?"
_COURSE_RXS = (
    re.compile(r"\b(?P<t>" + _TREATMENTS + r")\b\s+(?:(?!and\b)(?:[a-z]+|\d+(?:\.\d+)?)\s+){0,8}?(?:for|over)\s+"
               + _BOUND + r"(?P<n>\d+|[a-z]+)\s+(?P<u>weeks?|months?|years?)\b", re.I),
    re.compile(r"\b" + _BOUND + r"(?P<n>\d+|[a-z]+)\s+(?P<u>weeks?|months?|years?)\s+of\s+(?:(?:supervised|formal|"
               r"land-based|outpatient|daily|weekly|regular)\s+)?(?P<t>"
               + _TREATMENTS + r")\b", re.I),  # "after 12 weeks of physical therapy without progress"
)


_IN_WEEKS = {"days": 1 / 7, "weeks": 1.0, "months": 4.345, "years": 52.18}


def _in_weeks(unit: str) -> float:
    """'months' or 'month' as a number of weeks."""
    return _IN_WEEKS[_unit(unit)]


@lru_cache(maxsize=32)
def _courses(text: str) -> dict[str, list[tuple[float, str, str]]]:
    """How long the text says each treatment ran: {'gabapentin': [(8.0, '', 'weeks')]}, in weeks, with any bound
    word and the unit the text used."""
    out: dict[str, list[tuple[float, str, str]]] = {}
    for m in (m for rx in _COURSE_RXS for m in rx.finditer(text)):
        n = _value_of(m.group("n"))
        if n > 0:
            key = " ".join(m.group("t").lower().split()[:2])
            out.setdefault(key, []).append((n * _in_weeks(m.group("u")), (m.group("b") or "").lower(),
                                            _unit(m.group("u"))))
    return out


def _unit(word: str) -> str:
    """'Month' or 'months' as 'months'."""
    return word.lower().rstrip("s") + "s"


def _course_fits(said: float, bound: str, told: float, exact: bool) -> bool:
    if bound in ("more than", "over", "at least"):
        return told >= said * 0.9
    if bound in ("less than", "under", "only", "just"):
        return told <= said * 1.1
    if exact:
        return abs(said - told) < 0.01  # "6 weeks" for the record's 8 weeks
    return abs(said - told) <= 0.25 * max(said, told)  # "about two months" for 8 weeks


_PARTIAL_RX = re.compile(r"\b(?:more|fewer|less|beyond|additional|further|another|first|remaining|last|next|only|"
                         r"up\s+to|over|under|within|exceed\w*|than|trial|partial|of\s+the|out\s+of|each|per|"
                         r"every|already|completed|prior|previous|earlier|had|modif\w*|ur|review|reviewer|"
                         r"certif\w*)\b", re.I)


def concluded_count(sent: Sentence, seg_start: int, verb_start: int, refs: set[str], det: Determination,
                    rec: Record) -> Hit | None:
    """'A functional restoration program of 20 full-day sessions is medically necessary' for a request of 10:
    the count in the subject of a conclusion is the request's, whatever the sentence calls it."""
    if det.quantity is None:
        return None
    subject = sent.text[seg_start - sent.start:verb_start - sent.start]
    words = set(re.findall(r"[a-z]+", subject.lower()))
    if not words & (refs | {"request", "requested"}) or _PARTIAL_RX.search(subject):
        return None  # "any visits beyond 6", "a trial of 3-4 sessions", "6 of the 12 visits"
    for m in _PAIR_RX.finditer(subject):
        unit = _UNITS[m.group(3).lower()]
        values = [_value(g) for g in m.groups()[:2] if g]
        if unit == det.quantity.unit and not any(v in rec.request_numbers or v in rec.derived or v in rec.had
                                                 for v in values):  # "without improvement after 12 visits, ..."
            s, e = m.span()
            return Hit("misstated_request", f"sentence {sent.index} gives the request as {m.group(0).strip()}; "
                       f"the request is '{det.request}' ({det.quantity.display()})", sent.index,
                       (seg_start + s, seg_start + e), m.group(0))
    return None


def number_hits(sent: Sentence, det: Determination, rec: Record) -> list[Hit]:
    raw, base = sent.text, sent.start
    used: list[tuple[int, int]] = []
    hits: list[Hit] = []

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in used)

    def hit(code: str, msg: str, s: int, e: int) -> None:
        hits.append(Hit(code, f"sentence {sent.index} {msg}", sent.index, (base + s, base + e), raw[s:e]))

    for m in _REG_RX.finditer(raw):
        used.append(m.span())
    for m in _RELIEF_RX.finditer(raw):
        told = _relief_in_case(rec.case_text, float(m.group(1)))
        said = _value_of(m.group(2)), m.group(3).lower().rstrip("s")
        if told and said not in told:
            used.append(m.span(2))  # "30% relief for eight weeks" where the record gives 30% for 3 weeks
            hit("unsupported_number", f"gives {m.group(1)}% relief for {m.group(2)} {m.group(3)}; the case record "
                f"gives {m.group(1)}% relief for " + " or ".join(f"{n:g} {u}s" for n, u in sorted(told)),
                *m.span(2))
    if rec.trial_spans:
        for m in _TRIAL_SPAN_RX.finditer(raw):
            said = _trial_span(m)
            at = m.span(1) if m.group(1) else m.span(3)
            if said[0] > 0 and not any(_same_span(said, t) for t in rec.trial_spans) and free(*at):
                used.append(at)  # "a documented three-month home trial" where the guideline's trial runs one month
                hit("unsupported_number", f"gives a trial of {said[0]:g} {said[1]}; the guideline and the record give "
                    + " or ".join(f"{v:g} {u}" for v, u in sorted(rec.trial_spans)), *at)
    for m in _HAD_FOR_RX.finditer(raw):
        n, unit = _value_of(m.group(2)), _unit(m.group(3))
        before = raw[max(0, m.start(2) - 40):m.start(2)]
        if n > 0 and free(*m.span(2)) and ((rec.symptom_spans and (n, unit) not in rec.symptom_spans) or (
                (n, unit) in rec.guideline_pairs and (n, unit) not in rec.all_pairs - rec.guideline_pairs
                and not span_from_dates(n, unit, before, rec))):
            used.append(m.span(2))  # "she has had neck pain for 8 weeks" where the record gives 5: the guideline's
            # figure given to the case
            hit("unsupported_number", f"says the worker's symptoms have lasted {m.group(2)} {m.group(3)}; the case "
                "record's dates and notes give no such span", *m.span(2))
    told_courses = _courses(rec.case_text)
    for m in (m for rx in _COURSE_RXS for m in rx.finditer(raw)):
        key = " ".join(m.group("t").lower().split()[:2])
        length = _value_of(m.group("n")) * _in_weeks(m.group("u"))
        runs = [(t, b, u) for t, b, u in told_courses.get(key, []) if b in ("", "about", "roughly", "approximately")]
        course = sorted({t for t, _, _ in runs})
        if length <= 0 or not course or not free(*m.span("n")):
            continue
        used.append(m.span("n"))  # the course's length is checked here, against the record's own course
        bound = (m.group("b") or "").lower()
        if not any(_course_fits(length, bound, t, not bound and not b and u == _unit(m.group("u")))
                   for t, b, u in runs):
            # "gabapentin titrated over 6 months" where the record gives 8 weeks
            hit("unsupported_number", f"says {m.group('t')} ran for {m.group('n')} {m.group('u')}; the case record "
                "gives " + " or ".join(f"{t:g} weeks" for t in course), *m.span("n"))
    for kind, rx in _DATE_RXS:
        for m in rx.finditer(raw):
            if not free(*m.span()):
                continue
            used.append(m.span())
            problem = _date_problem(kind, m, rec)
            if problem:
                hit("unsupported_number", problem, *m.span())
    strengths = _strengths(rec.case_text)
    for m in _STRENGTH_RX.finditer(raw):
        name, value = _strength(m)
        seg = sent.segment_at(base + m.start())
        if name not in strengths or value in strengths[name] or re.match(r"\s*patch(?:es)?\b", raw[m.end():], re.I) \
                or (seg is not None and seg.guideline and not seg.case) or not free(*m.span()):
            continue
        used.append(m.span())  # "LidoPro cream contains lidocaine 5%" where the product has lidocaine 4.5%
        hit("unsupported_number", f"gives {name} as {value:g}%; the case record gives "
            + " or ".join(f"{v:g}%" for v in sorted(strengths[name])), *m.span())
    for m in _PAGES_RX.finditer(raw):
        used.append(m.span())
        pages = _page_list(m.group(1))
        outside = [p for p in pages if p not in det.citation.page_numbers]
        if outside:
            hit("citation_outside", f"cites page {', '.join(map(str, outside))}; the determination rests on "
                f"{det.citation.text} (pages {det.citation.pages}). Cite only those pages.", *m.span())
    for m in _CHAPTER_RX.finditer(raw):
        used.append(m.span())
        chapter = _chapter_number(m.group(1))
        if chapter is not None and chapter not in rec.chapters:
            where = f"chapter {', '.join(map(str, sorted(rec.chapters)))}" if rec.chapters else "no numbered chapter"
            hit("citation_outside", f"cites chapter {chapter}; the determination rests on {det.citation.text} "
                f"({where})", *m.span())
    for m in _EDITION_RX.finditer(raw):
        used.append(m.span())
        edition = m.group(1) or m.group(2) or m.group(3)
        if float(edition) not in set(numbers_in(det.citation.edition, False)):
            hit("citation_outside", f"cites the {m.group(0)}; the determination rests on the {det.citation.edition} "
                f"edition of {det.citation.guideline}", *m.span())
    for rx in _AGE_RXS:
        for m in rx.finditer(raw):
            if not free(*m.span()):
                continue
            if re.search(r"\b(?:over|above|under|below|than|past|beyond|reached|reach)\s+(?:the\s+)?$",
                         raw[max(0, m.start() - 20):m.start()]):
                used.append(m.span())
                continue  # "over the age of 65": a threshold, not the worker's age
            if re.match(r"\s*(?:years?\s+(?:old\s+|of\s+age\s+)?)?(?:or|and)\s+(?:younger|older|under|over|less|more|"
                        r"above|below|up)\b", raw[m.end():m.end() + 30], re.I):
                used.append(m.span())
                continue  # "an NSAID user aged 65 or younger": a bound, not the worker's age
            used.append(m.span())
            age = _to_number(m.group(1))
            if age is not None and age != rec.age:
                hit("unsupported_number", f"gives the worker's age as {age:g}; the case says the worker is "
                    f"{rec.age}", *m.span())
    for m in _AGE_COMPARE_RX.finditer(raw):
        if not free(*m.span()):
            continue
        used.append(m.span())
        below = m.group(2).lower() in ("under", "below", "younger than", "less than")
        holds = rec.age < int(m.group(3)) if below else rec.age > int(m.group(3))
        if holds == bool(m.group(1)):  # "she is under 65" when she is 67; "she is not over 65" when she is 67
            hit("unsupported_number", f"says the worker is {m.group(0).split(' is ', 1)[-1]}; the case says the worker "
                f"is {rec.age}", *m.span())
    for m in SPINAL_LEVEL_RX.finditer(raw):
        used.append(m.span())
    for m in _PAIN_SCORE_RX.finditer(raw):
        if not free(*m.span()):
            continue
        used.append(m.span())
        score = f"{int(m.group(1))}/10"
        if score not in rec.pain_scores:
            found_scores = ", ".join(sorted(rec.pain_scores)) or "none"
            hit("unsupported_number", f"gives a pain score of {score}; the case record's scores are: {found_scores}",
                *m.span())
    for m in _LIST_RX.finditer(raw):
        used.append(m.span(1))
        if m.group(2):
            used.append(m.span(2))  # "6-7. Repeat criteria": items 6 and 7 of a list
    found: list[tuple[float, int, int]] = []
    asked = {m.groups() for m in _TIMES_RX.finditer(det.request)}
    for m in _TIMES_RX.finditer(raw):
        if free(*m.span()):
            if m.groups() not in asked:  # "the 3x4 request" repeats the request as written
                found += [(float(m.group(1)), *m.span(1)), (float(m.group(2)), *m.span(2))]
            used.append(m.span())
    for m in _NUM_RX.finditer(raw):
        if free(*m.span()):
            found.append((float(m.group(1).replace(",", "")), *m.span(1)))
    for m in _WORDNUM_RX.finditer(raw):
        if free(*m.span()):
            units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
            value = L.NUMBER_WORDS[m.group(1).lower()] + (units.index(m.group(2).lower()) + 1 if m.group(2) else 0)
            found.append((float(value), *m.span()))
    for n, s, e in sorted(found, key=lambda f: f[1]):
        problem = _number_problem(sent, det, rec, n, s, e)
        if problem:
            hit("unsupported_number", problem, s, e)
    if not hits:
        for m, problem in _combo_problems(raw, det, rec):
            hit("unsupported_number", problem, *m.span())
    if not hits:
        for m, problem in _total_problems(raw, det, rec):
            hit("misstated_request", problem, *m.span())
    return hits


_TOTAL_RX = re.compile(r"\b(?:totals?|totall?ing|comes?\s+to|coming\s+to|amounts?\s+to|amounting\s+to|works?\s+out\s+"
                       r"to|adds?\s+up\s+to|equals?|(?:for\s+)?a\s+total\s+of)\s+(?:about\s+|roughly\s+)?"
                       + _N + r"(?:\s*(?:-|\u2013|to|or)\s*" + _N
                       + r")?\s+(?:[a-z-]+\s+){0,2}?(?:visits|sessions|treatments)\b", re.I)  # "18-24 PT visits"


def _total_problems(raw: str, det: Determination, rec: Record) -> list[tuple[re.Match[str], str]]:
    """'Two to three sessions a week for six weeks totals 18 to 24 visits' for a request of 12-18: a total
    worked out from the request's own numbers that is not the request's."""
    q = det.quantity
    if q is None or q.unit != "visits":
        return []
    out = []
    for m in _TOTAL_RX.finditer(raw):
        lead = re.split(r"[.;:]", raw[:m.start()])[-1]
        if not (re.search(r"\brequest", lead, re.I) or set(numbers_in(lead)) & rec.request_numbers) \
                or re.search(r"\b(?:guidelines?|mtus|acoem|pages?|pp|allows?|supports?|recommends?|extend\w*|"
                             r"trial|up\s+to)\b", lead, re.I):
            continue  # a total of something else: "12 completed plus 8 requested totals 20", "a trial of 6
            # visits, extending to a total of 18": the guideline's
        values = {_value(g) for g in m.groups() if g}
        if values - ({float(q.low), float(q.high)} | rec.derived):
            out.append((m, f"works out the request as '{m.group(0).strip()}'; the request is '{det.request}' "
                        f"({q.display()})"))
    return out


def _request_token(raw: str, s: int, e: int, request: str) -> bool:
    """The number at raw[s:e] is part of a strength ('10/325') or a quantity ('#90') the request writes the same
    way."""
    def compact(t: str) -> str:
        return re.sub(r"\s+", "", t)
    for m in re.finditer(r"#\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?", raw[max(0, s - 12):e + 12]):
        start = max(0, s - 12) + m.start()
        if start <= s and e <= start + len(m.group(0)) and compact(m.group(0)) in compact(request):
            return True
    return False


def _inside(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return b[0] <= a[0] <= a[1] <= b[1]


def _span_words(pair: tuple[float, ...]) -> str:
    return f"{pair[0]:g}" if pair[0] == pair[1] else f"{pair[0]:g}-{pair[1]:g}"


def _combo_problems(raw: str, det: Determination, rec: Record) -> list[tuple[re.Match[str], str]]:
    """'9-10 visits over 4 weeks': right numbers in a combination the guideline does not give (for that
    condition, when one is named), unless it is the request's own."""
    out = []
    for m in _COMBO_RX.finditer(raw):
        said = combos(m.group(0))[0]
        q = det.quantity
        if q and set(said.visits) <= {float(q.low), float(q.high)} | rec.request_numbers \
                and set(said.period[:2]) <= rec.request_numbers | {float(q.low), float(q.high)}:
            continue
        same = [c for c in rec.combos if _inside(said.visits, c.visits) and _inside(said.period[:2], c.period[:2])
                and said.period[2] == c.period[2]]
        related = [c for c in rec.combos if _inside(said.visits, c.visits)
                   or (said.condition and c.condition & said.condition)]
        if not related:
            continue
        if same and (not said.condition or any(c.condition & said.condition or not c.condition for c in same)):
            continue
        gives = "; ".join(dict.fromkeys(f"{_span_words(c.visits)} visits over {_span_words(c.period[:2])} "
                                        f"{c.period[2]}s" + (f" (for {c.text})" if c.text else "") for c in related))
        out.append((m, f"pairs '{m.group(0).strip()}', a combination {det.citation.text} does not give (it gives: "
                    f"{gives})"))
    for m in _ALLOWANCE_RX.finditer(raw):
        visits = (_value(m.group(1)), _value(m.group(2) or m.group(1)))
        condition, _ = _condition(m.group(3))
        related = [c for c in rec.combos if condition and c.condition & condition]
        if related and not any(_inside(visits, c.visits) for c in related) \
                and not any(n.start() <= m.start() < n.end() for n, _ in out):
            gives = "; ".join(dict.fromkeys(f"{_span_words(c.visits)} visits (for {c.text})" for c in related))
            out.append((m, f"gives '{m.group(0).strip()}', an allowance {det.citation.text} does not give (it gives: "
                        f"{gives})"))
    return out


# "a request for more than 10 visits": a bound, not the request
_THRESHOLD_BEFORE = re.compile(r"\b(?:more|fewer|less|greater)\s+than\s+$|\b(?:over|beyond|above|under|below|"
                               r"exceeds?|exceeding|exceeded|surpass(?:es|ing)?)\s+(?:the\s+)?$",
                               re.I)
_FREQ_AFTER = re.compile(r"\s*(?:(?:-|\u2013|to|or)\s*(?:\d+|one|two|three|four|five|six|seven)\s*)?"
                         r"(?:times|x|visits?|sessions?|treatments?)?\s*"
                         r"(?:(?:a|per|/|each|every)\s*(?:week|wk)\b|weekly\b)", re.I)
def _request_unit(n: float, after: str, request: str) -> bool:
    """'10 full days' for a request of '10 full-day sessions': the request's own figure with its own unit."""
    m = re.match(r"\s*(?:full[- ])?([a-z]+)", after, re.I)
    if m is None or len(m.group(1)) < 3:
        return False
    unit = re.escape(m.group(1).lower().rstrip("s"))
    return re.search(rf"(?<![\d.]){n:g}\s*(?:[a-z]+[- ])?{unit}", request.lower()) is not None


def _counts_request_units(sent: Sentence, det: Determination, rec: Record, n: float, s: int, after: str) -> bool:
    """'a series of three cervical trigger point injections': a count of the request's own unit, said of
    this case, that is not the request's."""
    if det.quantity is None or det.quantity.unit != "injections" or n in rec.request_numbers or n != int(n) \
            or n > 20:
        return False
    m = re.match(r"\s+((?:[a-z-]+\s+){1,4}?)injections?\b", after, re.I)
    bare = re.match(r"\s+injections?\s+of\s+(?:a\s+)?(?:local|lidocaine|bupivacaine|steroid|corticosteroid|anesthetic)",
                    after, re.I) and re.search(r"\brequest", sent.text[:s], re.I)  # "the request is for trigger point
    # injections to the cervical paraspinal muscles, four injections of local anesthetic"
    named = {"trigger", "point", "epidural", "steroid", "cervical", "lumbar", "transforaminal", "interlaminar", "facet"}
    if not bare and (not m or not set(m.group(1).lower().split()) & named):
        return False  # "three cervical trigger point injections"; but "3-4 injections per session" is a rule
    seg = sent.segment_at(sent.start + s)
    before = sent.text[max(0, s - 60):s]
    if seg is None or seg.guideline or seg.hyp or seg.historical or _GL_BEFORE.search(before) \
            or _HISTORY_BEFORE.search(before) or (n, "injections") in rec.all_pairs - rec.guideline_pairs:
        return False
    return not re.search(r"(?:more|fewer|less|greater)\s+than\s+$|\b(?:to|up\s+to|at\s+most|maximum|limit|limited|"
                         r"allows?|permits?|exceed\w*|beyond|over|under|within|only)\s+(?:\w+\s+)?$", before, re.I)


_EXCEEDS_AFTER = re.compile(r"\s+(?:total\s+)?visits\s+(?:would|will)\s+(?:exceed|surpass|break)", re.I)
_REQUESTED_AFTER = re.compile(r"\s+(days?|weeks?|months?)\s+(?:after|following|post|from)\s+(?:the\s+|his\s+|her\s+)?"
                              r"(?:[a-z-]+\s+){0,2}?(?:injury|accident|incident|jolt|fall)\b", re.I)
_TIMING_AFTER = re.compile(r"\s+(?:days?|weeks?|months?|years?)\s+(?:after|ago|before|since|following|post|into|"
                           r"from|out\s+from|later)\b", re.I)
_ARITH_RX = re.compile(r"[+=]|/\s*(?:week|wk)\b|\b(?:make|makes|making|reach|reaches|totals?|totall?ing|plus|bring|"
                       r"comes?\s+to|works?\s+out\s+to|"
                       r"brings|bringing|brought|amounts?|"
                       r"adds?|"
                       r"added|together|resulting|result\s+in|results\s+in|"
                       r"combined|cumulative|in all|equals?|keeps?|weekly|a week|per week|altogether|sum|"
                       r"(?:take|takes|taking|took|put|puts|putting|get|gets|leave|leaves|leaving)\s+"
                       r"(?:her|him|them|the\s+total)\s+(?:to|at))\b", re.I)


def _converted(n: float, unit: str, pairs: set[tuple[float, str]]) -> bool:
    """'about four months' for the record's 'about 16 weeks': the same span in another unit, within rounding."""
    if unit not in _IN_WEEKS:
        return False
    said = n * _IN_WEEKS[unit]
    return any(u in _IN_WEEKS and u != unit and abs(x * _IN_WEEKS[u] - said) <= 0.15 * said for x, u in pairs)


_MEASURED_AFTER = re.compile(r"^[^.;]{0,70}?(?:\b(?:is|are|would\s+be)|,)\s+(?:well\s+|far\s+)?(?:more\s+than|beyond|"
                             r"above|over|greater\s+than|in\s+excess\s+of)\s+(?:what\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:guidelines?|mtus|allows?|allowed|permits?|permitted|recommends?|recommended|"
                             r"(?:that|this)\s+(?:figure|number|limit|allowance|cap|ceiling|maximum|range))\b", re.I)
# "the request ... is more than the guideline allows", "amounts to 12 visits, more than the 10 allowed": the request


_NOT_A_TRIAL_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}(?:is|are|would\s+be)\s+(?:not|no|hardly)\s+(?:an?\s+|the\s+)?"
                                r"(?:\w+\s+){0,2}(?:trial|course)\b", re.I)
# "12 sessions is not a trial of 3-4 visits": the request, set against the guideline's trial


def _one_for_guideline(sent: Sentence, rec: Record, n: float, s: int, before: str, after: str) -> bool:
    """'The guideline allows no more than 1 week of a program': a one the guideline is said to give, in a unit it
    gives other figures in. Other ones and zeros ('one NSAID', 'no visits') are left alone."""
    unit = unit_after(after)
    seg = sent.segment_at(sent.start + s)
    return n == 1 and unit in ("weeks", "months", "visits", "sessions", "injections") \
        and ((seg is not None and seg.guideline) or bool(_GL_BEFORE.search(before))) \
        and (1.0, unit) not in rec.guideline_pairs and any(u == unit for _, u in rec.guideline_pairs)


_INGREDIENTS = r"(lidocaine|capsaicin|menthol|methyl\s+salicylate|diclofenac|ketoprofen|gabapentin|cyclobenzaprine|" \
               r"baclofen|camphor|flurbiprofen)"
_STRENGTH_RX = re.compile(r"\b" + _INGREDIENTS + r"\s+(?:at\s+|as\s+an?\s+)?(\d+(?:\.\d+)?)\s*%|"
                          r"(?<![\d.])(\d+(?:\.\d+)?)\s*%\s+" + _INGREDIENTS + r"\b", re.I)


def _strength(m: re.Match[str]) -> tuple[str, float]:
    """('methyl salicylate', 27.5) from 'methyl salicylate 27.5%' or '27.5% methyl salicylate'."""
    return re.sub(r"\s+", " ", (m.group(1) or m.group(4)).lower()), float(m.group(2) or m.group(3))


@lru_cache(maxsize=32)
def _strengths(text: str) -> dict[str, frozenset[float]]:
    """Each ingredient's strength as the case writes it, {'lidocaine': {4.5}}: read once per record."""
    out: dict[str, set[float]] = {}
    for name, value in map(_strength, _STRENGTH_RX.finditer(text)):
        out.setdefault(name, set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


def _number_problem(sent: Sentence, det: Determination, rec: Record, n: float, s: int, e: int) -> str | None:
    raw = sent.text
    before, after = raw[max(0, s - 60):s], raw[e:e + 60]
    when = _REQUESTED_AFTER.match(after)
    if when and re.search(r"\brequest(?:ed)?\s+(?:\w+\s+){0,3}$", before, re.I) \
            and not re.search(r"\b(?:less|more|fewer|under|over|within|about|around|nearly|almost|roughly)\s+"
                          r"(?:than\s+)?$", before, re.I):
        span_unit = _unit(when.group(1))
        if (n, span_unit) not in rec.request_spans:
            return f"says the request came {n:g} {span_unit} after the injury; by the record's dates it came " \
                   f"{rec.request_days} days after the injury"
        return None
    if n in (0, 1) and not _REQ_BEFORE.search(before) and not _one_for_guideline(sent, rec, n, s, before, after):
        return None
    if n == rec.age and re.search(r"\b(?:at|aged?|age\s+of)\s+$", before, re.I):
        return None  # "should be authorized, because at 67 she is over 65": her age, not the request's count
    if n <= 6 and re.search(r"\b(?:all|both|these|those|the)\s+$", before, re.I) and not unit_after(after) \
            and re.match(r"\s+(?:are|were|of|is|criteria|conditions|requirements|factors|reasons)\b", after):
        return None  # "all three are documented": a count of what the sentence lists
    if n <= 10 and re.match(r"\s+(?:\w+\s+)?(?:conditions|criteria|requirements|reasons|factors|prerequisites|elements|"
                            r"components|steps|questions|issues|things|problems|points|deficiencies|gaps|"
                            r"shortcomings|concerns|defects)\b", after):
        return None  # "the guideline sets two relevant conditions"
    if (_HISTORY_BEFORE.search(before) or (_GAINED_OVER.search(before) and unit_after(after) == "visits")) \
            and not _REQ_AFTER.search(after):  # "has improved slowly over 12 sessions of physical therapy"
        if n not in rec.case_numbers:
            return f"says {n:g} were completed or received; the case record gives no such number"
        if unit_after(after) == "visits" and (n, "visits") not in rec.all_pairs and n not in rec.had:
            had = ", ".join(f"{x:g}" for x, u in sorted(rec.all_pairs - rec.guideline_pairs) if u == "visits")
            # "completed 20 physical therapy visits" where the record has 12
            return f"says {n:g} visits were completed; the case record's visit counts are: {had or 'none'}"
    strength = re.match(r"\s*/\s*(\d+(?:\.\d+)?)\b", after)
    if strength and not re.search(r"\d\s*/\s*$", before):
        asked = re.findall(rf"(\d+(?:\.\d+)?)\s*/\s*{re.escape(strength.group(1))}\b", det.request)
        if asked and f"{n:g}" not in asked and not re.search(rf"(?<![\d.]){n:g}\s*/\s*{re.escape(strength.group(1))}\b",
                                                           rec.case_text):
            return f"gives the strength {n:g}/{strength.group(1)}; the request is '{det.request}'"  # "Norco 5/325"
            # for a request of Norco 10/325
    if before.endswith("#") and re.search(r"#\s*\d", det.request) \
            and not re.search(rf"#\s*{n:g}(?![\d.])", det.request) and _REQ_BEFORE.search(before[:-1].rstrip() + " "):
        return f"gives a dispensed quantity of #{n:g}; the request is '{det.request}'"  # "the request for Norco 10/325
        # #60" where the request is #90 and only the reviewer's modification is #60
    if before.endswith("#") and not re.search(rf"#\s*{n:g}(?![\d.])", rec.case_text + " " + det.request) \
            and (n not in rec.case_numbers or re.search(r"#\s*\d", det.request)):
        return f"gives a dispensed quantity of #{n:g}; the request is '{det.request}'"  # "Soma 350 mg #30" for #90,
        # though the record's "30-day supply" has the number
    if n in rec.had and re.search(r"\b(?:after|following|despite|with)\s+(?:the\s+|her\s+|his\s+|those\s+)?$", before,
                                  re.I) and unit_after(after) in ("visits", None):
        return None  # "none is shown after 12 treatments": the visits already had, not a figure of the guideline's
    if n in rec.had and re.match(r"\s*(?:\+|plus|added\s+to|and\s+the)\s", after, re.I):
        return None  # "12 plus 8 would reach 20": the visits already had, in a worked sum
    if n in rec.had and re.match(r"\s+(?:\w+\s+)?(?:visits?|sessions?|treatments?)\s+(?:already\s+|previously\s+)?"
                                 r"(?:completed|attended|had|done|used|to\s+date)\b", after, re.I):
        return None  # "with 12 visits already completed the total of 20 stays within the cap": the visits had
    hours = unit_after(after) == "hours" and (n, "hours") not in rec.all_pairs \
        and any(u == "hours" for _, u in rec.all_pairs)  # "amounts to 12 hours weekly" where the record gives 6
    if n in rec.derived and not hours and (_ARITH_RX.search(before[-40:]) or _ARITH_RX.search(after[:25])
                             or (set(numbers_in(raw)) - {n}) & rec.had
                             or re.search(r"\b(?:additional|further|another)\b|(?<!no )(?<!not )\bmore\b(?!\s+than)",
                                          raw, re.I)
                             or (re.search(r"\bcap\b", raw, re.I) is not None and _EXCEEDS_AFTER.match(after))):
        # "8 more would make 28"; "the statutory cap of 24 visits per injury, which 28 visits would exceed"
        return None  # a total the reviewer worked out: "12 completed plus the 8 requested is 20", "he has completed
        # 20 visits, and 28 would exceed the cap"
    if re.match(r"\s*-?\s*days?\s+(?:supply|course)\b", after, re.I) and n in rec.case_numbers:
        return None  # "a further 30-day supply is requested" (Soma #90, three a day): a span the record gives
    if unit_after(after) in ("percent", "mg", "levels") and (n in rec.fact_numbers or (
            n, unit_after(after)) in rec.all_pairs - rec.guideline_pairs):
        return None  # "a cream containing lidocaine 4.5%", "a two-level ESI": the request's strength or levels, not
        # its count
    if re.match(r"\s*had\b", raw, re.I) and _REQ_AFTER.search(after):
        return None  # "Had a trial of 3-4 sessions been requested, ...": a request the reviewer imagines
    cond = sent.segment_at(sent.start + s)
    if (_REQ_BEFORE.search(before) or _REQ_AFTER.search(after)) and not _THRESHOLD_BEFORE.search(before) \
            and not _TIMING_AFTER.match(after) and not (cond is not None and cond.kind == "cond"):
        # "requested only two weeks after the injury": when, not how many; "if more than the 9-10 visits allowed
        # were requested": a request imagined
        if n in rec.request_numbers and not hours:  # but "the request amounts to 12 hours" when the record gives 6
            return None
        period = unit_after(after)
        if period in ("weeks", "months") and (n, period) in rec.guideline_pairs \
                and not re.search(r"\b(?:weeks?|months?)\b", det.request, re.I):
            return None  # "a first request for two weeks of sessions fits the guideline": a request of 10 sessions
            # put in the guideline's own period, which the request does not state
        q = f" ({det.quantity.display()})" if det.quantity else ""
        return f"says the request is for {n:g}; the request is '{det.request}'{q}"
    if _counts_request_units(sent, det, rec, n, s, after):
        q = f" ({det.quantity.display()})" if det.quantity else ""
        return f"says the request is for {n:g}; the request is '{det.request}'{q}"
    if re.search(r"\b(?:digits?|fingers?|toes?|ribs?)\s+(?:\d+\s*(?:-|\u2013|to|and|,)\s*)?$", before, re.I):
        return None  # "decreased sensation in digits 3-5": anatomy, not a figure
    if re.search(r"\b(?:criteria|criterion|items?|points?|steps?)\s+(?:\(?\d+\)?\s*(?:-|\u2013|to|and|or|&|,)\s*)*\(?$",
                 before, re.I):
        return None  # "as criteria 2 and 3 are not met": which criteria, not a figure
    if n in rec.request_numbers and (_FREQ_AFTER.match(after) or _request_unit(n, after, det.request)):
        return None  # "the request, 2-3 visits a week for 6 weeks": the request's own frequency
    if n <= 8 and re.search(r"\b(?:the\s+(?:first|last|other|remaining)|all|those|these)\s+$", before, re.I) \
            and re.match(r"\s*(?:$|[.;:,)]|(?:of\s+(?:them|these|those|the)|criteria|requirements|conditions|"
                         r"elements|prerequisites)\b)", after, re.I):
        return None  # "this worker's evaluation meets the first four": a count of the items just listed
    seg = sent.segment_at(sent.start + s)
    unit = None if 1900 <= n <= 2100 else unit_after(after)
    status = _STATUS_PAREN.search(before) or _STATUS_AFTER.match(sent.text[e:e + 160])  # "beyond 3 months (yes, 8
    # months)", "symptoms for 7 months (met)": the case's value
    if unit and (span_from_dates(n, unit, before, rec) or (n, unit) in rec.all_pairs - rec.guideline_pairs) \
            and (_CASE_SPAN_AFTER.match(after) or re.search(r"(?:^|[.;:]\s*)at\s+(?:about\s+|only\s+|just\s+)?$",
                                                             before, re.I)):
        return None  # "with about 10 weeks of symptoms ... under ACOEM Chapter 12": the case's span
    if n in rec.request_numbers and re.match(r"\s+(?:more|further|additional)\s+(?:visits?|sessions?|times?)\s+"
                                             r"(?:a|per|each)\s+week", after, re.I):
        return None  # "2 more visits a week for 4 weeks would carry the total past 18": the request's own rate
    if unit and (n, unit) in rec.all_pairs - rec.guideline_pairs \
            and re.search(r"\b(?:symptoms?|pain|duration|complaints?)\s*(?:of\s+|for\s+|:\s*|,\s*)?$", before, re.I):
        return None  # "...; symptoms 8 months; ...": the case's span, in a note's shorthand
    owner = re.search(r"\b([a-z]{4,})\s+(?:at|of|is)\s*$", before, re.I)
    if unit and (n, unit) in rec.all_pairs - rec.guideline_pairs and owner \
            and re.search(rf"\b{re.escape(owner.group(1))}\b", rec.case_text, re.I):
        return None  # "capsaicin at 0.0325%, above the 0.025% the guideline supports": the case's product
    if re.match(r"\s*-?\s*(?:daily|a\s+day|per\s+day)\b", after, re.I) and n in rec.case_numbers and n <= 4:
        return None  # "after a year of twice-daily dosing": the case's dosing, not a figure of the guideline's
    totals = {float(det.quantity.low), float(det.quantity.high)} if det.quantity else set()
    if (n in rec.request_numbers or n in totals) and (_MEASURED_AFTER.search(raw[e:e + 100])
                                                      or _NOT_A_TRIAL_AFTER.match(after)):
        return None  # "a block of 12 sessions ... is more than the guideline allows": the request, measured
    if n in rec.request_numbers and (re.search(r"\b(?:not|never)\s+(?:\w+\s+){1,4}(?:an?|the)\s+$", before, re.I)
                                     or re.search(r"\b(?:not|never)\s+(?:\w+\s+){0,2}?(?:support|endorse|recommend|"
                                                  r"allow|permit|justify|cover)\w*\s+$", before, re.I)):
        return None  # "the guideline does not endorse starting with a 12-week course", "does not support 12
        # sessions": the request, not endorsed
    if det.quantity and det.quantity.unit == "visits" and n in (det.quantity.low, det.quantity.high) \
            and unit_after(after) in ("visits", None) and _ARITH_RX.search(before[-40:]):
        return None  # "2-3 visits a week for 6 weeks comes to no fewer than 12 visits, against an allowance of 9-10"
    said_with = re.match(r"\s*([a-z]+)", after, re.I)
    if said_with and n in rec.case_numbers and re.search(rf"\b{n:g}\s+{re.escape(said_with.group(1))}\b", rec.case_text,
                                                         re.I) \
            and not (unit and any(u == unit for _, u in rec.guideline_pairs)):  # but "the guideline allows 10
        # visits" where the case has 10 visits of its own is still a figure given to the guideline
        return None  # "who walks 2 miles daily": the case's own figure, as the case writes it
    if n in rec.request_numbers and _request_token(raw, s, e, det.request):
        return None  # "there is no basis for denying continued Norco 10/325 #90": the request's own strength and
        # quantity, said in a clause that names the guideline
    if not status and ((seg is not None and seg.guideline) or _GL_BEFORE.search(before) or _GL_AFTER.search(after)):
        if unit and (n, unit) not in rec.guideline_pairs and any(u == unit for _, u in rec.guideline_pairs):
            return f"attributes {n:g} {unit} to the guideline; {det.citation.text} states no such figure " \
                   f"(its {unit}: {', '.join(f'{x:g}' for x, u in sorted(rec.guideline_pairs) if u == unit)})"
        if n in rec.guideline_numbers:
            return None
        if seg is not None and seg.guideline and not _GL_BEFORE.search(before) and (
                (unit and (n, unit) in rec.all_pairs - rec.guideline_pairs
                 and not any(u == unit for _, u in rec.guideline_pairs))
                or (not unit and _ALL_CASE_WORDS.search(before[-30:]) and n in rec.case_numbers)):
            return None  # "... and after a year of naproxen 550 mg twice daily the note records ...": a case figure
            # in a clause that also speaks of the guideline, of a kind the guideline gives none of
        gl = ", ".join(f"{x:g}" for x in sorted(rec.guideline_numbers))
        return f"attributes {n:g} to the guideline; {det.citation.text} gives only these numbers for this topic: {gl}"
    if unit and span_from_dates(n, unit, before, rec) and (n, unit) not in rec.guideline_pairs:
        return None  # a span the reviewer computed from the case's dates: "about 6 weeks after the injury"
    if unit and unit not in ("visits", "injections", "mg") and (n, unit) not in rec.all_pairs \
            and not _converted(n, unit, rec.all_pairs - rec.guideline_pairs):
        return f"states {n:g} {unit}, which is neither in the case record nor in {det.citation.text}"
    if unit == "mg" and (n, unit) not in rec.all_pairs and n not in rec.fact_numbers \
            and not re.search(rf"(?<![\d.]){n:g}\s*mg", rec.case_text, re.I) \
            and not (before.endswith("/") and re.search(rf"\d/{n:g}\b", rec.case_text)):  # "Naproxen 500mg #60",
        # not "#90"; "Norco 10/325 mg" is the case's combination strength
        return f"states a dose of {n:g} mg, which is neither in the case record nor in {det.citation.text}"  # a
        # page number of the guideline is no dose
    if n in rec.case_numbers or n in rec.guideline_numbers or n in rec.request_numbers:
        return None
    if 1900 <= n <= 2100 and (int(n) in {d.year for d in rec.dates}):
        return None
    return f"states the number {n:g}, which is neither in the case record nor in {det.citation.text}"


def _date_problem(kind: str, m: re.Match[str], rec: Record) -> str | None:
    g = m.groups()
    try:
        if kind in ("mdy", "dmy", "iso"):
            d = _full_date(kind, g)
        elif kind == "num":
            y = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
            first, second = int(g[0]), int(g[1])
            d = dt.date(y, second, first) if first > 12 >= second else dt.date(y, first, second)  # "29/09/2014" is
            # day/month; an ambiguous "09/10/2014" is read month/day
        elif kind == "my":
            ym = (int(g[1]), L.MONTHS[g[0].lower()[:3]])
            if ym in {(x.year, x.month) for x in rec.dates} or f"{g[0].lower()}" in rec.case_text:
                return None
            return f"gives the month {m.group(0)}; the case has no date in that month ({_dates(rec)})"
        elif kind == "my_num":
            ym = (int(g[1]), int(g[0]))
            names = [n for n, v in L.MONTHS.items() if v == ym[1] and len(n) > 3]
            if ym in {(x.year, x.month) for x in rec.dates} or (g[1] in rec.case_text and any(
                    re.search(rf"\b{n}\b", rec.case_text) for n in names)):
                return None  # "tobacco stopped 1/2014" where the record says January 2014
            return f"gives the month {m.group(0)}; the case has no date in that month ({_dates(rec)})"
        elif kind == "dm":
            md = (L.MONTHS[g[1].lower()[:3]], int(g[0]))
            if md in {(x.month, x.day) for x in rec.dates}:
                return None
            return f"gives the date {m.group(0)}; the case has no such date ({_dates(rec)})"
        else:
            md = (L.MONTHS[g[0].lower()[:3]], int(g[1]))
            if md in {(x.month, x.day) for x in rec.dates}:
                return None
            return f"gives the date {m.group(0)}; the case has no such date ({_dates(rec)})"
    except (ValueError, KeyError):
        return f"gives {m.group(0)!r}, which is not a valid date"
    if d in rec.dates or d in rec.cited_dates or m.group(0).lower() in rec.allowed_text:
        return None  # "injuries on or after 1 January 2004": the statute's own date
    return f"gives the date {m.group(0)}; the case has no such date ({_dates(rec)})"


def _full_date(kind: str, g: tuple[str, ...]) -> dt.date:
    """The date a 'mdy', 'dmy' or 'iso' match names; ValueError or KeyError when there is no such date."""
    if kind == "mdy":
        return dt.date(int(g[2]), L.MONTHS[g[0].lower().rstrip(".")[:3] if g[0].lower()[:4] != "sept" else "sep"],
                       int(g[1]))
    if kind == "dmy":
        return dt.date(int(g[2]), L.MONTHS[g[1].lower()[:3]], int(g[0]))
    return dt.date(int(g[0]), int(g[1]), int(g[2]))


def _cited_dates(text: str) -> set[dt.date]:
    """The full dates the guideline text and the criteria give ('for injuries on or after January 1, 2004')."""
    out: set[dt.date] = set()
    for kind, rx in _DATE_RXS:
        if kind not in ("mdy", "dmy", "iso"):
            continue  # a month or a day alone names no date
        for m in rx.finditer(text):
            with contextlib.suppress(ValueError, KeyError):
                out.add(_full_date(kind, m.groups()))
    return out


def _dates(rec: Record) -> str:
    return "dates in the case: " + ", ".join(d.isoformat() for d in sorted(rec.dates))


def _page_list(text: str) -> list[int]:
    out: list[int] = []
    for part in re.split(r"\s*(?:,|and|&)\s*", text):
        nums = [int(x) for x in re.findall(r"\d+", part)]
        if len(nums) == 2 and nums[0] <= nums[1] < nums[0] + 50:
            out += range(nums[0], nums[1] + 1)
        else:
            out += nums
    return out


def _chapter_number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    if w in L.NUMBER_WORDS:
        return L.NUMBER_WORDS[w]
    if w == "one":
        return 1
    roman = {"i": 1, "v": 5, "x": 10, "l": 50}
    if all(c in roman for c in w):
        total = 0
        for a, b in zip(w, [*w[1:], ""], strict=True):
            total += -roman[a] if b and roman[b] > roman[a] else roman[a]
        return total
    return None


def _to_number(word: str) -> float | None:
    w = word.lower()
    if w.isdigit():
        return float(w)
    parts = w.split("-")
    if parts[0] in L.NUMBER_WORDS:
        extra = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return float(L.NUMBER_WORDS[parts[0]] + (extra.index(parts[1]) + 1 if len(parts) > 1 and parts[1] in extra
                                                 else 0))
    return None


_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "is", "are", "this", "that", "for", "be", "it", "on"}


def grams(text: str, n: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1) if set(words[i:i + n]) - _STOP}
