"""`archive search QUERY`: search a collection, or answer queries line by line (--stdin)."""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

from ..collection import Collection
from ..collection_set import CollectionSet
from ..errors import ArchiveError, UsageError
from ..model import SearchResult
from ..saved_searches import SavedSearch
from ..engine.search import SORTS
from ..terminal import raw, styled
from .shared import Parents, json_document, non_negative, one_line, open_collections, positive, print_json


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    search = commands.add_parser(
        "search", parents=[shared.common, shared.with_collections], help="search a collection, or several as one"
    )
    search.add_argument(
        "query",
        metavar="QUERY",
        nargs="?",
        help='words, "phrases", AND/OR/NOT, field:value, date:[2020 TO 2021]; @NAME runs a saved search',
    )
    search.add_argument(
        "--stdin",
        action="store_true",
        help="answer one query per line of standard input, one JSON document per line out (the collection "
        "opened once: a batch runs at in-process speed)",
    )
    search.add_argument("--limit", type=positive, default=20, metavar="N")
    search.add_argument("--offset", type=non_negative, default=0, metavar="N")
    search.add_argument("--sort", choices=list(SORTS), help="the order (default: relevance, or the saved search's)")
    search.add_argument("--type", metavar="T", help="only items of this type (Text, StillImage…)")
    search.add_argument(
        "--format", metavar="F", help="only items of this format (pdf, jpg, html, docx… or a MIME type)"
    )
    search.add_argument(
        "--from", dest="date_from", metavar="DATE", help="dated on or after (2020, 2020-05, 2020-05-03)"
    )
    search.add_argument("--to", dest="date_to", metavar="DATE", help="dated on or before")
    search.add_argument("--save", metavar="NAME", help="keep this search (words, narrowing, order) as @NAME")
    search.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if (args.query is None) == (not args.stdin):
        raise UsageError(
            "give a QUERY, or --stdin for one query per line"
            if args.query is None
            else "give a QUERY or --stdin, not both"
        )
    if args.stdin:
        return _search_lines(args)
    with open_collections(args, Path.cwd()) as searched:
        saved, result = _searched(searched, args, args.query)
        if args.save:
            if not isinstance(searched, Collection):
                raise UsageError("a search is saved in one collection: name one with -c COLLECTION to --save it")
            saved.name = args.save
            searched.saved_searches.save(saved)
            print(f"archive: saved as @{saved.name}", file=sys.stderr)
    for notice in result.notices:
        print(f"archive: note: {notice}", file=sys.stderr)
    if args.json:
        print_json(result.to_dict())
    else:
        _print_hits(result, args.offset, several=not isinstance(searched, Collection))
    return 0


def _searched(
    searched: Collection | CollectionSet, args: argparse.Namespace, query: str
) -> tuple[SavedSearch, SearchResult]:
    """``query`` (or the saved search it names) with the command's options over its own."""
    saved = searched.saved_search(query[1:]) if query.startswith("@") else SavedSearch("", query)
    for option in ("type", "format", "date_from", "date_to"):  # given here: over the saved search's
        if getattr(args, option) is not None:
            setattr(saved, option, getattr(args, option))
    saved.sort = args.sort or saved.sort
    return saved, searched.search(
        saved.query, limit=args.limit, offset=args.offset, sort=saved.sort, reverse=saved.reverse, **saved.narrowing()
    )


def _search_lines(args: argparse.Namespace) -> int:
    """`archive search --stdin`: each line a query, each answer a line of JSON — the result, or
    {"query", "error"} for a query that cannot be run (the batch goes on)."""
    with open_collections(args, Path.cwd()) as searched:
        for line in sys.stdin:
            query = line.strip()
            if not query:
                continue
            try:
                answer = _searched(searched, args, query)[1].to_dict()
            except ArchiveError as error:
                answer = {"query": query, "error": str(error)}
            sys.stdout.write(json_document(answer, indent=None) + "\n")
            sys.stdout.flush()  # an answer as soon as it is known: a program may wait for it
    return 0


def _print_hits(result: SearchResult, offset: int, several: bool) -> None:
    """The hits, a few lines each; of several collections, each hit's path is its full path (what
    archive show takes)."""
    bold = sys.stdout.isatty()
    shown = (
        f"{offset + 1}–{offset + len(result.hits)} of "
        if result.hits and (offset or len(result.hits) < result.total)
        else ""
    )
    at_least = "at least " if result.partial else ""
    print(f"{shown}{at_least}{result.total} result{'s' if result.total != 1 else ''} in {result.took_ms:.1f} ms")
    for number, hit in enumerate(result.hits, start=offset + 1):
        byline = "; ".join(hit.creators)
        details = ", ".join(part for part in (byline, hit.date, hit.type) if part)
        print(one_line(f"{number:3}. {hit.title or hit.path}" + (f" ({details})" if details else "")))
        where = str(Path(hit.collection) / hit.path) if several else hit.path
        print(one_line(f"     {where}") + (f"  p. {hit.page}" if hit.page else ""))
        if hit.snippet:
            sys.stdout.flush()
            print(f"     {_terminal_snippet(hit.snippet, bold)}", file=raw(sys.stdout), flush=True)
    if result.facets and result.total:
        for name, counts in result.facets.items():
            if counts:
                top = ", ".join(f"{value} ({count})" for value, count in list(counts.items())[:8])
                print(one_line(f"  {name}: {top}"))


def _terminal_snippet(snippet_html: str, bold: bool) -> str:
    """A snippet's HTML as a terminal line: its matched words in bold on a terminal, and nothing
    else from the file able to style it."""
    pieces = re.split(r"(<b>.*?</b>)", snippet_html)
    return styled(
        [(one_line(html.unescape(re.sub(r"</?b>", "", piece))), piece.startswith("<b>")) for piece in pieces], bold
    )
