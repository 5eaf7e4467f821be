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
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import ArchiveError
from .workers import (Extracted, Limits, Reader, ReadSettings, Task, extract_all, process_context, read_file,
                      recognised)

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
    workers.extract_all (same arguments, Extracted in completion order)."""

    address: str
    ship_files: bool = False
    reader: Reader = read_file  # what reads one file on a worker (importable there by name)

    def __call__(self, root: Path, tasks: list[Task], jobs: int, limits: Limits, *,
                 settings: ReadSettings) -> Iterator[Extracted]:
        client = connect(self.address)
        try:
            yield from self._read(client, root, tasks, jobs, limits, settings)
        finally:
            client.close()

    def _read(self, client, root: Path, tasks: list[Task], jobs: int, limits: Limits,
              settings: ReadSettings) -> Iterator[Extracted]:
        from distributed import as_completed

        # The workers cannot see the catalog: what it already holds was found here, before sending.
        remote = ReadSettings(settings.options, None, settings.versions, reuse_earlier=False)
        threads = sum(client.nthreads().values())
        slots = max(2, TASKS_PER_THREAD * threads)
        chunk_files = max(1, min(CHUNK_FILES, len(tasks) // (TASKS_PER_THREAD_AT_LEAST * threads)))
        files_of = {}
        running = as_completed(loop=client.loop)
        try:
            for chunk in self._chunks(root, tasks, jobs, settings, chunk_files):
                if isinstance(chunk, Extracted):
                    yield chunk
                    continue
                shipped = [_shipped(root, found) for found in chunk] if self.ship_files else None
                future = client.submit(read_chunk, str(root), [found.path for found in chunk], limits, remote, shipped,
                                       self.reader, pure=False)
                files_of[future] = [found.path for found in chunk]
                running.add(future)
                while running.count() >= slots:
                    yield from _results(next(running), files_of)
            for future in running:
                yield from _results(future, files_of)
        finally:  # stopped early (an interrupt, a cancel): the cluster drops what is left
            client.cancel(list(files_of))

    def _chunks(self, root: Path, tasks: list[Task], jobs: int, settings: ReadSettings,
                chunk_files: int) -> Iterator[Extracted | list[Extracted]]:
        """What is known here (unchanged, read before, unreadable) one by one, and the files the
        cluster must read in chunks of ``chunk_files`` files at most. Checksums are taken by
        ``jobs`` threads, a slice at a time."""
        chunk: list[Extracted] = []
        chunk_bytes = 0
        with ThreadPoolExecutor(jobs) as pool:
            for start in range(0, len(tasks), 16 * jobs):
                for found in pool.map(lambda task: recognised(str(root), *task, settings), tasks[start:start + 16 * jobs]):
                    if found.error or found.unchanged or found.record:
                        yield found
                        continue
                    if chunk and (len(chunk) == chunk_files or chunk_bytes + found.size > CHUNK_BYTES):
                        yield chunk
                        chunk, chunk_bytes = [], 0
                    chunk.append(found)
                    chunk_bytes += found.size
        if chunk:
            yield chunk


def connect(address: str):
    """A client of the scheduler at ``address`` that has at least one worker, or ClusterError."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask's distributed package: pip install 'archive-viewer[cluster]'") from None
    try:
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error}); "
                           "start one with `dask scheduler` and give its tcp:// address") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except TimeoutError:
        client.close()
        raise ClusterError(f"the Dask scheduler at {address} has no workers; start some with `dask worker {address}`") from None
    return client


def _results(future, files_of: dict) -> Iterator[Extracted]:
    paths = files_of.pop(future)
    try:
        yield from future.result()
    except Exception as error:  # KilledWorker, or the task failed on the worker
        reason = f"could not be read on the cluster ({type(error).__name__}: {error})"
        for path in paths:
            yield Extracted(path, error=reason)


def _shipped(root: Path, found: Extracted) -> tuple[bytes, int]:
    return Path(root, found.path).read_bytes(), found.mtime_ns


def read_chunk(root: str, paths: list[str], limits: Limits, settings: ReadSettings,
               shipped: list[tuple[bytes, int]] | None, reader: Reader = read_file) -> list[Extracted]:
    """Run on a worker: read the files (under ``root``, or from the bytes shipped with them) one
    at a time in a child process under the limits."""
    # A worker started by a nanny is a daemonic process, which multiprocessing forbids to have
    # children. Ours end with their parent anyway (workers.follow_parent), which is what the
    # flag is there to ensure.
    multiprocessing.current_process()._config["daemon"] = False
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
