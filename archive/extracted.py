"""What a worker learned about one file or one item inside a file, and how the items inside a
file leave the worker: as they are read, into a spool file the indexer reads back one at a time,
so that neither process holds a mailbox's or an archive's items in memory together."""

from __future__ import annotations

import os
import pickle
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterator

from .extract import Extraction
from .extract.base import error_summary

if TYPE_CHECKING:
    from .model import Record


@dataclass
class Extracted:
    """What a worker learned about one file (or one item inside a file)."""

    path: str
    size: int = 0
    mtime_ns: int = 0
    sha256: str = ""
    unchanged: bool = False  # same content as catalogued: nothing was extracted
    record: dict[str, Any] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)
    error: str | None = None
    name_bytes: bytes | None = None  # set by the indexer for a name that is not UTF-8
    reading: str | None = None  # which extractor, of which version, reads it ('text 2.2')
    #: What of it was not read although the rest was (items inside it refused, damaged, past a cap).
    left_out: list[str] = field(default_factory=list)
    #: What would read it better if installed (package → why; see Extraction.needs).
    needs: dict[str, str] = field(default_factory=dict)
    #: The items inside it, at every depth: in memory, or in a spool file (see items_inside).
    members: list[Extracted] = field(default_factory=list)
    spooled: str | None = None
    #: Its items handed on unread to any worker, in batches (members.HandOn), which follow it.
    handed_on: list[str] = field(default_factory=list)
    #: Set on a batch's reading: the path of the file whose items it holds.
    continues: str | None = None

    @property
    def needs_reading(self) -> bool:
        """Fingerprinted (see recognised), but neither unchanged nor read before."""
        return not (self.error or self.unchanged or self.record)

    def items_inside(self) -> Iterator[Extracted]:
        """The items inside it, one at a time; a spool file is deleted once read through."""
        yield from self.members
        if self.spooled is None:
            return
        with open(self.spooled, "rb") as spool:
            while True:
                try:
                    yield pickle.load(spool)
                except EOFError:
                    break
        os.unlink(self.spooled)
        self.spooled = None


class Spool:
    """Where a worker puts the items of one file as it reads them: a file in ``folder`` (the run's
    spool folder, in the index folder: a /tmp in memory would defeat the point), or, with no
    folder, the Extracted's own list (a cluster's worker, whose files the indexer cannot open)."""

    def __init__(self, owner: Extracted, folder: str | None) -> None:
        self.owner, self.folder = owner, folder
        self._handle: IO[bytes] | None = None

    def put(self, item: Extracted) -> None:
        if self.folder is None:
            self.owner.members.append(item)
            return
        if self._handle is None:  # made at the first item: most files hold none
            descriptor, self.owner.spooled = tempfile.mkstemp(suffix=".items", dir=self.folder)
            self._handle = os.fdopen(descriptor, "wb")
        pickle.dump(item, self._handle, protocol=pickle.HIGHEST_PROTOCOL)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def record_fields(extraction: Extraction, mtime_ns: int) -> dict[str, Any]:
    """The catalog's JSON for an extraction: fields, where each came from, warnings, file date."""
    return extraction.fields | {
        "modified": local_iso(mtime_ns),
        "warnings": extraction.warnings,
        "sources": extraction.sources | {"modified": "filesystem"},
    }


def local_iso(mtime_ns: int) -> str:
    return datetime.fromtimestamp(mtime_ns / 1e9).astimezone().isoformat(timespec="seconds")


def unexpected(error: BaseException) -> str:
    """What a person is told of a file or item whose reading raised what no reader expected."""
    return f"could not be read ({error_summary(error)})"


def describe_file(path: Path, relative_path: str) -> Record:
    """The record of a file that is not in any index, extracted on the spot."""
    from .catalog import effective_record
    from .extract import ExtractionError, describe_by_name, extract
    from .scan import sha256_of

    info = path.stat()
    warnings = []
    try:
        extraction = extract(path)
    except ExtractionError as error:
        extraction = describe_by_name(path, Extraction())
        warnings.append(str(error))
    fields = record_fields(extraction, info.st_mtime_ns)
    fields["warnings"] = warnings + fields["warnings"]
    return effective_record(fields, {}, relative_path, info.st_size, sha256_of(path))
