"""imr-rationale: rules decide, the model drafts, the verifier guards."""

from .api import determine, draft, verify_rationale
from .case import Case, load_case
from .criteria import Library, load_library
from .drafting import ChatModel, Completion, DraftResult, ModelSettings, OpenAIChat
from .engine import Determination, decide
from .errors import InputError, ModelConfigError
from .letter import Report, render
from .verifier import Finding, Verdict, verify

__all__ = [
    "Case",
    "ChatModel",
    "Completion",
    "Determination",
    "DraftResult",
    "Finding",
    "InputError",
    "Library",
    "ModelConfigError",
    "ModelSettings",
    "OpenAIChat",
    "Report",
    "Verdict",
    "decide",
    "determine",
    "draft",
    "load_case",
    "load_library",
    "render",
    "verify",
    "verify_rationale",
]
