"""Guideline topics as data: the schema of `criteria/`, loaded and cross-checked at start.

A topic file says which guideline it comes from (edition, dates in force, chapter, pages), which
requests it applies to, the facts it reads (each with a type and a plain question for the reviewer)
and its criteria. Each criterion states the guideline's requirement in our words, how it is checked
(a small condition language) and whether it is decisive. Unknown keys are errors.

The condition language is in conditions.py.

A criterion may name its own `citation` when it applies a source other than the topic's guideline
(e.g. the Labor Code's visit cap inside a guideline topic); the determination carries it beside the
criterion, so a letter can cite both.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import string
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ._load import parse_model, read_yaml
from .conditions import (
    CASE_FIELDS,
    COMPARISONS,
    Condition,
    FactCond,
    FactType,
    RegionCond,
    _children,
    _limit_numbers,
    facts_read,
)
from .errors import InputError, Problem


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- topic schema

Status = Literal["met", "not_met", "not_documented", "not_applicable"]
STATUSES: tuple[Status, ...] = ("met", "not_met", "not_documented", "not_applicable")


class FactSpec(_Strict):
    type: FactType
    question: str = Field(description="A plain question a reviewer can answer from the record.")
    choices: list[str] | None = None
    unit: str | None = None
    terms: list[str] = Field(
        default=[],
        description="Words a rationale uses for this fact; the verifier reads claims about it by them.",
    )

    @model_validator(mode="after")
    def _choices(self) -> FactSpec:
        if (self.type == "choice") != bool(self.choices):
            raise ValueError("`choices` is required for type choice and only for it")
        return self


class Wording(_Strict):
    """What the template rationale says for each status: case statements, in our words."""

    met: str
    not_met: str
    not_documented: str
    not_applicable: str | None = None
    applicability_not_documented: str | None = Field(
        default=None, description="Said when the record does not show whether a `when` criterion applies."
    )


class Criterion(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+\.[a-z0-9_]+$")
    requirement: str = Field(description="The guideline's requirement, in our own words.")
    decisive: bool
    check: Condition
    when: Condition | None = Field(
        default=None, description="The criterion applies only when this holds; otherwise not_applicable."
    )
    wording: Wording
    citation: str | None = Field(
        default=None,
        description="A source other than the topic's guideline that this criterion applies (e.g. a statute), "
        "as a letter cites it.",
    )
    terms: list[str] = Field(
        default=[],
        description="How a rationale names what this criterion requires as a whole ('a gastrointestinal risk "
        "factor'); the verifier reads a clause that says it is present or absent against the criterion's status.",
    )


class InForce(_Strict):
    from_: dt.date = Field(alias="from")
    until: dt.date | None = None
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def covers(self, day: dt.date) -> bool:
        return self.from_ <= day and (self.until is None or day <= self.until)


GuidelineFamily = Literal["cpmtg", "acoem", "amtg", "labor_code"]


class Guideline(_Strict):
    name: str
    family: GuidelineFamily
    edition: str
    in_force: InForce
    chapter: str
    pages: str = Field(
        default="", pattern=r"^(\d+(-\d+)?(, *\d+(-\d+)?)*)?$",
        description="Page numbers; leave empty for a guideline cited by section (then give `section`).",
    )
    section: str | None = Field(default=None, description="The section cited when the guideline has no pages.")
    citation: str = Field(description="The citation line as a letter prints it.")

    @model_validator(mode="after")
    def _pages_or_section(self) -> Guideline:
        if bool(self.pages) == bool(self.section):
            raise ValueError("give `pages` for a paged guideline, or `section` for one cited by section, not both")
        return self

    @cached_property
    def page_numbers(self) -> tuple[int, ...]:
        return page_set(self.pages)

    @property
    def where(self) -> str:
        """The pages or section, as the letter prints them."""
        return f"Page(s): {self.pages}" if self.pages else f"Section {self.section}"


class AppliesTo(_Strict):
    services: list[str]
    body_regions: list[str] | Literal["any"] = "any"


class Topic(_Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: str
    guideline: Guideline
    applies_to: AppliesTo
    summary: str = Field(
        description="The guideline's recommendation in our words; the template opens with it."
    )
    unconfirmed: list[str] = Field(
        default=[], description="Facts in this file not yet confirmed against guideline text."
    )
    choices: list[str] = Field(
        default=[], description="Where the guideline leaves a choice: what this file chose and why."
    )
    facts: dict[str, FactSpec]
    criteria: list[Criterion]

    model_config = ConfigDict(extra="forbid", frozen=True, ignored_types=(cached_property,))

    @cached_property
    def guideline_numbers(self) -> frozenset[float]:
        """Every number the topic's guideline text states: limits, durations, pages."""
        texts = [self.summary, self.guideline.citation, self.guideline.chapter, self.guideline.pages]
        texts += [c.requirement for c in self.criteria]
        nums: set[float] = set(self.guideline.page_numbers)
        for t in texts:
            nums |= set(numbers_in(t))
        for c in self.criteria:
            nums |= _limit_numbers(c.check)
        return frozenset(nums)


# ---------------------------------------------------------------- numbers and pages

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-five": 35, "once": 1, "twice": 2,
    "single": 1, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
}
_NUM_RX = re.compile(r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?)")
_WORD_RX = re.compile(r"\b(" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + r")\b", re.I)


def numbers_in(text: str, words: bool = True) -> list[float]:
    """Numbers written in digits (and, by default, as words) in a text."""
    out = [float(m.group(1).replace(",", "")) for m in _NUM_RX.finditer(text)]
    if words:
        out += [float(_WORD_NUMBERS[m.group(1).lower()]) for m in _WORD_RX.finditer(text)]
    return out


def word_number(word: str) -> int | None:
    return _WORD_NUMBERS.get(word.lower())


def page_set(pages: str) -> tuple[int, ...]:
    out: list[int] = []
    for part in re.split(r"\s*,\s*", pages.strip()):
        if "-" in part:
            lo, hi = (int(x) for x in part.split("-"))
            out += range(lo, hi + 1)
        elif part:
            out.append(int(part))
    return tuple(out)


# ---------------------------------------------------------------- vocabulary and library


class ServiceSpec(_Strict):
    label: str
    terms: list[str] = Field(
        default=[], description="How physicians write this service; the matcher uses them."
    )
    drugs: list[list[str]] = Field(
        default=[], description="For a drug class: the names of each drug, generic and brands together. A draft "
        "that names another drug of the class as the request misstates it. Every name must be in `terms`."
    )

    @model_validator(mode="after")
    def _drugs_are_terms(self) -> ServiceSpec:
        known = {t.lower() for t in self.terms}
        missing = [d for group in self.drugs for d in group if d.lower() not in known]
        if missing:
            raise ValueError(f"drug names not in this service's terms: {missing}; add them to terms")
        return self

    def drug_groups_named(self, text: str) -> list[list[str]]:
        """The drug groups whose names appear in a text (a request), by whole words."""
        return [g for g in self.drugs if any(re.search(rf"(?<![\w/]){re.escape(d)}(?![\w/])", text, re.I) for d in g)]


class RegionSpec(_Strict):
    label: str
    terms: list[str]


class Vocabulary(_Strict):
    services: dict[str, ServiceSpec]
    body_regions: dict[str, RegionSpec]


_WORDING_FIELDS = {"requested", "limit"}


class Library(BaseModel):
    """Every topic in a criteria folder, cross-checked."""

    model_config = ConfigDict(frozen=True)

    folder: Path
    vocabulary: Vocabulary
    topics: dict[str, Topic]
    fact_specs: dict[str, FactSpec]
    digest: str  # of the vocabulary and every topic file, as loaded
    topic_digests: dict[str, str] = {}  # topic id -> sha256 of its file, as loaded (none for a library built in code)

    def topic_for(self, service: str, region: str) -> Topic | None:
        for topic in self.topics.values():
            regions = topic.applies_to.body_regions
            if service in topic.applies_to.services and (regions == "any" or region in regions):
                return topic
        return None

    def topic_files(self) -> dict[str, Path]:
        return {t.id: self.folder / "topics" / f"{t.id}.yaml" for t in self.topics.values()}


def default_criteria_dir() -> Path:
    import os

    env = os.environ.get("IMR_CRITERIA_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "criteria"


def closest(word: str, options: Any, n: int = 3) -> str:
    near = difflib.get_close_matches(word, list(options), n=n, cutoff=0.5)
    return ", ".join(near) if near else ", ".join(sorted(options)[:8])


def load_library(folder: Path | None = None) -> Library:
    folder = Path(folder) if folder else default_criteria_dir()
    vocab_path = folder / "vocabulary.yaml"
    if not vocab_path.exists():
        raise InputError(folder, [Problem(
            "", "no vocabulary.yaml here: this is not a criteria folder",
            "pass --criteria DIR or set IMR_CRITERIA_DIR to the project's criteria/")])
    vocabulary = parse_model(Vocabulary, read_yaml(vocab_path), vocab_path)
    digest = hashlib.sha256(vocab_path.read_bytes())
    topics: dict[str, Topic] = {}
    fact_specs: dict[str, FactSpec] = {}
    fact_owner: dict[str, str] = {}
    topic_digests: dict[str, str] = {}
    for path in sorted((folder / "topics").glob("*.yaml")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + raw)
        topic = parse_model(Topic, read_yaml(path), path)
        problems = _check_topic(topic, path, vocabulary)
        for name, spec in topic.facts.items():
            prior = fact_specs.get(name)
            if prior and (prior.type, prior.choices) != (spec.type, spec.choices):
                problems.append(Problem(
                    f"facts.{name}",
                    f"declared as {spec.type} here but as {prior.type} in {fact_owner[name]}",
                    "declare the fact the same way in both files"))
            elif prior:
                merged = list(dict.fromkeys(prior.terms + spec.terms))
                fact_specs[name] = prior.model_copy(update={"terms": merged})
            else:
                fact_specs[name], fact_owner[name] = spec, path.name
        if topic.id in topics:
            problems.append(
                Problem("id", f"topic id {topic.id!r} is used twice", "give each topic its own id")
            )
        if problems:
            raise InputError(path, problems)
        topics[topic.id] = topic
        topic_digests[topic.id] = hashlib.sha256(raw).hexdigest()
    return Library(folder=folder, vocabulary=vocabulary, topics=topics, fact_specs=fact_specs,
                   digest=digest.hexdigest(), topic_digests=topic_digests)


def _check_topic(topic: Topic, path: Path, vocab: Vocabulary) -> list[Problem]:
    problems: list[Problem] = []
    if path.stem != topic.id:
        problems.append(
            Problem("id", f"the id {topic.id!r} differs from the file name", f"rename to {topic.id}.yaml")
        )
    for i, svc in enumerate(topic.applies_to.services):
        if svc not in vocab.services:
            problems.append(Problem(
                f"applies_to.services[{i}]", f"unknown service {svc!r}",
                f"add it to vocabulary.yaml or use one of: {closest(svc, vocab.services)}"))
    regions = topic.applies_to.body_regions
    for i, reg in enumerate([] if regions == "any" else regions):
        if reg not in vocab.body_regions:
            problems.append(Problem(f"applies_to.body_regions[{i}]", f"unknown body region {reg!r}",
                                    f"use one of: {closest(reg, vocab.body_regions)}"))
    for name in topic.facts:
        if name in CASE_FIELDS:
            problems.append(Problem(f"facts.{name}", f"{name!r} is a case field, not a fact",
                                    f"read it with {{case: {name}, ...}} and remove it from facts:"))
    ids = [c.id for c in topic.criteria]
    for i, crit in enumerate(topic.criteria):
        where = f"criteria[{i}]"
        if ids.count(crit.id) > 1:
            problems.append(
                Problem(f"{where}.id", f"criterion id {crit.id!r} is used twice", "make it unique")
            )
        for cond, label in ((crit.check, "check"), (crit.when, "when")):
            for name in facts_read(cond) if cond is not None else []:
                if name not in topic.facts:
                    problems.append(Problem(
                        f"{where}.{label}", f"reads fact {name!r}, which this topic does not declare",
                        f"declare it under facts: (close: {closest(name, topic.facts)})"))
            problems += _check_values(cond, topic, f"{where}.{label}", vocab)
        for status in ("met", "not_met", "not_documented", "not_applicable", "applicability_not_documented"):
            text = getattr(crit.wording, status)
            for _, field, _, _ in string.Formatter().parse(text or ""):
                if field is not None and field not in _WORDING_FIELDS:
                    problems.append(Problem(f"{where}.wording.{status}", f"unknown placeholder {{{field}}}",
                                            f"use only {sorted(_WORDING_FIELDS)}"))
        conditional = (crit.wording.not_applicable, crit.wording.applicability_not_documented)
        if crit.when is not None and None in conditional:
            problems.append(Problem(f"{where}.wording", "a criterion with `when` needs not_applicable and "
                                    "applicability_not_documented wordings", "add both under wording:"))
    return problems


def _check_values(cond: Any, topic: Topic, where: str, vocab: Vocabulary) -> list[Problem]:
    problems: list[Problem] = []
    if isinstance(cond, FactCond) and cond.fact in topic.facts:
        spec = topic.facts[cond.fact]
        if spec.type == "choice":
            for v in ([cond.is_] if cond.is_ is not None else []) + (cond.one_of or []):
                if v not in (spec.choices or []):
                    problems.append(
                        Problem(where, f"{v!r} is not a choice of {cond.fact}", f"use one of {spec.choices}")
                    )
        elif spec.type == "yes_no" and (cond.one_of or not (cond.is_ is None or isinstance(cond.is_, bool))):
            problems.append(Problem(where, f"{cond.fact} is yes/no", "use `is: true` or `is: false`"))
        bounds = [getattr(cond, k) for k in COMPARISONS if getattr(cond, k) is not None]
        if bounds and spec.type not in ("number", "date"):
            problems.append(Problem(where, f"{cond.fact} is {spec.type}; only numbers and dates compare",
                                    "use `is:` or `one_of:`"))
    if isinstance(cond, RegionCond):
        for r in cond.region:
            if r not in vocab.body_regions:
                near = closest(r, vocab.body_regions)
                problems.append(Problem(where, f"unknown body region {r!r}", f"use one of {near}"))
    for child in _children(cond):
        problems += _check_values(child, topic, where, vocab)
    return problems
