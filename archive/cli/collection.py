"""`archive collection`: show, or set, the collection's own description (its title, identifier,
repository… — see collection_record.py), which every hand-off takes."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..collection_record import FIELDS
from .shared import Parents, one_line, open_collection, print_json

#: What each field is, for --help.
HELP = {
    "title": "the collection's title (else its folder's name)",
    "identifier": "its call number or reference code: EAD's unitid, bag-info.txt's External-Identifier",
    "repository": "the institution that holds it: EAD's repository, CSL's archive, bag-info's Source-Organization",
    "creators": "its creators, ';' between ('Brandt, Elsa; Saltmere Harbour Board')",
    "date": "the span of its dates ('1920/1991'), over the items' own",
    "language": "its languages (codes, ';' between), over the items' own",
    "scope": "its scope and content",
    "access": "its conditions governing access",
    "rights": "its conditions governing use",
}


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    command = commands.add_parser(
        "collection",
        parents=[shared.common, shared.with_collection],
        help="show (or set, with --title, --identifier…) the collection's own description, which hand-offs carry",
    )
    for name in FIELDS:
        command.add_argument(f"--{name}", metavar="TEXT", help=HELP[name] + " ('' unsets it)")
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    changes = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    with open_collection(args, Path.cwd()) as collection:
        record = collection.set_collection_record(changes) if changes else collection.collection_record
    if args.json:
        print_json({"collection": record.name, **record.to_saved()})
        return 0
    print(f"{'name':>11}: {record.name}")
    for name in FIELDS:
        value = getattr(record, name)
        if value:
            print(one_line(f"{name:>11}: {'; '.join(value) if isinstance(value, list) else value}"))
    return 0
