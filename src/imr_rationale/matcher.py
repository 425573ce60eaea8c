"""The request matcher: which service (and body region) a request as written most likely names.

Requests arrive as physicians write them: "Norco 10/325 #90", "Flexeril 7.5mg #60", "LidoPro cream",
"chiropractic 2x4 lumbar", "EMG/NCV bilateral upper extremities". The matcher reads them against the
`terms` of criteria/vocabulary.yaml (brand and generic drug names are terms of their class) and returns
ranked suggestions. It never applies one: a person or a calling tool chooses the service for the case
file, and the written request stays as it was for display.

How it reads a request:
- Text and terms are folded the same way: lower case, and the separators - / _ , ; : ( ) + read as
  spaces, so "Hydrocodone/APAP" matches the term "hydrocodone/APAP" and "non-steroidal" matches
  "non steroidal". A term matches whole words only, with an optional plural "s"/"es".
- Short all-capital terms (acronyms of up to 4 letters: PT, ESI, PPI, TENS) match only in capitals,
  so the "pt" of "pt reports" or the word "tens" is not read as a service.
- Where a longer term of one service covers a shorter term of another ("diclofenac gel" over
  "diclofenac"), only the longer one counts.
- Misspelt single words ("Flexiril", "naproxin") are matched by similarity with the standard
  library's difflib. The vocabulary is a few hundred terms, so a dedicated fuzzy-matching library would
  add a dependency without a better answer; difflib's ratio is the same measure.
- The body region comes from the region terms and from spinal levels written as C5-6, T7 or L4-S1.

Confidence is a ranking aid, not a probability: 0.9 for the service whose exact terms cover the most of
the request, less for services whose terms cover less (scaled by the square root of the share), a small
bonus when two or more separate places in the request name one service ("Norco (hydrocodone)"), and
at most 0.7 for a similarity match. On equal confidence the service named last ranks first, since
English puts the head noun last: "flurbiprofen/cyclobenzaprine/lidocaine cream" is a cream.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .criteria import Library

_SEPARATORS = re.compile(r"[-/_,;:()+]")
_ACRONYM_MAX = 4
_EXACT = 0.9
_BONUS = 0.05
_FUZZY_WEIGHT = 0.7
_FUZZY_CUTOFF = 0.85
_FUZZY_MIN_LEN = 5
_WORD = re.compile(r"[a-z][a-z0-9]{4,}")
_SPINE_LEVEL = re.compile(
    r"(?<![A-Za-z0-9])([CTLctl])[1-9][0-2]?(?:\s*-\s*(?:[CTLSctls])?[1-9][0-2]?)?(?![A-Za-z0-9])"
)
_SPINE_REGION = {"c": "cervical_spine", "t": "thoracic_spine", "l": "lumbar_spine"}


@dataclass(frozen=True)
class Suggestion:
    """One candidate reading of a request. `matched` and `region_matched` quote the request as written."""

    service: str
    body_region: str | None
    confidence: float
    matched: tuple[str, ...]
    region_matched: tuple[str, ...] = ()
    fuzzy: bool = False  # True when only a similarity match (a likely misspelling) supports it


@dataclass
class _Hits:
    spans: list[tuple[int, int]] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)
    fuzzy_score: float = 0.0


def _fold(text: str) -> str:
    """Lower case and separators as spaces, keeping every character's position."""
    out = []
    for ch in text:
        low = ch.lower()
        ch = low if len(low) == 1 else ch
        out.append(" " if _SEPARATORS.match(ch) else ch)
    return "".join(out)


def _keep_case(text: str) -> str:
    return "".join(" " if _SEPARATORS.match(ch) else ch for ch in text)


def _is_acronym(term: str) -> bool:
    letters = term.replace(" ", "")
    return letters.isupper() and len(letters) <= _ACRONYM_MAX


def _pattern(term: str, acronym: bool) -> re.Pattern[str]:
    folded = _keep_case(term) if acronym else _fold(term)
    words = [re.escape(w) for w in folded.split()]
    return re.compile(r"(?<![A-Za-z0-9])" + r"\s+".join(words) + r"(?:e?s)?(?![A-Za-z0-9])")


def _find(text: str, terms: dict[str, list[str]]) -> dict[str, _Hits]:
    """Exact term matches by id, with spans contained in another id's longer span removed."""
    folded, cased = _fold(text), _keep_case(text)
    found: list[tuple[str, str, int, int]] = []
    for key, words in terms.items():
        for term in words:
            acronym = _is_acronym(term)
            for m in _pattern(term, acronym).finditer(cased if acronym else folded):
                found.append((key, term, m.start(), m.end()))
    hits: dict[str, _Hits] = {}
    for key, term, start, end in found:
        if any(s <= start and end <= e and (e - s) > (end - start) for _, _, s, e in found):
            continue  # inside a longer match, of this id or another
        h = hits.setdefault(key, _Hits())
        if (start, end) not in h.spans:
            h.spans.append((start, end))
        h.terms.add(term.lower())
    return hits


def _coverage(spans: list[tuple[int, int]]) -> int:
    chars: set[int] = set()
    for start, end in spans:
        chars.update(range(start, end))
    return len(chars)


def _quote(text: str, spans: list[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text[s:e] for s, e in sorted(spans)))


def _fuzzy(text: str, terms: dict[str, list[str]], taken: list[tuple[int, int]]) -> dict[str, _Hits]:
    """Similarity matches of single words not already matched exactly, against single-word terms."""
    singles: dict[str, str] = {}
    for key, words in terms.items():
        for term in words:
            folded = _fold(term).strip()
            if " " not in folded and len(folded) >= _FUZZY_MIN_LEN and not _is_acronym(term):
                singles.setdefault(folded, key)
    hits: dict[str, _Hits] = {}
    for m in _WORD.finditer(_fold(text)):
        if any(s < m.end() and m.start() < e for s, e in taken) or m.group() in singles:
            continue
        close = difflib.get_close_matches(m.group(), list(singles), n=1, cutoff=_FUZZY_CUTOFF)
        if close:
            ratio = difflib.SequenceMatcher(None, m.group(), close[0]).ratio()
            h = hits.setdefault(singles[close[0]], _Hits())
            h.spans.append((m.start(), m.end()))
            h.terms.add(close[0])
            h.fuzzy_score = max(h.fuzzy_score, _FUZZY_WEIGHT * ratio)
    return hits


def _region(text: str, library: Library) -> tuple[str | None, tuple[str, ...]]:
    regions = library.vocabulary.body_regions
    hits = _find(text, {rid: spec.terms for rid, spec in regions.items()})
    spans = {rid: list(h.spans) for rid, h in hits.items()}
    for m in _SPINE_LEVEL.finditer(text):
        rid = _SPINE_REGION[m.group(1).lower()]
        if rid in regions:
            spans.setdefault(rid, []).append((m.start(), m.end()))
    if not spans:
        return None, ()
    words = _quote(text, [s for found in spans.values() for s in found])
    if len(spans) == 1:
        return next(iter(spans)), words
    return ("multiple" if "multiple" in regions else None), words


def suggest(request_text: str, library: Library) -> list[Suggestion]:
    """Ranked suggestions of the service (and body region) a request names; empty when nothing matches."""
    terms = {sid: spec.terms for sid, spec in library.vocabulary.services.items()}
    exact = _find(request_text, terms)
    taken = [s for h in exact.values() for s in h.spans]
    fuzzy = {k: h for k, h in _fuzzy(request_text, terms, taken).items() if k not in exact}
    region, region_words = _region(request_text, library)
    best = max((_coverage(h.spans) for h in exact.values()), default=0)
    out: list[Suggestion] = []
    for sid, h in exact.items():
        share = _coverage(h.spans) / best
        conf = _EXACT * share**0.5 + (_BONUS if len(h.spans) > 1 else 0.0)
        out.append(
            Suggestion(sid, region, round(min(conf, 0.99), 3), _quote(request_text, h.spans), region_words)
        )
    for sid, h in fuzzy.items():
        out.append(
            Suggestion(
                sid, region, round(h.fuzzy_score, 3), _quote(request_text, h.spans), region_words, fuzzy=True
            )
        )
    last = {sid: max(e for _, e in h.spans) for sid, h in (exact | fuzzy).items()}
    out.sort(key=lambda s: (-s.confidence, -last[s.service], s.service))
    return out
