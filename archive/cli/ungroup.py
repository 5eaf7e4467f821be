"""`archive ungroup PATH`: take apart the item of several files PATH is a part of; each part is an
item again (the first keeps the description it was given). One batch of edits."""

from __future__ import annotations

import argparse
from pathlib import Path

from .shared import Parents, open_collection, say_edits


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    ungroup = commands.add_parser(
        "ungroup",
        parents=[shared.common, shared.with_collection],
        help="take apart an item of several files: each part an item again",
    )
    ungroup.add_argument("path", metavar="PATH", help="any part of the item")
    ungroup.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path(args.path)) as collection:
        report = collection.ungroup(collection.relative(args.path))
    say_edits(report, args.json, did="ungrouped", would="would ungroup")
    return 0
