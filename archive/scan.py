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

from .legacy_names import decoded, is_legacy
from .member_paths import file_key

#: Files that operating systems and tools leave behind; never part of a collection.
SYSTEM_FILES = frozenset({"Thumbs.db", "ehthumbs.db", "desktop.ini", "Desktop.ini", "Icon\r", ".DS_Store"})


@dataclass(frozen=True)
class FileStat:
    path: str  # relative to the collection root, '/'-separated: the catalog's key
    size: int
    mtime_ns: int
    #: The name on disk, when it is not UTF-8 (and ``path`` is its decoding; see legacy_names).
    os_path: str | None = None


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
        names = {entry.name for entry in entries}
        for entry in entries:
            if is_ignored(entry.name):
                continue
            os_rel = prefix + entry.name
            rel = _key(os_rel, names)
            try:
                if entry.is_symlink() and not is_inside(entry.path, root_text):
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
                    stack.append((entry.path, os_rel + "/"))
            elif stat.S_ISREG(info.st_mode):
                yield FileStat(rel, info.st_size, info.st_mtime_ns, os_rel if rel != os_rel else None)
            else:
                yield Skipped(rel, "not a regular file (device, FIFO or socket); skipped")


def within(root: Path | str, path: Path) -> os.stat_result | None:
    """The file ``path`` leads to, if it is inside the collection ``root``; None when it leads out
    (a file replaced by a link to an outside file after the scan)."""
    if not is_inside(str(path), os.path.realpath(root)):
        return None
    return os.stat(path)


def is_inside(path: str, root: str) -> bool:
    """Whether ``path``, links followed, is the real folder ``root`` or inside it."""
    target = os.path.realpath(path)
    return target == root or target.startswith(root + os.sep)


def _key(os_rel: str, names_beside: set[str]) -> str:
    """The catalog's key of a file: its path, or for a name that is not UTF-8 the name decoded
    by the best guess, told apart from a UTF-8 name it would read the same as; either with a '#'
    escaped, so that it is never the key of an item inside a file (member_paths.file_key)."""
    if not is_legacy(os_rel):
        return file_key(os_rel)
    key, encoding = decoded(os_rel)
    if key.rsplit("/", 1)[-1] in names_beside:
        stem, dot, suffix = key.rpartition(".")
        key = f"{stem} ({encoding} name).{suffix}" if dot and "/" not in suffix else f"{key} ({encoding} name)"
    return file_key(key)


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
