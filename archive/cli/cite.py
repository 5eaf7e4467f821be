"""`archive cite PATH…`: citations of items in a CSL style, or as BibTeX, RIS, CSL-JSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..cite import DEFAULT_LOCALE, DEFAULT_STYLE
from ..collection import Collection
from ..collection_set import CollectionSet
from ..errors import UsageError
from ..terminal import data_output
from .shared import Parents, find_collection, open_collection, positive, print_json, say_left_out


def add(commands: argparse._SubParsersAction, shared: Parents) -> None:
    cite_command = commands.add_parser(
        "cite", parents=[shared.common, shared.with_collection], help="format citations of items"
    )
    cite_command.add_argument("paths", nargs="+", metavar="PATH")
    _add_citation_options(cite_command)
    cite_command.add_argument(
        "--format", choices=("text", "html", "bibtex", "biblatex", "ris", "csl-json"), default="text"
    )
    cite_command.add_argument(
        "--page",
        type=positive,
        metavar="N",
        help="the page (leaf) cited: an archival reference gives it (GOST: 'Л. 3')",
    )
    cite_command.add_argument(
        "--include-restricted",
        action="store_true",
        help="of several items, cite those held back too (not open, or with sensitive data not reviewed)",
    )
    cite_command.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.collection and len(args.paths) > 1:
        owners = _owners(args.paths, args.index_dir)
        if len(set(owners)) > 1:
            return _cite_across(args, owners)
        owners[0].close()
    with open_collection(args, Path(args.paths[0])) as collection:
        paths = [collection.relative(path) for path in args.paths]
        for path in paths:
            collection.record(path)  # a clear error for an item that is not indexed
        if args.format in ("text", "html"):
            citations = collection.cite(
                paths, args.style, args.locale, args.format == "html", args.include_restricted, args.page
            )
            say_left_out(collection)
            _print_citations(args, [{"path": path, "citation": text} for path, text in citations])
            return 0
        several = len(paths) > 1 and not args.include_restricted
        collection.write_export(collection.records(paths), args.format, data_output(), include_restricted=not several)
        say_left_out(collection)
    return 0


def _owners(paths: list[str], index_dir: Path | None) -> list[Collection]:
    """The indexed collection holding each path (one object for each collection)."""
    by_root: dict[Path, Collection] = {}
    owners = []
    for path in paths:
        found = find_collection(None, index_dir, Path(path))
        owner = by_root.setdefault(found.root, found)
        if owner is not found:
            found.close()
        owners.append(owner)
    return owners


def _cite_across(args: argparse.Namespace, owners: list[Collection]) -> int:
    """Items of several collections cited as one bibliography (text or HTML only)."""
    with CollectionSet(list(dict.fromkeys(owners))) as chosen:
        if args.format not in ("text", "html"):
            raise UsageError(f"--format {args.format} is written for one collection at a time: cite each with -c")
        items = [(owner, owner.relative(path)) for owner, path in zip(owners, args.paths)]
        for owner, path in items:
            owner.record(path)  # a clear error for an item that is not indexed
        citations = chosen.cite(
            items, args.style, args.locale, args.format == "html", args.include_restricted, args.page
        )
        for collection in chosen.collections.values():
            say_left_out(collection)
    _print_citations(
        args,
        [{"collection": str(collection.root), "path": path, "citation": text} for collection, path, text in citations],
    )
    return 0


def _print_citations(args: argparse.Namespace, citations: list[dict[str, str]]) -> None:
    """The citations as text (a blank line between them), or with --json with the style and locale."""
    if args.json:
        print_json({"style": args.style, "locale": args.locale, "citations": citations})
    else:
        print("\n\n".join(entry["citation"] for entry in citations))


def _add_citation_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--style",
        default=DEFAULT_STYLE,
        metavar="CSL_STYLE",
        help="a style name (apa, chicago, chicago-notes, mla, harvard, ieee, or any installed CSL style) "
        "or a .csl file",
    )
    parser.add_argument(
        "--locale",
        default=DEFAULT_LOCALE,
        metavar="LOCALE",
        help="e.g. en-US, en-GB, de-DE, fr-FR (default: the style's own)",
    )
