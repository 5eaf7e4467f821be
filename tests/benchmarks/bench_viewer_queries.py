"""How long the real window takes to show a new query's first rows (with their facets and
timeline), for bench_index's queries Recoll shares, on an indexed collection.

    python tests/benchmarks/bench_viewer_queries.py COLLECTION INDEX_BASE [--rounds 3] [--also FOLDER]…

Opens the window offscreen, waits for the index run it starts to end, then submits each query as
Enter in the search field would and times it until the result is in the list. With --also, those
indexed collections are added to the search first (File ▸ Add Collection to Search…), the time
to the first list of them all said, and the queries then run over every collection.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("collection", type=Path)
    parser.add_argument("index_base", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--also", type=Path, action="append", default=[], metavar="FOLDER")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench_index import SHARED
    from viewer.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings = QSettings(str(args.index_base / "bench-viewer.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, args.index_base)
    window.resize(1280, 800)
    window.show()

    def wait(done, seconds: float) -> None:
        deadline = time.perf_counter() + seconds
        while not done() and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.0005)

    started = time.perf_counter()
    window.open_collection(args.collection)
    wait(lambda: window.model.result is not None, 120)
    print(
        f"first result shown {time.perf_counter() - started:.2f} s after opening "
        f"({window.model.result.total if window.model.result else 0:,} items)"
    )
    task = window.indexing.task
    wait(lambda: task is None or task.isFinished(), 600)
    for folder in args.also:
        before = window.model.result
        started = time.perf_counter()
        window.add_to_search(folder)
        wait(lambda: window.model.result is not before, 30)
        total = window.model.result.total if window.model.result else 0
        took = (time.perf_counter() - started) * 1000
        print(f"{folder} added: the first list of them all shown in {took:.0f} ms ({total:,} items)")
    timings: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for query, _ in SHARED:
            before = window.model.result
            window.search_field.setText(query)
            started = time.perf_counter()
            window.searching.search_now()
            wait(lambda: window.model.result is not before, 10)
            timings.setdefault(query, []).append((time.perf_counter() - started) * 1000)
            wait(lambda: False, 0.05)  # the rows' snippets and thumbnails come in
    every = sorted(ms for runs in timings.values() for ms in runs)
    print(
        f"first rows shown: p50 {statistics.median(every):.0f} ms, p95 {every[int(0.95 * (len(every) - 1))]:.0f} ms, "
        f"max {every[-1]:.0f} ms"
    )
    for query, runs in sorted(timings.items(), key=lambda item: -statistics.median(item[1]))[:5]:
        print(f"  {statistics.median(runs):6.0f} ms  {query}")
    window.close()


if __name__ == "__main__":
    main()
