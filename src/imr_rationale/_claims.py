"""What a rationale claims: its conclusions, whether the criteria are met, whether the request is within
the guideline's limit, and each fact the item's criteria read. Each claim is compared with the
determination; a disagreement is a Hit.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import SequenceMatcher
from functools import lru_cache

from . import _lexicon as L
from ._conclusions import outcome_sign, outcome_words, reasons, service_words
from ._scope import (
    COPULAS,
    Match,
    asserted,
    back_negator,
    disjoined,
    existence_polarity,
    find_terms,
    negations,
    object_of_on,
    outer_negation,
    predicate_negations,
    predicate_polarity,
    self_asserting,
    silence_denied,
)
from ._sentences import Hit, Segment, Sentence, has_verb, split_sentences, tokenize
from .engine import CriterionResult, Determination, FactReading

# ---------------------------------------------------------------- the determination's own words

_LEADS = [["in", "this", "case"], ["in", "the", "case", "of", "this", "worker"], ["here"], ["also"], ["however"],
          ["moreover"], ["further"], ["furthermore"], ["additionally"], ["in", "addition"], ["specifically"]]


def _norm(words: list[str]) -> list[str]:
    w = [x for x in words if x.isalnum()]
    changed = True
    while changed:
        changed = False
        for lead in _LEADS:
            if w[:len(lead)] == lead:
                w, changed = w[len(lead):], True
    return w


_CLAUSE_LINKS = {"that", "which", "who", "where", "because", "since", "while", "and", "but", "so", "although"}


def _modal_governs(w: list[str], first: int, last: int) -> bool:
    """Whether a modal ("may", "could", ...) hedges the term at w[first:last+1]: one before it in the clause,
    or one after it before the next clause link. In "a red flag is present in the note that suggests there
    may be nerve compromise", "may" hedges the nerve compromise, not the red flag."""
    if any(L.is_modal(w, j) and not _reported_inability(w, j) for j in range(first)):
        return True
    for k, x in enumerate(w[last + 1:], last + 1):
        if x in ("and", "or") and _np_to_modal(w, k + 1):
            continue  # "trigger points with a twitch response and referred pain would be needed": one subject
        if x in _CLAUSE_LINKS or (x == "," and set(w[max(0, first - 5):first]) & {"despite", "notwithstanding"}):
            return False  # "despite the employer's written authorization, the visits would come to 28": conceded
        if L.is_modal(w, k):
            return True
    return False


_ASKING = {"reason", "reasons", "why", "explanation", "barrier"}


def _reported_inability(w: list[str], j: int) -> bool:
    """'no reason he could not continue his home exercises', 'does not explain why she could not go on alone': the
    record's account of an inability, asked about or denied, not a hypothesis."""
    return L.could_not(w, j) and bool(set(w[max(0, j - 5):j]) & _ASKING) and not set(w) & {"if", "unless", "otherwise"}


def _np_to_modal(w: list[str], k: int) -> bool:
    """Only a short noun phrase, no verb, between w[k] and the next modal."""
    for q in range(k, min(len(w), k + 5)):
        if w[q] in L.MODALS:
            return q > k
        if not w[q].isalpha() or w[q] in L.FINITE_VERBS or w[q] in _CLAUSE_LINKS:
            return False
    return False


def known_sentence(sent: Sentence, det: Determination) -> str | None:
    """'summary' when the sentence restates the guideline summary, 'statement' when it restates what the
    determination itself says of a criterion (its own words for the status it found); else None."""
    mine = _norm([t.text for t in sent.tokens])
    if len(mine) < 4:
        return None
    for kind, texts in (("summary", [det.summary]), ("statement", [c.statement for c in det.criteria])):
        for text in texts:
            for theirs in _sentence_words(text):
                if SequenceMatcher(None, mine, theirs, autojunk=False).ratio() >= 0.9:
                    return kind
    return None


@lru_cache(maxsize=512)
def _sentence_words(text: str) -> tuple[list[str], ...]:
    """The determination's own sentences as known_sentence compares them: read once per text."""
    return tuple(_norm([t.text for t in tokenize(text[s:e])]) for s, e in split_sentences(text))


# ---------------------------------------------------------------- criteria met, limits


def criteria_claims(sent: Sentence, det: Determination, fact_terms: dict[str, list[str]]) -> list[Hit]:
    """'All the criteria are met' beside a denial, or 'the criteria are not met' beside an approval."""
    hits: list[Hit] = []
    want = outcome_sign(det)
    for n_seg, seg in enumerate(sent.segments):
        w = seg.words
        short = next((p for p in range(len(w) - 3) if w[p] in ("falls", "fall", "fell") and w[p + 1:p + 3] == ["short",
                      "of"] and set(_upto_comma(w[p + 3:p + 17])) & {"requires", "require", "required", "requirements",
                                                                     "criteria"}), None)
        # "falls short of the four A's and of the functional improvement the guideline requires"
        if short is not None and want == 1 and not seg.modal \
                and not set(w[max(0, short - 3):short]) & {"not", "never", "nor"}:  # "the documentation falls short
            phrase = _span_text(sent, seg, short, min(len(w) - 1, short + 6))  # of what the guideline requires"; but
            # not "the request does not fall short of the trial criteria"
            hits.append(Hit("inconsistent_reasoning", f"sentence {sent.index} says the criteria are not met "
                            f"('{phrase}'), but the determination is {det.outcome}: {outcome_words(det)}; "
                            f"{reasons(det)}. State the reasons the determination gives.", sent.index,
                            _span(seg, short, min(len(w) - 1, short + 6)), phrase))
            continue
        deontic = seg.deontic and bool(set(seg.words) & (L.DEONTIC - {"prerequisite"}))  # "every prerequisite is
        if seg.hyp or deontic or (seg.guideline and not seg.case and not _judged_met(sent, seg)) or "?" in seg.words:
            continue  # in place" states, it does not require; "does the request meet that standard?" asks
        w, off = seg.words, 0
        lead_words = sent.segments[n_seg - 1].words if n_seg > 0 else []
        noun = next((x for q, x in enumerate(lead_words[-5:-2], len(lead_words) - 5) if x in L.CRITERIA_NOUNS
                     and lead_words[q + 1:q + 2] in (["for"], ["of"])), None)  # "the criteria for muscle relaxants,
        # which are met"
        if seg.kind == "rel" and n_seg > 0 and (set(lead_words[-3:]) & L.CRITERIA_NOUNS or noun):
            w, off = [noun or lead_words[-1], *w], 1  # "the criteria, which are not satisfied"
        elif n_seg > 0 and w[:1] in (["is"], ["are"]) and set(sent.segments[n_seg - 1].words) & L.CRITERIA_NOUNS:
            lead = sent.segments[n_seg - 1].words
            w, off = [*lead, *w], len(lead)  # "every criterion on page 122, trigger points included, is documented"
        elif n_seg > 0 and set(sent.segments[n_seg - 1].words) & L.CRITERIA_NOUNS and any(
                w[k:k + 3] in (["every", "one", "of"], ["all", "of", "them"], ["each", "of", "them"])
                for k in range(len(w))):
            w, off = ["all", "criteria", *w], 2  # "reviewing the prerequisites, I find every one of them satisfied"
        for p, x in enumerate(w):
            if x == "place" and w[p - 1:p] == ["in"]:
                x = "met"  # "every prerequisite for testing is in place"
            if x in ("reach", "reaches", "reached", "clear", "clears", "cleared") \
                    and set(w[p + 1:p + 5]) & {"threshold", "standard", "bar"}:
                x = "meets"  # "the findings do not reach the guideline's threshold for imaging"
            if x not in L.MET_WORDS and x not in ("documented", "present", "established", "shown"):
                continue
            if w[p - 1:p] == ["otherwise"] or (w[p - 2:p - 1] == ["otherwise"] and w[p - 1] in ("fully", "all")) \
                    or set(w[p + 1:p + 3]) & {"except", "save"} or w[p + 1:p + 3] == ["but", "one"]:
                continue  # "although the criteria are otherwise satisfied, ... the cap is exceeded", "every
                # criterion is met except one": all but one
            reach = 26 if {"namely", "including", "viz"} & set(w[max(0, p - 26):p]) \
                or w[max(0, p - 26):p].count(",") >= 2 else 16  # "each of the conditions, namely the agent, an acute
            # flare and a short course, is satisfied"; "the criteria under Chapter 8, page 178, duration and ..."
            fwd = 10 if w[p + 1:p + 2] in (["both"], ["all"], ["each"]) else 7  # "meets both the indication and
            # the functional improvement requirements"
            nouns = [k for k in range(max(0, p - reach), min(len(w), p + fwd)) if w[k] in L.CRITERIA_NOUNS
                     or (w[k] == "indications" and x in L.MET_WORDS)  # "satisfies the ACOEM indications for imaging"
                     or (w[k] in ("condition", "prerequisite") and set(w[max(0, k - 2):k]) & _ALL_OF)
                     or (w[k] in ("guideline", "guidelines") and k == p + 2 and x in L.MET_WORDS
                         and w[p + 1] == "the" and w[k + 1:k + 2] in ([], ["."], [","], [";"], ["here"])
                         and ("request" in w[max(0, p - 3):p] or w[p - 1:p] in (["it"], ["this"])))
                     # "so the request meets the guideline"
                     or (w[k] in ("cap", "limit", "ceiling", "threshold") and _criteria_by_modifiers(w, k, det))]
            # "the statutory visit cap is satisfied": a criterion named by its own words
            if nouns and x not in L.MET_WORDS and not (nouns[0] < p and set(w[max(0, nouns[0] - 3):nouns[0]])
                                                       & {"every", "each", "all"}):
                continue  # "every criterion on page 122 is documented"; but "the criteria documented" names them
            if not nouns:
                continue
            k = nouns[0]
            other = [y for y in w[k + 2:k + 5] if y not in ("a", "an", "the", "further", "specialist")][:1]
            if w[k + 1:k + 2] == ["for"] and other and other[0] in _OTHER_STEPS - service_words(det):
                continue  # "he meets the threshold for referral": a step before the request, not its criteria
            sign = -1 if _criteria_negations(w, k, p) % 2 else 1
            named = _named_criterion(w, det) or _requirement_for(w, k, det, fact_terms)  # by its terms, or "the
            # requirement for objective functional improvement"; else "the compounding and lidocaine criteria"
            listed = [named] if named is not None else _criteria_by_modifiers(w, k, det)
            wrong = [c for c in listed if (c.status == "met") != (sign == 1) and (
                c.status in ("met", "not_met") if c is named
                else c.decisive and c.status in ("met", "not_met", "not_documented"))]
            if wrong:
                c = wrong[0]
                phrase = _span_text(sent, seg, max(0, min(k, p) - off), max(0, max(k, p) - off))
                hits.append(Hit("inconsistent_reasoning", f"sentence {sent.index} says the criterion {c.id} is "
                                f"{'met' if sign == 1 else 'not met'} ('{phrase}'); the determination says: "
                                f"{c.statement} ({c.id}: {c.status})", sent.index,
                                _span(seg, max(0, min(k, p) - off), max(0, max(k, p) - off)), phrase))
                break
            if named is not None and not wrong:
                continue
            if not listed and ((want == -1 and sign == 1 and (not _partial(w, k, fact_terms) or _topic_named(w, k, det))
                                and not _named_before(sent, n_seg, w, k, fact_terms))
                               or (want == 1 and sign == -1)):
                a, b = max(0, min(k, p) - off), max(0, max(k, p) - off)
                phrase = _span_text(sent, seg, a, b)
                said = "the criteria are met" if sign == 1 else "the criteria are not met"
                hits.append(Hit("inconsistent_reasoning",
                                f"sentence {sent.index} says {said} ('{phrase}'), but the determination is "
                                f"{det.outcome}: {outcome_words(det)}; {reasons(det)}. State the reasons the "
                                f"determination gives.", sent.index, _span(seg, a, b), phrase))
                break
    return hits


_OTHER_STEPS = {"referral", "evaluation", "screening", "consultation", "assessment", "diagnosis", "workup"}


def _topic_named(w: list[str], k: int, det: Determination) -> bool:
    """'the imaging criteria', 'the TENS criteria': the topic's criteria named by the topic or the service, all of
    them, not one by its own name."""
    own = {x for c in det.criteria for x in re.split(r"[._]", c.id)[1:]}
    topic = ({c.id.split(".")[0] for c in det.criteria} | service_words(det)) - own
    return k > 0 and w[k - 1] in topic and w[k] in ("criteria", "requirements", "conditions", "prerequisites") \
        and not set(w[k + 1:k + 8]) & {"except", "apart", "but", "save", "other", "such"}


def _named_before(sent: Sentence, n_seg: int, w: list[str], k: int, fact_terms: dict[str, list[str]]) -> bool:
    """'Her symptoms have lasted over three months and a single injection is within the limit, so those criteria
    are satisfied': the criteria the same sentence has just named, not all of them."""
    return k > 0 and w[k - 1] in ("those", "these") and any(
        find_terms(s.words, fact_terms) or (has_verb(s.words) and not s.guideline) for s in sent.segments[:n_seg])


def _upto_comma(w: list[str]) -> list[str]:
    return w[:next((q for q, x in enumerate(w) if x in (",", ";", ":")), len(w))]


_ALL_OF = {"each", "every", "all", "mtus", "guideline", "guidelines"}  # "each MTUS condition is satisfied"


def _judged_met(sent: Sentence, seg: Segment) -> bool:
    """'The criteria for cervical imaging under ACOEM Chapter 8 are satisfied in this record': naming the guideline
    does not make it the guideline speaking, since a guideline never says its criteria are met."""
    w = seg.words
    return not seg.modal and any(x in ("satisfied", "met", "fulfilled") for x in w) \
        and not set(w) & {"only", "when", "if", "unless", "once", "where", "until"} \
        and not any(s.kind == "cond" for s in sent.segments)


def _named_criterion(w: list[str], det: Determination) -> CriterionResult | None:
    """The one criterion the clause names by its terms ('the duration requirement'), if any."""
    named = [c for c in det.criteria if c.terms and find_terms(w, {c.id: list(c.terms)})]
    return named[0] if len(named) == 1 else None


def _requirement_for(w: list[str], k: int, det: Determination,
                     fact_terms: dict[str, list[str]]) -> CriterionResult | None:
    """'the guideline's requirement for objective functional improvement': the criterion that reads that fact."""
    if w[k] not in ("requirement", "criterion") or w[k + 1:k + 2] not in (["for"], ["of"]):
        return None  # "the requirement for (of) documented functional improvement"
    keys = {m.key for m in find_terms(w[k + 2:k + 8], fact_terms)}
    found = [c for c in det.criteria if any(f.name in keys for f in c.facts) and c.status in ("met", "not_met")]
    return found[0] if len(found) == 1 else None


def _criteria_by_modifiers(w: list[str], k: int, det: Determination) -> list[CriterionResult]:
    """'the compounding and lidocaine criteria': the criteria whose names the modifiers give."""
    mods, j = [], k - 1
    while j >= 0 and (w[j].isalpha() or w[j] == ",") and w[j] not in L.DETERMINERS and w[j] not in L.FINITE_VERBS:
        if w[j] not in ("and", "or", ",", "mtus", "guideline", "guidelines", "page", "acoem", "cpmtg") \
                and len(w[j]) > 3:
            mods.append(w[j][:5])
        j -= 1
    if not mods:
        return []
    words = [*mods, w[k][:5]]
    score = {c.id: sum(m in {x[:5] for x in re.split(r"[._]", c.id)[1:] if len(x) > 3} for m in words)
             for c in det.criteria}
    best = max(score.values(), default=0)
    return [c for c in det.criteria if best and score[c.id] == best]  # "the visit limit": not the visit cap


def _criteria_negations(w: list[str], k: int, p: int) -> int:
    if k < p:  # "not all of the criteria are met", "none of the criteria is met"
        lo = max(0, k - 8)
        lo = max([j + 1 for j in range(lo, k) if w[j] in ("that", "whether", ",")], default=lo)  # not "care has
        # not resolved it, the MTUS criteria for a repeat ESI are not met": the earlier clause's own 'not'
        neither = "neither" in w[lo:k]  # "neither the indication nor the extension requirement is satisfied": once
        return predicate_negations(w, p, k + 1) + sum(1 for j in range(lo, k)
                                                      if w[j] in ("none", "neither", "not", "no", "nor")
                                                      and w[j + 1] != "-" and not (neither and w[j] == "nor")) \
            + int(outer_negation(w, k, None))  # but "the no-radiculopathy criterion"; "it cannot be said that"
    n, q = 0, p - 1  # "does not meet the criteria": only the verb group, not "the absence of X ... meet"
    while q >= 0 and w[q] in _VERB_GROUP:
        n += w[q] in ("not", "never", "cannot", "fails", "failed", "fail", "unable")
        q -= 1
    return n + (w[p + 1:p + 2] in (["none"], ["neither"], ["no"]))  # "this request meets none of those conditions"


_VERB_GROUP = {"not", "never", "cannot", "does", "do", "did", "can", "could", "would", "will", "fails", "failed", "by",
               "itself", "themselves", "alone", "on", "its", "their", "own",  # "does not on its own meet"
               "fail", "to", "has", "have", "been", "yet", "still", "also", "clearly", "fully", "unable", "is", "are",
               "now"}


_NOT_NAMING = {"the", "all", "these", "those", "its", "their", "of", "are", "is", "page", "mtus", "guideline",
               "guidelines", "acoem", "cpmtg", "other", "such", "listed", "stated", "relevant", "applicable", "key",
               "decisive", "necessary", "required", "main", "essential", "remaining", "various", "several", "many",
               "eight", "six", "five", "four", "three", "two", "both", "each", "every", "any", "no", "some", "and"}


def _partial(w: list[str], k: int, fact_terms: dict[str, list[str]]) -> bool:
    """'One of the criteria', 'the duration criterion', 'the trigger point criterion': not all of them."""
    if set(w[max(0, k - 6):k]) & {"every", "each", "all", "both"}:
        return False  # "each MTUS condition for a topical lidocaine product"
    if w[k] in ("criterion", "requirement") or any(y in L.PARTIAL_QUANTIFIERS for y in w[max(0, k - 5):k]):
        return True
    if any(y.isdigit() for y in w[k + 1:k + 2]):
        return True
    if w[k] in ("requirements", "criteria", "conditions", "prerequisites") and k > 0 and w[k - 1].isalpha() \
            and w[k - 1] not in _NOT_NAMING and not w[k - 1].endswith("'s"):
        return True  # "the duration, failed care and normal examination requirements are satisfied": named ones
    if w[k + 1:k + 2] == ["that"] or ["such", "as"] in (w[q:q + 2] for q in range(k + 1, min(len(w), k + 8))):
        return True  # "the criteria that are satisfied, such as the duration, cannot rescue ...": some of them
    if any(w[q:q + 2] in (["apart", "from"], ["except", "for"], ["other", "than"], ["save", "for"], ["but", "for"])
           or w[q] == "except" for q in range(k + 1, min(len(w), k + 8))):
        return True  # "page 122 criteria are met apart from the first": all but one
    masked = _masked(w)
    return any(not set(range(m.first, m.last + 1)) & masked and (k < m.first <= k + 4 or k - 4 <= m.last < k)
               and not (w[k + 1:k + 3] in (["for", "a"], ["for", "an"]) and w[m.first - 1:m.first] in (["a"], ["an"])
                        and w[m.first:m.first + 1] == ["repeat"])
               for m in find_terms(w, fact_terms))  # "the trigger point criterion", "the criteria for imaging"; but
    # "the page 46 criteria for a repeat injection" are all of the request's criteria


def limit_claims(sent: Sentence, det: Determination) -> list[Hit]:
    if det.quantity is None:
        return []
    limits = [c for c in det.criteria if det.quantity.display() in c.statement and c.status in ("met", "not_met")]
    if not limits:
        return []
    request_figs = set(re.findall(r"\d+", det.quantity.display()))
    hits: list[Hit] = []
    about_request = [_about_request(g.words) for g in sent.segments]
    for n_seg, seg in enumerate(sent.segments):
        if seg.hyp or seg.deontic or (seg.guideline and not seg.case):
            continue  # "the 8 requested would exceed the cap" states the request's reach: modal, not hypothetical
        w = seg.words
        if seg.modal and (not (set(re.findall(r"\d+", " ".join(w))) & request_figs
                               or any(w[i] in ("the", "this") and w[i + 1] in ("request", "requested")
                                      for i in range(len(w) - 1)))
                          or w[:2] in (["a", "request"], ["any", "request"])):
            continue  # "a request beyond 10 visits would exceed ...": some other request
        earlier = about_request[:n_seg]
        lead_phrase = n_seg > 0 and sent.segments[n_seg - 1].words[:1] in (["with"], ["given"], ["at"]) \
            and not set(sent.segments[n_seg - 1].words) & _FINITE_AUX  # "With 20 visits completed and 8 requested,
        subj = 1 if w[:1] in (["and"], ["but"]) else 0  # "..., and they also exceed what the guideline allows"
        verb = subj + 2 if w[subj + 1:subj + 2] in (["also"], ["both"], ["all"]) else subj + 1
        about = about_request[n_seg] or (earlier and earlier[-1] and (lead_phrase or (  # the cap is not exceeded"
            w[:1] and w[0] in _LIMIT_VERBS))) \
            or (any(earlier) and w[subj:subj + 1] and w[subj] in ("they", "it", "these", "this", "that")
                and w[verb:verb + 1] and w[verb] in _LIMIT_VERBS | {"stay", "still", "would", "remain"})
        if not about or (w[subj:subj + 1] in (["a"], ["an"]) and set(w) & {"meant", "intended", "supposed"}):
            continue  # "no authorization for visits beyond the cap": not the request's reach; "a first course is not
            # meant to go beyond a 4-visit trial": what any first course should be
        for p, x in enumerate(w):
            if x in ("exceed", "exceeds", "exceeded", "exceeding", "excess", "surpass", "surpasses", "breach",
                     "breaches", "breached"):
                sign = 1
            elif x in ("within", "beyond", "above", "outside", "below", "under", "over") and _limit_follows(w, p, x):
                sign = -1 if x in ("within", "below", "under") else 1
            else:
                continue
            if x in ("outside", "beyond") and not any(y.isdigit() or y in L.NUMBER_WORDS or y in _LIMIT_NOUNS
                                                      for y in w):
                continue  # "that alone takes the request outside the guideline": its indication, not its reach
            if "to" in w[max(0, p - 3):p - 1] and w[p - 1] in ("it", "them", "this", "treatment", "therapy"):
                continue  # "no employer authorization to take it outside the cap": a purpose, not the request's reach
            if x == "outside" and set(w[max(0, p - 4):p]) & {"take", "takes", "taking", "bring", "brings", "place",
                                                            "places", "put", "puts"}:
                continue  # "no surgery to take the request outside the cap": an exemption, not the request's reach
            that = max((q for q in range(p) if w[q] == "that"), default=None)
            negs = predicate_negations(w, p, 0) + int(w[p + 1:p + 2] in (["neither"], ["none"]))  # "exceeds neither
            # the allowance nor the cap"; the same 'that' counts once; a far one ("it cannot be said that
            negs = negs + int(outer_negation(w, p, None)) if that is not None and p - that > 8 \
                else negs or int(outer_negation(w, p, None))  # 2-3 visits a week for 6 weeks does not exceed")
            if w[p - 1:p] == ["without"] and set(w[max(0, p - 8):p - 1]) & {"cannot", "not", "nor", "never"}:
                sign = 1  # "the request cannot be approved without exceeding the 24-visit limit": it exceeds
            else:
                sign *= -1 if negs % 2 else 1
            crit = _limit_named(w[p:p + 10], sent.text, limits, request_figs)
            if crit is None:  # "the 8 requested would exceed the limit": true of one of the limits is true
                crit = next((c for c in limits if (1 if c.status == "not_met" else -1) == sign), limits[0])
            if w[p + 1:p + 2] == ["both"] and sign == -1:  # "within both the guideline's allowance and the
                crit = next((c for c in limits if c.status == "not_met"), crit)  # statutory cap": each of them
            want = 1 if crit.status == "not_met" else -1  # +1: the request exceeds the limit
            if sign != want:
                phrase = _span_text(sent, seg, max(0, p - 3), min(len(w) - 1, p + 3))
                said = "exceeds" if sign == 1 else "is within"
                limit = "the statutory cap" if crit.citation else "the guideline's limit"
                hits.append(Hit("misstated_fact", f"sentence {sent.index} says the request {said} {limit} "
                                f"('{phrase}'); the determination says: {crit.statement} (criterion "
                                f"{crit.id}: {crit.status})", sent.index, _span(seg, p, p), w[p]))
                break
    return hits


_FINITE_AUX = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did"}
_LIMIT_VERBS = {"remain", "remains", "fall", "falls", "fell", "stay", "stays", "exceed", "exceeds", "is", "are",
                "would", "will", "lie", "lies", "sit", "sits", "go", "goes", "run", "runs"}
_STATUTORY = re.compile(r"\b(?:cap|statutory|statute|per injury|per-injury|labor code|4604)", re.I)


def _about_request(w: list[str]) -> bool:
    """The clause speaks of the request's reach: it names the request, or a count of visits."""
    if any((x in ("count", "tally") and w[k - 1:k] in (["visit"], ["the"])) or (
            x == "total" and w[k - 1:k] in (["the"], ["her"], ["his"])
            and w[k + 1:k + 2] in (["of"], ["visits"], ["is"], ["remains"], ["stays"], ["would"], ["will"]))
           for k, x in enumerate(w)):
        return True  # "the visit count remains within the statutory cap", "the total stays within the limit"
    if w[w[:1] in (["and"], ["but"]):][:4] in (["the", "number", "of", "visits"], ["the", "number", "of", "sessions"]):
        return True  # "the number of visits exceeds the trial the guideline allows"
    if any(x in ("times", "x") and k > 0 and (w[k - 1].isdigit() or w[k - 1] in L.NUMBER_WORDS)
           and w[k + 1:k + 3] in (["a", "week"], ["per", "week"], ["weekly"]) for k, x in enumerate(w)):
        return True  # "therapy 2-3 times a week for 6 weeks falls within the allowance": the request's schedule
    if not any(x in L.QUANTITY_NOUNS or x in ("visit", "session", "course") for x in w):
        return False  # "a 12-visit course"
    words = [x for x in w if x != "-"]
    return bool(set(w) & {"request", "requested", "requests", "course"}) or any(
        (y.isdigit() or y in L.NUMBER_WORDS) and (any(x in L.QUANTITY_NOUNS for x in words[k + 1:k + 3])
                                                 or words[k + 1:k + 2] in (["more"], ["additional"], ["further"]))
        for k, y in enumerate(words))  # "12 visits", "twelve weekly sessions", "8 more would exceed the cap"


_LIMIT_NOUNS = {"limit", "limits", "allowance", "cap", "maximum", "ceiling", "number", "visits", "sessions", "visit",
                "session", "injections", "quantity", "count", "total", "duration", "frequency", "supply"}


def _limit_named(after: list[str], text: str, limits: list[CriterionResult],
                 request_figs: set[str]) -> CriterionResult | None:
    """The limit a comparison names: the words after it first ('within the 24-visit statutory cap', 'within the
    guideline allowance'), then the sentence's figures or its statutory words; None when it names none."""
    near = " ".join(after)
    if _STATUTORY.search(near):
        return next((c for c in limits if c.citation), limits[0])
    if set(after) & {"guideline", "guidelines", "mtus", "allowance", "recommendation", "recommended"}:
        return next((c for c in limits if not c.citation), limits[0])
    figures = set(re.findall(r"\d+", text)) - request_figs
    return next((c for c in limits if figures & set(re.findall(r"\d+", c.statement))
                 or (_STATUTORY.search(text) and c.citation)), None if len(limits) > 1 else limits[0])


def _limit_follows(w: list[str], p: int, word: str) -> bool:
    nxt = w[p + 1:p + (10 if word in ("within", "outside", "beyond") else 3)]
    limits = {"limit", "limits", "allowance", "recommended", "allowed", "maximum", "cap", "range", "allows",
              "permitted", "permits", "permit", "allow", "ceiling"}
    if word in ("within", "outside", "beyond"):
        limits |= {"guideline", "guidelines", "mtus", "recommendation", "recommendations", "trial", "total"}
        if _STATUTORY.search(" ".join(nxt)):
            return True  # "within the 24 visits per injury that the Labor Code allows"
    return any(x in limits for x in nxt)


# ---------------------------------------------------------------- facts


_ANTONYMS = [("more than", ["less than", "fewer than", "under"]), ("greater than", ["less than"]),
             ("longer than", ["shorter than", "less than"]), ("at least", ["less than", "under"]),
             ("over", ["under", "less than"]), ("not tolerated", ["tolerates", "tolerated well", "tolerates well"]),
             ("unable to tolerate", ["completed", "tolerated", "tolerates"]),
             ("unable to", ["able to"])]  # "completed land-based therapy", "he is able to leave home"



_SYNONYMS = [("more than", ["beyond", "longer than", "in excess of", "past"]),
             ("unable to", ["inability to", "not able to"])]  # "an inability to tolerate land-based exercise"


def synonyms(term: str) -> list[str]:
    """'beyond three months' for 'more than three months', 'improvement in his activities' for 'improved
    activities': said, they state the term."""
    out = _variants(term, _SYNONYMS)
    first, _, rest = term.partition(" ")
    noun = _NOMINALS.get(first)
    if noun and rest and " " not in rest:
        out += [f"{noun} in {rest}", f"{noun} in his {rest}", f"{noun} in her {rest}"]
    return out


_NOMINALS = {"improved": "improvement", "reduced": "reduction", "increased": "increase", "decreased": "decrease"}


def antonyms(term: str) -> list[str]:
    """'less than three months' for 'more than three months': said, they deny the term."""
    return _variants(term, _ANTONYMS)


def _variants(term: str, table: list[tuple[str, list[str]]]) -> list[str]:
    """The term with each word of the table that it contains replaced by each of that word's alternatives."""
    out = []
    for word, others in table:
        if f" {word} " in f" {term} ":
            out += [f" {term} ".replace(f" {word} ", f" {o} ").strip() for o in others]
    return out


def fact_lexicon(det: Determination) -> dict[str, list[str]]:
    """The terms of each yes/no fact the item's criteria read (a not-applicable criterion's documented
    facts only), with their antonym variants; and of each criterion that is named as a whole."""
    out: dict[str, list[str]] = {}
    for crit in det.criteria:
        for f in crit.facts:
            if crit.status == "not_applicable" and f.value is None:
                continue
            if (isinstance(f.value, bool) or f.value is None or _none_of(f.value) or _positive_choice(f)) \
                    and f.terms:
                terms = list(f.terms) + [x for t in f.terms for x in synonyms(t) if x not in f.terms]
                out[f.name] = terms + [a for t in f.terms for a in antonyms(t)]
        if crit.terms and crit.status != "not_applicable":
            out[_CRITERION + crit.id] = list(crit.terms)
    return out


_CRITERION = "criterion:"


def _positive_choice(f: FactReading) -> bool:
    """A documented choice that names something found ('consistent' for a drug screen), when the fact's terms
    name the thing and not its choices: the thing is documented. A choice that names an absence
    ('no_aberrant_behavior') or terms that are the choices themselves ('patch', 'cream') say nothing a term can."""
    if not isinstance(f.value, str) or f.value.startswith(("no", "none", "non", "never")):
        return False
    choices = {c.replace("_", " ").lower() for c in f.choices}
    return not any(t.lower() in c or c in t.lower() for t in f.terms for c in choices)


def _none_of(value: object) -> bool:
    """A count of zero ('0 psychotherapy visits so far') says 'no' to the thing counted."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == 0


def _counted_history(det: Determination) -> dict[str, list[str]]:
    """A count of care already had ('12 acupuncture treatments completed'), above zero: its terms, for reading
    'he has had no acupuncture' as the history it denies."""
    return {f.name: list(f.terms) for c in det.criteria for f in c.facts
            if isinstance(f.value, (int, float)) and not isinstance(f.value, bool) and f.value > 0 and f.terms
            and set(f.name.split("_")) & _HISTORY_FACT}


def fact_values(det: Determination) -> dict[str, object]:
    """Each fact's value as a yes/no claim reads it: a count of zero is False, a documented choice True; a
    criterion named as a whole is True when met, False when not met, None when not documented."""
    out: dict[str, object] = {f.name: False if _none_of(f.value) else True if _positive_choice(f) else f.value
                              for c in det.criteria for f in c.facts}
    status = {"met": True, "not_met": False, "not_documented": None}
    out.update({_CRITERION + c.id: status.get(c.status) for c in det.criteria if c.terms})
    return out


def fact_claims(sent: Sentence, det: Determination, skip: set[int]) -> list[Hit]:
    lex = fact_lexicon(det)
    negated = {a for c in det.criteria for f in c.facts for t in f.terms for a in antonyms(t)}
    values = fact_values(det)
    counted = _counted_history(det)
    hist_lex, hist_values = lex | counted, values | dict.fromkeys(counted, True)
    hits: list[Hit] = []
    for n, seg in enumerate(sent.segments):
        status = _label_status(sent, n)
        if status is not None and n not in skip:  # "Absence of radiculopathy: not met."; a label with no status
            hits += _label_claims(sent, seg, status, lex, values, det) if status else []  # says nothing
            continue
        if seg.guideline and not seg.case and not seg.hyp and n not in skip and _denied_by_next(sent, n):
            found = next((m for m in find_terms(seg.words, lex) if values.get(m.key) is True
                          and m.phrase not in negated and existence_polarity(seg.words, m) == 1), None)
            if found is not None:  # "ACOEM asks for nerve root findings and failed treatment, and none of these is
                hits.append(_fact_hit(sent, seg, found, -1, True, det))  # established": the list, denied of the case
            continue
        if n in skip or (seg.guideline and not seg.case) or seg.kind == "cond" or _negated_head(sent, n):
            continue
        if seg.kind == "paren" and (set(_words_before(sent, seg)[-6:]) & L.NEGATORS
                                    or _GLOSS_DENIED_RX.match(sent.text[seg.end - sent.start:])):
            continue  # "none of the other indications (a failed strengthening program, ...) is documented";
            # "trigger points (twitch response with referred pain) not documented": the gloss is denied with its head
        first, handled = _first_time_claims(sent, seg, hist_lex, hist_values, det)
        if first:
            hits += first
            continue
        if not (seg.hyp or seg.deontic or seg.modal):
            had, done = _history_claims(sent, seg, hist_lex, hist_values, det)
            if had:
                hits += had
                continue
            handled |= done
        if seg.hyp or seg.deontic or _defines_criterion(seg.words):
            continue
        w = seg.words
        masked = _masked(w)
        listed = _list_lead(sent, n)
        matches = find_terms(w, lex)
        for m in matches:
            if m.phrase in ("failed", "fail", "fails") and w[m.last + 1:m.last + 2] == ["to"] \
                    and w[m.last + 2:m.last + 3] and w[m.last + 2] in _TRYING:
                continue  # "the worker has not failed to try other treatment": the trying, not a treatment failing
            if seg.modal and _modal_governs(w, m.first, m.last) and not outer_negation(w, m.first, None):
                continue  # but "he has not indicated that he would consider surgery" denies it
            if m.first >= 2 and w[m.first - 1] in ("only", "sole") and w[m.first - 2] in ("the", "her", "his") \
                    and set(m.phrase.split()) & {"deficit", "deficits", "finding", "findings", "sign", "signs"}:
                continue  # "the only neurological deficit is decreased sensation": the finding there is, named
            if w[max(0, m.first - 2):m.first] in (["no", "other"], ["any", "other"], ["no", "additional"]) \
                    or w[m.first - 1:m.first] == ["other"]:  # "other risk factors, such as an ulcer, are not
                # documented"
                continue  # "takes naproxen and no other NSAID": another one is denied, not the one named before
            if w[m.last + 1:m.last + 3] in (["is", "meant"], ["is", "intended"], ["is", "designed"], ["are", "meant"],
                                            ["are", "intended"], ["are", "designed"]):
                continue  # "findings that a short course of active therapy is meant to address": its purpose
            if m.phrase == "working" and set(w[max(0, m.first - 4):m.first]) & _WORKING_THINGS:
                continue  # "nothing suggests the opioid is not working": the drug's effect, not the worker's job
            if _undecided(w, m) or _required_or_class(w, m) or silence_denied(w, m):
                continue  # "a radiculopathy is neither evident nor excluded": neither said; "continued use
                # depends on documented benefit", "a risk factor in NSAID users": a requirement or a class
            if _object_of_other(w, m, matches) or (_elliptical(w, m) and not _presence_before(sent, n)):
                continue  # "so the compound is not." with no presence predicate to supply
            if listed is not None and not object_of_on(w, m.first):
                # "an indication is documented: a red flag" -- a list item takes its lead's verb; but in
                # "none: no ulcer, no complaints on naproxen" the drug is not a list item
                item_pol = -1 if listed == -1 or negations(w, m) % 2 else 1  # "none is documented: no X" stays so
                if (values.get(m.key) is True) != (item_pol == 1):
                    hits.append(_fact_hit(sent, seg, m, item_pol, values.get(m.key), det))
                    break
                continue
            if any(k in masked for k in range(m.first, m.last + 1)) and "injection" not in m.phrase:
                continue
            if _names_request(w, m) or m.key in handled:
                continue  # "medical necessity for this course of physical therapy": the request, not history
            near = set(w[m.last + 1:m.last + 3]) | set(w[max(0, m.first - 10):m.first])
            if near & L.CRITERIA_NOUNS:
                continue  # the name of a criterion ("the trigger point criterion", "criterion 1, trigger points")
            if _not_but(w, m) or ("not" in w[max(0, m.first - 6):m.first] and n + 1 < len(sent.segments)
                                  and sent.segments[n + 1].words[:1] == ["but"]
                                  and not has_verb(sent.segments[n + 1].words)):  # "not X but a cream ..."
                continue  # "not a lidocaine cream, lotion or gel but the 5% patch": which one, not whether
            if _identity_denied(w, m):
                continue
            if _judged(w, m):
                continue  # "nor can a repeat block be justified by the first one": the block judged, not denied
            if isinstance(values.get(m.key), bool) and _unknown_whether(w, m):
                hits.append(_fact_hit(sent, seg, m, 0, values.get(m.key), det))
                break  # "the record does not say whether he has ever had an ulcer" where it says he has not
            pred = L.predicate_class(m.key) if m.phrase.split()[0] not in ("no", "absence", "lack", "without") \
                else None  # "failed treatment with no other option planned": the term states its own absence, and
            # the fact's "failed" is not its predicate
            if (pred is None and _indication_for(w, m)) or _purpose_subject(w, m):
                continue  # "no indication for topical lidocaine": the indication is denied, not the lidocaine; "no
                # neuropathic findings for lidocaine to treat": nor is the lidocaine
            pol = predicate_polarity(w, m, pred) if pred else None
            if pred and (pol is not None or not self_asserting(m.phrase)):
                pass  # a fact that needs its predicate; a phrase carrying its own ('unable to tolerate') may stand
            elif self_asserting(m.phrase):
                pol = existence_polarity(w, m)
            else:
                n = negations(w, m)
                pol = -1 if n % 2 else (1 if n or asserted(w, m) else None)
            if _apposition_absent(w, m) or _named_missing(w, m):
                pol = -1  # "the decisive element, documented trigger points with twitch response, is absent"
            if pol is not None and m.phrase in negated:
                pol = -pol
            if pol is not None and "risk" in m.phrase.split()[-1:] and w[m.first - 1:m.first] and w[m.first - 1] in (
                    "low", "minimal", "negligible", "little"):
                pol = -pol  # "nothing suggests he is not at low gastrointestinal risk": low risk is no risk factor
            if pol is None or (pol == 1 and disjoined(w, m)) or (pol == -1 and _presupposed(w, m)):
                continue  # "no documentation that she cannot exercise after her earlier course of therapy"
            value = values.get(m.key)
            if (value is True and pol == -1) or (value is not True and pol == 1):
                hits.append(_fact_hit(sent, seg, m, pol, value, det))
                break
    return hits


_WORKING_THINGS = L.TREATMENT_SUBJECTS | {"it"}
_DENIERS = (["none", "of", "these"], ["none", "of", "them"], ["none", "of", "those"], ["neither", "of", "these"],
            ["neither", "of", "them"], ["neither", "of", "those"])
_SHOWN = {"established", "documented", "present", "met", "satisfied", "shown", "demonstrated", "record", "here", "case"}


def _denied_by_next(sent: Sentence, n: int) -> bool:
    """The next clause denies, of this case, everything the guideline clause lists: '..., and none of these is
    established in this record'."""
    if n + 1 >= len(sent.segments):
        return False
    w = sent.segments[n + 1].words
    w = w[1:] if w[:1] in (["and"], ["but"], ["yet"]) else w
    return any(w[:len(d)] == d for d in _DENIERS) and bool(set(w) & _SHOWN)


_TRYING = {"try", "attempt", "use", "pursue", "complete", "undergo", "take", "engage", "participate", "comply"}


def _indication_for(w: list[str], m: Match) -> bool:
    """'no indication for X', 'no role for X': what is denied is a reason to use X, not X."""
    k = next((q for q in range(m.first - 1, max(-1, m.first - 8), -1) if w[q] == "for"
              and (q > m.first - 4 or not set(w[q:m.first]) & {",", ";", "and", "or", "but"})), None)  # "no guideline
    # basis for withholding the 3 injections of local anesthetic"
    return k is not None and k > 0 and w[k - 1] in ("indication", "basis", "justification", "role", "place") \
        and (any(x in ("no", "not", "without", "nor") for x in w[max(0, k - 4):k - 1])
             or bool(set(w[m.last + 1:m.last + 4]) & {"absent", "lacking", "missing", "undocumented"}))
    # "the only indication for topical lidocaine is absent"


def _purpose_subject(w: list[str], m: Match) -> bool:
    """'findings for lidocaine to treat': the term is the subject of a purpose infinitive, not itself denied."""
    k = m.first - 1
    while k >= 0 and w[k] in ("the", "a", "an", "any", "topical"):
        k -= 1
    return k >= 0 and w[k] == "for" and w[m.last + 1:m.last + 2] == ["to"] and w[m.last + 2:m.last + 3] != [] \
        and w[m.last + 2].isalpha()


def _presupposed(w: list[str], m: Match) -> bool:
    """'after her earlier course of therapy', 'despite the prior injection': a phrase that takes the term as given,
    whatever the clause around it denies."""
    k = m.first - 1
    while k >= 0 and w[k] in ("the", "a", "an", "her", "his", "their", "its", "this", "that", "earlier", "prior",
                              "previous", "first", "recent", "completed", "initial", "last"):
        k -= 1
    if any(w[q] == "the" and (w[q + 1].isdigit() or w[q + 1] in L.NUMBER_WORDS)
           and "completed" in w[q + 2:m.first] for q in range(max(0, m.first - 4), m.first - 1)):
        return True  # "it cannot be said that the 12 completed chiropractic visits produced improvement": had
    if w[m.first - 1:m.first] == ["on"] and w[m.first - 2:m.first - 1] != [] and w[m.first - 2] in (
            "events", "complications", "symptoms", "complaints", "risk", "bleeding", "problems", "effects"):
        return True  # "anything other than low risk for gastrointestinal events on naproxen": the naproxen he takes
    if k >= 0 and w[k] in ("tolerating", "tolerate", "tolerated", "tolerates", "tolerance"):
        return True  # "nothing suggests he is not tolerating naproxen": what is tolerated or not, he takes
    if k == m.first - 1 and w[k] in ("after", "following", "despite") \
            and w[m.first] in ("prior", "previous", "earlier"):
        return True  # "no reason a home program cannot be continued after prior therapy"
    if k >= 1 and k < m.first - 1 and w[k] == "from" and w[k + 1] in ("her", "his", "their", "the", "this") \
            and w[k - 1] in _DRUG_EFFECTS:
        return True  # "nor is it the case that he has dyspepsia from the naproxen": the naproxen he takes
    return k >= 0 and k < m.first - 1 and w[k] in ("after", "following", "despite", "since", "before", "during") \
        and w[k + 1] in ("her", "his", "their", "the", "this", "that", "its")


_DRUG_EFFECTS = {"dyspepsia", "upset", "complaints", "symptoms", "effects", "relief", "benefit", "improvement",
                 "constipation", "sedation", "nausea", "heartburn", "bleeding", "problems", "intolerance"}


_REQUIRING = (["depends", "on"], ["depend", "on"], ["contingent", "on"], ["conditional", "on"], ["requires"],
              ["require"], ["requiring"], ["calls", "for"], ["call", "for"], ["conditioned", "on"], ["asks", "for"],
              ["ask", "for"], ["looks", "for"], ["presupposes"], ["presuppose"], ["presumes"], ["hinges", "on"],
              ["predicated", "on"])


_RECORD_SUBJECTS = {"note", "report", "physician", "provider", "doctor", "treater", "he", "she", "pr-2"}


def _record_asks(w: list[str], k: int) -> bool:
    """'The progress note asks for a Norco refill without recording his pain levels': the record makes a request;
    it sets no requirement."""
    return w[k] in ("asks", "ask") and k >= 1 and w[k - 1] in _RECORD_SUBJECTS


def _negated_head(sent: Sentence, n: int) -> bool:
    """'She is not someone who has already had therapy': a relative clause on a denied, indefinite head."""
    if n == 0 or sent.segments[n].kind != "rel":
        return False
    head = sent.segments[n - 1].words[-4:]
    return bool(set(head) & {"not", "no", "never"}) and bool(set(head) & {"someone", "anyone", "a", "an", "one",
                                                                          "person", "patient", "worker", "case"})


_ENDORSED = {"recommended", "indicated", "reserved", "endorsed", "advised", "supported", "approved", "suggested"}


def _required_or_class(w: list[str], m: Match) -> bool:
    before = w[max(0, m.first - 4):m.first]
    reach = w[max(0, m.first - 8):m.first]
    reach_all = w[:m.first]  # "which asks for at least 50% relief with reduced medication"
    base = max(0, m.first - 8)
    if any(reach[k:k + len(p)] == p and not _record_asks(w, base + k) for p in _REQUIRING for k in range(len(reach))) \
            and not set(reach) & {";", ":"}:
        return True
    if any(w[k] in ("reserves", "reserve", "reserved", "restricts", "limits") and "for" in w[k + 1:m.first]
           and not set(w[k + 1:m.first]) & {";", ":", "but"} for k in range(max(0, m.first - 14), m.first)):
        return True  # "the guideline reserves trigger point injections for myofascial pain with documented trigger
        # points": the cases it is for, not this one
    after = [x for x in w[m.last + 1:m.last + 6] if x not in ("the", "a", "an", "first", "second", "third", "key",
                                                              "main", "decisive", "essential", "core")]
    if after[:1] in (["is"], ["are"]) and after[1:2] in (["requirement"], ["criterion"], ["prerequisite"],
                                                         ["condition"], ["element"]):
        return True  # "documented trigger points are the first requirement on page 122": what is required
    wo = next((q for q in range(max(0, m.first - 3), m.first) if w[q] == "without"), None)
    if wo is not None and any(w[q] in ("cannot", "nor") or w[q:q + 2] in (["can", "not"], ["should", "not"],
                                                                        ["may", "not"])
                              for q in range(max(0, wo - 8), wo)) and "be" in w[max(0, wo - 6):wo]:
        return True  # "nor can a unit be purchased without a documented one-month trial": what a purchase requires
    if any(w[q:q + 2] in (["together", "with"], ["along", "with"]) for q in range(max(0, m.first - 4), m.first)) \
            and any(reach_all[k:k + len(p)] == p for p in _REQUIRING for k in range(len(reach_all))):
        return True  # "would require a documented trial, which is absent, together with stated goals"
    if any(before[k:k + 2] in (["alternative", "to"], ["alternatives", "to"], ["substitute", "for"], ["only", "with"],
                               ["only", "after"], ["only", "if"], ["only", "when"], ["in", "place"], ["users", "with"],
                               ["patients", "with"], ["workers", "with"]) for k in range(len(before) - 1)):
        return True  # "an alternative to land-based exercise", "extended only with documented improvement"
    wide = w[max(0, m.first - 6):m.first]
    if any(wide[k:k + 2] in (["for", "instance"], ["for", "example"], ["such", "as"]) for k in range(len(wide))) \
            or "e.g" in wide:
        return True  # "for instance in extreme obesity": an example of what would count
    if any(w[k] in ("after", "following", "once") and w[k - 1] in _APPLIES
           for k in range(max(1, m.first - 5), m.first)):
        return True  # "the transition applies after a completed course of therapy": when a rule applies
    if set(before[-2:]) & {"where", "whenever"}:
        return True  # "an alternative where reduced weight bearing is desirable": a condition
    if any(w[k:k + 2] == ["short", "of"] for k in range(max(0, m.first - 14), m.first)):
        return True  # "well short of the 50% relief for six to eight weeks that page 46 asks for": a threshold
    if w[m.last + 1:m.last + 3] in (["-", "related"], ["-", "induced"], ["-", "associated"], ["-", "directed"],
                                    ["-", "based"], ["-", "specific"], ["-", "focused"], ["-", "driven"]):
        return True  # "no NSAID-related dyspepsia": the term names a cause, not a drug taken or not
    lead = m.first - (1 if w[m.first - 1:m.first] in (["a"], ["an"], ["the"]) else 0)
    if w[max(0, lead - 2):lead] == [",", "not"] and any(
            w[k] == "for" and w[k - 1] in _PURPOSE_HEADS for k in range(1, lead - 2)):
        return True  # "TPIs are for myofascial pain, not radicular pain": what the treatment is for
    than = lead
    while than > 0 and (w[than - 1] in ("a", "an", "the") or w[than - 1].endswith("ly")):
        than -= 1  # past "a clinically"
    if w[max(0, than - 2):than] == ["rather", "than"] and any(
            w[k] in ("reserves", "reserve", "reserved", "limits", "restricts", "intended", "meant")
            for k in range(max(0, than - 16), than - 2)) and ";" not in w[max(0, than - 16):than]:
        return True  # "reserves electrodiagnostic testing for subtle dysfunction rather than a clinically obvious
        # radiculopathy": the cases the test is for, not this one
    if w[max(0, lead - 2):lead] and w[lead - 1] == "for" and w[lead - 2] in _ENDORSED \
            and "this" not in w[max(0, lead - 6):lead]:
        return True  # "nor are they recommended for radicular pain": what the treatment is recommended for
    if before[-3:] == ["more", "than", "one"] or before[-1:] in (["another"], ["second"], ["multiple"], ["several"]):
        return True  # "not on more than one NSAID": how many, not whether
    if w[m.last + 1:m.last + 2] in (["workers"], ["claimants"], ["individuals"], ["people"], ["persons"]) \
            and "for" in w[max(0, m.first - 3):m.first]:
        return True  # "home health services are for homebound workers": whom the service is for
    if w[max(0, m.first - 2):m.first] in (["silent", "on"], ["silent", "about"], ["silent", "regarding"]) \
            and w[max(0, m.first - 3):m.first - 2] in (["not"], ["never"]):
        return True  # "the file is not silent on gastrointestinal risk": it speaks of it, either way
    return w[m.last + 1:m.last + 2] in (["users"], ["patients"], ["takers"], ["recipients"])


_APPLIES = {"applies", "apply", "relevant", "required", "expected", "needed", "comes", "due", "only", "arises",
            "begins", "starts"}
_PURPOSE_HEADS = {"is", "are", "indicated", "reserved", "intended", "used", "meant", "recommended", "designed"}
_BOTH_WAYS = {"excluded", "ruled", "absent", "confirmed", "established", "present", "evident", "disproved", "proven",
              "proved", "shown"}


def _undecided(w: list[str], m: Match) -> bool:
    """'X is neither evident nor excluded', 'neither confirmed nor ruled out': the clause leaves X open."""
    if "neither" not in w or "nor" not in w:
        return False
    k, n = w.index("nor"), w.index("neither")
    return m.first < n < k and m.last <= k and w[k + 1:k + 2] != [] and w[k + 1] in _BOTH_WAYS \
        and any(x in _BOTH_WAYS for x in w[n + 1:k])


def choice_claims(sent: Sentence, det: Determination, skip: set[int]) -> list[Hit]:
    """A documented choice stated as another of its choices: 'the urine drug screen was inconsistent' when the
    record says consistent."""
    for c in det.criteria:
        for f in c.facts:
            if not f.choices or not isinstance(f.value, str) or not f.terms:
                continue
            others = {ch.replace("_", " ") for ch in f.choices if ch != f.value and ch not in ("none", "other")}
            if len(others) != 1:
                continue  # a two-way choice only: "consistent" or "inconsistent"
            ch = next(iter(others))
            toks = ch.split()
            for n, seg in enumerate(sent.segments):
                w = seg.words
                if n in skip or seg.hyp or seg.modal or (seg.guideline and not seg.case) or seg.kind == "cond":
                    continue
                for m in find_terms(w, {f.name: list(f.terms)}):
                    after = m.last + 1
                    while after < len(w) and w[after] in ("was", "were", "is", "are", "came", "back", "returned",
                                                          "has", "been", "proved", "found"):
                        after += 1
                    k = after if after > m.last + 1 and w[after:after + len(toks)] == toks else \
                        m.first - len(toks) if w[max(0, m.first - len(toks)):m.first] == toks else None
                    if k is None and ch == "inconsistent" and w[after:after + 2] == ["positive", "for"] \
                            and _unprescribed(w[after + 2:after + 12]):
                        k, toks = after, ["positive"]  # "an earlier urine screen was positive for a benzodiazepine
                        # she was not prescribed": an inconsistent screen
                    if k is None or (k > 0 and w[k - 1] in ("not", "no", "never", "nor", "or")) \
                            or (k < m.first and back_negator(w, k) is not None):
                        continue  # "the screen was inconsistent", "an inconsistent screen"; not "was not ...", "no
                        # indication of early refills or of an inconsistent drug screen"
                    said = " ".join(w[max(0, k - 4):k + len(toks)])
                    return [Hit("misstated_fact", f"sentence {sent.index} says '{said}'; the record gives "
                                f"{f.value.replace('_', ' ')} ({c.id}: {c.status}). The fact: {f.question}",
                                sent.index, _span(seg, k, k + len(toks) - 1), ch)]
    return []


def _unprescribed(w: list[str]) -> bool:
    w = w[:next((q for q, x in enumerate(w) if x in (",", ";", "and", "but")), len(w))]
    return bool(set(w) & {"unprescribed", "nonprescribed", "illicit", "illegal", "cocaine", "methamphetamine",
                          "heroin"}) or any(w[q:q + 2] in (["not", "prescribed"], ["never", "prescribed"])
                                            for q in range(len(w)))


def _elliptical(w: list[str], m: Match) -> bool:
    """'lidocaine cream is not recommended, so the compound is not.': the predicate is left out, so what is
    denied of the term cannot be read."""
    rest = [x for x in w[m.last + 1:] if x.isalnum()]
    if len(rest) > 3 and rest[-2:] in (["are", "not"], ["is", "not"]) and not any(
            x in L.FINITE_VERBS or x in L.PRESENCE_WORDS for x in rest[:-2]):
        return True  # "... is recommended: lidocaine in a cream and capsaicin stronger than 0.025% are not"
    return 1 <= len(rest) <= 3 and rest[-1] in ("not", "never") and all(x in ("is", "are", "was", "were", "does", "do",
                                                                               "did", "not", "never") for x in rest)


def _not_but(w: list[str], m: Match) -> bool:
    return "not" in w[max(0, m.first - 6):m.first] and "but" in w[m.last + 1:m.last + 10]


_IDENTITY_SUBJECTS = {"product", "agent", "drug", "medication", "request", "compound", "item", "formulation",
                      "prescription", "preparation", "treatment", "service", "cream", "gel", "lotion", "ointment",
                      "form", "spray"}


def _apposition_absent(w: list[str], m: Match) -> bool:
    """The term stands in an apposition whose head is then said to be absent: 'the decisive element, documented
    trigger points with twitch response and referred pain, is absent from the record'."""
    if m.first == 0:
        return False
    opening = next((k for k in range(m.first - 1, max(-1, m.first - 12), -1) if w[k] == ","), None)
    closing = next((k for k in range(m.last + 1, min(len(w), m.last + 14)) if w[k] == ","), None)
    if opening is None or closing is None or w[opening + 1:opening + 2] in (["and"], ["or"]):
        return False
    rest = w[closing + 1:closing + 4]
    return rest[:1] in (["is"], ["are"], ["was"], ["were"]) and bool(set(rest[1:]) & {"absent", "missing", "lacking"})


_MISSING_HEADS = {"element", "piece", "criterion", "requirement", "finding", "component", "prerequisite", "link",
                  "ingredient", "condition"}


def _named_missing(w: list[str], m: Match) -> bool:
    """'The missing element is documented trigger points': what is missing, named."""
    return any(w[k] in ("missing", "absent", "lacking", "unmet") and w[k + 1] in _MISSING_HEADS
               and w[k + 2] in ("is", "are", "was", "were") for k in range(max(0, m.first - 6), m.first - 2))


def _identity_denied(w: list[str], m: Match) -> bool:
    """'Nor is the product a compound or a lidocaine cream', 'the requested agent is not a benzodiazepine':
    which thing the request is, denied; not whether the term is in the record."""
    for c in range(max(0, m.first - 9), m.first):
        if w[c] not in ("is", "was"):
            continue
        negated = w[c - 1:c] in (["nor"], ["neither"]) or w[c + 1:c + 2] == ["not"]
        subject = set(w[max(0, c - 4):c] + w[c + 1:c + 5]) & _IDENTITY_SUBJECTS
        if negated and subject and {"a", "an"} & set(w[c + 1:m.first]):
            return True
    return False


def _presence_before(sent: Sentence, n: int) -> bool:
    """'X is documented, but Y is not': the clause before supplies the elided presence predicate."""
    return n > 0 and bool(set(sent.segments[n - 1].words) & L.PRESENCE_WORDS)


def _object_of_other(w: list[str], m: Match, matches: list[Match]) -> bool:
    """'The MRI does not corroborate a radiculopathy': the negation falls on another fact's term that comes
    between it and the term, with the term as its object (no list or clause break between them)."""
    for o in matches:  # "the radiculopathy is not corroborated": the negation is the other term's
        if o.key != m.key and o.first > m.last and all(x in _NEG_LINK for x in w[m.last + 1:o.first]) \
                and set(w[m.last + 1:o.first]) & {"not", "never"}:
            return True
    b = back_negator(w, m.first)
    if b is None:
        return False
    return any(o.key != m.key and (b < o.first or b in o.gaps) and o.last < m.first
               and not set(w[o.last + 1:m.first]) & {"or", "and", "nor", ",", "neither", "either"} for o in matches)


_NEG_LINK = {"is", "are", "was", "were", "has", "have", "been", "be", "not", "never", "yet", "adequately", "clearly",
             "does", "do", "did"}


_NUM = r"(\d+(?:\.\d+)?|" + "|".join(sorted(L.NUMBER_WORDS, key=len, reverse=True)) + r"|one)"
_UNIT = r"(months?|weeks?|years?|days?)"
_THRESHOLD_RX = re.compile(r"\b(?:more than|over|longer than|at least|greater than)\s+" + _NUM + r"\s+" + _UNIT + r"\b")
_DURATION_RXS = [
    re.compile(r"\b(?:pain|symptoms?|complaints?|present|persisted|persisting|lasted|lasting|ongoing|duration)\b"
               r"(?:\s+\w+){0,2}?\s+(?:for|of)\s+(?:only\s+|just\s+|about\s+|approximately\s+|nearly\s+|roughly\s+)?"
               + _NUM + r"\s+" + _UNIT + r"\b"),
    re.compile(r"\b" + _NUM + r"\s+" + _UNIT + r"\s+of\s+(?:\w+\s+){0,2}?(?:pain|symptoms?|complaints?)\b"),
]
_MONTHS = {"month": 1.0, "week": 12 / 52, "year": 12.0, "day": 12 / 365}


_GL_SUBJECT = r"(?:the\s+|its\s+)?(?:guidelines?|guideline's|mtus|acoem|page\s+\d+|criterion|criteria)"
_GUIDELINE_SPAN_RXS = [
    re.compile(r"\b(?:persisted|lasted|present|continued|ongoing)\s+(?:for\s+)?(?:more\s+than|longer\s+than|beyond|"
               r"over|past|at\s+least)\s+the\s+" + _NUM + r"\s*-?\s*" + _UNIT + r"\s+(?:that\s+)?" + _GL_SUBJECT
               + r"\s+(?:requires?|sets?|asks\s+for|calls\s+for|specifies|demands?)\b"),
    re.compile(_GL_SUBJECT + r"\s+(?:requires?|asks\s+for|calls\s+for|specifies|demands?)\s+(?:at\s+least\s+|more\s+"
               r"than\s+)?" + _NUM + r"\s*-?\s*" + _UNIT + r"\s+of\s+(?:\w+\s+)?(?:symptoms?|pain)\b"),
]  # "her symptoms have persisted for more than the six weeks the guideline requires": the threshold misstated


def _months(number: str, unit: str) -> float:
    n = float(number) if number[0].isdigit() else float(L.NUMBER_WORDS.get(number, 1))
    return n * _MONTHS[unit.rstrip("s")]


# "symptoms that persist beyond 3-4 weeks, a threshold this worker has not yet reached": the case against a duration
_THRESHOLD_REACHED_RX = re.compile(
    r"\b(?:a|the)\s+(?:threshold|mark|point|benchmark|minimum)\s+(?:that\s+|which\s+)?(?:this|the|he|she|they)"
    r"(?:\s+(?:worker|patient|claimant|employee|man|woman))?\s+(?:has|have|had)\s+(not\s+(?:yet\s+)?|yet\s+to\s+|"
    r"already\s+|now\s+|clearly\s+|well\s+)?(?:reached|reach|met|meet|passed|pass|crossed|cross|exceeded|exceed)\b")


def _threshold_reached_hits(sent: Sentence, det: Determination) -> list[Hit]:
    m = _THRESHOLD_REACHED_RX.search(sent.text.lower())
    if m is None or not re.search(r"\b(?:weeks?|months?)\b", sent.text[:m.start()].lower()):
        return []
    reached = not (m.group(1) or "").startswith(("not", "yet"))
    for crit in det.criteria:
        if crit.status in ("met", "not_met") and any(
                "duration" in f.name or f.name.startswith(("symptom", "pain")) for f in crit.facts) \
                and (crit.status == "met") != reached:
            said = "has" if reached else "has not"
            return [Hit("misstated_fact", f"sentence {sent.index} says the worker {said} reached the guideline's "
                        f"duration threshold ('{sent.text[m.start():m.end()]}'); the determination says: "
                        f"{crit.statement} (criterion {crit.id}: {crit.status})", sent.index,
                        (sent.start + m.start(), sent.start + m.end()), sent.text[m.start():m.end()])]
    return []


_UNSTATED_SPAN_RX = re.compile(
    r"\b(?:(?:does|do|did)\s+not|doesn't|never|fails?\s+to)\s+(?:clearly\s+|actually\s+)?(?:state|say|document|record|"
    r"indicate|specify|establish|give|note|mention)\s+how\s+long\b|\b(?:duration|onset)\s+of\s+(?:the\s+|her\s+|his\s+|"
    r"these\s+)?(?:[a-z]+\s+){0,2}?(?:symptoms?|pain|numbness|tingling|complaints?)\s+(?:is|are|was|were|remains?)\s+"
    r"(?:not\s+(?:documented|stated|recorded|given|known|clear)|unclear|unknown|undocumented|unstated)\b", re.I)


def _unstated_span_hits(sent: Sentence, det: Determination) -> list[Hit]:
    """'The record does not state how long the leg symptoms have been present' where it gives the duration."""
    m = _UNSTATED_SPAN_RX.search(sent.text)
    if m is None or any(seg.hyp for seg in sent.segments if seg.start <= sent.start + m.start() < seg.end):
        return []
    for crit in det.criteria:
        for f in crit.facts:
            if (f.name.startswith(("symptom", "pain")) or "duration" in f.name) and f.value is not None \
                    and not isinstance(f.value, bool):
                unit = f.name.rsplit("_", 1)[-1] if f.name.endswith(("_weeks", "_months", "_days")) else ""
                return [Hit("misstated_fact", f"sentence {sent.index} says the record does not give how long the "
                            f"symptoms have lasted ('{m.group(0)}'); the record gives {f.value} {unit} "
                            f"({f.name}; criterion {crit.id}: {crit.status})", sent.index,
                            (sent.start + m.start(), sent.start + m.end()), m.group(0))]
    return []


def duration_claims(sent: Sentence, det: Determination, skip: set[int]) -> list[Hit]:
    """'Pain for only two months' said against a fact 'more than three months' that the record affirms."""
    if reached := _threshold_reached_hits(sent, det):
        return reached
    if unstated := _unstated_span_hits(sent, det):
        return unstated
    limits = []
    for crit in det.criteria:
        for f in crit.facts:
            for t in f.terms:
                if (m := _THRESHOLD_RX.search(t.lower())) and (isinstance(f.value, bool) or f.value is None):
                    limits.append((f, crit, _months(m.group(1), m.group(2))))
    hits: list[Hit] = _symptom_span_hits(sent, det, skip)
    if hits:
        return hits
    bounds = {b for f, _, b in limits if f.name.startswith(("symptom", "pain")) or "duration" in f.name}
    for rx in _GUIDELINE_SPAN_RXS:
        for m in rx.finditer(sent.text.lower()) if bounds else ():
            if _months(m.group(1), m.group(2)) not in bounds:
                s, e = sent.start + m.start(1), sent.start + m.end(2)
                return [Hit("unsupported_number", f"sentence {sent.index} gives the guideline's symptom-duration "
                            f"threshold as {m.group(1)} {m.group(2)}; the item's criteria ask for "
                            + " or ".join(f"more than {b:g} months" for b in sorted(bounds)), sent.index, (s, e),
                            sent.text[m.start(1):m.end(2)])]
    for n, seg in enumerate(sent.segments):
        if not limits or n in skip or seg.hyp or seg.modal or seg.deontic or (seg.guideline and not seg.case):
            continue
        text = " ".join(seg.words)
        for rx in _DURATION_RXS:
            for m in rx.finditer(text):
                said = _months(m.group(1), m.group(2))
                for f, crit, bound in limits:
                    if said == bound or (said > bound) == (f.value is True):
                        continue
                    truth = "the record documents it" if f.value is True else "the record does not document it"
                    hits.append(Hit("misstated_fact", f"sentence {sent.index} gives a duration of {m.group(1)} "
                                    f"{m.group(2)}, which says '{f.question}' is {'yes' if said > bound else 'no'}; "
                                    f"{truth} (criterion {crit.id}: {crit.status})", sent.index,
                                    (seg.start, seg.end), m.group(0)))
                    return hits
    return hits


_COMPARE_RX = re.compile(r"\b(beyond|more than|over|longer than|past|exceeds?|exceeded|exceeding|in excess of|"
                         r"less than|under|shorter than|fewer than|within)\s+(?:the\s+)?(?:[a-z']+\s+){0,2}?" + _NUM
                         + r"(?:\s*(?:-|to)\s*" + _NUM + r")?\s*-?\s*" + _UNIT + r"\b")
_LASTED_FOR_RX = re.compile(r"\b(?:persisted|lasted|present|continued)\s+(for|the)\s+(?:the\s+|a\s+full\s+)?" + _NUM
                            + r"(?:\s*(?:-|to)\s*" + _NUM + r")?\s*-?\s*" + _UNIT + r"\b")
_NOT_SAID_OF_CASE = {"before", "until", "once", "when", "if", "unless", "requires", "require", "required", "acoem",
                     "mtus", "guideline", "guidelines", "standard", "threshold", "criterion", "short", "whose",
                     "patients", "workers"}
_CASE_OWNERS = {"his", "her", "their", "right", "left", "this", "worker's", "patient's", "claimant's"}
_SYMPTOM_WORDS = {"symptoms", "symptom", "pain", "tingling", "numbness", "paresthesias", "complaints", "ache"}
_LASTING = _SYMPTOM_WORDS - {"ache"} | {"lasted", "lasting", "persisted", "persisting", "present", "continued",
                                        "ongoing", "complaint", "duration"}


_COURSE_WORDS = {"course", "use", "supply", "prescription", "regimen", "treatment", "duration"}


def _symptom_span_hits(sent: Sentence, det: Determination, skip: set[int]) -> list[Hit]:
    """'The tingling has lasted beyond the 3-4 week period' when the record counts 2 weeks of symptoms; 'the
    course stays within the 2-3 week limit' when the record's course of the drug comes to 20 weeks."""
    spans = [(f, c) for c in det.criteria for f in c.facts if f.name.startswith("symptom_duration")
             or f.name.endswith("_weeks_total")]
    spans = [(f, c) for f, c in spans if isinstance(f.value, (int, float)) and not isinstance(f.value, bool)]
    for n, seg in enumerate(sent.segments):
        w = seg.words
        if not spans or n in skip or seg.hyp or seg.modal or seg.kind == "cond" \
                or not set(w) & (_LASTING | _COURSE_WORDS):
            continue
        for m in [*_COMPARE_RX.finditer(" ".join(w)), *_LASTED_FOR_RX.finditer(" ".join(w))]:
            k = len(" ".join(w)[:m.start()].split())
            perfect = bool(set(w[:k]) & {"has", "have"}) and bool(set(w[:k]) & {"the", "these", "this"}) \
                and not set(w[:k]) & L.GUIDELINE_NOUNS  # "the symptoms have been present ...", not "(in patients
            # whose neck) or arm symptoms have lasted ...", a guideline's clause split at its "or"
            if set(w[:k]) & _NOT_SAID_OF_CASE or (seg.guideline and not set(w[:k]) & (_CASE_OWNERS - {"their"})
                                                  and not perfect):  # "does not support their use beyond 2-3 weeks"
                continue  # "ACOEM asks for symptoms beyond 3-4 weeks"; but "the right forearm tingling has persisted
                # for more than the 3-4 weeks required by ACOEM", "the symptoms have been present longer than the
                # 3-4 weeks ACOEM requires" are the case
            more = m.group(1) not in ("less than", "under", "shorter than", "fewer than", "within")
            near = [x for q, x in enumerate(w[max(0, k - 6):k], max(0, k - 6))
                    if x not in ("however", "though", "therefore", "thus", "yet", "still")
                    and not (x == "," and (w[q - 1:q] == ["however"] or w[q + 1:q + 2] == ["however"]))][-4:]
            near = near[max((j + 1 for j, x in enumerate(near) if x in ("and", ",", "but", "or")), default=0):]
            cleft = w[:1] == ["what"] and "is" in w[:k] and set(w[:w.index("is")]) & {"not", "never"}  # "what it
            # does not show is symptoms lasting beyond 3-4 weeks"
            at_most = False  # "not more than two weeks old": two weeks itself is allowed
            denied = any(w[q:q + 3] in (["not", "true", "that"], ["not", "the", "case"])
                         or w[q:q + 2] == ["untrue", "that"]
                         for q in range(max(0, k - 12), k))  # "it is not true that the symptoms have been present
            # for the 3-4 weeks"
            but = any(w[q:q + 2] == ["anything", "but"] for q in range(k))  # "nor is the course anything but
            # prolonged, ... far beyond the 2-3 weeks": two denials
            if (sum(1 for x in near if x in ("not", "never", "no")) + ("nor" in w[:2]) + bool(cleft) + denied
                    + but) % 2:
                # "nor have her symptoms lasted less than 3-4 weeks"
                at_most = more
                more = not more  # "has not lasted beyond"; but not "not clinically obvious and symptoms well past"
            low, high = _months(m.group(2), m.group(4)), _months(m.group(3) or m.group(2), m.group(4))
            span = m.group(2) + (f"-{m.group(3)}" if m.group(3) else "")
            for f, crit in spans:
                if not set(w) & (_LASTING if f.name.startswith("symptom") else _COURSE_WORDS):
                    continue  # the symptoms' span, or the course's
                unit, value = _fact_span(f)
                if (more and value < low) or (not more and (value > high if at_most else value >= high)):
                    # "more than six weeks" where the record rounds to 6: its whole weeks may be more
                    what = "the symptoms have lasted" if f.name.startswith("symptom") else "the course runs"
                    return [Hit("misstated_fact", f"sentence {sent.index} says {what} "
                                f"{'more' if more else 'no more' if at_most else 'less'} than {span} {m.group(4)}; "
                                f"the record gives "
                                f"{f.value:g} {unit} (criterion {crit.id}: {crit.status}). The fact: "
                                f"{f.question}", sent.index, (seg.start, seg.end), m.group(0))]
        if seg.guideline and not seg.case:
            continue
        for m in _FOR_SPAN_RX.finditer(" ".join(w)):
            k = len(" ".join(w)[:m.start()].split())
            lead = w[max(0, k - 8):k]
            if not set(lead) & _SYMPTOM_WORDS or set(lead) & (_NOT_SAID_OF_CASE | _CARE_WORDS | {"not", "no", "never"}):
                continue  # "numbness and tingling for roughly 6 weeks"; not "therapy for 6 weeks", "required for"
            said = _months(m.group(2), m.group(3))
            for f, crit in spans:
                if not f.name.startswith("symptom"):
                    continue
                unit, value = _fact_span(f)
                if abs(said - value) > max(value, said) * (0.3 if m.group(1) else 0.2):
                    return [Hit("unsupported_number", f"sentence {sent.index} says the symptoms have lasted "
                                f"{m.group(2)} {m.group(3)}; the record gives {f.value:g} {unit} (criterion {crit.id}: "
                                f"{crit.status})", sent.index, (seg.start, seg.end), m.group(0))]
    return []


def _fact_span(f: FactReading) -> tuple[str, float]:
    """A span fact's unit, from its name ('symptom_duration_weeks'), and its value in months."""
    unit = next((u for u in ("weeks", "months", "days") if u in f.name), "weeks")
    return unit, _months(str(f.value), unit)


_FOR_SPAN_RX = re.compile(r"\b(?:for|(?:lasted|persisted|continued)(?:\s+for)?)\s+"
                          r"(?:(about|roughly|approximately|nearly|around|almost|some)\s+)?" + _NUM
                          + r"\s+(weeks?|months?|days?)\b")
_CARE_WORDS = {"therapy", "treatment", "exercise", "exercises", "medication", "naproxen", "ibuprofen", "course",
               "program", "trial", "visits", "sessions", "injection", "use", "supply", "taken", "used"}


_REQUEST_DETS = {"this", "these", "requested", "proposed", "current", "present", "additional", "further", "new",
                 "another", "recommended", "planned", "contemplated"}
_HISTORY_FACT = {"prior", "previous", "repeat", "previously", "past", "already", "completed"}
_FIRST = {"first", "initial", "maiden"}


def _names_request(w: list[str], m: Match) -> bool:
    """The term names the requested service ('this course of physical therapy', 'the request for a course of
    therapy', 'necessity of additional therapy'), so it says nothing about the worker's history."""
    toks = set(w[m.first:m.last + 1])
    after = w[m.last + 1:m.last + 6]
    if w[m.first - 1:m.first] in (["the"], ["this"]) and set(after) & {"is", "are", "be", "cannot"} \
            and set(after) & {"certified", "necessary", "authorized", "supported", "warranted", "approved"}:
        return True  # "the repeat injection cannot be certified": the request, ruled on
    for k in range(m.first - 1, max(-1, m.first - 10), -1):
        if w[k] in (",", ";", ":", "because", "which", "that", "since", "as"):
            break
        if w[k] == "for" and w[k - 1:k] in (["request"], ["requests"]) and not has_verb(w[k + 1:m.first]):
            return True  # "the request for 2 injections of local anesthetic does not meet page 122"
    if toks & _HISTORY_FACT or m.gaps:
        return False
    k = m.first - 1
    while k >= 0 and w[k] in ("a", "an", "of", "the"):
        k -= 1
    if k >= 0 and w[k] in _REQUEST_DETS:
        return True
    return k >= 0 and w[k] in ("for", "necessity") and any(x in ("request", "necessity", "requested")
                                                            for x in w[max(0, k - 3):k + 1])


_HISTORY_WORDS = _HISTORY_FACT | {"completed", "attended", "had", "underwent", "received", "tried", "was", "before",
                                  "in", "the", "a", "an", "course", "of"}


@lru_cache(maxsize=128)
def _with_cores(terms: tuple[str, ...]) -> list[str]:
    """A history fact's terms plus their cores ('prior physical therapy' -> 'physical therapy'), so 'her first
    exposure to physical therapy' is read as no prior one."""
    cores = {" ".join(x for x in t.split() if x.lower() not in _HISTORY_WORDS) for t in terms}
    return list(terms) + sorted(c for c in cores if c and c not in terms)


def _first_time_claims(sent: Sentence, seg: Segment, lex: dict[str, list[str]], values: Mapping[str, object],
                       det: Determination) -> tuple[list[Hit], set[str]]:
    """'Her first course of physical therapy', 'this is his initial injection': no prior one, said of a
    history fact (a fact whose name says prior, previous or repeat). Also the facts it settled."""
    w = seg.words
    if not set(w) & _FIRST:
        return [], set()
    for m in find_terms(w, {k: _with_cores(tuple(v)) for k, v in lex.items() if set(k.split("_")) & _HISTORY_FACT}):
        before = w[max(0, m.first - 3):m.first]
        if not set(before) & _FIRST:
            continue
        inner = max((k for k in range(max(0, m.first - 6), m.first) if w[k] in L.NEGATORS), default=None)
        if inner is not None and not outer_negation(w, m.first, inner):
            continue
        if inner is None and outer_negation(w, m.first, None):  # "it is not the case that this is a first course
            # of therapy": one was had; but "nothing indicates that this is not a first course": none was
            return ([] if values.get(m.key) is True else [_fact_hit(sent, seg, m, 1, values.get(m.key), det)]), {m.key}
        f = max(k for k in range(max(0, m.first - 3), m.first) if w[k] in _FIRST)
        tail = w[m.last + 1:m.last + 7]
        tail = tail[:tail.index(",")] if "," in tail else tail
        if f > 0 and w[f - 1] in ("his", "her", "their") and set(tail) & _PAST_OUTCOME:
            continue  # "his first block helped by roughly 30%", "his first injection in March 2014 produced ...": the
            # earlier one, not a first time
        if f > 0 and w[f - 1] == "the" and not (f > 1 and w[f - 2] in ("is", "was", "be")):
            continue  # "the response to the first block": the earlier one, not a first time
        if set(w[max(0, f - 4):f]) & (_HAD_VERBS | {"already"}):
            return [], set()  # "she has already completed an initial course of psychotherapy": had, not first
        if values.get(m.key) is True:
            return [_fact_hit(sent, seg, m, -1, True, det)], {m.key}
        return [], {m.key}
    return [], set()


_PAST_OUTCOME = {"helped", "gave", "provided", "produced", "yielded", "was", "lasted", "brought", "resulted",
                 "relieved",
                 "failed", "afforded", "achieved"}
_HAD_BREAK = {"after", "from", "with", "since", "following", "before", "to", "on", "during", "despite", "for", ","}
_HAD_VERBS = {"had", "received", "underwent", "undergone", "completed", "attended", "tried", "got", "given"}


def _history_claims(sent: Sentence, seg: Segment, lex: dict[str, list[str]], values: Mapping[str, object],
                    det: Determination) -> tuple[list[Hit], set[str]]:
    """'She had a trigger point injection last year', 'has never undergone physical therapy': a history fact
    (prior, previous, repeat) said by its core term after a verb of having had it. Also the facts it settled."""
    w = seg.words
    if not set(w) & _HAD_VERBS:
        return [], set()
    cores = {k: _with_cores(tuple(v)) for k, v in lex.items() if set(k.split("_")) & _HISTORY_FACT}
    for m in find_terms(w, cores):
        verbs = [k for k in range(max(0, m.first - 4), m.first) if w[k] in _HAD_VERBS
                 and not (k > 0 and (w[k - 1] in ("after", "a", "an", "the", "with", "before", "following")
                                     or w[k - 1].isdigit() or w[k - 1] in L.NUMBER_WORDS))  # "the 12 completed
                 # visits": an adjective
                 and not set(w[k + 1:m.first]) & _HAD_BREAK]  # "had no relief after acupuncture": not had
        if not verbs or _names_request(w, m) or w[m.last + 1:m.last + 2] in (
                ["evaluation"], ["evaluations"], ["assessment"], ["screening"], ["referral"], ["consultation"]):
            continue  # "a home program after completed therapy" is no history of this worker; "she has undergone
            # a program evaluation": the evaluation, not the program
        pol = -1 if negations(w, m) % 2 else 1
        value = values.get(m.key)
        if (value is True and pol == -1) or (value is not True and pol == 1):
            return [_fact_hit(sent, seg, m, pol, value, det)], {m.key}
        return [], {m.key}
    return [], set()


_LEAD_VERBS = {"present", "documented", "shown", "noted", "found", "recorded", "include", "includes", "included",
               "shows", "showed", "documents", "demonstrates", "demonstrated", "reveals", "revealed"}


def _list_lead(sent: Sentence, n: int) -> int | None:
    """For a verbless clause after a colon, the polarity its lead clause gives the listed items: +1 after
    "X is present:" or "the exam shows:", -1 after "none is documented:", None when it is not such a list."""
    seg = sent.segments[n]
    if n == 0 or has_verb(seg.words):  # "failed trial, failed strengthening program": participles, not verbs
        return None
    lead = sent.segments[n - 1]
    between = sent.text[lead.end - sent.start:seg.start - sent.start]
    if ":" not in between or lead.hyp or lead.modal or lead.deontic or (lead.guideline and not lead.case):
        return None
    if [x for x in lead.words if x.isalnum()] in (["missing"], ["lacking"], ["absent"], ["not", "documented"],
                                                 ["gaps"], ["undocumented"], ["not", "met"]):
        return -1  # "Missing: documented trigger points (diffuse tenderness only)"
    if not set(lead.words) & _LEAD_VERBS or _defines_criterion(lead.words):
        return None
    negated = sum(1 for x in lead.words if x in L.NEGATORS) % 2
    return -1 if negated else 1


_STATUS_WORDS = [(["none", "recorded"], -1), (["none", "documented"], -1), (["none", "noted"], -1),
                 (["none", "given"], -1), (["none", "stated"], -1), (["not", "applicable"], 0), (["n/a"], 0),
                 (["not", "specified"], -1), (["not", "stated"], -1),
                 (["not", "recorded"], -1), (["not", "documented"], -1), (["not", "met"], -1), (["not", "present"], -1),
                 (["not", "shown"], -1), (["not", "satisfied"], -1), (["undocumented"], -1), (["absent"], -1),
                 (["none"], -1), (["no"], -1), (["lacking"], -1), (["documented"], 1), (["met"], 1),
                 (["present"], 1), (["satisfied"], 1), (["yes"], 1), (["shown"], 1)]


_GLOSS_DENIED_RX = re.compile(r"\W{0,3}(?:(?:is|are|was|were)\s+)?(?:(?:not|never)\s+(?:documented|established|shown|"
                              r"recorded|described|present)|(?:absent|missing|lacking|undocumented)\b)", re.I)


def _words_before(sent: Sentence, paren: Segment) -> list[str]:
    """The words of the clause a parenthesis sits in, up to the parenthesis."""
    return [t.text for o in sent.segments if o is not paren for t in o.tokens if t.end <= paren.start
            and o.start <= paren.start <= o.end + 2]


def _label_status(sent: Sentence, n: int) -> int | None:
    """For a verbless label before a colon ('Trigger points with twitch response: not documented'), the
    status the text after the colon gives it; None when the clause is no such label."""
    if not _is_label(sent, n):
        return None
    words = sent.segments[n + 1].words
    for phrase, sign in _STATUS_WORDS:
        after = words[len(phrase):len(phrase) + 1]
        if words[:len(phrase)] == phrase and (not after or after[0] in _STATUS_END):
            return sign  # a status, not the start of a list ("No red flags: no bowel or bladder symptoms")
    if any(x in L.NEGATORS for x in sent.segments[n].words):
        return None  # "No red flags: ...": the label is itself a claim
    return 0  # a label whose text says something else ("Objective deficit: limited to reduced sensation")


def _is_label(sent: Sentence, n: int) -> bool:
    seg = sent.segments[n]
    w = seg.words[2:] if seg.words[:1] and seg.words[0].isdigit() and seg.words[1:2] in ([")"], ["."]) else seg.words
    if n + 1 >= len(sent.segments) or (has_verb(w) and w[:1] not in _LABEL_HEADS):  # "3. Failed medical management:"
        return False  # but "reason she cannot exercise at home: none recorded" is a label
    if any(w[:len(p)] == p and w[len(p):len(p) + 1] == [","] for p, _ in _STATUS_WORDS):
        return False  # "Neuropathic pain: none, the exam being normal with no neuropathic findings - not met": the
        # status and its reason, after the label, not another label
    nxt = sent.segments[n + 1]
    gap = sent.text[seg.end - sent.start:nxt.start - sent.start]
    return ":" in gap or gap.strip() in ("-", "\u2013", "\u2014")  # "failed medical management - not documented"


_LABEL_HEADS = (["reason"], ["barrier"], ["evidence"], ["documentation"], ["indication"], ["history"])
_STATUS_END = {",", ";", ".", "(", "since", "as", "because", "given", "per", "only", "-"}


def _label_claims(sent: Sentence, seg: Segment, status: int, lex: dict[str, list[str]],
                  values: Mapping[str, object], det: Determination) -> list[Hit]:
    """Each fact the label names, with the status applied: 'Absence of radiculopathy: not met' says
    radiculopathy is present."""
    w = seg.words
    for m in find_terms(w, lex):
        pred = L.predicate_class(m.key)
        label = (predicate_polarity(w, m, pred) or 1) if pred else (-1 if negations(w, m) % 2 else 1)
        pol = label * status
        value = values.get(m.key)
        if (value is True and pol == -1) or (value is not True and pol == 1):
            return [_fact_hit(sent, seg, m, pol, value, det)]
    return []


def _defines_criterion(w: list[str]) -> bool:
    """'The first criterion on page 122 is documentation of trigger points ...': a definition, not a claim."""
    for i, x in enumerate(w):
        if x in L.FINITE_VERBS or x in ("include", "require"):
            return bool(set(w[:i]) & L.CRITERIA_NOUNS) and x in ("is", "are", "include", "includes", "require",
                                                                  "requires", "remains", "lists")
    return False


def _masked(w: list[str]) -> set[int]:
    out: set[int] = set()
    for i in range(len(w) - 2):
        if w[i] == "trigger" and w[i + 1] == "point" and w[i + 2].startswith("injection"):
            out |= {i, i + 1, i + 2}
    for i, x in enumerate(w):
        if x in ("tpi", "tpis"):
            out.add(i)
        if w[i:i + 2] == ["chronic", "pain"] and ({"guidelines", "guideline", "cpmtg"} & set(w[i + 2:i + 6])):
            out |= {i, i + 1}  # "pages 114-116 of the Chronic Pain Medical Treatment Guidelines": a title
    return out


_TELLING = {"say", "says", "state", "states", "document", "documents", "indicate", "indicates", "mention", "mentions",
            "address", "addresses", "record", "records", "note", "notes", "specify", "specifies", "show", "shows",
            "tell", "tells", "report", "reports", "clarify", "clarifies"}


_JUDGED = {"justified", "supported", "warranted", "recommended", "certified", "approved", "authorized", "authorised",
           "indicated", "endorsed", "defended"}


def _judged(w: list[str], m: Match) -> bool:
    """'Nor can a repeat block be justified', 'a repeat block cannot be supported': a ruling on the thing the term
    names, not a denial that it exists."""
    after = w[m.last + 1:m.last + 5]
    return "be" in after and bool(set(after) & _JUDGED) and (
        bool(set(w[max(0, m.first - 4):m.first]) & {"can", "could", "cannot"}) or bool(set(after) & {"cannot", "can",
                                                                                                      "could"}))


def _unknown_whether(w: list[str], m: Match) -> bool:
    """'The record does not say whether he has ever had an ulcer', 'it is unclear whether ...': the fact left open."""
    s = next((k for k in range(m.first - 1, max(-1, m.first - 7), -1) if w[k] == "silent"
              and w[k + 1:k + 2] in (["on"], ["about"], ["regarding"], ["as"])), None)
    if s is not None and not set(w[s:m.first]) & {",", ";", "and", "but"}:
        return not set(w[max(0, s - 10):s]) & {"not", "never", "nor"}  # "the record is silent on any history of
        # peptic ulcer" where it records none; but "the file is not silent on it"
    q = next((k for k in range(m.first - 1, max(-1, m.first - 12), -1) if w[k] == "whether"), None)
    if q is None or set(w[q:m.first]) & {",", ";", "and", "but", "because", "since"}:
        return False
    head = w[max(0, q - 5):q]
    negated = bool(set(head) & {"not", "n't", "never", "nowhere", "nor", "no"})
    if set(head) & {"unclear", "unknown", "uncertain", "silent"}:
        return not negated  # but "nor is it unclear whether there is an exacerbation": it is clear
    return negated and (any(x in _TELLING for x in head) or "clear" in head)  # "it is not clear whether"


def _fact_hit(sent: Sentence, seg: Segment, m: Match, pol: int, value: object, det: Determination) -> Hit:
    crits = [c for c in det.criteria if any(f.name == m.key for f in c.facts) or _CRITERION + c.id == m.key]
    where = "; ".join(f"criterion {c.id}: {c.status}" for c in crits)
    phrase = _span_text(sent, seg, max(0, m.first - 3), min(len(seg.tokens) - 1, m.last + 3))
    term = _span_text(sent, seg, m.first, m.last)
    if m.first + 1 < len(seg.words) and seg.words[m.first + 1] in COPULAS:
        term = m.phrase  # "pain is neuropathic" said of "neuropathic pain"
    base = next((t for c in crits for f in c.facts if f.name == m.key for t in f.terms if m.phrase in antonyms(t)),
                None)
    if base is not None:
        term = base  # "is able to leave home" says "unable to leave home" is absent
    said = f"{term} is present or documented" if pol == 1 else f"{term} is absent or not documented" if pol == -1 \
        else f"the record leaves {term} open"
    if value is None:
        truth = f"the record does not document {term}"
    elif value is True:
        truth = f"the record documents {term}"
    else:
        truth = f"the record shows no {term}"
    question = next((f.question for c in crits for f in c.facts if f.name == m.key), "")
    about = f"The fact: {question}" if question else f"The determination: {crits[0].statement}" if crits else ""
    return Hit("misstated_fact", f"sentence {sent.index} says {said} ('{phrase}'); {truth} ({where}). {about}",
               sent.index, _span(seg, m.first, m.last), term)


# ---------------------------------------------------------------- helpers


def _span(seg: Segment, a: int, b: int) -> tuple[int, int]:
    return seg.tokens[a].start, seg.tokens[b].end


def _span_text(sent: Sentence, seg: Segment, a: int, b: int) -> str:
    s, e = _span(seg, a, b)
    if s >= e or s < sent.start:
        return " ".join(seg.words[a:b + 1])
    return sent.text[s - sent.start:e - sent.start]
