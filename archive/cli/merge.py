"""`archive merge COLLECTION`: merge the search index's segments now."""

from __future__ import annotations

import argparse

from ..collection import Collection
from .shared import Parents, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    merge = commands.add_parser(
        "merge",
        parents=[shared.common],
        help="merge the search index's segments now (runs by itself after index runs and edits)",
    )
    merge.add_argument("collection", metavar="COLLECTION")
    merge.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with Collection.open(args.collection, args.index_dir) as collection:
        merged = collection.merge()
    if args.json:
        print_json({"collection": str(collection.root), "merged_segments": merged})
    else:
        print(f"{collection.root}: {merged} segment{'s' if merged != 1 else ''} merged")
    return 0
