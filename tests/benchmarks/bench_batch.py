"""Queries from a script: `archive search` run once per query, against `archive search --stdin`
answering a batch of them in one process, and the same queries in process (Collection.search).

    python tests/benchmarks/bench_batch.py CORPUS [--queries 1000]

CORPUS is indexed first if it is not yet (into a work folder, removed after). The queries are
bench_index's, repeated to the count asked for; each answer is the first 10 hits, as recollq -n 10.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_index import QUERIES, percentile  # noqa: E402

PROCESS_SAMPLE = 30  # whole-process runs timed one by one (each costs the interpreter's start-up)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    from archive import Collection

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as work:
        base = Path(work) / "indexes"
        with Collection.open(args.corpus, base, create=True) as collection:
            collection.index()
            queries = [QUERIES[number % len(QUERIES)][0] for number in range(args.queries)]
            started = time.perf_counter()
            for query in queries:
                collection.search(query, limit=10)
            in_process = time.perf_counter() - started
        command = [
            sys.executable,
            "-m",
            "archive",
            "search",
            "-c",
            str(args.corpus),
            "--index-dir",
            str(base),
            "--limit",
            "10",
        ]
        started = time.perf_counter()
        batch = subprocess.run(
            [*command, "--stdin"], input="\n".join(queries) + "\n", capture_output=True, text=True, check=True
        )
        batched = time.perf_counter() - started
        assert len(batch.stdout.splitlines()) == len(queries) and all(
            "error" not in json.loads(line) for line in batch.stdout.splitlines()
        )
        singles = []
        for query in queries[:PROCESS_SAMPLE]:
            started = time.perf_counter()
            subprocess.run([*command, "--json", query], capture_output=True, check=True)
            singles.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        floor = (time.perf_counter() - started) * 1000
    print(
        json.dumps(
            {
                "queries": len(queries),
                "in_process_ms_per_query": round(in_process * 1000 / len(queries), 2),
                "stdin_batch_ms_per_query": round(batched * 1000 / len(queries), 2),
                "stdin_batch_total_s": round(batched, 2),
                "one_process_per_query_p50_ms": round(percentile(singles, 0.5)),
                "python_start_floor_ms": round(floor),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
