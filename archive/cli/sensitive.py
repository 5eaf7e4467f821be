"""`archive sensitive`: the items whose text holds sensitive data, for a person to review; a
finding judged false dismissed for good; the collection's own words to look for."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..edits import EditPlan
from ..sensitive import KINDS
from .shared import Parents, one_line, open_collection, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    sensitive = commands.add_parser(
        "sensitive",
        parents=[shared.common, shared.with_collection],
        help="list the items holding card numbers, IBANs, national numbers, the lexicon's words… (masked)",
    )
    sensitive.add_argument("--kind", choices=KINDS, help="only findings of this kind")
    sensitive.add_argument(
        "--dismiss",
        nargs="+",
        metavar=("KIND", "PATH"),
        help="judge KIND false on the items PATH…: left out from here on, whatever is read again",
    )
    sensitive.add_argument(
        "--lexicon",
        metavar="FILE",
        help="the collection's own words to look for, one a line (kept; read at the next index run, "
        "or at once with archive index --reextract)",
    )
    sensitive.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path.cwd()) as collection:
        if args.lexicon:
            words = collection.settings.set_lexicon(Path(args.lexicon))
            print(f"archive: {len(words)} words in the lexicon of {collection.root}", file=sys.stderr)
            return 0
        if args.dismiss:
            kind, *paths = args.dismiss
            if kind not in KINDS or not paths:
                print(f"archive: --dismiss takes a kind ({', '.join(KINDS)}) and the items' paths", file=sys.stderr)
                return 2
            plan = EditPlan.of({}, add=[("sensitive_dismissed", kind)])  # one batch: one undo
            collection.edit_many([collection.relative(path) for path in paths], plan)
            print(f"archive: {kind} dismissed on {len(paths)} item{'s' if len(paths) != 1 else ''}", file=sys.stderr)
            return 0
        found = collection.matching_records(f"sensitive:{args.kind or 'any'}")
        listed = [(record.path, record.sensitive) for record in found]
    if args.json:
        print_json({"items": [{"path": path, "sensitive": findings} for path, findings in listed]})
        return 0
    for path, findings in listed:
        kinds = [f"{kind} {found['count']} ({', '.join(found['samples'])})" for kind, found in findings.items()]
        print(one_line(f"{path}: " + "; ".join(kinds)))
    print(f"{len(listed)} item{'s' if len(listed) != 1 else ''} holding sensitive data", file=sys.stderr)
    return 0
