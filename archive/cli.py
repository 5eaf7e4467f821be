"""The `archive` command: thin over Collection. Exit status: 0 done, 1 fixity problems found,
2 usage error (a query that cannot be understood among them), 3 any other error (always one line
on stderr, never a traceback)."""

from __future__ import annotations

import argparse
import errno
import html
import json
import os
import re
import signal
import sqlite3
import stat
import sys
import threading
from pathlib import Path
from contextlib import contextmanager
from dataclasses import asdict
from typing import IO, Any, Iterator, Sequence

from . import version
from .catalog import catalog_problem
from .collection import Collection, describe_file
from .edits import EditPlan
from .saved_searches import SavedSearch
from .errors import ArchiveError, CollectionNotFound, Interrupted, QueryError, UsageError
from .model import IndexProgress, Record, SearchResult
from .cite import DEFAULT_LOCALE, DEFAULT_STYLE
from .export import BINARY_FORMATS, FOLDER_FORMATS, FORMATS
from .export.bag import INFO_FIELDS as BAG_INFO_FIELDS
from .outputs import replacing
from .search import SORTS
from .terminal import data_output, json_text, printable_streams, raw, styled

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: How long a stopped index run spends freeing its multiprocessing resources before it leaves.
FINALIZE_SECONDS = 1.0
EXIT_FIXITY = 1
#: An import that left rows or cells out (the rest was applied).
EXIT_INCOMPLETE = 1
EXIT_USAGE = 2
#: Where `archive export --format iiif` expects its folder to be served, unless told.
IIIF_BASE_URL = "http://localhost:8000/"
EXIT_ERROR = 3


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _stop)  # ended like Ctrl+C: what is committed stays, the rest is undone
    with printable_streams(getattr(args, "json", False)):
        status = _run(args)
    if args.command == "index" and status != 0:
        # A stopped run has ended its processes and released its lock: leave now, as a kill would.
        # At a normal exit the interpreter waits for the extraction pool's manager thread, which a
        # worker ended half way through sending a result can hold forever (seen once in 30 Ctrl+Cs).
        # Its queues' semaphores freed, as at a normal exit (else the resource tracker complains);
        # in a thread of its own, as a queue whose reader was ended can hold its finalizer forever.
        import multiprocessing.util

        finalizing = threading.Thread(target=multiprocessing.util._run_finalizers, daemon=True)
        finalizing.start()
        finalizing.join(FINALIZE_SECONDS)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
    return status


def _run(args: argparse.Namespace) -> int:
    """Run the command; every failure becomes one line on stderr and an exit status."""
    try:
        return args.run(args)
    except QueryError as error:  # a usage error: the query or a filter as typed
        if getattr(args, "json", False):
            _print_json({"error": str(error), "column": error.column})
        print(f"archive: query error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except UsageError as error:
        print(f"archive: {error}", file=sys.stderr)
        return EXIT_USAGE
    except ArchiveError as error:
        print(f"archive: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (KeyboardInterrupt, Interrupted) as stop:
        signal_number = getattr(stop, "signal_number", signal.SIGINT)
        committed = getattr(stop, "committed", None)
        saved = "" if committed is None else f"; {committed} file{'s' if committed != 1 else ''} committed, run again to finish"
        print(f"archive: interrupted{saved}", file=sys.stderr)
        return 128 + signal_number
    except BrokenPipeError:  # `archive search … | head`
        sys.stderr.close()
        return 0
    except OSError as error:  # what the system refused: a missing folder, no permission, a full disk
        print(f"archive: {_system_refusal(error)}", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as error:  # the catalog refused: full, busy, read-only, damaged — told by its code
        print(f"archive: {catalog_problem(error, None)}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # a bug of ours: still one line, the traceback only on request
        if os.environ.get("ARCHIVE_DEBUG"):
            raise
        print(f"archive: internal error: {type(error).__name__}: {error} (set ARCHIVE_DEBUG=1 for details)",
              file=sys.stderr)
        return EXIT_ERROR


def _stop(signal_number: int, _frame) -> None:
    raise Interrupted(signal_number)


class _ShowVersion(argparse.Action):
    """--version, which reads the installed version only when asked (importlib.metadata takes
    7 ms to load: more than a search's share of start-up)."""

    def __init__(self, option_strings: list[str], dest: str, **_: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the program's version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        print(f"archive {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index-dir", type=Path, metavar="DIR",
                        help="folder holding the indexes (default: the platform's data folder)")
    common.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    dry_run = argparse.ArgumentParser(add_help=False)
    dry_run.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    with_collection = argparse.ArgumentParser(add_help=False)
    with_collection.add_argument("-c", "--collection", metavar="COLLECTION",
                                 help="the collection folder (default: the indexed one holding the path or the current folder)")

    parser = argparse.ArgumentParser(prog="archive", description="Index, search and cite a folder of documents, offline.")
    parser.add_argument("--version", action=_ShowVersion)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    index = commands.add_parser("index", parents=[common], help="index (or update the index of) a collection folder")
    index.add_argument("collection", metavar="COLLECTION")
    index.add_argument("--jobs", type=_positive, default=None, metavar="N", help="worker processes (default: CPU count)")
    index.add_argument("--timeout", type=_positive, default=60, metavar="SECONDS",
                       help="give up a file that takes longer than this to read, or a file inside it (default: 60)")
    index.add_argument("--memory-mb", type=_positive, default=2048, metavar="MB",
                       help="give up a file that needs more memory than this per worker (default: 2048)")
    index.add_argument("--max-items", type=_positive, default=None, metavar="N",
                       help="read at most this many items inside one file: messages, attachments, files in "
                            "archives, at every depth (default: 100,000)")
    index.add_argument("--ocr", action=argparse.BooleanOptionalAction, default=None,
                       help="recognise text in images and scans (on by default when Tesseract is installed); remembered")
    index.add_argument("--ocr-lang", metavar="LANGS", help="Tesseract languages, e.g. eng+rus+aze (default: eng); remembered")
    index.add_argument("--reextract", nargs="?", const="*", metavar="QUERY",
                       help="read again the items QUERY finds (all without one), even if unchanged; edits stay")
    index.add_argument("--scheduler", metavar="ADDRESS",
                       help="read the files on a Dask cluster (tcp://HOST:8786) that sees them by the same path")
    index.add_argument("--ship-files", action="store_true", help="with --scheduler: send each file's bytes to the workers")
    index.set_defaults(run=run_index)

    search = commands.add_parser("search", parents=[common, with_collection], help="search a collection")
    search.add_argument("query", metavar="QUERY", nargs="?",
                        help='words, "phrases", AND/OR/NOT, field:value, date:[2020 TO 2021]; @NAME runs a saved search')
    search.add_argument("--stdin", action="store_true",
                        help="answer one query per line of standard input, one JSON document per line out (the collection "
                             "opened once: a batch runs at in-process speed)")
    search.add_argument("--limit", type=_positive, default=20, metavar="N")
    search.add_argument("--offset", type=_non_negative, default=0, metavar="N")
    search.add_argument("--sort", choices=list(SORTS), help="the order (default: relevance, or the saved search's)")
    search.add_argument("--type", metavar="T", help="only items of this type (Text, StillImage…)")
    search.add_argument("--format", metavar="F", help="only items of this format (pdf, jpg, html, docx… or a MIME type)")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="dated on or after (2020, 2020-05, 2020-05-03)")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="dated on or before")
    search.add_argument("--save", metavar="NAME", help="keep this search (words, narrowing, order) as @NAME")
    search.set_defaults(run=run_search)

    show = commands.add_parser("show", parents=[common, with_collection], help="show an item's record")
    show.add_argument("path", metavar="PATH")
    show.set_defaults(run=run_show)

    edit = commands.add_parser("edit", parents=[common, with_collection, dry_run],
                               help="correct the records of items (one, several, or all a query finds), in one transaction")
    edit.add_argument("paths", nargs="*", metavar="PATH")
    edit.add_argument("--query", metavar="QUERY", help="edit every item this query finds (with -c, or in the current folder's collection)")
    edit.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE",
                      help="set a field (lists separated by ';'); repeatable")
    edit.add_argument("--unset", action="append", default=[], metavar="FIELD",
                      help="drop your value of a field, back to the extracted one; repeatable")
    edit.add_argument("--add", action="append", default=[], metavar="FIELD=VALUE",
                      help="add to a list field (creators, subjects, tags) what it lacks; repeatable")
    edit.add_argument("--remove", action="append", default=[], metavar="FIELD=VALUE",
                      help="remove from a list field; repeatable")
    edit.set_defaults(run=run_edit)

    importing = commands.add_parser("import", parents=[common, with_collection, dry_run],
                                    help="apply the corrections of a spreadsheet of records (CSV as exported, or .xlsx)")
    importing.add_argument("file", metavar="FILE")
    importing.add_argument("--accept-mojibake", action="store_true",
                           help="take cells that look like UTF-8 read as Latin-1 (Ð”Ð¾…) as they are")
    importing.set_defaults(run=run_import)

    duplicates = commands.add_parser("duplicates", parents=[common, with_collection],
                                     help="groups of identical files and, with --near, of near-identical texts")
    duplicates.add_argument("--near", action="store_true",
                            help="also texts that are near copies (an OCR'd scan of a typed clipping, other line breaks)")
    duplicates.set_defaults(run=run_duplicates)

    searches = commands.add_parser("saved", parents=[common, with_collection], help="list (or remove) saved searches")
    searches.add_argument("--remove", metavar="NAME", help="forget the saved search NAME")
    searches.set_defaults(run=run_saved)

    history = commands.add_parser("history", parents=[common, with_collection],
                                  help="every change made to an item's record (or to all), oldest first")
    history.add_argument("path", nargs="?", metavar="PATH")
    history.set_defaults(run=run_history)

    revert = commands.add_parser("revert", parents=[common, with_collection],
                                 help="bring an item's record back to what it was")
    revert.add_argument("path", nargs="?", metavar="PATH")
    when = revert.add_mutually_exclusive_group(required=True)
    when.add_argument("--to", metavar="TIME", help="as it was at TIME (as `archive history` gives it, or a date)")
    when.add_argument("--last", action="store_true", help="as it was before its last change")
    when.add_argument("--batch", type=_positive, metavar="N",
                      help="take back batch N (an import, a batch edit, a save in the viewer) of every item it changed")
    revert.set_defaults(run=run_revert)

    cite_command = commands.add_parser("cite", parents=[common, with_collection], help="format citations of items")
    cite_command.add_argument("paths", nargs="+", metavar="PATH")
    _add_citation_options(cite_command)
    cite_command.add_argument("--format", choices=("text", "html", "bibtex", "biblatex", "ris", "csl-json"), default="text")
    cite_command.set_defaults(run=run_cite)

    export = commands.add_parser("export", parents=[common, with_collection],
                                 help="export every item a query finds, or a fixity manifest")
    export.add_argument("query", nargs="?", metavar="QUERY", help="as for search; '*' for everything")
    export.add_argument("--format", choices=FORMATS + FOLDER_FORMATS, default="csv")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout (never inside the collection); "
                        "for iiif, a new folder")
    export.add_argument("--base-url", default=IIIF_BASE_URL, metavar="URL",
                        help=f"with --format iiif or oai-static: where the output will be served (default {IIIF_BASE_URL})")
    export.add_argument("--contact-email", metavar="ADDRESS", help="with --format oai-static: the repository's administrator")
    export.add_argument("--manifest", metavar="FILE", help="write a BagIt manifest-sha256.txt of the collection to FILE")
    export.add_argument("--sort", choices=list(SORTS), default="relevance")
    export.add_argument("--type", metavar="T")
    export.add_argument("--from", dest="date_from", metavar="DATE")
    export.add_argument("--to", dest="date_to", metavar="DATE")
    export.add_argument("--history", action="store_true", help="with --format jsonl: each record with its changes")
    export.set_defaults(run=run_export)

    bag = commands.add_parser("bag", parents=[common, with_collection],
                              help="copy the files a query finds into a BagIt bag for a repository's ingest, with their Dublin Core")
    bag.add_argument("query", metavar="QUERY", help="as for search; '*' for everything")
    bag.add_argument("-o", "--output", required=True, metavar="FOLDER", help="a new (or empty) folder, outside the collection")
    for name in BAG_INFO_FIELDS:
        bag.add_argument(f"--{name.lower()}", metavar="TEXT", help=f"bag-info.txt's {name}")
    bag.set_defaults(run=run_bag)

    orphans = commands.add_parser("orphans", parents=[common, with_collection],
                                  help="list the edits whose file is gone (kept until it comes back)")
    orphans.set_defaults(run=run_orphans)

    merge = commands.add_parser("merge", parents=[common],
                                help="merge the search index's segments now (runs by itself after index runs and edits)")
    merge.add_argument("collection", metavar="COLLECTION")
    merge.set_defaults(run=run_merge)

    verify = commands.add_parser("verify", parents=[common, with_collection], help="check fixity: changed, missing, new files")
    verify.set_defaults(run=run_verify)
    return parser


# -- commands --------------------------------------------------------------------------------


def run_index(args: argparse.Namespace) -> int:
    from .extract.ocr import ocr_available  # the extractors stay out of the other commands' start-up
    from .workers import Limits

    if args.ship_files and not args.scheduler:
        raise UsageError("--ship-files needs --scheduler (the files are read here otherwise)")
    with Collection.open(args.collection, args.index_dir, create=True) as collection:
        collection.merges_in_background = True
        collection.set_ocr(args.ocr, args.ocr_lang)
        if collection.ocr_settings()[0] and not ocr_available():
            print("archive: OCR is off: Tesseract is not installed (Debian/Ubuntu: apt-get install tesseract-ocr); "
                  "images are found by their metadata and names", file=sys.stderr)
        with _progress_bar() as show_progress:
            report = collection.index(jobs=args.jobs, progress=show_progress,
                                      limits=Limits(args.timeout, args.memory_mb, args.max_items or Limits.items), reextract=args.reextract,
                                      scheduler=args.scheduler, ship_files=args.ship_files)
    if report.repaired:
        print("archive: the search index was damaged; it has been rebuilt from the catalog (your edits are kept)",
              file=sys.stderr)
    for failure in report.failed:
        print(_one_line(f"archive: warning: {failure.path}: {failure.error}"), file=sys.stderr)
    for partly in report.partly_read:
        print(_one_line(f"archive: warning: {partly.path}: read in part: {partly.error}"), file=sys.stderr)
    if args.json:
        _print_json(report.to_dict())
    else:
        partly = f", {len(report.partly_read)} read in part" if report.partly_read else ""
        print(f"{report.collection}: {report.counts()}, {len(report.failed)} failed{partly} in {report.seconds:.1f} s")
    return 0


def run_search(args: argparse.Namespace) -> int:
    if (args.query is None) == (not args.stdin):
        raise UsageError("give a QUERY, or --stdin for one query per line" if args.query is None else
                         "give a QUERY or --stdin, not both")
    if args.stdin:
        return _search_lines(args)
    with _collection(args, Path.cwd()) as collection:
        saved, result = _searched(collection, args, args.query)
        if args.save:
            saved.name = args.save
            collection.saved_searches.save(saved)
            print(f"archive: saved as @{saved.name}", file=sys.stderr)
    for notice in result.notices:
        print(f"archive: note: {notice}", file=sys.stderr)
    if args.json:
        _print_json(result.to_dict())
    else:
        _print_hits(result, args.offset)
    return 0


def _searched(collection: Collection, args: argparse.Namespace, query: str) -> tuple[SavedSearch, SearchResult]:
    """``query`` (or the saved search it names) with the command's options over its own."""
    saved = collection.saved_searches.get(query[1:]) if query.startswith("@") else SavedSearch("", query)
    for option in ("type", "format", "date_from", "date_to"):  # given here: over the saved search's
        if getattr(args, option) is not None:
            setattr(saved, option, getattr(args, option))
    saved.sort = args.sort or saved.sort
    return saved, collection.search(saved.query, limit=args.limit, offset=args.offset, sort=saved.sort,
                                    reverse=saved.reverse, **saved.narrowing())


def _search_lines(args: argparse.Namespace) -> int:
    """`archive search --stdin`: each line a query, each answer a line of JSON — the result, or
    {"query", "error"} for a query that cannot be run (the batch goes on)."""
    with _collection(args, Path.cwd()) as collection:
        for line in sys.stdin:
            query = line.strip()
            if not query:
                continue
            try:
                answer = _searched(collection, args, query)[1].to_dict()
            except ArchiveError as error:
                answer = {"query": query, "error": str(error)}
            sys.stdout.write(_json_document(answer, indent=None) + "\n")
            sys.stdout.flush()  # an answer as soon as it is known: a program may wait for it
    return 0


def run_show(args: argparse.Namespace) -> int:
    path = Path(args.path)
    try:
        collection = _collection(args, path)
    except CollectionNotFound:  # not a catalog that is damaged, busy or newer: those are said
        if args.collection:
            raise
        _refuse_unreadable(path, None)
        record = describe_file(path, str(path))  # in no indexed collection: read it now
    else:
        with collection:
            relative = collection.relative(path)
            catalogued = relative in collection.catalog
            _refuse_unreadable(collection.file_path(relative) if catalogued else path, collection.root)
            record = collection.record(relative) if catalogued else describe_file(path, relative)
    _print_record(record, args.json)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    plan = EditPlan.parse(args.set, args.unset, args.add, args.remove)
    if not plan:
        raise UsageError("edit: nothing to do; give --set FIELD=VALUE, --unset FIELD, --add FIELD=VALUE or --remove FIELD=VALUE")
    if not args.paths and args.query is None:
        raise UsageError("edit: give the items' paths, or --query QUERY for every item a query finds")
    with _collection(args, Path(args.paths[0]) if args.paths else Path.cwd()) as collection:
        paths = [collection.relative(path) for path in args.paths]
        if args.query is not None:
            paths += collection.matching_paths(args.query)
        if len(args.paths) == 1 and args.query is None and not args.dry_run:  # one item: its record, as `show` gives it
            collection.edit_many(paths, plan)
            _print_record(collection.record(paths[0]), args.json)
            return 0
        report = collection.edit_many(paths, plan, dry_run=args.dry_run)
    if report.warning:
        print(f"archive: {report.warning}", file=sys.stderr)
    if args.json:
        _print_json(report.to_dict())
        return 0
    _print_changes(report.items)
    verb = "would change" if report.dry_run else "changed"
    print(f"{verb} {report.changed} item{'s' if report.changed != 1 else ''}; {report.unchanged} already so",
          file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"import: {args.file} is not a file")
    with _collection(args, Path.cwd()) as collection:
        report = collection.import_file(source, dry_run=args.dry_run, accept_mojibake=args.accept_mojibake)
    result = report.to_dict()
    if report.edits is not None and report.edits.warning:
        print(f"archive: {report.edits.warning}", file=sys.stderr)
    if args.json:
        _print_json(result)
    else:
        _print_changes(result["items"])
    for cell in report.rejected:
        print(_one_line(f"archive: row {cell['row']}, {cell['column']}: {cell['value']!r} not taken: {cell['reason']}"),
              file=sys.stderr)
    for row in report.unmatched:
        print(_one_line(f"archive: row {row['row']}: no item at {row['path'] or '(no path)'}"
                        + (f" nor with sha256 {row['sha256']}" if row["sha256"] else "")), file=sys.stderr)
    verb = "would change" if args.dry_run else "changed"
    print(f"{report.rows} rows: {report.matched} matched, {verb} {result['changed']}, {result['unchanged']} already so, "
          f"{len(report.unmatched)} unmatched; {len(report.rejected)} cells not taken", file=sys.stderr)
    return EXIT_INCOMPLETE if report.rejected or report.unmatched else 0


def run_duplicates(args: argparse.Namespace) -> int:
    with _collection(args, Path.cwd()) as collection:
        groups = collection.duplicates(near=args.near)
    if args.json:
        _print_json({"groups": [group.to_dict() for group in groups]})
        return 0
    for group in groups:
        how = "identical" if group.kind == "identical" else f"near, {group.similarity:.0%} alike"
        print(f"{len(group.paths)} {how}:")
        for path in group.paths:
            print(_one_line(f"  {path}"))
    copies = sum(len(group.paths) - 1 for group in groups)
    print(f"{len(groups)} group{'s' if len(groups) != 1 else ''}, {copies} cop{'ies' if copies != 1 else 'y'} beside the first",
          file=sys.stderr)
    return 0


def run_saved(args: argparse.Namespace) -> int:
    with _collection(args, Path.cwd()) as collection:
        if args.remove:
            collection.saved_searches.remove(args.remove.lstrip("@"))
        searches = collection.saved_searches.all()
    if args.json:
        _print_json({"searches": [asdict(search) for search in searches]})
        return 0
    for search in searches:
        narrowing = {name: value for name, value in search.narrowing().items() if value}
        print(_one_line(f"@{search.name}: {search.query}" + "".join(f"  {name}={value}" for name, value in narrowing.items())
                        + (f"  sort={search.sort}{' descending' if search.reverse else ''}" if search.sort != "relevance" else "")))
    return 0


def _print_changes(items: list[dict[str, Any]]) -> None:
    """An edit report's items, a line per field changed: 'PATH: FIELD: OLD → NEW'."""
    for item in items:
        for name, change in item["changes"].items():
            print(_one_line(f"{item['path']}: {name}: {_shown(change['old'])} → {_shown(change['new'])}"))


def run_history(args: argparse.Namespace) -> int:
    with _collection(args, Path(args.path) if args.path else Path.cwd()) as collection:
        changes = collection.history(collection.relative(args.path) if args.path else None)
    if args.json:
        _print_json({"changes": [change.to_dict() for change in changes]})
        return 0
    for change in changes:
        print(_one_line(f"{change.at}  #{change.batch}  {change.source}  {change.path}: {change.field}: "
                        f"{_shown(change.shown_old)} → {_shown(change.shown_new)}"))
    if not changes:
        print("no changes recorded", file=sys.stderr)
    return 0


def run_revert(args: argparse.Namespace) -> int:
    if args.batch is not None:
        if args.path:
            raise UsageError("revert --batch takes back a whole batch: give -c COLLECTION, not a PATH")
        with _collection(args, Path.cwd()) as collection:
            paths = collection.revert_batch(args.batch)
        if args.json:
            _print_json({"batch": args.batch, "paths": paths})
        else:
            print(f"batch #{args.batch} taken back from {len(paths)} item{'s' if len(paths) != 1 else ''}", file=sys.stderr)
        return 0
    if not args.path:
        raise UsageError("revert --to and --last need the PATH of an item")
    with _collection(args, Path(args.path)) as collection:
        record = collection.revert(collection.relative(args.path), None if args.last else args.to)
    _print_record(record, args.json)
    return 0


def run_cite(args: argparse.Namespace) -> int:
    with _collection(args, Path(args.paths[0])) as collection:
        paths = [collection.relative(path) for path in args.paths]
        for path in paths:
            collection.record(path)  # a clear error for an item that is not indexed
        if args.format in ("text", "html"):
            citations = collection.cite(paths, args.style, args.locale, html=args.format == "html")
            if args.json:
                _print_json({"style": args.style, "locale": args.locale,
                             "citations": [{"path": path, "citation": text} for path, text in citations]})
            else:
                print("\n\n".join(text for _, text in citations))
            return 0
        collection.write_export(collection.records(paths), args.format, data_output())
    return 0


def run_export(args: argparse.Namespace) -> int:
    if not args.query and not args.manifest:
        print("archive export: give a QUERY ('*' for everything) or --manifest FILE", file=sys.stderr)
        return EXIT_USAGE
    with _collection(args, Path.cwd()) as collection:
        for target in (args.output, args.manifest):
            if target:
                collection.refuse_inside(target)
        if args.manifest:
            with _output(args.manifest) as out:
                count = collection.write_manifest(out)
            print(f"archive: {count} checksums written to {args.manifest}", file=sys.stderr)
        if args.query:
            if args.format in FOLDER_FORMATS:
                return _export_iiif(collection, args)
            if args.format in BINARY_FORMATS and not args.output:
                raise UsageError(f"--format {args.format} is written to a file: give -o FILE.{args.format}")
            records = collection.matching_records(args.query, sort=args.sort, type=args.type,
                                                  date_from=args.date_from, date_to=args.date_to)
            options = {"base_url": args.base_url, "contact_email": args.contact_email, "warn": _warn_item}
            if args.output:
                count = collection.export_to(args.output, records, args.format, history=args.history, **options)
                print(f"archive: {count} items written to {args.output}", file=sys.stderr)
            else:
                collection.write_export(records, args.format, data_output(), history=args.history, **options)
    return 0


def run_bag(args: argparse.Namespace) -> int:
    info = {name: getattr(args, name.lower().replace("-", "_")) for name in BAG_INFO_FIELDS}
    with _collection(args, Path.cwd()) as collection:
        paths = collection.matching_paths(args.query)
        if not paths:
            raise UsageError(f"nothing matches {args.query!r}: no bag made")
        report = collection.bag(paths, Path(args.output), {name: value for name, value in info.items() if value})
    print(f"archive: {report.files} file{'s' if report.files != 1 else ''} ({report.octets:,} bytes) bagged in {args.output}",
          file=sys.stderr)
    return 0


def _warn_item(path: str, what: str) -> None:
    print(_one_line(f"archive: warning: {path}: {what}"), file=sys.stderr)


def _export_iiif(collection: Collection, args: argparse.Namespace) -> int:
    if not args.output:
        raise UsageError("--format iiif is written to a folder: give -o FOLDER")
    paths = collection.matching_paths(args.query, sort=args.sort, type=args.type, date_from=args.date_from, date_to=args.date_to)
    report = collection.export_iiif(paths, Path(args.output), args.base_url)
    for path, why in report.failed:
        _warn_item(path, f"not written: {why}")
    print(f"archive: {report.manifests} manifest{'s' if report.manifests != 1 else ''} ({report.canvases} canvases) written "
          f"to {args.output}; serve it at {args.base_url}; {len(report.skipped)} items without pages left out", file=sys.stderr)
    return 0


def run_orphans(args: argparse.Namespace) -> int:
    with _collection(args, Path.cwd()) as collection:
        orphans = collection.orphans()
    if args.json:
        _print_json({"orphans": [{"path": path, "edits": edits} for path, edits in orphans.items()]})
        return 0
    for path, edits in orphans.items():
        print(_one_line(f"{path}: " + "; ".join(f"{name}={_shown(value)}" for name, value in edits.items())))
    print(f"{len(orphans)} item{'s' if len(orphans) != 1 else ''} with edits whose file is gone", file=sys.stderr)
    return 0


def run_merge(args: argparse.Namespace) -> int:
    with Collection.open(args.collection, args.index_dir) as collection:
        merged = collection.merge()
    if args.json:
        _print_json({"collection": str(collection.root), "merged_segments": merged})
    else:
        print(f"{collection.root}: {merged} segment{'s' if merged != 1 else ''} merged")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with _collection(args, Path.cwd()) as collection:
        report = collection.verify()
    if args.json:
        _print_json(report.to_dict())
    else:
        for label, paths in (("changed", report.changed), ("missing", report.missing), ("new", report.new)):
            for path in paths:
                print(f"{label:8} {path}")
        verdict = "intact" if report.intact else "NOT intact"
        print(f"{report.collection}: {report.checked} files checked, {len(report.changed)} changed, "
              f"{len(report.missing)} missing, {len(report.new)} new: {verdict}")
    return 0 if report.intact else EXIT_FIXITY


# -- helpers ---------------------------------------------------------------------------------


def _add_citation_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--style", default=DEFAULT_STYLE, metavar="CSL_STYLE",
                        help="a style name (apa, chicago, chicago-notes, mla, harvard, ieee, or any installed CSL style) or a .csl file")
    parser.add_argument("--locale", default=DEFAULT_LOCALE, metavar="LOCALE", help="e.g. en-US, en-GB, de-DE, fr-FR (default: the style's own)")


@contextmanager
def _output(path: str | None, binary: bool = False) -> Iterator[IO]:
    """stdout, or a file written whole (see outputs.replacing)."""
    if path is None:
        yield data_output()
        return
    with replacing(path, binary) as out:
        yield out


def _collection(args: argparse.Namespace, near: Path) -> Collection:
    """The collection named with -c, else the indexed collection holding ``near``."""
    found = Collection.open(args.collection, args.index_dir) if args.collection else Collection.containing(near, args.index_dir)
    if found is None:
        raise CollectionNotFound(f"{near} is in no indexed collection; name one with -c COLLECTION")
    found.merges_in_background = True  # after an edit, import or revert
    return found


class _progress_bar:
    """A tqdm bar on stderr when it is a terminal; silence otherwise."""

    def __init__(self) -> None:
        self._bar = None

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


def _print_json(data: Any) -> None:
    sys.stdout.write(_json_document(data) + "\n")


def _json_document(data: Any, indent: int | None = 2) -> str:
    """One JSON document, always valid UTF-8: a byte that was not UTF-8 in an argument or a file
    name (kept by Python as a lone surrogate) is written as its \\u escape, not as the raw byte."""
    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return json_text(_LONE_SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text))


def _print_hits(result: SearchResult, offset: int) -> None:
    bold = sys.stdout.isatty()
    shown = f"{offset + 1}–{offset + len(result.hits)} of " if result.hits and (offset or len(result.hits) < result.total) else ""
    at_least = "at least " if result.partial else ""
    print(f"{shown}{at_least}{result.total} result{'s' if result.total != 1 else ''} in {result.took_ms:.1f} ms")
    for number, hit in enumerate(result.hits, start=offset + 1):
        byline = "; ".join(hit.creators)
        details = ", ".join(part for part in (byline, hit.date, hit.type) if part)
        print(_one_line(f"{number:3}. {hit.title or hit.path}" + (f" ({details})" if details else "")))
        print(_one_line(f"     {hit.path}") + (f"  p. {hit.page}" if hit.page else ""))
        if hit.snippet:
            sys.stdout.flush()
            print(f"     {_terminal_snippet(hit.snippet, bold)}", file=raw(sys.stdout), flush=True)
    if result.facets and result.total:
        for name, counts in result.facets.items():
            if counts:
                top = ", ".join(f"{value} ({count})" for value, count in list(counts.items())[:8])
                print(_one_line(f"  {name}: {top}"))


def _terminal_snippet(snippet_html: str, bold: bool) -> str:
    """A snippet's HTML as a terminal line: its matched words in bold on a terminal, and nothing
    else from the file able to style it."""
    pieces = re.split(r"(<b>.*?</b>)", snippet_html)
    return styled([(_one_line(html.unescape(re.sub(r"</?b>", "", piece))), piece.startswith("<b>")) for piece in pieces], bold)


def _print_record(record: Record, as_json: bool) -> None:
    data = record.to_dict()
    if as_json:
        _print_json(data)
        return
    overridden = set(record.overrides)
    for name, value in data.items():
        if name in ("overrides", "sources") or value in (None, [], {}, ""):
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        elif isinstance(value, dict):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        origin = "edited" if name in overridden else record.sources.get(name, "")
        print(_one_line(f"{name:>14}: {value}") + (f"  [{origin}]" if origin else ""))


def _system_refusal(error: OSError) -> str:
    """One line for an error of the operating system, naming the file and what to do."""
    where = f"{error.filename}: " if error.filename else ""
    reason = error.strerror or str(error)
    if error.errno == errno.ENOSPC:
        return f"{where}{reason}: the disk is full; free some space and run the command again"
    return f"{where}{reason}"


def _refuse_unreadable(path: Path, root: Path | None) -> None:
    """Only regular files are read: a FIFO or a device would block or never end, and a link is
    followed only within its collection."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        raise CollectionNotFound(f"no such file: {path}") from None
    if stat.S_ISLNK(info.st_mode):
        target = path.resolve()
        if root is not None and not target.is_relative_to(root):
            raise ArchiveError(f"{path} is a link to {target}, outside the collection; links out of it are not followed")
        info = target.stat()
    if not stat.S_ISREG(info.st_mode):
        kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) \
            else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file"
        raise ArchiveError(f"{path} is {kind}; only files are shown")


def _shown(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _one_line(text: str) -> str:
    """A line of output whatever a name or value holds: line breaks shown escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def _positive(text: str) -> int:
    value = _non_negative(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


if __name__ == "__main__":
    sys.exit(main())
