"""The model drafts; the verifier guards; the template drafter catches what falls through.

Two retry layers, kept apart:
- transport errors (connection, timeout, 429, 5xx) are retried by tenacity with backoff inside
  `OpenAIChat.complete`; the openai client itself is built with max_retries=0 so the layers do not
  multiply;
- a draft the verifier rejects (or that is malformed, truncated or refused) is re-asked with the
  findings, in a plain loop with its own budget (`max_attempts`).
When the budget is spent, the model is unreachable, or no model is configured, the template drafter
writes the rationale. Every rationale returned has passed the verifier; if even the template's did not,
the result carries no rationale at all.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential, wait_random

from .case import Case
from .criteria import Status
from .engine import Determination
from .errors import ModelConfigError
from .prompts import Message, first_messages, reask_message
from .template import DRAFTED_BY as TEMPLATE
from .template import template_sentences
from .verifier import Finding, Tag, verify

if TYPE_CHECKING:
    import openai

ResponseFormat = Literal["json_schema", "json_object_schema", "json_object", "none"]


# ---------------------------------------------------------------- the structured draft


class DraftSentence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=600)
    criterion: str | None = None
    status: Status | None = None


class DraftBody(BaseModel):
    """What the model is asked to return: tagged sentences and a conclusion."""

    model_config = ConfigDict(extra="forbid")
    sentences: list[DraftSentence] = Field(min_length=1, max_length=12)
    conclusion: str = Field(min_length=1, max_length=600)

    def text(self) -> str:
        parts = [s.text.strip() for s in self.sentences] + [self.conclusion.strip()]
        return " ".join(p if p.endswith((".", "!", "?")) else p + "." for p in parts if p)

    def tags(self) -> list[Tag]:
        return [Tag(text=s.text, criterion=s.criterion, status=s.status) for s in self.sentences]


# Strings exclude control characters and quotes-with-escapes, and lengths are bounded: llama.cpp turns
# the schema into a grammar whose plain string rule admits raw newlines (invalid JSON) and whose
# unbounded arrays let a small model repeat itself until the token limit.
_TEXT = {"type": "string", "pattern": "^[^\\x00-\\x1F\"\\\\]*$", "minLength": 1, "maxLength": 400}


def draft_schema(det: Determination) -> dict[str, Any]:
    """The JSON Schema of a draft for this item: criterion tags are limited to the item's criteria."""
    return {
        "type": "object",
        "properties": {
            "sentences": {
                "type": "array",
                "minItems": 1,
                "maxItems": 6,
                "items": {
                    "type": "object",
                    "properties": {
                        "text": _TEXT,
                        "criterion": {"enum": [*(c.id for c in det.criteria), None]},
                        "status": {"enum": ["met", "not_met", "not_documented", "not_applicable", None]},
                    },
                    "required": ["text", "criterion", "status"],
                    "additionalProperties": False,
                },
            },
            "conclusion": _TEXT,
        },
        "required": ["sentences", "conclusion"],
        "additionalProperties": False,
    }


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Completion:
    content: str | None
    finish_reason: str | None
    refusal: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0


class ChatModel(Protocol):
    name: str

    def complete(self, messages: list[Message], schema: dict[str, Any]) -> Completion: ...


class ModelUnavailable(Exception):
    """Transport failure after the transport retries: the draft falls back to the template."""


def _transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                        openai.InternalServerError)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


class ModelSettings(BaseModel):
    model: str
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 120.0
    max_tokens: int = 700
    temperature: float = 0.0
    seed: int | None = 7
    response_format: ResponseFormat = "json_schema"
    transport_attempts: int = 3
    transport_backoff: float = 1.0  # seconds before the first transport retry; doubles, with jitter

    @classmethod
    def from_env(cls, model: str | None = None, **overrides: Any) -> ModelSettings | None:
        """Settings from our option or IMR_MODEL; None when neither names a model.

        An API key alone never sends case data anywhere: a model must be named.
        """
        name = model or os.environ.get("IMR_MODEL")
        if not name:
            return None
        fmt = os.environ.get("IMR_RESPONSE_FORMAT")
        if fmt:
            overrides.setdefault("response_format", fmt)
        return cls(model=name, base_url=os.environ.get("OPENAI_BASE_URL"), api_key=os.environ.get("OPENAI_API_KEY"),
                   **overrides)


class OpenAIChat:
    """Any OpenAI-compatible chat endpoint: OpenAI, Azure OpenAI, vLLM, Ollama, a llama.cpp server."""

    def __init__(self, settings: ModelSettings, client: openai.OpenAI | None = None) -> None:
        import openai  # imported here: it is slow to import and only a configured model needs it

        self.settings = settings
        self.name = settings.model
        if client is None:
            key = settings.api_key
            if not key and not settings.base_url:
                raise ModelConfigError(
                    f"model {settings.model!r} is named but no endpoint is configured: set OPENAI_API_KEY for "
                    "OpenAI, or OPENAI_BASE_URL for another OpenAI-compatible server (e.g. http://127.0.0.1:8765/v1)"
                )
            client = openai.OpenAI(api_key=key or "no-key", base_url=settings.base_url,
                                   timeout=settings.timeout, max_retries=0)
        self.client = client

    @property
    def url(self) -> str:
        return str(self.client.base_url)

    def _response_format(self, schema: dict[str, Any]) -> dict[str, Any] | None:
        fmt = self.settings.response_format
        if fmt == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": "rationale", "schema": schema}}
        if fmt == "json_object_schema":  # llama.cpp's server: json_object with a schema key
            return {"type": "json_object", "schema": schema}
        if fmt == "json_object":
            return {"type": "json_object"}
        return None

    def complete(self, messages: list[Message], schema: dict[str, Any]) -> Completion:
        import openai

        s = self.settings
        extra: dict[str, Any] = {}
        if (fmt := self._response_format(schema)) is not None:
            extra["response_format"] = fmt
        if s.seed is not None:
            extra["seed"] = s.seed
        retrying = Retrying(
            retry=retry_if_exception(_transient),
            stop=stop_after_attempt(s.transport_attempts),
            wait=wait_exponential(multiplier=s.transport_backoff, max=20) + wait_random(0, s.transport_backoff),
            reraise=True,
        )
        try:
            resp = retrying(self.client.chat.completions.create, model=s.model, messages=messages,
                            temperature=s.temperature, max_tokens=s.max_tokens, **extra)
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise ModelConfigError(
                f"{self.url} refused the API key ({exc.status_code}): check OPENAI_API_KEY"
            ) from None
        except openai.NotFoundError:
            raise ModelConfigError(f"{self.url} does not serve model {s.model!r}: check --model / IMR_MODEL") from None
        except Exception as exc:
            if _transient(exc):
                raise ModelUnavailable(f"{type(exc).__name__} from {self.url} after {s.transport_attempts} "
                                       f"tries: {exc}") from exc
            raise
        choice = resp.choices[0]
        usage = resp.usage
        return Completion(
            content=choice.message.content,
            finish_reason=choice.finish_reason,
            refusal=getattr(choice.message, "refusal", None),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
        )


# ---------------------------------------------------------------- the loop


class Attempt(BaseModel):
    number: int
    drafted_by: str
    raw: str | None  # what the model returned, verbatim
    rationale: str | None  # the draft as text, when it could be read
    findings: list[Finding]
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None  # transport failure, when the model could not be reached


class DraftResult(BaseModel):
    item: int
    rationale: str | None  # None only if no draft passed, not even the template's
    drafted_by: str  # the model's name, or "template"
    verified: bool
    findings: list[Finding]  # on the returned rationale: empty when verified
    attempts: list[Attempt]
    fallback_reason: str | None = None

    @property
    def tokens(self) -> int:
        return sum(a.prompt_tokens + a.completion_tokens for a in self.attempts)


def _finding(code: str, message: str, text: str = "") -> Finding:
    return Finding(code=code, message=message, sentence=None, span=None, text=text)


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def read_completion(c: Completion) -> tuple[DraftBody | None, list[Finding]]:
    """Parse a completion into a draft, or findings saying why it cannot be used."""
    if c.refusal:
        return None, [_finding("refusal", f"the model refused: {c.refusal}", c.refusal)]
    if c.finish_reason == "length":
        return None, [_finding("truncated", "the answer was cut off at the token limit; write a shorter rationale",
                               (c.content or "")[-80:])]
    if c.finish_reason == "content_filter":
        return None, [_finding("refusal", "the answer was stopped by the endpoint's content filter")]
    content = (c.content or "").strip()
    if not content:
        return None, [_finding("malformed_output", "the answer was empty; reply with the JSON object")]
    if m := _FENCE.search(content):
        content = m.group(1).strip()
    try:
        data = json.loads(content)
    except json.JSONDecodeError as exc:
        return None, [_finding("malformed_output", f"the answer is not valid JSON ({exc.msg} at character {exc.pos}); "
                               "reply with one JSON object only", content[:80])]
    try:
        return DraftBody.model_validate(data), []
    except ValidationError as exc:
        errs = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
        return None, [_finding("malformed_output", f"the JSON does not have the asked shape ({errs})", content[:80])]


_GUIDELINE_NAMED = re.compile(r"\b(MTUS|ACOEM|CPMTG|guidelines?|Labor Code)\b", re.I)
_WORDS = re.compile(r"[A-Za-z]{3}")


def completeness(body: DraftBody, det: Determination) -> list[Finding]:
    """What a model draft must have besides being true: sentences in words, the guideline named, a reason.

    The verifier judges whether text is faithful, so it accepts a bare "not medically necessary"; a
    rationale shown to a reviewer must also say why, so the drafter asks for that.
    """
    found = []
    for i, s in enumerate(body.sentences, 1):
        if not _WORDS.search(s.text):
            found.append(_finding("incomplete", f"sentence {i} ({s.text!r}) has no words; write it in full", s.text))
    if len(body.sentences) < 2:
        found.append(_finding("incomplete", "the draft needs at least two sentences before the conclusion: what the "
                              "guideline recommends, and what the record shows for the decisive criteria"))
    if not _GUIDELINE_NAMED.search(body.text()):
        found.append(_finding("incomplete", f"the draft does not name the guideline; cite {det.citation.text}"))
    return found


def template_result(det: Determination, case: Case, attempts: list[Attempt], reason: str | None) -> DraftResult:
    triples = template_sentences(det)
    text = " ".join(t for t, _, _ in triples)
    tags = [Tag(text=t, criterion=c, status=s) for t, c, s in triples]
    verdict = verify(text, det, case, tags)
    attempts = [*attempts, Attempt(number=len(attempts) + 1, drafted_by=TEMPLATE, raw=None, rationale=text,
                                   findings=verdict.findings)]
    return DraftResult(item=det.item, rationale=text if verdict.accepted else None, drafted_by=TEMPLATE,
                       verified=verdict.accepted, findings=verdict.findings, attempts=attempts,
                       fallback_reason=reason)


def draft_item(det: Determination, case: Case, model: ChatModel | None, max_attempts: int = 3) -> DraftResult:
    """Draft one item's rationale: the model with bounded re-asks, else the template."""
    if model is None:
        return template_result(det, case, [], None)
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    base = first_messages(det, case)
    schema = draft_schema(det)
    follow_up: list[Message] = []
    attempts: list[Attempt] = []
    for number in range(1, max_attempts + 1):
        try:
            c = model.complete(base + follow_up, schema)
        except ModelUnavailable as exc:
            attempts.append(Attempt(number=number, drafted_by=model.name, raw=None, rationale=None, findings=[],
                                    error=str(exc)))
            return template_result(det, case, attempts, f"model unavailable: {exc}")
        body, findings = read_completion(c)
        text = body.text() if body else None
        if body is not None and text is not None:
            findings = completeness(body, det) + verify(text, det, case, body.tags()).findings
        attempts.append(Attempt(number=number, drafted_by=model.name, raw=c.content, rationale=text,
                                findings=findings, prompt_tokens=c.prompt_tokens,
                                completion_tokens=c.completion_tokens))
        if not findings and text is not None:
            return DraftResult(item=det.item, rationale=text, drafted_by=model.name, verified=True, findings=[],
                               attempts=attempts)
        # Re-ask from the first prompt with only the last draft and its findings, so the context stays bounded.
        follow_up = [{"role": "assistant", "content": c.content or ""},
                     reask_message([f.message for f in findings], det)]
    return template_result(det, case, attempts, f"{max_attempts} model draft(s) rejected by the verifier")
