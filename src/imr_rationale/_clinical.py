"""Clinical terms a rationale may state only when the case (or the topic's guideline text) has them.

Each entry: (name, pattern that finds the term in a rationale, pattern that supports it in the case text).
A general term is supported by any of its specific forms ("NSAID" by "naproxen"); a specific term only
by itself. Patterns are matched case-insensitively on whole words.
"""

from __future__ import annotations

import re

_OPIOID_DRUGS = r"oxycodone|hydrocodone|norco|vicodin|percocet|tramadol|ultram|morphine|methadone|fentanyl|codeine|" \
    r"tapentadol|oxycontin"  # the opioids by name: each supports the class word "opioid", never the reverse

_ENTRIES: list[tuple[str, str, str | None]] = [
    # procedures and surgery
    ("surgical consultation", r"(?:spine |spinal |orthopa?edic |neuro)?surgeons?|neurosurgical consult\w*",
     r"surgeon|neurosurg|surgical consult"),
    ("surgery", r"surger(?:y|ies)|surgical(?:ly)?|operation|operative|post-?operative|operated",
     r"surger|surgical|operat|fusion|discectomy|laminectomy|arthroplasty|arthroscop|decompression"),
    ("fusion", r"fusions?|arthrodes[ie]s|fused", None),
    ("failed surgery", r"failed (?:back|neck|spine|spinal|cervical|lumbar)? ?(?:surger(?:y|ies)|fusions?|operations?|"
     r"laminectom(?:y|ies)|discectom(?:y|ies))|failed back|(?:surgery|fusion|operation) (?:has |had )?failed", None),
    ("discectomy", r"discectom(?:y|ies)|microdiscectomy", None),
    ("non-union", r"non-?unions?|pseudo-?a?rthros[ie]s|failed to fuse|hardware failure", None),
    ("laminectomy", r"laminectom(?:y|ies)|laminotom(?:y|ies)|laminoplasty|foraminotom(?:y|ies)", None),
    ("decompression", r"decompressions?|decompressive", None),
    ("arthroscopy", r"arthroscop(?:y|ic)", None),
    ("arthroplasty", r"arthroplast(?:y|ies)|joint replacements?|(?:knee|hip|shoulder) replacements?|tka|tha", None),
    ("radiofrequency ablation", r"radiofrequency|rhizotom(?:y|ies)|neurotom(?:y|ies)|ablation", None),
    ("spinal cord stimulator", r"spinal cord stimulat(?:or|ion)|neurostimulat(?:or|ion)", None),
    ("kyphoplasty", r"kyphoplast(?:y|ies)|vertebroplast(?:y|ies)", None),
    ("epidural injection", r"epidurals?|esis?|transforaminal", r"epidural|\besi"),
    ("facet injection", r"facet (?:joint )?(?:injections?|blocks?)|medial branch blocks?", None),
    ("nerve block", r"nerve blocks?|occipital blocks?|stellate", None),
    ("trigger point injection", r"trigger[- ]point injections?|tpis?", r"trigger[- ]point injection|\btpis?\b"),
    ("botulinum toxin", r"botox|botulinum", None),
    ("acupuncture", r"acupuncture", None),
    ("electroacupuncture", r"electro-?acupuncture|acupuncture with electrical stimulation", None),
    ("chiropractic care", r"chiropractic|chiropractor|spinal manipulation|manipulative", None),
    ("massage", r"massage", None),
    ("TENS", r"tens(?: unit)?|transcutaneous electrical", r"\btens\b|transcutaneous"),
    ("traction", r"traction", None),
    ("cervical collar", r"collar|brace|bracing", None),
    ("disc replacement", r"dis[ck] replacements?|acdf|anterior cervical|hardware|instrumentation|pedicle screws?",
     None),
    ("orthopedic repair", r"carpal tunnel release|rotator cuff repair|orif|open reduction|internal fixation|"
     r"tendon repair|ligament reconstruction|acl reconstruction|meniscus repair", None),
    ("regenerative injection", r"prp|platelet-?rich|prolotherapy|stem cells?|ozone", None),
    ("intrathecal pump", r"intrathecal|pain pumps?|drug delivery system", None),
    ("implanted device", r"pacemakers?|defibrillators?|implanted (?:cardiac )?devices?|implantable", None),
    ("dry needling", r"dry needling", None),
    ("joint injection", r"(?:sacroiliac|si joint|intra-?articular|shoulder|knee|hip|subacromial|cortisone|"
     r"steroid) injections?", None),
    # tests
    ("advanced imaging", r"discograms?|ct myelograms?|pet scans?|spect|dexa|bone density|flexion-extension "
     r"(?:views|films|x-?rays)", None),
    ("functional capacity evaluation", r"functional capacity evaluations?|fce", None),
    ("drug screen", r"urine drug (?:screens?|tests?|testing)|uds|toxicology screens?", None),
    ("EMG", r"emg|electromyograph(?:y|ic)?|electrodiagnostic|needle study", r"\bemg|electromyograph|electrodiagnostic"),
    ("nerve conduction study", r"ncs|ncv|nerve conduction", r"\bncs|\bncv|nerve conduction|electrodiagnostic"),
    ("CT", r"ct|cat scan|computed tomography|ct scan", r"\bct\b|cat scan|computed tomography"),
    ("x-ray", r"x-?rays?|radiographs?|radiograph(?:ic|y)|plain films?", r"x-?ray|radiograph|plain film"),
    ("MRI", r"mri|mris|magnetic resonance", r"\bmri|magnetic resonance"),
    ("prior imaging", r"imaging (?:study|studies|showed|revealed|demonstrated)",
     r"\bmri|magnetic resonance|\bct\b|x-?ray|radiograph|imaging"),
    ("bone scan", r"bone scans?", None),
    ("myelogram", r"myelogra(?:m|phy)|discogra(?:m|phy)", None),
    ("ultrasound", r"ultrasound|sonograph(?:y|ic)", None),
    ("laboratory tests", r"laboratory|labs?|lab tests?|lab work|blood tests?|blood work|sed rate|esr|crp|creatinine|"
     r"egfr|renal function|kidney function|liver function|lfts?|liver enzymes|transaminases?|hemoglobin|"
     r"haemoglobin|blood counts?|cbc|metabolic panels?|chemistry panels?|cmp|bmp|hepatic function|"
     r"(?:wound|blood|urine) cultures?|cultures? (?:grew|was|were|positive)", None),
    # diagnoses and findings
    ("fracture", r"fractures?|fractured", None),
    ("tumor", r"tumou?rs?|neoplasms?|malignan(?:cy|t)|cancer|carcinoma|metasta\w*", None),
    ("infection", r"infections?|infected|abscess|osteomyelitis|discitis|cellulitis|mrsa|sepsis|septic", None),
    ("myelopathy", r"myelopath(?:y|ic)|cord compression", None),
    ("stenosis", r"stenos[ie]s|stenotic", None),
    ("spondylolisthesis", r"spondylolisthesis|listhesis", None),
    ("disc herniation", r"herniat(?:ion|ed|ions)|disc protrusions?|disc bulges?|bulging discs?|protrusions?|"
     r"extrusions?", None),
    ("cauda equina", r"cauda equina|saddle (?:an(?:a)?esthesia|numbness|sensory loss)|perineal numbness", None),
    ("fibromyalgia", r"fibromyalgia", None),
    ("CRPS", r"crps|complex regional pain|reflex sympathetic", None),
    ("diabetes", r"diabet(?:es|ic)", None),
    ("carpal tunnel syndrome", r"carpal tunnel", None),
    ("rotator cuff", r"rotator cuff", None),
    ("tendinitis", r"tendin(?:itis|osis|opathy)|tendonitis|bursitis|epicondylitis", None),
    ("sprain", r"sprains?|sprained", None),
    ("strain", r"strains?|strained", None),
    ("whiplash", r"whiplash", None),
    ("concussion", r"concussions?|head injury|traumatic brain", None),
    ("depression", r"depression|depressive|anxiety|psychiatric|ptsd|post-?traumatic stress|insomnia|beck|bdi|phq-?9|"
     r"gad-?7|"
     r"panic(?: attacks?| disorder)?|sleep disturbance|suicidal(?: ideation)?|bipolar|schizophreni[ac]", None),
    ("neuropathy", r"neuropath(?:y|ies|ic)|polyneuropathy", None),
    ("spondylosis", r"spondylosis|osteoarthritis|arthritis|arthritic|facet arthropathy|arthropathy", None),
    ("degenerative disc disease", r"degenerative dis[ck] disease|ddd|disc degeneration",
     r"degenerative dis[ck]|\bddd\b|disc degeneration"),
    ("sciatica", r"sciatica", None),
    ("neuralgia", r"neuralgia|neuritis|radiculitis", None),
    ("myofascial pain syndrome", r"myofascial", None),
    ("radiculopathy", r"radiculopath(?:y|ies|ic)|radicular (?:findings|signs|symptoms|pain|deficits?)|"
     r"neurologic(?:al)? deficits?|nerve root (?:compression|impingement)", None),
    ("atrophy", r"atroph(?:y|ic)|wasting", None),
    ("weakness", r"weakness|paresis|motor deficits?|motor loss|loss of strength",
     r"weakness|\bweak\b|paresis|motor deficit|motor loss"),
    ("reflex changes", r"hyporeflexia|areflexia|hyperreflexia|(?:diminished|decreased|reduced|absent|asymmetric|"
     r"depressed) (?:deep tendon )?reflex(?:es)?", None),
    ("Spurling's sign", r"spurling'?s?", None),
    ("straight leg raise", r"straight[- ]leg[- ]rais(?:e|es|ing)|slr", r"straight[- ]leg|\bslr\b"),
    ("Hoffmann's sign", r"hoffmann?'?s?|clonus|babinski", None),
    ("incontinence", r"incontinen(?:ce|t)|bowel|bladder|urinary retention|retention of urine", None),
    ("spasm", r"spasms?|spasticity", None),
    ("dizziness", r"dizziness|syncope", None),
    ("drowsiness", r"drows(?:y|iness)|somnolen(?:ce|t)|sleepiness|sleepy", None),
    ("restricted motion", r"(?:restricted|limited|reduced|decreased|diminished|impaired) (?:\w+ )?(?:range of motion|"
     r"motion|mobility)|(?:range of motion|motion|mobility) (?:is |was |remains |remained )?(?:still )?(?:restricted|"
     r"limited|reduced|decreased)",
     r"(?:restricted|limited|reduced|decreased|diminished|impaired|loss of) (?:\w+ ){0,2}(?:range of motion|motion|"
     r"mobility|rotation|flexion|extension|rom)|(?:range of motion|motion|mobility|rotation|flexion|extension|rom) "
     r"(?:is |was )?(?:restricted|limited|reduced|decreased)|stiff"),
    ("constipation", r"constipat(?:ion|ed)", None),
    ("claustrophobia", r"claustrophob(?:ia|ic)", None),
    ("smoking", r"smok(?:ing|er|ers|es|ed)|cigarettes?|tobacco|nicotine", None),
    ("substance use disorder", r"(?:opioid|substance|alcohol|drug) use disorders?|addiction|addicted|"
     r"(?:substance|alcohol|drug|opioid) (?:abuse|dependence)|dependen(?:ce|t) on (?:\w+ ){0,2}(?:medications?|"
     r"drugs?|opioids?|alcohol|benzodiazepines?|sedatives?|narcotics?)", None),
    ("procedural complication", r"pneumothorax|vasovagal(?: episodes?| reactions?)?|hematomas?|post-?injection flare",
     None),
    ("GI symptoms", r"heartburn|dyspepsia|dyspeptic|reflux|gerd|gastritis|epigastric (?:pain|discomfort|burning)|"
     r"indigestion|stomach upset|upset stomach", None),
    ("numbness", r"numbness|numb|paresthesias?|tingling",
     r"numbness|numb|paresthesia|tingling|decreased sensation|diminished sensation|reduced sensation|sensory loss|"
     r"hypo-?(?:a)?esthesia"),
    ("sensory loss", r"(?:decreased|diminished|reduced|altered|impaired|absent|abnormal|lost) (?:light[- ]touch )?"
     r"(?:sensation|sensibility)|sensory (?:loss|deficits?|changes?|disturbances?)|hypo-?a?esthesia",
     r"(?:decreased|diminished|reduced|altered|impaired|absent|abnormal|lost) (?:light[- ]touch |pinprick )?"
     r"(?:sensation|sensibility)|sensory (?:loss|deficit|change|disturbance|finding)|hypo-?a?esthesia|numb|"
     r"dermatomal"),
    ("tear", r"tears?|torn|labral|meniscal|slap lesions?", None),
    ("dislocation", r"dislocat(?:ion|ions|ed)|subluxat(?:ion|ions|ed)|instability", None),
    ("spinal deformity", r"scoliosis|kyphosis|lordosis", None),
    ("inflammatory arthritis", r"rheumatoid|ankylosing|spondylitis|lupus|gout|psoriatic", None),
    ("osteoporosis", r"osteoporo(?:sis|tic)|osteopenia", None),
    ("entrapment neuropathy", r"cubital tunnel|thoracic outlet|ulnar neuropathy|tarsal tunnel|"
     r"piriformis syndrome|meralgia", None),
    ("hand and foot disorders", r"trigger finger|de quervain'?s?|plantar fasciitis|dupuytren'?s?|ganglion", None),
    ("joint degeneration", r"chondromalacia|osteophytes?|bone spurs?|foraminal narrowing|synovitis|effusion", None),
    ("central neurologic disease", r"stroke|multiple sclerosis|parkinson'?s?|seizures?|epilepsy|syrinx|"
     r"syringomyelia|neuropathic bladder|cord injury", None),
    ("systemic disease", r"hypertension|obesity|obese|heart disease|cardiac|renal (?:disease|failure)|"
     r"kidney disease|liver disease|cirrhosis|hepatitis|ulcers?|gastrointestinal bleed(?:ing)?|gi bleed(?:ing)?|"
     r"asthma|copd", None),
    # medications
    ("opioids", r"opioids?|opiates?|narcotics?|" + _OPIOID_DRUGS, None),
    ("gabapentin", r"gabapentin|neurontin|pregabalin|lyrica|anticonvulsants?", None),
    ("muscle relaxant", r"muscle relaxants?|cyclobenzaprine|flexeril|tizanidine|zanaflex|baclofen|"
     r"methocarbamol|carisoprodol|soma",
     r"muscle relaxant|cyclobenzaprine|flexeril|tizanidine|zanaflex|baclofen|methocarbamol|carisoprodol|soma"),
    ("NSAID", r"nsaids?|anti-?inflammator(?:y|ies)|naproxen|ibuprofen|meloxicam|celecoxib|diclofenac|motrin|"
     r"advil|aleve|etodolac", r"nsaid|anti-?inflammator|naproxen|ibuprofen|meloxicam|celecoxib|diclofenac|"
     r"motrin|advil|aleve|etodolac"),
    ("antidepressant", r"antidepressants?|duloxetine|cymbalta|amitriptyline|nortriptyline|elavil|sertraline|zoloft|"
     r"fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine|paxil|venlafaxine|effexor|trazodone|"
     r"bupropion|wellbutrin|ssris?|snris?", None),
    ("aberrant drug behavior", r"early refills?|early refill requests?|lost prescriptions?|lost (?:medications?|pills)|"
     r"doctor shopping|drug-seeking|diversion|multiple prescribers|(?:opioid |drug |substance )?(?:misuse|abuse)|"
     r"addiction|substance use disorder|alcohol(?:ism| dependence| use disorder)?|(?:drug|alcohol) dependence", None),
    ("hospitalization", r"hospitali[sz](?:ation|ations|ed)|emergency (?:room|department)|intensive care|"
     r"admitted to (?:the )?hospital|(?:emergency|hospital) admissions?|overdos(?:e|es|ed)", None),
    ("steroid", r"steroids?|corticosteroids?|prednisone|cortisone|methylprednisolone|kenalog|depo-?medrol",
     r"steroid|corticosteroid|prednisone|cortisone"),
    ("oral steroid", r"medrol(?: dose ?pack)?|(?:steroid|prednisone) (?:dose ?pack|taper|burst)|oral (?:steroids?|"
     r"corticosteroids?|prednisone)", r"\bmedrol\b|oral steroid|oral corticosteroid|prednisone|dose ?pack"),
    ("lidocaine", r"lidocaine|bupivacaine|marcaine|xylocaine", r"lidocaine|bupivacaine|local anesthetic|anesthetic"),
    # body regions beyond the request
    ("lumbar spine", r"lumbar|low(?:er)? back|lumbosacral|sacroiliac", None),
    ("cervical spine", r"cervical|neck", None),
    ("thoracic spine", r"thoracic|mid-?back", None),
    ("shoulder", r"shoulders?|rotator", None),
    ("knee", r"knees?", None),
    ("hip", r"hips?", None),
    ("elbow", r"elbows?", None),
    ("wrist", r"wrists?", None),
    ("ankle", r"ankles?|foot|feet", None),
    ("leg", r"legs?|lower extremit(?:y|ies)", None),
    ("arm", r"arms?|upper extremit(?:y|ies)", r"\barms?\b|upper extremit"),
    ("hand", r"(?<!other )(?<!at )(?<!in )(?<!on )(?<!first-)hands?|fingers?|digits?", r"\bhands?\b|fingers?|digits?"),
    ("trapezius", r"trapezius|rhomboids?|scapula[r]?|levator", None),
    # course and adherence claims
    ("non-compliance", r"non-?complian(?:t|ce)|non-?adheren(?:t|ce)|poor(?:ly)? (?:complian(?:t|ce)|adheren(?:t|ce))|"
                       r"non-?attendance|poor attendance|missed (?:appointments|visits|sessions)|no-shows?",
     r"non-?complian|non-?adheren|poor(?:ly)? (?:complian|adheren)|non-?attend|poor attendance|"
     r"missed (?:appointment|visit|session)|no-show"),
    ("compliance", r"complian(?:t|ce)|adheren(?:t|ce)|adhered|actively (?:performing|participating|engaged|doing)|"
     r"(?:performing|doing|continuing|continues|performs|does) (?:her|his|their|the|those|these) (?:home )?exercises?",
     r"complian|adheren|actively performing|actively participat|(?:continues|continuing|performs|performing|doing|"
     r"does) (?:a |an |her |his |the )?(?:daily )?home exercise|\bwith (?:a |the |her |his )home exercise program"),
    ("functional improvement", r"functional (?:improvement|gains?)|improved function(?:ing)?|"
     r"(?:significant|substantial|marked) (?:improvement|relief)", None),
    ("worsening", r"worsen(?:ing|ed|s)?|deteriorat(?:ion|ing|ed)|progressive|progressing|progressed", None),
    ("new injury", r"new injur(?:y|ies)|re-?injur(?:y|ed)|flare(?:-?up)?s?", r"new injur|re-?injur|flare"),
    ("motor vehicle accident", r"motor vehicle|mva|car accident|collision", None),
    ("fall", r"slip(?:ped)? and fall|(?:has|have|had) fallen|"
     r"fell(?!\s+(?:well\s+|far\s+|just\s+)?(?:short|within|below|above|outside|under|"
     r"beyond|into))|a fall(?! in (?:\w+ )?(?:pain|scores?|levels?|intensity|ratings?)\b)|"
     r"(?:several|multiple|repeated|recurrent|frequent|two|three) falls|falls at home",
     r"\bfall\b|\bfell\b|\bfallen\b|\bfalls\b"),  # "a ladder fall" in the record supports "fell from a ladder"
    ("injectate", r"dextrose|saline|sterile water", None),
    ("pressure ulcer", r"pressure (?:ulcers?|sores?|injur(?:y|ies))|decubitus(?: ulcers?)?|bed ?sores?", None),
    ("wound", r"(?:non-?healing |surgical |open |chronic )?wounds?|skin breakdown|dressing changes?|"
     r"(?:draining|open|infected) incisions?", None),
    ("headache", r"headaches?|migraines?", None),
    ("opioid risk screening", r"opioid risk tool|soapp(?:-r)?|opioid risk screening", None),
    ("pill count", r"pill counts?|pill counting", None),
    ("psychological evaluation",
     r"psycholog(?:y|ical|ic) (?:evaluations?|testing|tests?|assessments?)|pain psycholog(?:y|ist)|"
     r"psychiatric evaluations?", r"psycholog|psychiatr"),
    ("mobility aid", r"walkers?|wheelchairs?|rollators?|crutch(?:es)?|mobility scooters?", None),
]

CLINICAL: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    (name, re.compile(rf"\b(?:{find})\b", re.I), re.compile(support if support else rf"\b(?:{find})\b", re.I))
    for name, find, support in _ENTRIES
]
# Entries that group different conditions ("hypertension", "ulcer", "asthma"), not names of one thing: each
# word is supported only by itself in the case, not by any member of its group.
# Tests and treatments a rationale states as the worker's history: the case must have them; the guideline
# naming them in general is no support for "an EMG confirmed ..." or "she attended chiropractic care".
CASE_ONLY = frozenset({"MRI", "prior imaging", "EMG", "nerve conduction study", "CT", "x-ray", "bone scan", "myelogram",
                       "ultrasound",
                       "laboratory tests", "drug screen", "functional capacity evaluation", "epidural injection",
                       "facet injection", "nerve block", "botulinum toxin", "acupuncture", "chiropractic care",
                       "massage", "TENS", "traction", "cervical collar", "dry needling", "joint injection",
                       "hospitalization", "steroid", "aberrant drug behavior", "implanted device",
                       # red flags: a guideline lists them, only the case can give them to the worker
                       "incontinence", "cauda equina", "fracture", "tumor", "infection", "myelopathy",
                       "GI symptoms", "wound", "opioid risk screening", "pill count", "psychological evaluation",
                       "procedural complication", "straight leg raise", "Spurling's sign", "Hoffmann's sign",
                       # operations: a guideline's "postsurgical" is no operation of this worker's
                       "surgery", "surgical consultation", "fusion", "failed surgery", "discectomy", "laminectomy",
                       "decompression",
                       "arthroscopy", "arthroplasty"})
# Tests whose result words ("unremarkable", "negative for") describe a test that was done.
TESTS = frozenset({"MRI", "prior imaging", "EMG", "nerve conduction study", "CT", "x-ray", "bone scan", "myelogram",
                   "ultrasound", "laboratory tests", "drug screen", "advanced imaging", "psychological evaluation",
                   "pill count", "straight leg raise", "Spurling's sign", "Hoffmann's sign"})
BY_WORD = frozenset({"mobility aid", "opioids", "systemic disease", "central neurologic disease",
                     "inflammatory arthritis",
                     "entrapment neuropathy", "hand and foot disorders", "joint degeneration", "tumor",
                     "advanced imaging", "joint injection", "orthopedic repair", "regenerative injection",
                     "depression", "spinal deformity", "aberrant drug behavior", "antidepressant"})


_CLASS_MEMBERS = dict.fromkeys(("opioid", "opiate", "narcotic"), rf"\b(?:{_OPIOID_DRUGS})")


def word_supported(word: str, allowed_text: str) -> bool:
    """'ulcers' is supported by 'ulcer' in the case, 'hypertension' only by 'hypertension'."""
    w = re.sub(r"(?:es|s|ed|ing)$", "", word.lower()) if len(word) > 5 else word.lower()
    if re.search(r"\b" + re.escape(w), allowed_text) is not None:
        return True
    members = _CLASS_MEMBERS.get(w)  # "opioid" by "hydrocodone"; never the other way
    if members is not None and re.search(members, allowed_text) is not None:
        return True
    adjective = re.match(r"(.{4,})(?:e|ic|ous)$", w)  # "obese" by "obesity", "diabetic" by "diabetes"
    return adjective is not None and re.search(r"\b" + re.escape(adjective.group(1)), allowed_text) is not None

# Procedures, tests and diagnoses by their form: a word with one of these endings names one.
MORPHOLOGY_RX = re.compile(r"\b[a-z]{3,}(?:ectom(?:y|ies)|otom(?:y|ies)|ostom(?:y|ies)|plast(?:y|ies)|des[ie]s|"
                           r"scop(?:y|ies|ic)|graph(?:y|ies)|grams?|path(?:y|ies))\b", re.I)
MORPHOLOGY_EXCEPT = {"program", "programs", "diagram", "diagrams", "telegram", "kilogram", "kilograms", "milligram",
                     "milligrams", "microgram", "micrograms", "sympathy", "empathy", "telepathy", "photography",
                     "biography", "geography", "bibliography", "histogram", "monogram", "hologram", "instagram",
                     "demography", "choreography", "typography", "radiculopathy", "cardiogram", "anagram"}


# Drug names by their endings ("lisinopril", "atorvastatin", "metoprolol"): the case must name the drug.
DRUG_RX = re.compile(r"\b[a-z]{3,}(?:pril|sartan|olol|statin|oxetine|triptyline|azepam|zolam|prazole|tidine|profen|"
                     r"coxib|codone|morphone|barbital|gliptin|formin|dronate|lukast|cillin|mycin|cycline|floxacin|"
                     r"pramine|dipine|thiazide|semide|parin|xaban|gatran|farin|nidine|clofen|carbamol|axalone|"
                     r"phenadrine|pentin|gabalin|faxine)\b", re.I)


def morphology_stem(word: str) -> str:
    """The root a case must contain to support the word: 'discectomies' needs 'discectom'."""
    w = word.lower()
    for end in ("ies", "y", "ic", "s", "es", "is"):
        if w.endswith(end) and len(w) - len(end) >= 6:
            return w[:-len(end)]
    return w


SPINAL_LEVEL_RX = re.compile(r"\b([CTLS])\s?(\d{1,2})(?:\s?[-/]\s?([CTLS])?\s?(\d{1,2}))?\b")
LATERAL_RX = re.compile(r"\b(left|right|bilateral)\s+([a-z]+)(?:\s+([a-z]+))?", re.I)


def spinal_levels(text: str) -> set[str]:
    """Normalised spinal levels in a text: 'C5-6' and 'C5-C6' are both 'C5-C6'; 'C6' is 'C6'."""
    out = set()
    for m in SPINAL_LEVEL_RX.finditer(text):
        out.add(_level(m))
    return out


def _level(m: re.Match[str]) -> str:
    a, n1, b, n2 = m.group(1), m.group(2), m.group(3), m.group(4)
    return f"{a}{int(n1)}" if n2 is None else f"{a}{int(n1)}-{b or a}{int(n2)}"


def level_of(m: re.Match[str]) -> str:
    return _level(m)
