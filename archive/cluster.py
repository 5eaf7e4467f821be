"""Extraction and OCR on a Dask distributed cluster (``archive index --scheduler ADDRESS``).

The workers read and extract the files; this process keeps what must be one: the scan, the
checksums of changed files (so content read before, here or under another name, is never sent
out again), and the one writer of the catalog and the index. Workers open the files by the same
path as here (a shared mount), or are sent the bytes with each task (``ship_files``).

On a worker every file is read in a child process under the same time and memory limits as a
local run (workers.extract_all with one job), so a file past a limit fails alone, with the reason.
A worker lost mid-run costs only its tasks: the scheduler gives them to another worker, and
reports those it gave up on (after ``distributed.scheduler.allowed-failures``); their files are
reported as failed, like a file that kills a local worker.

Nothing here is imported unless a scheduler is given: a local run never loads Dask.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
import threading
import time
from collections.abc import Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ArchiveError
from .limits import Limits
from .workers import Extracted, Reader, ReadSettings, Task, extract_all, process_context, read_file, recognised

#: A task holds at most this many files, or this many bytes (a larger file goes alone): enough
#: that starting its worker process (some 70 ms) is small beside the reading, few enough to
#: spread the work of a run of scans across the cluster.
CHUNK_FILES = 32
CHUNK_BYTES = 16 * 1024 * 1024
#: Tasks waiting or running per worker thread of the cluster: enough to keep every thread busy,
#: few enough to bound the text (and shipped bytes) held in memory.
TASKS_PER_THREAD = 2
#: A run is cut into at least this many tasks per worker thread, so that a short run (forty
#: scans) is spread evenly rather than sent as one task.
TASKS_PER_THREAD_AT_LEAST = 4
#: How long to wait for the scheduler to answer, and for it to have a worker.
CONNECT_SECONDS = 10


class ClusterError(ArchiveError):
    """The cluster cannot be used: Dask is not installed, the scheduler cannot be reached, or it has no workers."""


@dataclass(frozen=True)
class DaskCluster:
    """Reads files on the cluster whose scheduler listens at ``address``; a drop-in for
    workers.extract_all (same arguments, Extracted in completion order). The cluster is reached
    only when a file needs reading: a run that finds nothing new never connects."""

    address: str
    ship_files: bool = False
    reader: Reader = read_file  # what reads one file on a worker (importable there by name)

    def __call__(
        self, root: Path, tasks: list[Task], jobs: int, limits: Limits, *, settings: ReadSettings
    ) -> Generator[Extracted, None, None]:
        # The workers cannot see the catalog: what it already holds was found here, before sending.
        remote = ReadSettings(
            settings.options, None, settings.versions, reuse_earlier=False, max_items=settings.max_items
        )
        sending: _Sending | None = None
        chunk: list[Extracted] = []
        try:
            for found in _recognised(root, tasks, jobs, settings):
                if not found.needs_reading:
                    yield found
                    continue
                if sending is None:
                    sending = _Sending(connect(self.address), len(tasks))
                if chunk and (
                    len(chunk) == sending.chunk_files or sum(f.size for f in chunk) + found.size > CHUNK_BYTES
                ):
                    yield from self._send(sending, root, chunk, limits, remote)
                    chunk = []
                chunk.append(found)
            if chunk:
                assert sending is not None  # made before the first file was put in a chunk
                yield from self._send(sending, root, chunk, limits, remote)
            if sending is not None:
                yield from sending.results()
        finally:  # also when stopped early (an interrupt, a cancel): the cluster drops what is left
            if sending is not None:
                sending.close()

    def _send(
        self, sending: _Sending, root: Path, chunk: list[Extracted], limits: Limits, settings: ReadSettings
    ) -> Iterator[Extracted]:
        """Send one task (with the files' bytes when shipping them: a file that cannot be read
        here any more is reported instead)."""
        paths, shipped = [], []
        for found in chunk:
            if self.ship_files:
                try:
                    shipped.append((Path(root, found.path).read_bytes(), found.mtime_ns))
                except OSError as error:
                    yield Extracted(found.path, error=f"cannot be read: {error.strerror or error}")
                    continue
            paths.append(found.path)
        if paths:
            yield from sending.submit(
                str(root), paths, limits, settings, shipped if self.ship_files else None, self.reader
            )


class _Sending:
    """The tasks of one run on the cluster: sent as long as fewer than ``slots`` are waiting or
    running, their results taken as they come."""

    def __init__(self, client, files: int) -> None:
        from distributed import as_completed

        self.client = client
        threads = sum(client.nthreads().values())
        self.slots = max(2, TASKS_PER_THREAD * threads)
        self.chunk_files = max(1, min(CHUNK_FILES, files // (TASKS_PER_THREAD_AT_LEAST * threads)))
        self.running = as_completed(loop=client.loop)
        self.files_of: dict = {}

    def submit(self, root: str, paths: list[str], *arguments: Any) -> Iterator[Extracted]:
        """Send read_chunk(root, paths, *arguments); give the results of those done meanwhile."""
        future = self.client.submit(read_chunk, root, paths, *arguments, pure=False)
        self.files_of[future] = paths
        self.running.add(future)
        while self.running.count() >= self.slots:
            yield from self._results_of(next(self.running))

    def results(self) -> Iterator[Extracted]:
        for future in self.running:
            yield from self._results_of(future)

    def _results_of(self, future) -> Iterator[Extracted]:
        paths = self.files_of.pop(future)
        try:
            found = future.result()
        except Exception as error:  # KilledWorker, or the task failed on the worker
            reason = f"could not be read on the cluster ({type(error).__name__}: {error})"
            found = [Extracted(path, error=reason) for path in paths]
        yield from found

    def close(self) -> None:
        self.client.cancel(list(self.files_of))
        self.client.close()


def _recognised(root: Path, tasks: list[Task], jobs: int, settings: ReadSettings) -> Iterator[Extracted]:
    """Each file's fingerprint and what the catalog knows of its content (workers.recognised),
    in order, taken by ``jobs`` threads a slice at a time."""
    with ThreadPoolExecutor(jobs) as pool:
        for start in range(0, len(tasks), 16 * jobs):
            yield from pool.map(
                lambda task: recognised(str(root), task[0], task[1], settings), tasks[start : start + 16 * jobs]
            )


def connect(address: str):
    """A client of the scheduler at ``address`` that has at least one worker, or ClusterError."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError(
            "--scheduler needs Dask's distributed package: pip install 'archive-viewer[cluster]'"
        ) from None
    scheme = address.split("://", 1)[0] if "://" in address else "tcp"
    if scheme != "tcp":
        raise ClusterError(
            f"cannot use the Dask scheduler at {address}: only tcp:// addresses are supported "
            f"({scheme}:// needs settings this program is not given)"
        )
    # Whatever answers at the address (an HTTP server, a listener that never replies, a stray
    # reply Dask reads as a 3 EiB message), the attempt ends within CONNECT_SECONDS: it runs in a
    # thread of its own, left behind if it does not finish (the run ends with the message).
    outcome: list = []

    def attempt() -> None:
        started = time.monotonic()
        try:
            client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except BaseException as error:  # Dask raises many kinds for what is not a scheduler
            outcome.append(
                ClusterError(
                    f"cannot reach the Dask scheduler at {address} ({type(error).__name__}: "
                    f"{error}); start one with `dask scheduler` and give its tcp:// address"
                )
            )
            return
        try:
            client.wait_for_workers(1, timeout=max(1.0, CONNECT_SECONDS - (time.monotonic() - started)))
        except BaseException:
            client.close()
            outcome.append(
                ClusterError(f"the Dask scheduler at {address} has no workers; start some with `dask worker {address}`")
            )
            return
        outcome.append(client)

    trying = threading.Thread(target=attempt, name="connecting to the cluster", daemon=True)
    trying.start()
    trying.join(CONNECT_SECONDS + 1)
    if not outcome:
        raise ClusterError(
            f"nothing at {address} answered as a Dask scheduler within {CONNECT_SECONDS} s; "
            "check the address (tcp://HOST:PORT, as `dask scheduler` prints it)"
        )
    if isinstance(outcome[0], ClusterError):
        raise outcome[0]
    return outcome[0]


def read_chunk(
    root: str,
    paths: list[str],
    limits: Limits,
    settings: ReadSettings,
    shipped: list[tuple[bytes, int]] | None,
    reader: Reader = read_file,
) -> list[Extracted]:
    """Run on a worker: read the files (under ``root``, or from the bytes shipped with them) one
    at a time in a child process under the limits."""
    # A worker started by a nanny is a daemonic process, which multiprocessing forbids to have
    # children. Ours end with their parent anyway (workers.follow_parent), which is what the
    # flag is there to ensure.
    multiprocessing.current_process()._config["daemon"] = False  # type: ignore[attr-defined]  # no public way
    process_context(warm=True)  # this worker's fork server, started once, serves every task it runs
    tasks: list[Task] = [(path, None) for path in paths]
    if shipped is None:
        return list(extract_all(Path(root), tasks, 1, limits, reader, settings))
    with tempfile.TemporaryDirectory(prefix="archive-shipped-") as folder:
        for path, (data, mtime_ns) in zip(paths, shipped):
            target = Path(folder, path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            os.utime(target, ns=(mtime_ns, mtime_ns))  # the record's file date is the original's
        return list(extract_all(Path(folder), tasks, 1, limits, reader, settings))
