"""Faster paths that must give exactly what the plain ones give: the index's one-pass analysis
(what Whoosh's token-by-token path gives) and lazily read pages (what the catalog stores)."""

from __future__ import annotations

import random
import zlib

import pytest
from whoosh.fields import TEXT

from archive.analysis import mark_language, name_analyzer, text_analyzer
from archive.catalog import LAZY_CHUNK, Catalog, CatalogEntry
from archive.index import FoldedText

TEXTS = [
    ("en", "Indexing the indexes: an index, indexed. Résumé, RESUME and résumés — naïve café."),
    ("ru", "Документы и документов: ДОКУМЕНТ, документа; ёлка Ёлка"),
    ("de", "Die Straße, die Strassen und STRASSE; Häuser, Haus, Hauses"),
    ("tr", "İstanbul ISTANBUL ıstanbul; soyqırım SOYQIRIM"),
    ("xx", "a language with no stemmer: words words words_and-more, 3.14 42"),
    ("fr", "l'été, les étés; Œuvre et œuvres"),
    ("en", ""),
]


@pytest.mark.parametrize("language, text", TEXTS)
@pytest.mark.parametrize("analyzer, phrase", [(text_analyzer(), True), (name_analyzer(), True), (name_analyzer(), False)])
def test_one_pass_analysis_matches_the_token_path(language, text, analyzer, phrase):
    value = mark_language(text, language)
    whoosh_way = sorted(TEXT(analyzer=analyzer, phrase=phrase).index(value))
    assert sorted(FoldedText(analyzer=analyzer, phrase=phrase).index(value)) == whoosh_way


def test_stems_sit_at_their_words_positions():
    terms = text_analyzer().term_positions(mark_language("indexes of the index indexed", "en"))
    assert terms["index"] == [0, 3, 4]
    assert terms["indexes"] == [0] and terms["indexed"] == [4]


def test_pages_read_lazily_are_the_pages_stored(tmp_path):
    letters = "abcdefghijklmnopqrstuvwxyzßüöéèстраниц"
    chance = random.Random(1)
    pages = ["".join(chance.choice(letters + " ") for _ in range(8000)) for _ in range(30)] + [""]
    catalog = Catalog(tmp_path / "catalog.sqlite")
    catalog.begin()
    catalog.put(CatalogEntry("a.txt", 1, 1, "0" * 64, {"title": "A"}, pages, None))
    catalog.commit()
    assert len(zlib.compress("\f".join(pages).encode(), 1)) > 3 * LAZY_CHUNK  # read in several pieces
    assert list(catalog.lazy_texts(["a.txt"])["a.txt"]) == catalog.text("a.txt") == pages
