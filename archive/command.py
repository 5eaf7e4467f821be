"""The `archive` command's entry point. It loads the program inside its own guard, so a Ctrl+C
that comes while Python is still importing ends it with the same one line as one that comes later,
never a traceback."""

from __future__ import annotations

import signal
import sys


def main() -> int:
    try:
        from .cli import main as run

        return run()
    except KeyboardInterrupt:
        return _interrupted()
    except RuntimeError as error:
        # Python 3.11 wraps what a class body's __set_name__ raises (a dataclass's fields, say)
        # in a RuntimeError: a Ctrl+C that lands there is still a Ctrl+C.
        if isinstance(error.__cause__, KeyboardInterrupt):
            return _interrupted()
        raise


def _interrupted() -> int:
    print("archive: interrupted", file=sys.stderr)
    return 128 + signal.SIGINT
