"""`archive orphans`: the edits whose file is gone (kept until it comes back)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .shared import Parents, one_line, open_collection, print_json, shown


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    orphans = commands.add_parser(
        "orphans",
        parents=[shared.common, shared.with_collection],
        help="list the edits whose file is gone (kept until it comes back)",
    )
    orphans.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path.cwd()) as collection:
        orphans = collection.orphans()
    if args.json:
        print_json({"orphans": [{"path": path, "edits": edits} for path, edits in orphans.items()]})
        return 0
    for path, edits in orphans.items():
        print(one_line(f"{path}: " + "; ".join(f"{name}={shown(value)}" for name, value in edits.items())))
    print(f"{len(orphans)} item{'s' if len(orphans) != 1 else ''} with edits whose file is gone", file=sys.stderr)
    return 0
