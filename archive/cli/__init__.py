"""The `archive` command: thin over Collection, a module per command (each adds its options to
the parser and runs it), what they share in shared.py. Exit status: 0 done, 1 fixity problems
found or an import that left rows out, 2 usage error (a query that cannot be understood among
them), 3 any other error (always one line on stderr, never a traceback)."""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import signal
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any, Sequence

from .. import version
from ..catalog_problems import catalog_problem
from ..errors import ArchiveError, Interrupted, QueryError, UsageError
from ..terminal import printable_streams
from .shared import EXIT_ERROR, EXIT_USAGE, Parents, print_json

#: The commands, in the order `archive --help` lists them, with the module of each (its options
#: and its run). Only the module of the command given is imported: a search does not pay for the
#: citation styles or the bag writer (measured with -X importtime: 60 ms of a 400 ms search).
COMMANDS = {
    "index": "index",
    "search": "search",
    "show": "show",
    "edit": "edit",
    "arrange": "arrange",
    "group": "group",
    "ungroup": "ungroup",
    "import": "importing",
    "collection": "collection",
    "collections": "collections",
    "names": "names",
    "duplicates": "duplicates",
    "saved": "saved",
    "history": "history",
    "revert": "revert",
    "cite": "cite",
    "export": "export",
    "bag": "bag",
    "orphans": "orphans",
    "sensitive": "sensitive",
    "report": "report",
    "serve-iiif": "serve_iiif",
    "merge": "merge",
    "verify": "verify",
}

#: How long a stopped index run spends freeing its multiprocessing resources before it leaves.
FINALIZE_SECONDS = 1.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
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

        finalizing = threading.Thread(target=multiprocessing.util._run_finalizers, daemon=True)  # type: ignore[attr-defined]
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
            print_json({"error": str(error), "column": error.column})
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
        saved = (
            ""
            if committed is None
            else f"; {committed} file{'s' if committed != 1 else ''} committed, run again to finish"
        )
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
        print(
            f"archive: internal error: {type(error).__name__}: {error} (set ARCHIVE_DEBUG=1 for details)",
            file=sys.stderr,
        )
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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line: each command's options come from its module (COMMANDS). When ``argv``
    names a command, only that command is built; otherwise (--help, a mistyped command) all are."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--index-dir", type=Path, metavar="DIR", help="folder holding the indexes (default: the platform's data folder)"
    )
    common.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    dry_run = argparse.ArgumentParser(add_help=False)
    dry_run.add_argument("--dry-run", action="store_true", help="say what would change; change nothing")
    with_collection = argparse.ArgumentParser(add_help=False)
    with_collection.add_argument(
        "-c",
        "--collection",
        metavar="COLLECTION",
        help="the collection folder (default: the indexed one holding the path or the current folder)",
    )

    with_collections = argparse.ArgumentParser(add_help=False)
    with_collections.add_argument(
        "-c",
        "--collection",
        action="append",
        metavar="COLLECTION",
        help="a collection folder; give several to search them as one (default: the indexed one holding "
        "the current folder)",
    )
    with_collections.add_argument(
        "--all", action="store_true", help="every collection indexed in the index folder, as one (archive collections)"
    )

    parser = argparse.ArgumentParser(
        prog="archive", description="Index, search and cite a folder of documents, offline."
    )
    parser.add_argument("--version", action=_ShowVersion)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    shared = Parents(common, with_collection, dry_run, with_collections)
    named = _command_named(sys.argv[1:] if argv is None else argv)
    for command, module in COMMANDS.items():
        if named in (None, command):
            importlib.import_module(f"{__name__}.{module}").add(commands, shared)
    return parser


def _command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names, if it names one: its first word that is not an option (the
    options before a command, --version and --help, take no value)."""
    first = next((word for word in argv if not word.startswith("-")), None)
    return first if first in COMMANDS else None


def _system_refusal(error: OSError) -> str:
    """One line for an error of the operating system, naming the file and what to do."""
    where = f"{error.filename}: " if error.filename else ""
    reason = error.strerror or str(error)
    if error.errno == errno.ENOSPC:
        return f"{where}{reason}: the disk is full; free some space and run the command again"
    return f"{where}{reason}"
