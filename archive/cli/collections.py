"""`archive collections`: the collections indexed in the index folder — each one's folder, how
many items, when last indexed, the size of its index, and whether its folder can be reached now
(a drive not plugged in is listed as offline; its index stays searchable)."""

from __future__ import annotations

import argparse
import sys

from ..collection import default_index_base
from ..known_collections import known_collections
from ..model import readable_size
from .shared import Parents, one_line, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    command = commands.add_parser(
        "collections",
        parents=[shared.common],
        help="list the collections indexed in the index folder: items, last indexed, index size, offline or not",
    )
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    base = args.index_dir or default_index_base()
    found = known_collections(base)
    if args.json:
        print_json({"index_dir": str(base), "collections": [known.to_dict() for known in found]})
        return 0
    if not found:
        print(f"archive: no collection is indexed in {base}", file=sys.stderr)
        return 0
    for known in found:
        items = (
            "catalog unreadable" if known.items is None else f"{known.items:,} item{'s' if known.items != 1 else ''}"
        )
        print(
            f"{one_line(known.root)}  {items}, last indexed {known.last_indexed or 'never'}, "
            f"index {readable_size(known.index_octets)}"
            + ("" if known.reachable else ", offline (folder not reachable)")
        )
    return 0
