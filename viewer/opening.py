"""Handing a file to the desktop's own program, saying why when that does not happen."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeDatabase, QUrl
from PySide6.QtGui import QDesktopServices

from .i18n import translate


def open_in_desktop(path: Path, what: str = "") -> str | None:
    """Open ``path`` with the program the desktop has for it; the reason (one sentence) if not."""
    if not path.exists():
        return translate(
            "Opening",
            "{path} is no longer there (moved or deleted since it was indexed); re-index to bring the list up to date.",
        ).format(path=path)
    if not no_program_for(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
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


def no_program_for(path: Path) -> bool:
    """Whether a Linux desktop has no program set for the file's type: Qt then starts xdg-open,
    which fails unseen after Qt has said the file was opened (▶ Play did nothing). Asked of xdg-mime
    when it is there; without it, or elsewhere, Qt's own answer stands."""
    xdg_mime = shutil.which("xdg-mime") if sys.platform.startswith("linux") and path.is_file() else None
    if xdg_mime is None:
        return False
    kind = QMimeDatabase().mimeTypeForFile(str(path)).name()
    try:
        answer = subprocess.run([xdg_mime, "query", "default", kind], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return False
    return answer.returncode == 0 and not answer.stdout.strip()
