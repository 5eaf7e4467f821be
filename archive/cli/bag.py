"""`archive bag QUERY -o FOLDER`: a BagIt bag of the files a query finds (of several collections, a
bag each in FOLDER, each with its own collection record)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..collection import Collection
from ..errors import UsageError
from ..export.bag import INFO_FIELDS as BAG_INFO_FIELDS
from .shared import Parents, one_place_each, open_collections, say_left_out


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    bag = commands.add_parser(
        "bag",
        parents=[shared.common, shared.with_collections],
        help="copy the files a query finds into a BagIt bag for a repository's ingest, with their Dublin Core "
        "(of several collections: a bag each)",
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
    given = {name: value for name, value in info.items() if value}
    with open_collections(args, Path.cwd()) as chosen:
        places = (
            [(chosen, Path(args.output))]
            if isinstance(chosen, Collection)
            else list(one_place_each(chosen, Path(args.output)))  # a bag per collection, each with its record
        )
        bagged = [_bag(collection, args.query, place, given, args.include_restricted) for collection, place in places]
    if not any(bagged):
        raise UsageError(f"nothing matches {args.query!r}: no bag made")
    return 0


def _bag(collection: Collection, query: str, folder: Path, given: dict[str, str], include_restricted: bool) -> bool:
    """A bag of what ``query`` finds in one collection, in ``folder``; False when it finds nothing."""
    paths = collection.matching_paths(query)
    if not paths:
        return False
    report = collection.bag(paths, folder, given, include_restricted=include_restricted)
    say_left_out(collection)
    print(
        f"archive: {report.files} file{'s' if report.files != 1 else ''} ({report.octets:,} bytes) bagged in {folder}",
        file=sys.stderr,
    )
    return True
