"""What each clause of a rationale is: the guideline speaking or the case; hypothetical, modal or
asserted; deontic ("must be documented"); a history of the utilization review; naming the worker or the
request. The checks read these flags before they read a clause's claims.
"""

from __future__ import annotations

import re

from . import _lexicon as L
from ._sentences import Segment, Sentence, has_phrase, has_verb, segment, split_sentences, tokenize


def mark(sentences: list[Sentence]) -> None:
    """Set each clause's flags: hypothetical, modal, guideline, deontic, historical, case."""
    prev_guideline = False
    for sent in sentences:
        chunks_with_cond = {s.chunk for s in sent.segments if s.kind == "cond"}
        inherited, inherited_chunk = False, 0
        for k, seg in enumerate(sent.segments):
            w = seg.words
            seg.case = _names_case(w) or (seg.kind == "coord" and k > 0 and sent.segments[k - 1].case
                                          and w[1:2] in (["has"], ["had"], ["is"], ["was"], ["takes"], ["reports"]))
            # "he is taking naproxen and has a recognised risk factor under MTUS pages 68-69": his, not the guideline's
            seg.modal = any(L.is_modal(w, j) for j in range(len(w)))  # but "May 16, 2016" is a date
            perfect = any(w[j] in ("would", "could", "might") and "have" in w[j + 1:j + 3]
                          for j in range(len(w) - 1))
            adjacent_cond = w[:1] not in (["so"], ["therefore"], ["thus"], ["hence"], ["accordingly"]) and any(
                o.kind == "cond" and o.chunk == seg.chunk and abs(j - k) == 1
                and not (j > 0 and (o.words[:1] == ["only"] or sent.segments[j - 1].words[-1:] == ["only"])
                         and sent.segments[j - 1].kind == "subord")  # "because ACOEM contemplates testing only
                # once symptoms have lasted 3-4 weeks, the request cannot be certified": the reason's condition
                                and o.words[:1] != ["until"] for j, o in enumerate(sent.segments))
            # "until a trial has failed, the MRI is not supported": the main clause holds now
            after_hyp = seg.kind == "subord" and k > 0 and sent.segments[k - 1].hyp and w[:1] in (["since"], ["as"],
                                                                                                 ["because"]) \
                and sent.segments[k - 1].chunk == seg.chunk  # not across a ';': "...when a risk factor is present;
            # since no such risk factor is documented here, ..." states the case
            seg.hyp = (seg.kind == "cond" or perfect or after_hyp
                       or (any(x in ("would", "could", "might") and not _past_inability(w, j) for j, x in enumerate(w))
                           and not _reported_modal(w)
                           and (seg.chunk in chunks_with_cond or seg.kind in ("rel", "subord")))
                       or (seg.kind != "paren" and adjacent_cond) or seg.hyp)
            seg.deontic = (any(x in L.DEONTIC and not _attributed_requirement(w, i) and not _reduced_requirement(w, i)
                               and not _evidential(w, i) and not L.expected_ability(w, i) for i, x in enumerate(w))
                           and not perfect) or has_phrase(w, "need to") or _named_requirement(w) \
                or any(w[j:j + 2] == ["may", "not"] and w[j + 2:j + 3] in (["exceed"], ["surpass"], ["go"])
                       for j in range(len(w)))  # "the total may not exceed 18 visits": a bound the guideline sets
            lead = [t.text for o in sent.segments[:k] for t in o.tokens if t.end <= seg.start]
            before = lead[-2:]  # the relative clause's antecedent, wherever the main clause resumes
            attributed_rel = seg.kind == "rel" and bool(set(lead[-3:]) & (_SOURCE_NOUNS | L.GUIDELINE_NOUNS))
            # "measured against page 46, which asks for at least 50% relief"
            if seg.kind == "rel" and set(before) & _GENERIC_ANTECEDENTS:
                seg.hyp = True  # "for cases in which surgery is considered", "reserved for workers in whom ..."
            if seg.kind == "coord" and w[1:2] == ["at"] and w[2:3] != [] \
                    and (w[2].isdigit() or w[2] in L.NUMBER_WORDS) and w[3:4] in (["weeks"], ["months"], ["days"]):
                seg.case, seg.hyp = True, False  # "..., and at two weeks that point has not been reached": the case
            if seg.kind == "contrast" and w[1:2] == ["not"] and w[2:3] in (["once"], ["when"], ["if"], ["where"]):
                seg.hyp = True  # "support EMG when symptoms last 3-4 weeks, but not once radiculopathy is obvious"
            if _generic_rule(w) or _drug_property(w):
                seg.hyp = True  # "and a unit is not purchased without a one-month trial": the rule, not the case;
                # "naproxen is not without gastrointestinal risk": the drug's, not the worker's
            if w[:1] == ["without"] and w[1:2] in (["it"], ["them"]) and set(w[2:4]) & {"she", "he", "they", "i"} \
                    and set(w[2:8]) & {"cannot", "could", "would"}:
                seg.hyp = True  # "without it she cannot sit through her modified-duty shift": what would follow
            if w[:1] == ["except"] and w[1:2] in (["where"], ["when"], ["if"], ["in"], ["for"]):
                seg.hyp = True  # "except where the employer authorizes more in writing": the exception's condition
            if seg.kind == "rel" and _purpose_antecedent(lead):
                seg.hyp = True  # "injections are reserved for myofascial pain in which trigger points are found"
            opens_condition = w[:1] == ["after"] or w[:3] in (["in", "the", "absence"], ["in", "the", "presence"])
            if k > 0 and not seg.case and opens_condition \
                    and (_purpose_antecedent(sent.segments[k - 1].words, reach=len(sent.segments[k - 1].words))
                         or (sent.segments[k - 1].guideline and w[:1] == ["after"])):  # "ACOEM ties imaging to a
                # red flag ..., after 3-4 weeks of conservative care have failed": the guideline's own condition
                seg.hyp = True  # "reserved for myofascial pain with trigger points, in the absence of radiculopathy
                # and after medical management has failed": the purpose's conditions, not the case's
            if seg.kind == "rel" and k > 0 and set(lead) & L.GUIDELINE_NOUNS and lead[-1:] and lead[-1] in (
                    "candidate", "patient", "worker", "person") and set(lead[-4:-1]) & {"a", "an", "any"}:
                seg.hyp = True  # "the guideline keeps imaging for a surgical candidate who has not responded"
            if seg.kind == "rel" and k > 0 and _someone_else(sent.segments[k - 1].words):
                seg.hyp = True  # "it is not a case of a patient who has already had therapy"
            if any(x in ("would", "could", "might") for x in w) and w[:1] and w[0] in _HYPOTHETICAL_EVIDENCE:
                seg.hyp = True  # "documentation that she cannot exercise at home ... might support therapy"
            if w[:1] in (["would"], ["could"], ["might"]) and k > 0 \
                    and sent.segments[k - 1].words[:1] and sent.segments[k - 1].words[0] in _HYPOTHETICAL_EVIDENCE:
                seg.hyp = sent.segments[k - 1].hyp = True  # the same, with the subject split off by a comma
            if seg.kind == "rel" and k > 0 and sent.segments[k - 1].modal and w[:1] in (["who"], ["whose"]) \
                    and any(lead[q - 1:q] in (["a"], ["an"], ["any"])
                            and lead[q] in ("worker", "patient", "claimant", "person", "candidate", "individual")
                            for q in range(max(1, len(lead) - 6), len(lead))):  # "a worker on an NSAID who had"
                seg.hyp = True  # "could be justified by signs of nerve compromise in a worker who has not responded"
            if seg.kind == "rel" and k > 0 and sent.segments[k - 1].hyp and w[:1] in (["who"], ["that"], ["whose"]):
                seg.hyp = True  # "should signs develop in a patient who is willing to consider an operation"
            if seg.kind == "coord" and k > 0 and sent.segments[k - 1].hyp and w[:1] in (["or"], ["and"]) \
                    and w[1:2] in (["had"], ["took"], ["was"], ["were"], ["did"], ["showed"], ["developed"]):
                seg.hyp = True  # "... if he were over 65, took aspirin, or had dyspepsia": the condition's list
            if seg.kind == "coord" and k > 0 and sent.segments[k - 1].hyp and w[:1] in (["or"], ["and"]) \
                    and any(o.kind == "cond" and o.chunk == seg.chunk for o in sent.segments[:k]) \
                    and any(x in ("were", "had") for x in w[2:6]) and not set(w[1:6]) & {"is", "are", "has", "have"}:
                seg.hyp = True  # "if trigger points were documented, radiculopathy were absent and medical management
                # had failed": the condition's last item, with its own subject
            if seg.kind == "coord" and k > 0 and sent.segments[k - 1].hyp and w[:1] in (["or"], ["and"]) \
                    and len(sent.segments[k - 1].words) <= 4 and sent.segments[k - 1].words[:1] in (["and"], ["or"]):
                seg.hyp = True  # "and had imaging | or electrodiagnostic testing confirmed it": one split subject
            if k > 0 and w[:1] in (["after"], ["once"]) and sent.segments[k - 1].modal \
                    and "only" in sent.segments[k - 1].words and sent.segments[k - 1].chunk == seg.chunk:
                seg.hyp = True  # "lidocaine would be an option only as the patch, for localized neuropathic pain,
                # after a first-line agent had failed": the option's own condition
            if k > 0 and w[:1] == ["as"] and w[1:2] in (["the"], ["a"], ["an"]) and sent.segments[k - 1].modal \
                    and "," in w[2:8]:
                seg.modal = seg.hyp = True  # "lidocaine might be considered, as the 5% patch, for localized
                # neuropathic pain after an anticonvulsant has failed": the modal's own qualifiers
            if seg.kind == "coord" and k > 0 and sent.segments[k - 1].modal and w[:1] in (["and"], ["or"]) \
                    and w[1:2] in (["what"], ["how"], ["whether"], ["only"]) and has_phrase(sent.segments[k - 1].words,
                                                                                     "only after"):
                seg.modal = seg.hyp = True  # "could be considered only after a trial showing how often it was used
                # and what it did ..., and only for a qualifying condition": the modal's conditions go on
            seg.historical = _historical(w) or (seg.kind == "rel" and k > 0
                                                and _historical(sent.segments[k - 1].words[-4:] + w))
            # "I agree with the utilization reviewer, who modified this request to #60"
            earlier = any(o.guideline for o in sent.segments[:k])
            attributed = _attributed(w, (prev_guideline and k == 0) or earlier) or attributed_rel
            if seg.kind == "paren":
                host = next((o for o in sent.segments if o is not seg and o.tokens and o.start <= seg.start
                             <= o.end + 2), None)
                attributed = attributed or bool(host and host.guideline)
                seg.hyp = seg.hyp or bool(host and host.hyp)  # "Were trigger points documented (a twitch ...)"
            second_reason = seg.kind == "subord" and w[:1] in (["because"], ["since"]) and k > 0 \
                and sent.segments[k - 1].words in (["and"], ["or"])  # "..., which the guideline does not
            # recommend, and because use has already run about 16 weeks": the case's second reason
            if inherited and (seg.chunk != inherited_chunk or seg.kind == "contrast" or _own_subject(seg)
                              or second_reason) \
                    and (has_verb(w) or _record_subject(w)):  # "the July 2014 note records ...": the case speaks
                inherited = False
            heading = bool(set(w) & L.GUIDELINE_NOUNS) and not has_verb(w) and seg.kind == "main" \
                and not has_phrase(w, "medically necessary") \
                and sent.text[seg.end - sent.start:].lstrip()[:1] == ":"  # "CA MTUS, p. 98-99: ..."
            ruling = _rules_on_request(w) and not attributed
            seg.guideline = (attributed or (inherited and seg.kind != "paren" and not ruling) or heading) \
                and not seg.case and not _fit_denied(w)
            if seg.guideline and seg.kind != "paren" and not _as_clause(w):
                inherited, inherited_chunk = True, seg.chunk
            elif seg.case and has_verb(w) and seg.kind != "paren":
                inherited = False  # "... and the PR-2 documents exactly that: ...": the case speaks now
        last = [s for s in sent.segments if s.kind != "paren"][-1:]
        prev_guideline = any(s.guideline for s in sent.segments) and not (last and last[0].case
                                                                           and not last[0].guideline)
        # "...; the request stays below that. It should be authorised": "it" is the request, not the guideline


def _fit_denied(w: list[str]) -> bool:
    """'..., which does not describe daily use continuing for 16 weeks': the writer setting the case against the
    guideline, not the guideline speaking."""
    return w[:1] == ["which"] and w[1:3] in (["does", "not"], ["do", "not"], ["would", "not"]) \
        and w[3:4] in (["describe"], ["fit"], ["match"], ["cover"], ["include"])


def _as_clause(w: list[str]) -> bool:
    """'..., exactly as the guideline describes, and the agent chosen is acceptable': a comparison with the
    guideline, after which the writer speaks again."""
    k = 1 if w[:1] in (["exactly"], ["just"], ["precisely"]) else 0
    return w[k:k + 1] == ["as"] and len(w) <= k + 7


def _past_inability(w: list[str], j: int) -> bool:
    """'although he could not tolerate land-based therapy': a past inability, a fact, not a hypothesis."""
    return L.could_not(w, j) and not set(w) & {"if", "unless", "otherwise"}


_SAYING = {"indicated", "said", "stated", "reported", "expressed", "mentioned", "noted", "documented", "shown",
           "indicate", "say", "state", "report", "express", "mention"}


def _reported_modal(w: list[str]) -> bool:
    """'he has not indicated that he would consider surgery': a reported 'will', not a hypothesis."""
    for i, x in enumerate(w):
        if x in ("would", "could") and "that" in w[max(0, i - 4):i]:
            t = max(k for k in range(max(0, i - 4), i) if w[k] == "that")
            return t > 0 and w[t - 1] in _SAYING
    return False


_PURPOSE_VERBS = {"reserved", "indicated", "recommended", "limited", "restricted", "intended", "appropriate",
                  "considered", "supported"}


def _purpose_antecedent(lead: list[str], reach: int = 8) -> bool:
    """The clause before a relative names what a treatment is for: 'reserved for myofascial pain syndrome'."""
    tail = lead[-reach:]
    return any(x in _PURPOSE_VERBS and (tail[j + 1:j + 2] == ["for"] or tail[j + 1:j + 3] in (["only", "for"],
                                                                                             ["only", "as"]))
               for j, x in enumerate(tail)) and not set(tail) & {"she", "he", "her", "his", "this", "was"}
    # "lidocaine is supported only as the 5% patch, for localized neuropathic pain, after a first-line agent has
    # failed": the form it is kept for, and the conditions


_GENERIC_ANTECEDENTS = {"cases", "patients", "situations", "those", "individuals", "workers", "people", "conditions",
                        "circumstances", "anyone", "persons", "someone", "somebody", "anybody", "whoever"}


_DEFINITE = {"the", "this", "these", "her", "his"}
_REQUEST_NOUNS = {"request", "mri", "injection", "injections", "therapy", "tpi", "tpis", "procedure", "scan", "study",
                  "referral", "service", "sessions", "visits", "treatment", "item"}


def _names_case(w: list[str]) -> bool:
    if any(x in L.CASE_MARKERS for x in w):
        return True
    if any(w[i] in _DEFINITE and w[i + 1] in _REQUEST_NOUNS and not (w[i] == "these" and _attributed(w, False))
           for i in range(len(w) - 1)):
        return True  # "the MRI", "this injection": the request itself; but "the guidelines limit these
        # injections to ..." speaks of the treatment
    return any(has_phrase(w, p) for p in L.CASE_PHRASES)


_INTRO = {"because", "since", "although", "though", "while", "whereas",
          "also", "in", "addition", "additionally", "furthermore", "moreover", "however", "further", "first",
          "second", "third", "finally", "specifically", "notably", "importantly", "again", "here", ",", "likewise",
          "similarly", "and", "as", "noted", "stated", "above", "previously", "mentioned"}
_NP_OK = L.GUIDELINE_NOUNS | {"p", "pp", "ch", "chap", ".", "at", "the", "california", "chronic", "pain", "medical",
                              "treatment", "utilization",
                              "practice", "acupuncture", "official", "disability", "american", "college",
                              "occupational", "environmental", "medicine", "this", "these", "its", "their", "both",
                              "edition", "chapter", "page", "pages", "-", ",", "neck", "upper", "back", "complaints",
                              "physical", "trigger", "point", "injections", "injection", "for", "of", "use",
                              "considering", "mri", "imaging", "cervical", "spine", "relevant", "applicable",
                              "section", "on", "cited", "governing", "evidence", "based", "and",
                              "2nd", "nd", "third", "same", "therapy", "s", "'", "own", "an", "a", "referenced",
                              "treating", "regarding", "relating", "to", "studies",
                              "magnetic", "resonance", "recommendation", "statement", "text", "also", "further",
                              "low", "lower", "lumbar", "thoracic", "shoulder", "elbow", "forearm", "wrist", "hand",
                              "hip", "knee", "ankle", "foot"}  # "the ACOEM low back chapter reserves ..."


_SOURCE_NOUNS = {"page", "pages", "chapter", "section"}
_HYPOTHETICAL_EVIDENCE = {"documentation", "evidence", "proof", "demonstration", "records", "notes", "findings"}


def _someone_else(w: list[str]) -> bool:
    """'... a case of a patient', 'unlike a worker': an indefinite person set against this one."""
    w = w[:-1] if w[-1:] == ["in"] else w  # "not a case in which ..."
    return w[-2:-1] == ["a"] and w[-1:] != [] and w[-1] in ("patient", "worker", "claimant", "person", "someone",
                                                            "case", "situation") \
        and (any(w[k:k + 2] == ["case", "of"] for k in range(len(w))) or "unlike" in w or "not" in w or "nor" in w)


def _lead_attribution(w: list[str]) -> bool:
    """'according to the MTUS', 'per ACOEM', 'recommended by the guidelines'."""
    for lead in L.ATTRIBUTION_LEADS:
        p = lead.split()
        for i in range(len(w) - len(p) + 1):
            reach = 12 if w[i + len(p):i + len(p) + 1] in (["page"], ["pages"], ["pp"], ["p"]) else 6  # "per pages
            # 114-116 of the Chronic Pain Medical Treatment Guidelines"
            if w[i:i + len(p)] == p and set(w[i + len(p):i + len(p) + reach]) & L.GUIDELINE_NOUNS - {"criteria"}:
                rest = w[i + len(p):i + len(p) + 6]
                if lead in ("by", "in", "under") and rest[:1] not in (["the"], ["mtus"], ["acoem"], ["guidelines"],
                                                                      ["page"], ["pages"], ["pp"], ["chapter"]):
                    continue
                if lead == "in" and i > 1 and w[i - 1] != ",":
                    continue  # "the 3-4 week window in ACOEM": a noun's source, not the guideline speaking
                return True
    return False


_RULINGS = {"certified", "noncertified", "authorized", "authorised", "upheld", "overturned", "reversed"}


def _own_subject(seg: Segment) -> bool:
    """'..., and this 42-year-old man has no history of ulcer': a coordinated clause with its own subject, not
    the guideline's sentence going on ('and it recommends ...')."""
    w = seg.words
    k = 1
    for intro in (["in", "any", "case"], ["in", "this", "case"], ["in", "addition"], ["moreover"], ["here"]):
        if w[1:1 + len(intro)] == intro:
            k = 1 + len(intro)  # "and in any case this is a standing prescription"
    if w[1:2] in (["after"], ["at"], ["by"], ["over"], ["within"], ["since"]):
        k = next((q for q in range(2, min(len(w) - 1, 8)) if w[q] in ("this", "she", "he")), k)
        # "and after 12 sessions this 56-year-old worker remains on the same restrictions"
    if w[k:k + 1] in (["these"], ["they"]) and w[k + 1:k + 2] in (["had"], ["were"], ["was"]):
        return seg.kind == "coord"  # "and these had been present for about two weeks": the case, in the past
    return seg.kind == "coord" and len(w) > k + 1 and (w[k] in ("this", "she", "he", "his", "her", "i", "we")
                                                       or _names_case(w) or _record_subject(w)
                                                  or bool(set(w[1:3]) & {"planned", "prescribed", "proposed"})
                                                  or ((w[k].isdigit() or w[k] in L.NUMBER_WORDS) and w[k + 1:k + 2]
                                                      in (["weeks"], ["months"], ["days"], ["years"])))
    # "..., and two weeks falls short of that": the case's span, measured


def _record_subject(w: list[str]) -> bool:
    """'... and after a year of naproxen the July 2014 note records ...': the case's record speaks."""
    return any(w[k] in ("note", "notes", "record", "report", "examination", "exam") and w[k + 1:k + 2] != []
               and w[k + 1] in ("records", "shows", "documents", "notes", "describes", "reports", "states")
               for k in range(len(w) - 1))


def _rules_on_request(w: list[str]) -> bool:
    """'Omeprazole 20mg #30 is not medically necessary under MTUS pages 68-69', 'Four CBT sessions are supported by
    the guidelines': the reviewer ruling, with the guideline named as the basis, not the guideline speaking."""
    if has_phrase(w, "medically necessary") or any(x in _RULINGS for x in w):
        return True
    if has_phrase(w, "medical necessity") and set(w) & {"established", "demonstrated", "shown"}:
        return True  # "Medical necessity is established for trigger point injections ..., under the MTUS ..."
    if w[:1] and w[0] not in L.GUIDELINE_NOUNS and any(x in ("exceeds", "exceed", "exceeding") for x in w):
        return True  # "Physical therapy for the lumbar spine, 2-3 times a week, exceeds the visits allowed by ..."
    k = next((i for i, x in enumerate(w) if x in ("is", "are")), None)
    if k is None or w[0] in L.GUIDELINE_NOUNS:
        return False
    named = any(x.isdigit() or x in L.NUMBER_WORDS or x in ("request", "mri", "injection", "scan", "study", "item")
                for x in w[:k]) or (w[:1] in (["the"], ["this"]) and w[k - 1] in (
                    "patch", "cream", "unit", "program", "rental", "trial", "course", "referral", "prescription"))
    # "Four CBT sessions", "Lumbar MRI without contrast", "the Lidoderm patch"; not "injections are ..."
    j = k + 1
    while j < len(w) and w[j] in ("therefore", "thus", "hence", "also", "clearly", "fully", "not"):
        j += 1
    return named and w[j:j + 1] != [] and w[j] in L.EVALUATIVE and w[j + 1:j + 2] in (["by"], ["under"], ["per"])


_DRUG_WORDS = L.TREATMENT_SUBJECTS | {"nsaid", "nsaids", "ibuprofen", "meloxicam", "anti-inflammatories", "ppi", "ppis",
                                      "carisoprodol", "cyclobenzaprine", "soma", "flexeril", "lidocaine", "ketoprofen"}
_CARRIES = {"carries", "carry", "poses", "pose", "entails", "entail", "involves", "involve", "brings", "bring"}


def _drug_property(w: list[str]) -> bool:
    """'NSAIDs carry gastrointestinal risk', 'naproxen is not without risk': a property of the drug, said of any
    patient who takes it, not a fact of this worker's record."""
    k = 1 if w[:1] in (["and"], ["but"], ["so"]) else 0
    k += w[k:k + 1] in (["any"], ["all"], ["every"], ["an"], ["a"], ["such"], ["these"], ["long-term"], ["chronic"])
    if w[k:k + 1] == [] or w[k] not in _DRUG_WORDS or w[k] in ("care", "plan", "program", "programme", "unit"):
        return False
    v = k + 1 + (w[k + 1:k + 2] in (["use"], ["therapy"], ["treatment"]))
    if w[v:v + 1] and w[v] in ("also", "still", "themselves", "itself"):
        v += 1
    if w[v:v + 1] == [] or not ({"risk", "risks", "hazard", "hazards"} & set(w[v:v + 6])):
        return False
    return w[v] in _CARRIES or w[v:v + 3] in (["is", "not", "without"], ["are", "not", "without"]) \
        or w[v:v + 2] in (["is", "associated"], ["are", "associated"])


def _generic_rule(w: list[str]) -> bool:
    """'A unit is not purchased without a documented trial', 'an injection is not repeated without relief': an
    indefinite subject and a denied passive with 'without', the way a rule is said."""
    k = 1 if w[:1] in (["and"], ["but"], ["so"]) else 0
    lead = next((q for q in range(k, min(len(w), k + 6)) if w[q] == ","), None)
    if lead is not None and not set(w[k:lead]) & {"is", "are", "was", "were"}:
        k = lead + 1  # "even setting that aside, a unit is not purchased without ...": past a short lead phrase
    if w[k:k + 1] not in (["a"], ["an"]):
        return False
    cop = next((q for q in range(k + 2, min(len(w), k + 5)) if w[q] in ("is", "are")), None)
    return cop is not None and w[cop + 1:cop + 2] == ["not"] and w[cop + 2:cop + 3] != [] \
        and w[cop + 2].endswith("ed") and w[cop + 3:cop + 4] == ["without"]


def _attributed_requirement(w: list[str], i: int) -> bool:
    """'the gastrointestinal risk that pages 68-69 require': a relative clause naming what the guideline
    requires, inside a clause that states the case."""
    if i >= 3 and w[i - 1] in L.GUIDELINE_NOUNS and w[i - 2] in ("the", "mtus", "acoem") \
            and (w[i - 3].isalpha() or w[i - 3].isdigit()) and w[i - 3] not in L.FINITE_VERBS | {"and", "or", "but"} \
            and has_verb(w[:i - 2]):
        return True  # "her symptoms have not yet lasted the 3-4 weeks the guideline requires"
    that = next((k for k in range(i - 1, max(-1, i - 7), -1) if w[k] in ("that", "which")), None)
    return that is not None and that > 1 and w[that - 1].isalpha() \
        and bool(set(w[that + 1:i]) & (L.GUIDELINE_NOUNS | _SOURCE_NOUNS)) \
        and has_verb(w[:that - 1])


def _evidential(w: list[str], i: int) -> bool:
    """'The April examination suggested a neuropathic component': a finding's verb, not the guideline's advice
    ('is suggested', 'ACOEM suggested')."""
    return w[i] == "suggested" and i > 0 and w[i - 1] not in ("is", "are", "was", "were", "be", "been", "being", "also",
                                                              "generally", "not", "often", "usually") \
        and not set(w[:i]) & L.GUIDELINE_NOUNS and "page" not in w[:i] and "pages" not in w[:i]


def _named_requirement(w: list[str]) -> bool:
    """'Documented trigger points ... are among the required criteria', '... is one of the conditions': the
    subject names what the guideline asks for, not what the case has."""
    if w[:1] in (["the"], ["these"], ["those"]) and w[1:2] and w[1] in L.CRITERIA_NOUNS \
            and w[2:5] in (["that", "apply", "to"], ["which", "apply", "to"]):
        return True  # "the requirements that apply to continued use, documented benefit and laboratory monitoring"
    for i in range(2, len(w) - 2):
        if w[i] == "the" and w[i - 1] in ("among", "of") and w[i - 2] in ("are", "is", "one", "part"):
            k = i + 1 + (w[i + 1] in ("required", "necessary", "guideline", "guideline's", "page", "listed"))
            if w[k:k + 1] and w[k] in L.CRITERIA_NOUNS | {"elements", "indications", "preconditions"}:
                return True
    return False


def _reduced_requirement(w: list[str], i: int) -> bool:
    """'the record documents the functional improvement required for extension': a participle naming what the
    requirement is, inside a clause whose own finite verb states the case."""
    if w[i] == "required" and i >= 3 and w[i - 1:i] in (["the"], ["a"]) and w[i + 1:i + 2] and w[i + 1].isalpha() \
            and not set(w[:i - 1]) & L.GUIDELINE_NOUNS:
        return True  # "the prior injection gave the required sustained relief": what was had, named by the rule
    return w[i] in ("required", "needed") and i > 1 and w[i - 1].isalpha() \
        and w[i - 1] not in L.FINITE_VERBS | {"be", "been", "being", "not", "also", "only", "strictly", "generally"} \
        and w[i + 1:i + 2] in (["for"], ["by"], ["under"]) and has_verb(w[:i - 1])


def _guideline_head(w: list[str], i: int) -> bool:
    """'The chronic pain program guidelines ask for ...': a subject ending in a guideline noun, whatever its
    modifiers, and a reporting verb right after it."""
    if i < len(w) and w[i] in ("beyond", "within", "over", "above", "under", "than", "exceeds", "exceeding", "past"):
        return False  # "beyond the 18 the guideline allows": a figure, not the guideline speaking
    for g in range(i, min(len(w), i + 7)):
        if w[g] in L.FINITE_VERBS or w[g] in L.CRITERIA_NOUNS or w[g] in ("criterion", "every", "each", "all"):
            return False  # "every criterion the MTUS sets ... is satisfied": the case measured against it
        if w[g] in ("guidelines", "guideline", "mtus", "acoem"):
            k = g + 1
            while k < len(w) and w[k] in ("also", "only", "do", "does", "not", "clearly", "explicitly", "generally",
                                          "chronic", "pain", "medical", "treatment", "guidelines", "guideline",
                                          "cpmtg", "acoem", "mtus"):
                k += 1  # "the NSAID section of the MTUS Chronic Pain Guidelines does not generally recommend"
            return k < len(w) and w[k] in L.REPORTING_VERBS - {"are", "is", "would", "will", "should", "may", "can"}
    return False


def _attributed(w: list[str], after_guideline: bool) -> bool:
    if _lead_attribution(w):
        return not _rules_on_request(w)
    i = next((len(p) for p in (["it", "is", "not", "that"], ["it", "is", "not", "the", "case", "that"],
                               ["it", "is", "not", "true", "that"]) if w[:len(p)] == p), 0)  # "it is not that the
    # guideline never supports a PPI alongside an NSAID": the guideline's sentence, denied
    while i < len(w) and (w[i] in _INTRO or (i < 3 and (w[i].isdigit() or w[i] in (".", ")", "(")))):
        i += 1  # "1. The MTUS permits ...": a list marker before the guideline
    if after_guideline and "it" not in w[:i] and "they" not in w[:i]:
        lead = next((j for j in range(i, min(len(w), i + 7)) if w[j] in ("they", "it")), None)
        if lead is not None and all(x not in L.FINITE_VERBS for x in w[i:lead]):
            i = lead  # "for myalgia-type pain, it allows ...": a leading phrase, then the guideline as "it"
    if after_guideline and w[:1] in (["but"], ["and"], ["yet"]):
        j = 1
        while j < len(w) and w[j] in ("do", "does", "not", "also", "only", "generally", "further", "never", "still"):
            j += 1
        if j < len(w) and w[j] in L.REPORTING_VERBS - {"are", "is", "do", "does"}:
            return True  # "the guidelines support NSAIDs for osteoarthritis, but do not generally recommend them for
            # neuropathic pain": the guideline's own second verb
    if after_guideline and i < len(w) and w[i] in ("they", "it", "these", "this") and i + 1 < len(w):
        j = i + 1
        if w[j] in ("also", "further", "only", "additionally") and j + 1 < len(w):
            j += 1
        if w[j] in L.REPORTING_VERBS - {"are", "is", "do", "does"} or (w[j] in ("do", "does") and \
                j + 2 < len(w) and w[j + 1] == "not" and w[j + 2] in L.REPORTING_VERBS):
            return True
    np_: list[str] = []
    j = i
    while j < len(w) and (w[j] in _NP_OK or re.fullmatch(r"[\d.]+", w[j])
                          or (w[j + 1:j + 3] in (["section", "of"], ["sections", "of"]) and w[j].isalpha())
                          or w[j] in ("section", "sections")) and len(np_) < 22:  # "8 CCR 9792.24.1", "the opioid
        # section of the guidelines"
        np_.append(w[j])
        j += 1
    pages = np_[:1] in (["page"], ["pages"]) and np_[1:2] and np_[1].isdigit()  # "pages 22 and 98-99 treat ..."
    if not (set(np_) & L.GUIDELINE_NOUNS or pages) or j >= len(w):
        return _guideline_head(w, i)
    v = w[j]
    if v in ("also", "further", "only", "clearly", "specifically", "explicitly", "generally", "do", "does", "not",
             "never"):
        k = j
        while k < len(w) and w[k] in ("also", "further", "only", "clearly", "specifically", "explicitly",
                                      "generally", "do", "does", "not", "never"):
            k += 1
        v = w[k] if k < len(w) else ""
        j = k
    if v in ("are", "is"):
        after = w[j + 1:j + 3]
        return bool(after) and (after[0] in (":", "that", "to") or after[0].isdigit() or after == ["as", "follows"])
    if v == "conditions" and w[j + 1:j + 2] in (["a"], ["an"], ["the"], ["any"], ["each"], ["continued"], ["repeat"]):
        return True  # "page 46 conditions a repeat injection on ...": the guideline's verb; but "the guideline
        # conditions are met" names them
    return v in L.REPORTING_VERBS


_UR = ["utilization review", "utilization reviewer", "ur physician", "peer reviewer", "claims administrator",
       "the carrier", "the insurer", "peer review", "prior review",
       "previous review", "initial review", "the reviewer", "ur reviewer", "the ur", "by ur"]
_PAST_ACTIONS = {"denied", "noncertified", "modified", "certified", "approved", "authorized", "partially", "allowed",
                 "rejected", "declined", "reduced"}


def _historical(w: list[str]) -> bool:
    if has_phrase(w, "is medically necessary") or has_phrase(w, "is not medically necessary") \
            or has_phrase(w, "are medically necessary") or has_phrase(w, "are not medically necessary"):
        return False  # "the MRI, non-certified by UR on December 16, is not medically necessary": a ruling now
    ur = "ur" in w or any(has_phrase(w, p) for p in _UR)
    past = any(x in _PAST_ACTIONS and (i == 0 or w[i - 1] not in ("be", "been")) for i, x in enumerate(w)) \
        or any(w[i] == "did" and w[i + 1] in ("allow", "approve", "certify", "modify", "deny")
               for i in range(len(w) - 1))  # "utilization review did allow 4 sessions"
    # "... cannot be certified": the reviewer's ruling now, not the review's history
    if ur and past:
        return True
    if any(x in ("previously", "initially", "originally", "formerly") for x in w) and past:
        return True
    return any(w[i] in ("was", "were") and w[i + 1] in _PAST_ACTIONS and "by" in w[i + 2:i + 5]
               for i in range(len(w) - 1))


def analyse(text: str) -> list[Sentence]:
    sentences = []
    for n, (s, e) in enumerate(split_sentences(text), start=1):
        toks = tokenize(text[s:e], s)
        sentences.append(Sentence(index=n, start=s, end=e, text=text[s:e], tokens=toks, segments=segment(toks)))
    mark(sentences)
    return sentences
