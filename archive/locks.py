"""File locks on every system: POSIX locks where there are some, msvcrt's byte-range locks on
Windows (where fcntl does not exist and the core must still import)."""

from __future__ import annotations

import os

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None
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


def wait_for_lock(fd: int) -> None:
    """Lock the open file ``fd``, waiting while another opening of it (in this process too) holds
    it; released when it is closed."""
    if fcntl is None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX)
