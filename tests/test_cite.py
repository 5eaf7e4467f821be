"""Citations: the CSL-JSON mapping, formatted styles, BibTeX, RIS and CSL-JSON output.

Expected strings are written from each style's published rules for a newspaper article with no
author, a report by two authors and a photograph.
"""

import json
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
import rispy
from pylatexenc.latex2text import LatexNodes2Text

from archive.errors import UsageError
from archive.cite import CitationKeys, format_bibliography, split_name, suggested_styles, to_bibtex, to_csl, to_ris
from archive.collection_record import CollectionRecord
from archive.model import Record

SCHEMA = json.loads((Path(__file__).parent / "data" / "csl-data.json").read_text())

CLIPPING = Record(
    path="clippings/ice.txt",
    title="Ice house reopens after forty years",
    publisher="Saltmere Gazette",
    date="2019-05-03",
    type="Text",
    format="text/plain",
    language="en",
    sources={"date": "clipping-header", "publisher": "clipping-header"},
)
REPORT = Record(
    path="reports/survey.pdf",
    title="Harbour survey of 1998",
    creators=["Kowalczyk, Marta", "Jonas Lindqvist"],
    date="1998-06-12",
    publisher="Port Commission of Saltmere",
    type="Text",
    format="application/pdf",
    language="en",
)
PHOTO = Record(
    path="photos/dawn.jpg",
    title="Fishing boats at dawn",
    creators=["Jonas Lindqvist"],
    date="2019-05-03",
    type="StillImage",
    format="image/jpeg",
    language="en",
)


def items(*records, archive=None):
    keys = CitationKeys()
    about = CollectionRecord(archive) if archive else None
    return [to_csl(record, keys.key_for(record), about) for record in records]


def test_csl_mapping():
    clipping, report, photo = items(CLIPPING, REPORT, PHOTO, archive="Harbour archive")
    assert clipping == {
        "id": "saltmere-2019-ice",
        "type": "article-newspaper",
        "title": "Ice house reopens after forty years",
        "issued": {"date-parts": [[2019, 5, 3]]},
        "container-title": "Saltmere Gazette",
        "language": "en",
        "archive": "Harbour archive",
        "archive_location": "clippings/ice.txt",
    }
    assert report["type"] == "report" and report["publisher"] == "Port Commission of Saltmere"
    assert report["author"] == [{"family": "Kowalczyk", "given": "Marta"}, {"family": "Lindqvist", "given": "Jonas"}]
    assert photo["type"] == "graphic" and photo["medium"] == "Photograph"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Smith, Anna", {"family": "Smith", "given": "Anna"}),
        ("Anna Maria Smith", {"family": "Smith", "given": "Anna Maria"}),
        ("Pieter de Vries", {"family": "Vries", "given": "Pieter", "non-dropping-particle": "de"}),
        ("van der Berg, Jan", {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"}),
        ("Saltmere Town Council", {"literal": "Saltmere Town Council"}),
        ("UNESCO", {"literal": "UNESCO"}),
        ("Unknown photographer", {"literal": "Unknown photographer"}),
    ],
)
def test_names(name, expected):
    assert split_name(name) == expected


def test_types_follow_what_the_record_says():
    assert items(Record(path="a.pdf", format="application/pdf", type="letter"))[0]["type"] == "manuscript"
    assert items(Record(path="a.pdf", format="application/pdf", type="book"))[0]["type"] == "book"
    assert (
        items(Record(path="a.html", format="text/html", identifier="https://x.example/a"))[0]["URL"]
        == "https://x.example/a"
    )
    assert items(Record(path="a.html", format="text/html"))[0]["type"] == "webpage"
    assert items(Record(path="a.epub", format="application/epub+zip"))[0]["type"] == "book"
    assert items(Record(path="a.bin", format="application/octet-stream"))[0]["type"] == "document"
    assert items(Record(path="a.txt", date="1953-02"))[0]["issued"] == {"date-parts": [[1953, 2]]}


def test_citation_keys_are_unique_and_stable():
    keys = CitationKeys()
    assert [keys.key_for(REPORT), keys.key_for(REPORT), keys.key_for(REPORT)] == [
        "kowalczyk-1998-harbour",
        "kowalczyk-1998-harbour-b",
        "kowalczyk-1998-harbour-c",
    ]
    assert CitationKeys().key_for(Record(path="x/Ünïcode-only.txt")) == "anon-nd-unicode"


EXPECTED = {
    "apa": [
        "Ice house reopens after forty years. (2019, May 3). Saltmere Gazette.",
        "Kowalczyk, M., & Lindqvist, J. (1998). Harbour survey of 1998. Port Commission of Saltmere.",
        "Lindqvist, J. (2019). Fishing boats at dawn [Photograph].",
    ],
    "chicago-author-date": [
        "Kowalczyk, Marta, and Jonas Lindqvist. 1998. Harbour Survey of 1998. Port Commission of Saltmere.",
        "Lindqvist, Jonas. 2019. Fishing Boats at Dawn. May 3. Photograph.",
        "Saltmere Gazette. 2019. “Ice House Reopens After Forty Years.” May 3.",
    ],
    "chicago-notes-bibliography": [
        "Kowalczyk, Marta, and Jonas Lindqvist. Harbour Survey of 1998. Port Commission of Saltmere, 1998.",
        "Lindqvist, Jonas. Fishing Boats at Dawn. May 3, 2019. Photograph.",
        "Saltmere Gazette. “Ice House Reopens After Forty Years.” May 3, 2019.",
    ],
    "mla": [
        "“Ice House Reopens After Forty Years.” Saltmere Gazette, 3 May 2019.",
        "Kowalczyk, Marta, and Jonas Lindqvist. Harbour Survey of 1998. Port Commission of Saltmere, 12 June 1998.",
        "Lindqvist, Jonas. Fishing Boats at Dawn. 3 May 2019. Photograph.",
    ],
    "harvard": [
        "Kowalczyk, M. and Lindqvist, J. (1998) Harbour survey of 1998. Port Commission of Saltmere.",
        "Lindqvist, J. (2019) Fishing boats at dawn [Photograph].",
        "Saltmere Gazette (2019) ‘Ice house reopens after forty years’, 3 May.",
    ],
    "ieee": [
        "[1] “Ice house reopens after forty years,” Saltmere Gazette, May 03, 2019.",
        "[2] M. Kowalczyk and J. Lindqvist, “Harbour survey of 1998,” Port Commission of Saltmere, Jun. 1998.",
        # IEEE's guide has no form for photographs: the generic one (author, italic title, year) applies.
        "[3] J. Lindqvist, Fishing boats at dawn. 2019.",
    ],
}


#: Cite Them Right is a British guide: its single quotes come with the en-GB locale.
LOCALES = {"harvard": "en-GB"}


@pytest.mark.parametrize("style", sorted(EXPECTED))
def test_styles(style):
    entries = [text for _, text in format_bibliography(items(CLIPPING, REPORT, PHOTO), style, LOCALES.get(style))]
    assert entries == EXPECTED[style]


def test_html_output_keeps_italics_and_keys():
    entries = dict(format_bibliography(items(CLIPPING, REPORT, PHOTO), "apa", html_output=True))
    assert entries["kowalczyk-1998-harbour"].endswith("<em>Harbour survey of 1998</em>. Port Commission of Saltmere.")


def test_archive_fields_in_apa():
    [(_, text)] = format_bibliography(items(REPORT, archive="Harbour archive"), "apa")
    assert text.endswith("Port Commission of Saltmere. Harbour archive (reports/survey.pdf).")


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("chicago", "“Undated Memo.” n.d. letters/1952/memo.txt. Harbour archive."),
        ("apa", "Undated memo. (n.d.). Harbour archive (letters/1952/memo.txt)."),
        ("mla", "“Undated Memo.” Harbour archive, letters/1952/memo.txt."),
    ],
)
def test_a_path_is_cited_as_written_where_a_sentence_starts(style, expected):
    memo = Record(path="letters/1952/memo.txt", title="Undated memo", type="Text", format="text/plain")
    [(_, text)] = format_bibliography(items(memo, archive="Harbour archive"), style)
    assert text == expected


def test_a_report_names_its_issuer_as_the_institution():
    for biblatex, kind in ((False, "techreport"), (True, "report")):
        [entry] = bibtexparser.parse_string(to_bibtex(items(REPORT, PHOTO)[:1], biblatex=biblatex)).entries
        assert entry.entry_type == kind
        assert (
            entry.fields_dict["institution"].value == "Port Commission of Saltmere"
            and "publisher" not in entry.fields_dict
        )


def test_missing_date_reads_n_d_and_locale_changes_words():
    undated = Record(path="a.pdf", title="Undated memo", creators=["Anna Smith"], format="application/pdf")
    [(_, text)] = format_bibliography(items(undated), "apa")
    assert text == "Smith, A. (n.d.). Undated memo."
    [(_, german)] = format_bibliography(items(undated), "apa", locale="de-DE")
    assert "o. J." in german


def test_a_csl_file_path_and_unknown_styles(tmp_path):
    from archive.cite import find_style

    path = find_style("ieee")
    assert path.name == "ieee.csl"
    copy = tmp_path / "my.csl"
    copy.write_bytes(path.read_bytes())
    assert format_bibliography(items(REPORT), str(copy))[0][1].startswith("[1] M. Kowalczyk")
    with pytest.raises(UsageError, match="did you mean: .*chicago-author-date"):
        find_style("chicago-autor-date")
    with pytest.raises(UsageError, match="unknown citation style"):
        find_style("zzzz-qqqq")


def test_dependent_styles_use_their_local_parent_taken_out_of_the_shipped_archive():
    from archive.cite import available_styles, find_style, style_titles, styles_folder

    assert len(available_styles()) > 10_000 and style_titles()["apa"] == "APA Style 7th edition"
    parent = find_style("2d-materials")  # a journal's style, which only names the layout it uses
    assert parent.name == "institute-of-physics-numeric.csl" and parent.is_relative_to(styles_folder())
    assert "<style" in parent.read_text(encoding="utf-8") and 'class="in-text"' in parent.read_text(encoding="utf-8")


ODD = [
    Record(path="odd/empty.txt"),
    Record(path="odd/rtl.txt", title="שלום עולם — مرحبا بالعالم", creators=["عبد الله"], date="2020"),
    Record(path="odd/combining.txt", title="Cafe\u0301 ope\u0301ra", creators=["Zoë Ça\u0327lar"]),
    Record(
        path="odd/special.txt",
        title="Odd {braces} 100% & $5 #1 ~ \\ under_score",
        creators=["Smith, Anna"],
        date="1999-12",
    ),
    Record(path="odd/long.txt", title="word " * 2000, description="line one\nline two\nER  - not a tag"),
]


def test_csl_json_of_odd_items_is_valid():
    data = items(*ODD, REPORT, PHOTO, CLIPPING)
    jsonschema.validate(data, SCHEMA)


def test_odd_items_format_in_every_style():
    data = items(*ODD)
    for style in EXPECTED:
        entries = format_bibliography(data, style)
        assert len(entries) == len(ODD)


def _latex_to_text(value: str) -> str:
    return " ".join(LatexNodes2Text().latex_to_text(value).split())


def test_bibtex_round_trips_through_bibtexparser():
    data = items(*ODD[1:4], REPORT, PHOTO, CLIPPING)
    for biblatex in (False, True):
        library = bibtexparser.parse_string(to_bibtex(data, biblatex=biblatex))
        assert not library.failed_blocks
        entries = {entry.key: {f.key: f.value for f in entry.fields} for entry in library.entries}
        assert set(entries) == {item["id"] for item in data}
        for item in data:
            fields = entries[item["id"]]
            if "title" in item:
                # BibTeX keeps English titles in title case (styles lower-case them as needed).
                assert _latex_to_text(fields["title"]).casefold() == " ".join(item["title"].split()).casefold()
            if "author" in item:
                assert len(_latex_to_text(fields["author"]).split(" and ")) == len(item["author"])

    caret = items(Record(path="c.txt", title="x^2 and a_1", language="en"))
    assert "\\^{}2 and a\\_1" in to_bibtex(caret)


def test_ris_round_trips_through_rispy():
    data = items(*ODD, REPORT, PHOTO, CLIPPING)
    entries = rispy.loads(to_ris(data))
    assert len(entries) == len(data)
    by_id = {entry["id"]: entry for entry in entries}
    report = by_id["kowalczyk-1998-harbour"]
    assert report["type_of_reference"] == "RPRT"
    assert report["authors"] == ["Kowalczyk, Marta", "Lindqvist, Jonas"]
    assert (report["year"], report["date"], report["publisher"]) == (
        "1998",
        "1998/06/12/",
        "Port Commission of Saltmere",
    )
    assert by_id["saltmere-2019-ice"]["journal_name"] == "Saltmere Gazette"
    long = by_id["anon-nd-word"]
    assert long["abstract"] == "line one line two ER - not a tag"  # no line could pose as a tag
    rtl = next(entry for entry in entries if entry.get("year") == "2020")
    assert rtl["title"] == "שלום עולם — مرحبا بالعالم" and rtl["authors"] == ["الله, عبد"]


def test_many_alike_items_get_distinct_keys_in_order():
    keys = CitationKeys()
    letters = [
        keys.key_for(Record(path=f"box/{number}.txt", title="Letter", creators=["Brandt, Elsa"], date="1952"))
        for number in range(2000)
    ]
    assert len(set(letters)) == 2000
    assert letters[:3] == ["brandt-1952-letter", "brandt-1952-letter-b", "brandt-1952-letter-c"]
    assert letters[26:28] == ["brandt-1952-letter-aa", "brandt-1952-letter-ab"]
    assert (
        keys.key_for(Record(path="other.txt", title="Letter-zz", creators=["Brandt, Elsa"], date="1952")) != letters[-1]
    )


def test_a_style_is_found_by_its_title_words_in_latin_or_cyrillic_letters():
    from archive.cite import find_style, suggested_styles

    assert "gost-r-7-0-5-2008" in suggested_styles("ГОСТ")
    assert "gost-r-7-0-5-2008-numeric" in suggested_styles("гост numeric")
    assert "chicago-notes-bibliography" in suggested_styles("chicago notes bibliography")
    with pytest.raises(UsageError, match="did you mean: gost-r-7-0-5-2008"):
        find_style("ГОСТ 2008")


def test_gost_r_7_0_100_2018_gives_an_archival_documents_reference_and_leaf():
    act = Record(
        path="scans/act-17.tif",
        title="Опись фонда № 42 — начало работы",
        creators=["Мамедова, Лейла"],
        date="2015-03-12",
        type="StillImage",
        format="image/tiff",
        transcription="Опись начата 12 марта 2015 года.",
        location="Ф. 42. Оп. 1. Д. 17",
    )
    about = CollectionRecord("fonds-42", title="Фонд № 42", repository="Национальный архив")
    item = to_csl(act, "act", about) | {"page": "3"}
    assert item["type"] == "manuscript"  # a transcribed scan is a document, not a photograph
    [(_, text)] = format_bibliography([item], "gost-r-7-0-100-2018", "ru-RU")
    assert text == (
        "Мамедова, Л. Опись фонда № 42 — начало работы. 12.03.2015 // Национальный архив. Фонд № 42. "
        "Ф. 42. Оп. 1. Д. 17. Л. 3."
    )
    assert "gost-r-7-0-100-2018" in suggested_styles("ГОСТ 2018")


def test_a_russian_date_puts_the_month_after_its_day_in_the_genitive():
    item = {
        "id": "act",
        "type": "manuscript",
        "title": "Опись",
        "author": [{"family": "Мамедова", "given": "Лейла"}],
        "issued": {"date-parts": [[1987, 3, 12]]},
        "archive": "Национальный архив",
    }
    month_only = item | {"id": "may", "title": "Протокол", "issued": {"date-parts": [[1987, 5]]}}
    notes = dict(format_bibliography([item, month_only], "chicago-notes-bibliography", "ru-RU"))
    assert "12 марта 1987 г." in notes["act"] and "май 1987 г." in notes["may"]  # no day: the nominative
    assert "12 марта." in dict(format_bibliography([item], "chicago-author-date", "ru-RU"))["act"]  # was 'март 12'
    assert "March 12, 1987" in dict(format_bibliography([item], "chicago-notes-bibliography", "en-US"))["act"]
