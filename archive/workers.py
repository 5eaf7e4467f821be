"""Extraction in worker processes: the file is hashed and read there, the main process only writes.

A worker that dies (a parser crashing the interpreter) costs only the file that killed it: the
files that were in flight are retried one at a time in a fresh pool, and the one that kills its
worker again is reported as failed.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import select
import signal
import sqlite3
import threading
import time
import zlib
from collections import deque
from contextlib import contextmanager
from functools import partial
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Generator, Iterable, Iterator, Protocol

from .extract import (
    Extraction,
    ExtractionError,
    ExtractOptions,
    describe_by_name,
    extract,
    extractor_version,
    extractor_versions,
)
from .extracted import Extracted, Spool, local_iso, record_fields, unexpected
from .legacy_names import without_name_facts
from .limits import MAX_ITEMS, Limits
from .members import HANDED, Batch, Budget, HandOn, handed_on, read_batch_items, read_members
from .scan import sha256_of, within

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

#: Why a file that was inside the collection at the scan is not read now.
LEFT_COLLECTION = (
    "now leads outside the collection (replaced by a link since the scan); not read, looked at again next run"
)
CHANGED_WHILE_READ = "changed while it was being read; looked at again next run"

PRELOAD = [
    "archive.workers",
    "archive.engine.index",
    "archive.extract.pdf",
    "archive.extract.image",
    "archive.extract.text",
    "archive.extract.html",
    "archive.extract.office",
    "archive.extract.epub",
    "archive.extract.ocr",
    "py3langid",
    "Stemmer",
    "pytesseract",
    "ftfy",
]
#: Also loaded by a fork server that serves many short runs (a cluster worker's): slow to load,
#: and needed by most files. Not by the local one, which a re-index of touched files starts
#: only to compare checksums.
WARM_PRELOAD = ["archive.preloaded"]
#: Tasks queued per worker: enough to keep every core busy, few enough to bound memory.
QUEUE_PER_WORKER = 4
#: multiprocessing's resource tracker warns on stderr about the semaphores of a pool ended by an
#: interrupt, which the pool had already removed ("No such file or directory", "leaked semaphore
#: objects"): cleaned up all the same, and not the business of the person at the terminal, who is
#: promised one line.
QUIET_TRACKER = "ignore::UserWarning:multiprocessing.resource_tracker"
#: A file holding items (a mailbox, a zip) has the time limit for each item, and this many limits in all.
LIMITS_A_FILE = 60
#: How long an ended worker or writer process may take to go.
PROCESS_END_SECONDS = 2.0


@dataclass(frozen=True)
class ReadSettings:
    """What a worker needs besides the file: how to extract, and where earlier results are."""

    options: ExtractOptions = ExtractOptions()
    catalog_path: str | None = None
    #: The extractor versions the run expects (extract.extractor_versions, read in the main process).
    versions: dict[str, int] = field(default_factory=extractor_versions)
    #: Take what the catalog holds for the same bytes (read by the same extractor version) instead
    #: of reading again; off when a person asked for files to be read again (index --reextract).
    reuse_earlier: bool = True
    #: Where the items inside a file go as they are read (Extracted.items_inside); None: in memory.
    spool: str | None = None
    #: Items read from one file on disk, at every depth together.
    max_items: int = MAX_ITEMS
    #: Hand a file's items past its first few on to every worker (members.HandOn; needs a spool).
    spread: bool = False


def read_file(
    root: str, rel: str, known_sha256: str | None = None, settings: ReadSettings = ReadSettings()
) -> Extracted:
    """Fingerprint one file and, unless its content is already catalogued (here, or under
    another name: a moved or copied file), extract it. So OCR is never repeated for content
    that was read before."""
    result = recognised(root, rel, known_sha256, settings)
    if result.needs_reading:
        extract_into(result, Path(root, rel), settings)
        # What was read must be what was fingerprinted: not a file swapped in meanwhile (a link
        # to a file outside the collection), nor one half rewritten.
        try:
            after = within(root, Path(root, rel))
        except OSError:
            after = None
        if after is None or (after.st_size, after.st_mtime_ns) != (result.size, result.mtime_ns):
            return Extracted(rel, error=LEFT_COLLECTION if after is None else CHANGED_WHILE_READ)
    return result


def recognised(root: str, rel: str, known_sha256: str | None, settings: ReadSettings) -> Extracted:
    """A file's fingerprint, and what is known of its content without reading it: ``unchanged``
    when it has the catalogued checksum, the earlier record and text when the same bytes were
    read before by the same extractor version; neither when it must be read."""
    path = Path(root, rel)
    try:
        info = within(root, path)
        if info is None:
            return Extracted(rel, error=LEFT_COLLECTION)
        sha256 = sha256_of(path)
    except OSError as error:
        return Extracted(rel, error=f"cannot be read: {error.strerror or error}")
    result = Extracted(rel, info.st_size, info.st_mtime_ns, sha256)
    if sha256 == known_sha256:
        result.unchanged = True
        return result
    result.reading = extractor_version(path, settings.versions)
    earlier = _catalogued(settings.catalog_path, sha256, result.reading) if settings.reuse_earlier else None
    if earlier is not None:
        record, pages = earlier
        fresh = describe_by_name(path, Extraction())
        for name in ("title", "format"):
            if record.get("sources", {}).get(name) == "filename":
                record[name] = fresh.fields[name]
        result.record = without_name_facts(record) | {"modified": local_iso(info.st_mtime_ns)}
        result.pages = pages
    return result


def extract_into(result: Extracted, path: Path, settings: ReadSettings) -> None:
    """Read the file's record and text into ``result`` (a file that cannot be parsed gets what
    its name tells, and the reason), and the items inside it into its spool as they are read."""
    try:
        extraction = extract(path, settings.options)
    except ExtractionError as error:
        extraction = describe_by_name(path, Extraction())
        result.error = str(error)
    spool = Spool(result, settings.spool)
    budget = Budget.for_file(result.size, settings.max_items)
    hand_on = (
        HandOn(settings.spool, result.mtime_ns, settings.options, partial(_read_here, settings))
        if settings.spread and settings.spool is not None
        else None
    )
    try:
        for item in read_members(result.path, extraction, result.mtime_ns, settings.options, budget, hand_on=hand_on):
            spool.put(item)
            _renew_time_limit()
        if hand_on is not None:
            hand_on.close(budget)
            result.handed_on = hand_on.files
    finally:
        spool.close()
    result.record = record_fields(extraction, result.mtime_ns)  # after its members: they may add warnings
    result.pages, result.left_out, result.needs = extraction.pages, extraction.left_out, extraction.needs


def read_batch(root: str, batch_file: str, known_sha256: str | None, settings: ReadSettings) -> Extracted:
    """The items of a batch a worker handed on (members.HandOn), read into a spool of their own:
    a Reader, as read_file is, of a batch file instead of a file of the collection."""
    return _read_items(Extracted(batch_file), handed_on(batch_file), settings)


def _read_here(settings: ReadSettings, batch: Batch) -> str | None:
    """A batch that the worker reading its file reads itself (members.HandOn): the file of its
    items' readings."""
    return _read_items(Extracted(""), batch, settings).spooled


def _read_items(result: Extracted, batch: Batch, settings: ReadSettings) -> Extracted:
    """``result`` with the readings of ``batch``'s items in its spool."""
    spool = Spool(result, settings.spool)
    try:
        for item in read_batch_items(batch):
            spool.put(item)
            _renew_time_limit()
    finally:
        spool.close()
    return result


#: Read-only catalog connections, per thread (the cluster's checksums are taken by threads).
_connections = threading.local()


def _catalogued(catalog_path: str | None, sha256: str, extractor: str) -> tuple[dict[str, Any], list[str]] | None:
    """The record and text already extracted from a file with this content by this version of
    its extractor, if any (read-only). Not of a file that holds items (a mailbox, a zip): those
    are read with it, so it is read again."""
    if catalog_path is None or not Path(catalog_path).exists():
        return None
    opened = _connections.__dict__.setdefault("by_path", {})
    connection = opened.get(catalog_path)
    if connection is None:
        connection = opened[catalog_path] = sqlite3.connect(f"file:{catalog_path}?mode=ro", uri=True, timeout=30)
    row = connection.execute(
        "SELECT record, text FROM files WHERE sha256 = ? AND extractor = ? AND error IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM files AS inside WHERE inside.container = files.path) LIMIT 1",
        (sha256, extractor),
    ).fetchone()
    if row is None:
        return None
    record, blob = row
    return json.loads(record), (zlib.decompress(blob).decode("utf-8").split("\f") if blob else [])


def process_context(
    warm: bool = False,
) -> multiprocessing.context.SpawnContext | multiprocessing.context.ForkServerContext:
    """Child processes fork from a server that has the extractors loaded (and, ``warm``, what
    they load on first use): quick to start, and safe to use from a program with threads (the
    viewer). The first call starts the server; later ones use it as it is."""
    if "forkserver" not in multiprocessing.get_all_start_methods():  # Windows: each child starts afresh
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD + WARM_PRELOAD if warm else PRELOAD)
    _start_fork_server()
    return context


def _start_fork_server() -> None:
    """Start the fork server (and multiprocessing's resource tracker) with Ctrl+C ignored, which
    they keep through exec: in the terminal's process group, an interrupt while the server was
    still loading the extractors printed its traceback. The tracker is told to keep its warnings
    to itself through the environment it starts with (a -W option would reach it too, but the
    bundle's frozen executable refuses options it does not know)."""
    from multiprocessing import forkserver

    said = os.environ.get("PYTHONWARNINGS", "")
    if QUIET_TRACKER not in said.split(","):
        os.environ["PYTHONWARNINGS"] = ",".join(filter(None, (said, QUIET_TRACKER)))
    if threading.current_thread() is not threading.main_thread():  # the viewer's threads: no terminal
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


Reader = Callable[[str, str, "str | None", ReadSettings], Extracted]
#: (path to open, the checksum the catalog has for it or None)
Task = tuple[str, "str | None"]
#: A task and what reads it (read_file, or read_batch for the items a worker handed on).
Job = tuple[Reader, str, "str | None"]


class ReadAll(Protocol):
    """What reads a run's files: extract_all on this machine, or cluster.DaskCluster."""

    def __call__(
        self, root: Path, tasks: list[Task], jobs: int, limits: Limits, *, settings: ReadSettings
    ) -> Generator[Extracted, None, None]: ...


def _start_worker(memory_mb: int) -> None:
    """Ready a worker: Siegfried's runtime started (its Go runtime reserves some 1.6 GB of address
    space at once, little of it ever used), then the worker's address space bounded at what it
    holds now and ``memory_mb`` more — what one file may take beyond the worker itself."""
    from .extract.pronom import start_identifier

    start_identifier()
    if resource is not None:  # Windows has no address-space limit to set
        limit = _address_space() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # What a library prints as it fails (a Rust reader's backtrace, 184 lines) is not for the
    # terminal: the file's failure is reported in one line by the indexer (ARCHIVE_DEBUG keeps it).
    if not os.environ.get("ARCHIVE_DEBUG"):
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        os.close(quiet)
    # One thread per Tesseract: the workers are already one per core.
    os.environ["OMP_THREAD_LIMIT"] = "1"
    follow_parent()


def _address_space() -> int:
    """Bytes of address space this process holds (Linux's /proc; 0 where there is none)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl+C and SIGTERM back while a child process is being started: interrupted half way,
    the child was left behind unknown to the indexer, and printed a traceback as it failed to
    start. The signal takes effect as soon as the child has started."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    held = {
        number: signal.signal(number, lambda caught, _frame: received.append(caught))
        for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for number, handler in held.items():
            signal.signal(number, handler)
        if received:
            signal.raise_signal(received[0])


def end_processes(processes: Iterable[multiprocessing.process.BaseProcess]) -> None:
    """End child processes and wait (a little) for them to go. One not started yet is passed
    over: a writer's commit thread appends its process to the writer's list before starting it,
    and an interrupt in between made the join fail ("can only join a started process")."""
    processes = [process for process in processes if process.pid is not None]
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(PROCESS_END_SECONDS)


def end_children_since(earlier: set) -> None:
    """End the child processes started since ``earlier`` (a set of multiprocessing.active_children)
    and wait for them: a stopped run's workers and writer processes, whichever were still busy."""
    end_processes(child for child in multiprocessing.active_children() if child not in earlier)


def follow_parent() -> None:
    """Leave interrupts to the process that started this child, and end as soon as it ends.

    Ctrl+C reaches every process of the terminal's group: the indexer stops its run and ends its
    children; a child that took the interrupt too printed its own traceback. And a child whose
    indexer was killed (kill -9) would wait for work forever: a pool's workers block on their
    queue, and their fork server, which outlives every child it forked, stays with them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_wait_then_exit, args=(parent,), daemon=True).start()


def _wait_then_exit(parent: multiprocessing.process.BaseProcess) -> None:
    if hasattr(os, "pidfd_open"):  # Linux
        try:
            handle = os.pidfd_open(parent.pid or 0)  # readable once the process has ended (a started one has a pid)
        except OSError:  # already gone
            os._exit(1)
        select.select([handle], [], [])
    else:  # elsewhere: multiprocessing's own sentinel of the parent
        parent.join()
    os._exit(1)


def _alarm(seconds: int) -> None:
    """Ring in ``seconds`` (0: not at all); Windows has no alarm, and a file there has no time limit."""
    if hasattr(signal, "alarm"):
        signal.alarm(seconds)


#: The time limit of the file a worker reads, and when its last renewal runs out.
_time_limit: tuple[int, float] | None = None


def _read_within_time(
    reader: Reader, seconds: int, settings: ReadSettings, root: str, rel: str, known: str | None
) -> Extracted:
    # No handler: when the alarm rings the kernel ends the worker, even inside a C library that
    # never returns to Python. The pool notices, and the file is tried again alone (below).
    global _time_limit
    _time_limit = (seconds, time.monotonic() + seconds * LIMITS_A_FILE)
    _alarm(seconds)
    try:
        return reader(root, rel, known, settings)
    except Exception as error:  # a reader's surprise is this file's failure, never the run's
        return Extracted(rel, error=unexpected(error))
    finally:
        _alarm(0)
        _time_limit = None


def _renew_time_limit() -> None:
    """After each item inside a file: the next one has the whole limit again (a mailbox of 20,000
    messages is given the limit a message), up to LIMITS_A_FILE limits for the file."""
    if _time_limit is not None:
        seconds, last = _time_limit
        _alarm(max(1, int(min(seconds, last - time.monotonic()))))


def extract_all(
    root: Path,
    tasks: list[Task],
    jobs: int,
    limits: Limits = Limits(),
    reader: Reader = read_file,
    settings: ReadSettings = ReadSettings(),
) -> Generator[Extracted, None, None]:
    """Yield an Extracted for every (path, known sha256) task, in completion order. The items a
    worker hands on (ReadSettings.spread) are read by every worker: a file's batches of them come
    after it, in its order (see _Held).

    A worker that dies (killed at the time limit, or a parser crashing the interpreter) costs
    only its file: the files that were in flight are tried again one at a time in a fresh pool,
    and the one that kills its worker again is reported with the reason.
    """
    queue = _Queue(deque((reader, path, known) for path, known in tasks))
    held = _Held(queue)
    while True:
        suspects: list[Job] = []
        while True:
            crashed = yield from held.passing(
                _run_pool(str(root), queue, jobs, QUEUE_PER_WORKER * jobs, limits, settings)
            )
            suspects.extend(crashed)
            if not crashed:
                break
        for job in suspects:
            started = time.monotonic()
            crashed = yield from held.passing(_run_pool(str(root), iter([job]), 1, 1, limits, settings))
            for _, path, _ in crashed:
                if time.monotonic() - started >= limits.seconds:
                    reason = f"took longer than {limits.seconds} s to read (the time limit); skipped"
                else:
                    reason = (
                        f"the extractor crashed on this file, or it needed more than {limits.memory_mb} MB "
                        "(damaged or hostile content)"
                    )
                yield from held.take(Extracted(path, error=reason))
        if not queue.jobs:  # else a file read again alone handed items on
            return


class _Queue:
    """The jobs of a run, to which the items a worker hands on are added as they come."""

    def __init__(self, jobs: deque[Job]) -> None:
        self.jobs = jobs

    def __iter__(self) -> _Queue:
        return self

    def __next__(self) -> Job:
        if not self.jobs:
            raise StopIteration  # for now: a later job may come
        return self.jobs.popleft()


class _Held:
    """The batches of items that files handed on: a file is yielded as soon as it is read, then
    its batches, each once read and all before it were, in the file's order (each batch's
    Extracted ``continues`` the file)."""

    def __init__(self, queue: _Queue) -> None:
        self.queue = queue
        self.places: dict[str, tuple[_InOrder, int]] = {}  # batch file → (its file's batches, its place)

    def passing(self, results: Generator[Extracted, None, list[Job]]) -> Generator[Extracted, None, list[Job]]:
        """The results, batches put in order; then what ``results`` returns."""
        try:
            while True:
                try:
                    result = next(results)
                except StopIteration as ended:
                    return ended.value
                yield from self.take(result)
        finally:
            results.close()

    def take(self, result: Extracted) -> Iterator[Extracted]:
        placed = self.places.pop(result.path, None)
        if placed is None:  # a file
            order = _InOrder(result.path)
            for place, batch in enumerate(result.handed_on):
                if batch.endswith(HANDED):
                    self.places[batch] = (order, place)
                    self.queue.jobs.append((read_batch, batch, None))
            yield result
            for place, readings in enumerate(result.handed_on):
                if not readings.endswith(HANDED):  # a batch its reader read itself
                    yield from order.ready(place, Extracted(readings, spooled=readings, continues=result.path))
            return
        order, place = placed
        result.continues = order.file
        yield from order.ready(place, result)


class _InOrder:
    """A file's batches read so far, given out in their order."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.read: dict[int, Extracted] = {}
        self.next = 0

    def ready(self, place: int, batch: Extracted) -> Iterator[Extracted]:
        self.read[place] = batch
        while self.next in self.read:
            yield self.read.pop(self.next)
            self.next += 1


def _run_pool(
    root: str,
    queue: Iterator[Job],
    jobs: int,
    depth: int,
    limits: Limits,
    settings: ReadSettings,
) -> Generator[Extracted, None, list[Job]]:
    """Run tasks until the queue is empty; return the tasks in flight if a worker died."""
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=process_context(), initializer=_start_worker, initargs=(limits.memory_mb,)
    )
    in_flight: dict[Future, Job] = {}
    try:
        while True:
            for task in queue:
                reader, path, known = task
                try:
                    with interrupts_deferred():  # a submit may start a worker
                        future = pool.submit(_read_within_time, reader, limits.seconds, settings, root, path, known)
                    in_flight[future] = task
                except BrokenProcessPool:  # a worker died since the last wait
                    return [task, *in_flight.values()]
                if len(in_flight) >= depth:
                    break
            if not in_flight:
                return []
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                task = in_flight.pop(future)
                try:
                    result = future.result()
                except BrokenProcessPool:
                    return [task, *in_flight.values()]
                except Exception as error:  # a result that could not come back, say: this file's failure
                    result = Extracted(task[1], error=unexpected(error))
                yield result
    except GeneratorExit:  # the run stopped early (an interrupt): the files in flight are not waited for
        end_processes(pool._processes.values())  # no public way before Python 3.14's terminate_workers
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
