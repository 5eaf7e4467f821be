"""The `archive` command's entry point. It loads the program inside its own guard, so a Ctrl+C
that comes while Python is still importing ends it with the same one line as one that comes later,
never a traceback."""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
import threading
from contextlib import suppress


def main() -> int:
    # A command's start and end are most of a short one's time (`archive search`, 2026-12-08): the
    # cycle collector running over the objects the imports make took 15 ms of the start, and the
    # interpreter's tearing down of every module loaded 40 ms of the exit (see _leave).
    gc.disable()
    try:
        from .cli import main as run

        gc.freeze()  # what the imports made is kept to the end: no collection need look at it again
        gc.enable()
        return _leave(run())
    except KeyboardInterrupt:
        return _interrupted()
    except RuntimeError as error:
        # Python 3.11 wraps what a class body's __set_name__ raises (a dataclass's fields, say)
        # in a RuntimeError: a Ctrl+C that lands there is still a Ctrl+C.
        if isinstance(error.__cause__, KeyboardInterrupt):
            return _interrupted()
        raise


def _leave(status: int) -> int:
    """End the process as the interpreter would, without tearing its modules down: what is kept
    is already written and closed, and the rest is freed by the system. With a thread still
    running, the interpreter's own exit waits for it."""
    if threading.active_count() > 1:
        return status
    atexit._run_exitfuncs()  # what registered to run at exit (temporary folders' removal)
    with suppress(OSError, ValueError):  # a reader that has gone (`archive search … | head`)
        sys.stdout.flush()
    with suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)


def _interrupted() -> int:
    print("archive: interrupted", file=sys.stderr)
    return 128 + signal.SIGINT
