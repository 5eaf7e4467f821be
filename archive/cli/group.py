"""`archive group PATH… [--title T]`: make several files one item, its parts in the order given
(a letter photographed page by page); one batch of edits, which `archive ungroup` or
`archive revert --batch N` takes back."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import UsageError
from .shared import Parents, open_collection, say_edits


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    group = commands.add_parser(
        "group",
        parents=[shared.common, shared.with_collection],
        help="make several files one item (a letter photographed page by page), its parts in this order",
    )
    group.add_argument(
        "paths", nargs="+", metavar="PATH", help="the parts, in order; the first carries the description"
    )
    group.add_argument("--title", metavar="TITLE", help="the item's title")
    group.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if len(args.paths) < 2:
        raise UsageError("group: give at least two items, every part in order")
    with open_collection(args, Path(args.paths[0])) as collection:
        report = collection.group([collection.relative(path) for path in args.paths], args.title)
    say_edits(report, args.json, did="grouped", would="would group")
    return 0
