"""Titles of plain-text formats, read the way their own tools would: a reStructuredText file's
first section title, a Markdown file's front matter or first heading, a manual page's NAME line;
any other text's headline-like first line."""

from __future__ import annotations

import re

TITLE_WORDS = 12
#: A title cut from the first sentence is at most this long (a text of one long word has no sentence).
TITLE_CHARS = 200
#: The first sentence is looked for in this much of the text.
TITLE_SCAN_CHARS = 4000
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_DECORATION_LINES = re.compile(r"^[\W_]*$\n?", re.MULTILINE)

# -- reStructuredText ---------------------------------------------------------------------------

#: A section adornment: one punctuation character repeated (at least two of them).
_ADORNMENT = re.compile(r"^([!-/:-@\[-`{-~])\1+\s*$")
#: ':mod:`!name`', ':ref:`text <target>`', ':func:`~os.stat`'.
_ROLE = re.compile(r":[\w.+-]+:`(?P<text>[^`]*)`")
_LITERAL = re.compile(r"``(?P<text>.+?)``")
_EMPHASIS = re.compile(r"(\*\*|\*|`)(?P<text>[^*`]+)\1")
#: '.. sectionauthor:: Fred L. Drake, Jr. <fdrake@acm.org>' and '.. moduleauthor:: …'.
_RST_AUTHOR = re.compile(r"^\.\. (?:section|module|code)author::\s*(?P<name>.+?)\s*$", re.MULTILINE)


def rst_title(text: str) -> str | None:
    """The first section title, skipping comments, directives (with their indented bodies),
    labels and adornment-only lines."""
    lines = text.split("\n")
    for number, line in enumerate(lines[:-1]):
        candidate = line.strip()
        overlined = number > 0 and _ADORNMENT.match(lines[number - 1].strip()) is not None
        if (
            not candidate
            or (line[0].isspace() and not overlined)
            or candidate.startswith("..")
            or _ADORNMENT.match(candidate)
        ):
            continue
        underline = lines[number + 1].strip()
        if _ADORNMENT.match(underline) and len(underline) >= len(candidate):
            return rst_inline(candidate)
    return None


def rst_inline(text: str) -> str:
    """reStructuredText inline markup as the reader sees it: ':mod:`!poplib` --- POP3' → 'poplib — POP3'."""
    text = _ROLE.sub(lambda match: _role_text(match["text"]), text)
    text = _LITERAL.sub(lambda match: match["text"], text)
    text = _EMPHASIS.sub(lambda match: match["text"], text)
    text = text.replace("\\ ", "").replace("---", "—").replace("--", "–")
    return " ".join(text.split())


def _role_text(text: str) -> str:
    shown, _, target = text.partition(" <")
    if target:  # ':ref:`import <importsystem>`' shows 'import'
        return shown.strip()
    text = text.lstrip("!")
    return text[1:].rsplit(".", 1)[-1] if text.startswith("~") else text


def rst_authors(text: str) -> list[str]:
    return _RST_AUTHOR.findall(text)


# -- Markdown -----------------------------------------------------------------------------------

_FRONT_MATTER_TITLE = re.compile(
    r"\A---\s*\n(?:.*\n)*?title\s*:\s*[\"']?(?P<title>[^\n]+?)[\"']?\s*\n(?:.*\n)*?---\s*$", re.MULTILINE
)
_ATX_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$", re.MULTILINE)
_MARKDOWN_INLINE = re.compile(r"(\*\*|__|\*|_|`)(?P<text>.+?)\1")
_MARKDOWN_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)]*\)")


def markdown_title(text: str) -> str | None:
    """Front matter's ``title:``, else the first ``#`` heading, else a Setext heading."""
    found = _FRONT_MATTER_TITLE.match(text) or _ATX_HEADING.search(text)
    title = found["title"] if found else rst_title(text)  # 'Title\n=====' is a Setext heading too
    if not title:
        return None
    title = _MARKDOWN_LINK.sub(lambda match: match["text"], title)
    return " ".join(_MARKDOWN_INLINE.sub(lambda match: match["text"], title).split())


# -- manual pages -------------------------------------------------------------------------------

#: 'ls(1)    User Commands    ls(1)': the header line of a formatted manual page.
_MAN_HEADER = re.compile(r"^\s*\S.*?\((?P<section>\w+)\).*\S\((?P=section)\)\s*$")


#: The first section's heading in the languages of the manual pages Debian ships.
_NAME_HEADINGS = frozenset(
    {"name", "nom", "bezeichnung", "название", "имя", "nombre", "nome", "naam", "nazwa", "名前", "名称"}
)


def man_title(text: str) -> str | None:
    """'ls — list directory contents': the first section (NAME, НАЗВАНИЕ, BEZEICHNUNG, NOM…,
    whatever the language, it always comes first) of a formatted manual page, known by its
    header line ('ls(1)  User Commands  ls(1)') or by that heading and its 'name - what' line."""
    lines = text.split("\n")
    starts = [number for number, line in enumerate(lines[:40]) if line.strip() and not line[0].isspace()][:2]
    if not starts:
        return None
    headed = _MAN_HEADER.match(lines[starts[0]]) is not None
    if not headed and not any(lines[number].strip().lower() in _NAME_HEADINGS for number in starts):
        return None
    body: list[str] = []
    for line in lines[starts[0] + 1 :]:
        if line.strip() and not line[0].isspace():  # a section heading
            if body:
                break
            continue
        if line.strip():
            body.append(line.strip())
        elif body:
            break
    joined = re.sub(r"(?<=\w)\u2010 (?=\w)", "", " ".join(body))  # groff's hyphenation at a line's end: 'Bre‐ ite'
    name, dashes = re.subn(r"\s+[-–—]\s+", " — ", " ".join(joined.split()), count=1)
    return name if name and (headed or dashes) else None


# -- any text -----------------------------------------------------------------------------------


def first_line_title(body: str) -> str | None:
    """A short headline-like first line, else the first sentence cut to about a dozen words."""
    # Lines of decoration alone (reStructuredText's '*****' or '=====' around a heading) are not it.
    stripped = _DECORATION_LINES.sub("", body).strip()
    if not stripped:
        return None
    first_line = stripped.split("\n", 1)[0].strip().lstrip("#").strip()
    words = first_line.split()
    if words and len(words) <= TITLE_WORDS and len(first_line) <= 120 and not first_line.endswith((".", ",", ";", ":")):
        return first_line
    sentence = _SENTENCE_END.split(" ".join(stripped[:TITLE_SCAN_CHARS].split()), maxsplit=1)[0]
    words = sentence.split()
    if len(words) <= TITLE_WORDS and len(sentence) <= TITLE_CHARS:
        return sentence.rstrip(".")
    return " ".join(words[:TITLE_WORDS])[:TITLE_CHARS].rstrip(",;:") + "…"


def text_title(body: str, name: str) -> tuple[str | None, str]:
    """(title, where it came from) of a text file called ``name``."""
    lowered = name.lower()
    if lowered.endswith((".rst", ".rst.txt", ".rest")):
        return rst_title(body), "rst-title"
    if lowered.endswith((".md", ".markdown", ".md.txt")):
        return markdown_title(body), "markdown-title"
    title = man_title(body)
    if title:
        return title, "man-name"
    return first_line_title(body), "first-line"
