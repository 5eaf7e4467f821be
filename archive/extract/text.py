"""Plain text, Markdown, reStructuredText and formatted manual pages, with the header that news
clippings carry (date, source, title)."""

from __future__ import annotations

import re
from pathlib import Path

from .base import ExtractOptions, Extraction, read_capped
from .dates import parse_loose_date
from .decode import decode_text
from .titles import rst_authors, text_title

MAX_TEXT_BYTES = 64 * 1024 * 1024

# "date 2019-05-03 By Daily Example", "Date: 3 May 2019 Source: The Courier"
_DATE_AND_SOURCE = re.compile(
    r"^\s*date\s*:?\s*(?P<date>.+?)\s+(?:by|source\s*:|publisher\s*:|source|publisher)\s+(?P<source>.+?)\s*$",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"^\s*(?P<key>title|date|source|publisher|by|author)\s*:?\s+(?P<value>.+?)\s*$", re.IGNORECASE
)


def extract_text(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    text, _encoding = decode_text(read_capped(path, MAX_TEXT_BYTES, result))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = read_front_matter(text, result)
    body = read_clipping_header(text, result)
    result.pages = [body]
    title, where = text_title(body, path.name)
    result.add("title", title, where)
    if where == "rst-title":
        result.add_creators("; ".join(rst_authors(body)), "rst")
    result.add("type", "Text", "format")
    return result


#: A header's name (a publisher, an author) is a few words; longer, the line is the article's text.
MAX_NAME_WORDS, MAX_NAME_CHARS = 10, 120
MAX_TITLE_CHARS = 300


def _a_name(value: str) -> bool:
    return len(value) <= MAX_NAME_CHARS and len(value.split()) <= MAX_NAME_WORDS


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_FIELD = re.compile(
    r"^(title|author|authors|date|tags|keywords|description)\s*:\s*(.*)$", re.IGNORECASE | re.MULTILINE
)


def read_front_matter(text: str, result: Extraction) -> str:
    """A Markdown file's front matter (YAML between --- lines, as Jekyll, Hugo and pandoc write
    it): its title, author(s), date, tags and description; return the text without it."""
    found = _FRONT_MATTER.match(text)
    if not found:
        return text
    fields = {key.lower(): value.strip().strip("\"'") for key, value in _FRONT_FIELD.findall(found.group(1))}
    result.add("title", fields.get("title"), "front-matter")
    authors = fields.get("author") or fields.get("authors")
    result.add_creators(_listed(authors) if authors and authors.startswith("[") else authors, "front-matter")
    result.add("date", parse_loose_date(fields["date"]) if fields.get("date") else None, "front-matter")
    result.add("subjects", _listed(fields.get("tags") or fields.get("keywords") or ""), "front-matter")
    result.add("description", fields.get("description"), "front-matter")
    return text[found.end() :]


def _listed(value: str) -> list[str]:
    """A YAML flow list ('[a, b]') or a comma-separated line, as its items."""
    return [item.strip().strip("\"'") for item in value.strip("[]").split(",") if item.strip()]


def read_clipping_header(text: str, result: Extraction) -> str:
    """Parse the header lines at the top of a clipping into ``result``; return the body without
    them. A header ends at the first line that is not a header field of a sensible length: a
    clipping whose article follows its date on the same line keeps that line as its text (and
    its date)."""
    lines = text.split("\n")
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    found = False
    while index < len(lines):
        line = lines[index]
        combined = _DATE_AND_SOURCE.match(line)
        if combined and parse_loose_date(combined["date"]):
            result.add("date", parse_loose_date(combined["date"]), "clipping-header")
            if not _a_name(combined["source"]):  # the line goes on into the article
                name, article = _name_then_article(combined["source"])
                if not name:
                    break  # no name to tell from the article: the line's text stays text
                result.add("publisher", name, "clipping-header")
                lines[index], found = article, True
                break
            result.add("publisher", combined["source"], "clipping-header")
        else:
            field = _HEADER_FIELD.match(line)
            if not field or not _accept_header_field(field["key"].lower(), field["value"], result):
                break
        found = True
        index += 1
    if not found:
        return text.strip("\n")
    return "\n".join(lines[index:]).strip("\n")


#: Words an article's first sentence begins with, never the last word of a publisher's name.
_SENTENCE_STARTS = frozenset(
    "the a an today yesterday tonight this last on in at after monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)


def _name_then_article(text: str) -> tuple[str | None, str]:
    """'Azernews Today Azerbaijan commemorates …' → ('Azernews', 'Today Azerbaijan commemorates …'):
    a publisher's name is the capitalised words its article follows on the same line, up to a
    word sentences begin with; where none comes, the run's last capitalised word is the
    sentence's own (its subject, before a verb in lower case)."""
    words = text.split(" ")
    limit = min(len(words), MAX_NAME_WORDS)
    run = 0
    while run < limit and words[run][:1].isupper() and words[run].lower() not in _SENTENCE_STARTS:
        run += 1
    if not (run < limit and words[run].lower() in _SENTENCE_STARTS):  # no sentence's first word came
        run = run - 1 if 1 < run < len(words) else 0  # the run's last word is the sentence's own
    if run <= 0:
        return None, text
    return " ".join(words[:run]), " ".join(words[run:])


def _accept_header_field(key: str, value: str, result: Extraction) -> bool:
    if len(value) > MAX_TITLE_CHARS if key == "title" else not _a_name(value):
        return False
    if key == "date":
        date = parse_loose_date(value)
        if date is None:
            return False
        result.add("date", date, "clipping-header")
    elif key == "title":
        result.add("title", value, "clipping-header")
    elif key == "author" or (key == "by" and "date" in result.fields):
        result.add_creators(value, "clipping-header")
    elif key in ("source", "publisher"):
        result.add("publisher", value, "clipping-header")
    else:
        return False
    return True
