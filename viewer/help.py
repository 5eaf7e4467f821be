"""What Help shows: the search syntax, the keys, and About (versions and where the indexes are)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

from archive import Collection

from .i18n import translate


def _table(heading: str, rows: list[tuple[str, str]]) -> str:
    return (
        f"<h3>{heading}</h3><table cellspacing=4>"
        + "".join(f"<tr><td>{keys}</td><td>{meaning}</td></tr>" for keys, meaning in rows)
        + "</table>"
    )


#: The words of the syntax's examples, in the viewer's language: two words, a phrase, a word left
#: out, a word begun, a word misspelt.
EXAMPLES = (
    QT_TRANSLATE_NOOP("Help", "herring"),
    QT_TRANSLATE_NOOP("Help", "quay"),
    QT_TRANSLATE_NOOP("Help", "north quay"),
    QT_TRANSLATE_NOOP("Help", "cod"),
    QT_TRANSLATE_NOOP("Help", "breakwat*"),
    QT_TRANSLATE_NOOP("Help", "brekwater~"),
)


def syntax_help() -> str:
    """The search syntax, in the viewer's language (the syntax itself is the same in every one; its
    example words are the language's)."""
    word, other, phrase, without, wildcard, fuzzy = (html.escape(translate("Help", text)) for text in EXAMPLES)
    rows = [
        (f"<code>{word} {other}</code>", translate("Help", "both words, anywhere (text or metadata)")),
        (f'<code>"{phrase}"</code>', translate("Help", "the exact phrase")),
        (f"<code>{word} OR {without}</code>, <code>NOT</code>, <code>( )</code>", translate("Help", "combine")),
        (
            "<code>title:</code> <code>creator:</code> <code>recipient:</code> <code>publisher:</code> "
            "<code>subject:</code> <code>type:</code> <code>format:</code> <code>language:</code> <code>path:</code> <code>tag:</code> "  # noqa: E501
            "<code>series:</code> <code>location:</code> <code>transcription:</code>",
            translate("Help", "one field"),
        ),
        (
            "<code>date:1953</code>, <code>date:[1950 TO 1960-06]</code>, <code>date:&gt;1990</code>",
            translate("Help", "dates and ranges (an item dated only 1953 is not in <code>date:1953-02</code>)"),
        ),
        (
            f"<code>{wildcard}</code>, <code>{fuzzy}</code>",
            translate("Help", "wildcard, fuzzy (at most <code>~2</code>)"),
        ),
        (f"<code>-{without}</code>, <code>lang:ru</code>", translate("Help", "without a word; words in one language")),
        ("<code>thread:&lt;id&gt;</code>", translate("Help", "a message and the replies to it")),
        ("<code>@name</code>", translate("Help", "a saved search (Search ▸ Save Search…)")),
    ]
    return (
        _table(translate("Help", "Search syntax"), rows)
        + "<p>"
        + translate(
            "Help",
            "Words are matched in every form (<i>survey</i> finds <i>surveying</i>) and without accents (<i>resume</i> "
            "finds <i>résumé</i>). Click a facet on the left to narrow the list; click it again to clear.",
        )
        + "</p>"
    )


def _keys(*sequences: str) -> str:
    """Keys as the desktop names them in the viewer's language ('Strg+Umschalt+C'), in bold."""
    return ", ".join(
        f"<b>{html.escape(QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText))}</b>"
        for keys in sequences
    )


def shortcuts_help() -> str:
    rows = [
        (_keys("Ctrl+F", "Ctrl+L"), translate("Help", "the search field")),
        (
            translate("Help", "{keys} (in the search field)").format(keys=_keys("Down")),
            translate("Help", "into the results"),
        ),
        (
            translate("Help", "{keys} (in the results)").format(keys=_keys("Enter")),
            translate("Help", "open the item in its own program"),
        ),
        (_keys("Ctrl+Shift+C"), translate("Help", "copy the selection's citations")),
        (_keys("Ctrl+S"), translate("Help", "save the metadata form (of every selected item)")),
        (_keys("Ctrl+Z"), translate("Help", "undo the last save (in a field: its own typing first)")),
        (_keys("Ctrl+E"), translate("Help", "export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD")),
        (_keys("Ctrl+Shift+S"), translate("Help", "save the search under a name")),
        (
            _keys("Ctrl+1", "Ctrl+2", "Ctrl+3"),
            translate("Help", "compact rows, rows with snippets, grid of thumbnails"),
        ),
        (_keys("F9"), translate("Help", "show or hide the facets pane")),
        (_keys("F5"), translate("Help", "re-index the collection")),
        (_keys("PgUp", "PgDown", "Ctrl++", "Ctrl+-"), translate("Help", "PDF pages and zoom")),
    ]
    return _table(translate("Help", "Keyboard shortcuts"), rows)


def about_text(collection: Collection | None, index_base: Path | None) -> str:
    """Versions of everything that reads or formats, and where the indexes are."""
    import PySide6
    from PySide6.QtCore import qVersion

    from archive import pandoc_version, tesseract_version, version

    where = (
        str(collection.index_dir)
        if collection is not None
        else str(index_base or translate("Help", "the platform's data folder"))
    )
    rows = [
        (translate("Help", "Index folder"), html.escape(where)),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
        (translate("Help", "Tesseract (OCR)"), tesseract_version() or translate("Help", "not installed")),
        (translate("Help", "pandoc (citations)"), pandoc_version() or translate("Help", "not available")),
    ]
    heading = translate("Help", "Archive viewer {version}").format(version=version())
    purpose = translate(
        "Help",
        "Search, view, correct and cite a folder of documents, offline. Nothing is ever written "
        "into the collection folder.",
    )
    return (
        f"<h3>{heading}</h3><p>{purpose}</p><table cellspacing=3>"
        + "".join(f"<tr><td>{name}</td><td>{value}</td></tr>" for name, value in rows)
        + "</table>"
    )
