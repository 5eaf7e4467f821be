"""Every query feature, on the indexed sample collection."""

import random

import pytest

from archive import Collection
from archive.errors import QueryError


def paths(result):
    return [hit.path for hit in result.hits]


@pytest.fixture
def sample(indexed_sample):
    return indexed_sample


def test_words_find_text_and_the_page_of_the_best_hit(sample):
    result = sample.search("dredging")
    assert paths(result) == ["reports/harbour-survey-1998.pdf"]
    hit = result.hits[0]
    assert hit.page == 2
    assert "<b>Dredging</b>" in hit.snippet
    assert hit.title == "Harbour Survey 1998" and hit.creators == ["Marta Kowalczyk", "Jonas Lindqvist"]


def test_stemming(sample):
    assert "reports/harbour-survey-1998.pdf" in paths(sample.search("recommendation"))
    assert "reports/harbour-survey-1998.pdf" in paths(sample.search("surveying"))
    assert "<b>storms</b>" in sample.search("storm", limit=50).hits[-1].snippet or any(
        "<b>storms</b>" in h.snippet for h in sample.search("storm", limit=50).hits
    )


def test_case_and_accent_insensitive(sample):
    assert paths(sample.search("resume")) == ["web/harbour-festival-2022.html"]
    assert paths(sample.search("RÉSUMÉ")) == ["web/harbour-festival-2022.html"]
    assert "<b>Résumé</b>" in sample.search("resume").hits[0].snippet


def test_german_cyrillic_and_azerbaijani_words(sample):
    assert paths(sample.search("hafenstrasse")) == ["clippings/1961-07-hafenfest.txt"]
    assert paths(sample.search("Hafenstraße")) == ["clippings/1961-07-hafenfest.txt"]
    assert paths(sample.search("рыбаки")) == ["clippings/1974-rybaki.txt"]
    assert paths(sample.search("soyqirim")) == ["clippings/2001-soyqirim-xatiresi.txt"]
    assert paths(sample.search("soyqırım")) == ["clippings/2001-soyqirim-xatiresi.txt"]


def test_phrases(sample):
    assert paths(sample.search('"north quay"')) == ["reports/harbour-survey-1998.pdf"]
    assert sample.search('"quay north"').total == 0


def test_boolean_operators(sample):
    both = set(paths(sample.search("herring AND museum", limit=50)))
    assert both == {"clippings/2019-05-03-new-ice-house.txt", "books/tides-of-saltmere.epub"}
    assert "clippings/2019-05-03-new-ice-house.txt" not in paths(sample.search("herring NOT museum", limit=50))
    either = sample.search("cormorant OR dyke", limit=50)
    assert paths(either) == ["clippings/1953-02-02-storm-flood.txt"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("title:survey", ["reports/harbour-survey-1998.pdf"]),
        ("creator:brandt", ["letters/letter-to-the-harbour-master-1952.pdf"]),
        ("author:kowalczyk", ["reports/harbour-survey-1998.pdf"]),
        ("publisher:gazette", ["clippings/2019-05-03-new-ice-house.txt"]),
        (
            "type:stillimage",
            ["photographs/harbour-at-dawn.jpg", "photographs/lighthouse-1987.tif", "photographs/market-day.png"],
        ),
        ("format:epub", ["books/tides-of-saltmere.epub"]),
        ("language:de", ["clippings/1961-07-hafenfest.txt"]),
        ("path:letters", ["letters/letter-to-the-harbour-master-1952.pdf"]),
        ("subject:breakwater", ["reports/harbour-survey-1998.pdf"]),
    ],
)
def test_field_queries(sample, query, expected):
    assert sorted(paths(sample.search(query, limit=50))) == expected


def test_images_are_found_by_metadata_and_file_name(sample):
    assert paths(sample.search("dawn")) == ["photographs/harbour-at-dawn.jpg"]
    assert paths(sample.search("lindqvist", limit=50)) == [
        "reports/harbour-survey-1998.pdf",
        "photographs/harbour-at-dawn.jpg",
    ] or set(paths(sample.search("lindqvist", limit=50))) == {
        "reports/harbour-survey-1998.pdf",
        "photographs/harbour-at-dawn.jpg",
    }


def test_date_ranges(sample):
    in_range = set(paths(sample.search("date:[1950 TO 1960]", limit=50)))
    assert in_range == {"clippings/1953-02-02-storm-flood.txt"}
    assert set(paths(sample.search("date:[2019-05 TO 2019-05]", limit=50))) == {
        "clippings/2019-05-03-new-ice-house.txt",
        "photographs/harbour-at-dawn.jpg",
    }
    assert set(paths(sample.search("*", date_from="2019", date_to="2022-07", limit=50))) == {
        "clippings/2019-05-03-new-ice-house.txt",
        "photographs/harbour-at-dawn.jpg",
        "letters/letter-to-the-harbour-master-1952.pdf",
        "web/harbour-festival-2022.html",
    }


def test_the_timeline_counts_every_year_and_ignores_the_date_range_it_shows(sample):
    everything = sample.search("*")
    assert list(everything.timeline) == sorted(everything.timeline)
    assert everything.timeline["2019"] == 2 and everything.timeline["1953"] == 1
    assert sum(everything.timeline.values()) == sum(1 for record in sample.matching_records("*") if record.date)
    narrowed = sample.search("*", date_from="2019", date_to="2022")
    assert narrowed.total == 4 and narrowed.timeline == everything.timeline  # the range is drawn over the whole
    worded = sample.search("harbour", date_from="2019", date_to="2022")
    assert worded.timeline == sample.search("harbour").timeline != everything.timeline
    assert sample.search("harbour", facets=False).timeline == {}


def test_wildcards_and_fuzzy(sample):
    assert "reports/harbour-survey-1998.pdf" in paths(sample.search("breakwat*", limit=50))
    assert "reports/harbour-survey-1998.pdf" in paths(sample.search("brekwater~", limit=50))
    assert "<b>breakwater</b>" in sample.search("brekwater~", limit=50).hits[0].snippet


def test_sorting_and_paging(sample):
    by_date = sample.search("*", sort="date", limit=50)
    dates = [hit.date for hit in by_date.hits if hit.date]
    assert dates == sorted(dates) and len(dates) >= 12
    assert by_date.hits[-1].date is None  # undated items last
    by_title = [hit.title.lower() for hit in sample.search("*", sort="title", limit=50).hits]
    assert by_title == sorted(by_title)
    newest_first = sample.search("*", sort="date", reverse=True, limit=50).hits
    assert newest_first[0].date.startswith("2022") and newest_first[-1].date is None  # undated items last this way too
    assert [hit.path for hit in newest_first] == [
        record.path for record in sample.matching_records("*", sort="date", reverse=True)
    ]
    first, second = sample.search("*", sort="title", limit=5), sample.search("*", sort="title", limit=5, offset=5)
    assert first.total == second.total == 15
    assert not set(paths(first)) & set(paths(second))


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_pages_read_one_after_another_are_the_slices_of_one_ranking(sample, sort):
    whole = paths(sample.search("harbour OR herring OR storm OR quay", sort=sort, limit=50))
    paged = [
        path
        for offset in range(0, len(whole), 2)
        for path in paths(sample.search("harbour OR herring OR storm OR quay", sort=sort, limit=2, offset=offset))
    ]
    deep = paths(sample.search("harbour OR herring OR storm OR quay", sort=sort, limit=2, offset=2, rank_depth=50))
    assert paged == whole and deep == whole[2:4] and len(whole) > 4


def test_facets_and_facet_filters(sample):
    result = sample.search("*")
    assert result.facets["type"] == {"Text": 12, "StillImage": 3}
    assert result.facets["year"]["2019"] == 2
    assert result.facets["publisher"]["Saltmere Gazette"] == 1
    assert result.facets["creator"]["Jonas Lindqvist"] == 2
    assert result.facets["language"]["en"] >= 3
    filtered = sample.search("*", filters={"creator": "Jonas Lindqvist"})
    assert filtered.total == 2 and filtered.facets["type"] == {"Text": 1, "StillImage": 1}
    assert sample.search("*", type="stillimage").total == 3


def test_tags_are_facets(sample):
    sample.edit("photographs/market-day.png", {"tags": "markets; to scan again"})
    result = sample.search("*")
    assert result.facets["tag"] == {"markets": 1, "to scan again": 1}
    assert paths(sample.search('tag:"scan again"')) == ["photographs/market-day.png"]


def test_bad_filters_are_clear_errors(sample):
    with pytest.raises(QueryError, match="not a date"):
        sample.search("*", date_from="soon")
    with pytest.raises(QueryError, match="unknown sort"):
        sample.search("*", sort="colour")
    with pytest.raises(QueryError, match="unknown facet"):
        sample.search("*", filters={"colour": "red"})


def test_odd_but_valid_queries_do_not_fail(sample):
    for text in ["*:*", "a" * 500, "date:2019", "12:30", "O'Brien", "!!!", "a - b", "x^2", "+herring", "NOT NOT x"]:
        sample.search(text)  # no exception: whatever matches, matches


@pytest.fixture
def edited_notes(tmp_path):
    """300 notes indexed in two runs, then 34 of them rewritten and indexed again: several
    segments, two of them holding replaced (deleted) versions."""
    from archive import Collection

    root, base = tmp_path / "notes", tmp_path / "indexes"
    (root / "letters").mkdir(parents=True)
    chance = random.Random(3)
    vocabulary = ["harbour", "storm", "herring", "quay", "ledger", "tide", "museum", "dyke"] + [
        f"w{n}" for n in range(300)
    ]

    def write(number: int) -> None:
        words = chance.choices(vocabulary, weights=[40] * 8 + [1] * 300, k=chance.randrange(5, 80))
        (root / "letters" / f"{number}.txt").write_text(" ".join(words) + f"\n\nFrom the box {number % 7}.\n")

    with Collection.open(root, base, create=True) as collection:
        for batch in (range(0, 150), range(150, 300)):
            for number in batch:
                write(number)
            collection.index(jobs=1)
        for number in range(0, 300, 9):
            write(number)
        collection.index(jobs=1)
        searcher = collection.engine._current_searcher()
        assert len(searcher.leaf_searchers()) > 1 and searcher.reader().has_deletions()
        yield collection


def _both_paths(collection, monkeypatch, text: str, **narrowing):
    """A search's results computed with numpy (vector_query.py) and by Whoosh's matchers."""
    from archive.engine import vector_query

    def results():
        found = collection.search(text, limit=12, **narrowing)
        return (
            found.total,
            found.facets,
            found.timeline,
            found.notices,
            [(hit.path, round(hit.score, 6)) for hit in found.hits],
        )

    computed = []
    with monkeypatch.context() as patched:

        def counted(*arguments):
            found = vectorised_run(*arguments)
            computed.append(True)
            return found

        vectorised_run = vector_query.ranked_matches
        patched.setattr(vector_query, "ranked_matches", counted)
        vectorised = results()
    assert computed, f"{text!r} was not vectorised"
    with monkeypatch.context() as patched:

        def refuse(*_):
            raise vector_query.NotVectorised("the test")

        patched.setattr(vector_query, "ranked_matches", refuse)
        return vectorised, results()


def random_queries(vocabulary: list[str], count: int, seed: int) -> list[str]:
    """Queries of every shape a person types: words, AND / OR / NOT, phrases, fields, wildcards,
    fuzzy words, groups."""
    chance = random.Random(seed)

    def word() -> str:
        picked = chance.choice(vocabulary)
        shape = chance.random()
        if shape < 0.1:
            return f"{picked[:3]}*"
        if shape < 0.15:
            return f"{picked}~"
        if shape < 0.25:
            return f'"{picked} {chance.choice(vocabulary)}"'
        if shape < 0.35:
            return f"{chance.choice(['title', 'content', 'path', 'creator'])}:{picked}"
        return picked

    def clause(depth: int = 0) -> str:
        if depth < 2 and chance.random() < 0.3:
            return f"({clause(depth + 1)} {chance.choice(['OR', 'AND'])} {clause(depth + 1)})"
        return word()

    queries = []
    for _ in range(count):
        parts = [clause() for _ in range(chance.randrange(1, 4))]
        joined = parts[0]
        for part in parts[1:]:
            joined += f" {chance.choice(['', 'AND ', 'OR ', 'NOT ', 'AND NOT '])}{part}"
        queries.append(joined)
    return queries


def test_the_vectorised_path_finds_ranks_and_counts_as_whoosh(edited_notes, monkeypatch):
    """Both paths over several segments with deletions: the same total, facets, timeline and hits
    in the same order with the same scores (ties: the lower document number first, as Whoosh)."""
    vocabulary = ["harbour", "storm", "herring", "quay", "ledger", "tide", "museum", "dyke", "w7", "w12", "box"]
    queries = [
        "harbour",
        "storm OR tide",
        "herring AND quay",
        '"harbour storm"',
        "NOT storm",
        "harbour NOT tide",
        "title:harbour",
        "nothingatall",
        "w1*",
        "herrin~",
        *random_queries(vocabulary, 60, seed=11),
    ]
    for text in queries:
        vectorised, whoosh = _both_paths(edited_notes, monkeypatch, text)
        assert vectorised == whoosh, text
    assert _both_paths(edited_notes, monkeypatch, "harbour", type="Text")[0][0] > 100


def test_postings_read_as_arrays_give_what_whoosh_gives(edited_notes, monkeypatch):
    """The same comparison once every segment's postings are kept as arrays (posting_columns.py),
    as the background merge keeps those of large segments."""
    from archive.engine import posting_columns

    monkeypatch.setattr(posting_columns, "COLUMNS_FROM", 1)
    edited_notes.merge()
    segments = edited_notes.ix._segments()
    assert len(segments) > 1 and all(
        posting_columns.columns_of(edited_notes.index_dir / "postings", [segment.segment_id() for segment in segments])
    )
    kept_positions = []
    positions_in = posting_columns.PostingColumns.positions_in

    def counted(self, *arguments):
        found = positions_in(self, *arguments)
        kept_positions.append(found is not None)
        return found

    monkeypatch.setattr(posting_columns.PostingColumns, "positions_in", counted)
    for text in [
        "harbour",
        "storm OR tide",
        '"harbour storm"',
        '"from the box"',
        'title:"harbour storm"',
        "harbour NOT tide",
        "w1*",
        *random_queries(["harbour", "storm", "quay", "tide", "w7", "box"], 30, seed=23),
    ]:
        vectorised, whoosh = _both_paths(edited_notes, monkeypatch, text)
        assert vectorised == whoosh, text
    assert kept_positions and all(kept_positions)  # every phrase read its words' positions from the arrays


def test_the_vectorised_path_agrees_on_the_sample(sample, monkeypatch):
    """The bundled sample: several languages and their stems, dates, types, formats, creators."""
    words = ["harbour", "lamp", "pier", "letter", "Hafen", "письмо", "1953", "storm", "report", "map"]
    queries = [
        "harbour",
        "lamp AND pier",
        '"east pier"',
        "date:[1950 TO 1960]",
        "type:StillImage OR lamp",
        "format:pdf",
        "creator:smith",
        "language:de",
        "hafen OR harbour",
        *random_queries(words, 30, seed=5),
    ]
    for text in queries:
        vectorised, whoosh = _both_paths(sample, monkeypatch, text)
        assert vectorised == whoosh, text
    vectorised, whoosh = _both_paths(sample, monkeypatch, "harbour", date_from="1900", date_to="1999")
    assert vectorised == whoosh


@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_not_finds_no_replaced_version_of_an_edited_file(edited_notes, sort):
    found = edited_notes.search("NOT storm", limit=400, sort=sort)
    assert found.total == len(found.hits) > 0
    assert not [hit.path for hit in found.hits if "storm" in (edited_notes.root / hit.path).read_text()]


def test_the_page_of_a_word_is_where_the_word_stands_not_its_prefix(tmp_path, index_base):
    from resources.sample_builders import write_pdf

    root = tmp_path / "farm"
    root.mkdir()
    filler = "The catalogue of the cathedral library lists every catalogue entry for the cathedral chapter. " * 12
    pages = [filler] * 60
    pages[49] = filler + "In the spring the cattle were driven to the salt marsh."
    write_pdf(root / "ledger.pdf", pages, title="Estate ledger")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        hit = collection.search("cattle").hits[0]
        assert hit.page == 50 and hit.pages == [50] and "<b>cattle</b>" in hit.snippet


def test_a_stem_of_another_language_finds_only_items_of_that_language(tmp_path, index_base):
    root = tmp_path / "mixed"
    root.mkdir()
    (root / "caption.txt").write_text(
        "Caption\n\nThe photographs have caps of paper over the corners of each caption "
        "card, and the caps are numbered for the catalogue.\n",
        encoding="utf-8",
    )
    (root / "liman.txt").write_text(
        "Liman haberleri\n\nGemiciler limanda toplandı ve kaptanlar gemilerin yeni "
        "yelkenlerini gösterdi. Türkiye'nin limanlarında bu yıl çok gemi vardı. "
        "Balıkçılar denize açıldı ve akşam limana döndü.\n",
        encoding="utf-8",
    )
    (root / "winch.txt").write_text("The winch\n\nThe capstan on the quay was turned by four men.\n", encoding="utf-8")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert collection.record("liman.txt").language == "tr" and "tr" in collection.engine.languages()
        assert [hit.path for hit in collection.search("capstan").hits] == ["winch.txt"]
        assert {hit.path for hit in collection.search("limanlar").hits} == {"liman.txt"}  # Turkish stems still work
