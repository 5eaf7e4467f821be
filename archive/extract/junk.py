"""Values that authoring tools leave in title, author and publisher fields and that no cataloguer
would take for one: markup residue, file and tool names, placeholders, punctuation runs."""

from __future__ import annotations

import re

#: Values that authoring tools write in any field when a person wrote nothing.
PLACEHOLDERS = frozenset({"unspecified", "untitled", "anonymous", "unknown", "none", "null", "n/a", "-"})
#: Defaults that are no title, name or publisher (but may well be a keyword or a description).
_CATALOGUE_PLACEHOLDERS = PLACEHOLDERS | {
    "no title",
    "title",
    "author",
    "user",
    "owner",
    "administrator",
    "admin",
    "default",
    "standard",
    "microsoft office user",
    "windows user",
    "valued customer",
    "preferred customer",
    "registered user",
    "home",
    "home page",
    "homepage",
    "index",
    "welcome",
    "untitled document",
    "page title",
    "your title here",
    "insert title here",
}
_DOCUMENT_NUMBER = re.compile(
    r"^(document|doc|untitled|new document|new page|dokument|sans titre|page)\s*\d*$", re.IGNORECASE
)
_FILE_NAME = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - .*|[\w~$ .()\[\]-]*\.(?:dvi|docx?|tex|pdf|ps|eps|rtf|odt|indd|qxd"
    r"|qxp|pub|txt|html?|xlsx?|pptx?|jpe?g|png|tiff?|wpd|lwp|sxw|pages|mdi|p65|pm\d))$",
    re.IGNORECASE,
)
_PATH = re.compile(r"^(?:[a-z]:[\\/]|\\\\|~?/)", re.IGNORECASE)
#: Programs that sign themselves in a field meant for a person or a title.
_TOOL = re.compile(
    r"^(?:microsoft(?:®)? (?:word|office|excel|powerpoint)(?: \d+| for \w+)?|writer|calc|impress|latex(?: with hyperref(?: package)?)?"  # noqa: E501
    r"|pdf ?tex(?:-[\d.]+)?|xetex|luatex|dvips(?:\(k\))?(?: [\d.]+)?|dvipdfmx?|ghostscript|gpl ghostscript(?: [\d.]+)?"
    r"|(?:adobe )?acrobat(?: \w+)*(?: [\d.]+)?|acrobat distiller(?: [\d.]+)?|pscript5\.dll(?: version [\d.]+)?"
    r"|libreoffice(?: [\d.]+)?|openoffice(?:\.org)?(?: [\d.]+)?|quarkxpress(?:\(r\))?(?: [\d.]+)?|(?:adobe )?indesign(?: \w+)*"  # noqa: E501
    r"|pdfcreator(?: [\d.]+)?|cairo(?: [\d.]+)?|skia/pdf(?: \w+)*|quartz pdfcontext|itext(?: [\d.]+)?|word)$",
    re.IGNORECASE,
)
#: What TeX and PostScript leave behind: commands, dimensions, options, coordinates.
_MARKUP_RESIDUE = re.compile(
    r"\\[a-zA-Z@]+|%%|~~|`_|_`|``|[a-z]{3,}=[\w.!-]+|\(\s*-?[\d.]*\s*,\s*-?[\d.]+\s*\)|\[[a-z][a-zA-Z]?\]|\{|\}"
)
#: (Each number matched one way only: '\d*\.?\d+' tried every split of a long run of digits, minutes
#: for a text of a million zeros.)
_LEADING_LENGTH = re.compile(r"^\*?\s*-?(?:\d+(?:\.\d+)?|\.\d+)\s*(?:cm|mm|pt|ex|em|in|bp)(?=[A-Z\W])")
#: Three punctuation characters in a row; prose has runs of stops, quotes, brackets and dashes
#: ('»).', ')...', '«-(') but not of the rest ('`%%%`#`', '~~~').
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{3,}")
_PROSE_PUNCTUATION = frozenset(".,;:!?'\"«»“”‘’„‚‹›()[]-–—/…")


def junk_reason(value: str) -> str | None:
    """Why ``value`` is not a title, a name or a publisher, or None when it may be one."""
    text = value.strip()
    lowered = text.lower()
    if not text:
        return "empty"
    if lowered in _CATALOGUE_PLACEHOLDERS or _DOCUMENT_NUMBER.match(text):
        return "a placeholder"
    if _FILE_NAME.match(text) or _PATH.search(text):
        return "a file name"
    if _TOOL.match(text):
        return "the name of a program"
    if _MARKUP_RESIDUE.search(text):
        return "TeX or PostScript residue"
    letters = sum(character.isalpha() for character in text)
    if sum(not (character.isalnum() or character.isspace()) for character in text) > letters:
        return "mostly punctuation"
    if any(set(run) - _PROSE_PUNCTUATION for run in _PUNCTUATION_RUN.findall(text)):
        return "three punctuation characters in a row"
    return None


def without_leading_lengths(title: str) -> str:
    """'*-1cmThe xkeyval package' → 'The xkeyval package': a TeX length glued to a title."""
    return _LEADING_LENGTH.sub("", title)


def describe_rejected(field: str, value: str, reason: str) -> str:
    """The warning kept on the record for a value that was not taken."""
    shown = value if len(value) <= 60 else value[:57] + "…"
    return f"{field} {shown!r} not taken: {reason}"
