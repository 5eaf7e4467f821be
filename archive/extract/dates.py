"""Dates as files write them, turned into ISO 8601 (partial where the source is partial)."""

from __future__ import annotations

import re
from datetime import datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month_name>[A-Za-z]{3,9})\.?"

_PATTERNS = [
    # 2019-05-03, 2019-05-03T12:00:00+02:00, 2019/05/03, 2019-05, 2019
    re.compile(r"^(?P<year>\d{4})(?:[-/](?P<month>\d{1,2})(?:[-/](?P<day>\d{1,2}))?)?(?:[T ].*)?$"),
    # 03.05.2019, 3/5/2019 (day first, as European clippings write it)
    re.compile(r"^(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>\d{4})$"),
    # May 3, 2019 / May 3 2019 / May 2019
    re.compile(rf"^{_MONTH}\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year>\d{{4}})$"),
    # 3 May 2019 / 3rd May, 2019
    re.compile(rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}})$"),
]


def parse_loose_date(text: str | None) -> str | None:
    """'2019-05-03', '03.05.2019', 'May 3, 2019', '3 May 2019', '2019-05', '2019' → ISO (partial).

    Returns None for anything else, including impossible dates.
    """
    if not text:
        return None
    text = text.strip().rstrip(".")
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        parts = match.groupdict()
        year = int(parts["year"])
        month_name = parts.get("month_name")
        if month_name:
            month = _MONTHS.get(month_name.lower())
            if month is None:
                return None
        else:
            month = int(parts["month"]) if parts.get("month") else None
        day = int(parts["day"]) if parts.get("day") else None
        return _iso(year, month, day)
    return None


_NUMERIC_DAY_MONTH = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-]\d{4}\s*$")


def day_and_month_ambiguous(text: str) -> bool:
    """'01/02/2020' is 1 February to a European and 2 January to an American reader: a date a
    person types that way is asked for again rather than guessed (files' dates keep the
    day-first reading of parse_loose_date)."""
    match = _NUMERIC_DAY_MONTH.match(text)
    return match is not None and match.group(1) != match.group(2) and all(int(part) <= 12 for part in match.groups())


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        datetime(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


_PDF_DATE = re.compile(
    r"^(?:D:)?(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?(?P<H>\d{2})?(?P<M>\d{2})?(?P<S>\d{2})?"
    r"(?P<tz>Z|[+-]\d{2}'?\d{2}'?|[+-]\d{2})?"
)


def parse_pdf_date(text: str | None) -> str | None:
    """'D:20190503120000+02'00'' → '2019-05-03T12:00:00+02:00', keeping the offset the file gives."""
    if not text:
        return None
    match = _PDF_DATE.match(str(text).strip())
    if not match:
        return None
    g = match.groupdict()
    if not g["m"] or not g["d"]:
        return _iso(int(g["y"]), int(g["m"]) if g["m"] else None, None)
    try:
        moment = datetime(
            int(g["y"]),
            int(g["m"]),
            int(g["d"]),
            int(g["H"] or 0),
            int(g["M"] or 0),
            int(g["S"] or 0),
        )
    except ValueError:
        return None
    return moment.isoformat() + _offset(g["tz"])


def _offset(tz: str | None) -> str:
    if not tz:
        return ""
    if tz == "Z":
        return "+00:00"
    digits = tz[1:].replace("'", "")
    hours, minutes = digits[:2], digits[2:4] or "00"
    return f"{tz[0]}{hours}:{minutes}"


def parse_exif_date(text: str | None, offset: str | None = None) -> str | None:
    """EXIF '2019:05:03 12:00:00' (+ OffsetTimeOriginal '+02:00') → ISO 8601."""
    if not text:
        return None
    try:
        moment = datetime.strptime(str(text).strip().rstrip("\x00"), "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None
    iso = moment.isoformat()
    if offset and re.fullmatch(r"[+-]\d{2}:\d{2}", offset.strip().rstrip("\x00")):
        iso += offset.strip().rstrip("\x00")
    return iso


def date_part(iso: str | None) -> str | None:
    """The calendar part of an ISO timestamp: '2019-05-03T12:00:00+02:00' → '2019-05-03'."""
    if not iso:
        return None
    return iso.split("T", 1)[0]
