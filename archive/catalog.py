"""The SQLite catalog: the source of truth for every file's fingerprint, extracted record and text,
and for what people typed (overrides). Derived rows can be rebuilt from the files; overrides cannot,
so nothing here ever deletes an override except an explicit unset.

A Catalog belongs to the thread that opened it (SQLite's rule); open one per thread.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import sqlite3
import sys
import threading
import zlib
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

from .catalog_problems import backup_of, catalog_problem
from .errors import ArchiveError
from .model import LIST_FIELDS, Change, Record

#: One row per field changed by a save: the override before and after (JSON; NULL: none, the
#: extracted value stood), what the record showed before and after, when, from where ('cli',
#: 'viewer', 'import FILE', 'revert'…). A save's rows share a batch number: one Undo.
_HISTORY = """
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL,
    path TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    shown_old TEXT,
    shown_new TEXT,
    at TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS history_by_path ON history (path, id);
CREATE INDEX IF NOT EXISTS history_by_batch ON history (batch);
"""

SCHEMA_VERSION = 4
#: The SHA-256 of an empty file: empty files are never matched by content.
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
#: SQL that brings a catalog from version N-1 to N, run in order inside one transaction. Every
#: change to the tables adds a step here (and a test that upgrades a catalog of the version
#: before): what people typed must survive every upgrade.
MIGRATIONS: dict[int, str] = {
    # Which extractor read each file ('text 2.2'): files read by an older one are read again; the
    # bytes of a name that is not UTF-8 (the path is its decoding; see legacy_names).
    2: "ALTER TABLE files ADD COLUMN extractor TEXT; ALTER TABLE files ADD COLUMN name_bytes BLOB",
    # The audit trail: every change to what people typed (see set_overrides).
    3: _HISTORY,
    # Items inside files (a message of a mailbox, a file in a zip): the file on disk they are in.
    4: "ALTER TABLE files ADD COLUMN container TEXT; CREATE INDEX IF NOT EXISTS files_by_container ON files (container)",  # noqa: E501
}

_SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    record TEXT NOT NULL,
    text BLOB,
    error TEXT,
    indexed_at TEXT NOT NULL,
    verified_at TEXT,
    extractor TEXT,
    name_bytes BLOB,
    container TEXT
);
CREATE INDEX IF NOT EXISTS files_by_sha256 ON files (sha256);
CREATE INDEX IF NOT EXISTS files_by_container ON files (container);
CREATE TABLE IF NOT EXISTS overrides (
    path TEXT NOT NULL,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    set_at TEXT NOT NULL,
    sha256 TEXT,
    PRIMARY KEY (path, field)
);
CREATE TABLE IF NOT EXISTS pending_reindex (path TEXT PRIMARY KEY);
"""
    + _HISTORY
)


class CatalogTooNew(ArchiveError):
    pass


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str
    extractor: str | None = None
    container: str | None = None  # for an item inside a file: that file's path


@dataclass
class CatalogEntry:
    """What the indexer learned about one file."""

    path: str
    size: int
    mtime_ns: int
    sha256: str
    record: dict[str, Any]
    pages: list[str]
    error: str | None = None
    extractor: str | None = None
    name_bytes: bytes | None = None  #: the path's bytes on disk, when they are not UTF-8
    container: str | None = None  #: for an item inside a file (archive.members): that file's path


#: How long a change waits for another program's write (an index run's batch) to end.
WAIT_FOR_WRITER_SECONDS = 30.0


class Catalog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, timeout=WAIT_FOR_WRITER_SECONDS, isolation_level=None)
        try:
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Opening must not write when the catalog exists: an index run may hold the write lock
            # for a whole batch, and a reader (the viewer, a search) must never wait for it.
            if self._db.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is None:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.executescript(_SCHEMA)
                self._db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
            self._upgrade()
        except sqlite3.Error as error:
            self._db.close()
            raise catalog_problem(error, path) from None

    @property
    def backup_path(self) -> Path:
        return backup_of(self.path)

    def back_up(self) -> Callable[[], None]:
        """Start copying the catalog as it is now beside it, replacing the last copy, and return a
        function that waits for the copy. Index runs that will write keep one this way.

        The copy is made by SQLite's backup API from a connection of its own, in a thread, from a
        snapshot taken before this returns: the run goes on writing meanwhile. At 100,000 items
        the catalog is 560 MB, and copying it first held up every run that wrote by 1.2 s. A copy
        that finds no room leaves no part file, and the last copy stays."""
        source = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            source.execute("BEGIN")
            source.execute("SELECT count(*) FROM meta").fetchone()  # the snapshot the copy holds
        except BaseException:
            source.close()
            raise
        copying = threading.Thread(target=self._copy, args=(source,), name="catalog backup", daemon=True)
        copying.start()
        return copying.join

    def _copy(self, source: sqlite3.Connection) -> None:
        partial = self.backup_path.with_suffix(".part")
        try:
            partial.unlink(missing_ok=True)  # left by a run that was stopped while copying
            with closing(sqlite3.connect(partial)) as copy:
                source.backup(copy)
            os.replace(partial, self.backup_path)
        except (OSError, sqlite3.Error):  # no room for a copy: the run goes on, the last copy stays
            partial.unlink(missing_ok=True)
        finally:
            source.close()

    def _upgrade(self) -> None:
        version = int(self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise CatalogTooNew(
                f"this index was made by a newer version of the program (catalog schema {version}); "
                "upgrade the program to use it"
            )
        if version == SCHEMA_VERSION:
            return
        self.begin()
        try:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[step].split(";"):  # not executescript: it would commit
                    if statement.strip():
                        self._db.execute(statement)
            self._db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def close(self) -> None:
        self._db.close()

    # -- writing (the indexer) ------------------------------------------------------------

    def begin(self) -> None:
        """Start a write transaction; the indexer holds one per batch."""
        self._db.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self._db.execute("COMMIT")

    def rollback(self) -> None:
        self._db.execute("ROLLBACK")

    def put(self, entry: CatalogEntry) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO files (path, size, mtime_ns, sha256, record, text, error, indexed_at, verified_at,"
            " extractor, name_bytes, container) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.path,
                entry.size,
                entry.mtime_ns,
                entry.sha256,
                json.dumps(entry.record, ensure_ascii=False),
                zlib.compress("\f".join(entry.pages).encode("utf-8"), 1) if entry.pages else None,
                entry.error,
                now_iso(),
                now_iso(),
                entry.extractor,
                entry.name_bytes,
                entry.container,
            ),
        )

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """The file's date changed but its content did not."""
        self._db.execute("UPDATE files SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, path))

    def remove(self, paths: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM files WHERE path = ?", ((p,) for p in paths))

    def update_override_fingerprint(self, path: str, sha256: str) -> None:
        """Remember the content a person's edits belong to, so they can follow the file if it moves."""
        self._db.execute("UPDATE overrides SET sha256 = ? WHERE path = ?", (sha256, path))

    def adopt_orphaned_overrides(self, new_paths: Iterable[str]) -> list[str]:
        """Give the edits of a file that is gone to the one file that arrived in this run with the
        same content: a move or rename. Edits belong to their path otherwise: a copy that was
        already there never takes another item's edits, nor does one of several new copies, nor
        an empty file (every empty file is the same). Edits left waiting are orphans (see
        ``orphans``); they return with a file at their path, or with those bytes later. Returns
        the new paths."""
        new_paths = set(new_paths)
        orphans: dict[str, list[str]] = {}
        for path, sha256 in self._db.execute(
            "SELECT DISTINCT o.path, o.sha256 FROM overrides o LEFT JOIN files f ON f.path = o.path"
            " WHERE f.path IS NULL AND o.sha256 IS NOT NULL AND o.sha256 != ? ORDER BY o.path",
            (EMPTY_SHA256,),
        ):
            orphans.setdefault(sha256, []).append(path)
        adopted = []
        for sha256, old in orphans.items():
            arrived = [
                row[0]
                for row in self._db.execute(
                    "SELECT path FROM files WHERE sha256 = ? AND path NOT IN (SELECT path FROM overrides)", (sha256,)
                )
                if row[0] in new_paths
            ]
            if len(old) == 1 and len(arrived) == 1:  # otherwise which went where cannot be told
                self._db.execute("UPDATE overrides SET path = ? WHERE path = ?", (arrived[0], old[0]))
                self._db.execute("UPDATE history SET path = ? WHERE path = ?", (arrived[0], old[0]))
                adopted.append(arrived[0])
        return adopted

    def orphans(self) -> dict[str, dict[str, Any]]:
        """Edits whose file is gone (path → field → value), kept until a file returns for them."""
        found: dict[str, dict[str, Any]] = {}
        for path, field, value in self._db.execute(
            "SELECT o.path, o.field, o.value FROM overrides o LEFT JOIN files f ON f.path = o.path"
            " WHERE f.path IS NULL ORDER BY o.path, o.field"
        ):
            found.setdefault(path, {})[field] = json.loads(value)
        return found

    def mark_verified(self, paths: Iterable[str]) -> None:
        stamp = now_iso()
        self._db.executemany("UPDATE files SET verified_at = ? WHERE path = ?", ((stamp, p) for p in paths))

    # -- reading --------------------------------------------------------------------------

    def fingerprints(self) -> dict[str, Fingerprint]:
        return {
            path: Fingerprint(size, mtime_ns, sha256, extractor, container)
            for path, size, mtime_ns, sha256, extractor, container in self._db.execute(
                "SELECT path, size, mtime_ns, sha256, extractor, container FROM files"
            )
        }

    def os_path(self, path: str) -> str:
        """The file's path on disk: ``path`` itself, or the bytes of a name that is not UTF-8."""
        row = self._db.execute("SELECT name_bytes FROM files WHERE path = ?", (path,)).fetchone()
        return os.fsdecode(row[0]) if row and row[0] else path

    def key_of(self, os_path: str) -> str | None:
        """The catalog's path of a file named ``os_path`` on disk (a name that is not UTF-8 as
        Python gives it), if catalogued."""
        row = self._db.execute("SELECT path FROM files WHERE name_bytes = ?", (os.fsencode(os_path),)).fetchone()
        return row[0] if row else None

    def language_counts(self) -> dict[str, int]:
        """How many items each language has (as extracted)."""
        return dict(
            self._db.execute(
                "SELECT json_extract(record, '$.language') AS language, count(*) FROM files"
                " WHERE language IS NOT NULL GROUP BY language"
            )
        )

    def __contains__(self, path: str) -> bool:
        return self._db.execute("SELECT 1 FROM files WHERE path = ?", (path,)).fetchone() is not None

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM files").fetchone()[0]

    def searchable_count(self) -> int:
        """How many documents an up-to-date search index holds: every item, a group once (groups.py)."""
        (parts_not_leading,) = self._db.execute(
            "SELECT count(*) - count(DISTINCT o.value) FROM overrides o JOIN files f ON f.path = o.path "
            "WHERE o.field = 'part_of'"
        ).fetchone()
        return len(self) - parts_not_leading

    def paths(self) -> Iterator[str]:
        for (path,) in self._db.execute("SELECT path FROM files ORDER BY path"):
            yield path

    def records(
        self, paths: list[str], edits: Mapping[str, tuple[dict[str, Any], Iterable[str]]] | None = None
    ) -> dict[str, Record]:
        """Effective records (extracted, with overrides on top) of the given paths that are
        catalogued; with ``edits`` (path → values to set, fields to clear), as they would be
        after those edits (nothing is saved)."""
        found: dict[str, Record] = {}
        for chunk in _chunks(paths, 500):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT path, size, sha256, record FROM files WHERE path IN ({marks})", chunk
            ).fetchall()
            overrides = self._overrides_of(chunk)
            for path, size, sha256, record_json in rows:
                laid_on = overrides.get(path, {})
                if edits and path in edits:
                    values, unset = edits[path]
                    laid_on = {field: value for field, value in laid_on.items() if field not in unset} | values
                found[path] = effective_record(json.loads(record_json), laid_on, path, size, sha256)
            for lead, parts in self._led(chunk).items():
                if lead in found:
                    found[lead].parts = parts
        return found

    def record(self, path: str) -> Record | None:
        return self.records([path]).get(path)

    def text(self, path: str) -> list[str] | None:
        """An item's pages; a group's lead gives the group's: a page per part (groups.py)."""
        return self.texts([path]).get(path)

    def texts(self, paths: list[str]) -> dict[str, list[str]]:
        return self._own_texts(paths) | self._group_texts(paths)

    def _own_texts(self, paths: list[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for chunk in _chunks(paths, 500):
            marks = ",".join("?" * len(chunk))
            for path, blob in self._db.execute(f"SELECT path, text FROM files WHERE path IN ({marks})", chunk):
                found[path] = zlib.decompress(blob).decode("utf-8").split("\f") if blob else []
        return found

    def lazy_texts(self, paths: list[str], limit: int | None = None) -> dict[str, Iterator[str]]:
        """The pages of each text, decompressed only as far as they are read: a snippet from
        the first pages of a 1,000-page PDF does not pay for the other 990. With ``limit``, at most
        that many characters of each (the last page read cut short)."""
        found: dict[str, Iterator[str]] = {}
        for chunk in _chunks(paths, 500):
            marks = ",".join("?" * len(chunk))
            for path, blob in self._db.execute(f"SELECT path, text FROM files WHERE path IN ({marks})", chunk):
                found[path] = _pages_of(blob, limit) if blob else iter(())
        return found | {lead: iter(pages) for lead, pages in self._group_texts(paths).items()}

    # -- items of several files (groups.py) -----------------------------------------------

    def group_parts(self, group: str) -> list[str]:
        """The catalogued parts of a group, in order (their number, then their path); the first leads."""
        rows = self._db.execute(
            "SELECT o.path, (SELECT value FROM overrides WHERE path = o.path AND field = 'part') FROM overrides o "
            "JOIN files f ON f.path = o.path WHERE o.field = 'part_of' AND o.value = ?",
            (_json(group),),
        ).fetchall()
        return [path for path, _ in sorted(rows, key=lambda row: (_loaded(row[1]) or sys.maxsize, row[0]))]

    def groups_of(self, paths: list[str]) -> dict[str, str]:
        """Of ``paths``, those that are parts of a group → the group."""
        found: dict[str, str] = {}
        for chunk in _chunks(paths, 500):
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT path, value FROM overrides WHERE field = 'part_of' AND path IN ({marks})", chunk
            )
            found.update((path, json.loads(value)) for path, value in rows)
        return found

    def group_of(self, path: str) -> list[str]:
        """The parts of the group ``path`` is a part of (leading or not), in order; else none."""
        group = self.groups_of([path]).get(path)
        return self.group_parts(group) if group else []

    def _led(self, paths: list[str]) -> dict[str, list[str]]:
        """Of ``paths``, those leading a group → the group's parts, in order."""
        groups = {path: self.group_parts(group) for path, group in self.groups_of(paths).items()}
        return {path: parts for path, parts in groups.items() if parts[:1] == [path]}

    def _group_texts(self, paths: list[str]) -> dict[str, list[str]]:
        """Of ``paths``, each group's lead → the group's pages: each part's text as one page, or,
        for a part without text (a photographed page), its transcription."""
        found: dict[str, list[str]] = {}
        for lead, parts in self._led(paths).items():
            own, typed = self._own_texts(parts), self._overrides_of(parts)
            pages = ("\n\n".join(own.get(part, [])) for part in parts)
            found[lead] = [
                page if page.strip() else (typed.get(part, {}).get("transcription") or "").replace("\f", "\n\n")
                for part, page in zip(parts, pages)
            ]
        return found

    def checksums(self, files_only: bool = False) -> Iterator[tuple[str, str]]:
        """(path, SHA-256) of every item; with ``files_only``, of the files on disk alone (what
        fixity is about), not of the items inside them."""
        yield from self._db.execute(
            "SELECT path, sha256 FROM files" + (" WHERE container IS NULL" if files_only else "") + " ORDER BY path"
        )

    def paths_by_checksum(self) -> dict[str, list[str]]:
        """SHA-256 → the items with those bytes, in path order."""
        found: dict[str, list[str]] = {}
        for path, sha256 in self.checksums():
            found.setdefault(sha256, []).append(path)
        return found

    def members(self, container: str) -> list[str]:
        """The items inside the file ``container``, in order."""
        return [
            path
            for (path,) in self._db.execute("SELECT path FROM files WHERE container = ? ORDER BY rowid", (container,))
        ]

    def container(self, path: str) -> str | None:
        """The file an item inside a file is in; None for a file on disk (or no item)."""
        row = self._db.execute("SELECT container FROM files WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def errors(self) -> dict[str, str]:
        return dict(self._db.execute("SELECT path, error FROM files WHERE error IS NOT NULL"))

    # -- overrides (what people typed) ----------------------------------------------------

    def overrides(self, path: str) -> dict[str, Any]:
        return self._overrides_of([path]).get(path, {})

    def set_overrides(self, edits: Iterable[tuple[str, dict[str, Any], Iterable[str]]], source: str) -> int | None:
        """Save people's corrections — for each item, (path, values to set, fields to clear) — in
        one transaction, all or none, with a row of history for every field that changes.
        Returns the number of the batch (what one Undo takes back), None if nothing changed."""
        stamp = now_iso()
        try:
            self.begin()
            batch = self._db.execute("SELECT COALESCE(MAX(batch), 0) + 1 FROM history").fetchone()[0]
            changed = False
            for path, values, unset in edits:
                before, shown_before = self.overrides(path), self.record(path)
                for field in unset:
                    self._db.execute("DELETE FROM overrides WHERE path = ? AND field = ?", (path, field))
                for field, value in values.items():
                    self._db.execute(
                        "INSERT OR REPLACE INTO overrides (path, field, value, set_at, sha256)"
                        " VALUES (?, ?, ?, ?, (SELECT sha256 FROM files WHERE path = ?))",
                        (path, field, _json(value), stamp, path),
                    )
                after, shown_after = self.overrides(path), self.record(path)
                fields = sorted(
                    field
                    for field in before.keys() | after.keys()
                    if before.get(field, _NONE) != after.get(field, _NONE)
                )
                self._db.executemany(
                    "INSERT INTO history (batch, path, field, old, new, shown_old, shown_new, at, source)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        (
                            batch,
                            path,
                            field,
                            _json(before.get(field)),
                            _json(after.get(field)),
                            _json(_shown(shown_before, field)),
                            _json(_shown(shown_after, field)),
                            stamp,
                            source,
                        )
                        for field in fields
                    ],
                )
                if fields:
                    changed = True
                    self._db.execute("INSERT OR IGNORE INTO pending_reindex (path) VALUES (?)", (path,))
            self.commit()
        except BaseException as error:
            if self._db.in_transaction:
                self.rollback()
            if isinstance(error, sqlite3.Error):  # a full disk, a busy or read-only catalog: all or none
                raise catalog_problem(error, self.path) from None
            raise
        return batch if changed else None

    def history(
        self, path: str | None = None, batch: int | None = None, paths: list[str] | None = None
    ) -> list[Change]:
        """The changes made to what people typed, oldest first: of one item, of one batch, or all;
        or of several items (``paths``: oldest first within each 500 of them, a query for each)."""
        if paths is not None:
            return [
                change
                for chunk in _chunks(paths, 500)
                for change in self._changes(f"path IN ({','.join('?' * len(chunk))})", chunk)
            ]
        where = [(clause, value) for clause, value in (("path = ?", path), ("batch = ?", batch)) if value is not None]
        return self._changes(" AND ".join(clause for clause, _ in where) or "1", [value for _, value in where])

    def _changes(self, condition: str, arguments: list[Any]) -> list[Change]:
        rows = self._db.execute(
            "SELECT batch, path, field, old, new, shown_old, shown_new, at, source FROM history"
            f" WHERE {condition} ORDER BY id",
            arguments,
        )
        return [
            Change(batch, path, field, _loaded(old), _loaded(new), _loaded(shown_old), _loaded(shown_new), at, source)
            for batch, path, field, old, new, shown_old, shown_new, at, source in rows
        ]

    def last_batch(self, source: str, skip_undone: bool = False) -> int | None:
        """The latest batch made from ``source``; with ``skip_undone``, of those no Undo took back
        (an undo's source is 'undo #BATCH')."""
        undone = (
            " AND batch NOT IN (SELECT CAST(substr(source, 7) AS INTEGER) FROM history WHERE source LIKE 'undo #%')"
        )
        row = self._db.execute(
            "SELECT MAX(batch) FROM history WHERE source = ?" + (undone if skip_undone else ""), (source,)
        ).fetchone()
        return row[0] if row else None

    def pending_reindex(self) -> list[str]:
        """Items whose edits are saved but not yet in the search index (the index was busy)."""
        return [row[0] for row in self._db.execute("SELECT path FROM pending_reindex ORDER BY path")]

    def clear_pending(self, paths: Iterable[str]) -> None:
        self._db.executemany("DELETE FROM pending_reindex WHERE path = ?", ((p,) for p in paths))

    def _overrides_of(self, paths: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        marks = ",".join("?" * len(paths))
        for path, field, value in self._db.execute(
            f"SELECT path, field, value FROM overrides WHERE path IN ({marks})", paths
        ):
            found.setdefault(path, {})[field] = json.loads(value)
        return found


_NONE = object()


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _loaded(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _shown(record: Record | None, field: str) -> Any:
    return getattr(record, field, None) if record is not None else None


def effective_record(
    extracted: dict[str, Any], overrides: dict[str, Any], path: str, size: int | None, sha256: str | None
) -> Record:
    """The extracted record with a person's overrides laid on top; ``sources`` says who set what."""
    data = dict(extracted)
    sources = dict(data.pop("sources", {}))
    for field, value in overrides.items():
        data[field] = value
        sources[field] = "user"
    data.update(path=path, size=size, sha256=sha256, overrides=sorted(overrides), sources=sources)
    for field in LIST_FIELDS:
        if data.get(field) is None:
            data[field] = []
    if data.get("sensitive") and data["sensitive_dismissed"]:  # a person judged these false
        data["sensitive"] = {
            kind: found for kind, found in data["sensitive"].items() if kind not in data["sensitive_dismissed"]
        }
    return Record.from_dict(data)


#: Compressed bytes decompressed at a time when pages are read lazily (about 50 KB of text).
LAZY_CHUNK = 16 * 1024


def _pages_of(blob: bytes, limit: int | None = None) -> Iterator[str]:
    inflate, decoder = zlib.decompressobj(), codecs.getincrementaldecoder("utf-8")()
    pending: list[str] = []  # the pieces of a page not yet ended, joined once when it ends (a 70 MB
    left = sys.maxsize if limit is None else limit  # page joined again at every chunk took 30 s)
    for start in range(0, len(blob), LAZY_CHUNK):
        piece = decoder.decode(inflate.decompress(blob[start : start + LAZY_CHUNK]))
        if len(piece) >= left:  # the limit: what is read so far, cut there
            yield from ("".join(pending) + piece[:left]).split("\f")
            return
        left -= len(piece)
        if "\f" not in piece:
            pending.append(piece)
            continue
        first, *pages, last = piece.split("\f")
        yield "".join(pending) + first
        yield from pages
        pending = [last]
    yield from ("".join(pending) + decoder.decode(inflate.flush(), final=True)).split("\f")


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
