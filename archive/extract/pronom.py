"""PRONOM identification — The National Archives' registry of formats, whose identifiers (PUIDs,
`fmt/276`) receiving systems key their format policies on — by Siegfried, through pygfried
(Siegfried as a Python extension, Apache-2.0, by Archivematica's makers): PRONOM's byte
signatures and its container signatures (Office, OpenDocument, EPUB…) are built in."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Identified:
    puid: str
    name: str
    version: str
    #: Why Siegfried says so ('byte match at 0, 8'; 'extension match md'), and what it doubts.
    basis: str
    warning: str


def start_identifier() -> None:
    """Start Siegfried now (its signatures loaded, its runtime's address space taken): a worker
    does so before its memory is bounded (see workers._start_worker). Never in a fork server:
    a Go runtime does not survive a fork."""
    try:
        import pygfried
    except ImportError:
        return
    with contextlib.suppress(Exception):
        pygfried.identify(__file__)


def identify_pronom(path: Path) -> Identified | None:
    """The file's PRONOM format, or None when Siegfried does not know it (UNKNOWN) or cannot read it."""
    try:
        import pygfried
    except ImportError:  # an installation without it: the MIME type alone, as before
        return None
    try:
        found = pygfried.identify(str(path), detailed=True)
        match = found["files"][0]["matches"][0]
    except Exception:  # a file Siegfried cannot read: told by our own identification
        return None
    if match.get("id") in (None, "", "UNKNOWN"):
        return None
    return Identified(
        match["id"], match.get("format", ""), match.get("version", ""), match.get("basis", ""), match.get("warning", "")
    )
