"""One indexing run: scan → extract (worker processes) → catalog + index (one writer), committed
in batches so that a crash loses at most the batch in flight and searches see progress.
"""

from __future__ import annotations

import base64
import errno
import multiprocessing
import os
import shutil
import signal
import sqlite3
import tempfile
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from whoosh.index import Index
from whoosh.query import Every

from .engine import index as search_index
from .catalog import Catalog, CatalogEntry, Fingerprint
from .errors import DiskFull, Interrupted
from .extract import ExtractOptions, is_current
from .language import MainLanguages
from .legacy_names import decoded, is_legacy, name_warning
from .member_paths import SEPARATOR
from .model import FailedFile, IndexProgress, IndexReport
from .scan import FileStat, Skipped, walk
from .engine.whoosh_internals import end_writer_processes
from .limits import Limits
from .members import ITEM_CAP
from .workers import Extracted, ReadAll, ReadSettings, Task, end_children_since, extract_all

#: A batch is committed after this many files or this many seconds, whichever comes first.
#: Longer batches leave fewer segments, but past its pool's size (256 MB, see index.writer) a
#: writer process spills postings to disk and merges them back (60-second batches did, on
#: 100,000 synthetic documents).
BATCH_FILES = 5000
BATCH_SECONDS = 10.0
#: The first batch is committed sooner, so a long first run shows results within seconds.
FIRST_BATCH_SECONDS = 2.0
#: Text read while a batch commits waits in memory for the next one, up to this much.
WAITING_CHARS = 4_000_000
#: How long an interrupted run waits for a commit under way before leaving it as a kill would.
ABANDON_WAIT_SECONDS = 1.0
#: Fewer changed files than this are written by one process: starting writer processes costs more.
PARALLEL_WRITER_FROM = 200
#: The name of a run's spool folder in the index folder begins so.
SPOOL_PREFIX = "reading-"

ProgressCallback = Callable[[IndexProgress], None]


class BatchWriter:
    """Writes to the catalog and the index together; the index commits first, so a crash between
    the two leaves a file the catalog does not know, which the next run simply extracts again.

    A due batch is committed in a background thread while extraction goes on: the entries that
    arrive meanwhile wait in memory (up to WAITING_CHARS of text) and go into the next batch once
    the commit is through (only one Whoosh writer may exist at a time). Without this, the
    extraction workers stood idle for the second or two each commit takes.
    """

    def __init__(
        self, catalog: Catalog, ix: Index, processes: int = 1, after_commit: Callable[[], None] = lambda: None
    ) -> None:
        self.catalog = catalog
        self.ix = ix
        self.processes = processes
        self.after_commit = after_commit  # called after each batch a run commits as it goes (a merge may be due)
        self._writer = None
        self._count = 0
        self._started = time.monotonic()
        self._interval = FIRST_BATCH_SECONDS
        self._commit_thread: threading.Thread | None = None
        self._commit_error: BaseException | None = None
        self._waiting: list[tuple[CatalogEntry, bool]] = []
        self._waiting_chars = 0
        self._files = 0  # files put into the open batch
        self._committing: tuple[object, int] | None = None  # (writer, files) of the background commit
        self._groups: set[str] = set()  # groups whose parts changed: each written once, as its lead, at the commit
        self.files_committed = 0  # by this run, in the index and the catalog both

    def _open(self):
        self._finish_commit()
        if self._writer is None:
            self._writer = search_index.writer(self.ix, self.processes)
            self.catalog.begin()
            self._started = time.monotonic()
            waiting, self._waiting, self._waiting_chars = self._waiting, [], 0
            for entry, replace in waiting:
                self._put(self._writer, entry, replace)
        return self._writer

    def put(self, entry: CatalogEntry, replace: bool = True) -> None:
        """Catalog and index one item; ``replace=False`` for an item the index cannot hold yet
        (Whoosh then skips looking for an older document to delete)."""
        if self._commit_thread is not None and self._commit_thread.is_alive():
            if self._waiting_chars < WAITING_CHARS:
                self._waiting.append((entry, replace))
                self._waiting_chars += sum(map(len, entry.pages)) + 1
                return
            # Reading outruns the commit: wait for it rather than hold ever more text in memory.
        self._put(self._open(), entry, replace)

    def _put(self, writer, entry: CatalogEntry, replace: bool) -> None:
        self._files += 1
        self.catalog.put(entry)
        self.catalog.update_override_fingerprint(entry.path, entry.sha256)
        self._write_document(writer, entry.path, entry.pages, replace)

    def reindex(self, path: str) -> None:
        """Rewrite one item's index document from the catalog (after its overrides changed)."""
        self._write_document(self._open(), path, self.catalog.text(path) or [])

    def reindex_pending(self) -> None:
        """Bring edits that were saved while the index was busy into the index."""
        pending = self.catalog.pending_reindex()
        for path in pending:
            if path in self.catalog:
                self.reindex(path)
        self.catalog.clear_pending(pending)

    def _write_document(self, writer, path: str, pages: list[str], replace: bool = True) -> None:
        record = self.catalog.record(path)
        assert record is not None, path  # written to the catalog before it is indexed
        if record.part_of:  # a part of an item of several files: the item is written once, before the commit
            if replace:
                writer.delete_by_term("key", path)
            self._groups.add(record.part_of)
            return
        (writer.update_document if replace else writer.add_document)(**search_index.document(record, pages))
        self._count += 1

    def _write_groups(self, writer) -> None:
        """Write each changed group's document, as its lead: its description, the parts' texts
        and transcriptions (Whoosh's update would not replace a document added in the same batch,
        so a group is written once a batch, however many of its parts changed)."""
        for group in sorted(self._groups):
            paths = self.catalog.group_parts(group)
            records = self.catalog.records(paths)
            if paths:
                lead, *others = (records[path] for path in paths)
                writer.update_document(**search_index.document(lead, self.catalog.text(lead.path) or [], others))
        self._count += len(self._groups)
        self._groups.clear()

    def clear(self) -> None:
        """Drop every document from the index (the catalog keeps everything)."""
        self._open().delete_by_query(Every())

    def delete(self, paths: list[str]) -> None:
        if not paths:
            return
        writer = self._open()
        for path in paths:
            writer.delete_by_term("key", path)
        self._groups.update(self.catalog.groups_of(paths).values())  # another part may lead now
        self.catalog.remove(paths)

    def commit_if_due(self) -> None:
        if self._commit_thread is not None and not self._commit_thread.is_alive():
            self._open()  # the last commit is through: start the next batch with what waited
        if self._writer is None or self._commit_thread is not None:
            return
        if self._count >= BATCH_FILES or time.monotonic() - self._started >= self._interval:
            self._write_groups(self._writer)
            writer, self._writer, self._count = self._writer, None, 0
            self._committing, self._files = (writer, self._files), 0
            # A daemon: an interrupted run may leave a long commit (a merge) behind, as a kill would.
            self._commit_thread = threading.Thread(
                target=self._commit_index, args=(writer,), name="index commit", daemon=True
            )
            self._commit_thread.start()
            self._interval = BATCH_SECONDS

    def _commit_index(self, writer) -> None:
        try:
            search_index.commit(writer)
        except BaseException as error:  # raised again in the indexing thread, in _finish_commit
            self._commit_error = error

    def _finish_commit(self) -> None:
        """Wait for a background commit; once the index has the batch, so does the catalog."""
        if self._commit_thread is None:
            return
        while self._commit_thread.is_alive():
            # In short waits: a signal delivered to another thread would not wake a long one, and
            # Ctrl+C would wait for the commit (seconds, a merge minutes) to be seen.
            self._commit_thread.join(0.1)
        self._commit_thread = None
        error, self._commit_error = self._commit_error, None
        if error is not None:
            self.catalog.rollback()
            raise error
        self.catalog.commit()
        assert self._committing is not None  # set with the commit thread
        self.files_committed += self._committing[1]
        self._committing = None
        self.after_commit()

    def commit(self) -> None:
        """Commit everything written so far, and wait for it."""
        self._finish_commit()
        if self._waiting:
            self._open()
        if self._writer is None and self._groups:
            self._open()
        if self._writer is None:
            return
        self._write_groups(self._writer)
        search_index.commit(self._writer)
        self.catalog.commit()
        self.files_committed += self._files
        self._writer, self._count, self._files = None, 0, 0

    def abandon(self) -> None:
        """Stop, keeping what the index and the catalog both have (the rest is extracted next
        run), within a couple of seconds: a background commit is waited for that long, then
        left as a kill would leave it. Every writer process has ended when this returns."""
        self._waiting, self._waiting_chars = [], 0
        try:
            if self._commit_thread is not None:
                self._commit_thread.join(ABANDON_WAIT_SECONDS)
                if self._commit_thread.is_alive() and self._committing is not None:
                    end_writer_processes(self._committing[0])
                    self._commit_thread, self._committing = None, None
                    self.catalog.rollback()
                else:
                    self._finish_commit()
        finally:
            if self._writer is not None:
                self._writer.cancel()
                self.catalog.rollback()
                self._writer = None


def run_index(
    root: Path,
    catalog: Catalog,
    ix: Index,
    jobs: int,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    limits: Limits = Limits(),
    options: ExtractOptions = ExtractOptions(),
    reread: frozenset[str] = frozenset(),
    read_all: ReadAll = extract_all,
    after_commit: Callable[[], None] = lambda: None,
) -> IndexReport:
    """Bring the catalog and the search index up to date with the folder: new and changed files
    first (largest first), then unchanged files that an improved extractor, or ``reread``, asks
    to be read again (their edits stay, as with any update). ``read_all`` reads the files: in
    worker processes here, or on a cluster (cluster.DaskCluster). ``after_commit`` is called after
    each batch committed while the run goes on. The stages: scan, plan, read and record, remove
    what is gone, commit; a stop at any point keeps what was committed (_stopped)."""
    started = time.monotonic()
    report = IndexReport(collection=str(root))
    known = catalog.fingerprints()
    present = _scan(root, report)
    if ix.doc_count() != catalog.searchable_count():  # the search index was lost or is behind: rebuild it
        rebuild_index(catalog, ix, jobs, after_commit)
    spool = _spool_folder(catalog.path.parent)
    settings = ReadSettings(
        options,
        str(catalog.path),
        reuse_earlier=not reread,
        spool=spool.name,
        max_items=limits.items,
        spread=jobs > 1,
    )
    plan = _plan(present, known, reread, settings, report)
    # A copy of the catalog before a run that will write: a damaged catalog is restored from it.
    writes = plan.tasks or any(path not in present for path in known) or catalog.pending_reindex()
    wait_for_backup = catalog.back_up() if writes else None
    batch = BatchWriter(catalog, ix, jobs if len(plan.tasks) >= PARALLEL_WRITER_FROM else 1, after_commit)
    children = set(multiprocessing.active_children())
    try:
        # Closed as soon as reading ends: a cancelled or interrupted run does not wait for its workers.
        with closing(read_all(root, plan.tasks, jobs, limits, settings=settings)) as extracted:
            _record_all(extracted, plan, catalog, batch, report, progress, cancelled)
        if not report.cancelled:
            _remove_gone(plan, catalog, batch, report)
        batch.reindex_pending()
        batch.commit()
        if wait_for_backup:
            wait_for_backup()
    except BaseException as error:
        _stopped(error, batch, children, catalog)
        raise
    finally:
        spool.cleanup()
    report.seconds = time.monotonic() - started
    return report


@dataclass
class _Plan:
    """What a run reads, worked out from the scan and the catalog before any file is read."""

    present: dict[str, FileStat]  # every file of the folder, by its key
    max_items: int  # items recorded of one file on disk, at every depth together
    known: dict[str, Fingerprint]  # everything the catalog holds, by its key
    tasks: list[Task]  # what the workers read: (name on disk, the catalog's checksum or None)
    reading_again: set[str]  # unchanged files read again (a newer extractor, or asked)
    keys: dict[str, str]  # name on disk → key, where they differ (see scan._key)


def _scan(root: Path, report: IndexReport) -> dict[str, FileStat]:
    """Every file of the folder by its key; what cannot be taken is reported as failed."""
    present: dict[str, FileStat] = {}
    for item in walk(root):
        if isinstance(item, Skipped):
            report.failed.append(FailedFile(item.path, item.reason))
        else:
            present[item.path] = item
    return present


def _plan(
    present: dict[str, FileStat],
    known: dict[str, Fingerprint],
    reread: frozenset[str],
    settings: ReadSettings,
    report: IndexReport,
) -> _Plan:
    """New and changed files first, then stale ones; each group largest first (a big PDF read
    last would keep one core busy while the others wait)."""
    changed = [
        stat
        for path, stat in present.items()
        if path not in known or (known[path].size, known[path].mtime_ns) != (stat.size, stat.mtime_ns)
    ]
    changed_paths = {stat.path for stat in changed}
    stale = [
        stat
        for path, stat in present.items()
        if path in known
        and path not in changed_paths
        and (path in reread or not is_current(known[path].extractor, settings.versions))
    ]
    report.unchanged = len(present) - len(changed) - len(stale)
    changed.sort(key=lambda stat: stat.size, reverse=True)
    stale.sort(key=lambda stat: stat.size, reverse=True)
    # Workers open files by their names on disk; results come back under the catalog's keys.
    tasks = [(stat.os_path or stat.path, known[stat.path].sha256 if stat.path in known else None) for stat in changed]
    tasks += [(stat.os_path or stat.path, None) for stat in stale]  # no checksum to compare: read whatever it is
    keys = {stat.os_path: stat.path for stat in present.values() if stat.os_path}
    return _Plan(present, settings.max_items, known, tasks, {stat.path for stat in stale}, keys)


def _record_all(
    extracted: Iterator[Extracted],
    plan: _Plan,
    catalog: Catalog,
    batch: BatchWriter,
    report: IndexReport,
    progress: ProgressCallback | None,
    cancelled: Callable[[], bool],
) -> None:
    """Catalog and index each file as it comes back from the workers, and the batches of items
    handed on after it, committing as batches fill (never between a file and its items)."""
    members_of = _members_by_container(
        plan.known
    )  # not a scan of every item per file read: 18 s of a 1 % edit at 100,000
    languages = MainLanguages(catalog.language_counts)
    unfinished: dict[str, _Items] = {}  # files whose handed-on items are still coming, by the worker's path
    done = 0
    for result in extracted:
        if result.continues is not None:
            _record_handed_on(result, unfinished, members_of, batch, report)
        else:
            done += 1
            worker_path = result.path  # what its batches name it by (its name on disk)
            if result.path in plan.keys:
                _name_decoded(result, plan.keys[result.path])
            _give_language(result, languages)
            items = _record(result, plan, catalog, batch, report)
            if items is not None and items.handed_on:
                unfinished[worker_path] = items
            elif items is not None:
                items.finish(members_of, batch, report)
            if progress:
                progress(IndexProgress(done, len(plan.tasks), result.path))
        if cancelled():
            report.cancelled = True
            return
        if not unfinished:
            batch.commit_if_due()


def _remove_gone(plan: _Plan, catalog: Catalog, batch: BatchWriter, report: IndexReport) -> None:
    """Files no longer in the folder leave the catalog and the index, their items with them; the
    edits of a file that left under one name are given to it under its new one."""
    removed = [path for path, found in plan.known.items() if (found.container or path) not in plan.present]
    batch.delete(removed)
    report.removed = sum(1 for path in removed if plan.known[path].container is None)  # files; their items with them
    for path in catalog.adopt_orphaned_overrides(path for path in plan.present if path not in plan.known):
        batch.reindex(path)


def _stopped(error: BaseException, batch: BatchWriter, children: set, catalog: Catalog) -> None:
    """A run stopped by ``error``: keep what was committed, end every process it started, and say
    what happened as the person needs it (an interrupt, a full disk); the caller raises the rest."""
    try:
        batch.abandon()
    except (OSError, sqlite3.Error):  # a full disk may refuse the clean-up too: what is left is as after a kill
        pass
    end_children_since(children)  # a writer process of a commit left running, say: gone before the lock is
    if isinstance(error, (KeyboardInterrupt, Interrupted)):
        raise Interrupted(getattr(error, "signal_number", signal.SIGINT), batch.files_committed) from None
    if _disk_full(error):
        raise DiskFull(
            f"the disk holding the index folder {catalog.path.parent} is full; {batch.files_committed} "
            "files committed, nothing lost: free some space and run again to finish"
        ) from None


def _spool_folder(index_dir: Path) -> tempfile.TemporaryDirectory:
    """A folder for the items inside the files being read, on their way from the workers (see
    extracted.Spool), in the index folder; one left by a run that was killed is removed first."""
    for left in index_dir.glob(SPOOL_PREFIX + "*"):
        shutil.rmtree(left, ignore_errors=True)
    return tempfile.TemporaryDirectory(prefix=SPOOL_PREFIX, dir=index_dir.resolve())


def rebuild_index(catalog: Catalog, ix: Index, jobs: int = 1, after_commit: Callable[[], None] = lambda: None) -> None:
    """Rewrite every index document from the catalog (text and effective records, edits included)."""
    batch = BatchWriter(catalog, ix, jobs, after_commit)
    batch.clear()
    for path in catalog.paths():
        batch.reindex(path)
        batch.commit_if_due()
    batch.commit()


def _name_decoded(result: Extracted, key: str) -> None:
    """A file whose key is not its name on disk goes into the catalog under its key, with the
    name's bytes kept to open it: a name that is not UTF-8 under its decoded name, with a warning
    saying the name was guessed; a name holding '#' with it escaped (member_paths.file_key)."""
    raw = os.fsencode(result.path)
    result.path = key
    if result.record and is_legacy(os.fsdecode(raw)):
        result.record["path_bytes"] = base64.b64encode(raw).decode("ascii")
        result.record.setdefault("warnings", []).append(name_warning(decoded(os.fsdecode(raw))[1]))
    result.name_bytes = raw


def _give_language(result: Extracted, languages: MainLanguages) -> None:
    """A text too short for its language to be told gets the collection's main language of its
    script: 'Опись документов городского архива' is Russian in a collection with Russian in it."""
    record = result.record
    if not record.get("language") and result.pages:
        chosen = languages.choose("\n".join(result.pages[:3]))
        if chosen:
            record["language"], record.setdefault("sources", {})["language"] = chosen
    languages.note(record.get("language"))


def _members_by_container(known: dict) -> dict[str, list[str]]:
    """The catalogued items inside each file, by that file's path."""
    members: dict[str, list[str]] = {}
    for path, found in known.items():
        if found.container is not None:
            members.setdefault(found.container, []).append(path)
    return members


def _record(result: Extracted, plan: _Plan, catalog: Catalog, batch: BatchWriter, report: IndexReport) -> _Items | None:
    """Catalog and index a file and the items it holds that came with it (what follows of them
    goes into the _Items returned); None when the file was not read (unchanged, or unreadable)."""
    known = plan.known
    if result.unchanged:
        catalog.touch(result.path, result.size, result.mtime_ns)
        report.unchanged += 1
        return None
    if not result.sha256:  # could not even be read: keep what the catalog had
        report.failed.append(FailedFile(result.path, result.error or "cannot be read"))
        return None
    _report_problems(result, report)
    if result.path in plan.reading_again:
        report.reread += 1
    elif result.path in known:
        report.updated += 1
    else:
        report.added += 1
    entry = CatalogEntry(
        result.path,
        result.size,
        result.mtime_ns,
        result.sha256,
        result.record,
        result.pages,
        result.error,
        result.reading,
        result.name_bytes,
    )
    # A file that handed items on is catalogued after the last of them: a run stopped before
    # then leaves it unknown (or as it was), and the next run reads it again.
    items = _Items(result, plan, len(result.handed_on), entry if result.handed_on else None)
    if items.deferred is None:
        batch.put(entry, replace=result.path in known)
    items.record(result, batch, report)
    return items


def _record_handed_on(
    handed: Extracted,
    unfinished: dict[str, _Items],
    members_of: dict[str, list[str]],
    batch: BatchWriter,
    report: IndexReport,
) -> None:
    """A batch of a file's items read by another worker than the file's (members.HandOn)."""
    assert handed.continues is not None  # a batch's reading names its file
    items = unfinished[handed.continues]
    if handed.error:  # the batch could not be read: its items are not there
        report.partly_read.append(FailedFile(items.container.path, f"some of its items were not read: {handed.error}"))
    items.record(handed, batch, report)
    items.handed_on -= 1
    if not items.handed_on:
        del unfinished[handed.continues]
        items.finish(members_of, batch, report)


@dataclass
class _Items:
    """The items of a file recorded so far: those that came with it, then those it handed on."""

    container: Extracted
    plan: _Plan
    handed_on: int  # batches still to come
    deferred: CatalogEntry | None  # the file's own entry, when it handed items on
    kept: set[str] = field(default_factory=set)
    capped: bool = False

    def record(self, holder: Extracted, batch: BatchWriter, report: IndexReport) -> None:
        """The items ``holder`` brought (the file, or a batch of its items), one at a time. Past
        the cap of items of one file the rest are left out (the worker that read the file counts
        them; those of the items it handed on, here)."""
        container, known = self.container, self.plan.known
        read_as = os.fsdecode(container.name_bytes) + SEPARATOR if container.name_bytes else None
        for member in holder.items_inside():
            if len(self.kept) >= self.plan.max_items:
                if not self.capped:
                    self.capped = True
                    report.partly_read.append(
                        FailedFile(container.path, f"only {len(self.kept):,} of its items were recorded: {ITEM_CAP}")
                    )
                break
            if read_as and member.path.startswith(read_as):  # keyed by the worker under the name on disk
                member.path = container.path + SEPARATOR + member.path[len(read_as) :]
            self.kept.add(member.path)
            _report_problems(member, report)
            batch.put(
                CatalogEntry(
                    member.path,
                    member.size,
                    member.mtime_ns,
                    member.sha256,
                    member.record,
                    member.pages,
                    member.error,
                    member.reading,
                    container=container.path,
                ),
                replace=member.path in known,
            )

    def finish(self, members_of: dict[str, list[str]], batch: BatchWriter, report: IndexReport) -> None:
        """Every item is in: those the file no longer holds go."""
        gone = [path for path in members_of.get(self.container.path, ()) if path not in self.kept]
        if gone:
            batch.delete(gone)
        report.members += len(self.kept)
        if self.deferred is not None:
            batch.put(self.deferred, replace=self.container.path in self.plan.known)


def _report_problems(result: Extracted, report: IndexReport) -> None:
    """A file or item not read, or not read whole, is named in the run's report with why."""
    if result.error:
        report.failed.append(FailedFile(result.path, result.error))
    elif result.left_out:
        report.partly_read.append(FailedFile(result.path, "; ".join(result.left_out)))
    for package in result.needs:
        report.to_install.setdefault(package, []).append(result.path)


def _disk_full(error: BaseException) -> bool:
    return (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
        isinstance(error, sqlite3.OperationalError) and "full" in str(error)
    )
