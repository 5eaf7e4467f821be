"""`archive names`: every person and organisation the records give, with counts by role; with
`--merge ALIAS… --into NAME [--authority URI]`, the aliases merged into one name in every record."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import UsageError
from .shared import Parents, one_line, open_collection, print_json, say_edits


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    names = commands.add_parser(
        "names",
        parents=[shared.common, shared.with_collection, shared.dry_run],
        help="list the people and organisations of the records, or merge aliases into one name",
    )
    names.add_argument("--merge", nargs="+", metavar="ALIAS", help="the forms to replace ('E. Brandt', an address)")
    names.add_argument("--into", metavar="NAME", help="with --merge: the form to keep ('Brandt, Elsa')")
    names.add_argument(
        "--authority", metavar="URI", help="with --into: its authority record (https://viaf.org/viaf/…, id.loc.gov…)"
    )
    names.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if bool(args.merge) != bool(args.into):
        raise UsageError("names: --merge ALIAS… and --into NAME go together")
    with open_collection(args, Path.cwd()) as collection:
        if args.merge:
            say_edits(collection.merge_names(args.merge, args.into, args.authority, dry_run=args.dry_run), args.json)
            return 0
        names = collection.names()
    if args.json:
        print_json({"names": [{"name": n.name, "roles": dict(n.roles), "authority": n.authority} for n in names]})
        return 0
    for name in names:
        roles = ", ".join(f"{role} {count}" for role, count in sorted(name.roles.items()))
        print(one_line(f"{name.items:6}  {name.name}  ({roles})" + (f"  {name.authority}" if name.authority else "")))
    return 0
