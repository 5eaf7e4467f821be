"""`archive revert PATH --last|--to TIME | --batch N`: bring records back to what they were."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError
from .shared import Parents, open_collection, positive, print_json, print_record


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    revert = commands.add_parser(
        "revert", parents=[shared.common, shared.with_collection], help="bring an item's record back to what it was"
    )
    revert.add_argument("path", nargs="?", metavar="PATH")
    when = revert.add_mutually_exclusive_group(required=True)
    when.add_argument("--to", metavar="TIME", help="as it was at TIME (as `archive history` gives it, or a date)")
    when.add_argument("--last", action="store_true", help="as it was before its last change")
    when.add_argument(
        "--batch",
        type=positive,
        metavar="N",
        help="take back batch N (an import, a batch edit, a save in the viewer) of every item it changed",
    )
    revert.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.batch is not None:
        if args.path:
            raise UsageError("revert --batch takes back a whole batch: give -c COLLECTION, not a PATH")
        with open_collection(args, Path.cwd()) as collection:
            paths = collection.revert_batch(args.batch)
        if args.json:
            print_json({"batch": args.batch, "paths": paths})
        else:
            print(
                f"batch #{args.batch} taken back from {len(paths)} item{'s' if len(paths) != 1 else ''}",
                file=sys.stderr,
            )
        return 0
    if not args.path:
        raise UsageError("revert --to and --last need the PATH of an item")
    with open_collection(args, Path(args.path)) as collection:
        record = collection.revert(collection.relative(args.path), None if args.last else args.to)
    print_record(record, args.json)
    return 0
