"""Speed of the offline path on the bundled example, measured by hand (never asserted in tests).

    .venv/bin/python benchmarks/speed.py [--repeat N]

Prints the median wall time of each step, and each step's share of one full `draft`, measured in the
same run: these machines are shared and noisy, so compare ratios within a run, not seconds across runs.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from imr_rationale import decide, draft, load_case, load_library, render, verify
from imr_rationale.template import template_rationale

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "cervical-spine-2014.yaml"


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    library = load_library()
    case = load_case(EXAMPLE, library)
    dets = decide(case, library)
    texts = [template_rationale(d) for d in dets]
    steps = {
        "load criteria library": lambda: load_library(),
        "load case": lambda: load_case(EXAMPLE, library),
        "decide (3 items)": lambda: decide(case, library),
        "verify (3 template rationales)": lambda: [verify(t, d, case) for t, d in zip(texts, dets, strict=True)],
        "draft, template (3 items)": lambda: draft(case, library),
        "render letter": lambda: render(draft(case, library)),
    }
    results = {name: median_ms(fn, args.repeat) for name, fn in steps.items()}
    whole = results["draft, template (3 items)"]
    print(f"median of {args.repeat} runs, in process ({sys.version.split()[0]}):")
    for name, ms in results.items():
        print(f"  {name:34} {ms:8.2f} ms   {ms / whole:6.2f} x draft")
    cli = [str(ROOT / ".venv" / "bin" / "imr-rationale"), "draft", str(EXAMPLE)]
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run(cli, check=True, capture_output=True)
        runs.append(time.perf_counter() - t0)
    print(f"  CLI `imr-rationale draft` (process start included), median of 5: {statistics.median(runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
