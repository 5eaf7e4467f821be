"""`archive report`: the accession report of a collection (see archive/report.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError
from ..report import FILES, accession_report, write_report
from .shared import Parents, open_collection


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    report = commands.add_parser(
        "report",
        parents=[shared.common, shared.with_collection],
        help="an accession report: formats by PRONOM, dates, unidentified items, duplicates, sensitive data, tree",
    )
    report.add_argument(
        "-o", "--output", required=True, metavar="FOLDER", help="a new (or empty) folder, outside the collection"
    )
    report.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    folder = Path(args.output)
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UsageError(f"{folder} is not a new or empty folder: the report is written into one")
    with open_collection(args, Path.cwd()) as collection:
        collection.refuse_inside(folder)
        report = accession_report(collection)
    write_report(report, folder)
    print(
        f"archive: accession report of {report.files:,} files ({report.items:,} items) in {folder}: "
        + ", ".join(FILES),
        file=sys.stderr,
    )
    return 0
