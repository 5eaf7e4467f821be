"""Text files with a little structure: TeX (\\title, \\author, \\date), vCard (names,
organisations), iCalendar (summaries, dates) and a Twitter archive's tweets.js (each tweet with
its date)."""

from __future__ import annotations

import json
import quopri
import re
from pathlib import Path

from .base import ExtractOptions, Extraction, ExtractionError, one_line, read_capped
from .decode import decode_labelled, decode_text
from .dates import parse_loose_date
from .text import MAX_TEXT_BYTES, extract_text

_TEX_COMMAND = r"\\{name}\s*(?:\[[^\]]*\])?\s*\{{((?:[^{{}}]|\{{[^{{}}]*\}})*)\}}"


def extract_tex(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = extract_text(path, options)
    text = result.text
    for field in ("title", "author", "date"):
        found = re.search(_TEX_COMMAND.format(name=field), text)
        if not found:
            continue
        value = " ".join(re.sub(r"\\[a-zA-Z]+\*?|[{}~]", " ", found.group(1)).split())
        if field == "title":
            result.fields.pop("title", None)  # the first line of a TeX file is markup, not its title
            result.add("title", value, "tex")
        elif field == "author":
            result.add_creators(re.sub(r"\s*\\and\s*", "; ", found.group(1)).replace("\\\\", ";"), "tex")
        else:
            result.add("date", parse_loose_date(value), "tex")
    return result


#: The content lines of a vCard or an iCalendar file (RFC 6350, 5545): NAME;PARAM=…:VALUE.
_CONTENT_LINE = re.compile(rb"^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$")
#: Properties a person reads; others (PHOTO, UID, PRODID…) are not text.
VCARD_TEXT = ("FN", "N", "ORG", "TITLE", "ROLE", "NOTE", "EMAIL", "TEL", "ADR", "URL", "BDAY", "NICKNAME")
ICALENDAR_TEXT = ("SUMMARY", "DESCRIPTION", "LOCATION", "DTSTART", "ORGANIZER", "ATTENDEE", "COMMENT", "CATEGORIES")


def content_lines(data: bytes) -> list[tuple[str, str]]:
    """(NAME, value) of each content line, unfolded on the bytes before any decoding (a fold may
    fall inside a UTF-8 character), vCard 2.1's quoted-printable values (their soft line breaks
    joined) and CHARSET parameters read as they say, and text escapes (\\n, \\, …) undone."""
    lines: list[tuple[str, str]] = []
    for line in _logical_lines(data):
        found = _CONTENT_LINE.match(line.strip())
        if not found:
            continue
        name, parameters, value = found.group(1).upper().decode("ascii"), found.group(2).upper(), found.group(3)
        if b"QUOTED-PRINTABLE" in parameters:
            value = quopri.decodestring(value)
        charset = re.search(rb"CHARSET=([A-Z0-9_.:-]+)", parameters)
        text = decode_labelled(value, charset.group(1).decode("ascii").lower() if charset else "utf-8").text
        lines.append((name, _unescaped(text)))
    return lines


def _logical_lines(data: bytes) -> list[bytes]:
    """The lines as written before folding: a line beginning with a space or a tab goes on the
    one before (RFC 5545 3.1, RFC 6350 3.2), and so does the line after a quoted-printable value's
    soft break ('=' at its end)."""
    logical: list[bytes] = []
    for line in data.splitlines():
        if logical and _soft_break(logical[-1]):
            logical[-1] = logical[-1][:-1] + line.lstrip(b" \t")
        elif logical and line[:1] in (b" ", b"\t"):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def _soft_break(line: bytes) -> bool:
    return line.endswith(b"=") and b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()


def _unescaped(value: str) -> str:
    return re.sub(r"\\([nN,;\\])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value).strip()


def _card_text(lines: list[tuple[str, str]], shown: tuple[str, ...]) -> str:
    return "\n".join(f"{name}: {value}" for name, value in lines if name in shown and value)


def extract_vcard(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Contacts: each card's name, organisation, title, notes, addresses as text; the title names
    the first few people."""
    result = Extraction()
    lines = content_lines(read_capped(path, MAX_TEXT_BYTES, result))
    result.pages = [_card_text(lines, VCARD_TEXT)]
    names = [value.replace(";", " ").strip() for key, value in lines if key == "FN" and value.strip()]
    result.add(
        "title", "Contacts: " + "; ".join(names[:3]) + (" …" if len(names) > 3 else "") if names else None, "vcard"
    )
    result.add("subjects", [value.replace(";", " ").strip() for key, value in lines if key == "ORG"], "vcard")
    result.add("type", "Text", "format")
    return result


def extract_calendar(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Events: their summaries, descriptions, places and times as text; the title is the one
    event's summary, or how many there are; the date the first event's."""
    result = Extraction()
    lines = content_lines(read_capped(path, MAX_TEXT_BYTES, result))
    result.pages = [_card_text(lines, ICALENDAR_TEXT)]
    summaries = [value for key, value in lines if key == "SUMMARY" and value]
    starts = sorted(value[:8] for key, value in lines if key == "DTSTART" and value[:8].isdigit())
    result.add(
        "title",
        summaries[0] if len(summaries) == 1 else f"Calendar: {len(summaries)} events" if summaries else None,
        "icalendar",
    )
    if starts:
        result.add("date", f"{starts[0][:4]}-{starts[0][4:6]}-{starts[0][6:8]}", "icalendar")
    result.add("type", "Text", "format")
    return result


#: A Twitter (X) archive's data files are JavaScript: an assignment of a JSON list.
TWITTER_PREFIX = re.compile(rb"^\s*window\.YTD\.[\w.]+\s*=\s*")


def extract_tweets(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A Twitter archive's tweets.js: each tweet's date and text a line, the earliest date the
    record's."""
    result = Extraction()
    data = TWITTER_PREFIX.sub(b"", read_capped(path, MAX_TEXT_BYTES, result), count=1)
    try:
        items = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ExtractionError(f"not a readable Twitter archive file ({one_line(error)})") from error
    tweets = [item.get("tweet", item) for item in items if isinstance(item, dict)] if isinstance(items, list) else []
    lines, dates = [], []
    for tweet in tweets:
        when = _tweet_date(str(tweet.get("created_at", "")))
        dates += [when] if when else []
        lines.append(f"{when or ''} {tweet.get('full_text') or tweet.get('text') or ''}".strip())
    result.pages = ["\n".join(lines)]
    result.add("title", f"{len(tweets)} tweets" if tweets else None, "twitter")
    result.add("date", min(dates) if dates else None, "twitter")
    result.add("type", "Text", "format")
    return result


def _tweet_date(text: str) -> str | None:
    """'Wed Oct 10 20:19:24 +0000 2018' → '2018-10-10'."""
    from datetime import datetime

    try:
        return datetime.strptime(text, "%a %b %d %H:%M:%S %z %Y").date().isoformat()
    except ValueError:
        return None


def extract_bibtex(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A BibTeX file: each entry a line of its fields, LaTeX's accents read as letters (M{\\"u}ller
    is Müller); a file of one entry described by it (title, authors, year, publisher or journal)."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    result = Extraction()
    text, _ = decode_text(read_capped(path, MAX_TEXT_BYTES, result))
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    entries = [{field.key.lower(): str(field.value) for field in entry.fields} for entry in library.entries]
    result.pages = [
        "\n".join(
            f"{entry.key}: " + "; ".join(f"{name}: {value}" for name, value in fields.items())
            for entry, fields in zip(library.entries, entries)
        )
    ]
    if library.failed_blocks:
        result.warn(f"{len(library.failed_blocks)} of its entries could not be read")
    if len(entries) == 1:
        fields = entries[0]
        result.add("title", fields.get("title"), "bibtex")
        result.add_creators(fields.get("author", "").replace(" and ", "; ") or None, "bibtex")
        result.add("date", parse_loose_date(fields.get("year", "")), "bibtex")
        result.add("publisher", fields.get("publisher") or fields.get("journal"), "bibtex")
    else:
        result.add("title", f"{len(entries)} references" if entries else None, "bibtex")
    result.add("type", "Text" if len(entries) == 1 else "Dataset", "format")
    return result
