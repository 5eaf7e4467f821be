"""`archive verify`: fixity — changed, missing and new files."""

from __future__ import annotations

import argparse
from pathlib import Path

from .shared import EXIT_FIXITY, Parents, open_collection, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    verify = commands.add_parser(
        "verify", parents=[shared.common, shared.with_collection], help="check fixity: changed, missing, new files"
    )
    verify.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_collection(args, Path.cwd()) as collection:
        report = collection.verify()
    if args.json:
        print_json(report.to_dict())
    else:
        for label, paths in (("changed", report.changed), ("missing", report.missing), ("new", report.new)):
            for path in paths:
                print(f"{label:8} {path}")
        verdict = "intact" if report.intact else "NOT intact"
        print(
            f"{report.collection}: {report.checked} files checked, {len(report.changed)} changed, "
            f"{len(report.missing)} missing, {len(report.new)} new: {verdict}"
        )
    return 0 if report.intact else EXIT_FIXITY
