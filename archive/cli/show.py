"""`archive show PATH`: an item's record (a file never indexed is read there and then)."""

from __future__ import annotations

import argparse
import stat
from pathlib import Path

from ..extracted import describe_file
from ..errors import ArchiveError, CollectionNotFound
from .shared import Parents, open_collection, print_record


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    show = commands.add_parser("show", parents=[shared.common, shared.with_collection], help="show an item's record")
    show.add_argument("path", metavar="PATH")
    show.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    try:
        collection = open_collection(args, path)
    except CollectionNotFound:  # not a catalog that is damaged, busy or newer: those are said
        if args.collection:
            raise
        _refuse_unreadable(path, None)
        record = describe_file(path, str(path))  # in no indexed collection: read it now
    else:
        with collection:
            relative = collection.relative(path)
            catalogued = relative in collection.catalog
            _refuse_unreadable(collection.file_path(relative) if catalogued else path, collection.root)
            record = collection.record(relative) if catalogued else describe_file(path, relative)
    print_record(record, args.json)
    return 0


def _refuse_unreadable(path: Path, root: Path | None) -> None:
    """Only regular files are read: a FIFO or a device would block or never end, and a link is
    followed only within its collection."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise CollectionNotFound(f"no such file: {path}") from None
    if stat.S_ISLNK(info.st_mode):
        target = path.resolve()
        if root is not None and not target.is_relative_to(root):
            raise ArchiveError(
                f"{path} is a link to {target}, outside the collection; links out of it are not followed"
            )
        info = target.stat()
    if not stat.S_ISREG(info.st_mode):
        kind = (
            "a folder"
            if stat.S_ISDIR(info.st_mode)
            else "a named pipe (FIFO)"
            if stat.S_ISFIFO(info.st_mode)
            else "a device"
            if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
            else "not a regular file"
        )
        raise ArchiveError(f"{path} is {kind}; only files are shown")
