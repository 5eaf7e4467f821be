"""`archive arrange QUERY --series PATH`: place every item a query finds in a series of the
arrangement ('Series 2: Administration/Memoranda'), whatever folder it is in; one batch of edits
(`archive history`, `archive revert` take it back). `--series ''` takes them out of it."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..edits import EditPlan
from ..errors import UsageError
from .shared import Parents, open_collection, say_edits


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    arrange = commands.add_parser(
        "arrange",
        parents=[shared.common, shared.with_collection, shared.dry_run],
        help="place the items a query finds in a series of the arrangement (EAD follows it)",
    )
    arrange.add_argument("query", metavar="QUERY", help="as for search")
    arrange.add_argument(
        "--series",
        required=True,
        metavar="PATH",
        help="the series, its levels parted by '/': 'Series 2: Administration/Memoranda' ('' takes them out)",
    )
    arrange.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    plan = EditPlan.of({"series": args.series}) if args.series.strip() else EditPlan.of({}, unset=["series"])
    with open_collection(args, Path.cwd()) as collection:
        paths = collection.matching_paths(args.query)
        if not paths:
            raise UsageError(f"nothing matches {args.query!r}: nothing arranged")
        report = collection.edit_many(paths, plan, dry_run=args.dry_run)
    say_edits(report, args.json, did="arranged", would="would arrange")
    return 0
