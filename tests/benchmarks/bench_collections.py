"""Several collections searched as one, against one index holding them all.

    python tests/benchmarks/bench_collections.py CORPUS [--parts 3] [--repeats 5]

CORPUS's files are dealt into PARTS collections (file i into part i mod PARTS, each keeping its
path), and copied whole into one more; all are indexed into a work folder (removed after). Then
bench_index's queries, top 10 with snippets and facets, in process, REPEATS times each:

- over the PARTS collections as one (CollectionSet), and over the one index of everything;
- over each part alone: the issue's bound is that a query over the parts costs at most the sum of
  the parts searched one by one;
- the first search after opening the collections (the window's first list), and whether the union
  ranks as the one index does (the same total and top 10 scores; equal scores in either order).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench_index import QUERIES, percentile  # noqa: E402


def deal(corpus: Path, work: Path, parts: int) -> tuple[list[Path], Path]:
    files = sorted(path for path in corpus.rglob("*") if path.is_file())
    folders = [work / f"part-{number + 1}" for number in range(parts)]
    whole = work / "whole"
    for number, path in enumerate(files):
        relative = path.relative_to(corpus)
        for target in (folders[number % parts] / relative, whole / relative):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    return folders, whole


def timed(search, query: str) -> float:
    started = time.perf_counter()
    search(query, limit=10)
    return (time.perf_counter() - started) * 1000


def ranked_alike(union, one) -> bool:
    """The same total, the same scores in the same order, and each item found in both with the
    same score: items of equal score may come in another order (and one at the cut be another)."""
    scores = {hit.path: hit.score for hit in one.hits}
    return (
        union.total == one.total
        and [hit.score for hit in union.hits] == [hit.score for hit in one.hits]
        and all(scores[hit.path] == hit.score for hit in union.hits if hit.path in scores)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--parts", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    from archive import Collection, CollectionSet

    with tempfile.TemporaryDirectory(prefix="bench-collections-") as folder:
        work = Path(folder)
        parts, whole = deal(args.corpus, work, args.parts)
        base = work / "indexes"
        for root in [*parts, whole]:
            with Collection.open(root, base, create=True) as collection:
                collection.index()
        queries = [query for query, _ in QUERIES]
        started = time.perf_counter()
        union = CollectionSet.open(parts, base)
        union.search(queries[0], limit=10)
        first_union = (time.perf_counter() - started) * 1000
        one = Collection.open(whole, base)
        alone = [Collection.open(root, base) for root in parts]
        for search in [union.search, one.search, *(collection.search for collection in alone)]:
            search(queries[0], limit=10)  # each opened and warm before timing
        union_ms, one_ms, sum_ms = [], [], []
        for _ in range(args.repeats):
            for query in queries:
                union_ms.append(timed(union.search, query))
                one_ms.append(timed(one.search, query))
                sum_ms.append(sum(timed(collection.search, query) for collection in alone))
        alike = sum(ranked_alike(union.search(query, limit=10), one.search(query, limit=10)) for query in queries)
        items = len(union)
        union.close()
        one.close()
        for collection in alone:
            collection.close()
    print(
        json.dumps(
            {
                "items": items,
                "collections": args.parts,
                "queries": len(queries),
                "union_p50_ms": round(percentile(union_ms, 0.5), 1),
                "union_p95_ms": round(percentile(union_ms, 0.95), 1),
                "one_index_p50_ms": round(percentile(one_ms, 0.5), 1),
                "one_index_p95_ms": round(percentile(one_ms, 0.95), 1),
                "parts_one_by_one_p50_ms": round(percentile(sum_ms, 0.5), 1),
                "parts_one_by_one_p95_ms": round(percentile(sum_ms, 0.95), 1),
                "first_search_after_opening_ms": round(first_union, 1),
                "queries_ranked_alike": f"{alike}/{len(queries)}",
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
