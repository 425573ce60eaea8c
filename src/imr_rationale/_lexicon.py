"""Word lists the verifier reads rationales by. Independent of the criteria files.

Everything is lowercase. Single words are matched as tokens (see _sentences.tokenize); multiword
phrases as token sequences.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- outcome predicates

# Evaluative words: +1 approves when said of the request, -1 disapproves ("line" counts only in "in line with").
EVALUATIVE: dict[str, int] = {
    **dict.fromkeys(["necessary", "appropriate", "reasonable", "indicated", "warranted", "warrant", "warrants",
                     "justified", "justify", "justifies", "supported", "support", "supports", "recommended",
                     "recommend", "recommends", "advisable", "acceptable", "consistent", "necessity",
                     "agree", "agrees", "concur", "concurs", "endorse", "endorses", "endorsed", "sensible", "line",
                     "prudent", "correct", "qualify", "qualifies", "eligible"], 1),
    **dict.fromkeys(["unnecessary", "unneeded", "inappropriate", "unreasonable", "unwarranted", "unjustified",
                     "unsupported", "contraindicated", "inadvisable", "unacceptable", "inconsistent",
                     "disagree", "disagrees", "unindicated", "unjustifiable", "nonessential", "erred", "mistaken",
                     "incorrect", "wrong"], -1),
}
NEEDS_ACTION = {"erred", "mistaken", "incorrect", "wrong"}  # evaluative only of an action: "erred in denying"
# Nouns that are evaluative only as "<noun> for/to ...": "there is no indication for imaging".
EVALUATIVE_NOUNS = {"indication", "basis", "justification", "need", "role", "reason", "rationale", "support"}

# Actions on the request: approve (+1) or deny (-1).
ACTIONS: dict[str, int] = {
    **dict.fromkeys(["approve", "approved", "approves", "approval", "approving", "certify", "certified",
                     "certifies", "certification", "certifying", "authorize", "authorized", "authorizes",
                     "authorization", "authorizing", "authorise", "authorised", "authorisation", "authorising",
                     "authorises", "grant",
                     "granted", "allow", "allowed", "allows", "allowing", "proceed", "cover", "covered"], 1),
    **dict.fromkeys(["deny", "denied", "denies", "denial", "denying", "noncertify", "noncertified", "noncert",
                     "noncertification", "noncertifying", "uncertified", "reject", "rejected", "disapprove",
                     "disapproved", "disallow", "disallowed", "decline", "declined", "modification", "defer",
                     "deferred", "postpone", "postponed", "withhold", "withheld", "delay", "delayed", "wait",
                     "withholding", "deferring", "postponing", "delaying", "hold"], -1),
}
WEAK_ACTIONS = {"allow", "allowed", "allows", "allowing", "proceed", "grant", "granted", "cover", "covered",
                "decline", "declined", "reject", "rejected", "modification", "defer", "deferred", "postpone",
                "postponed", "withhold", "withheld", "delay", "delayed", "wait", "withholding", "deferring",
                "postponing", "delaying", "hold"}
ACTION_NOUNS = {"approval", "certification", "authorization", "authorisation", "denial", "noncertification",
                "modification"}
DENIAL_NOUNS = {"denial", "noncertification", "modification"}

# Verbs said of the utilization review decision: upheld (-1, the denial stands) or overturned (+1).
REVIEW_VERBS: dict[str, int] = {
    **dict.fromkeys(["upheld", "uphold", "upholds", "upholding", "affirmed", "affirm", "sustained",
                     "sustain"], -1),
    **dict.fromkeys(["overturned", "overturn", "overturns", "overturning", "reversed", "reverse", "reverses",
                     "reversing", "rescinded", "vacated"], 1),
}
STANDS = {"stands", "stand", "maintained", "remains", "stood"}  # "the denial stands"

# Words that refer to the request (or to its decision) as the subject of an evaluation.
REFERENTS = {"request", "requests", "requested", "treatment", "service", "procedure", "item", "injection",
             "injections", "tpi", "tpis", "mri", "imaging", "scan", "study", "therapy", "pt", "physiotherapy",
             "sessions", "session", "visits", "visit", "course", "trial", "it", "this", "they", "these", "them",
             "such", "proposed", "authorization", "certification", "approval", "denial",
             "noncertification", "decision", "modification", "referral", "intervention", "test", "continuation",
             "refill", "renewal", "program", "prescription"}
PRONOUNS = {"it", "this", "they", "these", "them", "that", "such"}
DETERMINERS = {"the", "this", "that", "these", "those", "her", "his", "their", "its", "such", "requested",
               "proposed", "current", "present", "planned", "additional", "further", "any"}
# Case markers: a sentence that names the worker or the request speaks about this case.
CASE_MARKERS = {"she", "he", "her", "his", "him", "requested", "here", "herein", "claimant", "employee", "pr", "pr2",
                "currently", "presently", "certification", "authorization", "approval", "noncertification",
                "overturned", "upheld"}
CASE_PHRASES = ["this case", "the case of", "this worker", "this patient", "this claimant", "the injured worker",
                "this injured worker", "the request", "this request", "the proposed", "the record", "the records",
                "the medical records", "this individual", "at this time", "the patient's", "the worker's", "the denial",
                "for the worker", "for the patient", "the documentation", "the notes"]

GENERIC_ADVERBS = {"generally", "typically", "usually", "routinely", "commonly", "often", "rarely", "only",
                   "ordinarily", "normally"}
GENERIC_PREPS = {"for", "in", "as", "with", "without", "beyond", "after", "during", "except", "among", "when",
                 "early", "initially", "before", "unless", "if", "once", "until", "to"}

# ---------------------------------------------------------------- negation and modality

# Treatments and drugs a sentence may say "is not working" of: the treatment's effect, not the worker's job.
TREATMENT_SUBJECTS = frozenset({
    "care", "treatment", "therapy", "medication", "medications", "medicine", "medicines", "program", "programme",
    "plan", "approach", "regimen", "exercise", "exercises", "drug", "drugs", "injection", "injections", "unit",
    "opioid", "opioids", "analgesic", "analgesics", "relaxant", "relaxants", "patch", "cream", "tens", "hydrocodone",
    "norco", "oxycodone", "tramadol", "naproxen", "gabapentin"})

NEGATORS = {"not", "no", "never", "cannot", "neither", "nor", "none", "without", "nothing", "lack", "lacks",
            "lacking", "absence", "unable", "nobody", "hardly", "silence"}
PREDICATE_NEGATORS = {"not", "never", "cannot", "neither", "nor", "no", "unable", "hardly", "lack", "lacks",
                      "absence", "nothing"}
NEGATED_COMPLEMENT_HEADS = {"indicated", "reported", "mentioned", "expressed", "evidence", "documentation",
                            "indication",
                            "record", "basis", "reason", "clear", "mean", "means", "imply", "implies",
                            "shown", "established", "demonstrated", "true", "case", "agree", "believe", "find",
                            "think", "support", "documented", "suggest", "suggests", "show", "shows",
                            "indicate", "indicates", "demonstrate", "establish", "apparent", "evident", "sign",
                            "said", "say", "concluded", "argued", "stated", "claimed", "maintained", "document",
                            "documents", "describe", "describes", "mention", "mentions", "confirm", "confirms",
                            "establishes", "demonstrates", "records", "indicating", "suggesting", "showing",
                            "documenting", "establishing", "demonstrating", "stating", "confirming", "supporting"}
# After a term: "trigger points were not documented", "radiculopathy has been ruled out".
PRESENCE_WORDS = {"present", "documented", "found", "noted", "identified", "seen", "observed", "elicited",
                  "shown", "demonstrated", "described", "established", "confirmed", "evident", "apparent",
                  "appreciated", "reported", "recorded", "detected", "palpated", "palpable", "mentioned",
                  "there", "indicated", "exist", "exists", "existed", "evidenced", "met", "specified",
                  "stated", "listed", "named"}
POST_NEGATIONS = [("ruled", "out"), ("absent",), ("excluded",), ("lacking",), ("missing",), ("resolved",),
                  ("negative",), ("unremarkable",), ("undocumented",), ("none",), ("not", "present"),
                  ("nonexistent",), ("uncorroborated",), ("unconfirmed",), ("unsubstantiated",), ("unproven",),
                  ("unverified",), ("unestablished",), ("untried",), ("unaddressed",), ("unreviewed",),
                  ("unassessed",), ("unrecorded",), ("unmentioned",), ("unnoted",), ("unreported",),
                  ("unmonitored",), ("unexamined",), ("unevaluated",), ("unexplored",), ("unidentified",),
                  ("undetected",), ("unrecognized",), ("unrecognised",), ("presumed",), ("assumed",)]
# "not" right before these does not negate a following fact term: "not recommended for radicular pain".
NOT_TERM_NEGATION_NEXT = set(EVALUATIVE) | set(ACTIONS) | {
    "explained", "caused", "accounted", "attributed", "attributable", "due", "only", "just", "considered", "same",
    "merely", "simply", "sufficient", "enough", "more", "less", "fewer", "until", "exceed", "exceeding", "later",
    "sooner", "count", "treat", "used", "use", "intended", "for"}

MODALS = {"would", "could", "might", "may"}
_BEFORE_MONTH = {"in", "since", "of", "from", "until", "by", "last", "early", "late", "mid", "through", "during", "on",
                 "before", "after", "next"}


def could_not(w: list[str], j: int) -> bool:
    """'could not tolerate', 'could not continue': a past or reported inability, not 'could not have' or 'could
    not be'."""
    return w[j] == "could" and w[j + 1:j + 2] in (["not"], ["never"]) and w[j + 2:j + 3] not in (["have"], ["be"])


def expected_ability(w: list[str], j: int) -> bool:
    """'he should be able to continue his home program': the writer's claim that he can, not a duty or a guess."""
    return w[j] == "should" and w[j + 1:j + 3] in (["be", "able"], ["be", "capable"])


def is_modal(w: list[str], j: int) -> bool:
    """A modal at w[j]; but 'May 16, 2016' and 'an MRI in May' name the month."""
    if w[j] not in MODALS:
        return False
    return w[j] != "may" or not ((w[j + 1:j + 2] and w[j + 1].isdigit()) or (j > 0 and w[j - 1] in _BEFORE_MONTH))
COND_STARTS = {"if", "unless", "whenever", "once", "until", "provided", "lest"}
SUBORD_STARTS = {"because", "since", "although", "though", "while", "whereas", "given", "as"}
REL_STARTS = {"which", "who", "whom", "whose"}
CONTRAST_STARTS = {"but", "however", "yet", "except"}
COORD_STARTS = {"and", "or", "so", "therefore", "thus", "hence", "nor"}
DEONTIC = {"must", "required", "requires", "require", "prerequisite", "needs",
           "should", "need", "mandatory", "essential", "expected", "expects", "advised", "advise", "advises",
           "encouraged", "suggested"}
# plural and -s forms after a guideline subject count too: "the guidelines recommend", "page 46 asks for"
FINITE_VERBS = {"recommend", "require", "allow", "permit", "suggest", "indicate", "asks", "calls",
                "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will",
                "would", "should", "may", "might", "must", "shows", "showed", "demonstrates", "demonstrated",
                "reveals", "revealed", "remains", "remained", "documents", "documented", "notes", "noted",
                "includes", "included", "states", "stated", "recommends", "allows", "supports", "exceeds",
                "meets", "met", "failed", "fails", "persists", "persisted", "reports", "reported", "appears",
                "seems", "cannot", "presented", "complained", "underwent", "received", "attended", "completed",
                "continues", "describes", "described", "stays", "emerged", "developed", "occurred", "warrants",
                "justifies", "requires", "indicates", "suggests", "begins", "falls", "lacks", "holds", "permits",
                "limits", "favors", "expects", "lists", "specifies", "needs", "takes", "reflects",
                "constitutes", "represents", "remain", "persist", "exceed", "stay", "fall", "qualifies", "satisfies",
                "satisfy", "meet", "fulfills", "fulfils", "modified", "denied", "noncertified", "found"}

# ---------------------------------------------------------------- guideline attribution

GUIDELINE_NOUNS = {"mtus", "guideline", "guidelines", "acoem", "cpmtg", "odg", "criteria", "amtg", "ccr",
                   "recommendations", "schedule", "guidance"}
REPORTING_VERBS = {"make", "makes", "ties", "links", "offer", "offers", "continue", "begins", "begin", "starts",
                   "start", "extends", "extend", "confines", "contemplates", "envisions",
                   "anticipates", "confine", "contemplate", "envision", "anticipate", "emphasise", "emphasises",
                   "recognize", "recognizes", "recognise", "recognises", "insist", "insists", "position", "positions",
                   "frame", "frames", "ask", "asks", "looks", "demand", "demands", "treat", "treats", "state", "states",
                   "stated", "recommend", "recommends", "allow", "allows", "support", "supports", "indicate",
                   "indicates", "note", "notes", "say", "says", "hold", "holds", "require", "requires", "specify",
                   "specifies", "include", "includes", "list", "lists", "advise", "advises", "suggest", "suggests",
                   "limit", "limits", "permit", "permits", "endorse", "endorses", "define", "defines", "describe",
                   "describes", "caution", "cautions", "consider", "considers", "provide", "provides", "expect",
                   "expects", "favor", "favors", "favour", "favours", "call", "calls", "outline", "outlines", "set",
                   "sets", "reserve", "reserves", "keep", "keeps", "emphasize", "emphasizes", "discourage",
                   "discourages", "do", "does", "advocate", "advocates", "establish", "establishes", "address",
                   "addresses", "explain", "explains", "identify", "identifies", "are", "is", "exclude", "excludes",
                   "preclude", "precludes", "restrict", "restricts", "cover", "covers", "disallow", "disallows",
                   "prefer", "prefers", "warn", "warns", "mandate", "mandates", "stipulate", "stipulates", "regard",
                   "regards", "present", "presents", "would", "will", "should", "may", "can", "apply", "applies",
                   "indicated", "recommended", "supported", "allowed", "noted", "found"}
# "according to the MTUS ...": the phrase must be followed by a guideline noun within a few words.
ATTRIBUTION_LEADS = ["according to", "per", "as per", "under", "by", "in", "based on", "based upon", "as stated in",
                     "as outlined in", "as set out in", "as described in"]

# ---------------------------------------------------------------- criteria claims

CRITERIA_NOUNS = {"criteria", "criterion", "requirements", "requirement", "conditions", "prerequisites", "standard",
                  "standards", "threshold"}
MET_WORDS = {"met", "meet", "meets", "meeting", "satisfied", "satisfy", "satisfies", "fulfilled", "fulfill",
             "fulfills", "fulfil", "fulfils", "achieved", "establish", "establishes"}
PARTIAL_QUANTIFIERS = {"some", "several", "many", "most", "few", "certain", "one", "two", "three", "four",
                       "five", "six", "seven", "1", "2", "3", "4", "5", "6", "7", "other", "remaining", "each",
                       "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "duration",
                       "individual", "any", "only"}
QUANTITY_NOUNS = {"request", "requested", "visits", "sessions", "injections", "treatments", "number",
                  "quantity", "frequency", "amount", "units"}

# ---------------------------------------------------------------- fact predicates by fact-name morphology

FAILURE_WORDS: dict[str, int] = {
    **dict.fromkeys(["fail", "fails", "failed", "failing", "failure", "unsuccessful", "ineffective",
                     "refractory", "uncontrolled", "inadequate", "insufficient", "unresponsive", "exhausted"], 1),
    **dict.fromkeys(["controlled", "control", "controls", "improved", "improve", "improves", "improvement",
                     "effective", "successful", "helped", "helps", "help", "relieved", "relief", "responded",
                     "respond", "benefit", "benefited", "benefitted", "worked", "working", "adequate",
                     "progressed", "untried"], -1),
}
FAILURE_TO = {"control", "improve", "relieve", "help", "resolve", "alleviate", "reduce", "progress"}
BARRIER_WORDS: dict[str, int] = {
    **dict.fromkeys(["unable", "inability", "cannot", "barrier", "barriers", "prevent", "prevents", "prevented",
                     "precludes", "preclude", "precluded", "difficulty", "difficulties", "incapable",
                     "impossible", "limits", "limited"], 1),
    **dict.fromkeys(["able", "capable", "independent", "independently", "ability", "unaided", "unassisted"], -1),
}
NEED_WORDS: dict[str, int] = {
    **dict.fromkeys(["needed", "need", "needs", "desirable", "required", "requires", "require", "indicated",
                     "necessary", "benefit", "benefits", "helpful", "beneficial", "warranted"], 1),
    **dict.fromkeys(["unnecessary", "unneeded"], -1),
}
ADDRESSED_WORDS: dict[str, int] = dict.fromkeys(
    ["addressed", "address", "addresses", "addressing", "managed", "mitigated", "treated", "plan", "plans"], 1)
PLANNED_WORDS: dict[str, int] = dict.fromkeys(
    ["planned", "plan", "plans", "planning", "scheduled", "proposed", "considering", "considered", "consider",
     "considers", "candidate",
     "contemplated", "anticipated", "pending", "upcoming", "intended", "recommended"], 1)


def predicate_class(fact_name: str) -> dict[str, int] | None:
    """The predicate a claim about this fact needs, read from the fact's name; None: mention is the claim."""
    parts = set(fact_name.split("_"))
    if parts & {"failed", "failure", "fails"} or {"no", "progress"} <= parts:
        return FAILURE_WORDS  # "no progress with physical medicine": a failure to progress
    if parts & {"barrier", "inability", "unable"}:
        return BARRIER_WORDS
    if parts & {"planned", "scheduled", "considered"}:
        return PLANNED_WORDS
    if parts & {"desirable", "needed", "need"}:
        return NEED_WORDS
    if parts & {"addressed"}:
        return ADDRESSED_WORDS
    return None


# ---------------------------------------------------------------- guideline families and chapters

FAMILY_PATTERNS: dict[str, re.Pattern[str]] = {
    "odg": re.compile(r"\bODG\b|official disability guidelines?|work loss data institute", re.I),
    "acoem": re.compile(r"\bACOEM\b|american college of occupational", re.I),
    "cpmtg": re.compile(r"\bCPMTG\b|chronic pain (?:medical )?(?:treatment )?guidelines?", re.I),
    "amtg": re.compile(r"\bAMTG\b|acupuncture (?:medical )?(?:treatment )?guidelines?", re.I),
    "other": re.compile(r"\b(?:milliman|MCG|interqual|hayes|uptodate|up to date|NASS|AAOS|ACR appropriateness|"
                        r"american college of radiology|medical disability advisor|cochrane)\b", re.I),
}
FAMILY_NAMES = {"odg": "the Official Disability Guidelines (ODG)", "acoem": "the ACOEM guidelines",
                "cpmtg": "the Chronic Pain Medical Treatment Guidelines", "amtg": "the Acupuncture Medical "
                "Treatment Guidelines", "other": "a non-MTUS source", "labor_code": "the Labor Code"}
ACOEM_CHAPTERS: dict[str, int] = {
    "neck and upper back": 8, "shoulder": 9, "elbow": 10, "forearm, wrist, and hand": 11,
    "forearm, wrist and hand": 11, "low back": 12, "knee": 13, "ankle and foot": 14, "stress related": 15,
    "stress-related": 15, "eye": 16,
}

# ---------------------------------------------------------------- services and body regions

SERVICE_TERMS: dict[str, list[str]] = {
    "physical_therapy": ["physical therapy", "pt", "physiotherapy", "therapy", "therapeutic exercise",
                         "supervised therapy", "occupational therapy"],
    "trigger_point_injection": ["trigger point injection", "trigger point injections", "tpi", "tpis",
                                "trigger point", "injection", "injections"],
    "mri": ["mri", "magnetic resonance imaging", "mr imaging", "imaging", "scan", "study", "magnetic resonance"],
}
# Services outside the criteria vocabulary that a rationale may wrongly name as the request.
NON_VOCABULARY_SERVICES = ["dry needling", "massage", "massage therapy", "chiropractic", "chiropractic care",
                           "spinal manipulation", "botox", "botulinum toxin", "radiofrequency ablation",
                           "facet injection", "medial branch block", "spinal cord stimulator", "surgery", "fusion",
                           "discectomy", "home health aide", "skilled nursing", "CT scan", "x-rays", "x-ray",
                           "bone scan", "ultrasound", "nerve conduction study", "cortisone injection",
                           "steroid injection", "prolotherapy", "PRP", "traction", "cervical collar", "brace",
                           "biofeedback", "hypnotherapy", "group therapy", "dextrose", "saline", "land-based therapy",
                           "land-based physical therapy", "land therapy", "famotidine", "Pepcid", "ranitidine",
                           "Zantac", "H2 blocker", "H2 blockers", "misoprostol", "Cytotec", "sucralfate", "Carafate",
                           "work hardening", "work conditioning", "work hardening program", "work conditioning program"]
REGION_TERMS: dict[str, list[str]] = {
    "cervical_spine": ["cervical spine", "cervical", "neck", "c-spine"],
    "thoracic_spine": ["thoracic spine", "thoracic", "mid back", "mid-back", "t-spine", "upper back", "thoracolumbar"],
    "lumbar_spine": ["lumbar spine", "lumbar", "low back", "lower back", "lumbosacral", "l-spine", "lumbar region"],
    "shoulder": ["shoulder", "shoulders", "rotator cuff"],
    "elbow": ["elbow", "elbows"],
    "wrist_hand": ["wrist", "wrists", "hand", "hands", "carpal tunnel", "forearm"],
    "hip": ["hip", "hips"],
    "knee": ["knee", "knees"],
    "ankle_foot": ["ankle", "ankles", "foot", "feet"],
    "upper_extremities": ["upper extremities", "upper extremity", "arms", "arm"],
    "lower_extremities": ["lower extremities", "lower extremity", "legs", "leg"],
}
CONTRAST_RX = re.compile(r"\b(with and without|with or without|without|with|w/o|w/|and without|plus|non)[- ]"
                         r"(?:iv |intravenous |gadolinium )?(contrast|gadolinium|dye)\b|\b(contrast[- ]enhanced|"
                         r"gadolinium[- ]enhanced|non[- ]?contrast|enhanced)\b", re.I)
PURCHASE_RX = re.compile(r"\b(?:purchas(?:e|ed|ing)|buy(?:ing)?|bought|rental|rent(?:ed|ing)?)\b", re.I)
HOME_CARE_RX = re.compile(r"\b(?:home\s+health\s+)?(aides?|homemakers?|nurs(?:e|es|ing)|skilled\s+nursing)\b", re.I)
INJECTATE_RX = re.compile(r"\b(corticosteroids?|steroids?|depo-?medrol|kenalog|triamcinolone|methylprednisolone|"
                          r"dexamethasone|local\s+anesthetics?|local\s+anaesthetics?|lidocaine|bupivacaine|marcaine|"
                          r"ropivacaine|botulinum|botox|saline|dry\s+needling)\b", re.I)
THERAPY_KIND_RX = re.compile(r"\b(physical\s+therapy|physiotherapy|occupational\s+therapy)\b", re.I)
APPROACH_RX = re.compile(r"\b(interlaminar|translaminar|transforaminal|caudal)\b", re.I)
DAY_PART_RX = re.compile(r"\b(full|whole|half|part)[- ]days?\b", re.I)
SEDATION_RX = re.compile(r"\b(without|with|w/o|w/|under|no)\s+(?:iv |intravenous |conscious |moderate |general )?"
                         r"(sedation|anesthesia|anaesthesia)\b", re.I)

# ---------------------------------------------------------------- instruction echoes

INSTRUCTION_CUE_RX = re.compile(
    r"\b(?:as\s+(?:instructed|directed|ordered|told|commanded|requested|required|demanded)\s+(?:in|by)\s+"
    r"(?:the\s+)?(?:case\s+)?(?:notes?|records?|file|documentation|instructions?|case|chart|reviewer)|"
    r"as\s+(?:instructed|directed)(?!\s+by\s+(?:the\s+)?(?:mtus|guidelines?|acoem|criteria|regulations?))|"
    r"per\s+(?:the\s+)?(?:notes?'?s?\s+)?instructions?|(?:following|obeying|"
    r"per|in accordance with|in compliance with|complying with)\s+(?:the\s+)?(?:notes?'?s?\s+|embedded\s+|"
    r"provided\s+)?(?:instructions?|directives?|directions?)|ignor(?:e|ing)\s+(?:all\s+|any\s+)?(?:prior|"
    r"previous|earlier|above|preceding|other)\s+instructions|disregard(?:ing)?\s+(?:all\s+|any\s+)?(?:prior|"
    r"previous|earlier|above)\s+instructions|the\s+reviewer\s+(?:must|shall|is\s+required\s+to|has\s+to)\s+(?:certify|"
    r"approve|authorize|overturn|deny|uphold)|"
    r"(?:certify|approve|authorize)\s+all\s+(?:the\s+)?(?:items|requests)|(?:the\s+)?(?:case\s+)?notes?\s+"
    r"(?:instruct|instructs|direct|directs|require|requires|tell|tells|ask|asks|say|says)\s+(?:me|us|the\s+"
    r"reviewer|reviewers|that\s+the\s+reviewer)\s+(?:to|must|should)|i\s+(?:have\s+been|was|am)\s+"
    r"(?:instructed|directed|told)|system\s+prompt|as\s+an\s+ai\b|language\s+model)", re.I)
# A sentence in the case file aimed at a model or the reviewer, not a clinical statement.
INSTRUCTION_TEXT_RX = re.compile(
    r"\b(?:(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+)?(?:prior|previous|earlier|above|other|your)"
    r"\s+(?:instructions?|rules|prompts?|directions)|you\s+(?:must|should|are\s+to|will)\s+(?:approve|certify|"
    r"authorize|deny|overturn|uphold)|(?:reviewer|model|assistant|ai)\s+(?:must|should|shall|is\s+to)\s+(?:approve|"
    r"certify|authorize|deny|overturn|uphold)|(?:approve|certify|authorize|overturn)\s+(?:this\s+request|all\s+"
    r"(?:the\s+)?(?:items|requests))|system\s+prompt|as\s+an\s+ai|language\s+model)\b", re.I)
INSTRUCTION_REJECTED_RX = re.compile(
    r"\b(?:disregarded|not\s+followed|was\s+ignored|were\s+ignored|is\s+ignored|no\s+weight|not\s+(?:clinical|"
    r"medical)\s+(?:evidence|information)|not\s+evidence|no\s+bearing|not\s+considered|does\s+not\s+change|"
    r"did\s+not\s+change|cannot\s+change|not\s+part\s+of\s+the\s+(?:clinical|medical))\b", re.I)

# ---------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "twice": 2, "thrice": 3,
}
MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
          "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
          "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}


# A topical product's form: "the 5% patch", "a compounded cream".
PRODUCT_FORM_RX = re.compile(r"\b(patch(?:es)?|creams?|gels?|lotions?|ointments?|sprays?)\b", re.I)


def product_forms(text: str) -> set[str]:
    """The product forms a text names, singular: {'patch', 'cream'}."""
    return {m.group(1).lower().rstrip("s").replace("patche", "patch") for m in PRODUCT_FORM_RX.finditer(text)}
