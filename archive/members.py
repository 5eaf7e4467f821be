"""Items inside files: a mailbox's messages, a message's attachments, the files of a ZIP or tar.

Each is an item of its own, keyed by its container's path, `#`, and its name in the container:
`mail/inbox.mbox#3` (the third message), `mail/inbox.mbox#3#report.pdf` (its attachment),
`backup/laptop.zip#letters/1995.doc`. In a member's name `%` is written `%25` and `#` `%23`, so
every `#` of a key after its file's path parts one level from the next. A member is read, in the
worker that reads its container, by the extractor of what it is, from a temporary copy outside the
collection (under a short name of its own: the member's may be too long for the file system, or
hold a NUL) that is deleted at once; containers nest to MAX_DEPTH levels. Its record and text are
catalogued under its key, with its own checksum (so a person's edits of a member follow it as
they follow a file), and its container's path and date.

Each item fails alone: whatever reading it raises is its own failure, and the next one is read.
What all the items of one file on disk may cost — how many, how many bytes they inflate to — is
bounded for the file as a whole, at every depth together (a Budget)."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from .extract import (
    ExtractOptions,
    Extraction,
    ExtractionError,
    describe_by_name,
    extract,
    extractor_version,
    title_from_filename,
)
from .extract.base import error_summary
from .extracted import Extracted, record_fields, unexpected
from .formats import MESSAGES
from .limits import INFLATION_RATIO, MAX_INFLATED, MAX_ITEMS
from .member_paths import member_key, member_name, unused_name

#: Containers inside containers read (a zip of mailboxes of messages with attachments: 4).
MAX_DEPTH = 4
#: A member's temporary copy is named in at most this many bytes (file systems take 255).
MAX_NAME_BYTES = 120
#: Why no more items of a file are read or recorded once it has given as many as it may.
ITEM_CAP = "the cap of items read from one file was reached (archive index --max-items N reads more)"
#: How long the items left past the cap are counted, to say how many there were.
COUNT_SECONDS = 10.0
#: A file's first items are read by the worker that reads the file; those after, handed on to
#: every worker in batches of this many items or bytes (HandOn), whichever comes first.
READ_HERE = 32
HAND_ON_ITEMS = 64
HAND_ON_BYTES = 16 * 1024 * 1024
#: While batches holding this much wait for a worker, the reader reads the next batch itself:
#: the batches are given out once the file is read through, and a big zip or mailbox would be
#: copied whole into the spool first.
MAX_WAITING_BYTES = 256 * 1024 * 1024
#: The name of a batch file waiting for a worker ends so.
HANDED = ".handed"


@dataclass
class Budget:
    """What the items of one file on disk may still cost, shared by every level of nesting."""

    items: int = MAX_ITEMS
    inflated: int = MAX_INFLATED

    @classmethod
    def for_file(cls, size: int, items: int = MAX_ITEMS) -> Budget:
        return cls(items, max(MAX_INFLATED, INFLATION_RATIO * size))

    def refusal(self) -> str | None:
        """Why no more items of the file are read, or None while some may be."""
        if self.items <= 0:
            return ITEM_CAP
        if self.inflated <= 0:
            return (
                f"its items inflate past {MAX_INFLATED // 1024**3} GB in all, and {INFLATION_RATIO} times its own "
                "size (a bomb?)"
            )
        return None


@dataclass(frozen=True)
class Batch:
    """Items of a file handed on together: when the file was modified, how it is read, what the
    items inside them may cost, and each item (its key, bytes, suffix, the message it came in)."""

    mtime_ns: int
    options: ExtractOptions
    budget: Budget
    members: list[tuple[str, bytes, str, str | None]]


@dataclass
class HandOn:
    """The items of a file past its first READ_HERE, handed on unread: written in batches into
    ``folder`` (the run's spool folder), each batch for any worker to read (read_handed_on), in
    the order the file holds them — or, while MAX_WAITING_BYTES of batches wait, read by
    ``read_here`` in its turn (which gives the file of its items' readings). What the items inside
    them may inflate to is taken from the file's budget batch by batch, so the file's bound holds
    whoever reads them."""

    folder: str
    mtime_ns: int
    options: ExtractOptions
    read_here: Callable[[Batch], str | None]
    most_waiting: int = MAX_WAITING_BYTES
    files: list[str] = field(default_factory=list)  # in order: batches (HANDED), and readings of those read here
    _batch: list[tuple[str, bytes, str, str | None]] = field(default_factory=list)
    _bytes: int = 0

    def put(self, key: str, data: bytes, suffix: str, came_in: str | None, budget: Budget) -> None:
        self._batch.append((key, data, suffix, came_in))
        self._bytes += len(data)
        if len(self._batch) >= HAND_ON_ITEMS or self._bytes >= HAND_ON_BYTES:
            self.close(budget)

    def close(self, budget: Budget) -> None:
        """Write the batch in hand, if any (or read it here, while too many batches wait)."""
        if not self._batch:
            return
        inflated = min(budget.inflated, INFLATION_RATIO * self._bytes)
        budget.inflated -= inflated
        batch = Batch(self.mtime_ns, self.options, Budget(budget.items, inflated), self._batch)
        self._batch, self._bytes = [], 0
        if _waiting_bytes(self.folder) >= self.most_waiting:
            if (readings := self.read_here(batch)) is not None:
                self.files.append(readings)
            return
        descriptor, name = tempfile.mkstemp(suffix=HANDED, dir=self.folder)
        with os.fdopen(descriptor, "wb") as out:
            pickle.dump(batch, out, protocol=pickle.HIGHEST_PROTOCOL)
        self.files.append(name)


def _waiting_bytes(folder: str) -> int:
    """The size of the batches in ``folder`` that wait for a worker."""
    total = 0
    for entry in os.scandir(folder):
        if entry.name.endswith(HANDED):
            with suppress(FileNotFoundError):  # read and removed meanwhile
                total += entry.stat().st_size
    return total


def handed_on(batch_file: str) -> Batch:
    """A batch a HandOn wrote, deleted once loaded."""
    with open(batch_file, "rb") as handed:
        batch = pickle.load(handed)
    os.unlink(batch_file)
    return batch


def read_batch_items(batch: Batch) -> Iterator[Extracted]:
    """The items of a batch, and theirs, read as read_members reads them."""
    with tempfile.TemporaryDirectory(prefix="archive-member-") as folder:
        for key, data, suffix, came_in in batch.members:
            yield from _read_member(key, data, suffix, folder, batch.mtime_ns, batch.options, batch.budget, 1, came_in)


def read_members(
    container: str,
    holder: Extraction,
    mtime_ns: int,
    options: ExtractOptions,
    budget: Budget,
    depth: int = 1,
    hand_on: HandOn | None = None,
) -> Iterator[Extracted]:
    """Every item inside ``holder`` (the extraction of ``container``) and theirs, to MAX_DEPTH,
    read one at a time and dated as the file on disk they are all in (with ``hand_on``, a file's
    items past its first READ_HERE are handed on to it unread). What is not read — past the
    budget, or after the container's own reader failed — is said in ``holder``'s warnings."""
    members = iter(holder.members)
    try:
        with tempfile.TemporaryDirectory(prefix="archive-member-") as folder:  # each item's copy, in turn
            yield from _each_member(container, holder, members, folder, mtime_ns, options, budget, depth, hand_on)
    finally:  # the container's reader is done with, also when stopped early (its files closed)
        getattr(members, "close", lambda: None)()


def _each_member(
    container: str,
    holder: Extraction,
    members: Iterator[tuple[str, bytes, str]],
    folder: str,
    mtime_ns: int,
    options: ExtractOptions,
    budget: Budget,
    depth: int,
    hand_on: HandOn | None,
) -> Iterator[Extracted]:
    came_in = message_subject(holder.fields)
    seen: set[str] = set()
    read = 0
    while True:
        try:
            name, data, suffix = next(members)
        except StopIteration:
            return
        except Exception as error:  # the container's reader failed part way: what it gave stays
            holder.leave_out(f"the items after the first {read:,} could not be read ({error_summary(error)})")
            return
        refusal = budget.refusal()
        if refusal:
            rest, whole = _count_rest(members)
            holder.leave_out(
                f"only {read:,} of its {'' if whole else 'at least '}{read + rest:,} items were read: {refusal}"
            )
            return
        read += 1
        budget.items -= 1
        budget.inflated -= len(data)
        key = member_key(container, unused_name(_safe(name), seen))
        if hand_on is not None and read > READ_HERE:
            hand_on.put(key, data, suffix, came_in, budget)
        else:
            yield from _read_member(key, data, suffix, folder, mtime_ns, options, budget, depth, came_in)


def _read_member(
    key: str,
    data: bytes,
    suffix: str,
    folder: str,
    mtime_ns: int,
    options: ExtractOptions,
    budget: Budget,
    depth: int,
    came_in: str | None,
) -> Iterator[Extracted]:
    """One item and the items inside it (yielded first: its record then says what of them was
    not read), read from a copy in ``folder`` that is deleted once they are."""
    item = Extracted(key, len(data), mtime_ns, hashlib.sha256(data).hexdigest())
    extraction = Extraction()
    try:
        copy = _named_copy(folder, member_name(key), suffix, data)
        try:
            item.reading = extractor_version(copy)
            try:
                extraction = extract(copy, options)
            except ExtractionError as error:
                extraction = describe_by_name(copy, Extraction())
                item.error = str(error)
            if depth < MAX_DEPTH:
                yield from read_members(key, extraction, mtime_ns, options, budget, depth + 1)
            elif extraction.members:
                extraction.leave_out(f"holds items of its own, {MAX_DEPTH} levels down: not read")
        finally:
            copy.unlink(missing_ok=True)
    except Exception as error:  # whatever else one item raises is its failure alone
        item.error = unexpected(error)
    _name_title(extraction, key)
    item.record = record_fields(extraction, mtime_ns)
    if came_in and not item.record.get("source"):
        item.record["source"], item.record["sources"]["source"] = came_in, "message"
    item.pages, item.left_out, item.needs = extraction.pages, extraction.left_out, extraction.needs
    yield item


def _name_title(extraction: Extraction, key: str) -> None:
    """A title taken from the name is taken from the member's whole name, not its copy's."""
    if extraction.sources.get("title", "filename") == "filename":
        extraction.fields["title"] = title_from_filename(Path(_printable(Path(member_name(key)).name) or "unnamed"))
        extraction.sources["title"] = "filename"


def _count_rest(members: Iterator) -> tuple[int, bool]:
    """How many items are left (the one in hand included), counted for COUNT_SECONDS at most;
    and whether that is all of them."""
    count, until = 1, time.monotonic() + COUNT_SECONDS
    try:
        for _ in members:
            count += 1
            if time.monotonic() > until:
                return count, False
    except Exception:  # counted as far as the container could be read
        return count, False
    return count, True


def member_data(file: Path, names: list[str], options: ExtractOptions) -> tuple[bytes, str]:
    """The bytes of the member reached from ``file`` through ``names`` (see member_paths.member_names),
    and its type's usual suffix: the container is read again, as the index run read it, and each
    level's members named as they were then. Raises ExtractionError when it is not there (the
    file changed since it was indexed)."""
    for _, data, suffix in members_data(file, [names], options):
        return data, suffix
    raise ExtractionError(f"{names[0]} is no longer in {file.name} (it changed since it was indexed; re-index)")


def members_data(
    file: Path, wanted: list[list[str]], options: ExtractOptions
) -> Iterator[tuple[tuple[str, ...], bytes, str]]:
    """(names, bytes, suffix) of each member of ``file`` that ``wanted`` names (as member_data's
    ``names``), as it is come to: the container is read once for all of them, and so is each
    container inside it. A member no longer there is not yielded."""
    rest_of: dict[str, list[list[str]]] = {}
    for names in wanted:
        rest_of.setdefault(names[0], []).append(names[1:])
    seen: set[str] = set()
    members = extract(file, options).members
    try:
        for name, data, suffix in members:
            first = unused_name(_safe(name), seen)
            rests = rest_of.pop(first, None)
            if rests is None:
                continue
            if [] in rests:
                yield (first,), data, suffix
            deeper = [rest for rest in rests if rest]
            if deeper:
                with tempfile.TemporaryDirectory(prefix="archive-member-") as folder:
                    for inner_names, inner, inner_suffix in members_data(
                        _named_copy(folder, first, suffix, data), deeper, options
                    ):
                        yield (first, *inner_names), inner, inner_suffix
            if not rest_of:
                return
    finally:  # the container's reader is done with, also when stopped early (its files closed)
        getattr(members, "close", lambda: None)()


def _named_copy(folder: str, name: str, suffix: str, data: bytes) -> Path:
    """A member's bytes written in ``folder`` under a short form of its own name (the suffix of
    its type added when the name has none), so that its type is told by its suffix as a file's
    is: printable characters only, in at most MAX_NAME_BYTES bytes."""
    stem, extension = os.path.splitext(_printable(Path(name).name))
    if len(extension.encode()) > 16:  # not an extension: part of the name
        stem, extension = stem + extension, ""
    extension = extension or suffix[:16]
    stem = _fit(stem, MAX_NAME_BYTES - len(extension.encode())) or "unnamed"
    copy = Path(folder, stem + extension)
    copy.write_bytes(data)
    return copy


def _printable(name: str) -> str:
    return "".join(character for character in name if character.isprintable())


def _fit(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` bytes of UTF-8, at a character's boundary."""
    return text.encode()[:limit].decode("utf-8", "ignore")


def message_subject(fields: dict) -> str | None:
    """The subject of a message's record or fields (what its attachments came in), else None."""
    return fields.get("title") if fields.get("format") in MESSAGES else None


def _safe(name: str) -> str:
    """A member's name as shown: never absolute, never climbing out ('../../etc/passwd' is
    'etc/passwd'), never a drive letter, never a NUL; nothing is ever written by it anyway."""
    parts = [part for part in name.replace("\\", "/").replace("\0", "").split("/") if part not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    return "/".join(parts) or "unnamed"
