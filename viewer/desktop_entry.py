"""Registering the viewer with the desktop for the current user — its entry in the applications
menu, its icon, and "Open with Archive Viewer" on folders — and taking it away again, as the
freedesktop.org specifications place them (under $XDG_DATA_HOME, default ~/.local/share)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from resources import APP_ID, DESKTOP_FILES, ICON


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def entry_path() -> Path:
    return data_home() / "applications" / f"{APP_ID}.desktop"


def icon_path() -> Path:
    return data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def install(command: list[str] | None = None) -> list[Path]:
    """Write the entry (starting ``command``, default: this very program) and the icon; returns
    what was written."""
    command = command or _this_program()
    text = (DESKTOP_FILES / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    text = text.replace("Exec=archive-viewer %f", f"Exec={' '.join(shlex.quote(part) for part in command)} %f")
    written = []
    for target, content in ((entry_path(), text.encode("utf-8")), (icon_path(), ICON.read_bytes())):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(target)
    _refresh_caches()
    return written


def uninstall() -> list[Path]:
    """Remove what ``install`` wrote; returns what was removed."""
    removed = [path for path in (entry_path(), icon_path()) if path.exists()]
    for path in removed:
        path.unlink()
    _refresh_caches()
    return removed


def _this_program() -> list[str]:
    """How this program was started: the installed `archive-viewer` script, or a bundle's binary."""
    program = Path(sys.argv[0]).resolve()
    if program.name.startswith("archive-viewer") and os.access(program, os.X_OK):
        return [str(program)]
    return [sys.executable, "-m", "viewer.app"]


def _refresh_caches() -> None:
    """Let the menus see the change now where the desktop's tools are installed (they are optional)."""
    for command, folder in (
        (["update-desktop-database", "-q"], entry_path().parent),
        (["gtk-update-icon-cache", "-q", "-t"], data_home() / "icons" / "hicolor"),
    ):
        if shutil.which(command[0]) and folder.exists():
            subprocess.run([*command, str(folder)], check=False, capture_output=True, timeout=30)
