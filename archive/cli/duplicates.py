"""`archive duplicates`: groups of identical files and, with --near, of near-identical texts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .shared import Parents, one_line, open_collection, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    duplicates = commands.add_parser(
        "duplicates",
        parents=[shared.common, shared.with_collection],
        help="groups of identical files and, with --near, of near-identical texts",
    )
    duplicates.add_argument(
        "--near",
        action="store_true",
        help="also texts that are near copies (an OCR'd scan of a typed clipping, other line breaks)",
    )
    duplicates.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path.cwd()) as collection:
        groups = collection.duplicates(near=args.near)
    if args.json:
        print_json({"groups": [group.to_dict() for group in groups]})
        return 0
    for group in groups:
        how = "identical" if group.kind == "identical" else f"near, {group.similarity:.0%} alike"
        print(f"{len(group.paths)} {how}:")
        for path in group.paths:
            print(one_line(f"  {path}"))
    copies = sum(len(group.paths) - 1 for group in groups)
    print(
        f"{len(groups)} group{'s' if len(groups) != 1 else ''}, "
        f"{copies} cop{'ies' if copies != 1 else 'y'} beside the first",
        file=sys.stderr,
    )
    return 0
