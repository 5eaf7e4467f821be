"""How smoothly the result list scrolls through a large result, in rows with snippets (and
photographs' thumbnails) or in the grid of thumbnails.

    python tests/benchmarks/bench_scroll.py [--items 50000] [--mode snippets|grid|compact] [--keep DIR]

Builds (or reuses, with --keep) a folder of short notes, one item in ten a photograph (a PNG),
indexes it (without OCR), opens the real window offscreen, then scrolls the whole result a
screenful at a time, as Page Down held down would, and reports the longest time the GUI thread
went without running its event loop (a 10 ms timer's longest gap), how many rows were fetched,
how many snippets were worked out and how many thumbnails were made.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

WORDS = "harbour quay herring net boat storm tide lamp pier dyke market council survey".split()


PHOTO_EVERY = 10


def build(root: Path, count: int) -> None:
    from PIL import Image, ImageDraw

    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        folder = root / f"{number // 1000:03d}"
        folder.mkdir(exist_ok=True)
        if number % PHOTO_EVERY == 0:
            path = folder / f"harbour-photo-{number:06d}.png"
            if not path.exists():
                photo = Image.new("RGB", (640, 427), (90 + number % 120, 140, 200))
                ImageDraw.Draw(photo).rectangle((0, 260, 640, 427), fill=(30, 70, 110 + number % 100))
                photo.save(path)
            continue
        path = folder / f"note-{number:06d}.txt"
        if not path.exists():
            body = " ".join(WORDS[(number + i) % len(WORDS)] for i in range(120))
            path.write_text(f"Note {number} on the harbour\n\n{body}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=50_000)
    parser.add_argument("--mode", choices=("snippets", "grid", "compact"), default="snippets")
    parser.add_argument("--keep", type=Path, help="a folder to build the notes and the index in, and keep")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-scroll-"))
    root, index_base = base / "notes", base / "indexes"
    build(root, args.items)

    from archive import Collection

    started = time.perf_counter()
    with Collection.open(root, index_base, create=True) as collection:
        collection.set_ocr(False, None)
        report = collection.index()
    print(f"index: {report.counts()} in {time.perf_counter() - started:.0f} s")

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    settings = QSettings(str(base / "viewer.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, index_base)
    window.resize(1280, 800)
    window.show()
    window.open_collection(root)
    while window.indexing.task is not None and window.indexing.task.isRunning():
        app.processEvents()
    window.set_view_mode(args.mode)
    window.search_field.setText("harbour")
    window.searching.run()
    longest, clock, ticks = [0], QElapsedTimer(), [0]

    gaps: list[int] = []
    late: list[float] = []  # seconds into the scrolling of each gap over 100 ms
    started = time.perf_counter()

    def tick() -> None:
        elapsed = clock.restart()
        if ticks[0]:
            longest[0] = max(longest[0], elapsed)
            gaps.append(elapsed)
            if elapsed > 100:
                late.append(round(time.perf_counter() - started, 1))
        ticks[0] += 1

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    bar = window.searching.results.current().verticalScrollBar()
    started = time.perf_counter()
    total = window.model.result.total
    while window.model.rowCount() < total or bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        deadline = time.perf_counter() + 0.03  # a screenful every 30 ms: Page Down held down
        while time.perf_counter() < deadline:
            app.processEvents()
    seconds = time.perf_counter() - started
    timer.stop()
    print(
        f"scrolled {window.model.rowCount():,} of {total:,} rows in {seconds:.1f} s; "
        f"longest GUI-thread gap {longest[0]} ms over {ticks[0]} ticks ({sum(g > 100 for g in gaps)} over 100 ms, "
        f"{sum(g > 50 for g in gaps)} over 50 ms; those over 100 ms at {late} s); "
        f"snippets worked out: {sum(1 for _ in window.model._passages)}; "
        f"thumbnails made: {sum(1 for _ in (index_base.rglob('*.jpg')))}"
    )
    window.close()


if __name__ == "__main__":
    main()
