"""`archive-viewer [COLLECTION]`: the desktop app. With no argument it opens the last collection,
else the bundled sample collection (indexed on first start)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from resources import SAMPLE_COLLECTION

from .main_window import MainWindow

ORGANIZATION = "archive-viewer"
APPLICATION = "Archive viewer"


def choose_collection(argument: str | None, settings: QSettings) -> Path:
    if argument:
        return Path(argument)
    last = settings.value("last_collection")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return SAMPLE_COLLECTION


def build_window(argument: str | None = None, index_base: Path | None = None, settings: QSettings | None = None) -> MainWindow:
    settings = settings or QSettings(ORGANIZATION, "viewer")
    window = MainWindow(settings, index_base)
    if not window.open_collection(choose_collection(argument, settings)) and argument:
        window.open_collection(SAMPLE_COLLECTION)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="archive-viewer", description="Search, view, correct and cite a collection.")
    parser.add_argument("collection", nargs="?", help="a collection folder (default: the last one, else the sample)")
    parser.add_argument("--index-dir", type=Path, metavar="DIR", help="folder holding the indexes")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    window = build_window(args.collection, args.index_dir)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
