"""Creator strings as authoring tools write them, split into the names a catalogue would list,
and values that are no title, name or publisher kept out of the record."""

from __future__ import annotations

import pytest

from archive.extract.base import Extraction, clean_text
from archive.extract.junk import junk_reason
from archive.extract.names import clean_names, split_names

#: (the field as written, the names, what goes to the notes). Most are the Author fields of the
#: public corpus's PDFs; the rest are what EXIF, IPTC, Office and PDF fields hold in archives.
AUTHOR_FIELDS = [
    (
        "Hàn Thê Thành, Sebastian Rahtz, Hans Hagen, Hartmut Henkel, Pawel Jackowski, Martin Schröder, Karl Berry",
        [
            "Hàn Thê Thành",
            "Sebastian Rahtz",
            "Hans Hagen",
            "Hartmut Henkel",
            "Pawel Jackowski",
            "Martin Schröder",
            "Karl Berry",
        ],
        [],
    ),
    (
        " Jens Gramm, Tzvika Hartman, Till Nierhoff, Roded Sharan, Till Tantau ",
        ["Jens Gramm", "Tzvika Hartman", "Till Nierhoff", "Roded Sharan", "Till Tantau"],
        [],
    ),
    (
        "F Charette, A Reutenauer, B Roucariès, J Spitzmüller",
        ["F Charette", "A Reutenauer", "B Roucariès", "J Spitzmüller"],
        [],
    ),
    ("Frank Mittelbach ; Ulrike Fischer", ["Frank Mittelbach", "Ulrike Fischer"], []),
    ("Philipp Lehman, Joseph Wright", ["Philipp Lehman", "Joseph Wright"], []),
    (
        "Frank Mittelbach, Rainer Schöpf, Michael Downes, Revised by David M. Jones",
        ["Frank Mittelbach", "Rainer Schöpf", "Michael Downes"],
        ["Revised by David M. Jones"],
    ),
    ("Peter Wilson, maintained by Lars Madsen", ["Peter Wilson"], ["maintained by Lars Madsen"]),
    ("Morten Høgholm (maintained by Lars Madsen)", ["Morten Høgholm"], ["maintained by Lars Madsen"]),
    (
        " Will Robertson, With contributions by Khaled Hosny,, Philipp Gesang, Joseph Wright, and others., ` `%%%`#`&12_`__~~~Contents",  # noqa: E501
        ["Will Robertson"],
        ["With contributions by Khaled Hosny, Philipp Gesang, Joseph Wright", "et al."],
    ),
    (
        " Will Robertson, Philipp Stephani, Joseph Wright, Khaled Hosny, and others, ` `%%%`#`&12_`__~~~Contents",
        ["Will Robertson", "Philipp Stephani", "Joseph Wright", "Khaled Hosny"],
        ["et al."],
    ),
    ("Axel Sommerfeldt, ` `%%%`#`&12_`__~~~Contents", ["Axel Sommerfeldt"], []),
    ("Jobst Hoffmann <j.hoffmann(at)fh-aachen.de>", ["Jobst Hoffmann"], ["j.hoffmann(at)fh-aachen.de"]),
    ("Martin Scharrer <martin.scharrer@web.de>", ["Martin Scharrer"], ["martin.scharrer@web.de"]),
    ("R Schlicht <w.m.l@gmx.net>", ["R Schlicht"], ["w.m.l@gmx.net"]),
    ("Andreas Matthias, andreas.matthias@gmail.com", ["Andreas Matthias"], ["andreas.matthias@gmail.com"]),
    (
        "Martin Schröder, [0.5ex] Barmer Straße 14, 44137 Dortmund, Germany, martin@oneiros.de",
        ["Martin Schröder"],
        ["martin@oneiros.de", "Barmer Straße 14, 44137 Dortmund, Germany"],
    ),
    (
        "Manuel PÃ©gouriÃ©-Gonnard, Khaled Hosny  Elie Roux",
        ["Manuel Pégourié-Gonnard", "Khaled Hosny", "Elie Roux"],
        [],
    ),
    ("Dr. Uwe Kern", ["Uwe Kern"], []),
    ("The LaTeX Project", ["The LaTeX Project"], []),
    ("American Mathematical Society", ["American Mathematical Society"], []),
    ("[tl]90(-6.5,-23.56)[linewidth=1pt](0,1.5)(,1.5)[lB](.075,.5)[linecolor=blue!50]xkeyval", [], []),
    ("Smith, John", ["Smith, John"], []),
    ("Smith, John; Doe, Jane", ["Smith, John", "Doe, Jane"], []),
    ("Smith, J. and Doe, A.", ["Smith, J.", "Doe, A."], []),
    ("Lovelace, Ada, Babbage, Charles", ["Lovelace, Ada", "Babbage, Charles"], []),
    ("van Beethoven, Ludwig", ["van Beethoven, Ludwig"], []),
    ("Fred L. Drake, Jr.", ["Fred L. Drake, Jr."], []),
    ("Anna Müller & Jonas Weber", ["Anna Müller", "Jonas Weber"], []),
    ("Smith & Sons Ltd", ["Smith & Sons Ltd"], []),
    ("Procter & Gamble Company", ["Procter & Gamble Company"], []),
    ("Иванов И. И., Петров П. П.", ["Иванов И. И.", "Петров П. П."], []),
    ("Иван Петров и Анна Сидорова", ["Иван Петров", "Анна Сидорова"], []),
    ("Jean Dupont et Marie Durand", ["Jean Dupont", "Marie Durand"], []),
    ("Hans Müller\nEva Schmidt", ["Hans Müller", "Eva Schmidt"], []),
    ("A. Author \\and B. Writer", ["A. Author", "B. Writer"], []),
    ("John Smith (john.smith@example.org)", ["John Smith"], ["john.smith@example.org"]),
    ("Jane Roe et al.", ["Jane Roe"], ["et al."]),
    ("Microsoft Office User", [], []),
    ("Administrator", [], []),
    ("unknown", [], []),
    ("NASA", ["NASA"], []),
]


@pytest.mark.parametrize("field, names, notes", AUTHOR_FIELDS, ids=[field[:40] for field, _, _ in AUTHOR_FIELDS])
def test_author_fields_split_into_catalogue_names(field, names, notes):
    found = split_names(clean_text(field))
    assert (found.names, found.notes) == (names, notes)


def test_names_given_one_by_one_stay_as_given():
    found = clean_names(["Smith, John", "Doe, Jane <jane@example.org>", "Procter & Gamble"])
    assert found.names == ["Smith, John", "Doe, Jane", "Procter & Gamble"] and found.notes == ["jane@example.org"]


def test_what_the_author_field_says_besides_names_is_a_note_and_junk_a_warning():
    result = Extraction()
    result.add_creators("Axel Sommerfeldt, ` `%%%`#` (maintained by The LaTeX Team)", "pdf-info")
    assert result.fields["creators"] == ["Axel Sommerfeldt"]
    assert result.fields["notes"] == "From the author field: maintained by The LaTeX Team"
    assert result.warnings == ["creator '` `%%%`#`' not taken: TeX or PostScript residue"]
    result.add_creators("Someone Else", "xmp")  # a first source that gave names is kept
    assert result.fields["creators"] == ["Axel Sommerfeldt"]


@pytest.mark.parametrize(
    "value",
    [
        "Microsoft Word - x.doc",
        "untitled",
        "Document1",
        "report_final.docx",
        "C:\\Users\\bob\\Desktop\\scan",
        "pdfTeX-1.40.21",
        "LaTeX with hyperref",
        "Acrobat Distiller 9.0",
        "PScript5.dll Version 5.2.2",
        "` `%%%`#`",
        "(0,1.5)",
        "\\title{Draft}",
        "----",
        "12_`__~~~Contents",
        "linewidth=1pt Documentation",
    ],
)
def test_junk_is_recognised(value):
    assert junk_reason(value)


@pytest.mark.parametrize(
    "value",
    [
        "1984",
        "What's new?!",
        "Python 3.11 (C-API)...",
        "The xkeyval package",
        "Straße & Haus",
        "Опись документов",
        "«Le Monde» — 12 mai 1968",
        "C++ for archivists",
        "AT&T Archives",
        "R&D report, vol. 2",
    ],
)
def test_real_values_are_not_junk(value):
    assert junk_reason(value) is None


def test_junk_titles_leave_a_warning_and_the_next_source_titles_the_item():
    result = Extraction()
    result.add("title", "Microsoft Word - minutes.doc", "pdf-info")
    result.add("title", "*-1cmThe xkeyval package", "first-line")
    assert result.fields["title"] == "The xkeyval package"
    assert result.warnings == ["title 'Microsoft Word - minutes.doc' not taken: a file name"]
