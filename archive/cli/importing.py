"""`archive import FILE`: apply the corrections of a spreadsheet or Dublin Core XML of records."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError
from .shared import EXIT_INCOMPLETE, Parents, one_line, open_collection, print_changes, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    importing = commands.add_parser(
        "import",
        parents=[shared.common, shared.with_collection, shared.dry_run],
        help="apply the corrections of a spreadsheet of records (CSV as exported, or .xlsx)",
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--accept-mojibake",
        action="store_true",
        help="take cells that look like UTF-8 read as Latin-1 (Ð”Ð¾…) as they are",
    )
    importing.add_argument(
        "--overwrite-newer",
        action="store_true",
        help="take a value the field held before a later change too (a stale export: listed as a conflict otherwise)",
    )
    importing.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"import: {args.file} is not a file")
    with open_collection(args, Path.cwd()) as collection:
        report = collection.import_file(
            source, dry_run=args.dry_run, accept_mojibake=args.accept_mojibake, overwrite_newer=args.overwrite_newer
        )
    result = report.to_dict()
    if report.edits is not None and report.edits.warning:
        print(f"archive: {report.edits.warning}", file=sys.stderr)
    if args.json:
        print_json(result)
    else:
        print_changes(result["items"])
    for cell in report.rejected:
        print(
            one_line(f"archive: row {cell['row']}, {cell['column']}: {cell['value']!r} not taken: {cell['reason']}"),
            file=sys.stderr,
        )
    for cell in report.conflicts:
        print(
            one_line(
                f"archive: row {cell['row']}, {cell['column']} of {cell['path']}: {_shown(cell['value'])} not taken: "
                f"it was changed since to {_shown(cell['current'])} (--overwrite-newer takes it)"
            ),
            file=sys.stderr,
        )
    for row in report.unmatched:
        print(
            one_line(
                f"archive: row {row['row']}: no item at {row['path'] or '(no path)'}"
                + (f" nor with sha256 {row['sha256']}" if row["sha256"] else "")
            ),
            file=sys.stderr,
        )
    verb = "would change" if args.dry_run else "changed"
    print(
        f"{report.rows} rows: {report.matched} matched, {verb} {result['changed']}, {result['unchanged']} already so, "
        f"{len(report.unmatched)} unmatched; {len(report.rejected)} cells not taken; "
        f"{len(report.conflicts)} conflicts with newer changes",
        file=sys.stderr,
    )
    return EXIT_INCOMPLETE if report.rejected or report.unmatched or report.conflicts else 0


def _shown(value: object) -> str:
    return repr("; ".join(value) if isinstance(value, list) else value)
