"""The criteria library at a glance: a table of its topics, one topic in words, and a health check.

These read a loaded Library and never change it. The CLI prints them; a reviewer uses
`describe_topic` to check a topic file against the guideline it paraphrases.
"""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from typing import Any

from .conditions import (
    CASE_FIELDS,
    AllCond,
    AnyCond,
    CaseCond,
    FactCond,
    LimitByFact,
    NotCond,
    RegionCond,
    RequestCond,
    case_fields_read,
    facts_read,
)
from .criteria import Library, Topic

__all__ = ["check_library", "condition_words", "describe_topic", "topics_table"]


# ---------------------------------------------------------------- the table


def topics_table(library: Library) -> list[dict[str, Any]]:
    """One row per topic, in the order the library matches them. Values are JSON-ready."""
    rows: list[dict[str, Any]] = []
    for topic in library.topics.values():
        g = topic.guideline
        regions = topic.applies_to.body_regions
        rows.append({
            "id": topic.id,
            "title": topic.title,
            "guideline": g.name,
            "family": g.family,
            "edition": g.edition,
            "in_force_from": g.in_force.from_.isoformat(),
            "in_force_until": g.in_force.until.isoformat() if g.in_force.until else None,
            "chapter": g.chapter,
            "pages": g.pages,
            "section": g.section,
            "services": list(topic.applies_to.services),
            "body_regions": "any" if regions == "any" else list(regions),
            "criteria": len(topic.criteria),
            "decisive": sum(1 for c in topic.criteria if c.decisive),
            "unconfirmed": len(topic.unconfirmed),
        })
    return rows


# ---------------------------------------------------------------- one topic in words


def _value(v: object) -> str:
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def _limit(lim: float | LimitByFact) -> str:
    if isinstance(lim, LimitByFact):
        table = ", ".join(f"{k} {_value(v)}" for k, v in lim.values.items())
        return f"a limit set by {lim.by_fact} ({table})"
    return _value(lim)


_TESTS = (("at_least", "is at least"), ("at_most", "is at most"), ("more_than", "is more than"),
          ("less_than", "is less than"))


def condition_words(cond: Any, library: Library) -> str:
    """A condition in plain words, naming the facts it reads (their questions are listed separately)."""
    if isinstance(cond, FactCond):
        spec = library.fact_specs.get(cond.fact)
        unit = f" {spec.unit}" if spec and spec.unit else ""
        if cond.documented is not None:
            return f"the record {'states' if cond.documented else 'does not state'} {cond.fact}"
        if cond.one_of is not None:
            return f"{cond.fact} is one of {', '.join(cond.one_of)}"
        for key, words in _TESTS:
            bound = getattr(cond, key)
            if bound is not None:
                return f"{cond.fact} {words} {_value(bound)}{unit}"
        return f"{cond.fact} is {_value(True if cond.is_ is None else cond.is_)}"
    if isinstance(cond, CaseCond):
        for key, words in _TESTS:
            bound = getattr(cond, key)
            if bound is not None:
                return f"the case's {cond.case} {words} {_value(bound)}"
    if isinstance(cond, RequestCond):
        amount = " plus ".join(["the requested quantity (its lowest reading)", *cond.plus_facts])
        if cond.at_most is not None:
            return f"{amount} is at most {_limit(cond.at_most)}"
        assert cond.at_least is not None  # the schema requires one limit
        return f"{amount} is at least {_limit(cond.at_least)}"
    if isinstance(cond, RegionCond):
        labels = [library.vocabulary.body_regions[r].label for r in cond.region]
        return f"the body region is one of: {', '.join(labels)}"
    if isinstance(cond, NotCond):
        return f"NOT ({condition_words(cond.not_, library)})"
    if isinstance(cond, AllCond):
        return "ALL of: " + "; ".join(f"({condition_words(c, library)})" for c in cond.all)
    if isinstance(cond, AnyCond):
        return "ANY of: " + "; ".join(f"({condition_words(c, library)})" for c in cond.any)
    raise TypeError(f"unknown condition {cond!r}")


def _fact_line(name: str, topic: Topic) -> str:
    spec = topic.facts[name]
    kind = spec.type if spec.type != "choice" else f"choice of {', '.join(spec.choices or [])}"
    unit = f", in {spec.unit}" if spec.unit else ""
    return f"     - {name} ({kind}{unit}): {spec.question}"


def describe_topic(topic: Topic, library: Library) -> str:
    """The topic as a reviewer checks it against the guideline: source, criteria, the facts they read."""
    g = topic.guideline
    vocab = library.vocabulary
    regions = topic.applies_to.body_regions
    region_words = ("any body region" if regions == "any"
                    else ", ".join(vocab.body_regions[r].label for r in regions))
    services = ", ".join(vocab.services[s].label for s in topic.applies_to.services)
    since = g.in_force.from_.isoformat()
    until = g.in_force.until.isoformat() if g.in_force.until else "now"
    decisive = sum(1 for c in topic.criteria if c.decisive)
    lines = [
        f"{topic.id}: {topic.title}",
        f"Guideline: {g.name} ({g.family}), edition {g.edition}, in force {since} to {until}",
        f"Chapter: {g.chapter}; {g.where}",
        f"Cited as: {g.citation}",
        f"Applies to: {services}; {region_words}",
        f"Summary: {topic.summary}",
        "",
        f"Criteria ({len(topic.criteria)}, {decisive} decisive; a decisive criterion not met or not "
        "documented upholds the denial):",
    ]
    for i, crit in enumerate(topic.criteria, 1):
        lines.append(f"{i}. {crit.id} ({'decisive' if crit.decisive else 'not decisive'})")
        lines.append(f"   Requirement: {crit.requirement}")
        if crit.citation:
            lines.append(f"   Cites its own source: {crit.citation}")
        applies = "always" if crit.when is None else f"only when {condition_words(crit.when, library)}"
        lines.append(f"   Applies: {applies}")
        lines.append(f"   Met when: {condition_words(crit.check, library)}")
        names = facts_read(crit.when) + facts_read(crit.check) if crit.when else facts_read(crit.check)
        names = list(dict.fromkeys(names))
        fields = [f for c in (crit.when, crit.check) if c is not None for f in case_fields_read(c)]
        if names:
            lines.append("   Facts read:")
            lines += [_fact_line(n, topic) for n in names]
        elif not fields:
            lines.append("   Facts read: none (the request itself)")
        for field in dict.fromkeys(fields):
            lines.append(f"     - case field {field}: {CASE_FIELDS[field][1]}")
    sections = (("Choices this file makes", topic.choices),
                ("Not confirmed against the guideline text", topic.unconfirmed))
    for title, items in sections:
        lines += ["", f"{title}:"]
        lines += [f"- {text}" for text in items] or ["- none"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the health check


def _overlap(a: Topic, b: Topic) -> tuple[list[str], list[str] | str] | None:
    services = [s for s in a.applies_to.services if s in b.applies_to.services]
    if not services:
        return None
    ra, rb = a.applies_to.body_regions, b.applies_to.body_regions
    if ra == "any" or rb == "any":
        regions: list[str] | str = "any" if ra == rb else list(rb if ra == "any" else ra)
    else:
        regions = [r for r in ra if r in rb]
    return (services, regions) if regions else None


def check_library(library: Library) -> list[str]:
    """Problems ("problem: ...") first, then warnings ("warning: ..."); empty when the library is clean.

    Criteria that read undeclared facts never get this far: loading the library rejects them.
    """
    problems: list[str] = []
    warnings: list[str] = []
    files = library.topic_files()
    topics = list(library.topics.values())
    for topic in topics:
        read: set[str] = set()
        for crit in topic.criteria:
            read |= set(facts_read(crit.check))
            if crit.when is not None:
                read |= set(facts_read(crit.when))
        for name in topic.facts:
            if name not in read:
                problems.append(f"problem: {files[topic.id].name}: fact {name!r} is declared but no "
                                "criterion reads it; remove it or add the criterion that needs it")
        if not any(c.decisive for c in topic.criteria):
            warnings.append(f"warning: {files[topic.id].name}: no criterion is decisive, so every request it "
                            "covers is overturned")
    for a, b in combinations(topics, 2):
        hit = _overlap(a, b)
        if hit:
            services, regions = hit
            where = "any body region" if regions == "any" else ", ".join(regions)
            warnings.append(f"warning: topics {a.id} and {b.id} both apply to {', '.join(services)} for "
                            f"{where}; only {a.id} is ever used there, since one topic applies per item")
    first: dict[str, Topic] = {}
    for topic in topics:
        for name, spec in topic.facts.items():
            owner = first.setdefault(name, topic)
            if owner is topic:
                continue
            prior = owner.facts[name]
            if (prior.question, prior.unit) != (spec.question, spec.unit):
                warnings.append(f"warning: fact {name!r} is declared in {owner.id} and {topic.id} with a "
                                "different question or unit; cases and determinations use the one in "
                                f"{owner.id}")
    covered = {s for t in topics for s in t.applies_to.services}
    for service in library.vocabulary.services:
        if service not in covered:
            warnings.append(f"warning: vocabulary.yaml: service {service!r} has no topic, so a case naming "
                            "it fails to load")
    return problems + warnings
