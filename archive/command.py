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
        print("archive: interrupted", file=sys.stderr)
        return 128 + signal.SIGINT
