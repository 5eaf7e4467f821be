"""What SQLite's refusals of the catalog mean to a person: a full disk, a catalog another program
is writing, a folder that cannot be written, real damage — each told by SQLite's result code
(never guessed from its words), each in one line that says what to do and what was not lost."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from .errors import ArchiveError, DiskFull


class CatalogDamaged(ArchiveError):
    pass


class CatalogBusy(ArchiveError):
    pass


class CatalogReadOnly(ArchiveError):
    pass


#: SQLite's primary result codes (sqlite.org/rescode.html) this program tells apart.
(
    SQLITE_PERM,
    SQLITE_BUSY,
    SQLITE_LOCKED,
    SQLITE_READONLY,
    SQLITE_IOERR,
    SQLITE_CORRUPT,
    SQLITE_FULL,
    SQLITE_CANTOPEN,
    SQLITE_NOTADB,
) = 3, 5, 6, 8, 10, 11, 13, 14, 26


def catalog_problem(error: sqlite3.Error, catalog: Path | None) -> ArchiveError:
    """The one-line message for what SQLite refused, told by its result code (never guessed from
    its words): a full disk, a catalog another program is writing, a folder that cannot be
    written and real damage each say what happened and what to do — and that nothing was lost
    where nothing was."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF  # the primary code of an extended one
    if catalog is None:  # met outside a Catalog's own calls
        catalog = Path("catalog.sqlite")
        folder: Path | str = "(see archive --help for where it is)"
    else:
        folder = catalog.parent
    if code == SQLITE_FULL or (code == SQLITE_IOERR and _nearly_full(folder)):  # a write SQLite could not make
        return DiskFull(
            f"the disk holding the index folder {folder} is full: nothing was changed; free some space "
            "and run the command again"
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return CatalogBusy(
            f"the catalog {catalog} is being written by another program (an index run, or the viewer "
            "saving): nothing was changed; run the command again when it has finished"
        )
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return CatalogReadOnly(
            f"the index folder {folder} cannot be written (a read-only disk, or no permission): "
            "nothing was changed; choose another with --index-dir, or make it writable"
        )
    if code == SQLITE_IOERR:
        return ArchiveError(
            f"the disk holding the index folder {folder} could not read or write the catalog ({error}): "
            "nothing was changed; check the disk (a full or failing disk, a removed drive) and run "
            "the command again"
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CatalogDamaged(damage_message(catalog, error))
    return ArchiveError(f"the catalog {catalog} could not be used ({error})")


#: Free space under which an I/O error of the catalog is taken as the disk being full.
NEARLY_FULL_BYTES = 1 << 20


def _nearly_full(folder: Path | str) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def backup_of(catalog: Path) -> Path:
    return catalog.with_name(catalog.stem + ".backup.sqlite")


def damage_message(catalog: Path, error: BaseException) -> str:
    """A damaged catalog: what to do first (keep the damaged one: it holds every edit), what can
    be saved from it, and what the last backup would lose."""
    backup = backup_of(catalog)
    keep = (
        f"first copy the index folder {catalog.parent} aside (the damaged catalog still holds your edits); "
        f"'sqlite3 {catalog.name} .recover' can often save them"
    )
    if backup.exists():
        taken = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
        fallback = (
            f"the last backup, from {taken}, is {backup}: it lacks every edit made since {taken}, so restore "
            "it (close the viewer, copy it over the catalog, run archive index) only if nothing can be recovered"
        )
    else:
        fallback = "there is no backup of it (one is kept from the next index run on)"
    return f"the catalog {catalog} is damaged ({error}); {keep}; {fallback}"
