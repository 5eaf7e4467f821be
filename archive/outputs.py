"""Files written for a person (exports, manifests): never inside a collection, never through a
link into one, never left half written."""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Iterator

from .errors import UsageError


def refuse_inside(target: str | Path, root: Path) -> None:
    """Refuse an output (a file, or the index folder) that is, or would be, inside ``root``."""
    resolved = Path(target).expanduser().resolve()
    if resolved == root or resolved.is_relative_to(root):
        raise UsageError(f"will not write {target} inside the collection {root}; choose a place outside it")


@contextmanager
def replacing(target: str | Path, binary: bool = False) -> Iterator[IO]:
    """A text (or ``binary``) file for ``target``: written beside it and renamed onto it once complete, so a
    failed export leaves no half file, and a hard link at ``target`` (to a collection file, say)
    is replaced rather than written through. A device or FIFO (/dev/stdout) is written directly."""
    path = Path(target).expanduser()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise UsageError(f"{target} is a folder; name a file to write")
    if not path.parent.is_dir():
        raise UsageError(f"cannot write {target}: there is no folder {path.parent}")
    try:
        if mode is not None and not stat.S_ISREG(mode):
            with open(path, "wb") if binary else open(path, "w", encoding="utf-8", newline="") as out:
                yield out
        else:
            with written_whole(path, binary) as out:
                yield out
    except OSError as error:  # a full disk, say: name the file the person asked for, not a temporary one
        raise OSError(error.errno, error.strerror, str(target)) from None


@contextmanager
def written_whole(path: Path, binary: bool = False) -> Iterator[IO]:
    """A file (text, or ``binary``) for ``path``, written beside it and renamed onto it once
    complete: whoever reads ``path`` finds it whole or not at all, even while another thread or
    process writes it too."""
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") if binary else os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


#: Read once: reading it sets it for a moment, which other threads writing files must not see.
_UMASK = _umask()
