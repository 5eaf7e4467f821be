"""`archive saved`: list (or remove) saved searches."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from .shared import Parents, one_line, open_collection, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    searches = commands.add_parser(
        "saved", parents=[shared.common, shared.with_collection], help="list (or remove) saved searches"
    )
    searches.add_argument("--remove", metavar="NAME", help="forget the saved search NAME")
    searches.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path.cwd()) as collection:
        if args.remove:
            collection.saved_searches.remove(args.remove.lstrip("@"))
        searches = collection.saved_searches.all()
    if args.json:
        print_json({"searches": [asdict(search) for search in searches]})
        return 0
    for search in searches:
        narrowing = {name: value for name, value in search.narrowing().items() if value}
        print(
            one_line(
                f"@{search.name}: {search.query}"
                + "".join(f"  {name}={value}" for name, value in narrowing.items())
                + (
                    f"  sort={search.sort}{' descending' if search.reverse else ''}"
                    if search.sort != "relevance"
                    else ""
                )
            )
        )
    return 0
