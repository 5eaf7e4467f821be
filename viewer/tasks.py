"""Work off the GUI thread.

Two kinds: one indexing run at a time (IndexTask, its own process, cancellable), and short jobs
(edits, citation formatting) on a single background thread so that catalog writes happen one at
a time, in order, as Anki's task manager does. A job never touches widgets; its result comes
back to the GUI thread through a signal.

Each background thread opens its own Collection: SQLite connections and Whoosh searchers belong
to the thread that made them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal

from archive import ArchiveError, Collection, CollectionSet


class IndexTask(QThread):
    """Indexes a collection in a separate process (see Collection.index_process), watched from a
    thread of the window.

    Signals (delivered on the GUI thread): ``progress(done, total)``, ``finished_run(report)``,
    ``failed(message)``.
    """

    progress = Signal(int, int)
    finished_run = Signal(object)
    failed = Signal(str)

    def __init__(self, root: Path, index_base: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self._process = Collection.index_process(root, index_base)

    def cancel(self) -> None:
        self._process.cancel()

    def run(self) -> None:
        try:
            report = self._process.run(self.progress.emit)
        except ArchiveError as error:
            self.failed.emit(str(error))
        else:
            self.finished_run.emit(report)


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _JobSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except ArchiveError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:
            self.signals.failed.emit(str(error) or type(error).__name__)  # said inside a translated sentence
        else:
            self.signals.done.emit(result)


class BackgroundJobs(QObject):
    """Runs short jobs one at a time on a background thread, each with its own result callback."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # By thread id, not threading.local: Python forgets a pool thread's locals between jobs
        # (its thread state ends with each call from Qt), which opened a Collection per job.
        self._collections: dict[tuple[int, Path], Collection] = {}
        self._sets: dict[int, CollectionSet] = {}
        self._pending: set[_JobSignals] = set()

    def collection(self, root: Path, index_base: Path | None) -> Collection:
        """This background thread's own Collection for ``root`` (call only from inside a job);
        those of other collections it had open stay open (the window may search several)."""
        key = (threading.get_ident(), root)
        if key not in self._collections:
            self._collections[key] = Collection.open(root, index_base)
        return self._collections[key]

    def collections(self, roots: list[Path], index_base: Path | None) -> CollectionSet:
        """This background thread's own CollectionSet of ``roots``, searched as one (call only from
        inside a job)."""
        thread = threading.get_ident()
        cached = self._sets.get(thread)
        if cached is None or list(cached.collections) != [str(root) for root in roots]:
            if cached is not None:
                cached.close()
            cached = self._sets[thread] = CollectionSet.open(roots, index_base)
        return cached

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[str], None]) -> None:
        signals = _JobSignals()
        self._pending.add(signals)  # keep the signal object alive until it has spoken

        def finish(callback: Callable, value: Any) -> None:
            self._pending.discard(signals)
            callback(value)

        signals.done.connect(lambda value: finish(on_done, value))
        signals.failed.connect(lambda message: finish(on_error, message))
        self._pool.start(_Job(work, signals))

    def wait(self, milliseconds: int = 30000) -> bool:
        return self._pool.waitForDone(milliseconds)
