"""Start-up of the desktop viewer to a usable window on the sample collection.

    python tests/benchmarks/bench_startup.py [--runs 5]

Each run is a fresh process (offscreen unless a display is set): the time from the interpreter's
start to a shown window with the sample's results listed. The first run also indexes the sample
into a temporary index folder; it is reported apart (first start) from the later ones.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import sys, time
started = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from viewer.app import build_window
settings = QSettings(sys.argv[3], QSettings.Format.IniFormat)
window = build_window(None, Path(sys.argv[2]), settings)
window.show()
def ready():
    if window.model.rowCount() and not (window.index_task and window.index_task.isRunning()):
        print(time.time() - started, flush=True)
        window.close()
        app.quit()
    else:
        QTimer.singleShot(5, ready)
QTimer.singleShot(0, ready)
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    environment = dict(os.environ)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as work:
        times = []
        for _ in range(args.runs + 1):
            settings = os.path.join(work, "viewer.ini")
            if os.path.exists(settings):
                os.remove(settings)
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(time.time()), os.path.join(work, "index"), settings],
                capture_output=True,
                text=True,
                env=environment,
            )
            times.append(float(done.stdout.strip().splitlines()[-1]))
    print(f"first start (indexes the sample): {times[0]:.2f} s")
    print(
        f"later starts: median {statistics.median(times[1:]):.2f} s, max {max(times[1:]):.2f} s over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
