"""What the commands share: the collection a command works on, its output as text or JSON, one
line per value whatever it holds, and the checks of numbers typed."""

from __future__ import annotations

import argparse
import json
import re
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from ..collection import Collection
from ..collection_set import CollectionSet
from ..model import EditReport
from ..errors import CollectionNotFound, UsageError
from ..model import Record
from ..outputs import replacing
from ..terminal import data_output, json_text

EXIT_FIXITY = 1
#: An import that left rows or cells out (the rest was applied).
EXIT_INCOMPLETE = 1
EXIT_USAGE = 2
EXIT_ERROR = 3
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Parents:
    """The options several commands share, as argparse parents."""

    common: argparse.ArgumentParser  # --index-dir, --json
    with_collection: argparse.ArgumentParser  # -c COLLECTION
    dry_run: argparse.ArgumentParser  # --dry-run
    with_collections: argparse.ArgumentParser  # -c COLLECTION…, --all: for commands reading several as one


def open_collection(args: argparse.Namespace, near: Path) -> Collection:
    """The collection named with -c, else the indexed collection holding ``near``."""
    return find_collection(args.collection, args.index_dir, near)


def open_collections(args: argparse.Namespace, near: Path) -> Collection | CollectionSet:
    """What a command reading several collections reads: those named with -c (two or more: as
    one), every collection indexed with --all, else the one collection open_collection opens."""
    named = args.collection or []
    if args.all:
        if named:
            raise UsageError("give -c COLLECTION or --all, not both")
        return CollectionSet.every(args.index_dir)
    if len(named) > 1:
        return CollectionSet.open(named, args.index_dir)
    return find_collection(named[0] if named else None, args.index_dir, near)


def one_place_each(collections: CollectionSet, folder: Path, suffix: str = "") -> Iterator[tuple[Collection, Path]]:
    """Each collection with a place of its own in ``folder`` (made if need be), named after the
    collection's folder: a hand-off of several collections is one per collection, each with its
    own collection record."""
    for collection in collections.collections.values():
        collection.refuse_inside(folder)  # nothing is written into a collection, not even the folder
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    for collection in collections.collections.values():
        name, number = collection.root.name or "collection", 1
        while (chosen := name if number == 1 else f"{name}-{number}") in taken:
            number += 1
        taken.add(chosen)
        yield collection, folder / f"{chosen}{suffix}"


def find_collection(name: str | None, index_dir: Path | None, near: Path) -> Collection:
    """The collection named, else the indexed collection holding ``near``."""
    found = Collection.open(name, index_dir) if name else Collection.containing(near, index_dir)
    if found is None:
        raise CollectionNotFound(f"{near} is in no indexed collection; name one with -c COLLECTION")
    found.merges_in_background = True  # after an edit, import or revert
    return found


@contextmanager
def output_stream(path: str | None, binary: bool = False) -> Iterator[IO]:
    """stdout, or a file written whole (see outputs.replacing)."""
    if path is None:
        yield data_output()
        return
    with replacing(path, binary) as out:
        yield out


def warn_item(path: str, what: str) -> None:
    print(one_line(f"archive: warning: {path}: {what}"), file=sys.stderr)


def print_json(data: Any) -> None:
    sys.stdout.write(json_document(data) + "\n")


def json_document(data: Any, indent: int | None = 2) -> str:
    """One JSON document, always valid UTF-8: a byte that was not UTF-8 in an argument or a file
    name (kept by Python as a lone surrogate) is written as its \\u escape, not as the raw byte."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return json_text(_LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text))


def print_record(record: Record, as_json: bool) -> None:
    data = record.to_dict()
    if as_json:
        print_json(data)
        return
    overridden = set(record.overrides)
    for name, value in data.items():
        if name in ("overrides", "sources") or value in (None, [], {}, ""):
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        origin = "edited" if name in overridden else record.sources.get(name, "")
        print(one_line(f"{name:>14}: {value}") + (f"  [{origin}]" if origin else ""))


def print_changes(items: list[dict[str, Any]]) -> None:
    """An edit report's items, a line per field changed: 'PATH: FIELD: OLD → NEW'."""
    for item in items:
        for name, change in item["changes"].items():
            print(one_line(f"{item['path']}: {name}: {shown(change['old'])} → {shown(change['new'])}"))


def say_edits(report: EditReport, as_json: bool = False, did: str = "changed", would: str = "would change") -> None:
    """A batch edit's report: its warning, then (or its JSON) a line per field changed and the counts."""
    if report.warning:
        print(f"archive: {report.warning}", file=sys.stderr)
    if as_json:
        print_json(report.to_dict())
        return
    print_changes(report.items)
    print(
        f"{would if report.dry_run else did} {report.changed} item{'s' if report.changed != 1 else ''}; "
        f"{report.unchanged} already so",
        file=sys.stderr,
    )


def shown(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def one_line(text: str) -> str:
    """A line of output whatever a name or value holds: line breaks shown escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def positive(text: str) -> int:
    value = non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def say_left_out(collection: Collection) -> None:
    """One line for each item a hand-off held back (not open, or sensitive data not reviewed), then their count."""
    left_out = collection.handoffs.left_out
    if not left_out:
        return
    for path, why in left_out:
        print(one_line(f"archive: left out: {path}: {why}"), file=sys.stderr)
    print(
        f"archive: {len(left_out)} item{'s' if len(left_out) != 1 else ''} held back "
        "(--include-restricted hands them on, with their restrictions)",
        file=sys.stderr,
    )
