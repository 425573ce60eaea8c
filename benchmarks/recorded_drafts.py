"""What the verifier made of the real model drafts recorded in cassettes/, replayed offline.

    .venv/bin/python benchmarks/recorded_drafts.py

For each recorded model and example it replays the drafting (no server needed) and counts the model
drafts accepted and rejected, and the finding codes behind the rejections.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import vcr  # noqa: E402

from conftest import VCR_CONFIG, _json_body  # noqa: E402
from imr_rationale import draft, load_case, load_library  # noqa: E402
from test_cassettes import EXAMPLES, MAX_ATTEMPTS, MODELS, settings  # noqa: E402


def main() -> None:
    library = load_library()
    recorder = vcr.VCR(record_mode="none", **{k: v for k, v in VCR_CONFIG.items() if k != "allow_playback_repeats"})
    recorder.register_matcher("json_body", _json_body)
    folder = ROOT / "cassettes" / "test_cassettes"
    totals: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for key in sorted(MODELS):
        for example in EXAMPLES:
            path = folder / f"test_recorded_drafts_are_verified_or_rejected[{key}-{example}].yaml"
            case = load_case(ROOT / "examples" / f"{example}.yaml", library)
            if not path.exists():
                print(f"{key:8} {example:24} no cassette")
                continue
            with recorder.use_cassette(str(path), allow_playback_repeats=False):
                report = draft(case, library, settings(key), max_attempts=MAX_ATTEMPTS)
            for it in report.items:
                assert it.draft is not None
                model_attempts = [a for a in it.draft.attempts if a.drafted_by == MODELS[key]]
                rejected = [a for a in model_attempts if a.findings]
                totals[f"{key} drafts"] += len(model_attempts)
                totals[f"{key} rejected"] += len(rejected)
                totals[f"{key} items fell back to template"] += it.draft.drafted_by == "template"
                for a in rejected:
                    codes.update({f"{key} {c}" for c in {f.code for f in a.findings}})
                print(f"{key:8} {example:24} item {it.determination.item}: "
                      f"{len(rejected)}/{len(model_attempts)} model drafts rejected, drafted by {it.draft.drafted_by}")
    print()
    for k, v in sorted(totals.items()):
        print(f"{k:45} {v}")
    print("\nrejected drafts with each finding code (a draft can have several):")
    for k, v in codes.most_common():
        print(f"  {k:45} {v}")


if __name__ == "__main__":
    main()
