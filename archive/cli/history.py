"""`archive history [PATH]`: every change made to records, oldest first."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .shared import Parents, one_line, open_collection, print_json, shown


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    history = commands.add_parser(
        "history",
        parents=[shared.common, shared.with_collection],
        help="every change made to an item's record (or to all), oldest first",
    )
    history.add_argument("path", nargs="?", metavar="PATH")
    history.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path(args.path) if args.path else Path.cwd()) as collection:
        changes = collection.history(collection.relative(args.path) if args.path else None)
    if args.json:
        print_json({"changes": [change.to_dict() for change in changes]})
        return 0
    for change in changes:
        print(
            one_line(
                f"{change.at}  #{change.batch}  {change.source}  {change.path}: {change.field}: "
                f"{shown(change.shown_old)} → {shown(change.shown_new)}"
            )
        )
    if not changes:
        print("no changes recorded", file=sys.stderr)
    return 0
