"""Real model traffic, replayed: drafts from small models served by llama.cpp go through the verifier.

The cassettes were recorded with `scripts/record-cassettes` against llama-cpp-python's OpenAI-compatible
server. These models write poor drafts and often contradict the outcome; that is real traffic the
verifier must reject. Requests are matched on their parsed JSON body (tests/conftest.py), so a changed
prompt, criterion or verifier message cannot replay an old answer: it fails here until re-recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from imr_rationale import Library, ModelSettings, draft, load_case, verify

ROOT = Path(__file__).resolve().parents[1]
SERVER = "http://127.0.0.1:8765/v1"  # where scripts/record-cassettes serves the model
MODELS = {"smollm2": "smollm2-135m-instruct", "gemma3": "gemma3-270m"}
EXAMPLES = ["cervical-spine-2014", "tpi-overturned", "pt-overturned", "injected-instructions"]
MAX_ATTEMPTS = 2


def settings(model_key: str) -> ModelSettings:
    return ModelSettings(model=MODELS[model_key], base_url=SERVER, api_key="no-key",
                         response_format="json_object_schema", max_tokens=600, temperature=0.0, seed=7,
                         timeout=300.0, transport_attempts=1)


@pytest.mark.vcr
@pytest.mark.parametrize("example", EXAMPLES)
@pytest.mark.parametrize("model_key", sorted(MODELS))
def test_recorded_drafts_are_verified_or_rejected(model_key: str, example: str, library: Library, vcr: Any) -> None:
    case = load_case(ROOT / "examples" / f"{example}.yaml", library)
    report = draft(case, library, settings(model_key), max_attempts=MAX_ATTEMPTS)

    if vcr.record_mode == "none":
        assert vcr.all_played and vcr.play_count == len(vcr.data), "every recorded interaction is replayed, once"
    assert report.provenance.model == MODELS[model_key]
    for it in report.items:
        result = it.draft
        assert result is not None
        model_attempts = [a for a in result.attempts if a.drafted_by == MODELS[model_key]]
        assert 1 <= len(model_attempts) <= MAX_ATTEMPTS
        for a in model_attempts[:-1]:
            assert a.findings, "the model was re-asked only after a rejection"
        if result.drafted_by == "template":
            assert all(a.findings or a.error for a in model_attempts), "fell back only when no model draft passed"
            assert len(model_attempts) == MAX_ATTEMPTS
        # What is shown as the rationale passes the verifier when checked again from its text alone.
        assert result.verified and result.rationale is not None
        assert verify(result.rationale, it.determination, case).accepted
        for a in model_attempts:
            assert a.raw is not None and a.prompt_tokens > 0, "a real completion with usage was recorded"


def test_recorded_traffic_includes_rejections() -> None:
    """The cassettes hold real drafts the verifier rejected, not only easy passes."""
    files = sorted((ROOT / "cassettes" / "test_cassettes").glob("*.yaml"))
    assert len(files) == len(MODELS) * len(EXAMPLES)
    reasks = sum(f.read_text().count("The verifier rejected your draft") for f in files)
    assert reasks > 0, "no recorded re-ask: the verifier rejected nothing the models wrote"
