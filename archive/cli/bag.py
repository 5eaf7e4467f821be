"""`archive bag QUERY -o FOLDER`: a BagIt bag of the files a query finds."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError
from ..export.bag import INFO_FIELDS as BAG_INFO_FIELDS
from .shared import Parents, open_collection, say_left_out


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    bag = commands.add_parser(
        "bag",
        parents=[shared.common, shared.with_collection],
        help="copy the files a query finds into a BagIt bag for a repository's ingest, with their Dublin Core",
    )
    bag.add_argument("query", metavar="QUERY", help="as for search; '*' for everything")
    bag.add_argument(
        "-o", "--output", required=True, metavar="FOLDER", help="a new (or empty) folder, outside the collection"
    )
    bag.add_argument(
        "--include-restricted",
        action="store_true",
        help="bag the items held back too: those not open (each with its restriction) and those with "
        "sensitive data no person has reviewed",
    )
    for name in BAG_INFO_FIELDS:
        bag.add_argument(f"--{name.lower()}", metavar="TEXT", help=f"bag-info.txt's {name}")
    bag.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    info = {name: getattr(args, name.lower().replace("-", "_")) for name in BAG_INFO_FIELDS}
    with open_collection(args, Path.cwd()) as collection:
        paths = collection.matching_paths(args.query)
        if not paths:
            raise UsageError(f"nothing matches {args.query!r}: no bag made")
        given = {name: value for name, value in info.items() if value}
        report = collection.bag(paths, Path(args.output), given, include_restricted=args.include_restricted)
        say_left_out(collection)
    print(
        f"archive: {report.files} file{'s' if report.files != 1 else ''} ({report.octets:,} bytes) "
        f"bagged in {args.output}",
        file=sys.stderr,
    )
    return 0
