"""Walking a collection folder: which files are there, and their fingerprints.

Never writes and never follows a symlink out of the collection; a symlink loop is walked once.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

#: Files that operating systems and tools leave behind; never part of a collection.
SYSTEM_FILES = frozenset({"Thumbs.db", "ehthumbs.db", "desktop.ini", "Desktop.ini", "Icon\r", ".DS_Store"})


@dataclass(frozen=True)
class FileStat:
    path: str  # relative to the collection root, '/'-separated
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


def is_ignored(name: str) -> bool:
    """Hidden files, OS droppings, editor backups and Office lock files."""
    return name.startswith((".", "~$")) or name.endswith("~") or name in SYSTEM_FILES


def walk(root: Path) -> Iterator[FileStat | Skipped]:
    """Yield every regular file of the collection, and a Skipped for each one that cannot be taken."""
    root = root.resolve()
    root_text = str(root)
    seen_dirs: set[tuple[int, int]] = set()
    root_stat = root.stat()
    seen_dirs.add((root_stat.st_dev, root_stat.st_ino))
    stack = [(root_text, "")]
    while stack:
        directory, prefix = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as error:
            yield Skipped(prefix.rstrip("/") or ".", f"folder cannot be read: {error.strerror}")
            continue
        for entry in entries:
            if is_ignored(entry.name):
                continue
            rel = prefix + entry.name
            if not _is_utf8(rel):
                yield Skipped(_printable(rel), "file name is not valid UTF-8; rename it to index it")
                continue
            try:
                if entry.is_symlink() and not _inside(entry.path, root_text):
                    yield Skipped(rel, "symbolic link pointing outside the collection; not followed")
                    continue
                info = entry.stat()
            except OSError as error:
                yield Skipped(rel, f"cannot be read: {error.strerror or 'broken link'}")
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key not in seen_dirs:  # a symlink loop, or a second link to the same folder
                    seen_dirs.add(key)
                    stack.append((entry.path, rel + "/"))
            elif stat.S_ISREG(info.st_mode):
                yield FileStat(rel, info.st_size, info.st_mtime_ns)
            else:
                yield Skipped(rel, "not a regular file (device, FIFO or socket); skipped")


def _inside(path: str, root: str) -> bool:
    target = os.path.realpath(path)
    return target == root or target.startswith(root + os.sep)


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _printable(name: str) -> str:
    return os.fsencode(name).decode("utf-8", errors="replace")


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
