"""`archive edit PATH… | --query Q`: correct the records of items, in one batch."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..edits import EditPlan
from ..errors import UsageError
from .shared import Parents, open_collection, print_record, say_edits


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    edit = commands.add_parser(
        "edit",
        parents=[shared.common, shared.with_collection, shared.dry_run],
        help="correct the records of items (one, several, or all a query finds), in one transaction",
    )
    edit.add_argument("paths", nargs="*", metavar="PATH")
    edit.add_argument(
        "--query",
        metavar="QUERY",
        help="edit every item this query finds (with -c, or in the current folder's collection)",
    )
    edit.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="set a field (lists separated by ';'); repeatable",
    )
    edit.add_argument(
        "--unset",
        action="append",
        default=[],
        metavar="FIELD",
        help="drop your value of a field, back to the extracted one; repeatable",
    )
    edit.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="add to a list field (creators, subjects, tags) what it lacks; repeatable",
    )
    edit.add_argument(
        "--remove", action="append", default=[], metavar="FIELD=VALUE", help="remove from a list field; repeatable"
    )
    edit.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    plan = EditPlan.parse(args.set, args.unset, args.add, args.remove)
    if not plan:
        raise UsageError(
            "edit: nothing to do; give --set FIELD=VALUE, --unset FIELD, --add FIELD=VALUE or --remove FIELD=VALUE"
        )
    if not args.paths and args.query is None:
        raise UsageError("edit: give the items' paths, or --query QUERY for every item a query finds")
    with open_collection(args, Path(args.paths[0]) if args.paths else Path.cwd()) as collection:
        paths = [collection.relative(path) for path in args.paths]
        if args.query is not None:
            paths += collection.matching_paths(args.query)
        if len(args.paths) == 1 and args.query is None and not args.dry_run:  # one item: its record, as `show` gives it
            collection.edit_many(paths, plan)
            print_record(collection.record(paths[0]), args.json)
            return 0
        report = collection.edit_many(paths, plan, dry_run=args.dry_run)
    say_edits(report, args.json)
    return 0
