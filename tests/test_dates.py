import pytest

from archive.extract.dates import parse_exif_date, parse_loose_date, parse_pdf_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-05-03", "2019-05-03"),
        ("03.05.2019", "2019-05-03"),
        ("May 3, 2019", "2019-05-03"),
        ("3 May 2019", "2019-05-03"),
        ("3rd May, 2019", "2019-05-03"),
        ("Sept. 3 2019", "2019-09-03"),
        ("Sep 3 2019", "2019-09-03"),
        ("2019-05", "2019-05"),
        ("2019", "2019"),
        ("2019-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_loose_dates(text, expected):
    assert parse_loose_date(text) == expected


def test_pdf_date_keeps_its_offset():
    assert parse_pdf_date("D:20190503120000+02'00'") == "2019-05-03T12:00:00+02:00"
    assert parse_pdf_date("D:20190503120000Z") == "2019-05-03T12:00:00+00:00"
    assert parse_pdf_date("D:20190503120000-05'30") == "2019-05-03T12:00:00-05:30"
    assert parse_pdf_date("D:20190503") == "2019-05-03T00:00:00"
    assert parse_pdf_date("D:2019") == "2019"
    assert parse_pdf_date("garbage") is None


def test_exif_date_with_offset():
    assert parse_exif_date("2019:05:03 05:42:10", "+01:00") == "2019-05-03T05:42:10+01:00"
    assert parse_exif_date("2019:05:03 05:42:10") == "2019-05-03T05:42:10"
    assert parse_exif_date("0000:00:00 00:00:00") is None
