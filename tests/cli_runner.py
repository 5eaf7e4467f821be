"""The `archive` command run as a script runs it: a real process, its exit status and output."""

from __future__ import annotations

import subprocess
import sys


def archive(*args, cwd=None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "archive", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=timeout
    )
