"""The processes a run started and their memory, read from /proc. The indexer's extraction
workers and Whoosh's writer processes are children of a fork server, which ``rusage`` never
counts. Shared by the tests and the benchmarks; also a reader whose worker hangs or dies, which
worker processes import by this module's name."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path


def descendants(root: int) -> list[int]:
    """The processes started, directly or not, by ``root`` (its workers and their fork server)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found, queue = [], list(children.get(root, []))
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, []))
    return found


def survivors(pids: list[int], seconds: float = 10) -> list[int]:
    """Those of ``pids`` still running after waiting up to ``seconds`` for them all to end."""
    deadline = time.monotonic() + seconds
    while any(Path(f"/proc/{pid}").exists() for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return [pid for pid in pids if Path(f"/proc/{pid}").exists()]


def pss_kb(pid: int) -> int:
    """Proportional memory of ``pid`` in KB (each shared page counted once across the processes
    sharing it: the fork server's loaded modules, shared by every process forked from it); 0
    once it has gone."""
    return _kb(f"/proc/{pid}/smaps_rollup", "Pss:")


def rss_kb(pid: int) -> int:
    """Resident memory of ``pid`` in KB; 0 once it has gone."""
    return _kb(f"/proc/{pid}/status", "VmRSS:")


def _kb(path: str, label: str) -> int:
    try:
        with open(path) as lines:
            for line in lines:
                if line.startswith(label):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def slow_or_crashing_reader(root: str, rel: str, known: str | None, settings):
    """A stand-in extractor: 'hang' sleeps past any limit, 'crash' kills its process."""
    from archive.workers import read_file

    if "hang" in rel:
        time.sleep(3600)
    if "crash" in rel:
        os.kill(os.getpid(), signal.SIGSEGV)
    return read_file(root, rel, known, settings)


def raising_reader(root: str, rel: str, known: str | None, settings):
    """A stand-in extractor that raises what no reader expects for 'raise'."""
    from archive.workers import read_file

    if "raise" in rel:
        raise RuntimeError("a reader's surprise")
    return read_file(root, rel, known, settings)
