"""Restrictions on access, as a person sets them on an item (``access``: open — the default —,
restricted: the reading room or staff only, closed; ``access_until``: the day it opens;
``access_note``: why), and whether an item may leave the collection now: every hand-off (bag,
export, citations of several items, the viewer's) leaves out what is not open unless a person asks
for it, and then carries the restriction in each format's own element. An item whose text holds
sensitive data (sensitive.py) that no person has reviewed stays behind as well: nothing sensitive
leaves without a person deciding — dismissing the finding, setting the item's access (``open``
too), or handing it on knowingly."""

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


#: The findings that hold an item back until a person reviews them: the numbers a checksum
#: confirmed and the lexicon's words. E-mail addresses and phone numbers are reported and
#: searchable but hold nothing back: nearly every letter has them.
HELD_KINDS = ("card", "iban", "ssn", "national-id", "lexicon")


def held_back(record: Record, today: date | None = None) -> str | None:
    """Why ``record`` stays behind when handed on, unless a person asks: its restriction, or its
    sensitive data no person has reviewed (an access a person set is a review). None: it goes."""
    why = restriction(record, today)
    if why or record.access:
        return why
    kinds = [kind for kind in HELD_KINDS if record.sensitive.get(kind)]
    return (
        f"it holds sensitive data no person has reviewed ({', '.join(kinds)}; archive sensitive --dismiss KIND, "
        "or set its access)"
        if kinds
        else None
    )
