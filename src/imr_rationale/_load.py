"""Reading YAML data files into pydantic models, with errors that name the file and field path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import InputError, Problem

M = TypeVar("M", bound=BaseModel)


# libyaml's parser when PyYAML was built with it (the wheels are): about 5x faster on the criteria folder.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader that rejects duplicate keys and leaves dates as text for pydantic to check.

    PyYAML silently keeps the last of two duplicate keys, which loses data; and it turns
    "2014-02-30" into a bare ValueError with no field path. Both are handled here instead.
    """


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    seen: dict[Any, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            line = key_node.start_mark.line + 1
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (line {line}); a second value would be lost", key_node.start_mark
            )
        seen[key] = loader.construct_object(value_node, deep=deep)
    return seen


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Dates stay strings; pydantic parses them and reports impossible ones with their field path.
_StrictLoader.yaml_implicit_resolvers = {
    ch: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for ch, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, [Problem("", "file not found", "check the path")]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, [Problem("", f"cannot read file: {exc}", "save it as UTF-8 text")]) from None
    try:
        data = yaml.load(text, Loader=_StrictLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = str(getattr(exc, "problem", None) or exc)
        raise InputError(path, [Problem(where, f"malformed YAML: {reason}", "fix the YAML syntax there")]) from None
    lost = _quantities_lost_to_comments(text)
    if lost:
        raise InputError(path, lost)
    return data


_HASH_NUMBER = re.compile(r"[^\s#][ \t]+#\d")


def _unquoted_hash_number(line: str) -> bool:
    m = _HASH_NUMBER.search(line)
    return m is not None and line[:m.start()].count('"') % 2 == 0 and line[:m.start()].count("'") % 2 == 0


def _quantities_lost_to_comments(text: str) -> list[Problem]:
    """'modified_to: Norco 10/325 #60' loses '#60': YAML reads a space and '#' as the start of a comment.
    Dispensed quantities are written that way, so an unquoted value followed by '#<digit>' is an error."""
    if not any(_unquoted_hash_number(line) for line in text.splitlines() if "#" in line):
        return []  # the common case, quoted values included ("Tylenol #3"): no token scan needed
    lines = text.splitlines()
    problems = []
    for tok in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(tok, yaml.ScalarToken) and tok.plain:
            rest = lines[tok.end_mark.line][tok.end_mark.column:] if tok.end_mark.line < len(lines) else ""
            if re.match(r"[ \t]+#\d", rest):
                problems.append(Problem(
                    f"line {tok.end_mark.line + 1}",
                    f"'{rest.strip()}' after {tok.value!r} starts a YAML comment, so it would be lost",
                    f'put the whole value in double quotes: "{tok.value} {rest.strip()}"'))
    return problems


def format_loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


_FIXES = {
    "extra_forbidden": "remove it, or check its spelling against `imr-rationale schema`",
    "missing": "add this field",
    "date_from_datetime_parsing": "write the date as YYYY-MM-DD and check that the day exists",
    "date_parsing": "write the date as YYYY-MM-DD and check that the day exists",
    "date_type": "write the date as YYYY-MM-DD",
}


def problems_from(exc: ValidationError, prefix: str = "") -> list[Problem]:
    problems = []
    for err in exc.errors():
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith(("function-", "~"))))
        path = format_loc(loc)
        if prefix:
            path = f"{prefix}.{path}" if path else prefix
        reason = err["msg"]
        if err["type"] == "extra_forbidden":
            reason = "unknown field"
        elif "input" in err and err["type"] not in ("missing",):
            reason = f"{reason} (got {err['input']!r})"
        problems.append(Problem(path, reason, _FIXES.get(err["type"], "")))
    return problems


def parse_model(model: type[M], data: Any, path: Path) -> M:
    if data is None:
        raise InputError(path, [Problem("", "the file is empty", "see `imr-rationale schema` for the format")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InputError(path, problems_from(exc)) from None
