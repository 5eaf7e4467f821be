"""Retake the README's screenshots from the real window, at 1280×800, on a copy of the sample.

    python docs/screenshots.py [--out docs/screenshots]

Offscreen unless a display is set (QT_QPA_PLATFORM); fonts are the system's. Each picture is the
window as a person would see it after the steps named in its file name.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = (
    # (file, query, item to select, what to do after, the window's language)
    ("results-with-snippets.png", "harbour", "reports/harbour-survey-1998.pdf", None, "en"),
    ("pdf-with-hits.png", "survey", "reports/harbour-survey-1998.pdf", "next hit", "en"),
    ("citations.png", "harbour", "reports/harbour-survey-1998.pdf", "cite", "en"),
    ("grid.png", "*", "photographs/harbour-at-dawn.jpg", "grid", "en"),
    ("filters.png", "harbour", "photographs/harbour-at-dawn.jpg", "filters", "en"),
    ("in-russian.png", "harbour", "reports/harbour-survey-1998.pdf", None, "ru"),
    ("in-azerbaijani.png", "harbour", "reports/harbour-survey-1998.pdf", "metadata", "az"),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.main_window import MainWindow
    from viewer.timers import timer

    work = Path(tempfile.mkdtemp(prefix="screenshots-"))
    sample = work / "sample"
    shutil.copytree(ROOT / "resources" / "sample", sample)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    settings = QSettings(str(work / "viewer.ini"), QSettings.Format.IniFormat)
    window = None

    def settle(milliseconds: int) -> None:
        loop_until = timer(None, milliseconds)
        loop_until.start()
        while loop_until.isActive():
            app.processEvents()

    for name, query, item, action, language in SHOTS:
        if window is None or settings.value("language") != language:  # a window takes its language when made
            if window is not None:
                window.close()
            settings.setValue("language", language)
            window = MainWindow(settings, work / "indexes")
            window.resize(1280, 800)
            window.show()
            window.open_collection(sample)
            while window.indexing.running():
                app.processEvents()
        window.set_view_mode("grid" if action == "grid" else "snippets")
        window.search_field.setText(query)
        if action == "filters":  # what narrows the results, as chips under the search field
            window.facets.filters = {"type": "StillImage"}
            window.timeline.set_range((2015, 2020), announce=False)
        window.searching.run()
        window.table.selectRow(window.model.row_of(item))
        window.tabs.setCurrentWidget(window.selection.preview_page)
        settle(1500)  # snippets and the PDF's search come from other threads
        if action == "next hit":
            window.preview.pdf.step(1)
        elif action == "cite":
            window.tabs.setCurrentWidget(window.cite)
        elif action == "metadata":
            window.tabs.setCurrentWidget(window.metadata)
        settle(1500)
        window.grab().save(str(args.out / name))
        print(args.out / name)
    window.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
