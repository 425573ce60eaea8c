"""The command line: a thin layer over the API. Exceptions become messages and exit codes here only.

Exit codes: 0 success, 1 a rationale was rejected (or none could be verified), 2 bad input or setup.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import get_args

from . import api, catalog
from .case import Case, load_case
from .criteria import Library, closest, load_library
from .drafting import ModelSettings, ResponseFormat
from .errors import InputError, ModelConfigError, Problem
from .letter import render
from .matcher import suggest

OK, REJECTED, BAD_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="imr-rationale", description="Rules decide, a model drafts, a verifier guards: "
                                "IMR decision rationales against the California MTUS.")
    p.add_argument("--criteria", type=Path,
                   help="criteria folder (default: the project's criteria/, or IMR_CRITERIA_DIR)")
    sub = p.add_subparsers(dest="command", required=True)

    d = sub.add_parser("decide", help="decide every item by the rules (no model)")
    d.add_argument("case", type=Path)
    d.add_argument("--json", action="store_true", help="print JSON")

    r = sub.add_parser("draft", help="decide and draft a verified rationale for every item")
    r.add_argument("case", type=Path)
    r.add_argument("--format", choices=["text", "md", "json"], default="text")
    r.add_argument("--model", help="model name at the OpenAI-compatible endpoint (or IMR_MODEL); without one, "
                   "the template drafts and nothing leaves this machine")
    r.add_argument("--max-attempts", type=int, default=3, help="model drafts per item before the template (default 3)")
    r.add_argument("--response-format", choices=get_args(ResponseFormat),
                   help="how to ask for JSON (default json_schema; json_object_schema for llama.cpp servers)")
    r.add_argument("--timeout", type=float, default=120.0, help="seconds per model request (default 120)")

    v = sub.add_parser("verify", help="check a rationale written by anyone against an item's determination")
    v.add_argument("case", type=Path)
    v.add_argument("rationale", type=Path, help="a text file holding the rationale ('-' for standard input)")
    v.add_argument("--item", type=int, required=True, help="the item, counted from 1 in case order")
    v.add_argument("--json", action="store_true")

    sub.add_parser("schema", help="print the case file's JSON Schema")

    c = sub.add_parser("criteria", help="the criteria library: list, show or check its topics")
    csub = c.add_subparsers(dest="action", required=True)
    cl = csub.add_parser("list", help="every topic with its source, edition and pages")
    cl.add_argument("--json", action="store_true")
    cs = csub.add_parser("show", help="a topic's criteria and the facts they read")
    cs.add_argument("topic")
    csub.add_parser("check", help="validate every criteria file and report unread facts and overlaps")

    s = sub.add_parser("suggest", help="propose the service and body region for a request as written (never applied)")
    s.add_argument("request", help='the request as written, e.g. "Norco 10/325 #90"')
    s.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except InputError as exc:
        print(f"error: {exc.render()}", file=sys.stderr)
        return BAD_INPUT
    except ModelConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return BAD_INPUT


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        print(json.dumps(Case.model_json_schema(), indent=2))
        return OK
    library = load_library(args.criteria)
    if args.command == "criteria":
        return _criteria(args, library)
    if args.command == "suggest":
        return _suggest(args, library)
    case = load_case(args.case, library)
    if args.command == "decide":
        print(render(api.determine(case, library), "json" if args.json else "text"), end="")
        return OK
    if args.command == "draft":
        return _draft(args, case, library)
    return _verify(args, case, library)


def _criteria(args: argparse.Namespace, library: Library) -> int:
    if args.action == "list":
        rows = catalog.topics_table(library)
        if args.json:
            print(json.dumps(rows, indent=2))
        else:
            for r in rows:
                where = f"pages {r['pages']}" if r["pages"] else f"section {r['section']}"
                print(f"{r['id']:40} {r['guideline']}, {r['edition']}, {r['chapter']}, {where}")
        return OK
    if args.action == "show":
        topic = library.topics.get(args.topic)
        if topic is None:
            raise InputError(library.folder, [Problem("topics", f"no topic {args.topic!r}",
                                                          f"use one of: {closest(args.topic, library.topics)}")])
        print(catalog.describe_topic(topic, library))
        return OK
    notes = catalog.check_library(library)
    print(f"{len(library.topics)} topics loaded from {library.folder}")
    for note in notes:
        print(f"- {note}")
    problems = [n for n in notes if n.startswith("problem")]
    return BAD_INPUT if problems else OK


def _suggest(args: argparse.Namespace, library: Library) -> int:
    found = suggest(args.request, library)
    if args.json:
        print(json.dumps([dataclasses.asdict(f) for f in found], indent=2))
    elif not found:
        print("no suggestion: no service of criteria/vocabulary.yaml is named")
    else:
        print("suggestions (not applied; set `service` and `body_region` in the case file):")
        for f in found:
            region = f.body_region or "region not named"
            print(f"- {f.service} ({region}), confidence {f.confidence:.2f}, from: {', '.join(f.matched)}")
    return OK


def _draft(args: argparse.Namespace, case: Case, library: Library) -> int:
    if args.max_attempts < 1:
        raise InputError("--max-attempts", [Problem("", f"got {args.max_attempts}", "give 1 or more")])
    overrides = {"timeout": args.timeout}
    if args.response_format:
        overrides["response_format"] = args.response_format
    settings = ModelSettings.from_env(args.model, **overrides)
    report = api.draft(case, library, settings, args.max_attempts)
    for it in report.items:
        if it.draft and it.draft.fallback_reason:
            print(f"note: item {it.determination.item}: template drafter used ({it.draft.fallback_reason})",
                  file=sys.stderr)
    print(render(report, args.format), end="")
    return OK if report.all_verified else REJECTED


def _verify(args: argparse.Namespace, case: Case, library: Library) -> int:
    path: Path = args.rationale
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problem = Problem("", f"cannot read the rationale: {exc}", "give a UTF-8 text file")
        raise InputError(path, [problem]) from None
    if not text.strip():
        raise InputError(path, [Problem("", "the rationale is empty", "put the rationale text in the file")])
    try:
        verdict = api.verify_rationale(text, case, library, args.item)
    except IndexError as exc:
        raise InputError(args.case, [Problem("items", str(exc), "pass a valid --item")]) from None
    if args.json:
        print(verdict.model_dump_json(indent=2))
    elif verdict.accepted:
        print(f"accepted: the rationale agrees with item {args.item}'s determination")
    else:
        print(f"rejected: {len(verdict.findings)} finding(s)")
        for f in verdict.findings:
            print(f"- [{f.code}] {f.message}")
    return OK if verdict.accepted else REJECTED


if __name__ == "__main__":
    raise SystemExit(main())
