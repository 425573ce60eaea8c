"""Secrets stay out: no cassette may hold a key or an authorization header."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
KEY_PATTERNS = [
    re.compile(r"Bearer\s+[A-Za-z0-9._~+/-]{8,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),
    re.compile(r"(?i)api[-_]?key['\"]?\s*[:=]\s*['\"]?[A-Za-z0-9_-]{12,}"),
]
SECRET_HEADERS = {"authorization", "api-key", "x-api-key", "cookie", "set-cookie", "openai-organization",
                  "openai-project"}


def cassette_files() -> list[Path]:
    return sorted(CASSETTES.glob("**/*.yaml"))


def test_there_are_cassettes_to_scan() -> None:
    assert cassette_files(), "cassettes/ holds no recordings"


@pytest.mark.parametrize("path", cassette_files(), ids=lambda p: p.name)
def test_cassette_holds_no_key(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for rx in KEY_PATTERNS:
        assert not rx.search(text), f"{path.name} matches {rx.pattern}"
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        for part in ("request", "response"):
            headers = {h.lower() for h in interaction[part].get("headers", {})}
            assert not headers & SECRET_HEADERS, f"{path.name}: {part} keeps {headers & SECRET_HEADERS}"


def test_the_scanner_finds_a_planted_key(tmp_path: Path) -> None:
    planted = "interactions:\n- request:\n    headers:\n      Authorization: [Bearer sk-abcdefghijklmnopqrstuvwx]\n"
    assert any(rx.search(planted) for rx in KEY_PATTERNS)
