"""Handing a file to the desktop's own program, saying why when that does not happen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from .i18n import translate


def open_in_desktop(path: Path, what: str = "") -> str | None:
    """Open ``path`` with the program the desktop has for it; the reason (one sentence) if not."""
    if not path.exists():
        return translate(
            "Opening",
            "{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.",
        ).format(path=path)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    kind = what or (
        translate("Opening", "folder")
        if path.is_dir()
        else translate("Opening", "'{suffix}' file").format(suffix=path.suffix or path.name)
    )
    return translate(
        "Opening",
        "{name} could not be opened: no program on this computer is set to open this {kind}. Set "
        "a default program for it in the desktop's settings, or use Show in Folder.",
    ).format(name=path.name, kind=kind)
