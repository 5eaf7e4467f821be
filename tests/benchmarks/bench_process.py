"""`archive search` as a whole process — what a script or a file manager's search pays per query —
against an empty Python start (`python -c pass`) and Recoll's `recollq -A -n 10`.

    python tests/benchmarks/bench_process.py CORPUS [--rounds 9] [--index-dir DIR]

CORPUS is indexed first unless --index-dir holds its index already (and by Recoll, in a work
folder, when it is installed). Each round runs, for each of ten of bench_index's shared queries,
the three one after another (alternating, so a drift of the machine's speed falls on all three);
the figures are the medians over every run. Python runs with its bytecode cache written (as an
installed program has it), whatever PYTHONDONTWRITEBYTECODE says.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_index import SHARED, Recoll  # noqa: E402

QUERIES = SHARED[::3]  # ten of the thirty: words, a phrase, boolean, fields, dates, a wildcard


def timed(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from the command's start to its end."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, env=env)
    if done.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command[:4])}… failed: {done.stderr.decode()[-500:]}")
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--index-dir", type=Path, help="where CORPUS is indexed already")
    args = parser.parse_args()
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="bench-process-") as work:
        index_dir = args.index_dir or Path(work) / "indexes"
        if args.index_dir is None:
            subprocess.run(
                [sys.executable, "-m", "archive", "index", str(args.corpus), "--index-dir", str(index_dir)],
                check=True,
                capture_output=True,
                env=env,
            )
        recoll = Recoll(args.corpus.resolve(), Path(work)) if Recoll.available() else None
        if recoll is not None:
            subprocess.run(["recollindex", "-c", str(recoll.config), "-z"], capture_output=True, env=recoll.env)
        ours = [sys.executable, "-m", "archive", "search", "-c", str(args.corpus), "--index-dir", str(index_dir)]
        timed([*ours, "warm", "--limit", "10"], env)  # the bytecode cache written
        times: dict[str, list[float]] = {"python -c pass": [], "archive search": [], "recollq -A -n 10": []}
        for _ in range(args.rounds):
            for query, theirs in QUERIES:
                times["python -c pass"].append(timed([sys.executable, "-c", "pass"], env))
                times["archive search"].append(timed([*ours, query, "--limit", "10"], env))
                if recoll is not None:
                    command = ["recollq", "-c", str(recoll.config), "-A", "-n", "10", theirs]
                    times["recollq -A -n 10"].append(timed(command, recoll.env))
    bare = statistics.median(times["python -c pass"])
    print(f"{len(QUERIES)} queries × {args.rounds} rounds, medians:")
    for name, runs in times.items():
        if runs:
            median = statistics.median(runs)
            print(f"  {name:18} {median:6.1f} ms  ({median / bare:.2f} × python -c pass)")


if __name__ == "__main__":
    main()
