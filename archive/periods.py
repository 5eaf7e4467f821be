"""Partial dates as the periods they name: '2021' is all of 2021, '2021-02' all of February, and
a range of them ('1920/1991', as EDTF and ISO 8601-2 write an interval: a fonds' dates) from the
first day of its start to the last of its end.

Records carry dates at the precision their source gives, and queries compare them as periods:
an item matches a date range only when its whole period lies inside the range (see the README's
query table), and ``>`` / ``<`` exclude the period they name at the precision it is written.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime, timedelta

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_INSTANT = timedelta(microseconds=1)


def period(text: str | None) -> tuple[datetime, datetime] | None:
    """'2021' → (2021-01-01 00:00, 2021-12-31 23:59:59.999999); '2021-02', '2021-02-26' likewise;
    a full timestamp names its day; '1920/1991' runs from 1 January 1920 to 31 December 1991.
    None when ``text`` is not such a date (or a range ends before it starts)."""
    written = (text or "").strip()
    if "/" in written:
        start, _, end = written.partition("/")
        first, last = _one_period(start), _one_period(end)
        return (first[0], last[1]) if first and last and first[0] <= last[1] and "T" not in written else None
    return _one_period(written)


def _one_period(written: str) -> tuple[datetime, datetime] | None:
    written = written.strip()
    match = _PARTIAL_DATE.match(written)
    if match is None or not _ends_cleanly(written, match.end()):
        return None
    year = int(match.group(1))
    month, day = (int(part) if part else None for part in match.groups()[1:])
    try:
        if month is None:
            first, last = datetime(year, 1, 1), datetime(year, 12, 31)
        elif day is None:
            first = datetime(year, month, 1)
            last = first.replace(day=calendar.monthrange(year, month)[1])
        else:
            first = last = datetime(year, month, day)
    except ValueError:  # month 13, 30 February, year 0
        return None
    return first, last.replace(hour=23, minute=59, second=59, microsecond=999_999)


def _ends_cleanly(text: str, end: int) -> bool:
    """A date alone, or a date followed by a time ('2021-02-26T10:00', '2021-02-26 10:00')."""
    return end == len(text) or (end == 10 and text[10] in "T ")


def after(text: str) -> datetime | None:
    """The first moment after the period ``text`` names (``date:>2022`` starts at 2023-01-01)."""
    named = period(text)
    if named is None or named[1] == datetime.max:
        return None
    return named[1] + _INSTANT


def before(text: str) -> datetime | None:
    """The last moment before the period ``text`` names (``date:<2013-06`` ends on 31 May 2013)."""
    named = period(text)
    if named is None or named[0] == datetime.min:
        return None
    return named[0] - _INSTANT
