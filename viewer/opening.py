"""Handing a file to the desktop's own program, saying why when that does not happen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_in_desktop(path: Path, what: str = "") -> str | None:
    """Open ``path`` with the program the desktop has for it; the reason (one sentence) if not."""
    if not path.exists():
        return f"{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date."
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    kind = what or ("folder" if path.is_dir() else f"'{path.suffix or path.name}' file")
    return (f"{path.name} could not be opened: no program on this computer is set to open this {kind}. "
            "Set a default program for it in the desktop's settings, or use Show in Folder.")
