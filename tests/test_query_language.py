"""Every query is understood or refused with what and where; dates compare as the periods they
name; a phrase is found, marked and paged where it stands."""

from __future__ import annotations

import json

import pytest
from cli_runner import archive

from archive.errors import QueryError
from archive.snippets import Marks, best_passage, match_spans


def paths(result) -> list[str]:
    return sorted(hit.path for hit in result.hits)


@pytest.mark.parametrize(
    ("query", "message", "column"),
    [
        ("harbour OR", "'OR' has nothing after it", 9),
        ("OR harbour", "'OR' has nothing before it", 1),
        ("(harbour OR", "unclosed parenthesis", 1),
        ("(harbour OR)", "'OR' has nothing after it", 10),
        ("(harbour", "unclosed parenthesis", 1),
        ("harbour)", "')' has no matching '('", 8),
        ("()", "empty parentheses", 1),
        ('harbour "north quay', "unclosed quote", 9),
        ("date:[1950 TO", "unclosed range", 6),
        ("date:[1950 1960]", "a range needs TO", 6),
        ("[1950 TO 1960]", "a range needs a field", 1),
        ("date:yesterday", "'yesterday' is not a date", 1),
        ("date:2021-02-30", "'2021-02-30' is not a date", 1),
        ("storm date:>=", "'>=' needs a date after it", 7),
        ("date:[2000 TO 1990]", "ends before it starts", 1),
        ("auther:berry", "unknown field 'auther'", 1),
        ("http://example.org", "unknown field 'http'", 1),
        ("herring title:", "'title:' has no value", 9),
        ("NOT", "'NOT' has nothing after it", 1),
        ("lighthouse~5", "fuzzy distance 5 is more than 2", 1),
        ("harbourmaster~99", "fuzzy distance 99 is more than 2", 1),
        ("a~b", "'~' goes at the end of a word", 1),
        (">2019", "'>' compares a date", 1),
        ("type:pdf", "'pdf' is a format, not a type", 1),
        ("type:spreadsheet", "unknown type 'spreadsheet'", 1),
        ("lang:russian документы", "two-letter language code", 1),
        ("x" * 1001, "at most 1,000", None),
    ],
)
def test_what_cannot_be_understood_is_refused_with_its_place(indexed_sample, query, message, column):
    with pytest.raises(QueryError) as refused:
        indexed_sample.search(query)
    assert message in str(refused.value)
    assert refused.value.column == column
    if column is not None:
        assert f"at column {column}:" in str(refused.value)


def test_refusals_say_how_to_write_it(indexed_sample):
    with pytest.raises(QueryError, match=r"did you mean author:\?"):
        indexed_sample.search("auther:berry")
    with pytest.raises(QueryError, match="write format:pdf"):
        indexed_sample.search("type:pdf")
    with pytest.raises(QueryError, match="write lighthouse~2"):
        indexed_sample.search("lighthouse~3")
    assert indexed_sample.search('"http://example.org"').total == 0  # quoted, any text is words


def test_what_is_understood_finds_what_it_says(indexed_sample):
    search = indexed_sample.search
    assert (
        paths(search("author:kowalczyk")) == paths(search("creator:kowalczyk")) == ["reports/harbour-survey-1998.pdf"]
    )
    assert paths(search("TITLE:survey")) == ["reports/harbour-survey-1998.pdf"]
    assert search("herring -museum").total == search("herring NOT museum").total < search("herring").total
    assert paths(search("format:docx")) == ["documents/oral-history-anna-berg.docx"]
    assert search("format:pdf").total == 3
    assert search("type:text").total == 12 and search("type:StillImage").total == 3
    assert paths(search("lang:ru документы")) == paths(search("документы"))


def test_type_and_format_options(indexed_sample):
    search = indexed_sample.search
    assert search("*", format="pdf").total == search("*", format="application/pdf").total == 3
    assert search("*", type="stillimage").total == 3
    with pytest.raises(QueryError, match="'pdf' is a format, not a type: use --format pdf"):
        search("*", type="pdf")
    with pytest.raises(QueryError, match="unknown type 'Spreadsheet'; types: .*StillImage"):
        search("*", type="Spreadsheet")
    with pytest.raises(QueryError, match="unknown format 'pdff'; formats: pdf, "):
        search("*", format="pdff")


DATED = {  # path → the date set on it: full, month and year precision
    "clippings/1953-02-02-storm-flood.txt": "2013-06-15",
    "clippings/1974-rybaki.txt": "2013-05",
    "clippings/1961-07-hafenfest.txt": "2013",
    "clippings/2001-soyqirim-xatiresi.txt": "2022",
    "clippings/2019-05-03-new-ice-house.txt": "2022-03-10",
    "web/harbour-festival-2022.html": "2023-01-01",
}


@pytest.fixture
def dated(indexed_sample):
    for path, date in DATED.items():
        indexed_sample.edit(path, {"date": date})
    return indexed_sample


def found(collection, query: str = "*", **options) -> set[str]:
    return {hit.path for hit in collection.search(query, limit=100, **options).hits} & set(DATED)


def named(*dates: str) -> set[str]:
    return {path for path, date in DATED.items() if date in dates}


@pytest.mark.parametrize(
    ("query", "dates"),
    [
        ("date:>2022", ["2023-01-01"]),  # 2022 excluded at the precision written
        ("date:>=2022", ["2022", "2022-03-10", "2023-01-01"]),
        ("date:<2013", []),
        ("date:<=2013", ["2013-06-15", "2013-05", "2013"]),
        ("date:<2013-06", ["2013-05"]),  # ends on 31 May 2013; '2013' is not wholly before June
        ("date:>2013-05", ["2013-06-15", "2022", "2022-03-10", "2023-01-01"]),
        ("date:2013", ["2013-06-15", "2013-05", "2013"]),
        ("date:2013-06", ["2013-06-15"]),
        ("date:[2022-03 TO 2022-04]", ["2022-03-10"]),  # an item dated only 2022 may lie outside
        ("date:[2022 TO 2023]", ["2022", "2022-03-10", "2023-01-01"]),
        ("date:{2013 TO 2023}", ["2022", "2022-03-10"]),  # braces exclude both ends' periods
        ("date:[TO 2013-05-31]", ["2013-05"]),
        ("date:[2022-03-10 TO]", ["2023-01-01", "2022-03-10"]),
    ],
)
def test_dates_compare_as_periods(dated, query, dates):
    assert found(dated, query) == named(*dates)


def test_from_and_to_follow_the_same_rules(dated):
    assert found(dated, date_from="2022") == found(dated, "date:>=2022")
    assert found(dated, date_to="2013-05") == found(dated, "date:<=2013-05") == named("2013-05")
    assert found(dated, date_from="2022-03", date_to="2022-04") == named("2022-03-10")
    with pytest.raises(QueryError, match="--from 2023 is after --to 2022"):
        dated.search("*", date_from="2023", date_to="2022")
    with pytest.raises(QueryError, match="not a date"):
        dated.search("*", date_to="2022-13")


def test_a_phrase_is_found_on_its_page_and_marked_whole(indexed_sample):
    hit = indexed_sample.search('"north quay"').hits[0]
    assert (hit.page, hit.pages) == (2, [2, 3])  # page 1 has "north and south quays": the words, not the phrase
    assert "The <b>north quay</b> shows cracking" in hit.snippet
    words = indexed_sample.search("north quay").hits[0]
    assert words.page == 1 and words.pages == [1, 2, 3]
    assert "<b>north</b> and south <b>quays</b>" in words.snippet


def test_the_page_is_where_most_words_stand_together(indexed_sample):
    hit = indexed_sample.search("lighthouse foundations").hits[0]
    assert hit.path == "reports/harbour-survey-1998.pdf" and (hit.page, hit.pages) == (3, [1, 3])


def test_a_phrase_across_a_page_break_counts_on_the_page_where_it_starts():
    pages = ["The survey found the north", "quay in poor repair.", "Nothing else: north and quay."]
    passage = best_passage(pages, Marks(phrases=frozenset({("north", "quay")})))
    assert (passage.page, passage.pages) == (1, [1])
    assert passage.html == "The survey found the <b>north</b>"


def test_a_phrase_is_marked_where_it_stands_after_its_words_alone():
    """On the public corpus, 175 of the 413 hits of "standard library" (93 of 245 of "command
    line") had a snippet without the phrase: only the first few places of a word were looked at."""
    text = " ".join(["A line was drawn under the command given."] * 30) + " Type it at the Command\n line, then Enter."
    passage = best_passage([text], Marks(phrases=frozenset({("command", "line")})))
    assert "Type it at the <b>Command line</b>, then Enter." in passage.html


def test_a_phrase_found_through_its_stems_is_marked():
    """A stem stands at its word's position in the index: in a German text, "regular expression"
    finds "regular expressions" (German stems drop the s)."""
    text = "MUSTER als erweiterte reguläre Ausdrücke (extended regular expressions, EREs) interpretieren."
    marks = Marks(phrases=frozenset({("regular", "expression")}))
    assert [text[start:end] for start, end in match_spans(text, marks, ("de",))] == ["regular expressions"]


def test_highlighting_marks_phrases_whole_and_never_a_phrase_word_alone():
    text = "North of the quay stands the north quay; storms hit the North Quay."
    marks = Marks(terms=frozenset({"storm"}), phrases=frozenset({("north", "quay")}))
    assert [text[start:end] for start, end in match_spans(text, marks)] == ["north quay", "storms", "North Quay"]


def test_highlighting_leaves_out_what_the_query_excludes(indexed_sample):
    text = "The storm flood broke the dyke; herring and cod."
    spans = indexed_sample.match_spans("herring NOT cod", text)
    assert [text[start:end] for start, end in spans] == ["herring"]


def test_the_command_refuses_a_query_with_status_2_and_one_line(indexed_sample):
    root, base = indexed_sample.root, indexed_sample.index_dir.parent
    run = archive("search", 'harbour "north quay', "-c", root, "--index-dir", base)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == 'archive: query error: unclosed quote at column 9: "north quay; close it: "north quay"\n'
    run = archive("search", "auther:berry", "-c", root, "--index-dir", base, "--json")
    assert run.returncode == 2 and len(run.stderr.splitlines()) == 1
    refusal = json.loads(run.stdout)
    assert refusal["column"] == 1 and refusal["error"].startswith("unknown field 'auther' at column 1")
    run = archive("search", "*", "-c", root, "--index-dir", base, "--type", "pdf")
    assert run.returncode == 2 and "use --format pdf" in run.stderr
    run = archive("search", "*", "-c", root, "--index-dir", base, "--format", "pdf", "--json")
    assert run.returncode == 0 and json.loads(run.stdout)["total"] == 3
    run = archive("export", "date:yesterday", "-c", root, "--index-dir", base)
    assert run.returncode == 2 and "'yesterday' is not a date" in run.stderr
    run = archive("search", "zzzzunfound", "-c", root, "--index-dir", base)
    assert run.returncode == 0 and run.stdout.startswith("0 results")


FRAGMENTS = [
    "harbour",
    "quay",
    "storm",
    "Hafenstraße",
    "документы",
    "soyqırım",
    "مكتبة",
    "ארכיון",
    "résumé",
    "O'Brien",
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "ANDMAYBE",
    "and",
    "-",
    "+",
    "-storm",
    "+quay",
    '"',
    '"north quay"',
    '"north quay"~3',
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "*",
    "?",
    "breakwat*",
    "qu?y",
    "~",
    "brekwater~",
    "harbour~2",
    "harbour~3",
    "x~99",
    "^",
    "quay^2",
    ":",
    "::",
    "*:*",
    "title:",
    "title:survey",
    "TITLE:Survey",
    "author:brandt",
    "auther:",
    "by:",
    "tag:flood",
    "type:text",
    "type:pdf",
    "format:pdf",
    "format:docx",
    "lang:ru",
    "lang:",
    "path:letters",
    "http://x.org",
    "12:30",
    "date:",
    "date:1953",
    "date:>2019",
    "date:<2013-06",
    "date:>=",
    "date:yesterday",
    "date:[1950 TO 1960]",
    "date:[1950 TO",
    "date:{2020 TO 2021}",
    "date:[TO 2000]",
    "date:2021-02-30",
    "date:(1953)",
    "\x00",
    "\t",
    "\n",
    "\x1b[31m",
    "\u202e",
    "\ufeff",
    "💾",
    "\\",
    "'",
    "/",
    ",",
    ";",
    "!",
]


def random_queries(count: int, seed: int = 12):
    import random

    chance = random.Random(seed)
    for number in range(count):
        if number % 250 == 0:  # now and then, a very long one
            yield " ".join(chance.choices(FRAGMENTS, k=2000))[:10_000]
        else:
            glue = chance.choice(["", " ", " ", " "])
            yield glue.join(chance.choices(FRAGMENTS, k=chance.randrange(1, 8)))


def test_two_thousand_generated_queries_are_each_answered_or_refused(indexed_sample, capsys):
    """Through the command's own path (in process, so 2,000 of them take seconds): exit 0 with
    one JSON document, or 2 with one line saying what it could not understand; never a
    traceback, an internal error, or a wait of more than 2 s."""
    import time

    from archive.cli import main

    root, base = str(indexed_sample.root), str(indexed_sample.index_dir.parent)
    answered = refused = 0
    for query in random_queries(2000):
        started = time.perf_counter()
        status = main(["search", "-c", root, "--index-dir", base, "--json", "--limit", "5", "--", query])
        took = time.perf_counter() - started
        out, err = capsys.readouterr()
        assert took < 2.0, (query, took)
        assert status in (0, 2), (query, status, err)
        document = json.loads(out)
        if status == 0:
            answered += 1
            assert all(line.startswith("archive: note: ") for line in err.splitlines()), (query, err)
            assert set(document) == {"query", "total", "took_ms", "hits", "facets", "partial", "notices", "timeline"}, (
                query
            )
        else:
            refused += 1
            assert err.startswith("archive: query error: ") and err.count("\n") == 1, (query, err)
            assert set(document) == {"error", "column"}
    assert answered > 200 and refused > 200
