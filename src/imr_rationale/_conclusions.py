"""Conclusions: every clause that approves or denies the request, with its polarity.

A conclusion is an evaluative word ("medically necessary", "reasonable", "warranted"), an action on the
request ("certified", "denied") or a verb said of the review ("upheld", "overturned"). Its polarity is the
word's, times the negations that govern it ("cannot be certified", "not unreasonable"), times the action
it is said of ("reasonable to deny", "the denial is appropriate"). Clauses that are hypothetical, the
guideline speaking, a history of the review, or about the treatment in general make no conclusion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from . import _lexicon as L
from ._scope import predicate_negations
from ._sentences import Segment, Sentence, has_phrase, has_verb, tokenize
from .engine import Determination

_SKIP_FWD = {"to", "the", "this", "a", "an", "of", "for", "that", "be", "with", "its", "any", "her", "his", "in",
             "their", "medically", "clinically", "full", "further", "formal", "leave", "let", "keep"}  # "reasonable
# to leave the denial in place"
_COORD = {"and", "or", ",", "nor", "also", "even", "medically", "clinically", "and/or", "/", "as", "well", "is",
          "are", "be"}
_UR_QUAL = {"ur", "review", "prior", "original", "initial", "adverse", "previous", "reviewer's", "carrier's"}
_PERSON = {"she", "he", "patient", "worker", "claimant", "employee", "they", "individual"}


@dataclass(frozen=True)
class Claim:
    sentence: Sentence
    seg: Segment
    sign: int  # +1 approves the request, -1 denies it
    first: int
    last: int
    strong: bool
    sure: bool = True  # an unsure claim can satisfy the conclusion but is never reported as a contradiction

    @property
    def span(self) -> tuple[int, int]:
        return self.seg.tokens[self.first].start, self.seg.tokens[self.last].end


def outcome_sign(det: Determination) -> int:
    return 1 if det.outcome == "overturned" else -1


def service_words(det: Determination) -> set[str]:
    """Words that name the request: its service's label and names, and the request's own nouns ('LidoPro',
    'program', 'Norco')."""
    return set(_service_words(det.service, det.service_label, tuple(det.service_terms), det.request))


@lru_cache(maxsize=64)
def _service_words(service: str, label: str, terms: tuple[str, ...], request: str) -> frozenset[str]:
    """service_words, read once per request rather than once per clause."""
    words = set(label.lower().split())
    for term in [*L.SERVICE_TERMS.get(service, []), *(t.lower() for t in terms)]:
        words |= set(term.split())
    words |= {x for x in _words_of(request) if x.isalpha() and len(x) > 3} - _NOT_REQUEST_NOUNS
    return frozenset(words - {"for", "the", "of", "point", "trigger"} | {"injection", "injections"} & words)


_NOT_REQUEST_NOUNS = {"times", "week", "weeks", "month", "months", "days", "hours", "with", "without", "spine",
                      "left", "right", "bilateral", "cervical", "lumbar", "thoracic", "additional", "visit", "visits"}


# ---------------------------------------------------------------- conclusions


def conclusions(sent: Sentence, det: Determination) -> list[Claim]:
    out: list[Claim] = []
    refs = service_words(det)
    for n, seg in enumerate(sent.segments):
        speaks = seg.guideline and not seg.case and not _request_passive(seg.words, refs) \
            and not _guideline_lead(seg.words, refs)
        if seg.hyp or seg.kind == "paren" or speaks or _concessive(seg.words):
            continue
        prev = sent.segments[n - 1].words if n > 0 else []
        inherited = seg.kind == "coord" and _subjectless(seg.words) and _determined_referent(prev, refs)
        # "the request ... meets the guideline and is supported"; but not "TPIs have limited value and are ..."
        found = _segment_conclusions(sent, seg, det, refs, inherited)
        if seg.kind == "coord" and _concessive(prev) and "," in seg.words:
            cut = seg.words.index(",")  # "although 8 visits would fit and the flare supports instruction, he has
            found = [c for c in found if c.first > cut]  # ...": the conjunct is conceded too, up to the comma
        out += found
        answer = _whether_answered(sent, n)
        if answer is not None:
            out.append(Claim(sent, seg, answer, 0, len(seg.words) - 1, True))
    set_aside = next((k for k, s in enumerate(sent.segments) if _not_this_case(s.words)
                      and (s.words[0] != "neither" or {"or", "nor"} & {x for p in sent.segments[:k] for x in p.words})),
                     None)  # "neither" sets aside two things
    return [replace(c, sure=False) if c.sure and ((c.sign == 1 and (_conceded_category(sent, c)
                                                                    or _taken_back(sent, c))) or (
        set_aside is not None and c.seg.modal and sent.segments.index(c.seg) < set_aside)) else c for c in out]


_AGENT_PARTICIPLES = {"supported", "recommended", "endorsed", "permitted", "allowed", "covered", "approved"}
_CITE_WORDS = L.GUIDELINE_NOUNS | {"page", "pages", "pp", "p", "chapter", "section"}


def _guideline_lead(w: list[str], refs: set[str]) -> bool:
    """'Under ACOEM Chapter 8, page 178, EMG/NCV of the bilateral upper extremities is warranted': the guideline
    only in a lead phrase, and a clause of its own after it that names the request."""
    if w[:1] not in (["under"], ["per"], ["according"], ["pursuant"], ["applying"]):
        return False
    for c in (q for q, x in enumerate(w[:16]) if x == ","):
        rest = w[c + 1:]
        if rest and not rest[0].isdigit() and not set(rest) & _CITE_WORDS:
            said = [y for y in rest if y.isalnum()]
            return any(y in refs for y in rest) and bool(said) and said[-1] in L.EVALUATIVE  # the clause ends on
            # its ruling: not "imaging is indicated for red flags", a rule with its conditions
    return False


def _request_passive(w: list[str], refs: set[str]) -> bool:
    """'Each ingredient of LidoPro is supported by the guideline': the guideline is only the agent; the clause
    rules on the request its subject names."""
    for i, x in enumerate(w[:-2]):
        if x in _AGENT_PARTICIPLES and w[i + 1] == "by" and set(w[i + 2:i + 5]) & L.GUIDELINE_NOUNS:
            aux = next((k for k in range(i - 1, -1, -1) if w[k] in ("is", "are", "was", "were")), None)
            subject = w[:aux] if aux is not None else []
            return bool(subject) and (subject[0] in ("the", "this", "these", "each", "every", "all") or bool(
                {"request", "requested"} & set(subject))) and any(y in refs or y in ("request", "requested")
                                                                 for y in subject)  # but "active therapy is
            # recommended by the MTUS" speaks of a kind of care
        if x in ("is", "are") and w[i + 1] in ("one", "ones") and i > 0 and w[0] in ("each", "every", "all"):
            rest = w[i + 2:i + 8]
            rest = rest[1:] if rest[:1] == ["that"] else rest
            g = next((q for q, y in enumerate(rest[:4]) if y in L.GUIDELINE_NOUNS), None)
            if g is not None and rest[g + 1:g + 2] and rest[g + 1] in ("recommends", "supports", "endorses",
                                                                       "permits", "allows", "approves"):
                return any(y in refs for y in w[:i])  # "every ingredient of LidoPro is one the guideline recommends"
    return False


_NARROWING = {"trial", "shorter", "smaller", "fewer", "limited", "initial", "reduced", "lesser"}
_AMOUNT_WORDS = {"quantity", "amount", "number", "frequency", "duration", "volume", "requested", "submitted"}


def _taken_back(sent: Sentence, c: Claim) -> bool:
    """'... might otherwise justify a short course, but the request cannot be certified', '... do support starting
    treatment, but with a trial': a grant the same sentence's 'but' takes back or narrows."""
    k = sent.segments.index(c.seg)
    later = [s for s in sent.segments[k + 1:] if s.words[:1] in (["but"], ["yet"])]
    if not later:
        return False
    narrowed = any(not has_verb(s.words) and (set(s.words) & _NARROWING or (
        "not" in s.words[:3] and set(s.words) & _AMOUNT_WORDS)) for s in later)  # "indicated, but not in this
    # quantity"
    return narrowed or any(x in ("would", "could", "might") for x in c.seg.words) \
        or (conceded_kind(c) and any("request" in s.words for s in later))  # "A psychotherapy referral is
    # reasonable, but the request as submitted cannot be certified"


def excused_by_next(c: Claim, nxt: Sentence | None) -> bool:
    """A contradiction the next sentence takes back: 'X would not be supported as maintenance care. This is
    neither: ...', 'A lidocaine cream would not be supported. In this case the request is for the patch ...',
    'Some treatment is warranted ... But twelve sessions exceed ...'."""
    if nxt is None:
        return False
    return (sets_aside(nxt) and c.seg.modal) or (turns_to_case(nxt) and general_modal(c)) \
        or (opens_with_but(nxt) and conceded_kind(c))


def opens_with_but(sent: Sentence) -> bool:
    w = sent.segments[0].words if sent.segments else []
    return w[:1] in (["but"], ["however"], ["yet"]) or (
        w[:2] in (["the", "difficulty"], ["the", "problem"], ["the", "obstacle"]) and w[2:3] == ["is"])
    # "The need for psychological care is not in doubt ... The difficulty is the quantity."


def conceded_kind(c: Claim) -> bool:
    """'Some psychological treatment is warranted ... But twelve sessions exceed ...': a kind of care granted,
    with the request taken away in the next sentence."""
    w = c.seg.words
    if c.sign == 1 and "request" not in w and any(x in ("would", "could", "might") and w[k + 2:k + 3] in (
            ["a"], ["an"], ["some"]) for k, x in enumerate(w)):
        return True  # "a new flare would justify a short course ... But he has already had 20 visits"
    return c.sign == 1 and (w[:1] in (["some"], ["a"], ["an"]) or w[:3] == ["the", "need", "for"]
                            or (w[c.first] in L.EVALUATIVE_NOUNS and w[c.first + 1:c.first + 3] in (["for", "a"],
                                                                                                 ["for", "an"]))) \
        and "request" not in w[:c.first]  # "the record is not without support for a program: ... But ..."


def turns_to_case(sent: Sentence) -> bool:
    """'In this case ...', 'Here, ...', 'By contrast, ...': the sentence before spoke in general."""
    w = [x for x in sent.segments[0].words if x.isalnum()] if sent.segments else []
    return w[:3] in (["in", "this", "case"], ["in", "the", "present"], ["in", "this", "instance"]) \
        or w[:1] == ["here"] or w[:2] in (["by", "contrast"], ["in", "contrast"])


def general_modal(c: Claim) -> bool:
    """A claim under 'would/could/might' whose subject is a kind of treatment, not 'it', 'this' or the request."""
    w = c.seg.words
    k = next((j for j, x in enumerate(w) if x in ("would", "could", "might")), None)
    return k is not None and k < c.first and k > 0 and w[0] not in ("it", "this", "that", "i", "we", "the", "such") \
        and "request" not in w[:k] and "requested" not in w[:k]


def sets_aside(sent: Sentence) -> bool:
    """'This is neither: ...', 'Neither applies here.': the sentence before spoke of other cases."""
    w = [x for x in sent.segments[0].words if x.isalnum()] if sent.segments else []
    return _not_this_case(w) or w[:3] in (["this", "is", "neither"], ["that", "is", "neither"],
                                          ["this", "is", "not", "such"], ["neither", "describes"])


_NOT_HERE = (["neither", "applies"], ["neither", "apply"], ["neither", "is", "the", "case"], ["none", "applies"],
             ["none", "of", "which", "applies"], ["none", "of", "these", "applies"], ["neither", "of", "which"],
             ["that", "is", "not", "the", "case"], ["which", "is", "not", "the", "case"], ["none", "apply"],
             ["this", "is", "not", "the", "case"])


def _not_this_case(w: list[str]) -> bool:
    """'..., nor would carisoprodol; neither applies here': the clauses before were about other cases."""
    if w[:2] in (["none", "of"], ["neither", "of"]) and set(w) & {"applies", "apply", "applied", "exists", "holds"}:
        return True  # "none of those conditions applies here"
    if w[:2] in (["none", "of"], ["neither", "of"]) and set(w[2:4]) & {"those", "these", "the", "which"} \
            and set(w) & {"shown", "met", "present", "documented", "satisfied", "established"}:
        return True  # "...; none of those conditions is shown here"
    if any(w[k:k + 4] in (["that", "is", "not", "what"], ["which", "is", "not", "what"], ["this", "is", "not", "what"])
           and set(w[k + 4:k + 8]) & {"proposed", "requested", "asked", "sought", "planned", "prescribed"}
           for k in range(min(3, len(w)))):
        return True  # "daily use beyond three weeks would not be supported, but that is not what is proposed here"
    return any(w[k:k + len(p)] == p for p in _NOT_HERE for k in range(min(3, len(w))))


def _whether_answered(sent: Sentence, n: int) -> int | None:
    """'The question is whether the request is medically necessary, and it is not': the answer rules."""
    w = [x for x in sent.segments[n].words if x.isalnum()]
    if n == 0 or w[:1] not in (["and"], ["but"]) or w[1:3] not in (["it", "is"], ["it", "was"], ["this", "is"]) \
            or w[3:] not in ([], ["not"]):
        return None
    prev = sent.segments[n - 1].words
    if "whether" not in prev:
        return None
    ev = [x for x in prev[prev.index("whether"):] if x in L.EVALUATIVE]
    return None if len(ev) != 1 else L.EVALUATIVE[ev[0]] * (-1 if w[3:] else 1)


def _conceded_category(sent: Sentence, c: Claim) -> bool:
    """'Psychological treatment is clearly indicated, ... but twelve weekly sessions exceed the total': the kind
    of care is granted, and the clause after 'but' takes the request as written away."""
    subject = c.seg.words[:c.first]
    if not subject or set(subject) & {"the", "this", "these", "request", "requested"} \
            or any(x.isdigit() or x in L.NUMBER_WORDS for x in subject):
        return False
    later = sent.segments[sent.segments.index(c.seg) + 1:]
    rest = {x for s in later for x in s.words}
    return any(s.words[:1] in (["but"], ["however"], ["yet"]) for s in later) \
        and bool(rest & {"exceed", "exceeds", "beyond", "requested", "written", "particular", "submitted", "specific",
                         "trial", "initial"})  # "..., but the guideline begins with a trial of 3-4 visits"


def _determined_referent(w: list[str], refs: set[str]) -> bool:
    """The clause's first referent has a determiner or a number: 'the request for three injections'."""
    for k, x in enumerate(w):
        if x in L.REFERENTS or x in refs:
            j = k - 1
            while j >= 0 and (w[j] in _NP_MODIFIERS or w[j].isdigit() or w[j] in L.NUMBER_WORDS):
                j -= 1
            return j >= 0 and w[j] in L.DETERMINERS
    return False


def _subjectless(w: list[str]) -> bool:
    return w[:1] in (["and"], ["but"], ["or"]) and w[1:2] != [] and w[1] in ("is", "are", "was", "were", "remains",
                                                                             "should", "would", "must", "will",
                                                                             "can", "cannot", "therefore")


def _concessive(w: list[str]) -> bool:
    """'even though his mood justifies a referral', 'although therapy helped': conceded, not concluded."""
    return w[:1] in (["although"], ["though"], ["whereas"]) or w[:2] in (["even", "though"], ["even", "if"])


def _segment_conclusions(sent: Sentence, seg: Segment, det: Determination, refs: set[str],
                         inherited: bool = False) -> list[Claim]:
    w = seg.words
    review = [i for i, x in enumerate(w) if x in L.REVIEW_VERBS]
    if seg.historical and not review:
        return []

    def named(i: int) -> bool:
        return inherited or _has_referent(w, i, refs)

    k_seg = sent.segments.index(seg)
    denied_ground = seg.kind == "rel" and w[:2] in (["on", "which"], ["for", "which"], ["under", "which"]) \
        and k_seg > 0 and bool(set(sent.segments[k_seg - 1].words[-4:]) & {"no", "nothing", "none"})
    # "there is no ground on which the denial should not be upheld": the ground is denied
    claims: list[Claim] = []
    absorbed: set[int] = set()
    if review:
        absorbed |= {i for i, x in enumerate(w) if x in L.ACTION_NOUNS or x in ("decision", "noncert")}
    prev: tuple[int, int] | None = None  # (index, negations) of the last outcome word
    for i, x in enumerate(w):
        if i in absorbed:
            continue
        sign, strong, last, sure = 0, False, i, True
        if x in _AGREE and _with_ur(w, i, [y for g in sent.segments for y in g.words][:_offset(sent, seg) + i]) \
                and not _that_clause(w, i):
            sign, strong = (-1 if x in _AGREE_YES else 1), True  # "I concur with UR": the denial stands
        elif x in _AGREE and _writer_agrees(w, i) and not [y for y in w[i + 1:] if y.isalnum()] \
                and _after_review_denial(sent, seg):
            sign, strong = (-1 if x in _AGREE_YES else 1), True  # "UR non-certified the scan, and I concur"
        elif x in L.REVIEW_VERBS:
            if w[i - 1:i] in (["the"], ["a"]) and x in ("reverse", "reversal"):
                continue  # "here the reverse holds": the opposite, not a ruling
            if w[i + 1:i + 2] in (["a"], ["an"], ["his"], ["her"], ["multiple"], ["injuries"], ["injury"]) or (
                    x in ("sustained", "affirmed") and len(w) > 2
                    and not set(w) & (L.DENIAL_NOUNS | _UR_OBJECTS | {"noncert", "determination"})):
                continue  # "she sustained a laceration", "the strain she sustained lifting files": an event
            sign, strong = L.REVIEW_VERBS[x], True
        elif x in L.STANDS and any(y in L.DENIAL_NOUNS or y == "decision" or (
                y == "determination" and set(w[max(0, q - 3):q]) & {"ur", "review", "utilization"})
                for q, y in enumerate(w[:i]) if q >= i - 24):  # "the utilisation review determination should stand"
            sign, strong = -1, True
        elif x in ("falls", "fall", "fits", "fit", "lies") and w[i + 1:i + 2] == ["within"] \
                and (end := _within_allowance(w, i)) is not None:
            sign, last = 1, end  # "this use falls within the short-term treatment that pages 63-66 permit"
        elif x in ("leave", "keep", "let", "leaving", "keeping", "letting") \
                and (kept := _denial_kept(w, i)) is not None:
            sign, strong, last = -1, True, kept  # "I would leave the non-certification in place"
        elif x in L.EVALUATIVE or (x in L.EVALUATIVE_NOUNS and w[i + 1:i + 2] in (["for"], ["to"])
                                   and w[i - 1:i] not in (["his"], ["her"], ["their"])
                                   and w[i - 2:i] not in (["with", "a"], ["with", "the"])):
            # "his need for instruction", "a flare with a need for renewed instruction"
            if x in L.EVALUATIVE_NOUNS and w[i - 1:i] == ["the"] and w[i - 2:i - 1] == [","] \
                    and w[i + 1:i + 2] == ["for"] and set(w[i + 2:]) & (L.GUIDELINE_NOUNS | {"page", "pages"}):
                continue  # "a need for reduced weight bearing, the indication for aquatic therapy on page 22": the
                # guideline's indication, in apposition to what the case lacks
            if x in L.EVALUATIVE_NOUNS and w[i - 1:i] == ["the"] and w[:2] in (["which", "is"], ["which", "are"]):
                continue  # "no reason for reduced weight bearing, which is the indication for aquatic therapy": the
                # guideline's indication named, not found in the case
            if _attributive(w, i) or (x == "line" and not (w[i - 1:i] == ["in"] and w[i + 1:i + 2] == ["with"])) \
                    or (x in ("qualify", "qualifies", "eligible") and w[i + 1:i + 2] != ["for"]):
                continue  # "he does not qualify for six more"; but "his pain qualifies as chronic" rules on nothing
            if w[i - 2:i] in (["needed", "to"], ["required", "to"], ["enough", "to"], ["sufficient", "to"]) \
                    and w[i - 3:i - 2] != ["is"]:
                continue  # "fell short of the relief needed to justify repeating it": a requirement
            if x in ("consistent", "inconsistent", "compatible") and w[i + 1:i + 2] == ["with"] \
                    and set(w[i + 2:i + 6]) & _CLINICAL_OBJECTS and not set(w[i + 2:i + 8]) & L.GUIDELINE_NOUNS:
                continue  # "an extrusion compressing the L5 root, consistent with the examination": findings agree
            if x in ("need", "needs") and w[i + 1:i + 2] == ["to"] and w[i + 2:i + 3] \
                    and (w[i + 2] == "be" or w[i + 2] in _REQUIRED_SHOWING):
                continue  # "a prior course whose benefit would need to be shown", "the file would need to explain
                # why": a requirement, not a ruling
            if x == "necessity" and w[i + 1:i + 3] in (["is", "determined"], ["is", "decided"], ["is", "judged"],
                                                      ["is", "assessed"], ["must", "be"]):
                continue  # "medical necessity is determined from the clinical record": how, not whether
            if x == "necessity" and set(w[max(0, i - 4):i]) & _BEARING \
                    and set(w[max(0, i - 3):i]) & {"on", "to", "upon"}:
                continue  # "free text ... has no bearing on medical necessity": what matters, not a ruling
            if set(w[i + 1:i + 5]) & _PROCESS_NOUNS and x in ("necessity", "basis", "reason", "need", "support"):
                continue  # "not a basis for a medical necessity determination": the process, not a ruling
            if x in ("supports", "supported") and w[i - 1:i] and w[i - 1] in _RECORD_NOUNS and w[i + 1:i + 2] \
                    and w[i + 1] not in refs | {"the", "this", "it", "a", "an", "certification", "authorization",
                                                "approval", "continued", "further", "her", "his"} \
                    and w[i + 1] not in L.REFERENTS:
                continue  # "the record supports failed prior treatment, significant functional loss ...": findings
            if x in ("support", "supports") and ((w[i + 1:i + 2] in ([], ["."], [","], [";"])
                                                  and w[i - 2:i - 1] not in (["difficult"], ["hard"], ["impossible"]))
                                                 or (w[i - 1:i] and w[i - 1] in _EVIDENCE_MODIFIERS)):
                continue  # "the strength that has support", "signs without imaging support": evidence, not a ruling
            sign = L.EVALUATIVE.get(x, 1)
            if x in L.NEEDS_ACTION and _attached(w, i) is None:
                continue  # "the reviewer erred" says nothing until it says in doing what
            strong = x == "necessity" or (x in ("necessary", "unnecessary") and i > 0 and w[i - 1] == "medically")
            att = _attached(w, i)
            if att is None and sign == 1 and "decision" in w[max(0, i - 4):i] and _after_review_denial(sent, seg):
                att = (w.index("decision", max(0, i - 4)), -1, True)  # "UR non-certified ..., and that decision was
                # correct"
            if att is not None:
                j, s_, st = att
                sign, strong, last = sign * s_, strong or st, max(i, j)
                absorbed.add(j)
            elif not strong and not named(i) and not _bare_ruling(sent, seg, i):
                continue
            elif strong and not named(i) and _has_subject(w, i):
                sure = False  # "maintenance care is not medically necessary": a subject, but not the request
            if _generic(seg, w, i, refs, strong, _request_words(det)):
                continue
            if w[i + 1:i + 2] in (["a"], ["an"], ["some"]) and set(w[i + 2:i + 8]) & _SMALLER:
                sure = False  # "the findings do support a referral of limited size": something less than the request
        elif x in _MEETS and (end := _whole_guideline(w, i)) is not None and (named(i) or _verb_first(w, i)) \
                and not (w[i - 1:i] in (["all"], ["both"], ["each"]) and "," in w[:i]) \
                and not _criteria_listed(w, i, _request_words(det)):  # "duration, failed medical management, ...
            # and injectate all meet page 122": criteria, each met, not the request
            sign, last = 1, end  # "the request does not meet the MTUS guidelines", in notes "Does not meet MTUS
            # page 51": the request against the whole guideline, not one criterion
        elif x in L.ACTION_NOUNS and (granted := _noun_granted(w, i)) is not None:
            sign, strong, last = L.ACTIONS[x], True, granted  # "certification cannot be given"
        elif x in L.ACTIONS and _heading(sent, seg, i):
            sign, strong = L.ACTIONS[x], True  # "Reasons for non-certification: ..."
        elif x in L.ACTION_NOUNS and w[i - 1:i] and w[i - 1] in _PRECLUDING:
            sign, strong = -L.ACTIONS[x], True  # "radiculopathy and the lack of trigger points preclude certification"
        elif x in L.ACTIONS and not _action_excluded(w, i):
            if x in L.ACTION_NOUNS or x.endswith("ing") or _reduced_relative(w, i):
                continue  # "the claims administrator's denial", "in denying": they conclude only with a verb
            if set(w[max(0, i - 6):i]) & {"before", "until", "unless"}:
                continue  # "... for a further period before any injection is authorized": when, not whether
            sign, strong = _action_sign(w, i), x not in L.WEAK_ACTIONS
            if not strong and (w[i + 1:i + 4] in (["no", "more", "than"], ["at", "most", "x"])
                               or w[i + 1:i + 3] in (["up", "to"], ["at", "most"]) or w[i + 1:i + 2] == ["only"]):
                continue  # "a first request should cover no more than two weeks": a limit, not a grant
            unnamed = not named(i) and not _bare_ruling(sent, seg, i)
            if not strong and (unnamed or _generic(seg, w, i, refs, False, _request_words(det))):
                continue
        elif _hedged(w, i) and named(i):
            sign = 1  # "a short course could be considered", "she would benefit from therapy"
        else:
            continue
        if "whether" in w[:i] or sent.text.rstrip().endswith("?"):
            continue  # a question, not a conclusion
        if x in L.EVALUATIVE_NOUNS and w[i + 1:i + 2] == ["for"] and w[i - 1] not in ("cannot", "not", "to", "i",
                                                                                    "we") \
                and w[:1] in (["without"], ["absent"], ["lacking"]) and "," in w and i < w.index(","):
            continue  # "without ... any other accepted indication for imaging, the MRI cannot be ...": the lead
            # phrase names what is missing; the clause after its comma rules
        if w[i + 1:i + 3] in (["to", "conclude"], ["to", "say"], ["to", "infer"], ["to", "assume"], ["to", "find"],
                              ["to", "expect"], ["to", "believe"], ["to", "think"], ["to", "suppose"]):
            continue  # "it is not unreasonable to conclude that ...": a judgement about a belief, not a ruling
        cmp_at = max((k for k in range(max(0, i - 6), i) if w[k] in ("exceed", "exceeds", "exceeding", "exceeded",
                                                                      "within", "beyond")), default=None)
        if x in _ALLOWANCE_VERBS and cmp_at is not None and not (
                {"and", "so"} & set(w[cmp_at:i]) and {"should", "must", "can", "will", "be"} & set(w[cmp_at:i])):
            continue  # "the request does not exceed the single level allowed": a comparison with the allowance; but
            # "is within that allowance and should be authorized" rules on the request
        than = max((k for k in range(max(0, i - 10), i) if w[k] == "than"), default=None)
        if than is not None and x in _ALLOWANCE_VERBS and not {",", "should", "must", "is", "are"} & set(w[than:i]):
            continue  # "four visits is not more than the initial trial allows": a comparison with the allowance
        if _relative_modal(w, i) or _reported_instruction(w, i) or _bare_infinitive(w, i) or _ur_act(w, i):
            continue
        if not seg.case and class_generic(w):
            continue  # "imaging is unnecessary for every neck complaint": a class of patients, not this request
        if x in _AGREE and (_that_clause(w, i) or not _writer_agrees(w, i)):
            continue  # "I agree with the reviewer that ...": the that-clause concludes; "the exam and MRI agree
            # on a radiculopathy", "the examination and the MRI do not disagree": findings agreeing, not the writer
        if _about_the_past(w, i):
            continue  # "the prior course of therapy was appropriate"
        if _guideline_subject(w, i) and not _case_object(w, last, refs) and not _request_passive(w, refs):
            continue  # "the 10 visits the guideline allows": the guideline speaking inside a case sentence
        if _reduced_relative(w, i) or (x in _ALLOWANCE_VERBS and _allowance_figure(w, i, _request_words(det))):
            continue  # "the 9-10 visits recommended", "12-18 visits where 9-10 are allowed"
        obj = w[i + 2:i + 7]
        obj = obj[:next((q for q, y in enumerate(obj) if y in (",", ";", "and", "so", "but")), len(obj))]
        if x in L.EVALUATIVE_NOUNS and w[i + 1:i + 2] == ["for"] and not any(
                y in refs or y in L.REFERENTS or y in _REQUEST_OBJECTS for y in obj):
            sure = False  # "without a reason for reduced weight bearing": a condition, not the request
        if x in ("qualifies", "qualify", "qualified", "eligible") and w[i + 1:i + 3] in (["for", "a"], ["for", "an"]) \
                and not set(obj) & (refs | _REQUEST_LIKE):
            sure = False  # "she qualifies for a referral": for something, but not the psychotherapy requested
        if x in ("need", "necessity") and w[i - 1:i] == ["the"] and any(
                w[q:q + 3] in (["not", "in", "dispute"], ["not", "in", "question"], ["not", "in", "doubt"])
                for q in range(i, min(len(w), i + 10))):
            sure = False  # "the need for psychological care is not in dispute": the kind of care conceded, not a ruling
        if _object_gap(w, i):
            continue  # "no functional restoration program the unit would support": a relative clause's verb
        if w[i - 2:i] in ([",", "all"], [",", "each"], [",", "both"]) and x in L.EVALUATIVE:
            continue  # "..., and the request is for 2 injections of local anesthetic, all consistent with the
            # guideline": each listed fact judged, not the request
        if w[i - 1:i] == ["to"] and w[i - 2:i - 1] in (["needed"], ["required"], ["necessary"]) \
                and set(w[:i - 2]) & {"further", "additional", "other", "more", "else"}:
            continue  # "no further risk factor is needed to support gastroprotection": what suffices, not a ruling
        if _relative_class(w, i) or _relative_predicate(w, i):
            continue  # "not a condition for which TENS is indicated", "the relaxants that are recommended": a class
        if _only_condition(w, last) or _aspect_only(w, last) or _conceded_lead(sent) or _list_subject(w, i) \
                or "otherwise" in w[max(0, i - 4):i] or w[:1] == ["clinically"] or _other_respects(w, last):
            # "clinically the request is not unreasonable: ..., but the statute does not permit it": one aspect
            # conceded
            sure = False  # "could be considered only after a trial", "not unreasonable in number", "I accept what
            # favours the request: ..."
        if sent.segments[0].words[:1] == ["without"] and set(w[max(0, i - 6):i]) & {"would", "could"}:
            sure = False  # "Without a risk factor, a PPI alongside an NSAID would not be supported": a counterfactual
        if any(w[q] == "other" and w[q + 1:q + 2] and w[q + 1] in _OTHER_CARE for q in range(max(0, i - 8), i)):
            sure = False  # "no surgery or other treatment is warranted": other care, not the request
        if w[last + 1:last + 2] == ["as"] and set(w[last + 2:last + 5]) & _USE_KINDS \
                and w[last + 2] not in ("it", "this", "she", "he", "they", "there", "the"):
            sure = False  # "manipulation is not indicated as elective or maintenance care": a kind of use, not this
        if seg.kind == "rel" and w[:2] in (["which", "is"], ["which", "are"]) \
                and w[i + 1:i + 3] in (["for", "a"], ["for", "an"]):
            sure = False  # "limited to two levels, which is acceptable for a transforaminal approach": the
            # antecedent judged for a kind of procedure, not the request ruled on
        if _only_subject(w, i):
            sure = False  # "it contains lidocaine as a cream, and only the 5% lidocaine patch is recommended": the
            # guideline's one exception, not a ruling
        if _modal_condition(w, i, refs) or _indefinite_other(w, i, refs) or _other_kind_subject(w, i) \
                or _kind_itself(w, i) or (not strong and _other_form(w, det)):
            sure = False  # "red flags would justify imaging": a condition, not a hedge about the request; "a
            # referral is justified": something other than the request
        floor = prev[0] + 1 if prev else 0
        between = w[prev[0] + 1:i] if prev else []
        if prev and between and all(b in _COORD for b in between) and x not in L.REVIEW_VERBS:
            n = 1 if "nor" in between else prev[1]  # "not reasonable or necessary"; but "not medically
            # necessary, upheld": the review verb is said of the review, not negated with the request
        else:
            n = predicate_negations(w, i, floor) if w[i - 1:i] != [] and w[i - 1] not in _PRECLUDING else 0
        n += _after_negations(w, i)
        n += denied_ground
        judged = next((k for k in range(i) if w[k] in ("not", "cannot") and w[k + 1:k + 2] and w[k + 1] in _JUDGING
                       and set(w[max(0, k - 3):k]) & {"i", "we"}), None)
        if judged is not None and i - judged > 8:
            n += 1  # "I do not find the MRI of the cervical spine, without contrast and with sedation, to be necessary"
        if n % 2 and _reason_focus(w, last):
            sure = False  # "not unsupported for want of a diagnosis": the negation denies the reason only
        prev = (last, n)
        after = [y for y in w[i + 1:i + 9] if y not in (",", "therefore", "thus", "then", "hence")]
        if x in L.EVALUATIVE and after[:1] == ["for"] and set(after[1:4]) & L.DENIAL_NOUNS:
            sign = -sign  # "it is not unreasonable for the non-certification to stand"
        if _deferral_subject(w, i, refs):
            sign = -sign  # "holding off on physical therapy for now could be considered appropriate"
        if sign == 1 and not n % 2 and _defers_request(w + _coordinated_after(sent, seg), i, refs):
            sign = -1  # "it would be reasonable to continue ibuprofen before committing to formal therapy"
            sure = sure or _preferred_to_request(w, i)  # "a reduced quantity could be considered more appropriate
            # than the full #90 requested": a ruling against the request as asked
        if x in L.EVALUATIVE_NOUNS and sign * (-1 if n % 2 else 1) == 1 and (_indefinite_head(w, i)
                                                                            or _recorded_need(w, i)):
            sure = False  # "the record does not lack a reason for supervised therapy": a clinical need conceded,
            # which a limit may still defeat, not a ruling
        said = sign * (-1 if n % 2 else 1)
        if said == 1 and _modified_grant(w):
            said, sure = -outcome_sign(det), True  # "a modified authorization for an initial 10 sessions would be
            # reasonable": part of the request granted, which matches neither outcome
        elif said == 1 and _partial_grant(w, i, last):
            said = -outcome_sign(det)  # "the request can only be partially supported": the review certifies the
            # request as written or not at all, so a part granted matches neither outcome
        claims.append(Claim(sent, seg, said, i, last, strong, sure))
    return claims


_PARTLY = {"partially", "partly", "partial"}


def _other_respects(w: list[str], last: int) -> bool:
    """'not unreasonable in other respects': every aspect but the decisive one conceded."""
    after = w[last + 1:last + 6]
    return "other" in after and bool(set(after) & {"respects", "respect", "regards", "ways"})


def _modified_grant(w: list[str]) -> bool:
    """'a modified authorization for 10 sessions', 'partial certification': a grant of less than the request."""
    return any(x in ("modified", "partial", "reduced") and w[k + 1:k + 2] != []
               and w[k + 1] in ("authorization", "authorisation", "certification", "approval")
               for k, x in enumerate(w))


def _partial_grant(w: list[str], i: int, last: int) -> bool:
    """'can only be partially certified', 'partial approval is appropriate', 'supported in part': a grant of part."""
    return bool(set(w[max(0, i - 3):last + 1]) & _PARTLY) or w[last + 1:last + 3] == ["in", "part"]


_RECORD_NOUNS = {"record", "records", "documentation", "file", "notes", "history", "examination", "evidence"}
_OTHER_CARE = {"treatment", "treatments", "care", "option", "options", "therapy", "therapies", "procedure",
               "procedures", "intervention", "interventions", "modalities", "measures"}


def _only_subject(w: list[str], i: int) -> bool:
    """'..., and only the 5% patch is recommended': the clause's subject opens with 'only'."""
    j = i - 1
    while j >= 0 and w[j] not in (",", ";", ":", "and", "but", "whereas", "while"):
        j -= 1
    return w[j + 1:j + 2] == ["only"] and any(x in ("is", "are") for x in w[j + 2:i])


def _recorded_need(w: list[str], i: int) -> bool:
    """'the need for renewed home-exercise instruction are both recorded': a need the record documents, a
    clinical fact, not the writer's ruling."""
    aux = next((q for q in range(i + 1, min(len(w), i + 12)) if w[q] in ("is", "are", "was", "were")), None)
    return aux is not None and not set(w[i + 1:aux]) & {",", ";", "that", "which"} \
        and next((y for y in w[aux + 1:aux + 4] if y not in ("both", "also", "all", "clearly", "well")), "") \
        in ("recorded", "documented", "noted", "described")


def _indefinite_head(w: list[str], i: int) -> bool:
    """'a reason', 'a clinical rationale', 'some basis': an indefinite evaluative noun."""
    k = i - 1
    while k >= 0 and k >= i - 3 and w[k] in ("clinical", "medical", "real", "good", "genuine", "legitimate",
                                              "documented", "recorded", "clear", "demonstrated"):
        k -= 1
    return k >= 0 and w[k] in ("a", "an", "some")


_REASON_PHRASES = (["for", "want", "of"], ["for", "lack", "of"], ["because", "of"], ["merely", "because"],
                   ["simply", "because"], ["only", "because"], ["solely", "because"], ["on", "account", "of"],
                   ["on", "the", "ground"], ["on", "the", "grounds"], ["for", "the", "reason"], ["just", "because"])


def _relative_modal(w: list[str], i: int) -> bool:
    """'no documented barrier that would justify a return to supervised care': what a missing thing would do."""
    for k in range(i - 1, max(-1, i - 14), -1):
        if w[k] == "that" and (w[k - 1:k] in (["without"], ["with"], ["given"], ["despite"], ["lacking"], ["after"])
                               or w[k + 1:k + 2] == ["said"]):
            continue  # "without that documentation, the request cannot be certified": a demonstrative; "that said,
            # it may be more prudent to ...": a discourse marker
        if w[k] in ("that", "which") and any(x in L.MODALS for x in w[k + 1:i]):
            return True
        if w[k] in ("that", "which") and w[k - 1:k] != ["of"] \
                and set(w[max(0, k - 6):k]) & {"none", "no", "nothing", "without", "neither", "not"}:
            return True  # "he has none of the risk factors that justify a PPI"
        if w[k] in ("where", "which") and k >= 2 and w[k - 2] in ("a", "an") \
                and w[k - 1] in ("region", "area", "condition", "situation", "case", "setting", "circumstance"):
            return True  # "nor is the lumbar spine a region where manipulation is not recommended": a kind of place
    return False


_TELLING = {"tells", "told", "tell", "telling", "instructs", "instructed", "instruct", "instructing", "asks", "asked",
            "asking", "directs", "directed", "directing", "urges", "urged", "urging", "demands", "demanded",
            "demanding", "orders", "ordered", "commands", "commanded"}


def _reported_instruction(w: list[str], i: int) -> bool:
    """'a note tells the reviewer to approve and certify all items': someone else's instruction, reported."""
    return any(w[k] in _TELLING for k in range(max(0, i - 8), i)) and bool({"to", "that"} & set(w[max(0, i - 8):i]))


_UR_NOUNS = {"ur", "utilization", "carrier", "administrator", "insurer", "adjuster", "adjustor"}


def _ur_act(w: list[str], i: int) -> bool:
    """'The UR reviewer relied on pages 98-99 to deny therapy', '... pared the request down rather than certify
    it': an act of the review, reported, with the review for subject."""
    if w[i - 1:i] not in (["to"], ["than"]) or w[i] not in L.ACTIONS:
        return False
    subject = w[:next((k for k, x in enumerate(w) if x in L.FINITE_VERBS), i)]
    return bool(set(subject) & _UR_NOUNS) and not set(w[:i]) & {"i", "we"}


def _bare_infinitive(w: list[str], i: int) -> bool:
    """'no program is documented for the unit to support': an infinitive with nothing after it."""
    return i > 0 and w[i - 1] == "to" and all(not x.isalnum() for x in w[i + 1:]) \
        and w[i - 2:i - 1] not in (["difficult"], ["hard"], ["impossible"])  # but "the request is difficult to
    # support" rules on the request


_AGREE_YES = {"agree", "agrees", "concur", "concurs"}
_AGREE = _AGREE_YES | {"disagree", "disagrees"}
_UR_OBJECTS = {"ur", "utilization", "reviewer", "review", "physician", "decision", "denial", "noncertification",
               "adviser", "advisor", "carrier"}


def _offset(sent: Sentence, seg: Segment) -> int:
    """How many words of the sentence come before the clause."""
    return sum(len(g.words) for g in sent.segments[:sent.segments.index(seg)])


def _that_clause(w: list[str], i: int) -> bool:
    """'I agree with the reviewer that ...': a that-clause follows; but 'with that decision' is a determiner."""
    return any(x == "that" and w[k + 1:k + 2] and w[k + 1] not in _UR_OBJECTS | {"determination", "ruling",
                                                                                "conclusion", "modification"}
               for k, x in enumerate(w[i + 1:], i + 1))


def _with_ur(w: list[str], i: int, before: list[str] | None = None) -> bool:
    """'I agree with the UR physician', 'this reviewer concurs with the non-certification'; 'reviewing the UR
    reasoning, I agree with it'."""
    if w[i + 1:i + 2] != ["with"]:
        return False
    context = before or w[:i]
    return bool(set(w[i + 2:i + 6]) & _UR_OBJECTS) or (
        w[i + 2:i + 3] in (["it"], ["this"], ["them"]) and bool(set(context) & _UR_NAMES)
        and not {"request", "requests", "requested"} & set(context[max(k for k, x in enumerate(context)
                                                                         if x in _UR_NAMES):]))


_UR_NAMES = {"ur", "utilization", "denial", "noncertification", "carrier", "adviser", "advisor"}


_PRECLUDING = {"preclude", "precludes", "precluded", "prevent", "prevents", "bar", "bars", "forecloses", "foreclose"}
_RULINGS = {"certified", "noncertified", "authorized", "approved", "denied", "upheld", "overturned", "reversed"}
_WRITERS = {"i", "we", "reviewer", "undersigned", "physician", "author"}


def _after_review_denial(sent: Sentence, seg: Segment) -> bool:
    k = sent.segments.index(seg)
    return k > 0 and sent.segments[k - 1].historical \
        and bool(set(sent.segments[k - 1].words) & {"noncertified", "denied", "modified", "rejected", "declined"})


def _writer_agrees(w: list[str], i: int) -> bool:
    """'I agree with the denial', 'this reviewer concurs': the writer agreeing, with someone or something."""
    return bool(set(w[max(0, i - 4):i]) & _WRITERS) or (w[i + 1:i + 2] == ["with"]
                                                              and not set(w[:i]) & (_FINDINGS | _CLINICAL_OBJECTS))


_FINDINGS = {"weakness", "loss", "signs", "reflexes", "deficit", "deficits", "pattern", "distribution"}  # with
# _CLINICAL_OBJECTS: "the L5 weakness and sensory loss agree with the MRI finding": findings agreeing, not the writer


def _reason_focus(w: list[str], last: int) -> bool:
    """The words after a negated predicate give a reason the negation is about: 'not unsupported for want
    of a diagnosis' denies that reason, not the predicate."""
    after = w[last + 1:last + 5]
    return any(after[:len(p)] == p for p in _REASON_PHRASES)


def _about_the_past(w: list[str], i: int) -> bool:
    past = any(w[k] in ("was", "were") or w[k:k + 2] == ["had", "been"] for k in range(max(0, i - 4), i))
    return past and any(x in ("prior", "previous", "past", "earlier", "previously", "already", "initial")
                        for x in w[:i])


def _hedged(w: list[str], i: int) -> bool:
    x = w[i]
    if w[:1] in (["a"], ["an"]):
        return False  # "a one-month home trial may be considered": what the guideline would allow, not this request
    if x == "considered" and i >= 2 and w[i - 1] == "be" and w[i - 2] in ("could", "may", "might", "can", "should"):
        return True
    return x == "benefit" and i >= 1 and w[i - 1] in ("would", "could", "may", "might") and w[i + 1:i + 2] == ["from"]


_ATTR_DET = {"a", "an", "the", "another", "other", "any", "this", "that", "some", "each", "every", "such", "more",
             "most", "less", "no", "further"}
_ADVERBS = {"clearly", "medically", "clinically", "generally", "otherwise", "reasonably", "more", "most", "very",
            "fully", "well", "appropriately", "necessarily", "only"}  # "the only supported strength of 0.025%"
_GL_SUBJECT = {"guideline", "guidelines", "mtus", "acoem", "cpmtg", "criteria", "recommendations", "schedule",
               "section", "chapter", "ccr", "guidance", "statute", "code", "regulation", "regulations", "law"}
_SKIP_AUX = {"do", "does", "did", "not", "also", "only", "would", "will", "generally", "clearly", "specifically",
             "explicitly", "then", "still", "typically", "usually", "can", "may", "strongly", "separately",
             "further", "expressly", "likewise"}


def _attributive(w: list[str], i: int) -> bool:
    """'another clearly warranted treatment', 'a reasonable trial': the word modifies a noun."""
    nxt = w[i + 1] if i + 1 < len(w) else ""
    if not nxt or not nxt.isalpha() or nxt in ("to", "and", "or", "for", "in", "at", "as", "by", "with", "that",
                                                 "if", "when", "unless", "because", "given", "based", "under", "per",
                                                 "from", "on", "since", "but", "nor", "here", "now", "only", "of"):
        return False
    k = i - 1
    while k >= 0 and w[k] in _ADVERBS:
        k -= 1
    return k >= 0 and w[k] in _ATTR_DET


def _guideline_subject(w: list[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and w[k] in _SKIP_AUX:
        k -= 1
    if k >= 0 and w[k] == ",":  # "the guidelines, pages 98-99, allow"
        j = k - 1
        while j >= 0 and (w[j].isdigit() or w[j] in ("-", "page", "pages", "pp", "p", ".", "and")):
            j -= 1
        if j >= 0 and w[j] == "," and j > 0:
            k = j - 1
            if w[k] not in _GL_SUBJECT:  # "the guidelines, physical medicine, pages 98-99, allow"
                c = next((q for q in range(k - 1, max(-1, k - 8), -1) if w[q] == ","), None)  # "the MTUS Chronic
                # Pain Medical Treatment Guidelines, Behavioral interventions and Psychological treatment, pages 23
                # and 101-102, recommend"
                if c is not None and c > 0 and w[c - 1] in _GL_SUBJECT:
                    k = c - 1
    if k >= 1 and w[k].replace(".", "").isdigit() and w[k - 1] in ("section", "sections", "§"):
        return True  # "the 24 visits per injury that Labor Code section 4604.5 allows": the statute speaking
    if k >= 0 and (w[k].isdigit() or w[k] == "-"):  # "that MTUS pages 98-99 allow", "pp. 98-99 allows"
        while k >= 0 and (w[k].isdigit() or w[k] in ("-", "and", ",", ".")):
            k -= 1
        return k >= 0 and w[k] in ("page", "pages", "pp", "p")
    return k >= 0 and (w[k] in _GL_SUBJECT or (w[k] == "medicine" and w[k - 1:k] == ["physical"] and bool(
        set(w[max(0, k - 4):k - 1]) & ({"that", "which", "the"} | _GL_SUBJECT))))
    # "the 9-10 visits that Physical Medicine, pages 98-99, allows": the guideline's section by its title


def _case_object(w: list[str], i: int, refs: set[str]) -> bool:
    """The guideline's verb has the request for object: 'the guidelines do not support the request'."""
    j = i + 1
    if j < len(w) and w[j] in ("it", "this", "them", "these"):
        return True
    definite = False
    while j < len(w) and j <= i + 4 and w[j] in ("the", "this", "these", "her", "his", "such", "requested",
                                                  "proposed", "current", "further", "additional", "a", "an"):
        definite = definite or w[j] not in ("a", "an")
        j += 1
    return definite and j < len(w) and (w[j] in L.REFERENTS or w[j] in refs)


_MEETS = {"meet", "meets", "satisfy", "satisfies", "fulfil", "fulfils", "fulfill", "fulfills"}
_GUIDELINE_NAME = {"the", "mtus", "acoem", "ca", "california", "chronic", "pain", "medical", "treatment", "guideline",
                   "guidelines", "guideline's", "criteria", "page", "pages", "pp", "p", "-", "cpmtg", "its", "their",
                   "applicable", "relevant", "requirements", "standards", "recommendations", "'s"}


def _whole_guideline(w: list[str], i: int) -> int | None:
    """The end of 'the MTUS Chronic Pain Guidelines page 51' after 'meets': the guideline as a whole, with nothing
    after it that narrows it to one criterion ('the duration criterion', 'the guideline's visit limit')."""
    j = i + 1
    while j < len(w) and (w[j] in _GUIDELINE_NAME or w[j].isdigit()):
        j += 1
    named_ = set(w[i + 1:j]) & (L.GUIDELINE_NOUNS | {"requirements", "standards"})
    return j - 1 if named_ and (j == len(w) or w[j] in (".", ",", ";", "and", "for", "so", "because", "as")) else None


def _verb_first(w: list[str], i: int) -> bool:
    """'Does not meet ...', 'Therefore, it does not satisfy ...': no subject but the request itself."""
    return all(y in ("does", "do", "did", "not", "therefore", "thus", "hence", "so", ",", "it", "this", "fails", "to",
                     "failed", "still", "also") for y in w[:i])


_USE_KINDS = {"elective", "maintenance", "routine", "sole", "standalone", "isolated", "monotherapy", "preventive",
              "prophylactic", "indefinite", "open-ended", "stand"}
_BEARING = {"bearing", "impact", "effect", "influence", "relevance", "relevant", "irrelevant", "weight"}
_NOUN_NEG_VERBS = {"established", "demonstrated", "shown", "supported", "met", "documented", "substantiated", "proven",
                   "confirmed", "evident", "present", "apparent", "satisfied"}


def _after_negations(w: list[str], i: int) -> int:
    """'medical necessity has not been established', 'the record supports none of these'."""
    x = w[i]
    if x in L.EVALUATIVE_NOUNS or x == "necessity":
        for j in range(i + 1, min(len(w), i + 24)):  # "medical necessity for the requested MRI of the cervical
            if w[j] in (",", "because", "since", "as", "which", "but") and not (  # spine ... has not been
                    w[j] == "as" and w[j + 1:j + 2] and (w[j + 1].endswith("ed") or w[j + 1] in ("written", "given"))):
                break  # established"; "as submitted" is the request's own participle, not a reason
            if w[j] in ("not", "never") and any(y in _NOUN_NEG_VERBS for y in w[j + 1:j + 4]):
                return 1
            if w[j] in ("absent", "lacking", "missing", "undocumented") and w[j - 1] in ("is", "are", "was", "remains"):
                return 1  # "so the only indication for topical lidocaine is absent"
    if w[i + 1:i + 2] in (["none"], ["nothing"], ["neither"]) or w[i + 1:i + 3] == ["no", "such"]:
        return 1
    g = _noun_granted(w, i) if x in L.ACTION_NOUNS else None
    if g is not None:
        return sum(1 for y in w[i + 1:g] if y in ("not", "cannot", "never"))
    return 0


_GRANTING = {"given", "granted", "issued", "provided", "made", "rendered", "extended"}


def _noun_granted(w: list[str], i: int) -> int | None:
    """'certification cannot be given', 'authorization is granted': the index of the granting verb."""
    for j in range(i + 1, min(len(w), i + 5)):
        if w[j] in _GRANTING:
            between = w[i + 1:j]
            return j if between and all(y in ("can", "cannot", "could", "not", "be", "is", "are", "should", "will",
                                               "therefore", "thus", "hence", "been", "has") for y in between) else None
    return None


def _reduced_relative(w: list[str], i: int) -> bool:
    """'the 9-10 visits recommended', 'exceed the 9-10 allowed': a participle after its noun or number."""
    x = w[i]
    if not x.endswith("ed") or i == 0:
        return False
    before = w[i - 1]
    if i > 2 and w[i - 2:i] in (["in", "all"], ["in", "total"]):
        before = w[i - 3]  # "the 6-10 visits in all allowed once ...": the participle after its noun and a qualifier
    predicative = before in ("is", "are", "was", "were", "be", "been", "not", "fully", "well", "clearly")
    if x in ("allowed", "permitted", "recommended", "supported", "set") and (
            (w[i + 1:i + 2] == ["by"] and not predicative)
            or (w[i + 1:i + 2] == ["under"] and before in ("injury", "visits", "sessions", "treatments", "year"))
            or (x != "set" and w[i + 1:i + 2] in (["on"], ["at"]) and w[i + 2:i + 3] in (["page"], ["pages"], ["p"],
                                                                                          ["pp"]) and not predicative)):
        return True  # "the 24 visits per injury allowed by (under) Labor Code section 4604.5", "well past the
        # short-term use supported on pages 63-66"
    if (before.isdigit() or before in L.NUMBER_WORDS) and (i < 2 or w[i - 2] not in ("is", "are", "was", "were")) \
            and x not in _RULINGS:
        return True  # "the 9-10 allowed"; but "Flexeril 7.5 #30 certified." rules
    if before == "," and any(y in ("beyond", "exceeds", "exceed", "than", "over") for y in w[max(0, i - 12):i]):
        return True  # "goes beyond the 10 full-day sessions, two weeks, allowed before gains are documented"
    if before in ("total", "number", "maximum", "limit", "amount", "cap", "allowance", "ceiling", "period", "window",
                  "duration"):
        return True  # "exceeds the total allowed", "twice the two-week initial period allowed before gains must be
        # documented"
    if before in ("course", "trial", "block", "stretch") and w[i + 1:i + 2] in ([], ["."], [","], [";"], ["before"],
                                                                                ["by"], ["under"], ["until"], ["at"]):
        return True  # "double the 2-week initial course allowed before documented gains"; but "the course allowed
        # her to return to work" acts
    return before.endswith("s") and before in L.REFERENTS | {"treatments", "modalities", "studies", "sessions", "weeks",
                                                             "months", "days", "hours", "levels", "wks", "mos",
                                                             "hrs", "yrs"} \
        and before not in ("is", "was", "has", "this", "its")


def _modal_condition(w: list[str], i: int, refs: set[str]) -> bool:
    """'would/could/might' before the word, with a subject that is not the request, a pronoun or the writer."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if w[k] in ("would", "could", "might", "may"):
            subject = w[:k]
            while subject[:1] in (["and"], ["but"], ["or"], ["so"], ["yet"], [","]):
                subject = subject[1:]  # "..., and an injection without imaging would not be supported": the conjunct's
                # own subject
            if w[k] == "may" and any(y in L.REFERENTS or y in refs for y in subject):
                return False  # "an MRI may be appropriate": a hedge about the request itself
            if not subject or subject[-1] in ("i", "we", "it", "this", "that", "they", "these"):
                return False
            if subject[0] in ("a", "an", "any"):
                return True  # "a lidocaine cream or gel would not be supported": some other request
            return not any(y in L.REFERENTS or y in refs for y in subject if y not in L.PRONOUNS)
    return False


_STOPPING = {"interrupt", "stop", "end", "halt", "cut", "truncate", "discontinue", "abandon", "withdraw", "cease",
             "limit", "restrict", "deny", "interrupting", "stopping", "ending", "halting", "cutting", "truncating",
             "discontinuing", "abandoning", "withdrawing", "ceasing", "limiting", "restricting", "denying"}


_WHOLE_REQUEST = {"full", "requested", "request", "entire", "whole"}


def _preferred_to_request(w: list[str], i: int) -> bool:
    """'... more appropriate than the full #90 requested': something else set above the request itself."""
    reach = 16 if w[i - 1:i] == ["more"] else 3  # "more appropriate to certify a reduced quantity to begin a taper
    # than the full #90 requested"
    than = next((b for b in range(i + 1, min(len(w), i + reach)) if w[b] == "than"), None)
    return than is not None and (w[i - 1:i] == ["more"] or w[i] in ("preferable", "better", "wiser")) \
        and bool(set(w[than + 1:than + 6]) & _WHOLE_REQUEST) and not set(w[i + 1:than]) & {",", ";", "."}


def _defers_request(w: list[str], i: int, refs: set[str]) -> bool:
    """Something else is approved first, and the request only 'before' or 'ahead of' it."""
    refs = refs - {"exercise"} if "home" in w else refs  # a home exercise program is not supervised therapy
    if _preferred_to_request(w, i):
        return True  # "a shorter trial could be considered more appropriate than the full course as requested"
    if any(w[k] in _SMALLER | {"fewer", "less"} and "than" in w[k + 1:k + 4]
           and set(w[k + 2:k + 8]) & {"requested", "request"} for k in range(i)):
        return True  # "a shorter trial than the one requested ... might be more appropriate": something less
    lead = next((b for b in range(max(0, i - 12), i) if w[b:b + 2] in (["rather", "than"], ["instead", "of"])), None)
    if lead is not None and set(w[lead + 2:lead + 6]) & _WHOLE_REQUEST \
            and "," in w[lead + 2:i]:
        return True  # "rather than the full 4 weeks, it may be reasonable to approve a single week of visits"
    if w[i + 1:i + 3] == ["first", "to"]:
        return not any(x in refs for x in w[i + 3:i + 10])  # "reasonable first to see whether home exercise
        # alone restores his lifting": something else comes first
    for b in range(i + 1, len(w) - 2):
        if w[b:b + 2] == ["rather", "than"]:
            if w[b + 2:b + 3] and w[b + 2] in _STOPPING:
                return False  # "reasonable to allow the full course rather than interrupt care": the course goes on
            return (any(x in refs for x in w[b + 2:b + 7]) or bool(set(w[b + 2:b + 7]) & {"requested", "request"})
                    or (w[b + 2:b + 3] != [] and w[b + 2] in L.ACTIONS
                        and bool(set(w[b + 3:b + 6]) & _WHOLE_REQUEST))) \
                and not any(x in refs for x in w[i + 1:b])  # "reasonable to continue ibuprofen and activity
            # modification for now rather than start supervised therapy", "a shorter course of 4 visits could be
            # considered appropriate, rather than the full 8 requested", "... rather than certifying the full course"
        if w[b:b + 2] == ["and", "not"] and w[b + 2] in ("add", "start", "begin", "pursue", "use", "try", "proceed"):
            return any(x in refs for x in w[b + 3:b + 8])  # "reasonable to continue home exercise and not add
            # manipulation"
        if w[b] in ("and", "or") and w[b + 1] in ("forgo", "forego", "defer", "postpone", "withhold", "delay", "skip"):
            return any(x in refs for x in w[b + 2:b + 7])  # "more prudent to continue ibuprofen and forgo the
            # Flexeril at this time"
    for b in range(i + 1, len(w)):
        if w[b] in ("before", "prior") and (w[b] == "before" or w[b + 1:b + 2] == ["to"]):
            if set(w[b + 1:b + 6]) & {"discontinued", "stopped", "ended", "ceased", "withdrawn", "tapered", "weaned",
                                      "concluded"}:
                return False  # "appropriate to consolidate the benefit before treatment is discontinued": the
                # request now, the end of care after it
            return _other_then_request(w[i + 1:b], w[b + 1:b + 10], refs)
        if w[b:b + 2] in (["start", "with"], ["begin", "with"], ["start", "by"], ["begin", "by"]) \
                and w[i + 1:i + 2] in (["to"], ["for"]) and not any(x in refs for x in w[i + 1:b]) \
                and not (set(w[b + 2:b + 6]) & (_SMALLER | {"single", "one", "fewer"}) and "before" in w[b:]):
            # but "to begin with a single injection and reassess before authorizing all three": part of the request
            # first, read at its "before"
            return not any(x in refs for x in w[b + 2:b + 8])  # "more appropriate for her to start with a home
            # exercise program": something other than the request comes first
        if w[b:b + 2] == ["in", "reserve"] and w[i + 1:i + 2] in (["to"], ["for"]):
            return any(x in refs for x in w[i + 1:b])  # "... and hold supervised therapy in reserve"
        if w[b] == "first" and w[i + 1:i + 2] == ["to"] and b > i + 2 and w[b - 1] != "the" \
                and not [x for x in w[b + 1:] if x.isalnum()]:
            return not any(x in refs or x in ("request", "it", "this") for x in w[i + 1:b])  # "prudent to continue
            # the home stretching programme first": the request waits
        if w[b] == "first" and w[i + 1:i + 2] == ["to"] and b > i + 2 and w[b - 1] != "the" \
                and w[b + 1:b + 2] in ([], ["and"], [","], ["."], [";"], ["then"]):
            # "reasonable to try a home exercise program first and hold supervised therapy in reserve"
            return _other_then_request(w[i + 1:b], w[b + 1:], refs)
        if w[b] in ("now", "initially") and any(y in ("remainder", "rest", "remaining", "balance")
                                                for y in w[b + 1:b + 8]) \
                and any(y.isdigit() or y in L.NUMBER_WORDS for y in w[i + 1:b]):
            return True  # "reasonable to certify 4 visits now and consider the remainder once progress is
            # documented": part of the request now, the rest later
    return False


_JUDGING_AUX = {"would", "could", "might", "may", "should", "is", "be", "been", "seems", "seem", "considered", "not"}


def _deferral_subject(w: list[str], i: int, refs: set[str]) -> bool:
    """'Holding off on physical therapy for now could be considered appropriate': what is judged is putting
    the request off, so the judgment runs against it."""
    q = next((q for q in range(max(0, i - 12), i) if w[q] == "holding" and w[q + 1:q + 2] in (["off"], ["back"])),
             None)  # ("deferring", "withholding" are actions of their own, read with the judgment they attach to)
    return q is not None and (q == 0 or w[q - 1] in (",", "that", "but", "so")) \
        and any(y in refs for y in w[q + 1:q + 6]) \
        and not any(y in L.FINITE_VERBS and y not in _JUDGING_AUX for y in w[q + 1:i])


def _coordinated_after(sent: Sentence, seg: Segment) -> list[str]:
    """The words of the 'and ...' clause right after this one: 'certify a single injection first | and reassess
    before any further injections'."""
    k = sent.segments.index(seg)
    nxt = sent.segments[k + 1] if k + 1 < len(sent.segments) else None
    return nxt.words if nxt is not None and nxt.kind == "coord" and nxt.words[:1] == ["and"] else []


def _other_then_request(first: list[str], then: list[str], refs: set[str]) -> bool:
    if set(first) & (_SMALLER | {"single", "one", "fewer", "partial", "limit", "limiting", "restrict"}) and any(
            (x in ("further", "remaining", "rest", "more", "additional") and set(then[q + 1:q + 3]) & refs)
            or (x in ("all", "full") and then[q + 1:q + 2] != [] and (then[q + 1].isdigit()
                                                                     or then[q + 1] in L.NUMBER_WORDS))
            for q, x in enumerate(then)):  # "begin with a single injection and reassess before authorizing all three",
        # "limit the initial authorization to 3 sessions and reassess before certifying the full 6 requested"
        return True  # "more prudent to certify a single injection first and reassess before any further injections":
        # part of the request now, the rest later
    return not any(x in refs or x in ("request", "it", "this") for x in first) and any(x in refs for x in then)


_REQUEST_OBJECTS = {"it", "this", "further", "continued", "additional", "more", "one", "them", "starting", "trying",
                    "continuing", "using", "such"}


def _within_allowance(w: list[str], i: int) -> int | None:
    """'... within what page 51 recommends': the index of the allowing verb, when no figure is compared."""
    if any(x.isdigit() or x in L.NUMBER_WORDS for x in w[:i]):
        return None  # "eight visits fall within the 9-10 allowed": a count, for the limit check
    for j in range(i + 2, min(len(w), i + 20)):
        if w[j] in ("permit", "permits", "allow", "allows", "recommend", "recommends", "support", "supports",
                    "endorse", "endorses", "contemplate", "contemplates"):
            return j
        if w[j] in (",", ";", "but", "because"):
            return None
    return None


def _denial_kept(w: list[str], i: int) -> int | None:
    for j in range(i + 1, min(len(w), i + 5)):
        if w[j] in L.DENIAL_NOUNS or w[j] in ("noncertification", "denial", "decision"):
            k = j + 1
            if w[k:k + 1] == ["of"]:  # "leave the denial of Flexeril in place"
                k = next((q for q in range(k + 1, min(len(w), k + 6)) if w[q] in ("in", "stand", "standing",
                                                                                 "intact", "undisturbed")), k)
            rest = w[k:k + 2]
            return k + len(rest) - 1 if rest and (rest[0] in ("stand", "standing", "intact", "undisturbed", "alone")
                                                  or rest == ["in", "place"]) else None
    return None


_CLINICAL_OBJECTS = {"examination", "exam", "findings", "finding", "imaging", "mri", "history", "diagnosis", "record",
                     "symptoms", "complaints", "radiculopathy", "presentation", "picture", "dermatome", "level",
                     "injury", "report", "study", "studies", "emg", "prescription", "prescriptions", "ct", "x-ray",
                     "complaint", "neurologic", "dysfunction", "pathology", "pattern", "lesion", "neuropathic",
                     "myofascial", "radicular", "focal"}
_JUDGING = {"find", "consider", "believe", "deem", "regard", "think", "judge"}


def _relative_predicate(w: list[str], i: int) -> bool:
    k = i - 1
    while k >= 0 and w[k] in ("is", "are", "was", "were", "be", "been", "not", "also", "generally", "currently"):
        k -= 1
    return k < i - 1 and k > 0 and w[k] in ("that", "which") and w[k - 1].isalpha() \
        and w[k - 1] not in L.NEGATED_COMPLEMENT_HEADS and w[k - 1] not in ("is", "so", "and", "but")


_SMALLER = {"limited", "short", "shorter", "smaller", "brief", "briefer", "reduced", "modified", "abbreviated"}


def _only_condition(w: list[str], last: int) -> bool:
    after = w[last + 1:last + 4]
    return any(after[k:k + 2] in (["only", "if"], ["only", "after"], ["only", "when"], ["only", "once"],
                                  ["only", "with"], ["only", "where"], ["only", "for"], ["only", "as"], ["only", "in"])
               for k in range(len(after))) or after[:1] in (["where"], ["whenever"], ["if"], ["unless"]) \
        or (after[:1] in (["after"], ["once"], ["following"]) and any(x in ("could", "might", "would", "may")
                                                                   for x in w[max(0, last - 4):last]))
    # "purchase could be considered after a documented one-month trial": a condition still to be met


_ASPECTS = (["in", "number"], ["in", "quantity"], ["in", "frequency"], ["in", "duration"], ["in", "principle"],
            ["in", "kind"], ["in", "isolation"], ["in", "itself"], ["as", "to", "number"], ["as", "a", "modality"],
            ["on", "clinical", "grounds"], ["on", "medical", "grounds"], ["clinically"], ["medically", "alone"],
            ["on", "its", "clinical"], ["from", "a", "clinical"])  # "not unreasonable on clinical grounds alone"


def _aspect_only(w: list[str], last: int) -> bool:
    """'not unreasonable in number under the guideline', 'appropriate for this worker in principle': one aspect of
    the request, not the ruling."""
    at = last + 1
    for who in (["for", "this", "worker"], ["for", "this", "patient"], ["for", "him"], ["for", "her"], ["here"]):
        if w[at:at + len(who)] == who:
            at += len(who)
    return any(w[at:at + len(a)] == a for a in _ASPECTS)


_CONCEDING = (["i", "accept"], ["i", "acknowledge"], ["i", "grant"], ["i", "recognize"], ["i", "recognise"],
              ["granted"], ["admittedly"], ["to", "be", "fair"], ["i", "concede"])


def _conceded_lead(sent: Sentence) -> bool:
    """'I accept what favours the request: the visits fit the allowance, the flare is a real reason ...'."""
    w = sent.segments[0].words if sent.segments else []
    return any(w[:len(c)] == c for c in _CONCEDING) and ":" in sent.text


def _criteria_listed(w: list[str], i: int, request: list[str]) -> bool:
    """'The duration and the local anesthetic injectate meet the guideline': a plural verb on coordinated criteria,
    each met; the request is one thing. But 'trigger point injections and the anesthetic meet it' leads with the
    request."""
    subject = w[:i]
    if w[i] not in ("meet", "satisfy", "fulfil", "fulfill") or "and" not in subject or subject[:1] == ["and"] \
            or set(subject) & {"request", "requests", "it", "they", "both"}:
        return False
    first = subject[:next(k for k, x in enumerate(subject) if x in (",", "and"))]
    named = {x.lower() for x in request if len(x) > 3}
    return not {x for x in first if len(x) > 3} & named


def _list_subject(w: list[str], i: int) -> bool:
    """'Duration, failed management, absence of radiculopathy and 2 injections are all acceptable': a verdict on
    each of several listed things, the criteria among them, rather than a ruling on the request."""
    cop = next((k for k in range(i - 1, max(-1, i - 4), -1) if w[k] == "are"), None)
    if cop is None:
        return False
    subject = w[:cop]
    return subject.count(",") >= 2 and "and" in subject and w[cop + 1:cop + 2] in (["all"], ["each"], ["both"])


def _other_form(w: list[str], det: Determination) -> bool:
    """'Lidocaine might be considered in the form of the 5% patch' when a cream is requested: another product."""
    asked, said = L.product_forms(det.request), L.product_forms(" ".join(w))
    return bool(asked) and bool(said) and not said & asked


def _object_gap(w: list[str], i: int) -> bool:
    """'a functional restoration program the unit would support or any goals': a transitive verb whose object is
    the noun before its subject, in a relative clause without 'that'."""
    return w[i] in ("support", "justify", "warrant", "allow") and i >= 4 \
        and w[i - 1] in ("would", "could", "will", "can", "might") and w[i - 3] in ("the", "this", "a", "her", "his") \
        and w[i - 4].isalpha() and w[i - 4] not in L.FINITE_VERBS | {"that", "which", "and", "or", "but", "so", "if"} \
        and w[i + 1:i + 2] in ([], ["or"], ["and"], [","], ["."], [";"])


def _relative_class(w: list[str], i: int) -> bool:
    return any(w[k] in ("which", "whom") and w[k - 1] in ("for", "in", "with", "to") for k in range(max(1, i - 6), i))


def _kind_itself(w: list[str], i: int) -> bool:
    """'The referral itself is not unwarranted': the kind of care, set against the request's quantity."""
    k = next((j for j in range(i) if w[j] in ("is", "are", "was", "were", "remains")), i)
    return any(x in ("itself", "themselves") for x in w[:k]) or has_phrase(w[:k], "per se")


_OTHER_KINDS = {"maintenance", "elective", "supportive", "palliative", "passive"}


def _other_kind_subject(w: list[str], i: int) -> bool:
    """'maintenance care is not covered': a kind of care the guideline sets apart, not the request."""
    k = next((j for j in range(i) if w[j] in ("is", "are", "was", "were", "remains")), i)
    return any(x in _OTHER_KINDS for x in w[:k]) and "request" not in w[:k]


def _indefinite_other(w: list[str], i: int, refs: set[str]) -> bool:
    """'so a referral is justified': an indefinite subject that does not name the requested service."""
    k = 0
    while k < i and w[k] in ("so", "and", "thus", "therefore", "then", ",", "hence", "but"):
        k += 1
    if k >= i or w[k] not in ("a", "an"):
        return False
    subject = []
    for x in w[k + 1:i]:
        if x in ("is", "are", "was", "were", "would", "could", "may", "might", "seems", "appears", "be", "remains"):
            break
        subject.append(x)
    return bool(subject) and not any(x in refs or x in _REQUEST_LIKE for x in subject)


_REQUEST_LIKE = {"course", "trial", "program", "programme", "series", "round", "block", "period", "month", "weeks",
                 "sessions", "visits", "treatment", "therapy"}


def _has_subject(w: list[str], i: int) -> bool:
    """A noun phrase before the predicate's verb: 'maintenance care is not medically necessary'."""
    k = i - 1
    while k >= 0 and w[k] in ("medically", "not", "be", "is", "are", "was", "were", "considered", "deemed", "been",
                              "will", "would", "cannot", "can", "no", "longer", "therefore", ",", "thus", "also",
                              "hence", "found", "to", "seem", "seems", "appear", "appears", "remain", "remains"):
        k -= 1
    return k >= 0 and w[k].isalpha() and w[k] not in ("therefore", "thus", "hence", "so", "and", "case", "this")


_COPULA_AND_MODALS = {"is", "are", "was", "were", "be", "been", "would", "could", "should", "might", "may", "will",
                      "can", "cannot", "must", "not", "does", "do", "did", "has", "have", "had"}


def _attached(w: list[str], i: int) -> tuple[int, int, bool] | None:
    """An action an evaluative word is said of: 'reasonable to deny', 'the denial is appropriate', 'it is
    not inappropriate that the MRI was non-certified'."""
    j = i + 1
    while j < len(w) and w[j] in (",", "then", "therefore", "also", "thus"):
        j += 1
    if j < len(w) and w[j] == "that" and any(x in ("it", "this") for x in w[max(0, i - 4):i]):
        for k in range(j + 1, len(w)):
            if w[k] in L.REVIEW_VERBS:
                return k, L.REVIEW_VERBS[w[k]], True
            if w[k] in L.ACTIONS and not _action_excluded(w, k):
                return k, L.ACTIONS[w[k]], w[k] not in L.WEAK_ACTIONS
    flip = 1
    for j in range(i + 1, min(len(w), i + 6)):
        if w[j] == "not" and w[j - 1:j] in (["for"], ["to"]):
            flip = -1  # "no basis for not authorising the injections"
            continue
        if w[j] in L.DENIAL_NOUNS and (verb := next((k for k in range(j + 1, min(len(w), j + 4))
                                                     if w[k] in L.REVIEW_VERBS), None)) is not None \
                and all(x in ("be", "is", "was", "should", "must", "now") for x in w[j + 1:verb]):
            return verb, L.REVIEW_VERBS[w[verb]], True  # "I recommend that the non-certification be overturned"
        if w[j] in L.ACTIONS and not _action_excluded(w, j):
            return j, flip * _action_sign(w, j), w[j] not in L.WEAK_ACTIONS
        if w[j] in L.REVIEW_VERBS:
            return j, flip * L.REVIEW_VERBS[w[j]], True
        if w[j] not in _SKIP_FWD:
            break
    copula = next((k for k in range(i - 1, max(-1, i - 4), -1) if w[k] in ("is", "are", "was", "were", "be")), i)
    for k in range(i - 1, -1, -1):
        if w[k] == "," and w[k + 1:k + 2] in (["and"], ["but"], ["or"], ["so"], ["yet"]):
            break  # "the UR decision is reversed, and the therapy, 4 sessions, is medically necessary"
        if w[k] == "," and not any(x in L.FINITE_VERBS for x in w[k + 1:copula]):
            continue  # "Non-certification of the injections, two of local anesthetic, is appropriate"
        if w[k] in (",", "that", "which", "because", "since"):
            break
        if k < copula and (w[k] in L.STANDS or (w[k] in L.FINITE_VERBS and w[k] not in _COPULA_AND_MODALS)
                           or (w[k] in L.REVIEW_VERBS and not w[k].endswith("ing"))):
            break  # "the denial stands and the therapy is not medically necessary", "the denial is upheld, the
            # injection being not medically necessary": another clause's verb
        if w[k] in L.ACTION_NOUNS and not _action_excluded(w, k):
            return k, L.ACTIONS[w[k]], True
        if k > 0 and w[k - 1] == "to" and (w[k] in L.ACTIONS or w[k] in L.REVIEW_VERBS):
            return k, L.ACTIONS.get(w[k], L.REVIEW_VERBS.get(w[k], 0)), True  # "the decision to deny"
        if (w[k] in L.REVIEW_VERBS or w[k] in L.ACTIONS) and w[k].endswith("ing"):
            return k, L.REVIEW_VERBS.get(w[k], L.ACTIONS.get(w[k], 0)), True  # "denying the request would be"
        if w[k] == "decision" and set(w[max(0, k - 3):k]) & _UR_QUAL:
            return k, -1, True
    return None


def _action_sign(w: list[str], j: int) -> int:
    """'approve only a weaning supply': a grant of something less than the request is a modification."""
    if L.ACTIONS[w[j]] == 1 and w[j + 1:j + 2] == ["only"] and w[j + 2:j + 3] in (["a"], ["an"], ["part"], ["some"]):
        return -1
    return L.ACTIONS[w[j]]


_HELD_NOT_REQUEST = {"view", "opinion", "line", "position", "belief", "denial", "decision", "determination",
                     "noncertification", "modification", "record", "worker", "patient"}


def _action_excluded(w: list[str], i: int) -> bool:
    x = w[i]
    if x == "hold" and w[i + 1:i + 2] != ["off"] and not (
            w[i + 1:i + 2] in (["the"], ["this"]) and w[i + 2:i + 3] and w[i + 2] not in _HELD_NOT_REQUEST):
        return True  # only "hold off on a TENS trial" and "hold the Flexeril" defer the request
    if x in ("authorization", "authorisation") and w[max(0, i - 2):i] == ["request", "for"]:
        return True
    if x in ("denies", "denied", "deny") and set(w[max(0, i - 3):i]) & _PERSON:
        return True
    if x in ("approved", "approval") and i > 0 and w[i - 1] == "fda":
        return True
    if x == "modification" and i > 0 and w[i - 1] in ("activity", "dose", "work", "lifestyle", "behavior", "diet",
                                                      "duty", "ergonomic", "workstation", "medication", "task"):
        return True
    return x == "certification" and i > 0 and w[i - 1] in ("board", "specialty")


_REQUIRED_SHOWING = {"explain", "show", "document", "demonstrate", "establish", "describe", "address", "clarify",
                     "justify", "specify", "state", "identify", "record", "indicate", "confirm", "provide"}
_EVIDENCE_MODIFIERS = {"imaging", "electrodiagnostic", "radiographic", "objective", "clinical", "documentary",
                       "evidentiary", "mri", "emg", "diagnostic", "corroborating", "literature", "scientific"}
_ALLOWANCE_VERBS = {"allows", "allow", "allowed", "permits", "permit", "permitted", "supports", "support", "supported",
                    "recommends", "recommend", "recommended", "authorizes", "authorized", "certified"}
_PROCESS_NOUNS = {"determination", "determinations", "decision", "decisions", "standard", "question", "issue",
                  "finding", "findings", "analysis", "process"}
_HEADS = {"reason", "reasons", "basis", "grounds", "rationale"}


def _heading(sent: Sentence, seg: Segment, i: int) -> bool:
    """A note heading that names the ruling: 'Reasons for non-certification:', 'Basis for denial:'."""
    w = [x for x in seg.words if x.isalnum()]
    return len(w) == 3 and w[0] in _HEADS and w[1] == "for" and seg.words[i] == w[2] and \
        sent.text[seg.tokens[-1].end:].lstrip().startswith(":")


def _bare_ruling(sent: Sentence, seg: Segment, i: int) -> bool:
    """A sentence that is only the ruling, in note style: 'Not supported.', 'Not warranted.'"""
    w = [x for x in seg.words if x.isalnum()]
    return len(sent.segments) == 1 and all(x in ("not", "medically", "clinically", "therefore", "thus", "hence", "so")
                                           for x in w if x != seg.words[i])


def _has_referent(w: list[str], i: int, refs: set[str]) -> bool:
    dummy = any(w[k] in ("it", "this") for k in range(max(0, i - 4), i)) and w[i + 1:i + 2] in (["to"], ["that"],
                                                                                              ["for"])
    rng = range(i + 1, len(w)) if dummy else range(len(w))
    return any((((w[k] in L.REFERENTS or w[k] in refs) and not (dummy and w[k] in L.PRONOUNS))
                or (w[k] == "use" and w[k - 1:k] in (["continued"], ["ongoing"], ["further"]))  # "continued use"
                or (w[k] == "more" and k > i and w[k + 1:k + 2] != ["than"] and w[k - 1:k] and (
                    w[k - 1].isdigit() or w[k - 1] in L.NUMBER_WORDS or w[k - 1] == "any"))  # "qualify for six more"
                or (w[k] == "one" and w[k - 1:k] in (["starting"], ["trying"], ["beginning"], ["prescribing"])))
               and k != i for k in rng)


def _generic(seg: Segment, w: list[str], i: int, refs: set[str], strong: bool = False,
             request: list[str] | None = None) -> bool:
    """A statement about the treatment in general: 'TPIs are recommended for myofascial pain syndrome'."""
    if seg.case or (request and (_quotes_request(w, request) or request_figures(w, request))):
        return False
    if w[:1] and w[0] in ("purchase", "rental", "continuation", "renewal", "refill") and w[1:2] == ["of"]:
        return False  # "Purchase of a TENS unit for chronic back pain is not supported": this request
    adverbs = any(x in L.GENERIC_ADVERBS for x in w)
    if strong and not adverbs:
        return False
    if any((x.isdigit() and len(x) == 4 and x[:2] in ("19", "20")) or x in _MONTHS for x in w):
        return False  # "an EMG performed in April 2016 already demonstrated ...", "an epidural injection given in
        # February": one dated event, not a class
    after = w[i + 1:i + 4]
    if after[:2] in (["for", "now"], ["for", "the"]) and (after[:2] == ["for", "now"] or after[2:3] in (
            ["moment"], ["present"], ["time"])):
        return False  # "manipulation is better withheld for now": when, not a class
    if not adverbs and after[:1] and after[0] in L.GENERIC_PREPS and after[1:2] in (["this"], ["her"], ["his"],
                                                                                   ["their"]):
        return False  # "NSAIDs are not supported for this type of knee pain": said of this worker
    qualified = adverbs or any(x in L.GENERIC_PREPS - {"as"} for x in after) or \
        (after[:1] == ["as"] and after[1:2] in (["an"], ["a"], ["part"], ["one"], ["adjunct"], ["option"])) or \
        any(x in ("for", "in", "with", "during") for x in w[:i])
    if not qualified:
        return False
    for k, x in enumerate(w[:i]):
        if x in L.REFERENTS or x in refs:
            j = k - 1
            while j >= 0 and w[j] in _NP_MODIFIERS:
                j -= 1  # "the cervical MRI", "this repeat lumbar injection"
            return (j < 0 or w[j] not in L.DETERMINERS) and x not in L.PRONOUNS
    return False


_MONTHS = {m for m in L.MONTHS if len(m) > 3} - {"sept", "march"}  # the months' full names ("may" and "march"
# are verbs more often than months)
_NP_MODIFIERS = {"cervical", "lumbar", "thoracic", "left", "right", "bilateral", "repeat", "requested", "proposed",
                 "additional", "further", "second", "third", "first", "current", "present", "planned", "new"}


def request_figures(w: list[str], request: list[str]) -> bool:
    """The clause gives the request's own figures ('twice weekly for four weeks'): it is about this request."""
    def figures(words: list[str]) -> set[int]:
        return {int(x) if x.isdigit() else L.NUMBER_WORDS.get(x, 2 if x == "twice" else 0) for x in words
                if x.isdigit() or x in L.NUMBER_WORDS or x == "twice"} - {0, 1}
    return bool(figures(w) & figures(request))


def _allowance_figure(w: list[str], i: int, request: list[str]) -> bool:
    """'12-18 visits where 9-10 are allowed', 'but only 6 are supported': a figure other than the request's,
    set against it, as the subject of the allowance verb at i."""
    k = i - 1
    while k >= 0 and w[k] in ("are", "is", "be", "were", "can", "may", "generally", "typically", "ever"):
        k -= 1
    while k >= 0 and w[k] in _UNIT_NOUNS:
        k -= 1
    end = k
    while k >= 0 and (w[k].isdigit() or w[k] in ("-", "to", "or") or w[k] in L.NUMBER_WORDS):
        k -= 1
    figure = w[k + 1:end + 1]
    return bool(figure) and (figure[-1].isdigit() or figure[-1] in L.NUMBER_WORDS) \
        and w[k:k + 1] in (["where"], ["whereas"], ["while"], ["only"], ["but"]) \
        and not request_figures(figure, request)


_UNIT_NOUNS = {"visits", "sessions", "treatments", "weeks", "days", "injections", "months"}


def _quotes_request(w: list[str], request: list[str]) -> bool:
    """The clause repeats the request's own words (three in a row, beyond the service's name)."""
    service = {"trigger", "point", "injection", "injections", "physical", "therapy", "mri", "of", "the", "to", "for"}
    grams = {tuple(request[j:j + 3]) for j in range(len(request) - 2) if set(request[j:j + 3]) - service}
    return any(tuple(w[j:j + 3]) in grams for j in range(len(w) - 2))


_QUANTIFIERS = {"every", "each", "all", "most", "many", "any", "some", "few", "typical", "usual", "average",
                "other", "such"}
_CLASS_NOUNS = {"patient", "patients", "complaint", "complaints", "case", "cases", "worker", "workers", "injury",
                "injuries", "condition", "conditions", "individual", "individuals", "people", "person", "persons",
                "claimant", "claimants", "situation", "situations", "presentation", "presentations", "population",
                "populations", "one", "everyone", "anyone", "adults", "employees", "sufferers", "instance",
                "instances", "setting", "settings"}
_GENERIC_PHRASES = (["in", "general"], ["as", "a", "rule"], ["in", "principle"], ["generally", "speaking"],
                    ["across", "the", "board"], ["in", "the", "abstract"])


def _for_a_class(w: list[str]) -> bool:
    """'for a homebound patient who ...', 'for a worker.': an indefinite patient, a kind of case."""
    for k in range(len(w) - 2):
        if w[k] == "for" and w[k + 1] in ("a", "an"):
            noun = next((q for q in range(k + 2, min(len(w), k + 5)) if w[q] in _CLASS_NOUNS), None)
            if noun is not None and all(y.isalpha() for y in w[k + 2:noun]) \
                    and w[noun + 1:noun + 2] in ([], ["."], ["who"], ["whose"], ["that"]):
                return True
    return False


def class_generic(w: list[str]) -> bool:
    """A statement about a class of patients or complaints ('for every neck complaint', 'in most patients',
    'in general'), not about this request."""
    if any(w[k:k + len(p)] == p for p in _GENERIC_PHRASES for k in range(len(w))):
        return True
    if set(w) & {"would", "could", "may", "might"} and "therefore" not in w and _for_a_class(w):
        return True  # "home health could be considered for a homebound patient who needed treatment at home"
    for k, x in enumerate(w):
        if x in _QUANTIFIERS and any(y in _CLASS_NOUNS for y in w[k + 1:k + 4]):
            if x in ("other", "such", "some", "any") and k > 0 and w[k - 1] in ("no", "not", "the", "this"):
                continue
            return True
    return False


_GENERIC_PREDICATES = {"reserved", "limited", "intended", "used", "restricted", "effective", "useful", "helpful",
                       "beneficial", "designed", "offered", "given", "performed", "considered"}


def generic_segment(seg: Segment, det: Determination) -> bool:
    """A clause about the treatment in general ('TPIs are reserved for myofascial pain syndrome with ...')."""
    w, refs, req = seg.words, service_words(det), _request_words(det)
    if any(x in _GENERIC_PREDICATES and w[i + 1:i + 2] in (["for"], ["to"]) and w[i + 2:i + 3]
           and w[i + 2] in _CLASS_NOUNS | {"those", "people", "individuals"} for i, x in enumerate(w)):
        return True  # "gastroprotection is reserved for those with a recognised risk profile"
    return any((x in L.EVALUATIVE or x in L.ACTIONS or (x in _GENERIC_PREDICATES and w[i + 1:i + 2] in (
        ["for"], ["to"], ["in"], ["as"], ["when"], ["only"], ["where"], ["if"]) and not _measured(w, i)))
               and _generic(seg, w, i, refs, _strong(w, i), req) for i, x in enumerate(w))  # but "a prior EMG in
    # August was technically limited"


def _measured(w: list[str], i: int) -> bool:
    """'flexion limited to 50 degrees', 'lifting restricted to 15 pounds': a finding with its measure."""
    return w[i + 1:i + 2] == ["to"] and w[i + 2:i + 3] != [] and (w[i + 2].isdigit() or w[i + 2] in L.NUMBER_WORDS)


def _strong(w: list[str], i: int) -> bool:
    x = w[i]
    if x in L.ACTIONS:
        return x not in L.WEAK_ACTIONS
    return x == "necessity" or (x in ("necessary", "unnecessary") and i > 0 and w[i - 1] == "medically")


def _request_words(det: Determination) -> list[str]:
    return list(_words_of(det.request))


@lru_cache(maxsize=64)
def _words_of(request: str) -> tuple[str, ...]:
    """The request's words, tokenized once per request rather than once per clause."""
    return tuple(t.text for t in tokenize(request) if t.text.isalnum())


def outcome_words(det: Determination) -> str:
    return "the request is not medically necessary" if det.outcome == "upheld" else "the request is medically necessary"


def reasons(det: Determination) -> str:
    """Why the determination came out as it did, for messages."""
    if det.outcome == "upheld":
        return "decisive: " + ", ".join(f"{c.id} {c.status}" for c in det.reasons)
    met = [c for c in det.criteria if c.decisive and c.status == "met"]
    return "every decisive criterion is met or does not apply (" + ", ".join(c.id for c in met) + ")"
