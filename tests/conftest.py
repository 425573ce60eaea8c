"""Shared fixtures. Cassettes are configured here and only here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from imr_rationale import Case, Library, load_case, load_library

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CASSETTES = ROOT / "cassettes"

_SECRET_HEADERS = ["authorization", "api-key", "openai-organization", "openai-project", "cookie", "set-cookie",
                   "x-api-key"]


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in _SECRET_HEADERS:
            del headers[name]
    return response


def _json_body(r1: Any, r2: Any) -> None:
    """Match request bodies as parsed JSON, so key order or spacing cannot hide a changed prompt."""
    def parse(body: Any) -> Any:
        if isinstance(body, bytes):
            body = body.decode()
        return json.loads(body) if body else None

    assert parse(r1.body) == parse(r2.body), "request body differs from the recorded one"


VCR_CONFIG: dict[str, Any] = {
    "filter_headers": _SECRET_HEADERS,
    "before_record_response": _scrub_response,
    "decode_compressed_response": True,
    "match_on": ["method", "scheme", "host", "port", "path", "json_body"],
    "allow_playback_repeats": False,
}


@pytest.fixture(scope="session")
def vcr_config() -> dict[str, Any]:
    return dict(VCR_CONFIG)


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_matcher("json_body", _json_body)


@pytest.fixture
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / request.module.__name__.split(".")[-1])


@pytest.fixture(scope="session")
def library() -> Library:
    return load_library()  # the project's criteria/, or IMR_CRITERIA_DIR


@pytest.fixture(scope="session")
def sample_case(library: Library) -> Case:
    return load_case(EXAMPLES / "cervical-spine-2014.yaml", library)


@pytest.fixture
def write_case(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write YAML text to a temporary case file and return its path."""
    def _write(text: str, name: str = "case.yaml") -> Path:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return p
    return _write
