"""The Python API: what review tools call, and what the CLI calls. One way: case -> determination -> draft -> letter."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .case import Case
from .criteria import Library
from .drafting import ChatModel, ModelSettings, OpenAIChat, draft_item
from .engine import Determination, decide
from .letter import ItemReport, Provenance, Report
from .prompts import prompts_digest
from .verifier import Verdict, verify


def _version() -> str:
    try:
        return version("imr-rationale")
    except PackageNotFoundError:
        return "unknown"


def provenance(library: Library, dets: list[Determination], model: ChatModel | None) -> Provenance:
    # Digests of the files as they were loaded and decided with, not as they are on disk now.
    digests = {t: library.topic_digests[t] for t in dict.fromkeys(d.topic for d in dets) if t in library.topic_digests}
    url = model.url if isinstance(model, OpenAIChat) else None
    return Provenance(tool_version=_version(), criteria_digest=library.digest, topic_digests=digests,
                      prompts_digest=prompts_digest(), model=model.name if model else None, base_url=url)


def determine(case: Case, library: Library) -> Report:
    """Rules only: every item's determination."""
    dets = decide(case, library)
    return Report(case_id=case.case_id, synthetic=case.synthetic, items=[ItemReport(determination=d) for d in dets],
                  provenance=provenance(library, dets, None))


def draft(case: Case, library: Library, model: ChatModel | ModelSettings | None = None,
          max_attempts: int = 3) -> Report:
    """Decide every item and draft a verified rationale for each.

    `model` None drafts with the template (nothing leaves the machine). A ModelSettings is turned into
    an OpenAI-compatible client; any object with `name` and `complete(messages)` works too.
    """
    chat = OpenAIChat(model) if isinstance(model, ModelSettings) else model
    dets = decide(case, library)
    items = [ItemReport(determination=d, draft=draft_item(d, case, chat, max_attempts)) for d in dets]
    return Report(case_id=case.case_id, synthetic=case.synthetic, items=items,
                  provenance=provenance(library, dets, chat))


def verify_rationale(text: str, case: Case, library: Library, item: int) -> Verdict:
    """Check a rationale written by anyone against item `item` (1-based) of the case."""
    dets = decide(case, library)
    if not 1 <= item <= len(dets):
        raise IndexError(f"the case has {len(dets)} item(s); --item takes 1 to {len(dets)}")
    return verify(text, dets[item - 1], case)



