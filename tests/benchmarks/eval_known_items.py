"""Known-item ranking on the public corpus: a person looks for one document they know, in the
words they would type; where does it come? Mean reciprocal rank and success at 10.

    python tests/benchmarks/eval_known_items.py CORPUS [--index-dir DIR]

CORPUS is what shared/corpus/build.sh builds (the Python and LaTeX documentation, manual pages);
it is indexed first unless --index-dir holds its index already. Each query names the one file a
person means: by what it is about, in words of their own, not always its title.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

#: (the query as typed, the file meant)
KNOWN_ITEMS = [
    ("socket programming howto", "text/howto_sockets.rst.txt"),
    ("how to sort a list with key functions", "text/howto_sorting.rst.txt"),
    ("regular expression howto", "text/howto_regex.rst.txt"),
    ("logging cookbook", "text/howto_logging-cookbook.rst.txt"),
    ("descriptor guide", "text/howto_descriptor.rst.txt"),
    ("porting python 2 code to python 3", "text/howto_pyporting.rst.txt"),
    ("curses programming", "text/howto_curses.rst.txt"),
    ("functional programming iterators generators", "text/howto_functional.rst.txt"),
    ("reference counting Py_INCREF Py_DECREF", "text/c-api_refcounting.rst.txt"),
    ("embedding python in another application", "text/extending_embedding.rst.txt"),
    ("what's new in python 3.11", "text/whatsnew_3.11.rst.txt"),
    ("glossary of terms", "text/glossary.rst.txt"),
    ("lexical analysis tokens indentation", "text/reference_lexical_analysis.rst.txt"),
    ("floating point arithmetic issues and limitations", "text/tutorial_floatingpoint.rst.txt"),
    ("virtual environments and packages", "text/tutorial_venv.rst.txt"),
    ("errors and exceptions tutorial", "html/tutorial/errors.html"),
    ("argparse tutorial", "text/howto_argparse.rst.txt"),
    ("asyncio queues", "html/library/asyncio-queue.html"),
    ("base64 encoding", "html/library/base64.html"),
    ("bisect array bisection algorithm", "html/library/bisect.html"),
    ("beamer user guide", "pdf/beameruserguide.pdf"),
    ("publication quality tables booktabs", "pdf/booktabs.pdf"),
    ("line numbers in the margin lineno", "pdf/lineno.pdf"),
    ("typesetting source code listings", "pdf/listings.pdf"),
    ("microtype character protrusion font expansion", "pdf/microtype.pdf"),
    ("hyphenation patterns in utf-8", "pdf/hyph-utf8.pdf"),
    ("xcolor colour package", "pdf/xcolor.pdf"),
    ("makeindex", "pdf/makeindex.pdf"),
    ("fontspec font selection for xelatex and luatex", "pdf/fontspec.pdf"),
    ("memoir class manual", "pdf/memman.pdf"),
    ("tex live guide", "pdf/texlive-en.pdf"),
    ("euler fraktur font eufrak", "pdf/eufrak.pdf"),
]


def ranks(collection, items: list[tuple[str, str]]) -> list[int | None]:
    """The rank of each known item among its query's hits (None: not in the first 100)."""
    found = []
    for query, wanted in items:
        paths = [hit.path for hit in collection.search(query, limit=100, snippets=False, facets=False).hits]
        found.append(paths.index(wanted) + 1 if wanted in paths else None)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--index-dir", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from archive import Collection

    with tempfile.TemporaryDirectory(prefix="eval-known-") as work:
        base = args.index_dir or Path(work)
        with Collection.open(args.corpus, base, create=True) as collection:
            if args.index_dir is None:
                collection.index()
            missing = [wanted for _, wanted in KNOWN_ITEMS if wanted not in collection.catalog]
            if missing:
                sys.exit(f"eval: not in the corpus: {', '.join(missing)}")
            found = ranks(collection, KNOWN_ITEMS)
    for (query, wanted), rank in zip(KNOWN_ITEMS, found):
        print(f"{rank if rank else '—':>4}  {query}  →  {wanted}")
    reciprocal = [1 / rank if rank else 0.0 for rank in found]
    print(
        f"MRR {statistics.mean(reciprocal):.3f}; success@1 {sum(rank == 1 for rank in found)}/{len(found)}, "
        f"@10 {sum(bool(rank) and rank <= 10 for rank in found)}/{len(found)}"
    )


if __name__ == "__main__":
    main()
