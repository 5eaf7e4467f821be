"""Restrictions on access, as a person sets them on an item (``access``: open — the default —,
restricted: the reading room or staff only, closed; ``access_until``: the day it opens;
``access_note``: why), and whether an item may leave the collection now: every hand-off (bag,
export, citations of several items, the viewer's) leaves out what is not open unless a person asks
for it, and then carries the restriction in each format's own element."""

from __future__ import annotations

from datetime import date

from .model import ACCESS_VALUES, Record
from .periods import period

OPEN, RESTRICTED, CLOSED = ACCESS_VALUES


def is_open(record: Record, today: date | None = None) -> bool:
    """Open, or restricted or closed only until a day that has come (the first of the period
    ``access_until`` names: '2060' opens on 1 January 2060)."""
    if record.access in (None, "", OPEN):
        return True
    opens = period(record.access_until)
    return opens is not None and opens[0].date() <= (today or date.today())


def restriction(record: Record, today: date | None = None) -> str | None:
    """The restriction in words, for a format's own element ('Closed until 2060-01-01: medical
    records'), or None for an open item."""
    if is_open(record, today):
        return None
    words = "Closed" if record.access == CLOSED else "Restricted (reading room or staff only)"
    until = f" until {record.access_until}" if record.access_until else ""
    note = f": {record.access_note}" if record.access_note else ""
    return f"{words}{until}{note}"
