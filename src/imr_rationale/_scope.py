"""Negation scope inside a clause, and matching a lexicon's terms against a clause's tokens.

A term is negated by the nearest negator before it in its clause ("no evidence that the worker had
trigger points", "without radicular findings"), by a negation after it ("were not documented", "has
been ruled out", "is absent"), and by negators inside a loose match. Two negations cancel: "there is no
documentation that radiculopathy is absent" affirms radiculopathy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import _lexicon as L
from ._sentences import stem, tokenize

_BACK_STOP = {"but", "however", "although", "though", "whereas", "except", "despite", ";", ":", "while"}
_DOC_VERBS = {"document", "show", "demonstrate", "establish", "identify", "reveal", "describe", "note", "mention",
              "indicate", "support", "provide", "find", "record", "confirm", "report", "list", "elicit", "meet"}
_GAP_BAN = {",", ";", ":", ".", "request", "requests", "requested", "and", "or", "but", "which", "that", "who",
            "because", "since", "if", "unless", "(", ")"}
_NOT_NEGATORS_AFTER_NO = {"doubt", "question", "longer", "more", "less", "fewer", "greater", "later", "sooner",
                          "earlier", "higher", "lower"}
_AUX = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could",
        "will", "would", "may", "might", "should", "also", "clearly", "yet", "still", "ever", "either", "currently",
        "specifically", "actually", "consistently", "otherwise"}
# Words that, before a noun term in its clause, assert it of the case: "she has", "the exam revealed".
CUES_BEFORE = {"has", "have", "had", "having", "with", "carries", "carry", "carried", "meets", "satisfies", "shows",
               "showed", "shown", "show", "demonstrates", "demonstrated", "demonstrate", "reveals", "revealed",
               "reveal", "documents", "documented", "document", "notes", "noted", "found", "identified", "identifies",
               "exhibits", "exhibited", "reports", "reported", "complains", "complained", "diagnosed", "diagnosis",
               "diagnoses", "positive", "confirmed", "confirms", "confirm", "evidence", "presence", "includes",
               "mentions", "mentioned",
               "included", "suffers", "suffered", "presents", "presented", "underwent", "received", "taking", "takes",
               "uses", "using", "prescribed", "tried", "history", "post", "palpable", "palpated", "elicited", "record",
               "records", "describes", "described", "established", "establishes", "indicates", "indicated",
               "objective", "there", "experienced", "experiences", "experiencing", "consistent", "completed",
               "attended", "given", "gave", "granted", "performed", "after", "following", "active", "persistent",
               "ongoing", "signs", "findings", "documentation", "clear", "obvious", "evident", "existing",
               "underlying", "her", "his", "s/p", "prior", "previous", "recent", "known", "caused", "causes",
               "causing", "required", "requiring", "suggests", "suggested", "new", "report", "complain", "describe",
               "developed", "develops", "experience", "recorded"}
CUES_AFTER = {"satisfied", "fulfilled", "met", "present", "noted", "documented", "found", "identified", "seen",
              "elicited", "palpated", "confirmed",
              "demonstrated", "observed", "evident", "reported", "described", "shown", "exists", "exist",
              "existed", "showed", "shows", "revealed", "reveals", "persist", "persists", "persisted",
              "remain", "remains", "remained", "documents", "demonstrates", "recorded", "appreciated", "palpable",
              "established", "detected", "failed", "helped", "improved", "worsened", "occurred", "developed",
              "emerged", "continues", "continued", "resolved", "absent", "lacking", "missing", "excluded", "ruled",
              "normal", "abnormal", "unremarkable", "performed", "done", "obtained", "consistent", "inconsistent",
              "controlled", "relieved", "alleviated", "gave", "provided", "produced", "yielded", "brought",
              "afforded", "resulted"}  # "a prior injection gave only transient relief": it was had
# A term that carries its own predicate ("failed to respond", "surgery considered") asserts by being said.
SELF_ASSERTING = {"not", "no", "failed", "fail", "fails", "responded", "had", "has", "have", "respond", "considered",
                  "evident", "completed", "tolerates", "tolerate", "cannot", "intolerance",
                  "returned", "authorized", "tolerated", "reduced", "persisted", "unable", "did", "is", "are",
                  "documented", "present", "planned", "tried", "used", "obvious", "intolerant", "warranted",
                  "plateaued", "corroborated", "corroborates", "corroborate", "corroborating", "unresponsive",
                  "motivated", "homebound", "attended", "willing", "wants", "wishes", "eager",
                  "previously", "already",
                  "underwent", "received", "was"}


@dataclass(frozen=True)
class Match:
    key: str  # what matched (a fact name, a term)
    phrase: str  # the lexicon phrase
    first: int  # token indexes in the clause, inclusive
    last: int
    gaps: frozenset[int] = frozenset()  # tokens inside the match that are not the phrase's


@lru_cache(maxsize=4096)
def term_tokens(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase as the stems find_terms compares: read once per phrase, not once per clause."""
    return tuple(stem(t.text) for t in tokenize(phrase) if t.text not in ("-", "'"))


def find_terms(words: list[str], lexicon: dict[str, list[str]], max_gap: int = 2) -> list[Match]:
    """Occurrences of each key's phrases in the clause, longest first, non-overlapping per key."""
    stems = [stem(w) for w in words]
    present = set(stems)
    found: list[Match] = []
    for key, phrases in lexicon.items():
        taken: set[int] = set()
        for phrase in sorted(phrases, key=lambda p: -len(p)):
            toks = term_tokens(phrase)
            if not toks or toks[0] not in present:
                continue
            for i, s in enumerate(stems):
                if s != toks[0] or i in taken:
                    continue
                ext = _extend(stems, i, toks, max_gap if len(toks) > 1 else 0)
                if ext is not None and not taken & set(range(i, ext[0] + 1)):
                    found.append(Match(key, phrase, i, ext[0], frozenset(ext[1])))
                    taken |= set(range(i, ext[0] + 1))
        for phrase in phrases:
            toks = term_tokens(phrase)
            if len(toks) == 2 and toks[0].endswith(_QUALITY_ENDINGS) and toks[0] in present and toks[1] in present:
                for i in range(len(stems) - 2):
                    j = _predicative(words, stems, i, toks) if stems[i] == toks[1] else None
                    if j is not None and not taken & set(range(i, j + 1)):
                        found.append(Match(key, phrase, i, j, frozenset(range(i + 1, j))))
                        taken |= set(range(i, j + 1))
    return sorted(found, key=lambda m: m.first)


_QUALITY_ENDINGS = ("ic", "al", "ar", "ive", "ous")  # "neuropathic pain", "radicular pain", "myofascial pain"
COPULAS = {"is", "was", "are", "were", "seems", "seemed", "appears", "appeared", "remains", "remained", "sounds"}
_DEGREE = {"not", "clearly", "predominantly", "primarily", "mainly", "purely", "largely", "entirely", "truly", "also",
           "still", "plainly", "essentially", "mostly", "partly", "wholly", "never"}


def _predicative(words: list[str], stems: list[str], i: int, toks: tuple[str, ...]) -> int | None:
    """'her low back pain is neuropathic in character': the term 'neuropathic pain' said with a copula. The index
    of the adjective, or None."""
    j = i + 1
    if words[j] not in COPULAS:
        return None
    j += 1
    while j < len(words) and words[j] in _DEGREE and j < i + 5:
        j += 1
    return j if j < len(words) and stems[j] == toks[0] else None


def _extend(stems: list[str], i: int, toks: tuple[str, ...], max_gap: int) -> tuple[int, set[int]] | None:
    pos, gaps = i, set()
    for t in toks[1:]:
        j, gap = pos + 1, 0
        while j < len(stems) and stems[j] == "-":
            j += 1
        while j < len(stems) and stems[j] != t and gap < max_gap and stems[j] not in _GAP_BAN:
            gaps.add(j)
            j, gap = j + 1, gap + 1
        if j >= len(stems) or stems[j] != t:
            return None
        pos = j
    return pos, gaps


_DOUBT = {"doubt", "doubts", "question", "questions", "dispute", "disputed", "questioned", "contest", "challenge",
          "discount", "disbelieve"}
_AFFIRMING_IDIOMS = (["in", "question"], ["in", "doubt"], ["disputed"], ["contested"], ["questioned"], ["debated"],
                     ["in", "dispute"])


_RECORD_VERBS = {"support", "supports", "supported", "substantiate", "substantiates", "corroborate", "corroborates",
                 "confirm", "confirms", "establish", "establishes", "bear", "bears"}
_RECORD_NOUNS = {"record", "records", "documentation", "examination", "exam", "findings", "chart", "notes", "history",
                 "file", "evidence", "imaging", "testing", "reports", "report"}


def is_negator(words: list[str], k: int, for_term: bool = True) -> bool:
    w = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if w in ("not", "never") and any(words[k + 1:k + 1 + len(i)] == i for i in _AFFIRMING_IDIOMS):
        return False
    if w in ("no", "not", "never", "cannot") and set(words[k + 1:k + 4]) & _DOUBT:
        return False  # "no reason to doubt", "not in dispute": the negation cancels a doubt
    if w in ("nor", "neither") and words[k + 1:k + 3] in (["is", "there"], ["was", "there"]) \
            and set(words[k + 3:k + 5]) & _DOUBT:
        return False  # "nor is there any doubt about motivation"
    if w in ("nor", "neither") and words[k + 1:k + 2] in (["is"], ["was"], ["are"]) and any(
            words[q:q + len(i)] == i for q in range(k + 2, min(len(words), k + 7)) for i in _AFFIRMING_IDIOMS):
        return False  # "nor is motivation in doubt"
    if w in ("not", "never") and for_term and nxt in _RECORD_VERBS and set(words[max(0, k - 4):k]) & _RECORD_NOUNS:
        return True  # "the record does not support a diagnosis of X": X is not shown
    q = k + 1 + next((len(p) for p in (["the", "case", "that"], ["true", "that"]) if words[k + 1:k + 1 + len(p)] == p),
                     0)  # "it is not the case that every ingredient ..."
    if w == "not" and for_term and words[q:q + 1] and words[q] in ("every", "each", "all") \
            and "of" in words[q + 1:q + 4]:
        return False  # "not every ingredient of LidoPro is recommended": the quantifier is denied, not LidoPro
    if w in ("not", "never"):
        return not (for_term and nxt in L.NOT_TERM_NEGATION_NEXT)
    if w in ("no", "nothing", "none") and (nxt == "but" or words[k + 1:k + 3] in (["other", "than"],
                                                                            ["else", "but"], ["short", "of"])):
        return False  # "no other than", "nothing other than local anesthetic": an identity, not a negation
    if w == "no":
        if nxt in ("earlier", "later", "prior", "previous") and words[k + 2:k + 3] != ["than"]:
            return True  # "no earlier course of therapy"; but "no earlier than May" is a date
        if for_term and nxt in ("less", "fewer", "lower", "smaller") \
                and words[k + 2:k + 3] not in (["than"], [","], ["."], []):
            return True  # "he is taking no less hydrocodone": no reduction; but "no less than 12 visits" is a count
        return nxt not in _NOT_NEGATORS_AFTER_NO
    if w in ("fail", "fails", "failed") and nxt == "to":  # "failed to document", "has failed to persist beyond"
        return words[k + 2] in _DOC_VERBS | {"persist", "last", "continue"} if k + 2 < len(words) else False
    if for_term and w == "unwilling" and nxt == "to":
        return True  # "she is unwilling to consider surgery"; "not unwilling" affirms it
    if w == "unable" and nxt == "to":
        return words[k + 2] in _DOC_VERBS if k + 2 < len(words) else False
    if w == "ruled" and nxt == "out":
        return True
    if for_term and ((w == "than" and k > 0 and words[k - 1] == "rather") or (w == "of" and k > 0
                                                                             and words[k - 1] == "instead")):
        return True  # "tenderness rather than trigger points": the term is what the record does not show
    if for_term and w in ("omit", "omits", "omitted", "omitting", "overlooks", "overlooked"):
        return True  # "the evaluation omitted baseline testing"
    if for_term and w in ("abandoned", "stopped", "discontinued", "quit", "ceased", "dropped") \
            and nxt in ("her", "his", "the", "their", "a", "an", "all"):
        return True  # "she stopped her home exercise program"; "has not abandoned her home exercise program" affirms
    if for_term and w == "poorly" and k + 1 < len(words) and words[k + 1].endswith("ed"):
        return True  # "poorly localized": not localized
    if for_term and w in ("unsupported", "unsubstantiated", "uncorroborated", "unaccompanied") and nxt == "by":
        return True  # "unsupported by any documented inability to exercise at home": none is documented
    if for_term and w == "excluded" and k > 0 and words[k - 1] in ("has", "have", "had"):
        return True  # "the spine surgeon has excluded surgery"
    if for_term and w in ("before", "until") and nxt == "any":
        return True  # "20 sessions were requested before any program sessions were completed": none were
    if for_term and w == "devoid" and nxt == "of":
        return True  # "an examination devoid of radicular signs"
    if for_term and w == "short" and nxt == "of":
        return True  # "falls short of unequivocal findings of nerve compromise"
    if for_term and w == "missing" and nxt in ("any", "a", "an", "the", "evidence", "documentation"):
        return True  # "missing any documentation of X"
    if w in ("missing", "lacking", "absent") and words[max(0, k - 2):k] == ["what", "is"]:
        return True  # "what is missing is documentation of trigger points"
    if w == "far" and nxt == "from" and k > 0 and words[k - 1] in COPULAS | {"be", "been"}:
        return True  # "the radiculopathy is far from clinically obvious"
    if w in ("silent", "silence") and nxt in ("on", "about", "regarding", "as"):
        return True  # "the record is silent on X", "the record's silence on failed medical management"
    if for_term and w in ("denies", "denied", "avoid", "avoids", "avoiding", "unclear", "uncertain", "free", "against",
                          "negative", "absent", "excludes", "excluding", "nor", "neither"):
        if w in ("excludes", "excluding") and not set(words[max(0, k - 6):k]) & _RECORD_NOUNS:
            return False  # "which excludes the whole compound": ruled out by the guideline, not absent
        return (w not in ("free", "negative") or nxt in ("of", "for")) and not (w == "denied" and k > 0
                                                                               and words[k - 1] in ("was", "were"))
    return w in {"none", "without", "nothing", "absence", "lack", "lacks", "lacking", "cannot", "neither", "nor",
                 "nowhere"}  # "nowhere does the record show that she is motivated"


_SUBJECT_DETS = {"this", "the", "her", "his", "their", "our"}
_CLAUSE_AUX = {"is", "was", "has", "had", "does", "did", "cannot"}


def _bare_subject(words: list[str], c: int) -> bool:
    """'suggests he is not tolerating ...', 'does not mean this worker is without ...': a that-clause whose 'that'
    is left out, opening on its subject and its verb."""
    if words[c] in ("he", "she", "they"):
        return words[c + 1:c + 2] != [] and words[c + 1] in _CLAUSE_AUX
    return words[c] in _SUBJECT_DETS and words[c + 1:c + 2] != [] and words[c + 1].isalpha() \
        and words[c + 2:c + 3] != [] and words[c + 2] in _CLAUSE_AUX


# Verbs whose negation says nothing of their subject's existence: "failed medications do not make up for it".
_OTHER_VERBS = {"contain", "include", "make", "mean", "change", "alter", "outweigh", "offset", "override", "amount",
                "equal", "matter", "lack",
                "bear", "apply", "affect", "negate", "excuse", "compensate", "substitute", "replace", "cure", "fix",
                "explain", "account", "satisfy", "suffice", "qualify", "lasted", "last", "lasting", "controlled",
                "control", "helped", "help", "relieved", "relieve", "improved", "worked", "alleviated", "resolved",
                "settled", "subsided", "abated", "cleared", "eased", "reached", "reach", "exceeded", "passed",
                "moved", "move", "progressed", "advanced", "changed", "follow", "follows", "fit", "fits", "match",
                "matches", "conform", "conforms", "carry", "carries", "avoid", "avoids", "escape", "escapes"}
_PROPERTIES = {"diffuse", "widespread", "generalized", "generalised", "severe", "mild", "recent", "new", "acute",
               "chronic", "isolated", "focal", "localized", "localised", "bilateral", "constant", "intermittent"}
_RESULTS = {"positive", "negative", "consistent", "inconsistent", "normal", "abnormal"}  # "the screen was not
# positive for anything else": a result of something that was done
_PRED_FOLLOW = {"on", "in", "at", "from", "with", "and", "or", "but", "bilaterally", "throughout", "today", "here",
                "there", "as", "per", "by", "since", "because", "so", "out", "for", "to", "when", "after", "before"}
_COPULA = {"is", "are", "was", "were", "be", "been", "being"}


def _state_word(w: str) -> bool:
    """Words after 'is not' that deny the thing itself: 'not present', 'not documented', 'not in evidence'."""
    if w.startswith("un") and w.endswith("ed") and w[2:] not in L.PRESENCE_WORDS:
        return False  # "his constipation is not unmanaged": how it is handled, not whether it is there
    return w in L.PRESENCE_WORDS or w.endswith("ed") or w in ("in", "there", "evident", "apparent", "clear",
                                                              "obvious", "appreciable", "palpable", "seen")


_ASIDES = {"however", "therefore", "though", "then", "moreover", "furthermore", "also"}
_PRIVATIVES = {"without", "no", "lacking", "lack", "lacks", "lacked", "missing", "silent", "absence", "free", "devoid",
               "poorly", "abandoned", "stopped", "discontinued", "quit", "ceased", "dropped", "fail",
               "fails", "failed", "omit", "omits", "omitted", "overlooked", "unwilling"}
_CAUSAL = {"explained", "caused", "accounted", "attributed", "attributable", "due", "related", "secondary",
           "owing", "explicable", "explainable", "better", "other", "rather", "produced", "driven"}
_PARENTHETICAL = {"by", "in", "at", "on", "for", "however", "therefore", "alone", "though", "of", "as", "even",
                  "thus", "moreover", "furthermore", "also", "again", "certainly", "clearly", "indeed", "of course"}


_CLAUSE_VERBS = {"found", "identified", "confirmed", "showed", "shows", "noted", "elicited", "detected", "takes",
                 "uses", "reports", "denies", "works", "attends", "performs", "complains", "walks", "drives", "lives",
                 "keeps", "continues", "remains", "goes", "gets", "wants", "tolerates", "describes", "made", "makes",
                 "avoids"}


_REPORT_VERBS = {"reviews", "records", "notes", "documents", "lists", "describes", "reports", "mentions", "shows"}
_PERSONS = {"man", "woman", "worker", "patient", "claimant", "employee", "individual", "gentleman", "lady", "male",
            "female", "he", "she", "him", "her"}
_SUBORDINATORS = {"when", "whenever", "if", "unless", "once", "because", "since", "where"}


def object_of_on(words: list[str], first: int) -> bool:
    """The term is the object of 'on' after a noun: 'complaints on naproxen' (but 'not on naproxen',
    'remains on naproxen' say whether she takes it)."""
    k = first - 1
    return k > 0 and words[k] == "on" and words[k - 1].isalpha() and words[k - 1] not in _AUX \
        and words[k - 1] not in ("not", "never", "remains", "remain", "stays", "kept", "started", "placed") \
        and words[k - 1] not in _PARTICLE_VERBS and words[k - 1] not in ("and", "or", "nor", "but") \
        and not is_negator(words, k - 1)  # "silent on his activities and on urine drug testing": a list of 'on's


_PARTICLE_VERBS = {"carry", "carries", "carried", "go", "goes", "went", "keep", "keeps", "move", "moves", "moved",
                   "hold", "holds", "held", "press", "presses", "pressed", "push", "pushes", "pushed"}  # "could not
# carry on independently": 'on' is the verb's, not a preposition


def back_negator(words: list[str], start: int, skip: set[int] | None = None, reach: int = 15) -> int | None:
    """The nearest negator before token `start` in the clause, if one governs it. A negator before a
    comma governs a term after it only across a disjunctive list ('no red flags, deficits or ...') or a
    parenthetical ('not, by itself, evidence of ...')."""
    k, steps = start - 1, 0
    commas: list[int] = []
    disjunctive = any(w in ("or", "nor") for w in words[max(0, start - reach):start + 20])
    if set(words[max(0, start - 3):start]) & {"or", "nor"} and "," in words[max(0, start - 12):start]:
        reach += 10  # "does not document his activities, any monitoring, or a urine drug screen", "no documentation
        # of his activities, of aberrant-behaviour monitoring or of any urine drug screen"
    of_item = False
    while k >= 0 and steps < reach:
        if (words[k] in _BACK_STOP or words[k] in _SUBORDINATORS) \
                and not (of_item and words[k] in ("that", "which") and words[k - 1:k] != [","]):
            return None  # "testing adds nothing when the radiculopathy is clinically obvious"; but "no documentation
            # of a course of care that failed, of failure to progress in a strengthening program": the relative
            # clause belongs to the first item of the list
        if words[k] == "," and words[k + 1:k + 2] in (["of"], ["on"], ["about"], ["regarding"]) and k + 1 < start:
            of_item = True
            reach += 6  # "no documentation of a course of care that failed to help, of a failed strengthening
            # program, or of a planned procedure", "silent on his activities, on aberrant behaviour and on drug
            # screening": each item with its own preposition is one more of the list
        if words[k] == "that" and (words[k + 1:k + 2] in (["he"], ["she"], ["it"], ["they"], ["there"])
                                   or words[k - 1:k] in (["untrue"], ["true"], ["false"], ["incorrect"])):
            return None  # "nor is it untrue that he is homebound", "it is not untrue that conservative care has
            # failed": a clause of its own, for outer_negation
        if words[k] in ("given", "considering") and words[k - 1:k] == [","]:
            return None  # "nor is a focal component absent, given the documented numbness": the reason is had
        if words[k] in ("in", "for") and words[k + 1:k + 2] in (["this"], ["the"], ["a"]) \
                and words[k + 4:k + 7] == ["year", "-", "old"]:
            return None  # "none of those is present in this 42-year-old taking a single NSAID": who, not what
        if words[k] == "with" and k > 0 and (words[k - 1] in _PERSONS or words[k - 2:k] == ["-", "old"]) \
                and any(x in L.FINITE_VERBS for x in words[:k]):
            return None  # "no trial is recorded for this 52-year-old with chronic back pain": who the person is
        if words[k] in ("confirm", "corroborate", "prove", "establish", "substantiate", "support", "explain",
                        "reconfirm", "verify") \
                and k > 0 and words[k - 1] == "to":
            return None  # "no nerve root contact to confirm a radiculopathy": the radiculopathy is not denied
        if words[k] in ("before", "after", "since", "following") and k + 1 < start \
                and all(x.isalnum() for x in words[k + 1:start]) and words[k + 1] not in ("any", "ever"):
            return None  # "had no muscle relaxant before the March 2015 flare": the time is presupposed, not denied;
            # but "requested before any sessions were completed" denies them
        if k + 1 == start and object_of_on(words, start):
            return None  # "no stomach complaints on naproxen": the negation is the complaints', not the drug's
        if words[k] == "and" and k > 0 and words[k - 1] == "," and words[k + 1:k + 2] in (["a"], ["an"], ["the"],
                                                                                         ["his"], ["her"]):
            return None  # "no twitch response or referred pain, and a radicular component is diagnosed"
        if words[k] == "and" and any(
                words[q] in ("absence", "lack") and words[q - 1:q] == [","] and words[:q].count(",") >= 2
                for q in range(max(1, k - 4), k)):
            return None  # "the duration, failed medical management, absence of radiculopathy and local anesthetic
            # injectate are all documented": the absence is one item of the list, and the last item is its own
        if words[k] == "and" and "without" in words[max(0, k - 4):k] \
                and set(words[start + 1:start + 4]) & {"was", "were", "is", "are", "has", "have"}:
            return None  # "9/10 without medication and side effects were reviewed": a new clause with its own verb
        if words[k] == "and" and words[k + 1:k + 2] != [] and words[k + 1] in _REPORT_VERBS and k + 1 < start:
            return None  # "9/10 without medication and reviews side effects": a new verb, outside the negation
        if words[k] == "and" and (words[k + 1:k + 2] in (["a"], ["an"], ["the"], ["her"], ["his"], ["mild"],
                                                          ["moderate"], ["severe"], ["some"], ["occasional"],
                                                          ["tolerable"], ["ongoing"], ["managed"], ["only"])
                                   or (words[k + 1:k + 2] and (words[k + 1].isdigit()
                                                               or words[k + 1] in L.NUMBER_WORDS))) \
                and k + 1 < start \
                and any(is_negator(words, q) for q in range(max(0, k - 4), k)):
            return None  # "absence of radiculopathy and a local anesthetic injectate": the negation stays with its NP
        if words[k] == "and" and words[k + 1:k + 2] in (["addressed"], ["completed"], ["resolved"], ["controlled"]) \
                and any(is_negator(words, q) for q in range(max(0, k - 6), k)):
            return None  # "the absence of a surgical option and addressed negative predictors": a new NP
        if words[k] in ("and", "or") and k > 0 and words[k - 1].endswith("ed") and k - 1 != start - 1 \
                and words[k + 1:k + 2] in (["as"], ["to"], ["for"], ["with"]):
            return None  # "when medication is not tolerated and as an adjunct": a new conjunct
        if words[k] == "and" and k > 1 and words[k - 1] in ("absent", "excluded") and words[k - 2] in _COPULA:
            return None  # "since radiculopathy is absent and stretching, therapy and medications have failed": the
            # 'absent' closes its own clause
        if words[k] in ("and", "but") and words[k + 1:k + 2] and (words[k + 1] in L.FINITE_VERBS
                                                                 or words[k + 1] in _CLAUSE_VERBS):
            return None  # "she avoids lifting and has made no progress", "... and keeps up her exercises"
        if words[k] == "than" and k > 0 and words[k - 1] == "rather" and (skip is None or k not in skip):
            return k if not commas or disjunctive else None  # "tenderness rather than trigger points"; but not
            # "... rather than trigger points, and her radiculopathy rules it out"
        if words[k] == "than" and k > 0 and words[k - 1] in ("less", "fewer", "lower", "shorter") \
                and (skip is None or k not in skip) and not commas and words[k - 2:k - 1] != ["not"]:
            return k  # "30% relief for 3 weeks, less than the 50% relief and reduced medication use needed": the
            # standard, which the case falls short of
        if words[k] in ("by", "to", "from", "than") and k > 0 and words[k - 1] in _CAUSAL:
            return None  # "a finding not explained by her radiculopathy": the cause is presupposed
        if words[k] == "," and "neither" in words[max(0, k - reach):k] and "nor" in words[k + 1:k + 14]:
            commas.append(k)  # "neither a failed trial, a failed strengthening program nor a planned procedure"
            k, steps = k - 1, steps + 1
            continue
        if words[k] == "," and k >= 2 and words[k - 2] in ("a", "an", "the", "any", "no") \
                and _adjective(words[k - 1]) and words[k + 1:k + 2] and _adjective(words[k + 1]):
            k, steps = k - 1, steps + 1
            continue  # "nor is a recent, failed trial documented": a comma between two adjectives
        if words[k] in (",", "and") and (words[k + 1:k + 3] in (["a", "single"], ["only", "one"], ["just", "one"])
                                or (words[k + 1:k + 2] == ["one"] and k + 2 == start)):
            return None  # "no ulcer, no aspirin, a single NSAID not at high dose": a count had, not denied
        if words[k] == ",":
            rest = words[k + 1:]
            stop = next((q for q, x in enumerate(rest) if x in (",", ";", ":")), len(rest))
            if any((x in L.FINITE_VERBS or x in _CLAUSE_VERBS)
                   and not (x.endswith("ed") and q > 0 and rest[q - 1] in ("a", "an", "the", "no", "any", "of", "with"))
                   for q, x in enumerate(rest[:stop])) \
                    and any(x in L.FINITE_VERBS or x in _CLAUSE_VERBS for x in words[max(0, k - 8):k]):
                return None  # "without gains, screening found fear-avoidance": a new clause after the comma
            commas.append(k)
        if words[k] in ("fail", "fails", "failed") and words[k + 1:k + 2] == ["to"] and k + 2 == start:
            return k  # "has failed to return to work": the term is what failed to happen
        if words[k] == "short" and set(words[k + 2:start]) & {"for", "to", "in", "with", "at", "on", "by"}:
            k, steps = k - 1, steps + 1
            continue  # "falls short of the threshold for a repeat injection": the threshold, not the term
        if (skip is None or k not in skip) and is_negator(words, k):
            if words[k] == "not" and words[k + 1:k + 2] in (["in"], ["at"], ["within"], ["along"]) \
                    and any(x in L.FINITE_VERBS and x.endswith("s") for x in words[k + 2:start]):
                return None  # "sensory change not in a clear dermatome suggests focal dysfunction": the 'not' is
                # inside the subject, and the verb after it asserts
            if words[k] in ("absent", "missing") and words[k - 1:k] in (["an"], ["a"], ["the"]) \
                    and set(words[k + 1:start]) & {"and", "match", "matches", "with"}:
                return None  # "an absent right Achilles reflex and MRI evidence of S1 nerve root compression"
            if words[k] == "not" and words[k - 1:k] == [","] and len(commas) == 1:
                return None  # "the patch, not a cream or gel, is the only lidocaine form": the aside's own 'not'
            aside = len(commas) % 2 == 0 and commas and words[commas[-1] + 1] in _PARENTHETICAL
            listed = (words[k] in ("silent", "silence", "devoid", "lacks", "lacking", "excludes", "denies")
                      or words[max(0, k - 2):k] == ["what", "is"]) and "and" in words[k:start + 12]
            # "the record is silent on activities of daily living, aberrant behavior and drug testing", "his history
            # excludes ulcer, bleeding, aspirin and steroids"
            return k if not commas or disjunctive or aside or listed or of_item or words[k] == "nor" else None
        k, steps = k - 1, steps + 1
    return None


def _adjective(w: str) -> bool:
    return w.isalpha() and (w.endswith(("ed", "ent", "al", "ive", "ous", "ful", "able", "ible", "ic", "ate", "ior"))
                            or w in ("prior", "recent", "formal", "adequate", "long", "short", "brief", "full"))


def outer_negation(words: list[str], start: int, inner: int | None) -> bool:
    """'It cannot be said that ...', 'there is no documentation that ...': a negated head over the
    clause the term is in (unless that head is the term's own nearest negator)."""
    if inner is not None and words[inner] in ("no", "not", "without") and (
            (words[inner - 1:inner] in (["and"], ["or"]) and ("," in words[max(0, inner - 2):inner] or (
                words[inner] == "no" and words[inner - 2:inner - 1] != [] and words[inner - 2] in L.FINITE_VERBS
                | {"failed", "tried", "documented"})))
            or (words[inner - 1:inner] == [","] and words[inner] == "no")):  # "no documentation that management
        # has failed and no stated injectate": the second "no" heads a conjunct of its own
        return False  # "no documentation that care has failed, and no documented plan for a procedure": a conjunct
        # with its own negation, outside the earlier that-clause
    for c in range(start - 1, max(-1, start - 30), -1):
        if words[c] in ("though", "if") and words[c - 1:c] == ["as"]:
            return any(is_negator(words, h, for_term=False) and h != inner for h in range(max(0, c - 5), c - 1))
            # "it is not as though she has never had therapy"
        if words[c] == "since" and words[c + 1:c + 2] != [] and (words[c + 1].isdigit() or words[c + 1] in L.MONTHS):
            continue  # "the 12 visits completed since June 2014": a date, not a reason
        if words[c] in _BACK_STOP or (words[c] in _SUBORDINATORS and words[c - 1:c] not in (["case"], ["situation"])) \
                or (words[c] in ("for", "as", "given", "considering") and c > 0 and words[c - 1] == ","):
            return False  # "it is not that X, for tingling does suggest ...", "nor can it be said she is free of
            # radicular pain, given her diagnosis of radiculopathy": the reason is asserted
        if words[c] == "and" and words[c - 1:c] == [","] and words[c + 1:c + 2] in (["the"], ["this"], ["these"]) \
                and any(x in L.FINITE_VERBS for x in words[c + 2:start + 1]):
            return False  # "no documentation shows that she cannot go on alone, and the amount requested exceeds
            # the 9-10 visits": a clause of its own, with its own subject and verb
        if words[c] == "that" and c > 0 and words[c - 1].isalpha() and words[c - 1] not in L.NEGATED_COMPLEMENT_HEADS \
                and words[c + 1:c + 2] and words[c + 1] in ("is", "are", "was", "were", "has", "have", "had"):
            return False  # "does not describe any finding that is not explained by ...": a relative clause
        if words[c] == "that" and words[c - 1:c] in (["or"], ["and"]):
            first = next((q for q in range(c - 2, max(-1, c - 25), -1) if words[q] == "that"
                          or words[q] in (";", ":", ".")), None)
            if first is not None and words[first] == "that":
                return outer_negation(words, first + 1, inner)  # "nothing suggests that the pain is too recent or
                # that medication has not been tried": the second complement shares the first one's head
        if words[c] == "that" and c > 0 and words[c - 1] in ("nor", "not") and c - 1 != inner \
                and words[c + 1:c + 2] and (words[c + 1].isdigit() or words[c + 1] in (
                    "the", "a", "an", "he", "she", "it", "there", "this", "his", "her", "they", "these")):
            return True  # "it is not that the flare is undocumented, nor that 8 visits would exceed the allowance"
        if words[c] == "that" and words[c + 1:c + 2] and words[c + 1] in ("every", "each", "all") \
                and "of" in words[c + 2:c + 5] and "of" in words[c + 2:start]:
            return False  # "it is not the case that every ingredient of LidoPro is recommended": the quantifier
        if words[c] in ("that", "whether") or (words[c] in ("where", "in") and words[c - 1:c] in (["case"],
                                                                                           ["situation"])) \
                or (c > 1 and words[c - 1] in L.NEGATED_COMPLEMENT_HEADS
                    and (words[c - 1].endswith("s") or (words[c - 1] in ("mean", "imply")
                                                        and words[c - 2] in ("not", "never")))
                    and _bare_subject(words, c) and "," not in words[c:start]):
            # "nothing in the record suggests he is not tolerating naproxen": a that-clause without its "that"
            if words[max(0, c - 3):c] in (["it", "is", "not"], ["it", "was", "not"], ["this", "is", "not"]):
                return c - 1 != inner  # "it is not that the record is silent on analgesia"
            if c > 0 and words[c - 1] in ("untrue", "false", "incorrect", "inaccurate"):
                negated = any(is_negator(words, h, for_term=False) for h in range(max(0, c - 5), c - 1))
                return not negated  # "it is untrue that X"; but "nor is it untrue that he is homebound"
            lo, near = c - 9, c - 2  # "it is not the case that", "nor is this a case where", "nor does it contain
            # ... show that"; the head sits next to its "that": not "nothing suggests radiculopathy and that finding"
            if c >= 3 and words[c - 1] == "," and words[c - 2] in _ASIDES and words[c - 3] == ",":
                lo, near = lo - 3, near - 3  # "it is not the case, however, that ..."
            if c >= 5 and words[c - 2:c] == ["the", "case"] and words[c - 3] == "," and words[c - 4] in _ASIDES:
                lo -= 3  # "it is not, however, the case that ..."
            for h in range(c - 1, max(-1, lo), -1):
                if inner is not None and h < inner < c and words[inner] in ("no", "not") \
                        and "," in words[h:inner]:
                    return False  # "trigger points are not documented, there is no documentation that stretching
                    # ... failed": the "no" before the that-clause is its head, and the earlier "not" another clause's
                if words[h] in ("fail", "fails", "failed") and set(words[max(0, h - 2):h]) & {"not", "never"}:
                    return False  # "the record does not fail to show that management was tried": it shows it
                if h != inner and is_negator(words, h, for_term=False) \
                        and not (inner is not None and _privative_denied(words, inner) == h) \
                        and not (words[h] == "neither" and inner is not None and words[inner] == "nor") \
                        and any(x in L.NEGATED_COMPLEMENT_HEADS for x in words[max(h, near):c]):
                    # "neither ... nor shows that": one negation
                    return _privative_denied(words, h) is None  # "does not lack evidence that": affirmed
            return False
    return False


_APPOSITION_HEADS = {"the", "a", "an", "its", "their", "one", "both", "each", "criterion", "requirement", "item"}


def _list_tail_end(words: list[str], j: int) -> int | None:
    """The index of the verb after the rest of a list that opens at j: ', NSAIDs and muscle relaxants is ...'."""
    if words[j:j + 2] == ["such", "as"] or words[j:j + 1] in (["including"], ["like"]) \
            or (words[j:j + 1] == ["with"] and "," in words[j + 1:j + 4]):
        j += 1 if words[j] != "such" else 2  # "failure of medical management such as stretching, NSAIDs and ... is",
        # "failed medical management with stretching, NSAIDs and muscle relaxants is not documented"
        for q in range(j + 1, min(len(words), j + 20)):
            if words[q] in _AUX or words[q] in ("not", "never"):
                return q if not {x for x in words[j:q] if x not in L.FAILURE_TO} & (L.FINITE_VERBS | {"no"}) \
                    else None  # "... and muscle relaxants to control the pain is not documented"
        return None
    if words[j:j + 1] in (["on"], ["during"], ["while"], ["from"], ["in"], ["at"]):
        c = next((q for q in range(j + 1, min(len(words), j + 6)) if words[q] == ","), None)
        if c is not None and all(x.isalpha() and x not in L.FINITE_VERBS for x in words[j + 1:c]):
            j = c  # "his activities of daily living on the medication, monitoring ... are not documented": past the
            # first item's own phrase
    if words[j:j + 1] != [","]:
        return None

    def verb(q: int) -> bool:  # "a failed strengthening program": a participle after its article is no verb
        return (words[q] in L.FINITE_VERBS or words[q] in _CLAUSE_VERBS) and words[q - 1] not in ("a", "an", "the",
                                                                                                  "no", "any")

    for q in range(j + 1, min(len(words), j + 16)):
        if words[q] in _AUX or (words[q] in ("not", "never") and words[q + 1:q + 2] and _state_word(words[q + 1])):
            tail = words[j + 1:q]  # "..., NSAIDs and muscle relaxants is not" or, in notes, "... not documented"
            serial = any(tail[r:r + 2] in ([",", "and"], [",", "or"]) for r in range(len(tail))) or (
                q < j + 14 and any(tail[r] in ("and", "or") and tail[r + 1:r + 2] in (["a"], ["an"], ["any"])
                                   for r in range(len(tail))))  # "..., a failed strengthening program and a
            # planned invasive procedure are all undocumented": items with their own articles
            single = (tail.count("and") + tail.count("or")) == 1 and q < j + 14 \
                and tail[0] not in ("the", "a", "an", "his", "her", "this", "that", "these")  # "his ADLs,
            # monitoring for aberrant drug-taking behaviour and urine drug screening are also not documented"
            return q if ("and" in tail or "or" in tail) and tail[0] not in ("and", "or", "but") \
                and (q < j + 10 or serial or single) \
                and not any(verb(r) or words[r] in ("not", "no") for r in range(j + 1, q)) else None
            # a longer tail only as a serial list: "..., any monitoring for aberrant behaviour, and a urine drug
            # screen are absent"
        if verb(q) or words[q] in (";", ":", "which", "that"):
            return None
    return None


def _apposition_end(words: list[str], j: int) -> int | None:
    """The index after an apposition that opens at j: ', the first requirement on page 122, are ...'."""
    if words[j:j + 1] != [","] or words[j + 1:j + 2] == [] or words[j + 1] not in _APPOSITION_HEADS | _EXAMPLE_OPENERS:
        return None
    for k in range(j + 2, min(len(words) - 1, j + 10)):
        if words[k] == ",":
            inside = words[j + 1:k]
            if words[j + 1] in _EXAMPLE_OPENERS:  # "a trial of conservative care, including home exercise, is not"
                inside = [x for x in inside if x not in ("and", "or")]
            if not set(inside) & (_AUX | {"not", "no", "and", "or", "but"}) and words[k + 1] in _AUX:
                return k + 1
            return None
    return None


_FAULTS = {"unexplained", "unexpected", "abnormal", "inconsistent", "aberrant", "concerning", "worrisome",
           "suspicious", "troubling", "discordant"}
_CERTAIN = {"unequivocal", "definite", "definitive", "conclusive", "convincing", "objective", "reliable",
            "substantiated", "corroborated"}
_EXAMPLE_OPENERS = {"including", "especially", "notably", "particularly", "such", "like"}
_FOUND_NOUNS = {"findings", "finding", "signs", "sign", "symptoms", "complaints", "deficits"}
_UNCONFIRMED = {"uncorroborated", "unconfirmed", "unsubstantiated", "unverified", "unproven"}


_POORLY = {"vaguely", "loosely", "poorly", "inadequately", "casually", "ambiguously", "sketchily", "superficially",
           "incompletely", "merely", "simply", "just", "solely"}


_RELATIONAL = {"defeat", "bar", "preclude", "prevent", "undermine", "change", "affect", "alter", "outweigh", "go",
               "exceed", "pass", "meet", "satisfy", "qualify", "fit", "matter", "override"}


def post_negated(words: list[str], last: int, stop_at: set[int] | None = None) -> bool:
    """A negation after the term: 'were not documented', 'has been ruled out', 'is absent' (but 'cannot
    be considered absent' is not)."""
    j = last + 1
    if any(words[q:q + 3] in (["none", "of", "which"], ["neither", "of", "which"]) for q in range(j, min(len(words),
                                                                                                      j + 16))):
        return True  # "documentation of trigger points, failed management and the injectate, none of which is in ..."
    if words[j:j + 1] and words[j] in _FOUND_NOUNS and any(
            x in _UNCONFIRMED for x in words[j + 1:j + 5]) and not set(words[j + 1:j + 5]) & {"not", "no", "never"}:
        return False  # "the radicular findings remain uncorroborated": found, but not confirmed
    skip = _apposition_end(words, j)
    if skip is None:
        skip = _list_tail_end(words, j)
    if skip is not None:
        j = skip  # "documented trigger points, the first requirement on page 122, are absent"; "the failure of
        # stretching, NSAIDs and muscle relaxants is not documented"
    end = min(len(words), j + 11)
    k = j
    while k < len(words) and words[k] in _AUX:
        k += 1
    a = k + 1
    while a < len(words) - 1 and words[a] in ("yet", "still", "ever", "really", "fully", "actually", "truly"):
        a += 1  # "has not yet lasted"
    if words[a:a + 1] == [","] and words[k:k + 1] == ["not"] and "," in words[a + 1:a + 6]:
        a = words.index(",", a + 1) + 1  # "taking naproxen is not, on its own, enough": past the aside
    if words[a:a + 2] in (["by", "itself"], ["by", "themselves"], ["on", "its"]) and words[k:k + 1] == ["not"]:
        a += 3 if words[a] == "on" else 2  # "the modest difference in pain scores does not by itself justify"
    after = words[a] if a < len(words) else ""
    st = a + 1 if after in ("been", "be") else a
    if words[k:k + 2] == ["no", "longer"]:
        v = k + 2 + (words[k + 2:k + 3] == ["being"])
        if words[v:v + 1] and (words[v].endswith(("ed", "en")) or words[v] in ("used", "taken", "done")):
            return True  # "naproxen is no longer being taken"
    if k > j and set(words[j:k]) & _COPULA and (words[k:k + 2] == ["anything", "but"]
                                                or words[k:k + 3] == ["anything", "other", "than"]):
        return True  # "nothing suggests that his nerve root findings are anything but unequivocal": the property
        # denied, which the outer negation restores
    if words[k:k + 1] in (["not"], ["never"]) and words[st:st + 1] and words[st] in (
            "enough", "sufficient", "adequate", "effective", "successful", "helpful", "beneficial"):
        return False  # "physical medicine alone has not been enough": it was tried
    if k < len(words) and words[k] in ("not", "never") and after in ("persisted", "continued", "lasted") \
            and words[a + 1:a + 2] in (["for"], ["beyond"], ["past"]):
        return False  # "the tingling has not, however, persisted for the 3-4 weeks": the span is denied
    if k < len(words) and words[k] in ("not", "never") and words[st + 1:st + 2] == ["for"] \
            and words[st + 2:st + 3] and words[st + 2] in ("less", "fewer", "under", "more", "longer", "over", "only"):
        return False  # "the arm symptoms have not been present for less than 3-4 weeks": the span is denied
    if k + 1 < len(words) and words[k] == "not" and words[k + 1] in ("fail", "fails", "failed"):
        return False  # "the imaging does not fail to corroborate them"
    if k > j and words[k:k + 1] == ["not"] and set(words[j:k]) & {"does", "do", "did"} and after in _RELATIONAL:
        return False  # "the lack of a red flag does not defeat the request", "LidoPro does not pass that test",
        # "the course does not go beyond 3-6 treatments": the verb is denied, not the term
    if words[k:k + 1] == ["not"] and words[k + 1:k + 2] and words[k + 1] in _POORLY:
        return False  # "the trigger points are not merely presumed: a twitch response is recorded": more than that;
        # "not vaguely described but documented with a twitch": the manner denied
    if k + 2 < len(words) and words[k] == "not" and words[k + 1] in ("gone", "remained", "been", "go") \
            and (words[k + 2],) in L.POST_NEGATIONS:
        return False  # "a first-line agent has not gone untried"
    at = j + 1 if words[j:j + 1] == [","] else j
    if words[at:at + 2] == ["not", "at"] and words[at + 2:at + 3] and words[at + 2] not in _RECORD_PLACES:
        return False  # "a single NSAID not at high dose", "only one NSAID, not at a high dose": its dose denied
    if k > j and words[k:k + 1] == ["not"] and after == "in" and words[a + 1:a + 2] \
            and words[a + 1] not in _RECORD_PLACES:
        return False  # "the lidocaine is not in a cream or gel form", "not in patch form": its form denied, not the
        # lidocaine; but "is not in the record" denies it
    said = next((x for x in words[k + 1:k + 4] if not x.endswith("ly")), "")  # past "adequately", "clearly"
    if k > j and words[k:k + 1] == ["not"] and set(words[j:k]) & _COPULA and said in _CERTAIN:
        return True  # "findings of nerve compromise are not unequivocal": what the fact asks for is denied
    if k > j and k + 1 < len(words) and words[k] == "not" and set(words[j:k]) & _COPULA \
            and said.isalpha() and not _state_word(said):
        return False  # "the neuropathic pain is not diffuse": a property denied, not the thing
    if k > j and k < len(words) and words[k] in ("not", "never") and after not in L.NOT_TERM_NEGATION_NEXT \
            and after not in _OTHER_VERBS and after not in _RESULTS and after not in L.MET_WORDS \
            and after not in ("medically", "clinically", "a", "an", "the") and (after,) not in L.POST_NEGATIONS \
            and after != "ruled" and is_negator(words, k):
        # the term is the subject of a negated verb: "imaging does not corroborate"; but "a man with depressed mood
        # has never had psychotherapy": the man's verb, not the mood's
        transitive = after.endswith("ed") and words[a + 1:a + 2] != [] and words[a + 1].isalpha() \
            and words[a + 1] not in L.GENERIC_PREPS | {"by", "on", "at", "and", "or", "here", "there"}
        # "... with depressed mood has not yet started psychotherapy": the verb has an object of its own
        return not ("with" in words[max(0, last - 3):last + 1] and (not _state_word(after) or transitive)
                    and after not in CUES_AFTER)
    if any(words[q:q + 2] in (["other", "than"], ["anything", "but"]) and not {"nothing", "none", "no"} & set(
            words[j:q]) for q in range(j, min(len(words), j + 5))):
        return True  # "no evidence that the trigger points are anything other than myofascial"; but not "the screen
        # showed no substance other than hydrocodone"
    count = 0
    while j < end:
        if stop_at and j in stop_at:
            return False
        w = words[j]
        if w in _BACK_STOP or w in (",", "which", "that", "whose", "because", "so", "therefore"):
            return False  # "an earlier NSAID course whose benefit went undocumented": the relative's own predicate
        if w in ("not", "never", "cannot", "nowhere") or (w == "no" and words[j + 1:j + 2] == ["longer"]):
            if is_negator(words, j) or w in ("cannot", "nowhere"):
                count += 1
        elif (w == "ruled" and words[j + 1:j + 2] == ["out"]) or (w,) in L.POST_NEGATIONS:
            nxt = words[j + 1] if j + 1 < len(words) else ""
            if nxt.isalpha() and nxt not in _PRED_FOLLOW:
                j += 1
                continue  # "matches the absent right Achilles reflex": the word is another noun's adjective
            return count % 2 == 0
        elif w in L.PRESENCE_WORDS and w != "there":
            if words[j + 1:j + 2] and (words[j + 1] in L.EVALUATIVE or words[j + 1] == "medically"):
                return False  # "an injection ... for radicular pain cannot be found necessary": a judgment on the
                # injection, not a finding denied
            if count % 2 and words[j + 1:j + 2] == ["for"] and words[j + 2:j + 3] and words[j + 2] in (
                    "less", "fewer", "under", "more", "longer", "over", "only", "just"):
                return False  # "have not been present for less than 3-4 weeks": the span is denied, not the thing
            return count % 2 == 1
        j += 1
    rest = [x for x in words[last + 1:] if x.isalnum()]
    return count % 2 == 1 and bool(rest) and rest[-1] in ("not", "never") and j >= len(words) - 1
    # "trigger points with twitch response and referred pain are not": the subject's elided predicate


_RECORD_PLACES = {"the", "this", "that", "her", "his", "their", "its", "any", "question"} | _RECORD_NOUNS  # "not in
# the record", "not in question"
_RECORD_WORDS = ("record", "file", "chart", "documentation", "notes", "history", "examination", "exam", "there", "any",
                 "case", "a", "an", "worker", "patient", "claimant", "man", "woman", "this", "she", "he", "it", "one")


_GRANTS = {"supported", "approved", "certified", "justified", "authorized", "authorised", "recommended", "warranted",
           "allowed", "permitted", "endorsed", "continued", "renewed", "extended", "indicated"}


def _privative_denied(words: list[str], b: int) -> int | None:
    """The 'not' that denies a privative: 'not without documented trigger points', 'the record does not lack',
    'nor is the record missing', 'the patch is not being used without'."""
    if words[b] in ("fail", "fails", "failed") and words[b + 1:b + 2] == ["to"]:
        for k in range(b - 1, max(-1, b - 6), -1):  # "nor has the pain failed to persist", "has not failed to"
            if words[k] in ("not", "never", "nor"):
                return k
            if not words[k].isalpha() or words[k] in _BACK_STOP:
                return None
        return None
    if words[b] not in _PRIVATIVES:
        return None
    if words[b] == "without" and b >= 3 and words[b - 1].isalpha() and words[b - 2] == "not" \
            and words[b - 3] in ("is", "was", "are", "were"):
        return b - 2  # "this is not pain without a localized neuropathic source"
    if words[b] == "without":
        q = next((q for q in range(b - 2, max(0, b - 8), -1) if words[q] == "not"), None)
        if q is not None and words[q - 1:q] in (["is"], ["was"]) and words[q + 1:q + 2] in (["a"], ["an"]) \
                and all(x.isalpha() and x not in L.FINITE_VERBS for x in words[q + 2:b]):
            return q  # "this is not a proton pump inhibitor prescribed without an NSAID"
    if words[b] in ("absence", "lack") and b >= 2 and words[b - 1] in ("the", "a", "an", "any") \
            and words[b - 2] in ("not", "nor", "neither"):
        return b - 2  # "the record describes neither trigger points nor the absence of radiculopathy"
    for k in range(b - 2, max(0, b - 8), -1):
        if words[k] in _AUX and words[k - 1] in ("nor", "neither") and all(x.isalpha() for x in words[k + 1:b]) \
                and words[b] in ("without", "lacking", "devoid", "free", "missing") \
                and not set(words[k + 1:b]) & _GRANTS:  # but "nor can a purchase be supported without a documented
            # trial": the 'nor' denies the granting; the trial stays missing
            return k - 1  # "nor are her complaints without a focal character": the inverted verb's subject
    for k in range(b - 1, max(-1, b - 6), -1):
        if words[k] in ("not", "never", "nor"):
            return k
        if words[k] in ("being", "used", "given", "prescribed", "requested", "started", "offered", "tried", "done",
                        "performed", "administered", "undertaken"):
            continue  # "it will not be done without fluoroscopy"
        if words[k] not in _AUX and words[k] not in _RECORD_WORDS and not (
                words[k] in ("the", "her", "his", "its") and words[k + 1] in _RECORD_WORDS):
            return None
    return None


def _one_neither(words: list[str], negs: set[int]) -> set[int]:
    """'neither A nor B' negates once: the 'nor' of a 'neither' adds nothing."""
    if any(words[k] == "neither" for k in negs):
        return {k for k in negs if words[k] != "nor"}
    return negs


def _about_corroboration(words: list[str], last: int) -> bool:
    """'the radiculopathy is unsupported by imaging', '... remains unconfirmed by EMG': the clause is about
    confirmation, and says nothing either way about the finding's presence."""
    j = last + 1
    while j < len(words) and words[j] in _AUX | {"not", "never"}:
        j += 1
    if words[j:j + 1] in (["corroborated"], ["substantiated"]):
        return True  # "nor is the radiculopathy corroborated": a finding there to corroborate
    return words[j:j + 1] != [] and words[j] in _UNCONFIRMED | {"unsupported", "confirmed", "supported", "verified"} \
        and words[j + 1:j + 2] == ["by"]


def _property_denied(words: list[str], last: int) -> bool:
    """'that the arm symptoms are too recent for testing': what is denied is a property of the term."""
    return words[last + 1:last + 2] in (["are"], ["is"], ["were"], ["was"]) and words[last + 2:last + 3] != [] and (
        words[last + 2] in ("too", "so", "very", "only", "merely", "purely", "simply", "just")
        or words[last + 2] in _PRESUPPOSING)  # "nothing suggests the radiculopathy is merely subjective"


_PRESUPPOSING = {"overlooked", "ignored", "neglected", "disregarded", "dismissed", "underestimated", "overstated",
                 "exaggerated", "undertreated", "minimized", "minimised"}  # "nothing suggests that psychosocial
# factors were overlooked": there are such factors; only their neglect is denied


def _cleft_lack(words: list[str], first: int) -> int | None:
    """'What is missing is any plan for X, Y and Z, and any documentation of motivation': the cleft's whole
    complement, however long its list, is what the record lacks."""
    c = next((q for q in range(2, first) if words[q] in ("missing", "lacking", "absent")
              and words[q - 2:q] == ["what", "is"] and words[q + 1:q + 2] == ["is"]), None)
    return c if c is not None and not set(words[c:first]) & _BACK_STOP else None


def _contents_denied(words: list[str], m: Match) -> bool:
    """'It is not true that LidoPro contains only recommended ingredients': what the term contains is denied, not
    the term."""
    return words[m.first - 1:m.first] == ["that"] and words[m.last + 1:m.last + 2] in (
        ["contains"], ["includes"], ["combines"], ["delivers"], ["provides"])


_COUNTED = {"multiple", "dual", "several", "concurrent", "duplicate", "additional", "combined"}
_CARE_HEADS = {"program", "programme", "rehabilitation", "therapy", "exercise", "exercises"}


_OUTCOME_VERBS = {"helped", "gave", "provided", "produced", "yielded", "brought", "relieved", "worked", "afforded",
                  "achieved", "controlled", "improved", "eased", "resolved", "lasted", "offered", "reduced"}


def _outcome_denied(words: list[str], b: int, last: int) -> bool:
    """'neither A nor B gave lasting relief': the verb after the coordinated subject is an outcome, so the
    negation denies what they did, not that they were had."""
    nb = next((q for q in range(b, max(-1, b - 10), -1) if words[q] == "neither"), None)
    if nb is None or not (nb == 0 or words[nb - 1] in (",", ";", ":", "and", "but", "so")):
        return False  # "he has neither returned to work nor shown improved function": a verb's own 'neither'
    for x in words[last + 1:last + 10]:
        if x in _OUTCOME_VERBS:
            return True
        if x in _COPULA or x in ("has", "have", "had", ",", ";", ":", "."):
            return False
    return False


_SUGGESTING = {"suggests", "indicates", "shows", "implies", "documents", "establishes", "points"}
_NOTHING_IN_VERBS = {"suggests", "shows", "indicates", "points", "raises", "hints", "signals", "implies", "reveals",
                     "contradicts", "undermines", "calls", "casts", "argues"}


def _absence_denied(words: list[str], b: int) -> set[int]:
    """'Nor is the PPI requested in the absence of NSAID therapy': the absence is itself denied."""
    if words[b] not in ("absence", "lack") or words[b - 2:b] != ["in", "the"]:
        return set()
    return {q for q in range(max(0, b - 10), b - 2) if words[q] in ("nor", "not", "never")}


def negations(words: list[str], m: Match) -> int:
    """How many negations govern the term: in its gaps, the nearest before it, an outer negated head
    ('it cannot be said that'), one after it."""
    if _about_corroboration(words, m.last):
        return 2  # affirmed by being spoken of: 'nor is the radiculopathy unsupported by imaging'
    if _property_denied(words, m.last) and ("that" in words[max(0, m.first - 3):m.first] or any(
            x in L.NEGATED_COMPLEMENT_HEADS for x in words[max(0, m.first - 3):m.first])):
        return 0  # "it cannot be said that the arm symptoms are too recent": the symptoms are there
    negs = _one_neither(words, {k for k in m.gaps if is_negator(words, k)})
    b = back_negator(words, m.first)
    if m.first > 1 and words[m.first - 1] == "off" and words[m.first - 2] in _COPULA | {"remains", "stays", "went"}:
        negs.add(m.first - 1)  # "she is off NSAIDs": she no longer takes them; "it is not that she is off NSAIDs"
    elif b is not None and m.first > 0 and words[m.first - 1] == "off":
        b = None  # "nor is she off NSAIDs": she takes them
    if b is not None and words[b] in ("nor", "neither", "not") and words[m.last + 1:m.last + 2] in (
            ["dose"], ["dosage"], ["doses"], ["strength"], ["amount"]) and words[m.last + 2:m.last + 3] != [] \
            and words[m.last + 2] in _COPULA | {"high", "excessive", "large", "low"}:
        b = None  # "neither is the naproxen dose high": the dose is denied a property, the naproxen is taken
    if b is not None and words[b] in ("nor", "neither") and words[b + 1:b + 2] in (["is"], ["was"], ["are"], ["were"]) \
            and words[m.last + 1:m.last + 2] and (words[m.last + 1] in _RESULTS or (
                words[m.last + 1] in _PROPERTIES and words[m.last + 2:m.last + 3] in ([], ["."], [";"], [","]))):
        b = None  # "nor is the urine drug screen inconsistent": its result is denied, not the screen; "nor is the
        # neuropathic pain diffuse": a property
    if b is not None and words[b] == "neither" and "nor" in words[m.last + 1:m.last + 8]:
        q = words.index("nor", m.last + 1)
        v = next((r for r in range(q + 1, min(len(words) - 1, q + 8)) if words[r] in ("is", "are", "was", "were")),
                 None)
        if v is not None and words[v + 1] in _RESULTS:
            b = None  # "neither the drug screen nor the CURES report is inconsistent with the prescription"
    if b is not None and words[b] in ("nor", "neither") and _outcome_denied(words, b, m.last):
        b = None  # "neither gabapentin nor a stellate ganglion block gave more than limited relief": both were had
    said = next((x for x in words[m.last + 2:m.last + 5] if not x.endswith("ly")), "")  # past "merely", "clearly"
    quality = b is not None and (words[b:b + 2] == ["not", "that"] or words[b:b + 4] == ["not", "the", "case", "that"]
                                 or words[b:b + 3] == ["not", "true", "that"]) \
        and words[m.last + 1:m.last + 2] in (["is"], ["are"]) and said.isalpha() and not _state_word(said) \
        and (said,) not in L.POST_NEGATIONS and not is_negator(words, m.last + 2)
    if quality:
        b = None  # "it is not that the forearm tingling is unimportant": a property denied, the tingling is there
    counted = m.first - 2 if words[m.first - 1:m.first] == ["-"] else m.first - 1
    if b is not None and 0 <= b < counted and words[counted] in _COUNTED \
            and not (words[counted] == "concurrent" and set(m.phrase.split()) & _CARE_HEADS):
        b = None  # "he is not on a high-dose or multiple-NSAID regimen", "not on dual NSAIDs": the number is denied;
        # but "no concurrent rehabilitation program" has none alongside
    fault = next((q for q in range(max(b + 1 if b is not None else 0, m.first - 3), m.first) if words[q] in _FAULTS),
                 None)
    if b is not None and fault is not None and not set(words[fault:m.first]) & {",", "or", "and", "nor"} \
            and not _FAULTS & set(m.phrase.split()):
        b = None  # "nor is there any unexplained drug-screen result": the fault is denied, not the screen
    if b is not None and words[b] == "nothing" and words[b + 1:b + 2] in (["in"], ["from"], ["within"]) \
            and not set(words[b + 1:m.first]) & {";", ":"} \
            and set(words[m.last + 1:m.last + 8]) & _NOTHING_IN_VERBS:
        b = None  # "nothing in the CURES report or the drug screen suggests misuse": the screen is there; what it
        # shows is denied
    if b is not None and words[b] in ("lacks", "lack", "lacking", "without", "absent") \
            and not set(words[:b]) & {";", ":"}:
        denier = next((r for r in range(0, b - 2) if words[r] in ("nothing", "no") and words[r + 1] in _SUGGESTING
                       and words[r + 2] in ("he", "she", "they", "the", "this", "her", "his")), None)
        if denier is not None:
            negs.add(denier)  # "nothing suggests he lacks motivation": the lack is itself denied ('that' left out)
    if b is None:
        b = _cleft_lack(words, m.first)
    if b is None:
        wh = next((q for q in range(m.first - 1, 0, -1) if words[q] == "whether" and words[q - 1] == ","), None)
        if wh is not None and not set(words[wh:m.first]) & _BACK_STOP:
            b = back_negator(words, wh - 1)  # "none of the reasons is documented, whether a red flag, clear
            # evidence of neurologic dysfunction, or a planned procedure": each alternative denied
    if b is None and m.first > 0 and words[m.first - 1] in ("not", "never") \
            and words[m.first] in L.NOT_TERM_NEGATION_NEXT:
        b = m.first - 1  # "the employer has not authorized visits in writing": the term's own verb is negated
    contents = _contents_denied(words, m)
    if contents or _companion_of_verdict(words, m.first):
        b = None
    if b is not None:
        negs.add(b)
        negs |= _absence_denied(words, b)
        other = next((q for q in range(max(0, b - 8), b) if words[q] in ("anything", "something")
                      and words[q + 1:q + 3] == ["other", "than"]), None)
        if other is not None:
            negs.add(other)  # "nothing suggests her pain is anything other than a strain without neuropathic
            # features": the strain, as it is, has none
        outer_not = _privative_denied(words, b)
        if outer_not is not None:
            negs.add(outer_not)
        un = next((q for q in range(b + 1, m.first) if words[q] in _UNCONFIRMED | {"undocumented", "unsupported"}),
                  None)
        if un is not None:
            negs.add(un)  # "this is not an uncorroborated radicular complaint": it is a radicular complaint
        if words[b] == "against":  # "no finding argues against trigger points"
            b2 = back_negator(words, b, reach=6)
            if b2 is not None:
                negs.add(b2)
    other_than = b is None and any(words[q] in ("anything", "something") and words[q + 1:q + 3] == ["other", "than"]
                                   for q in range(max(0, m.first - 8), m.first))
    outer = 1 if outer_negation(words, m.first, b) and not _property_denied(words, m.last) and not contents \
        and not quality and not _companion_of_verdict(words, m.first) and not other_than else 0
    # "nothing suggests the radiculopathy is anything other than clinically obvious": the outer head denies the
    # 'other than', and the term stands
    if b is not None and words[b] == "without" and _done_without(words, b):
        negs.add(max(q for q in range(max(0, b - 5), b) if words[q] in ("not", "never")))
    elif b is not None and words[b] in ("without", "lacking") and b > 0 and words[b - 1] not in ("is", "are", "was",
                                                                                               "were", "be"):
        return len(negs) + outer  # "tenderness without a twitch response does not amount to ...": the verb's
        # negation is said of the head noun, not of the term inside its 'without' phrase
    return len(negs) + outer + (1 if post_negated(words, m.last) else 0)


_DOING = {"done", "performed", "given", "administered", "injected", "placed", "started", "conducted", "undertaken"}


def _done_without(words: list[str], b: int) -> bool:
    """'it is not to be done without fluoroscopic guidance', 'will not be given without imaging': the 'without'
    inside a negated verb, whose negation the 'without' cancels."""
    head = words[max(0, b - 5):b]
    return bool(head) and head[-1] in _DOING and bool(
        {"not", "never"} & set(head)) and not set(head) & {",", ";", "and", "but"}


_VERDICT_WORDS = {"appropriate", "necessary", "needed", "indicated", "warranted", "required", "justified",
                  "recommended", "supported"}


def _companion_of_verdict(words: list[str], first: int) -> bool:
    """'omeprazole is never appropriate with naproxen', 'a PPI is not needed with the naproxen': the verdict is
    denied; what the request goes with is presupposed."""
    k = first - 1 - (first > 1 and words[first - 1] in ("the", "her", "his", "this", "a", "an"))
    return k > 0 and words[k] in ("with", "alongside") and words[k - 1] in _VERDICT_WORDS


def existence_polarity(words: list[str], m: Match, stop_at: set[int] | None = None) -> int:
    """+1 when the clause affirms the term, -1 when it denies it."""
    return -1 if negations(words, m) % 2 else 1


_TIME_UNITS = {"month", "week", "year", "day", "%"}


def self_asserting(phrase: str) -> bool:
    toks = set(term_tokens(phrase))
    return bool(toks & SELF_ASSERTING) or bool(toks & _TIME_UNITS)


_PURPOSE_VERBS = {"prescribed", "dispensed", "ordered", "requested", "used", "taken"}
_RETURN_VERBS = {"returned", "back", "resumed", "went", "gone", "progressed", "advanced"}


def _list_item_run(words: list[str], comma: int, first: int) -> bool:
    """The words from a comma to the term are list items of one verb: short, verbless, no clause word."""
    end = next((q for q in range(comma + 1, first) if words[q] == ","), first)
    between = words[comma + 1:end]  # this item
    clause_words = L.FINITE_VERBS | _BACK_STOP | {"which", "who", "that", "so", "because", "since", "if"}
    return len(between) <= 5 and not set(words[comma + 1:first]) & clause_words \
        and comma > 0 and words[comma - 1].isalpha() and ((first < len(words) and "and" in words[first - 1:first + 4])
                                                          or "and" in between or "or" in between)


def _plain_list(run: list[str]) -> bool:
    """A run that opens with short verbless noun phrases joined by commas up to an "and"/"or": 'physical
    therapy, home stretching, a course of acupuncture, ibuprofen and ...'."""
    end = next((q for q, x in enumerate(run) if x in ("and", "or")), None)
    if end is None or "," not in run[:end]:
        return False
    items = " ".join(run[:end]).split(",")
    return not set(run[:end]) & (L.FINITE_VERBS | _BACK_STOP) and all(1 <= len(i.split()) <= 5 for i in items)


def asserted(words: list[str], m: Match, reach: int = 10) -> bool:
    """Does the clause assert the term of the case ('she has', 'was documented'), not merely name it?"""
    if m.last > m.first + 1 and words[m.first + 1] in COPULAS and words[m.first].isalpha():
        return True  # "the worker's pain is neuropathic": the term said with its own copula
    if any(x in COPULAS or x in ("remains", "remained") for x in words[m.first + 1:m.last]):
        return True  # "range of motion remains restricted": the term carries its own verb
    if words[m.first] in ("prior", "previous") and m.last > m.first and m.first > 0 \
            and words[m.first - 1] in ("a", "an", "her", "his"):
        return True  # "a prior functional restoration program she left early": the term presupposes it was had
    if m.first >= 4 and words[m.first - 1] == "of" and words[m.first - 2] in ("course", "trial", "round", "series") \
            and words[m.first - 3] == "earlier" and words[m.first - 4] in ("a", "an", "her", "his"):
        return True  # "an earlier course of psychotherapy ... was interrupted after 6 sessions" ("prior" and
        # "previous" are cues already, below)
    if m.first > 0 and words[m.first - 1] in ("she", "he", "worker", "patient", "claimant") \
            and words[m.first].endswith("s") and words[m.first].isalpha():
        return True  # "she tolerates naproxen": the term is the verb of its subject
    lead = m.first - 1
    while lead > 0 and words[lead] not in (",", "a", "an"):
        lead -= 1  # "..., a high-dose NSAID regimen": past the apposition's own modifiers
    if 1 < lead < m.first and m.first - lead <= 3 and words[lead] in ("a", "an") and words[lead - 1] == "," \
            and {"she", "he", "worker", "patient", "claimant"} & set(words[:lead - 1]) \
            and any(x in L.FINITE_VERBS for x in words[:lead - 1]) and not set(words[:lead - 1]) & L.NEGATORS:
        return True  # "she takes naproxen 500 mg twice a day, a high-dose NSAID regimen": an apposition that
        # describes what she has
    if m.first > 1 and words[m.first - 1] in ("worker", "patient", "claimant", "employee") \
            and words[m.first - 2] in ("the", "this", "injured"):
        return True  # "the worker's radicular symptoms" (the tokens drop the "'s"): the worker's own, presupposed
    if (m.first > 1 and words[m.first - 1] == "of" and words[m.first - 2] in ("injection", "injections")) \
            or (m.first > 0 and words[m.first - 1] in ("a", "an") and {"injection", "injections"} & set(
                words[m.last + 1:m.last + 5])):
        return True  # "a trigger point injection of corticosteroid", "a corticosteroid trigger point injection": what
        # is injected, said as part of the injection
    for k in range(m.first - 1, max(-1, m.first - reach - 1), -1):
        if words[k] == "to" and k > 0 and words[k - 1] in _RETURN_VERBS:
            return True  # "she has returned to full duty", "went back to modified work"
        if words[k] == "to" and k > 1 and (words[k - 2:k] in (["was", "able"], ["were", "able"], ["been", "able"])
                                           or words[k - 1] in ("managed", "went")
                                           or (words[k - 2] in ("allowed", "enabled", "helped", "let")
                                               and words[k - 1] in ("him", "her", "them"))) and k + 1 <= m.first:
            return True  # "he was able to reduce his hydrocodone": something done, not a goal
        if words[k] == "for" and k > 0 and words[k - 1] in _PURPOSE_VERBS:
            return True  # "Soma is prescribed for an acute flare": the purpose is asserted
        if ((words[k] == "to" and words[k + 1:k + 2] in (["treat"], ["manage"], ["control"], ["relieve"]))
                or words[k] == "during") \
                and set(words[max(0, k - 8):k]) & (_PURPOSE_VERBS | {"using", "taking"}) \
                and not set(words[max(0, k - 8):k]) & L.NEGATORS:
            return True  # "the medication is being used for a short period to treat an acute flare", "she is using
            # Soma for a brief course during an acute exacerbation"
        if words[k] == "," and _list_item_run(words, k, m.first):
            continue  # "treatment has included medications, physical therapy, ..., acupuncture and restrictions"
        if words[k] in ("despite", "notwithstanding") and (k >= m.first - 4 or _plain_list(words[k + 1:m.first + 8])) \
                and all(x.isalpha() or x == "," for x in words[k + 1:m.first]):
            return True  # "despite neurologic deficits in the arms", "despite physical therapy, home stretching and
            # acupuncture": what it concedes, it takes as so
        if words[k] in _BACK_STOP or words[k] in (",", "for", "to", "than"):
            break
        if words[k] in CUES_BEFORE:
            return True
    if m.last > m.first and words[m.last] in CUES_AFTER and words[m.last].endswith("ed") \
            and words[m.last + 1:m.last + 2] != ["by"]:
        return True  # "cervical rotation improved after the treatments": the term ends in its own past-tense verb
    if words[m.last].endswith("ed") and set(words[m.first + 1:m.last]) & {"was", "were", "is", "are", "been"}:
        return True  # "hydrocodone has been tapered", "work restrictions were eased": the term's own verb, finite
        # inside it, asserts it
    k = m.first - 1
    while k >= 0 and words[k] in ("a", "an", "the", "her", "his", "their"):
        k -= 1
    if k < m.first - 1 and k >= 0 and words[k] in ("is", "was", "are", "were", "be", "represents", "constitutes"):
        return True
    if m.first > 0 and words[m.first - 1] in COPULAS | {"be", "been"} \
            and words[m.first].endswith(("able", "ible", "ant", "ent", "bound", "ed")):
        return True  # "the worker is able to leave home": the term is the copula's adjective
    if k >= 0 and words[k] in ("is", "was", "are", "were", "remains") and words[m.first] in ("at", "in", "on"):
        return True  # "the worker is at increased gastrointestinal risk": a prepositional predicate
    q = m.first - 1
    while q >= 0 and words[q] in ("elevated", "increased", "heightened", "high", "higher", "significant", "greater"):
        q -= 1
    if q < m.first - 1 and q >= 1 and words[q] == "at" and words[q - 1] in ("is", "was", "are", "were", "remains"):
        return True  # "the worker is at elevated gastrointestinal risk"
    j = m.last + 1
    while j < min(len(words), m.last + 6) and words[j].isalpha() and words[j] not in _AUX \
            and words[j] not in CUES_AFTER and words[j] not in _BACK_STOP and words[j] not in L.NEGATORS \
            and words[j] not in ("that", "which", "and", "or"):
        j += 1  # the rest of the noun phrase: "radicular pain into the arm (is documented)"
    if j > m.last + 1 and not (j < len(words) and (words[j] in _AUX or words[j] in CUES_AFTER)):
        j = m.last + 1
    j = _past_list_rest(words, j)  # "pain relief, activities of daily living and side effects are all documented"
    while j < len(words) and (words[j] in _AUX or words[j] in ("been", "not", "never", "clearly", "all", "both", "each")
                              or (words[j].endswith("ly") and j > m.last + 1 and words[j - 1] in _AUX | {"all"})):
        j += 1
    if j < len(words) and words[j] in CUES_AFTER:
        return True
    aux = next((q for q in range(m.last + 1, min(len(words) - 1, m.last + 7)) if words[q] in ("was", "were")), None)
    if aux is not None and words[aux + 1] in ("consistent", "inconsistent", "normal", "abnormal") \
            and not any(x in _BACK_STOP or x in (",", "that", "which") for x in words[m.last + 1:aux]):
        return True  # "a urine drug screen in August 2014 was consistent with the prescription": it was done
    if j < len(words) and words[j] == "ruled":
        return True
    if any(words[j:j + len(i)] == i for i in _AFFIRMING_IDIOMS) and words[j - 1:j] == ["not"]:
        return True  # "radiculopathy is not in question": it is plain
    return any(words[q] in ("on", "upon") and any(  # "radicular findings on the upper extremity examination"
        x in ("exam", "examination", "palpation") and all(y.isalpha() and y not in _AUX for y in words[q + 1:r])
        for r, x in enumerate(words[q + 1:q + 5], q + 1)) for q in range(m.last + 1, min(len(words) - 1, m.last + 4)))


def _past_list_rest(words: list[str], j: int) -> int:
    """From a list item's end at j (', side effects and monitoring are'), the index of the list's verb; j itself
    when no list of plain noun phrases runs on to an auxiliary."""
    if words[j:j + 1] not in ([","], ["and"]):
        return j
    for q in range(j + 1, min(len(words), j + 20)):
        if words[q] in ("is", "are", "was", "were", "have", "has"):
            rest = words[j:q]
            if set(words[q + 1:q + 4]) & (L.NEGATORS | {"absent", "missing", "lacking", "undocumented"}):
                return j  # "daily activities, monitoring and a drug screen are absent": asserted of none
            return q if ("and" in rest or "or" in rest) and all(
                x.isalpha() or x in (",", "-", "'") for x in rest) and not set(rest) & (
                L.FINITE_VERBS | L.NEGATORS | {"that", "which", "who", "but"}) else j
        if not (words[q].isalpha() or words[q] in (",", "-", "'")):
            return j
    return j


def disjoined(words: list[str], m: Match) -> bool:
    """An affirmed 'A or B': neither disjunct is claimed alone."""
    lo, hi = max(0, m.first - 8), min(len(words), m.last + 9)
    if words[m.last + 1:m.last + 2] in (["to"], ["with"], ["from"], ["after"], ["despite"]):
        hi = m.first  # "has not responded to physical therapy or ibuprofen": the 'or' joins the complement's nouns,
        # not the term and another claim
    for k in range(m.first - 1, lo - 1, -1):
        if words[k] == ";" or (words[k] == "," and words[k + 1:k + 2] in (["and"], ["but"])):
            lo = k + 1  # "without a twitch response or referred pain, and the worker's radicular symptoms ...": the
            break  # 'or' is the earlier conjunct's
    return any(words[k] in ("or", "either") and words[k + 1:k + 2] != ["of"]  # "either of which": both, not one
               for k in range(lo, hi) if not m.first <= k <= m.last)


_PREDICATE_NOUNS = {"failure", "failures", "barrier", "barriers", "inability", "difficulty", "difficulties", "plan",
                    "plans", "candidate", "improvement", "benefit", "relief", "response", "need"}


_LIMITING = {"limits", "limited", "limit", "impairs", "impaired", "prevents", "reduces", "reduced", "restricts",
             "restricted", "affects", "compromises", "compromised", "hinders", "hindered"}
_SCANT = {"little", "limited", "minimal", "partial", "temporary", "brief", "transient", "modest", "slight",
          "inadequate", "insufficient", "short-lived", "marginal", "partly", "partially", "marginally", "minimally",
          "somewhat"}
_SCANT_AFTER = {"little", "minimally", "marginally", "briefly", "temporarily", "partially", "partly", "slightly",
                "transiently", "modestly"}
_TRIAL_WORDS = {"tried", "trial", "used", "taken", "attempted", "received", "undergone", "had", "trialed"}


def _opens_with_no(words: list[str]) -> bool:
    """'No first-line agent has been tried', 'although no ... has been tried'."""
    k = 0
    while k < len(words) and words[k] in ("although", "though", "while", "whereas", "because", "since", "as", "and",
                                          "but", "so", "yet", "even"):
        k += 1
    return words[k:k + 1] == ["no"]


def _denied_from_outside(words: list[str], first: int) -> bool:
    """'It is not true that ...', 'nor is it true that ...', 'it is not that ...': the clause is denied whole."""
    for c in range(first - 1, max(-1, first - 12), -1):
        if words[c] in ("though", "if") and words[c - 1:c] == ["as"] and "not" in words[max(0, c - 4):c]:
            return True  # "it is not as though she has never had therapy"
        if words[c] == "which" and words[c - 2:c] in (["case", "in"], ["situation", "in"]):
            c -= 1  # "nor is this a case in which conservative care was never tried"
        if words[c] == "that" or (words[c] in ("where", "in") and words[c - 1:c] in (["case"], ["situation"])):
            head = words[max(0, c - 5):c]
            return bool(set(head) & {"not", "nor", "never", "cannot"}) and (
                bool(set(head) & {"true", "case", "so", "correct", "accurate", "said", "claimed", "argued"})
                or head[-3:] in (["it", "is", "not"],
                                                                                                  ["it", "was", "not"]))
    return False


def predicate_polarity(words: list[str], m: Match, lex: dict[str, int]) -> int | None:
    """For a fact that needs a predicate ("failed", "unable", "planned"): its polarity, None if absent."""
    lo, hi = max(0, m.first - 9), min(len(words), m.last + 13)
    if _apposition_end(words, m.last + 1) is not None or words[m.last + 1:m.last + 3] == [",", "including"]:
        hi = min(len(words), m.last + 20)  # "conservative care, including a home exercise program, has been tried"
    best: tuple[int, int, set[int]] | None = None  # distance, position, predicate tokens
    for p in range(lo, hi):
        w = words[p]
        could_not = lex is L.BARRIER_WORDS and L.could_not(words, p)  # "no reason he could not continue": "cannot"
        if (w not in lex and not could_not) or (p in m.gaps and w.endswith("ly")):
            continue  # "cannot continue exercising independently at home": the adverb inside the term is no predicate
        if w == "independent" and p == m.first - 1:
            continue  # "cannot continue independent home exercise": the kind of exercise, not that she manages it
        if w in ("adequate", "sufficient", "appropriate", "reasonable", "proper", "full") \
                and words[p + 1:p + 2] in (["trial"], ["course"], ["attempt"]):
            continue  # "lacks an adequate trial of conservative care": the trial's extent, not its outcome
        if w.startswith("fail") and words[p + 1:p + 2] == ["to"] and words[p + 2:p + 3] \
                and (words[p + 2] in _DOC_VERBS or words[p + 2] in ("try", "attempt", "use", "pursue", "undergo")):
            continue  # "does not fail to show conservative treatment": the record's failing, not the treatment's;
            # "has not failed to try other treatment": the worker's trying
        toks = {p, p + 1} if could_not else {p}
        if w.startswith("fail") and words[p + 1:p + 2] == ["to"] and p + 2 < len(words) \
                and words[p + 2] in L.FAILURE_TO:
            toks = {p, p + 1, p + 2}
        if p < m.first and any(words[q] == "no" and words[q - 1] in (",", "and", "or") for q in range(p + 1, m.first)):
            continue  # "no documented recent failed conservative trial, no documented strengthening program": the
            # earlier list item's "failed"
        if p > m.last and any(words[q] in _BACK_STOP or words[q] == "nor" or (
                words[q] in ("or", "and") and words[q + 1] in ("that", "whether"))
                                or (words[q] == "no" and words[q - 1] in (",", "and", "or"))
                                for q in range(m.last + 1, p)):
            continue  # "neither shows that she was doing home exercises nor that she was unable to": the next clause's;
            # "no failure of conservative care, no failed strengthening program": the next list item's
        dist = 0 if m.first <= p <= m.last else min(abs(p - m.first), abs(p - m.last))
        if best is None or dist < best[0]:
            best = (dist, p, toks)
    if best is None:
        if lex is L.FAILURE_WORDS:  # "he has not tried any medications": nothing can have failed
            aside = _apposition_end(words, m.last + 1) or m.last  # "other treatments, such as physical therapy,
            # have not been tried": past the examples
            for q in range(lo, hi):
                if q > m.last and any(x in ("but", ",", ";") or (x == "and" and words[r + 1:r + 2] != []
                                                                   and words[r + 1] in _AUX)
                                      for r, x in enumerate(words[:q]) if r > m.last and r >= aside):
                    break  # "she made no progress after 6 weeks of therapy and has not had any psychotherapy": the
                    # next conjunct's trial, not this one's
                if words[q] in _TRIAL_WORDS and (any(is_negator(words, r, for_term=False)
                                                     for r in range(max(0, q - 3), q))
                                                 or (words[q + 1:q + 2] == ["no"] and q + 1 < m.first)  # "has had
                                                 # no physical therapy to date"
                                                 or outer_negation(words, q, None)
                                                 or (_opens_with_no(words) and "been" in words[max(0, q - 3):q])):
                    privative = next((r for r in range(max(0, q - 3), q) if words[r] in _PRIVATIVES), None)
                    inner = next((r for r in range(max(0, q - 3), q) if is_negator(words, r, for_term=False)), None)
                    if inner is not None and words[inner] == "not" and outer_negation(words, inner, inner):
                        return None  # "nothing in the record suggests he has not tried conservative care": tried
                    lacked = next((r for r in range(q - 1, max(-1, q - 12), -1) if words[r] in ("lacks", "lack",
                                                                                               "lacked", "lacking")),
                                  None)
                    if inner is None and lacked is not None and not set(words[lacked:q]) & {",", ";", ":"} \
                            and outer_negation(words, lacked, None):
                        return None  # "it is not that the worker lacks a long enough history or an adequate trial
                        # of conservative care": the lack is denied, so the trial was had
                    if _denied_from_outside(words, m.first) or (privative is not None
                                                                and _privative_denied(words, privative) is not None):
                        return None  # "it is not true that conservative care was never tried", "not without a
                        # trial of conservative care": tried, no more
                    return -1  # "no trial of therapy", "the record does not show that therapy has been tried"
            if any(words[q] in ("trial", "course", "attempt") for q in range(max(0, m.first - 4), m.first)) \
                    and words[m.first - 1:m.first] == ["of"] and post_negated(words, m.last):
                return -1  # "a trial of medical management has not been documented": nothing documented to fail
        return None
    _, p, toks = best
    if len(toks) == 1 and lex[words[p]] == -1 and p == m.first - 1 and words[p - 2:p - 1] != [] \
            and words[p - 1] == "to" and lex.get(words[p - 2]) == 1:
        p, toks = p - 2, {p - 2}  # "no barrier to independent home exercise": the barrier is the predicate
    if len(toks) == 1 and lex[words[p]] == -1 and words[p].startswith(("unaided", "unassisted", "independently")):
        lo_head = min(p, m.first)
        head = next((q for q in range(lo_head - 1, max(-1, lo_head - 6), -1) if lex.get(words[q]) == 1 or (
            lex is L.BARRIER_WORDS and L.could_not(words, q))), None)
        if head is not None:  # "unable to do her home exercises unaided", "why she could not continue independently
            # with home exercises": the adverb is inside "unable"
            p, toks = head, ({head, head + 1} if words[head] == "could" else {head})
    sign = lex[words[p]] if len(toks) == 1 else 1
    if words[p] in ("ability", "able", "capable") and set(words[max(0, p - 4):p]) & _LIMITING:
        sign = 1  # "pain limits her ability to do home exercises"
    after = [x for x in words[p + 1:p + 4] if x not in ("only", "a", "very")][:1]  # "helped only a little"
    if lex is L.FAILURE_WORDS and sign == -1 and ((words[p - 1:p] and words[p - 1] in _SCANT) or (
            len(toks) == 1 and after and after[0] in _SCANT_AFTER)):
        sign = 1  # "gabapentin gave limited relief", "a stellate ganglion block helped little": it failed
        if words[p - 3:p - 1] == ["more", "than"]:
            sign = -1  # "neither gave more than limited relief": more than a little is relief, which 'neither' denies
    start, end = min(m.first, p), max(m.last, max(toks))
    negs = {k for k in range(start, end + 1) if k not in toks and is_negator(words, k, for_term=False)}
    b = back_negator(words, start, skip=toks)
    if _contents_denied(words, m):
        b = None  # "it is not true that LidoPro contains only recommended ingredients"
    if b is not None:
        negs.add(b)
        other = next((q for q in range(max(0, b - 8), b) if words[q] in ("anything", "something")
                      and words[q + 1:q + 3] == ["other", "than"]), None)
        if other is not None:
            negs.add(other)  # "nothing suggests her pain is anything other than a strain without neuropathic
            # features": the strain, as it is, has none
        outer_not = _privative_denied(words, b)
        if outer_not is not None:
            negs.add(outer_not)  # "the record does not lack evidence of failed conservative care"
    negs = _one_neither(words, negs)
    post = 1 if p <= m.last and post_negated(words, m.last) else 0
    if post and any(words[q] in lex and lex[words[q]] == -sign and words[q - 1] in ("not", "never")
                    for q in range(m.last + 2, min(len(words), m.last + 14))):
        post = 0  # "failure of PT, stretching and an NSAID, which have not controlled the pain": the 'not' is the
        # other predicate's, and says the same
    if p > m.last and words[p] in _PREDICATE_NOUNS and post_negated(words, max(toks)):
        post = 1  # "medical management failure is not described"
    if p > m.last and words[p - 1] in ("that", "which", "who") and post_negated(words, max(toks)):
        post = 1  # "conservative care that failed is not documented"
    if outer_negation(words, min(m.first, p), b):
        post += 1  # "it is not evident that she lacks the ability to exercise at home"
    return sign * (-1 if (len(negs) + post) % 2 else 1)


_THIRD_PERSON = {"justifies", "supports", "warrants", "allows", "merits", "permits", "favors", "favours",
                 "necessitates", "substantiates"}  # a finite verb that 'not' cannot govern directly


def _apposition_start(words: list[str], k: int, floor: int) -> int | None:
    """The opening comma of a short verbless apposition that closes at k, after a subject with its auxiliary:
    'does the request, six sessions, exceed'."""
    for j in range(k - 1, max(floor - 1, k - 7), -1):
        if words[j] == ",":
            inside = words[j + 1:k]
            head = words[max(floor, j - 4):j]
            return j if inside and not set(inside) & (L.FINITE_VERBS | {"and", "but", "or"}) \
                and set(head) & {"does", "do", "did", "is", "are", "was", "were"} \
                and set(head) & {"not", "nor", "never"} else None
    return None


def predicate_negations(words: list[str], i: int, floor: int, reach: int = 8) -> int:
    """Negators governing an outcome word at i: 'is not medically necessary', 'cannot be certified'."""
    n, k, steps = 0, i - 1, 0
    if words[max(0, i - 3):i][:1] == ["be"] and words[i - 2:i] in (["shown", "to"], ["said", "to"], ["found", "to"],
                                                                   ["expected", "to"], ["considered", "to"]):
        reach += 3  # "no functional improvement from psychotherapy could yet be shown to justify 12 visits"
    while k >= floor and steps < reach:
        w = words[k]
        if w == "," and (opening := _apposition_start(words, k, floor)) is not None:
            k = opening - 1  # "nor does the request, six sessions, exceed the trial": past the apposition
            continue
        if w in _BACK_STOP or w in ("which", "who", "because", "since", "if", "unless", "when", ",", "so",
                                    "therefore", "thus"):
            break
        if w in ("and", "or") and k + 1 < i and words[k + 1] in ("no", "nor", "not", "never") and n:
            break  # "no written authorization and no postsurgical indication to lift it": the nearer 'no' is the
            # whole negation; the earlier one belongs to its own noun phrase
        if k < i - 1 and w in L.EVALUATIVE and words[k + 1] not in L.EVALUATIVE \
                and words[k + 1] not in ("to", "that", "or", "and", ",", "medically", "clinically", "nor"):
            break  # "a topical that contains any drug the guideline does not recommend is itself not recommended":
            # the earlier 'not' has its own verb
        if k < i - 2 and words[k - 1:k] in (["not"], ["never"]) \
                and set(words[max(floor, k - 4):k - 1]) & {"that", "which", "who"} \
                and (w in L.FINITE_VERBS or w.endswith("ed")):
            break  # "a treatment that has not produced gains is not supported": the relative clause's own 'not'
        if w == "that" and k >= 3 and words[k - 3] == "not" and words[k - 2] in ("a", "an") and words[k - 1].isalpha():
            n += 1  # "this is not a request that goes beyond an initial trial"
            break
        if w in ("that", "whether"):
            head = words[max(floor, k - 6):k]  # "nor can it be said that"
            if any(x in L.PREDICATE_NEGATORS for x in head) and any(x in L.NEGATED_COMPLEMENT_HEADS for x in head):
                n += 1
            break
        nxt = words[k + 1:k + 2]
        if words[i] in _THIRD_PERSON and w in ("not", "cannot", "can't", "never") and k + 1 < i:
            pass  # "a flare she cannot manage unaided justifies therapy": 'cannot' has its own verb
        elif w in ("omit", "omits", "omitted", "lacking", "missing") and k < i - 1:
            n += 1  # "the record does not omit a reason for further care"
        elif w in ("difficult", "hard", "impossible") and nxt == ["to"] and k == i - 2:
            n += 1  # "the request is difficult to support at this time"
        elif w == "too" and words[k + 2:k + 3] == ["to"] and k + 3 == i:
            n += 1  # "the symptoms have not been too brief to justify testing": too brief denies the justifying
        elif w in ("outside", "beyond") and k >= i - 3 and (words[i] in L.EVALUATIVE_NOUNS or words[i + 1:i + 2] in (
                ["indication"], ["indications"], ["use"], ["uses"], ["limits"], ["range"])):
            n += 1  # "which places her outside the indication for trigger point injection", "used outside its
            # supported indications"
        elif w in ("absence", "lack") and nxt == ["of"]:
            # "the absence of documented benefit is no reason to deny it", "given his lack of progress it would be
            # reasonable to allow": the noun's own negation, not the verdict's
            if words[k - 1:k] == ["no"] and k - 1 >= floor:
                k, steps = k - 1, steps + 1  # "there is no lack of a reason to reduce weight bearing": affirmed
        elif w == "without" and words[i] in L.EVALUATIVE_NOUNS and all(
                x in ("any", "a", "real", "clear", "adequate", "sufficient", "medical") for x in words[k + 1:i]):
            n += 1  # "the request is (not) without support": the noun denied
        elif k == i - 1 and words[k - 1:k + 1] in (["rather", "than"], ["instead", "of"]):
            n += 1  # "reasonable to allow a shorter course rather than deny therapy altogether": the denial refused
            break
        elif w == "neither" and "nor" in words[k + 1:i]:
            pass  # "neither indicated nor within the limit": the 'nor' already counted once for both
        elif w == "no" and k > 0 and words[k - 1] == "with" and k + 1 < i - 1:
            pass  # "twelve visits with no trial yet exceeds both": the phrase's own 'no'
        elif (w in L.PREDICATE_NEGATORS and not (w == "no" and nxt[:1] and (nxt[0] == "doubt" or (
                nxt[0] in _NOT_NEGATORS_AFTER_NO and words[k + 2:k + 3] == ["than"])))) \
                or (w in ("fail", "fails", "failed") and nxt == ["to"]):
            n += 1
        k, steps = k - 1, steps + 1
    if steps >= reach and k >= floor and words[floor:floor + 1] in (["nor"], ["neither"]) \
            and words[floor + 1:floor + 2] in (["is"], ["was"], ["are"], ["does"], ["can"], ["would"], ["could"]) \
            and not any(x in _BACK_STOP or x == "," or x in L.FINITE_VERBS for x in words[floor + 2:i]):
        n += 1  # "nor is a request for 20 sessions at the outset consistent with the guideline": a long subject
    lead = floor + 1 if words[floor:floor + 1] in (["and"], ["so"], ["but"]) else floor
    if words[lead:lead + 2] in (["there", "is"], ["there", "are"], ["there", "was"], ["there", "were"]):
        lead += 2
    if steps >= reach and k >= floor and words[lead:lead + 1] in (["no"], ["nothing"], ["none"]) \
            and (words[i - 1] in L.MODALS or (words[i - 1] == "to" and lead > floor + 1)) \
            and not any(x in _BACK_STOP or x in (",", "that", "which", "who")
                        or (x in L.FINITE_VERBS and q > lead + 1)
                        for q, x in enumerate(words[lead + 1:i - 1], lead + 1)):
        n += 1  # "and no documented obstacle to a home exercise program would warrant renewed care", "there is no red
        # flag or unequivocal finding of nerve compromise to justify imaging": a long negated noun phrase
    elif steps >= reach and floor <= lead <= k and words[lead:lead + 1] in (["no"], ["nothing"], ["none"]) \
            and any(words[q] in ("makes", "make", "made", "renders", "render") for q in range(lead + 1, i)) \
            and not any(x in _BACK_STOP or x in (",", "that", "which", "who") for x in words[lead + 1:i]):
        n += 1  # "nothing in the record makes the home health aide medically necessary": the negated subject of a
        # verb that makes the object so
    return n


def silence_denied(w: list[str], m: Match) -> bool:
    """'The record is not silent on his gastrointestinal risk': it speaks to the risk, which may be there or not."""
    k = next((q for q in range(m.first - 1, max(-1, m.first - 5), -1) if w[q] in ("silent", "silence")), None)
    return k is not None and w[k + 1:k + 2] in (["on"], ["about"], ["as"], ["regarding"], ["concerning"]) \
        and bool(set(w[max(0, k - 6):k]) & {"not", "never", "nor"})  # "it is not that the record is silent on"
