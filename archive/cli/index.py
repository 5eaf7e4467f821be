"""`archive index COLLECTION`: bring a collection's catalog and search index up to date."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..collection import Collection
from ..errors import UsageError
from ..limits import Limits
from ..model import IndexProgress
from ..terminal import raw
from .shared import Parents, one_line, positive, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    index = commands.add_parser(
        "index", parents=[shared.common], help="index (or update the index of) a collection folder"
    )
    index.add_argument("collection", metavar="COLLECTION")
    index.add_argument("--jobs", type=positive, default=None, metavar="N", help="worker processes (default: CPU count)")
    index.add_argument(
        "--timeout",
        type=positive,
        default=Limits.seconds,
        metavar="SECONDS",
        help=f"give up a file that takes longer than this to read, or a file inside it (default: {Limits.seconds})",
    )
    index.add_argument(
        "--memory-mb",
        type=positive,
        default=Limits.memory_mb,
        metavar="MB",
        help="give up a file that needs more memory than this, beyond what a worker starts with "
        f"(default: {Limits.memory_mb})",
    )
    index.add_argument(
        "--max-items",
        type=positive,
        default=Limits.items,
        metavar="N",
        help="read at most this many items inside one file: messages, attachments, files in "
        f"archives, at every depth (default: {Limits.items:,})",
    )
    index.add_argument(
        "--ocr",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="recognise text in images and scans (on by default when Tesseract is installed); remembered",
    )
    index.add_argument(
        "--ocr-lang",
        metavar="LANGS",
        help="Tesseract languages, e.g. eng+rus+aze, or auto: each page in its own script (the default); remembered",
    )
    index.add_argument(
        "--reextract",
        nargs="?",
        const="*",
        metavar="QUERY",
        help="read again the items QUERY finds (all without one), even if unchanged; edits stay",
    )
    index.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="read the files on a Dask cluster (tcp://HOST:8786) that sees them by the same path",
    )
    index.add_argument(
        "--ship-files", action="store_true", help="with --scheduler: send each file's bytes to the workers"
    )
    index.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..extract.ocr import ocr_available  # the extractors stay out of the other commands' start-up

    if args.ship_files and not args.scheduler:
        raise UsageError("--ship-files needs --scheduler (the files are read here otherwise)")
    with Collection.open(args.collection, args.index_dir, create=True) as collection:
        collection.merges_in_background = True
        collection.set_ocr(args.ocr, args.ocr_lang)
        if collection.ocr_settings()[0] and not ocr_available():
            print(
                "archive: OCR is off: Tesseract is not installed (Debian/Ubuntu: apt-get install tesseract-ocr); "
                "images are found by their metadata and names",
                file=sys.stderr,
            )
        with _progress_bar() as show_progress:
            report = collection.index(
                jobs=args.jobs,
                progress=show_progress,
                limits=Limits(args.timeout, args.memory_mb, args.max_items),
                reextract=args.reextract,
                scheduler=args.scheduler,
                ship_files=args.ship_files,
            )
    if report.repaired:
        print(
            "archive: the search index was damaged; it has been rebuilt from the catalog (your edits are kept)",
            file=sys.stderr,
        )
    for failure in report.failed:
        print(one_line(f"archive: warning: {failure.path}: {failure.error}"), file=sys.stderr)
    for partly in report.partly_read:
        print(one_line(f"archive: warning: {partly.path}: read in part: {partly.error}"), file=sys.stderr)
    for package, paths in report.to_install.items():
        print(
            f"archive: {len(paths)} item{'s' if len(paths) != 1 else ''} would be read better with {package} installed "
            "(Debian/Ubuntu); their records say why",
            file=sys.stderr,
        )
    if args.json:
        print_json(report.to_dict())
    else:
        in_part = f", {len(report.partly_read)} read in part" if report.partly_read else ""
        print(f"{report.collection}: {report.counts()}, {len(report.failed)} failed{in_part} in {report.seconds:.1f} s")
    return 0


class _progress_bar:
    """A tqdm bar on stderr when it is a terminal; silence otherwise."""

    def __init__(self) -> None:
        self._bar: Any = None  # a tqdm bar, once the first progress arrives

    def __enter__(self):
        if not sys.stderr.isatty():
            return None
        from tqdm import tqdm

        def update(event: IndexProgress) -> None:
            if self._bar is None:
                self._bar = tqdm(total=event.total, unit="file", file=raw(sys.stderr), dynamic_ncols=True)
            self._bar.update(event.done - self._bar.n)

        return update

    def __exit__(self, *exc_info: Any) -> None:
        if self._bar is not None:
            self._bar.close()
