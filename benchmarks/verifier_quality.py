"""How well the verifier separates faithful rationales from contradicting ones, on a labelled corpus.

Run: .venv/bin/python benchmarks/verifier_quality.py [--corpus DIR] [--split dev|<name>] [--show]

Each corpus file (YAML) holds `split:` (dev or dev-<name> for tuning data, anything else for held-out)
and `entries:`, each with the example case file, the item number, the label (faithful or contradicting),
the kind (what the error is, or for a faithful draft its form) and the text. A contradicting draft is caught when the verifier rejects it; a faithful
one is wrongly rejected when the verifier finds anything. Goal: catch >= 99% of contradicting drafts and
wrongly reject <= 2% of faithful ones, asserted on the dev splits only. A held-out split was written
after the verifier and is never tuned on: it is reported per file and separately, not asserted.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from imr_rationale.case import Case, load_case  # noqa: E402
from imr_rationale.criteria import Library, load_library  # noqa: E402
from imr_rationale.engine import Determination, decide  # noqa: E402
from imr_rationale.verifier import Verdict, verify  # noqa: E402

CORPUS = ROOT / "benchmarks" / "verifier_corpus"
GOAL_CAUGHT, GOAL_WRONGLY_REJECTED = 0.99, 0.02


@dataclass
class Result:
    split: str
    example: str
    item: int
    label: str
    kind: str
    text: str
    verdict: Verdict

    @property
    def correct(self) -> bool:
        return self.verdict.accepted == (self.label == "faithful")


def load_entries(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        split = data.get("split", path.stem)
        for entry in data["entries"]:
            out.append((split, entry))
    return out


def run(folder: Path = CORPUS, library: Library | None = None) -> list[Result]:
    library = library or load_library()
    cache: dict[str, tuple[Case, list[Determination]]] = {}
    results = []
    for split, e in load_entries(folder):
        if e["example"] not in cache:
            case = load_case(ROOT / "examples" / e["example"], library)
            cache[e["example"]] = (case, decide(case, library))
        case, dets = cache[e["example"]]
        if e["label"] not in ("faithful", "contradicting"):
            raise ValueError(f"{e['example']} item {e['item']}: label must be faithful or contradicting")
        verdict = verify(e["text"], dets[e["item"] - 1], case)
        results.append(Result(split, e["example"], e["item"], e["label"], e["kind"], e["text"], verdict))
    return results


def rates(results: list[Result]) -> tuple[int, int, int, int]:
    bad = [r for r in results if r.label == "contradicting"]
    good = [r for r in results if r.label == "faithful"]
    return (sum(not r.verdict.accepted for r in bad), len(bad), sum(not r.verdict.accepted for r in good), len(good))


def report(results: list[Result], show: bool = False) -> str:
    lines = []
    for split in sorted({r.split for r in results}):
        rs = [r for r in results if r.split == split]
        lines.append(f"== {split}")
        by_kind: dict[tuple[str, str], list[Result]] = defaultdict(list)
        for r in rs:
            by_kind[(r.label, r.kind)].append(r)
        for (label, kind), group in sorted(by_kind.items()):
            rejected = sum(not r.verdict.accepted for r in group)
            if label == "contradicting":
                lines.append(f"  contradicting {kind:<24} caught {rejected:>3}/{len(group):<3}")
            else:
                lines.append(f"  faithful      {kind:<24} wrongly rejected {rejected:>3}/{len(group):<3}")
        caught, n_bad, wrong, n_good = rates(rs)
        lines.append(f"  TOTAL contradicting caught {caught}/{n_bad} ({caught / max(n_bad, 1):.1%}); "
                     f"faithful wrongly rejected {wrong}/{n_good} ({wrong / max(n_good, 1):.1%})")
        if show:
            for r in rs:
                if not r.correct:
                    lines.append(f"  MISS [{r.label} {r.kind}] {r.example} item {r.item}: {r.text[:160]}")
                    for f in r.verdict.findings:
                        lines.append(f"       {f.code}: {f.message[:200]}")
    for name, group in (("dev (every dev* split; the goal is asserted here)", [r for r in results if is_dev(r.split)]),
                        ("held-out (every other split; measured, never tuned on)",
                         [r for r in results if not is_dev(r.split)])):
        if not group:
            continue
        caught, n_bad, wrong, n_good = rates(group)
        ok = caught / max(n_bad, 1) >= GOAL_CAUGHT and wrong / max(n_good, 1) <= GOAL_WRONGLY_REJECTED
        lines.append(f"== {name}: caught {caught}/{n_bad} ({caught / max(n_bad, 1):.1%}), wrongly rejected "
                     f"{wrong}/{n_good} ({wrong / max(n_good, 1):.1%}); goal >= {GOAL_CAUGHT:.0%} and <= "
                     f"{GOAL_WRONGLY_REJECTED:.0%}: {'met' if ok else 'NOT met'}")
    return "\n".join(lines)


def is_dev(split: str) -> bool:
    """A dev split: 'dev', or 'dev-<name>' for a held-out file that was measured once and then tuned on."""
    return split == "dev" or split.startswith("dev-")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--corpus", type=Path, default=CORPUS, help="folder of corpus YAML files")
    p.add_argument("--split", help="only this split ('dev' selects every dev* split)")
    p.add_argument("--show", action="store_true", help="print every misjudged draft with its findings")
    args = p.parse_args(argv)
    results = run(args.corpus)
    if args.split:
        results = [r for r in results if r.split == args.split or (args.split == "dev" and is_dev(r.split))]
    print(report(results, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
