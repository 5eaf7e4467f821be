"""Text files with a little structure: TeX (\\title, \\author, \\date), vCard (names,
organisations) and iCalendar (summaries, dates). Their text is indexed whole, as plain text is."""

from __future__ import annotations

import re
from pathlib import Path

from .base import ExtractOptions, Extraction
from .dates import parse_loose_date
from .text import extract_text

_TEX_COMMAND = r"\\{name}\s*(?:\[[^\]]*\])?\s*\{{((?:[^{{}}]|\{{[^{{}}]*\}})*)\}}"
_VCARD_FIELD = re.compile(r"^(FN|ORG|TITLE|NOTE)(?:;[^:]*)?:(.*)$", re.MULTILINE)
_ICS_FIELD = re.compile(r"^(SUMMARY|DESCRIPTION|LOCATION|DTSTART)(?:;[^:]*)?:(.*)$", re.MULTILINE)


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


def extract_vcard(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = extract_text(path, options)
    fields = _VCARD_FIELD.findall(result.text)
    names = [value.strip() for key, value in fields if key == "FN" and value.strip()]
    result.fields.pop("title", None)
    result.add(
        "title", "Contacts: " + "; ".join(names[:3]) + (" …" if len(names) > 3 else "") if names else None, "vcard"
    )
    result.add("subjects", [value.replace(";", " ").strip() for key, value in fields if key == "ORG"], "vcard")
    return result


def extract_calendar(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = extract_text(path, options)
    fields = _ICS_FIELD.findall(result.text)
    summaries = [value.strip() for key, value in fields if key == "SUMMARY" and value.strip()]
    starts = sorted(value.strip()[:8] for key, value in fields if key == "DTSTART" and value.strip()[:8].isdigit())
    result.fields.pop("title", None)
    result.add(
        "title",
        summaries[0] if len(summaries) == 1 else f"Calendar: {len(summaries)} events" if summaries else None,
        "icalendar",
    )
    if starts:
        result.add("date", f"{starts[0][:4]}-{starts[0][4:6]}-{starts[0][6:8]}", "icalendar")
    return result
