"""Does a word in another inflection find its page? Measured on the Russian, German and French
manual pages of the benchmark corpus (shared/corpus/build.sh).

    python tests/benchmarks/eval_languages.py CORPUS [--per-language 20]

For each language, up to N pages are taken in name order. For each page a word of its NAME line
is chosen, and a *different* form of that word (same Snowball stem) that occurs elsewhere in the
corpus but not on the page itself: the page can only be found through stemming. The query is run
twice on the same index: with English stemming only (how search worked before languages were
detected) and with the collection's languages. A query counts when the page is in the top 10.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from archive import Collection  # noqa: E402
from archive.analysis import fold  # noqa: E402
from archive.language import stemmer  # noqa: E402

HEADINGS = {"ru": ("ИМЯ", "НАЗВАНИЕ"), "de": ("BEZEICHNUNG", "NAME"), "fr": ("NOM",)}
WORD = re.compile(r"[^\W\d_]{5,}")


def name_line(text: str, headings: tuple[str, ...]) -> str:
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if line.strip() in headings and number + 1 < len(lines):
            return " ".join(line.strip() for line in lines[number + 1 : number + 3])
    return ""


def choose_queries(pages: dict[str, str], language: str, limit: int) -> list[tuple[str, str, str]]:
    """(page, word on the page, other form to query) for up to ``limit`` pages."""
    stem = stemmer(language)
    forms: dict[str, set[str]] = defaultdict(set)
    for text in pages.values():
        for word in WORD.findall(text):
            folded = fold(word)
            forms[stem(folded)].add(folded)
    chosen = []
    for name in sorted(pages):
        words_on_page = {fold(w) for w in WORD.findall(pages[name])}
        for word in WORD.findall(name_line(pages[name], HEADINGS[language])):
            folded = fold(word)
            others = sorted(f for f in forms[stem(folded)] if f not in words_on_page)
            if others:
                chosen.append((name, folded, others[0]))
                break
        if len(chosen) == limit:
            break
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--per-language", type=int, default=20)
    parser.add_argument("--index-dir", type=Path, help="reuse an index of CORPUS here (default: a new one)")
    args = parser.parse_args()
    index_dir = args.index_dir or Path(tempfile.mkdtemp(prefix="archive-eval-"))
    with Collection.open(args.corpus, index_dir, create=True) as collection:
        collection.set_ocr(False)
        collection.index()
        engine = collection.engine
        collection_languages = engine.languages
        print(f"languages in the collection: {', '.join(collection_languages())}\n")
        print("| language | queries | found before (English stemming) | found after |")
        print("|---|---|---|---|")
        for language in ("ru", "de", "fr"):
            folder = args.corpus / "man" / language
            pages = {
                f"man/{language}/{p.name}": p.read_text(encoding="utf-8", errors="replace")
                for p in folder.glob("*.txt")
            }
            queries = choose_queries(pages, language, args.per_language)
            found = {}
            for label, languages in (("before", lambda: ("en",)), ("after", collection_languages)):
                engine.languages = languages
                found[label] = [
                    page
                    for page, _, query in queries
                    if page
                    in [hit.path for hit in collection.search(query, limit=10, facets=False, snippets=False).hits]
                ]
            engine.languages = collection_languages
            print(f"| {language} | {len(queries)} | {len(found['before'])} | {len(found['after'])} |")
            for page, word, query in queries:
                marks = "".join("✓" if page in found[label] else "·" for label in ("before", "after"))
                print(f"    {marks}  {query!r} for {word!r} in {page}", file=sys.stderr)


if __name__ == "__main__":
    main()
