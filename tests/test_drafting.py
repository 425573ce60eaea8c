"""The re-ask loop and the fallback, driven by a scripted fake model; the transport retries on a mock transport."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai
import pytest

from imr_rationale import Case, Completion, Library, ModelConfigError, ModelSettings, OpenAIChat, decide
from imr_rationale.drafting import ModelUnavailable, draft_item
from imr_rationale.prompts import first_messages, reask_message
from imr_rationale.template import template_sentences


class ScriptedModel:
    """Returns the scripted completions in order and records every request."""

    name = "scripted-model"

    def __init__(self, replies: list[Completion | Exception]) -> None:
        self.replies = list(replies)
        self.calls: list[list[dict[str, str]]] = []

    def complete(self, messages: list[dict[str, str]], schema: dict[str, Any]) -> Completion:
        assert schema["required"] == ["sentences", "conclusion"]
        self.calls.append(messages)
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply


def reply(sentences: list[str], conclusion: str, finish: str = "stop") -> Completion:
    body = {"sentences": [{"text": s, "criterion": None, "status": None} for s in sentences], "conclusion": conclusion}
    return Completion(content=json.dumps(body), finish_reason=finish, prompt_tokens=100, completion_tokens=50)


def faithful(det: Any) -> Completion:
    triples = template_sentences(det)
    return reply([t for t, _, _ in triples[:-1]], triples[-1][0])


@pytest.fixture
def pt(sample_case: Case, library: Library) -> Any:
    return decide(sample_case, library)[0]


def test_bad_draft_then_good_draft(pt: Any, sample_case: Case) -> None:
    bad = reply(["The MTUS Chronic Pain Medical Treatment Guidelines allow 9-10 visits over 8 weeks for myalgia."],
                "The request for physical therapy is medically necessary and should be approved.")
    model = ScriptedModel([bad, faithful(pt)])
    result = draft_item(pt, sample_case, model, max_attempts=3)
    assert result.verified and result.drafted_by == "scripted-model"
    assert [a.number for a in result.attempts] == [1, 2]
    first = result.attempts[0]
    assert first.findings and any(f.code == "contradicts_outcome" for f in first.findings)
    assert result.rationale == result.attempts[1].rationale
    assert result.tokens == 300
    # The second request is the first prompt, the rejected draft, then exactly this re-ask message.
    base = first_messages(pt, sample_case)
    expected_reask = {"role": "user", "content": (
        "The verifier rejected your draft. It found:\n"
        + "".join(f"{i}. {f.message}\n" for i, f in enumerate(first.findings, 1))
        + "\nWrite the rationale again as one JSON object of the same shape. Keep the decision: the request is "
        "not medically necessary. Fix every point above and state only what the criteria and case facts support.")}
    assert model.calls[1] == [*base, {"role": "assistant", "content": bad.content}, expected_reask]
    assert expected_reask == reask_message([f.message for f in first.findings], pt)


def test_attempts_spent_fall_back_to_the_labelled_template(pt: Any, sample_case: Case) -> None:
    bad = reply(["Physical therapy helps."], "It would be reasonable to allow a trial of therapy.")
    model = ScriptedModel([bad, bad])
    result = draft_item(pt, sample_case, model, max_attempts=2)
    assert len(model.calls) == 2
    assert result.drafted_by == "template" and result.verified
    assert result.fallback_reason == "2 model draft(s) rejected by the verifier"
    assert [a.drafted_by for a in result.attempts] == ["scripted-model", "scripted-model", "template"]
    assert all(a.findings for a in result.attempts[:2])
    assert result.rationale == " ".join(t for t, _, _ in template_sentences(pt))


@pytest.mark.parametrize(
    ("completion", "code"),
    [
        (Completion(content='{"sentences": [{"text": "The MTUS', finish_reason="length"), "truncated"),
        (Completion(content="Sure! Here is the rationale: the request is denied.", finish_reason="stop"),
         "malformed_output"),
        (Completion(content='{"paragraph": "x"}', finish_reason="stop"), "malformed_output"),
        (Completion(content="", finish_reason="stop"), "malformed_output"),
        (Completion(content=None, finish_reason="stop", refusal="I can't help with medical decisions."), "refusal"),
        (Completion(content="", finish_reason="content_filter"), "refusal"),
    ],
)
def test_unusable_output_is_reasked_with_its_finding(pt: Any, sample_case: Case, completion: Completion,
                                                     code: str) -> None:
    model = ScriptedModel([completion, faithful(pt)])
    result = draft_item(pt, sample_case, model, max_attempts=2)
    assert result.verified and result.drafted_by == "scripted-model"
    assert [f.code for f in result.attempts[0].findings] == [code]
    reask = model.calls[1][-1]["content"]
    assert result.attempts[0].findings[0].message in reask, "the re-ask must carry the finding, on every path"


def test_fenced_json_is_read(pt: Any, sample_case: Case) -> None:
    good = faithful(pt)
    model = ScriptedModel([Completion(content=f"```json\n{good.content}\n```", finish_reason="stop")])
    assert draft_item(pt, sample_case, model).verified


def test_unreachable_model_falls_back_at_once(pt: Any, sample_case: Case) -> None:
    model = ScriptedModel([ModelUnavailable("APIConnectionError from http://127.0.0.1:9/v1/ after 3 tries")])
    result = draft_item(pt, sample_case, model, max_attempts=3)
    assert len(model.calls) == 1
    assert result.drafted_by == "template" and result.verified
    assert result.fallback_reason is not None and "127.0.0.1:9" in result.fallback_reason
    assert result.attempts[0].error is not None


def test_no_model_means_template(pt: Any, sample_case: Case) -> None:
    result = draft_item(pt, sample_case, None)
    assert result.drafted_by == "template" and result.verified and result.fallback_reason is None


def test_an_api_key_alone_never_names_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.delenv("IMR_MODEL", raising=False)
    assert ModelSettings.from_env(None) is None
    monkeypatch.setenv("IMR_MODEL", "some-model")
    settings = ModelSettings.from_env(None)
    assert settings is not None and settings.model == "some-model"


def test_a_named_model_without_endpoint_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    with pytest.raises(ModelConfigError, match="OPENAI_BASE_URL"):
        OpenAIChat(ModelSettings(model="m"))


# ------------------------------------------------------------------ transport retries (tenacity), no network

OK_BODY = {
    "id": "x", "object": "chat.completion", "created": 0, "model": "m",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "{}"}}],
    "usage": {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4},
}


def mock_chat(statuses: list[int], attempts: int = 3) -> tuple[OpenAIChat, list[int]]:
    seen: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        status = statuses[len(seen)]
        seen.append(status)
        if status == 200:
            return httpx2.Response(200, json=OK_BODY)
        return httpx2.Response(status, json={"error": {"message": "nope", "type": "x"}})

    client = openai.OpenAI(api_key="k", base_url="http://model.test/v1", max_retries=0,
                           http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))
    settings = ModelSettings(model="m", transport_attempts=attempts, transport_backoff=0.0)
    return OpenAIChat(settings, client=client), seen


@pytest.mark.parametrize("status", [429, 500, 502, 503])
def test_transient_errors_are_retried(status: int) -> None:
    chat, seen = mock_chat([status, status, 200])
    completion = chat.complete([{"role": "user", "content": "hi"}], {})
    assert completion.content == "{}" and seen == [status, status, 200]


def test_transient_errors_past_the_budget_make_the_model_unavailable() -> None:
    chat, seen = mock_chat([503, 503, 503, 200])
    with pytest.raises(ModelUnavailable, match=r"model\.test"):
        chat.complete([{"role": "user", "content": "hi"}], {})
    assert seen == [503, 503, 503]


@pytest.mark.parametrize(("status", "message"), [(401, "OPENAI_API_KEY"), (404, "--model")])
def test_configuration_errors_are_not_retried(status: int, message: str) -> None:
    chat, seen = mock_chat([status, 200])
    with pytest.raises(ModelConfigError, match=message):
        chat.complete([{"role": "user", "content": "hi"}], {})
    assert seen == [status]


def test_schema_limits_tags_to_the_items_criteria(pt: Any) -> None:
    from imr_rationale.drafting import draft_schema

    schema = draft_schema(pt)
    enum = schema["properties"]["sentences"]["items"]["properties"]["criterion"]["enum"]
    assert enum == [*(c.id for c in pt.criteria), None]
    assert schema["properties"]["sentences"]["maxItems"] <= 12


def test_a_bare_conclusion_is_not_a_rationale(pt: Any, sample_case: Case) -> None:
    """The verifier accepts a bare true conclusion; the drafter still asks for the guideline and a reason."""
    from imr_rationale import verify

    bare = reply(["..."], "The request is not medically necessary.")
    assert verify("The request is not medically necessary.", pt, sample_case).accepted
    model = ScriptedModel([bare, faithful(pt)])
    result = draft_item(pt, sample_case, model, max_attempts=2)
    assert result.verified and len(result.attempts) == 2
    messages = [f.message for f in result.attempts[0].findings]
    assert all(f.code == "incomplete" for f in result.attempts[0].findings)
    assert any("has no words" in m for m in messages)
    assert any("at least two sentences" in m for m in messages)
    assert any("does not name the guideline" in m and "pages 98-99" in m for m in messages)
