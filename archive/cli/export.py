"""`archive export QUERY --format F`: every item a query finds in a hand-off format, or a fixity manifest."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..collection import Collection
from ..errors import UsageError
from ..export import BINARY_FORMATS, FOLDER_FORMATS, FORMATS, MAIL_FORMATS, SUFFIXES
from ..engine.search import SORTS
from ..terminal import data_output
from .shared import EXIT_USAGE, Parents, one_place_each, open_collections, output_stream, say_left_out, warn_item


#: Where `archive export --format iiif` expects its folder to be served, unless told.
IIIF_BASE_URL = "http://localhost:8000/"


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    export = commands.add_parser(
        "export",
        parents=[shared.common, shared.with_collections],
        help="export every item a query finds (of several collections: a file or folder each), or a fixity manifest",
    )
    export.add_argument("query", nargs="?", metavar="QUERY", help="as for search; '*' for everything")
    export.add_argument(
        "--format",
        choices=sorted(
            set(FORMATS + FOLDER_FORMATS + MAIL_FORMATS), key=(FORMATS + FOLDER_FORMATS + MAIL_FORMATS).index
        ),
        default="csv",
        help="csv (default), a standard's records, iiif (a folder), or mail as mail: mbox (a file), eml (a folder)",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of stdout (never inside the collection); for iiif and eml, a new folder",
    )
    export.add_argument(
        "--base-url",
        default=IIIF_BASE_URL,
        metavar="URL",
        help=f"with --format iiif or oai-static: where the output will be served (default {IIIF_BASE_URL})",
    )
    export.add_argument(
        "--contact-email", metavar="ADDRESS", help="with --format oai-static: the repository's administrator"
    )
    export.add_argument(
        "--manifest", metavar="FILE", help="write a BagIt manifest-sha256.txt of the collection to FILE"
    )
    export.add_argument("--sort", choices=list(SORTS), default="relevance")
    export.add_argument("--type", metavar="T")
    export.add_argument("--from", dest="date_from", metavar="DATE")
    export.add_argument("--to", dest="date_to", metavar="DATE")
    export.add_argument("--history", action="store_true", help="with --format jsonl: each record with its changes")
    export.add_argument(
        "--include-restricted",
        action="store_true",
        help="hand on the items held back too: those not open (each with its restriction) and those with "
        "sensitive data no person has reviewed",
    )
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.query and not args.manifest:
        print("archive export: give a QUERY ('*' for everything) or --manifest FILE", file=sys.stderr)
        return EXIT_USAGE
    with open_collections(args, Path.cwd()) as chosen:
        if isinstance(chosen, Collection):
            return _export(chosen, args, args.output)
        if args.manifest or not args.output:
            raise UsageError("several collections are exported one each into a folder: give -o FOLDER (no --manifest)")
        for collection, place in one_place_each(chosen, Path(args.output), SUFFIXES[args.format]):
            print(f"archive: {collection.root} → {place}", file=sys.stderr)
            _export(collection, args, str(place))
    return 0


def _export(collection: Collection, args: argparse.Namespace, output: str | None) -> int:
    """The export (or manifest) of one collection to ``output`` (stdout when None)."""
    for target in (output, args.manifest):
        if target:
            collection.refuse_inside(target)
    if args.manifest:
        with output_stream(args.manifest) as out:
            count = collection.write_manifest(out)
        print(f"archive: {count} checksums written to {args.manifest}", file=sys.stderr)
    if not args.query:
        return 0
    if args.format in MAIL_FORMATS:
        return _export_mail(collection, args, output)
    if args.format in FOLDER_FORMATS:
        return _export_iiif(collection, args, output)
    if args.format in BINARY_FORMATS and not output:
        raise UsageError(f"--format {args.format} is written to a file: give -o FILE.{args.format}")
    records = collection.matching_records(
        args.query, sort=args.sort, type=args.type, date_from=args.date_from, date_to=args.date_to
    )
    options = {"base_url": args.base_url, "contact_email": args.contact_email, "warn": warn_item}
    if output:
        count = collection.export_to(output, records, args.format, args.history, args.include_restricted, **options)
        print(f"archive: {count} items written to {output}", file=sys.stderr)
    else:
        collection.write_export(records, args.format, data_output(), args.history, args.include_restricted, **options)
    say_left_out(collection)
    return 0


def _export_mail(collection: Collection, args: argparse.Namespace, output: str | None) -> int:
    if not output:
        raise UsageError(
            f"--format {args.format} is written to a {'file' if args.format == 'mbox' else 'folder'}: give -o"
        )
    paths = collection.matching_paths(
        args.query, sort=args.sort, type=args.type, date_from=args.date_from, date_to=args.date_to
    )
    report = collection.export_mail(paths, output, args.format, args.include_restricted)
    say_left_out(collection)
    print(
        f"archive: {report.messages} message{'s' if report.messages != 1 else ''} written to {output}"
        + (f"; {len(report.not_mail)} items that are not e-mail left out" if report.not_mail else ""),
        file=sys.stderr,
    )
    return 0


def _export_iiif(collection: Collection, args: argparse.Namespace, output: str | None) -> int:
    if not output:
        raise UsageError("--format iiif is written to a folder: give -o FOLDER")
    paths = collection.matching_paths(
        args.query, sort=args.sort, type=args.type, date_from=args.date_from, date_to=args.date_to
    )
    report = collection.export_iiif(paths, Path(output), args.base_url)
    for path, why in report.failed:
        warn_item(path, f"not written: {why}")
    print(
        f"archive: {report.manifests} manifest{'s' if report.manifests != 1 else ''} "
        f"({report.canvases} canvases) written to {output}; serve it at {args.base_url} "
        f"(on this machine: archive serve-iiif {output}); {len(report.skipped)} items without pages left out",
        file=sys.stderr,
    )
    return 0
