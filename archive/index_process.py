"""An index run in a process of its own, for a program that must never wait for it (the viewer).

A process, not a thread: the indexer's Python work then never competes with the window for the
interpreter, and a crash in it cannot take the window down. The child runs one index run and
sends ('progress', done, total), then ('done', report) or ('failed', message) over a pipe.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from .errors import ArchiveError
from .model import IndexProgress, IndexReport
from .workers import follow_parent, process_context

#: What the child runs: (collection folder, index base, progress, cancelled) → the run's report; a
#: function importable by its name (Collection's), so that this module never imports the façade.
IndexRun = Callable[[Path, "Path | None", Callable[[IndexProgress], None], Callable[[], bool]], IndexReport]

#: How much an indexer started by the viewer yields the processors to everything else.
BACKGROUND_NICENESS = 15


class IndexProcess:
    """One index run of ``root`` in a child process. Create it on the main thread (it may start
    the fork server); ``run`` may then be called from any thread, ``cancel`` from any other."""

    def __init__(self, root: Path, index_base: Path | None, index: IndexRun) -> None:
        self.root = root
        self.index_base = index_base
        self.index = index
        self._context = process_context()
        self._cancel = self._context.Event()

    def cancel(self) -> None:
        """Stop after the files in progress; what is done so far is kept."""
        self._cancel.set()

    def run(self, progress: Callable[[int, int], None]) -> IndexReport:
        """Index, calling ``progress(done, total)`` as files are read; raises ArchiveError with
        the reason when the run fails or the child dies."""
        receive, send = self._context.Pipe(duplex=False)
        child = self._context.Process(
            target=index_in_child,
            name="archive-indexer",
            args=(self.index, str(self.root), str(self.index_base) if self.index_base else None, send, self._cancel),
        )
        child.start()
        send.close()
        outcome = None
        try:
            while True:
                try:
                    message = receive.recv()
                except EOFError:
                    break
                if message[0] == "progress":
                    progress(message[1], message[2])
                else:
                    outcome = message
        finally:
            child.join()
            receive.close()
        if outcome is None:
            raise ArchiveError(f"the indexer stopped unexpectedly (exit status {child.exitcode})")
        if outcome[0] == "failed":
            raise ArchiveError(outcome[1])
        return outcome[1]


def index_in_child(index: IndexRun, root: str, index_base: str | None, events, cancel) -> None:
    """The child's entry point: one index run, its events sent over ``events``; stops early when
    the ``cancel`` event is set."""
    follow_parent()  # a viewer that crashed or was killed leaves no indexer behind
    if hasattr(os, "nice"):
        os.nice(BACKGROUND_NICENESS)  # the person's window comes first; extraction workers inherit this
    try:
        report = index(
            Path(root),
            Path(index_base) if index_base else None,
            lambda event: events.send(("progress", event.done, event.total)),
            cancel.is_set,
        )
    except ArchiveError as error:
        events.send(("failed", str(error)))
    except Exception as error:  # any surprise is a message for the window, never a crash there
        events.send(("failed", f"indexing stopped: {type(error).__name__}: {error}"))
    else:
        events.send(("done", report))
    finally:
        events.close()
