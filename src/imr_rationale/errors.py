"""Errors split by who must act.

- InputError: the user's case, criteria or rationale file is wrong. It names the file, the field path
  and the fix. The CLI exits 2.
- ModelConfigError: the model cannot be reached as configured. It names what to set or the URL tried.
Model misbehaviour (bad drafts, refusals, truncation) is not an exception: it is recorded as findings on
an attempt, and the drafter falls back to the template.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file."""

    path: str  # field path, e.g. "items[0].quantity"; "" for the whole file
    reason: str
    fix: str = ""

    def render(self) -> str:
        where = self.path or "(file)"
        text = f"  {where}: {self.reason}"
        if self.fix:
            text += f"\n    fix: {self.fix}"
        return text


class InputError(Exception):
    """A case, criteria or rationale file that cannot be used as given."""

    def __init__(self, file: str | Path, problems: list[Problem]) -> None:
        self.file = str(file)
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        lines = [f"{self.file}: {len(self.problems)} problem(s)"]
        lines += [p.render() for p in self.problems]
        return "\n".join(lines)


class ModelConfigError(Exception):
    """The model endpoint is not configured, or cannot be reached as configured."""
