"""`archive-viewer [COLLECTION]`: the desktop app. With no argument it opens the last collection,
else the bundled sample collection (indexed on first start)."""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from resources import APP_ID, ICON, SAMPLE_COLLECTION

from .main_window import MainWindow

ORGANIZATION = "archive-viewer"
#: How long --check waits for the window to list the collection.
CHECK_SECONDS = 120
APPLICATION = "Archive viewer"


def choose_collection(argument: str | None, settings: QSettings) -> Path:
    if argument:
        return Path(argument)
    last = settings.value("last_collection")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    return SAMPLE_COLLECTION


def build_window(
    argument: str | None = None,
    index_base: Path | None = None,
    settings: QSettings | None = None,
    searched_too: list[str] = (),
) -> MainWindow:
    """The window on the collection ``argument`` (or the last, or the sample), the indexed
    collections ``searched_too`` added to its search."""
    settings = settings or QSettings(ORGANIZATION, "viewer")
    window = MainWindow(settings, index_base)
    if not window.open_collection(choose_collection(argument, settings)) and argument:
        window.open_collection(SAMPLE_COLLECTION)
    for folder in searched_too:
        window.add_to_search(folder)
    return window


def display_problem() -> str | None:
    """Why no window can be opened here, said plainly — Qt would abort with a raw message (exit
    134) — or None. Only Linux desktops need checking; a chosen Qt platform is trusted."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return (
            "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from "
            "a desktop session; the command line, `archive`, works without one"
        )
    if not os.environ.get("WAYLAND_DISPLAY") and ctypes.util.find_library("xcb-cursor") is None:
        return (
            "Qt needs the X11 cursor library to open a window; install it (Debian, Ubuntu: apt-get install "
            "libxcb-cursor0; Fedora: dnf install xcb-util-cursor)"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="archive-viewer", description="Search, view, correct and cite a collection.")
    parser.add_argument(
        "collections",
        nargs="*",
        metavar="COLLECTION",
        help="a collection folder (default: the last one, else the sample); more folders, indexed collections "
        "searched with it",
    )
    parser.add_argument("--index-dir", type=Path, metavar="DIR", help="folder holding the indexes")
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Archive Viewer to your applications menu and to folders' Open With, then quit",
    )
    parser.add_argument("--uninstall-desktop-entry", action="store_true", help="take them away again, then quit")
    parser.add_argument(
        "--check",
        action="store_true",
        help="open the window, wait until the collection is indexed and listed, say so, and quit",
    )
    args = parser.parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from . import desktop_entry

        changed = desktop_entry.install() if args.install_desktop_entry else desktop_entry.uninstall()
        verb = "installed" if args.install_desktop_entry else "removed"
        print("\n".join(f"archive-viewer: {verb} {path}" for path in changed) or "archive-viewer: nothing to remove")
        return 0
    problem = display_problem()
    if problem:
        print(f"archive-viewer: {problem}", file=sys.stderr)
        return 3
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName(APP_ID)  # ties the window to its desktop entry (and icon) on Wayland and X11
    app.setWindowIcon(QIcon(str(ICON)))
    first, *others = args.collections or [None]
    window = build_window(first, args.index_dir, searched_too=others)
    window.show()
    if args.check:
        _quit_when_ready(app, window)
    return app.exec()


def _quit_when_ready(app: QApplication, window: MainWindow, seconds: float = CHECK_SECONDS) -> None:
    """For --check: once the window lists the indexed collection, say what it shows and quit
    (exit 0); if it has not within ``seconds``, say so (exit 1)."""
    started = time.monotonic()

    def look() -> None:
        ready = (
            window.isVisible()
            and window.indexing.task is not None
            and window.indexing.task.isFinished()
            and window.model.result is not None
            and not window.searching.waiting
        )
        if ready:
            searched = ", ".join(window.scope.searched())
            print(f"archive-viewer: the window is up: {window.count_label.text()} in {searched}")
            app.exit(0)
        elif time.monotonic() - started > seconds:
            print(f"archive-viewer: the window was not ready after {seconds:.0f} s", file=sys.stderr)
            app.exit(1)
        else:
            QTimer.singleShot(100, look)

    QTimer.singleShot(100, look)


if __name__ == "__main__":
    sys.exit(main())
