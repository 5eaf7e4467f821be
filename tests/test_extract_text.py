"""Plain text and clippings: encodings, the clipping header, titles."""

from pathlib import Path

import pytest

from archive.extract import extract


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "clip.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("header", "date", "publisher"),
    [
        ("date 2019-05-03 By Daily Example", "2019-05-03", "Daily Example"),
        ("   Date: 03.05.2019 Source: The Courier", "2019-05-03", "The Courier"),
        ("DATE May 3, 2019 publisher: Morning Post", "2019-05-03", "Morning Post"),
        ("date: 3 May 2019 by Abendblatt", "2019-05-03", "Abendblatt"),
    ],
)
def test_clipping_header_variants(tmp_path, header, date, publisher):
    result = extract(write(tmp_path, f"{header}\n\nHarbour reopens\n\nThe harbour reopened today.\n"))
    assert result.fields["date"] == date
    assert result.fields["publisher"] == publisher
    assert result.sources["date"] == "clipping-header"
    assert result.fields["title"] == "Harbour reopens"
    assert "Daily" not in result.text and "date" not in result.text.lower()
    assert "The harbour reopened today." in result.text


def test_header_block_with_title_and_source_lines(tmp_path):
    result = extract(
        write(tmp_path, "Date: 2 February 1953\nSource: The Coastal Courier\nTitle: Storm flood\n\nBody text.")
    )
    assert (result.fields["date"], result.fields["publisher"], result.fields["title"]) == (
        "1953-02-02",
        "The Coastal Courier",
        "Storm flood",
    )
    assert result.text == "Body text."


def test_text_without_header_keeps_its_first_line(tmp_path):
    result = extract(write(tmp_path, "Date palms of the oasis\n\nThey grow tall."))
    assert "date" not in result.fields
    assert result.text.startswith("Date palms")
    assert result.fields["title"] == "Date palms of the oasis"


def test_long_first_sentence_becomes_a_shortened_title(tmp_path):
    body = (
        "The committee met on Tuesday evening in the old town hall to discuss the future of the harbour "
        "and the fish market. Later that week nothing happened."
    )
    title = extract(write(tmp_path, body)).fields["title"]
    assert title == "The committee met on Tuesday evening in the old town hall to…"


def test_decoration_lines_are_not_the_title(tmp_path):
    body = "****************************\n  What's New in Python 2.0\n****************************\n\n:Author: A. M. Kuchling\n"  # noqa: E501
    assert extract(write(tmp_path, body)).fields["title"] == "What's New in Python 2.0"
    assert extract(write(tmp_path, "=====\n\n-----\n")).fields["title"] == "clip"  # nothing but decoration: the name


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", "Résumé of the Straße"),
        ("utf-16", "Résumé of the Straße"),
        (
            "cp1251",
            "Рыбаки вернулись с богатым уловом сельди, и председатель кооператива поблагодарил команды за работу",
        ),
        (
            "cp1254",
            "Limanda düzenlenen törende şehir sakinleri denizcilerin anıtına çiçek bıraktılar ve bir dakikalık saygı duruşunda bulundular",  # noqa: E501
        ),
        (
            "latin-1",
            "Die Kapelle spielte bis Mitternacht, und die Fischer öffneten ihre Boote für Gäste an der Kaimauer",
        ),
    ],
)
def test_encodings_are_detected(tmp_path, encoding, text):
    assert extract(write(tmp_path, text + "\n", encoding)).text == text


def test_markdown_is_text(tmp_path):
    result = extract(write(tmp_path, "# Notes on the pier\n\nSome *notes*.", name="notes.md"))
    assert result.fields["title"] == "Notes on the pier"
    assert result.fields["format"] == "text/markdown"


def test_empty_file_is_titled_by_name(tmp_path):
    result = extract(write(tmp_path, "", name="empty_file-name.txt"))
    assert result.fields["title"] == "empty file name"
    assert result.text == ""


RST_PAGE = """.. _profile:

.. currentmodule:: asyncio

********************
The Python Profilers
********************

.. sectionauthor:: Fred L. Drake, Jr. <fdrake@acm.org>
.. sectionauthor:: Georg Brandl

**Source code:** :source:`Lib/profile.py`

Introduction
============
"""


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (RST_PAGE, "The Python Profilers"),
        (
            ":mod:`!contextlib` --- Utilities for :keyword:`!with`\\ -statement contexts\n"
            "===========================================================================\n\n.. module:: contextlib\n",
            "contextlib — Utilities for with-statement contexts",
        ),
        (
            "###############################\n  The Python Standard Library\n###############################\n",
            "The Python Standard Library",
        ),
        (".. index:: single: os\n   pair: stat\n\nUse ``os.stat``\n----------------\n", "Use os.stat"),
        (
            ":func:`~os.stat` and the :ref:`import system <importsystem>`\n" + "=" * 60 + "\n",
            "stat and the import system",
        ),
    ],
)
def test_restructuredtext_is_titled_by_its_first_section_title(tmp_path, body, title):
    assert extract(write(tmp_path, body, name="page.rst.txt")).fields["title"] == title


def test_restructuredtext_authors_are_creators(tmp_path):
    result = extract(write(tmp_path, RST_PAGE, name="profile.rst"))
    assert result.fields["creators"] == ["Fred L. Drake, Jr.", "Georg Brandl"]
    assert result.fields["notes"] == "From the author field: fdrake@acm.org"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "---\nlayout: post\ntitle: \"Harbour minutes, 1952\"\ndate: 1952-03-01\n---\n\n# Minutes\n",
            "Harbour minutes, 1952",
        ),
        ("Some preamble.\n\n## The **north** quay [plan](plan.png)\n", "The north quay plan"),
        ("Harbour minutes\n===============\n\nText.\n", "Harbour minutes"),
    ],
)
def test_markdown_is_titled_by_front_matter_or_first_heading(tmp_path, body, title):
    assert extract(write(tmp_path, body, name="notes.md")).fields["title"] == title


MAN_PAGE = """chfn(1)                    Пользовательские команды                    chfn(1)



НАЗВАНИЕ
       chfn - изменяет информацию о
       пользователе

СИНТАКСИС
       chfn [параметры] [УЧЁТНАЯ_ЗАПИСЬ]
"""


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (MAN_PAGE, "chfn — изменяет информацию о пользователе"),
        (
            "\nBEZEICHNUNG\n     biff — informiert werden, wenn und von wem E-Mail ankommt\n\nÜBERSICHT\n     biff [-n]\n",  # noqa: E501
            "biff — informiert werden, wenn und von wem E-Mail ankommt",
        ),
        (
            "hostname (имя узла)(7) Miscellaneous Information Manual hostname (имя узла)(7)\n\nNAME\n  hostname - host name\n",  # noqa: E501
            "hostname — host name",
        ),
        (
            "fold(1)  User Commands  fold(1)\n\nNAME\n       fold - jede Eingabezeile so umbrechen, dass sie in eine angegebene Bre\u2010\n"  # noqa: E501
            "       ite passt\n",
            "fold — jede Eingabezeile so umbrechen, dass sie in eine angegebene Breite passt",
        ),
        (
            "Minutes of the meeting\n\nName\n   Present: the harbour master\n",
            "Minutes of the meeting",
        ),  # not a manual page
    ],
)
def test_manual_pages_are_titled_by_their_name_line(tmp_path, body, title):
    assert extract(write(tmp_path, body, name="chfn.1.txt")).fields["title"] == title


def test_a_clipping_whose_article_follows_its_date_on_one_line_keeps_it_as_text(tmp_path):
    from archive.extract import extract

    article = (
        "Azerbaijan marks the anniversary with ceremonies in Baku, where residents laid flowers at the "
        "memorial to the sailors of the port. "
    ) * 40
    path = tmp_path / "azernews.txt"
    path.write_text(f"date 2021-02-26 By Azernews Today {article}\n", encoding="utf-8")
    result = extract(path)
    assert result.fields.get("date") == "2021-02-26" and result.fields["publisher"] == "Azernews"
    assert result.fields["title"].startswith("Today Azerbaijan marks the anniversary")
    assert result.pages[0].startswith("Today Azerbaijan") and "memorial to the sailors" in result.pages[0]
    named = tmp_path / "named.txt"
    named.write_text(
        "title: Ice house reopens\ndate 2019-05-03 By Saltmere Gazette\n\nThe ice house opened.\n", encoding="utf-8"
    )
    result = extract(named)
    assert result.fields["publisher"] == "Saltmere Gazette" and result.pages[0] == "The ice house opened."
