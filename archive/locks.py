"""File locks on every system: POSIX locks where there are some, msvcrt's byte-range locks on
Windows (where fcntl does not exist and the core must still import)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .errors import IndexBusy

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
    import msvcrt


def lock_for_process(fd: int) -> None:
    """Lock the open file ``fd`` for this process alone, or raise OSError when another holds it.
    A POSIX record lock (lockf), not flock: the processes the holder forks do not keep it, so it
    goes when the holder dies, even by kill -9."""
    if fcntl is None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def held_elsewhere(path: Path) -> bool:
    """Whether another living process holds the ProcessLock at ``path``, told without taking it
    (a run starting that instant would find it taken): from the process number its holder wrote
    in it, which it empties as it lets go. Where processes cannot be asked after so (Windows,
    whose os.kill ends them), False."""
    try:
        holder = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    if fcntl is None or not holder.isdigit() or int(holder) == os.getpid():
        return False
    try:
        os.kill(int(holder), 0)
    except ProcessLookupError:  # killed, leaving its number behind
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def wait_for_lock(fd: int) -> None:
    """Lock the open file ``fd``, waiting while another opening of it (in this process too) holds
    it; released when it is closed."""
    if fcntl is None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX)


class ProcessLock:
    """An exclusive lock on a collection's index, for this process alone; the system drops it
    when the holder dies (see lock_for_process). Held elsewhere: IndexBusy, naming the holder."""

    def __init__(self, path: Path, root: Path) -> None:
        self.path = path
        self.root = root
        self._fd: int | None = None

    def __enter__(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            lock_for_process(fd)
        except OSError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise IndexBusy(f"{self.root} is already being indexed by PID {holder}") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def __exit__(self, *exc_info: Any) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)
            self._fd = None
