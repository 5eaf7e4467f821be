"""Items inside files: a mailbox's messages, a message's attachments, the files of a ZIP or tar.

Each is an item of its own, keyed by its container's path, `#`, and its name in the container:
`mail/inbox.mbox#3` (the third message), `mail/inbox.mbox#3#report.pdf` (its attachment),
`backup/laptop.zip#letters/1995.doc`. In a member's name `%` is written `%25` and `#` `%23`, so
every `#` of a key after its file's path parts one level from the next. A member is read, in the
worker that reads its container, by the extractor of what it is, from a temporary copy outside the
collection that is deleted at once; containers nest to MAX_DEPTH levels. Its record and text are
catalogued under its key, with its own checksum (so a person's edits of a member follow it as
they follow a file), and its container's path and date."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .extract import ExtractOptions, Extraction, ExtractionError, describe_by_name, extract, extractor_version
from .formats import MESSAGES
from .member_paths import member_key

if TYPE_CHECKING:
    from .workers import Extracted

#: Containers inside containers read (a zip of mailboxes of messages with attachments: 4).
MAX_DEPTH = 4
#: Items read from one file on disk, at every depth together.
MAX_ITEMS = 20_000
#: The end of a member's name its temporary copy keeps (file systems take 255 bytes).
MAX_NAME_CHARS = 100


def read_members(container: str, members: Iterable[tuple[str, bytes, str]], mtime_ns: int, options: ExtractOptions,
                 depth: int = 1, budget: list[int] | None = None, came_in: str | None = None) -> Iterator[Extracted]:
    """Every member of ``container`` (and theirs, to MAX_DEPTH), read, dated as the file on disk
    they are all in. ``came_in``: the subject of the message they are attached to, their source
    (an attachment cites as its own kind with the message it came in as its container)."""
    from .workers import Extracted, record_fields

    budget = budget if budget is not None else [MAX_ITEMS]
    seen: set[str] = set()
    for name, data, suffix in members:
        if budget[0] <= 0:
            return
        budget[0] -= 1
        safe = _unique(_safe(name), seen)
        key = member_key(container, safe)
        item = Extracted(key, len(data), mtime_ns, hashlib.sha256(data).hexdigest())
        inner: Iterable[tuple[str, bytes, str]] = ()
        with tempfile.TemporaryDirectory(prefix="archive-member-") as folder:
            copy = _named_copy(folder, safe, suffix, data)
            item.reading = extractor_version(copy)
            try:
                extraction = extract(copy, options)
            except ExtractionError as error:
                extraction = describe_by_name(copy, Extraction())
                item.error = str(error)
            item.record = record_fields(extraction, mtime_ns)
            if came_in and not item.record.get("source"):
                item.record["source"], item.record["sources"]["source"] = came_in, "message"
            item.pages = extraction.pages
            if depth < MAX_DEPTH:
                inner = list(extraction.members)  # read while the copy exists
            elif extraction.members:
                item.record.setdefault("warnings", []).append(f"holds items of its own, {MAX_DEPTH} levels down: not read")
        yield item
        yield from read_members(key, inner, mtime_ns, options, depth + 1, budget, message_subject(item.record))


def member_data(file: Path, names: list[str], options: ExtractOptions) -> tuple[bytes, str]:
    """The bytes of the member reached from ``file`` through ``names`` (see member_paths.member_names),
    and its type's usual suffix: the container is read again, as the index run read it, and each
    level's members named as they were then. Raises ExtractionError when it is not there (the
    file changed since it was indexed)."""
    seen: set[str] = set()
    for name, data, suffix in extract(file, options).members:
        if _unique(_safe(name), seen) != names[0]:
            continue
        if len(names) == 1:
            return data, suffix
        with tempfile.TemporaryDirectory(prefix="archive-member-") as folder:
            return member_data(_named_copy(folder, names[0], suffix, data), names[1:], options)
    raise ExtractionError(f"{names[0]} is no longer in {file.name} (it changed since it was indexed; re-index)")


def _named_copy(folder: str, name: str, suffix: str, data: bytes) -> Path:
    """A member's bytes written in ``folder`` under its own name (the suffix of its type added when
    the name has none), so that a title and a type taken from the name are the member's
    ('harbour at dawn', not the copy's)."""
    base = Path(name).name
    copy = Path(folder, base[-MAX_NAME_CHARS:] + ("" if Path(base).suffix else suffix[:16]))
    copy.write_bytes(data)
    return copy


def message_subject(record: dict) -> str | None:
    """The subject of a message's record (what its attachments came in), else None."""
    return record.get("title") if record.get("format") in MESSAGES else None


def _safe(name: str) -> str:
    """A member's name as shown: never absolute, never climbing out ('../../etc/passwd' is
    'etc/passwd'), never a drive letter; nothing is ever written by it anyway."""
    parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    return "/".join(parts) or "unnamed"


def _unique(name: str, seen: set[str]) -> str:
    candidate, number = name, 1
    while candidate in seen:
        number += 1
        stem, dot, suffix = name.rpartition(".")
        candidate = f"{stem} ({number}).{suffix}" if dot and stem else f"{name} ({number})"
    seen.add(candidate)
    return candidate
