"""How long `archive duplicates --near` takes as a collection grows.

    python tests/benchmarks/bench_duplicates.py [--items 10000] [--keep DIR]

Builds (or reuses, with --keep) N texts of about 1,500 characters from a Zipfian vocabulary of
20,000 words, one in fifty with a near copy (3 % of its characters changed, lines re-wrapped),
indexes them, and times finding the identical and near groups in process.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path


def build(root: Path, count: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from test_duplicates import ocr_noise

    chance = random.Random(42)
    vocabulary = [f"w{number}{chr(97 + number % 26)}" for number in range(20_000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = root / f"{number // 1000:03d}" / f"text-{number:06d}.txt"
        if path.exists():
            continue
        path.parent.mkdir(exist_ok=True)
        text = " ".join(chance.choices(vocabulary, weights, k=220))
        path.write_text(textwrap.fill(text, 72), encoding="utf-8")
        if number % 50 == 0:
            path.with_name(f"text-{number:06d}-scan.txt").write_text(ocr_noise(text, seed=number), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--keep", type=Path, help="a folder to build the texts and the index in, and keep")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-duplicates-"))
    root, index_base = base / "texts", base / "indexes"
    build(root, args.items)

    from archive import Collection

    with Collection.open(root, index_base, create=True) as collection:
        collection.index()
        started = time.perf_counter()
        identical = collection.duplicates()
        middle = time.perf_counter()
        groups = collection.duplicates(near=True)
        done = time.perf_counter()
    near = [group for group in groups if group.kind == "near"]
    print(
        f"{args.items:,} texts (+{args.items // 50} near copies): identical groups "
        f"{len(identical)} in {middle - started:.2f} s; near groups {len(near)} in {done - middle:.1f} s"
    )


if __name__ == "__main__":
    main()
