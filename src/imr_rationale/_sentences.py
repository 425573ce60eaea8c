"""Sentences, tokens and clauses of a rationale (what each clause *is* is read in _clauses).

The splitter keeps "e.g.", "i.e.", "Dr.", decimals and numbered list items ("includes: 1. Documentation
..., 2. Symptoms ...") inside their sentence. Clauses are cut at ';' and ':', before subordinators and
relatives, and at 'and'/'or' only between two clauses that each have a verb, so a list under one "no"
stays under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import _lexicon as L

_ABBREV = {"e.g", "i.e", "eg", "ie", "dr", "mr", "mrs", "ms", "vs", "etc", "approx", "p", "pp", "no", "nos", "fig",
           "st", "jr", "sr", "cf", "al", "inc", "co", "ltd", "u.s", "ph.d", "m.d", "d.o", "pg", "pgs", "vol", "ed",
           "eds", "hr", "hrs", "wk", "wks", "mo", "mos", "yr", "yrs", "sec", "ch", "chap", "ref", "b.i.d", "t.i.d",
           "q.i.d", "p.r.n", "a.m", "p.m", "est", "dept", "resp", "viz", "incl", "max", "min"}
_UNIT_ABBREV = {"wk", "wks", "mo", "mos", "yr", "yrs", "hr", "hrs", "min", "sec"}
_END_RX = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)|\n[ \t]*\n")
_TOKEN_RX = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+(?:\.\d+)?|[^\sA-Za-z\d]")
_LIST_START_RX = re.compile(r"^\(?\d{1,2}[.)]\s")
_LIST_OPEN_RX = re.compile(r":\s*\(?1[.)]\s")


@dataclass(frozen=True)
class Token:
    text: str  # lowercase, normalised
    start: int  # offsets in the whole rationale
    end: int


@dataclass
class Segment:
    """A clause: the unit that negation, hypotheticals and attribution are read in."""

    tokens: list[Token]
    kind: str  # main, cond, subord, rel, contrast, coord, paren
    chunk: int  # clauses between ';' or ':' share a chunk
    hyp: bool = False
    modal: bool = False
    guideline: bool = False
    deontic: bool = False
    historical: bool = False
    case: bool = False  # names the worker, the record or the request

    @property
    def words(self) -> list[str]:
        return [t.text for t in self.tokens]

    @property
    def start(self) -> int:
        return self.tokens[0].start if self.tokens else 0

    @property
    def end(self) -> int:
        return self.tokens[-1].end if self.tokens else 0

    def joined(self) -> str:
        return " ".join(self.words)


@dataclass
class Sentence:
    index: int  # 1-based
    start: int
    end: int
    text: str
    tokens: list[Token]
    segments: list[Segment] = field(default_factory=list)

    def segment_at(self, offset: int) -> Segment | None:
        """The clause holding the token at (or last before) a character offset."""
        best: tuple[int, Segment] | None = None
        for seg in self.segments:
            for t in seg.tokens:
                if t.start <= offset and (best is None or t.start > best[0]):
                    best = (t.start, seg)
        return best[1] if best else (self.segments[0] if self.segments else None)


@dataclass(frozen=True)
class Hit:
    """A finding before it becomes a public Finding."""

    code: str
    message: str
    sentence: int | None
    span: tuple[int, int] | None
    text: str


# ---------------------------------------------------------------- splitting


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence, trailing whitespace excluded."""
    cuts: list[int] = []
    for m in _END_RX.finditer(text):
        end = m.end()
        if m.group(0).startswith("\n"):
            cuts.append(m.start())
            continue
        if _is_boundary(text, m.start(), end):
            cuts.append(end)
    spans: list[tuple[int, int]] = []
    pos = 0
    for cut in [*cuts, len(text)]:
        chunk = text[pos:cut]
        lead = len(chunk) - len(chunk.lstrip())
        s, e = pos + lead, pos + len(chunk.rstrip())
        if e > s:
            spans.append((s, e))
        pos = cut
    return _merge_lists(text, spans)


def _is_boundary(text: str, dot: int, end: int) -> bool:
    rest = text[end:].lstrip()
    if not rest:
        return True
    nxt = rest[0]
    if nxt.islower():
        return False
    if text[dot] != ".":
        return True
    before = text[max(0, dot - 12):dot]
    word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
    if word:
        w = word.group(1).lower()
        if w in _UNIT_ABBREV and nxt.isupper() and re.search(r"\d\s*-?\s*" + re.escape(word.group(1)) + "$", before):
            return True  # "not beyond 2-3 wks. IW 36F ...": a unit after its number ends the sentence
        if w in _ABBREV or (w.rstrip(".") in _ABBREV and "." in w):
            return bool(w == "etc" and nxt.isupper() and _starts_clause(rest))
        if len(w) == 1 and w.isalpha() and word.group(1).isupper():
            return False  # an initial, "J. Smith"
    num = re.search(r"(?:^|(?<=[\s(]))(\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?)$", before)  # "2.", "6-7."
    if num:
        lead = text[:dot - len(num.group(1))].rstrip()
        if not lead or lead.endswith((":", ",", ";", ".")) or re.search(r"\b(?:and|or)$", lead):
            return False  # a numbered list marker, "includes: 1. Documentation"
    return True


def _starts_clause(rest: str) -> bool:
    return bool(re.match(r"(?:The|This|In|She|He|It|There|Therefore|However|Thus|Also)\b", rest))


def _merge_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Items of a list opened by a colon ('the criteria are: 1. X. 2. Y.') stay in the sentence that opens it;
    numbered sentences without such a lead ('(1) The evaluation ... (2) No sessions ...') stay apart."""
    out: list[tuple[int, int]] = []
    in_list = False
    for s, e in spans:
        if out and _LIST_START_RX.match(text[s:e]) and (in_list or _LIST_OPEN_RX.search(text[out[-1][0]:out[-1][1]])):
            out[-1] = (out[-1][0], e)
            in_list = True
        else:
            out.append((s, e))
            in_list = False
    return out


# ---------------------------------------------------------------- tokens

_CONTRACTIONS = {"can't": ("can", "not"), "won't": ("will", "not"), "shan't": ("shall", "not")}
_SPELLING = {"neurological": "neurologic", "anaesthetic": "anesthetic", "programme": "program",
             "utilisation": "utilization", "authorise": "authorize", "authorises": "authorizes",
             "programmes": "programs", "authorisation": "authorization", "authorised": "authorized",
             "favour": "favor", "favours": "favors"}


def tokenize(text: str, base: int = 0) -> list[Token]:
    raw = [(m.group(0).lower().replace("\u2019", "'"), base + m.start(), base + m.end())
           for m in _TOKEN_RX.finditer(text)]
    out: list[Token] = []
    i = 0
    while i < len(raw):
        w, s, e = raw[i]
        if w in ("non", "x", "re", "co", "pre", "un") and i + 2 < len(raw) and raw[i + 1][0] == "-" \
                and raw[i + 2][0].isalpha():
            out.append(Token(w + raw[i + 2][0], s, raw[i + 2][2]))
            i += 3
            continue
        if w in _CONTRACTIONS:
            a, b = _CONTRACTIONS[w]
            out += [Token(a, s, e), Token(b, s, e)]
        elif w.endswith("n't"):
            out += [Token(w[:-3], s, e), Token("not", s, e)]
        elif w.endswith("'s"):
            out.append(Token(_SPELLING.get(w[:-2], w[:-2]), s, e))
        else:
            out.append(Token(_SPELLING.get(w, w), s, e))
        i += 1
    return _expand_shorthand(out)


# Clinical shorthand, read as the words it stands for; each word keeps the offsets of what was written, so a
# finding still quotes the draft. "pt" stays as written: it is physical therapy as often as the patient.
_SHORTHAND = {"sx": "symptoms", "tx": "treatment", "dx": "diagnosis", "dx'd": "diagnosed", "hx": "history",
              "iw": "injured worker", "req": "request", "reqs": "requests", "tpi": "trigger point injection",
              "tpis": "trigger point injections", "tp": "trigger point", "tps": "trigger points",
              "hep": "home exercise program", "nl": "normal", "neuro": "neurologic", "ttp": "tenderness",
              "meds": "medications", "lbp": "low back pain", "trap": "trapezius", "traps": "trapezius",
              "wk": "week", "wks": "weeks", "mo": "months", "mos": "months", "yo": "year old", "f/u": "follow up",
              "adls": "activities of daily living", "radic": "radiculopathy", "inj": "injection"}
_SHORTHAND_SEQ = [(("w", "/", "o"), "without"), (("s", "/", "p"), "status post"), (("b", "/", "l"), "bilateral"),
                  (("c", "-", "spine"), "cervical spine"), (("l", "-", "spine"), "lumbar spine"),
                  (("t", "-", "spine"), "thoracic spine"), (("ls", "-", "spine"), "lumbar spine"),
                  (("w", "/"), "with"), (("med", "necessary"), "medically necessary")]
_SIDED = {"upper", "lower", "arm", "arms", "leg", "legs", "digits", "digit", "shoulder", "knee", "hip", "foot", "hand",
          "wrist", "calf", "thigh", "side", "trap", "trapezius", "elbow", "ankle", "forearm", "buttock", "l5", "s1",
          "paraspinal", "paraspinals", "lateral", "medial", "achilles", "sided"}


def _expand_shorthand(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        seq = next(((n, full) for n, full in _SHORTHAND_SEQ
                    if tuple(x.text for x in tokens[i:i + len(n)]) == n
                    and all(tokens[j].end == tokens[j + 1].start for j in range(i, i + len(n) - 1)
                            if n[1] in ("/", "-"))), None)
        if seq is not None:
            n, full = seq
            out += [Token(x, t.start, tokens[i + len(n) - 1].end) for x in full.split()]
            i += len(n)
            continue
        if t.text in _SHORTHAND:
            out += [Token(x, t.start, t.end) for x in _SHORTHAND[t.text].split()]
        elif t.text in ("l", "r") and i + 1 < len(tokens) and tokens[i + 1].text in _SIDED:
            out.append(Token("left" if t.text == "l" else "right", t.start, t.end))  # "L digits 3-5", "R arm"
        else:
            out.append(t)
        i += 1
    return out


def stem(w: str) -> str:
    """Singular form, enough to match terms: 'injections' and 'injection', 'responses' and 'response'."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("xes", "ches", "shes", "sses", "zzes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


# ---------------------------------------------------------------- clauses


_ATTRIBUTIVE_BEFORE = {"no", "a", "an", "the", "any", "of", "recent", "prior", "with", "without", ",", "and", "or",
                       "nor", "neither", "either", ")", ";", ":"}  # "d) failed strengthening programme: ..."
_VERB_NEXT = {"to", "by", "in", "on", "at", "with", "after", "for", "over", "not", "that", "because", "since"}


_NOT_SUBJECT_END = {"a", "an", "the", "no", "not", "of", "for", "with", "to", "and", "or", "in", "on", "as", "by",
                    "been", "be", "being", "is", "are", "was", "were", "has", "have", "had", "that", "which"}


_RECORD_SUBJECTS = {"record", "file", "chart", "documentation", "note", "report", "history", "examination"}
_FINDING_VERBS = {"confirmed", "recorded", "identified", "established", "detected", "disclosed", "excluded"}
_TEST_NOUNS = {"study", "studies", "test", "tests", "testing", "mri", "emg", "ncs", "ncv", "scan", "x-ray", "x-rays",
               "radiographs", "imaging", "examination", "exam", "note", "notes", "report", "evaluation"}


_AND_SUBORD = {"while", "although", "though", "whereas"}
_PERSON_NOUNS = {"worker", "patient", "claimant", "employee", "man", "woman", "physician", "provider"}


_PLURAL_SUBJECT_VERBS = {"support", "suggest", "show", "indicate", "justify", "warrant", "favor", "favour", "confirm",
                         "demonstrate", "establish"}


def has_verb(words: list[str]) -> bool:
    """A finite verb, not a participle used as an adjective ('no failed trial, failed strengthening program or
    planned procedure')."""
    for i, w in enumerate(words):
        if w.endswith("ed") and i > 0 and words[i - 1].isdigit() and len(words[i - 1]) == 4 and w.isalpha():
            return True  # "the re-evaluation of September 29, 2014 recorded ...": a verb after a date's year
        if w not in L.FINITE_VERBS:
            if w in _PLURAL_SUBJECT_VERBS and i > 0 and words[i - 1].isalpha() \
                    and words[i - 1] not in ("to", "of", "no", "any", "the", "a", "an", "without", "for", "with", "and",
                                             "or", "some", "little", "clinical", "imaging") \
                    and words[i + 1:i + 2] in (["a"], ["an"], ["the"], ["further"], ["continued"], ["this"]):
                return True  # "the screening results and the lack of progress support a referral"
            if w in L.REPORTING_VERBS and w not in ("is", "are", "do", "does") and i > 0 \
                    and (words[i - 1] in L.GUIDELINE_NOUNS or (words[i - 1].isdigit() and "pages" in words[:i])):
                return True  # "ACOEM pages 177-179 call for ...", "the guidelines list ...": the guideline's verb
            if i == 1 and words[0] == "who" and w.isalpha() and not w.endswith("ly") \
                    and w not in ("the", "a", "an", "also", "still", "both", "all"):
                return True  # "who need reduced weight bearing": a relative clause's verb
            if i > 0 and words[i - 1] in ("she", "he", "they", "we", "i") and w.isalpha() and w.endswith("s") \
                    and not w.endswith("ly"):
                return True  # "she avoids", "he reports": a verb after a subject pronoun
            if i > 1 and words[i - 1] in _PERSON_NOUNS and words[i - 2] in ("the", "this") and w.isalpha() \
                    and w.endswith("s") and not w.endswith(("ly", "ss", "'s")):
                return True  # "the worker avoids bending": the same after 'the worker'
            if i > 0 and w.isalpha() and w.endswith("s") and not w.endswith(("ss", "ly", "us")) \
                    and words[i + 1:i + 2] in (["her"], ["him"], ["them"]) and words[i - 1].isalnum() \
                    and words[i - 1] not in ("of", "for", "to", "the", "a", "an", "her", "his", "and", "or"):
                return True  # "her age of 67 places her at risk": a verb before its object pronoun
            if i > 0 and words[i - 1] in ("i", "we") and w.isalpha() and (i < 2 or words[i - 2] in ("and", "but",
                                                                                                  "so", ";")):
                return True  # "..., and I concur", "and I consider the request necessary"
            if i > 0 and w.endswith("ed") and words[i + 1:i + 2] in (["a"], ["an"], ["the"], ["her"], ["his"]) \
                    and (words[i - 1].isalpha() or words[i - 1].isdigit()) and words[i - 1] not in _NOT_SUBJECT_END:
                return True  # "an EMG confirmed a left C7 radiculopathy": a past tense with its object
            if i > 0 and w in L.REPORTING_VERBS and (words[i - 1] in L.GUIDELINE_NOUNS or (
                    words[i - 1].isdigit() and words[i - 2:i - 1] in (["chapter"], ["page"], ["pages"]))):
                return True  # "the guideline reserves these studies for ..."
            if i > 0 and words[i - 1] in _RECORD_SUBJECTS and w.isalpha() and w.endswith("s") \
                    and not w.endswith(("ss", "ly")) and words[i - 2:i - 1] in (["the"], ["this"], ["her"], ["his"]):
                return True  # "the record establishes the gastrointestinal risk"
            if i > 0 and w in _FINDING_VERBS and words[i - 1] in _TEST_NOUNS:
                return True  # "nerve conduction studies confirmed median neuropathy"
            continue
        if w.endswith("ed") and (i == 0 or words[i - 1] in _ATTRIBUTIVE_BEFORE) \
                and words[i + 1:i + 2] and words[i + 1] not in _VERB_NEXT and words[i + 1].isalnum():
            continue
        return True
    return False


def _frequency_once(words: list[str], i: int) -> bool:
    """'once a week for 12 weeks': a frequency, not the conjunction 'once'."""
    return words[i] == "once" and words[i + 1:i + 2] in (["a"], ["an"], ["per"], ["each"], ["every"], ["daily"],
                                                        ["weekly"], ["monthly"], ["or"])


def _start_kind(words: list[str], i: int) -> str:
    w = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if w == "when" and set(words[i + 1:i + 5]) & {"was", "were", "did", "had"} and i > 0:
        return "subord"  # "he reported heartburn at that visit, when omeprazole was prescribed": a time
    if w == "when" and i > 0 and any(words[h] in ("has", "have") and words[h + 1:h + 2] in (["yet"], ["already"])
                                      for h in range(i + 1, min(len(words), i + 6))):
        return "subord"  # "not an appropriate first step when no trial has yet been given": a fact, not a condition;
        # but "when the visits already given have produced gains" is the guideline's condition
    if _frequency_once(words, i):
        return "main"
    if w in L.COND_STARTS or w in ("when", "whenever"):
        return "cond"
    if w == "only" and nxt in ("if", "when", "after", "once", "with", "until", "where", "in"):
        return "cond"
    if w in ("should", "were", "had") and nxt not in ("be", "been", "not", "have", "also", "only", "to", ""):
        return "cond"  # inversion: "should a red flag emerge", "were trigger points documented"
    if w == "in" and words[i + 1:i + 3] == ["the", "event"]:
        return "cond"
    if w == "even" and nxt in ("if", "were", "had", "should") and words[i + 2:i + 3] not in (["been"], ["not"]):
        return "cond"  # "even were aquatic therapy indicated, 12 visits would exceed the allowance"
    if w in L.SUBORD_STARTS and w not in ("as", "given"):
        return "subord"
    if w in L.REL_STARTS:
        return "rel"
    if w in L.CONTRAST_STARTS:
        return "contrast"
    if w in L.COORD_STARTS:
        return "coord"
    return "main"


_BREAK_AFTER_COMMA = (L.REL_STARTS | L.CONTRAST_STARTS | L.COND_STARTS | {"because", "since", "although", "though",
                      "whereas", "while", "so", "when", "whenever"})
_BREAK_BARE = {"but", "however", "although", "though", "whereas", "because", "unless", "if", "which", "who",
               "whom", "until", "whenever"}
_PRONOUN_NEXT = {"the", "she", "he", "it", "they", "there", "her", "his", "this", "no", "neither", "these", "we"}


def segment(tokens: list[Token]) -> list[Segment]:
    """Cut a sentence's tokens into clauses (parenthesised text becomes its own clause)."""
    stream: list[Token] = []
    parens: list[tuple[int, list[Token]]] = []
    depth, cur_p = 0, []  # type: int, list[Token]
    opens, closes = _dash_pairs(tokens)
    for n, t in enumerate(tokens):
        if n in opens:
            t = Token("(", t.start, t.end)
        elif n in closes:
            t = Token(")", t.start, t.end)
        if t.text in ("(", "["):
            depth += 1
            if depth == 1:
                cur_p = []
                continue
        elif t.text in (")", "]") and depth:
            depth -= 1
            if depth == 0:
                parens.append((len(stream), cur_p))
                continue
        (cur_p if depth else stream).append(t)
    if depth:
        stream += cur_p
    segs = _cut(stream)
    for pos, toks in parens:
        if not toks:
            continue
        host = _host(segs, stream, pos)
        segs.append(Segment(tokens=toks, kind="paren", chunk=host.chunk if host else 0,
                            guideline=False, hyp=host.hyp if host else False))
    return [s for s in segs if s.tokens]


def _dash_pairs(tokens: list[Token]) -> tuple[set[int], set[int]]:
    """Two dashes around a verbless aside ('the prerequisites - nerve compromise, failed care and a surgical plan -
    have not been satisfied') enclose it like parentheses."""
    def spaced(k: int) -> bool:
        t = tokens[k]
        if t.text in ("\u2014", "\u2013"):
            return True
        return t.text == "-" and 0 < k < len(tokens) - 1 and tokens[k - 1].end < t.start < t.end < tokens[k + 1].start
    dashes = [k for k in range(len(tokens)) if spaced(k)]
    opens, closes = set(), set()
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        inside = [t.text for t in tokens[a + 1:b]]
        if 0 < len(inside) <= 16 and not has_verb(inside):
            opens.add(a)
            closes.add(b)
    return opens, closes


def _host(segs: list[Segment], stream: list[Token], pos: int) -> Segment | None:
    if not stream:
        return None
    anchor = stream[min(pos, len(stream) - 1)].start
    for s in segs:
        if s.tokens and s.start <= anchor <= s.end:
            return s
    return segs[-1] if segs else None


def _cut(ts: list[Token]) -> list[Segment]:
    words = [t.text for t in ts]
    segs: list[Segment] = []
    cur: list[Token] = []
    kind, chunk = "main", 0
    resume: Segment | None = None  # a main clause interrupted by a relative or subordinate clause
    clause_list = False

    def close(next_kind: str) -> None:
        nonlocal cur, kind, resume
        if cur:
            if kind == "main" and resume is not None:
                resume.tokens += cur
            else:
                segs.append(Segment(tokens=cur, kind=kind, chunk=chunk))
            if kind == "main":
                resume = None
        cur, kind = [], next_kind

    i = 0
    while i < len(ts):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w == "." and words[i + 1:i + 2] and words[i + 1].isdigit() and words[i + 2:i + 3] in (["."], [")"]):
            cur.append(ts[i])  # "... are recorded. 3. A failed course ...": the next item of a numbered list
            close("main")
            resume, chunk = None, chunk + 1
            i += 1
            continue
        if w in (";", ":", "\u2014") or (w == "-" and i > 0 and ts[i - 1].end < ts[i].start
                                          and i + 1 < len(ts) and ts[i].end < ts[i + 1].start):
            close("main")
            resume, chunk = None, chunk + (0 if w == ":" else 1)  # a colon elaborates its clause
            i += 1
            continue
        if w == "," and i > 1 and words[i - 2] in L.MONTHS and words[i - 1].isdigit() and len(nxt) == 4 \
                and nxt.isdigit():
            cur.append(ts[i])  # "May 16, 2016": a date's comma
            i += 1
            continue
        if w == ",":
            if kind in ("cond", "rel") and has_verb([t.text for t in cur]) \
                    and (clause_list or _clause_list_tail(words, i)):
                clause_list = True  # "recommended only when trigger points are documented, symptoms have lasted
                cur.append(ts[i])  # three months, and radiculopathy is absent": the condition's items
                i += 1
                continue
            if nxt in ("however", "though", "therefore", "then", "thus", "moreover", "indeed") \
                    and words[i + 2:i + 3] == [","] and cur \
                    and (words[i + 3:i + 4] in (["that"], ["whether"], ["to"])
                         or words[i + 3:i + 6] == ["the", "case", "that"]
                         or (kind == "main" and not has_verb([t.text for t in cur]))
                         or words[i - 1] in _BEFORE_PARTICIPLE):
                if has_verb([t.text for t in cur]) and words[i - 1] not in _BEFORE_PARTICIPLE \
                        and words[i + 3:i + 4] != ["to"]:  # "it is not unreasonable, therefore, to uphold" reads on
                    cur += ts[i:i + 3]  # "it is not the case, however, that ...": an aside inside the clause
                i += 3  # "the guideline, however, allows": the subject keeps its verb; the aside says nothing
                continue
            if (nxt in _BREAK_AFTER_COMMA and not _frequency_once(words, i + 1)) \
                    or (nxt == "as" and i + 2 < len(words) and words[i + 2] in _PRONOUN_NEXT):
                close(_start_kind(words, i + 1))
                i += 1
                continue
            if nxt in ("and", "or", "nor") and has_verb(words[i + 2:_next_break(words, i + 2)]) \
                    and (has_verb([t.text for t in cur]) or (kind == "contrast" and [t.text for t in cur[:2]] == [
                        "but", "not"])):  # "..., but not generally for neuropathic pain, and continued use depends
                # on ...": an elliptical contrast closes too
                opener = words[i + 2] if i + 2 < len(words) else ""
                close("subord" if opener in _AND_SUBORD else "coord")  # ", and while tenderness was recorded, ...":
                i += 1  # the conjunct opens with a clause of its own, which its comma closes
                continue
            if nxt in ("and", "but", "so") and has_verb([t.text for t in cur]) and _complete(cur) \
                    and _lead_phrase_then_clause(words, i + 2):
                close("coord")  # "..., and together with the CRPS and the failed block, this supports the rental"
                i += 1
                continue
            if kind == "main" and _subject_list_open(cur):
                cur.append(ts[i])  # ", and failure of stretching, NSAIDs or relaxants is not documented": the
                i += 1  # coordinated clause's subjects, before its verb
                continue
            open_neither = "neither" in [t.text for t in cur] and "nor" not in [t.text for t in cur] \
                and "nor" in words[i + 1:i + 14]  # "neither a failed trial, a failed program nor a plan"
            if kind in ("main", "contrast") and has_verb([t.text for t in cur]) and _complete(cur) \
                    and _list_subjects_ahead(words, i):
                close(kind)  # "radiculopathy is present, failure of stretching, NSAIDs and relaxants is not
                i += 1  # documented": the comma opens a clause whose subjects are a list
                continue
            if kind == "main" and has_verb([t.text for t in cur]) and _complete(cur) and not open_neither \
                    and not _apposition_ends(cur, nxt) \
                    and has_verb(words[i + 1:_next_break(words, i + 1)]) \
                    and nxt not in ("and", "or", "nor", "including", "such", "with", "as", "especially", "that") \
                    and not (nxt in ("then", "therefore", "thus", "however") and words[i + 2:i + 4][:1] == [","]):
                close("main")
                i += 1
                continue
            if kind in ("cond", "subord", "rel") and (has_verb([t.text for t in cur]) or (
                    kind != "rel" and nxt in ("it", "he", "she", "they", "i", "we", "there") and len(cur) > 2
                    and words[i + 2:i + 3] != [] and words[i + 2] in L.FINITE_VERBS)) \
                    and not (kind == "rel" and (_list_goes_on(words, i) or _open_that(cur))) \
                    and not (kind == "subord" and _subject_list_goes_on(cur, words, i)):
                # "because epidural injections give only short-term relief, it would be prudent to ...": a subject
                # and its verb open the main clause, whatever verb the fronted clause had
                if kind == "rel" or (segs and segs[-1].kind == "main" and not has_verb(segs[-1].words)):
                    resume = _last_main(segs) if resume is None else resume
                close("main")
                i += 1
                continue
        elif cur and not (w in ("though", "if") and words[i - 1] == "as" and "not" in words[max(0, i - 4):i]) \
                and not (w == "but" and words[i - 1] in ("anything", "nothing", "all")) \
                and (w in _BREAK_BARE or (w == "since" and nxt in _PRONOUN_NEXT
                                           and has_verb(words[i + 1:_next_break(words, i + 1)]))
                      or _inverted_condition(words, i, cur)
                      or (w in ("when", "once") and has_verb([t.text for t in cur]) and not _frequency_once(words, i))
                      or (w == "only" and nxt in ("where", "when", "once", "if"))
                      or (w in ("while", "yet") and nxt in _PRONOUN_NEXT and words[i - 1] not in ("not", "as"))):
            prep = cur.pop() if w in ("which", "whom") and len(cur) > 1 and cur[-1].text in _REL_PREPS \
                and (cur[-2].text not in _OF_WHICH or cur[-1].text != "of") else None  # but "either of which",
            # "none of which" stay; "one for which" opens the clause with its preposition
            close(_start_kind(words, i))
            if prep is not None:
                cur.append(prep)  # "a condition for which TENS is indicated": the preposition opens the clause
        elif cur and w in ("and", "or", "nor") and not clause_list and has_verb([t.text for t in cur]) \
                and _complete(cur) \
                and not (w == "nor" and "neither" in [t.text for t in cur]) and not _subject_list_open(cur) \
                and nxt not in _NOT_CLAUSE_START and has_verb(words[i + 1:_next_break(words, i + 1, _INNER_OPENERS)]) \
                and not _only_participle(words[i + 1:_next_break(words, i + 1)]) \
                and not (nxt in L.FINITE_VERBS and _denied_that([t.text for t in cur])) \
                and not _open_and_list(cur):
            close("coord")
        elif cur and w == "and" and kind in ("main", "contrast") and not clause_list \
                and has_verb([t.text for t in cur]) and _complete(cur) and _list_subjects_ahead(words, i):
            close("coord")  # "radiculopathy is present and trigger points, failed management and the injectate are
            # not documented": the 'and' opens a clause whose subjects are a list
        elif not cur and kind == "main":
            kind = _start_kind(words, i)
        cur.append(ts[i])
        i += 1
    close("main")
    return segs


_IRREGULAR_PAST = {"gave", "made", "took", "did", "brought", "got", "left"}


def _open_and_list(cur: list[Token]) -> bool:
    """'... and physical therapy, naproxen | and cyclobenzaprine have not helped': after the clause's last 'and'
    a list of noun phrases runs on, with no verb yet, so the next 'and' ends that list."""
    w = [t.text for t in cur]
    last = max((k for k, x in enumerate(w) if x == "and"), default=None)
    if last is None:
        return False
    tail = w[last + 1:]
    return "," in tail and len(tail) <= 8 and not has_verb(tail) and has_verb(w[:last])


def _subject_list_goes_on(cur: list[Token], words: list[str], i: int) -> bool:
    """'although his pain has lasted a year and physical therapy, naproxen and cyclobenzaprine gave little relief':
    the clause's last 'and' opened a list of subjects, which the comma continues up to their verb."""
    w = [t.text for t in cur]
    last = max((k for k, x in enumerate(w) if x == "and"), default=None)
    if last is None or not 0 < len(w) - last - 1 <= 4 or has_verb(w[last + 1:]) or not has_verb(w[:last]):
        return False
    rest = words[i + 1:i + 14]
    for k, x in enumerate(rest):
        if x in (";", ":") or x in _BREAK_BARE:
            return False
        if has_verb(rest[:k + 1]) or x.endswith("ed") or x in _IRREGULAR_PAST:
            return 0 < k <= 8 and bool({"and", "or"} & set(rest[:k])) and rest[:k].count(",") <= 3
    return False


def _open_that(cur: list[Token]) -> bool:
    """'..., which exceeds the 9-10 visits that the MTUS Chronic Pain Guidelines, Physical Medicine, pages 98-99,
    allow': an inner that-clause whose subject (a guideline's title) has not reached its verb."""
    w = [t.text for t in cur]
    k = max((q for q, x in enumerate(w) if x == "that" and q > 1), default=None)
    return k is not None and w[k + 1:k + 2] in (["the"], ["mtus"], ["acoem"], ["page"], ["pages"]) \
        and bool(set(w[k + 1:]) & L.GUIDELINE_NOUNS) and not has_verb(w[k + 1:])


def _lead_phrase_then_clause(words: list[str], i: int) -> bool:
    """From i: a verbless phrase, a comma, then a clause of its own ('together with the CRPS, this supports')."""
    j = _next_break(words, i)
    if j == i or j >= len(words) or words[j] != "," or has_verb(words[i:j]) or j - i > 20:
        return False
    return words[j + 1:j + 2] != [] and words[j + 1] in _PRONOUN_NEXT \
        and has_verb(words[j + 1:_next_break(words, j + 1)])


def _subject_list_open(cur: list[Token]) -> bool:
    """The clause ends in ', and <noun phrase>' with no verb yet: a comma here goes on listing its subjects."""
    w = [t.text for t in cur]
    last = max((k for k, x in enumerate(w) if x == "," and w[k + 1:k + 2] in (["and"], ["or"])), default=None)
    return last is not None and len(w) > last + 2 and not has_verb(w[last + 2:]) \
        and w[last + 2] not in ("for", "to", "of", "in", "with", "on", "at", "by", "from")  # but "call for A, and
    # for B, and the record documents neither": a second object, not a subject


_LIST_VERBS = {"is", "are", "was", "were", "remains", "remain", "has", "have"}
# An aside after these ("they have not, however, persisted") sits inside the verb phrase.
_BEFORE_PARTICIPLE = {"not", "never", "has", "have", "had", "is", "are", "was", "were"}


def _list_subjects_ahead(words: list[str], i: int) -> bool:
    """After the comma at i: 'A, B and C is/are ...', a list of noun phrases and then its verb."""
    j = i + 1
    commas = 0
    while j < min(len(words), i + 16) and words[j] not in _LIST_VERBS:
        if words[j] == ",":
            commas += 1
        elif words[j] in _BREAK_BARE or words[j] in (";", ":", ".") or words[j] in _IRREGULAR_PAST or (
                has_verb([words[j]]) and not (words[j].endswith("ed") and words[j - 1] in ("and", "or", ",", "of"))):
            return False  # but "..., and failed medical management with ... is not documented": a participle
        j += 1
    span = words[i + 1:j]
    if set(span) & {"after", "before", "until", "since", "because", "when", "once", "absence"}:
        return False  # "..., a twitch response and referred pain, in the absence of radiculopathy and after
        # medical management has failed": the conditions of a purpose, not a list of subjects
    if j >= len(words) or words[j] not in _LIST_VERBS or j - i > 14 or not commas or not {"and", "or"} & set(span) \
            or span[-1:] in (["and"], ["or"], [","]) or any(span[q:q + 2] in ([",", "and"], [",", "or"])
                                                             for q in range(len(span))):
        return False  # "..., and is not a surgical candidate", "..., and the injections are not": a new clause
    return words[j + 1:j + 2] in (["not"], ["never"], ["absent"], ["documented"], ["present"], ["missing"], ["normal"],
                                  ["intact"], ["unremarkable"], ["failed"], ["all"])  # "and stretching, therapy and
    # medications have failed"


def _denied_that(words: list[str]) -> bool:
    """'It is not that the worker lacks X': a denied that-clause, whose subjectless conjunct ('or has not tried
    Y') stays under the denial."""
    return any(words[k:k + 4] in (["it", "is", "not", "that"], ["it", "was", "not", "that"])
               for k in range(min(3, len(words))))


def _only_participle(words: list[str]) -> bool:
    """'... no new injury or flare documented': a noun and its participle, not a clause of its own."""
    w = [x for x in words if x.isalnum()]
    return len(w) >= 2 and w[-1].endswith("ed") and not has_verb(w[:-1]) and w[0] not in _PRONOUN_NEXT


def _clause_list_tail(words: list[str], i: int) -> bool:
    """From the comma at i to the sentence's end, a list of clauses that closes with ', and <clause>' and holds
    at least two: the items of the condition or relative clause the comma interrupts, not a main clause."""
    end = len(words) - (1 if words[-1:] in (["."], ["?"], ["!"]) else 0)
    if set(words[i:end]) & {";", ":", "(", ")"}:
        return False
    cuts = [j for j in range(i, end) if words[j] == ","]
    pieces = [words[a + 1:b] for a, b in zip(cuts, [*cuts[1:], end], strict=True)]
    if len(pieces) < 2 or pieces[-1][:1] not in (["and"], ["or"]):
        return False
    return all(p and has_verb(p) and p[0] not in _LIST_BREAKERS for p in pieces[:-1]) and has_verb(pieces[-1][1:])


_LIST_BREAKERS = {"and", "or", "but", "so", "therefore", "thus", "then", "however", "which", "who", "since",
                  "because", "as", "although", "though", "while", "yet", "if", "when", "unless"}


def _list_goes_on(words: list[str], i: int) -> bool:
    """After a relative clause's comma, another item of its list, not the main clause resumed: 'the record,
    which documents trigger points, failure of therapy and a normal examination'."""
    rest = words[i + 1:_next_break(words, i + 1)]
    if rest[:1] and rest[0].endswith("s") and rest[1:2] in (["them"], ["it"], ["him"], ["her"], ["this"]):
        return False  # "nothing on the MRI, which shows no root contact, corroborates them": the main verb resumes
    return bool(rest) and not has_verb(rest) and ("and" in rest or words[_next_break(words, i + 1):][:1] == [","]) \
        and rest[0] not in ("so", "therefore", "thus", "then", "but", "and", "or", "with", "above", "below", "in", "on",
                            "at", "for", "from", "by", "to", "as", "after", "before", "over", "under", "without",
                            "despite", "given", "since", "because", "while", "although", "though", "if", "when")


def _apposition_ends(cur: list[Token], nxt: str) -> bool:
    """'the MRI, non-certified by UR on December 16, 2014, is not necessary': the comma closes an
    apposition whose only verb is a participle, and the clause's own verb follows."""
    w = [t.text for t in cur]
    verbs = [i for i, x in enumerate(w) if x in L.FINITE_VERBS]
    return nxt in L.FINITE_VERBS and bool(verbs) and all(w[i].endswith("ed") and i > 0 and w[i - 1] == ","
                                                        for i in verbs)


def _complete(cur: list[Token]) -> bool:
    """A 'that' or 'whether' clause in progress has its verb: in 'no documentation that stretching, NSAIDs and
    muscle relaxants have failed' the 'and' joins the clause's subjects, not two clauses."""
    w = [t.text for t in cur]
    last = max((i for i, x in enumerate(w) if x in ("that", "whether")), default=None)
    return last is None or has_verb(w[last + 1:])


def _inverted_condition(words: list[str], i: int, cur: list[Token]) -> bool:
    """"should/were/had + subject + verb" after a modal main clause: "X would be indicated should Y develop"."""
    if words[i] not in ("should", "were", "had") or _start_kind(words, i) != "cond":
        return False
    before = [t.text for t in cur]
    return any(m in before for m in L.MODALS) and words[i - 1] not in ("that", "which", "who", ",", "and", "or") \
        and words[i + 1] not in L.FINITE_VERBS


def _last_main(segs: list[Segment]) -> Segment | None:
    for s in reversed(segs):
        if s.kind in ("main", "coord", "contrast"):
            return s
    return None


def _next_break(words: list[str], i: int, also: frozenset[str] = frozenset()) -> int:
    for j in range(i, len(words)):
        if words[j] in (",", ";", ":") or words[j] in _BREAK_BARE or words[j] in also:
            return j
    return len(words)


_INNER_OPENERS = frozenset({"when", "where", "whenever", "who", "whom", "whose", "that", "how", "whether"})
# "... excludes homemaker and personal-care services when they are the only care needed": a verb past one of these
# belongs to a clause inside the conjunct, so the conjunct is a noun phrase, not a clause of its own


_OF_WHICH = {"either", "neither", "both", "all", "some", "none", "each", "any", "one", "many", "most", "two", "three"}
_REL_PREPS = {"for", "in", "with", "to", "of", "by", "on", "from", "under", "at"}
_NOT_CLAUSE_START = {"with", "without", "of", "for", "to", "in", "on", "at", "by", "from", "under", "over", "after",
                     "before", "during", "into", "per", "as", "than", "including", "especially", "not"}


# ---------------------------------------------------------------- helpers


def has_phrase(words: list[str], phrase: str) -> bool:
    p = phrase.split()
    return any(words[i:i + len(p)] == p for i in range(len(words) - len(p) + 1))
