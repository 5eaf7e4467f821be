"""What Help shows: the search syntax, the keys, and About (versions and where the indexes are)."""

from __future__ import annotations

import html
from pathlib import Path

from archive import Collection

from .i18n import translate


def _table(heading: str, rows: list[tuple[str, str]]) -> str:
    return (
        f"<h3>{heading}</h3><table cellspacing=4>"
        + "".join(f"<tr><td>{keys}</td><td>{meaning}</td></tr>" for keys, meaning in rows)
        + "</table>"
    )


def syntax_help() -> str:
    """The search syntax, in the viewer's language (the syntax itself is the same in every one)."""
    rows = [
        ("<code>herring quay</code>", translate("Help", "both words, anywhere (text or metadata)")),
        ('<code>"north quay"</code>', translate("Help", "the exact phrase")),
        ("<code>herring OR cod</code>, <code>NOT</code>, <code>( )</code>", translate("Help", "combine")),
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
            "<code>breakwat*</code>, <code>brekwater~</code>",
            translate("Help", "wildcard, fuzzy (at most <code>~2</code>)"),
        ),
        ("<code>-cod</code>, <code>lang:ru</code>", translate("Help", "without a word; words in one language")),
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


def shortcuts_help() -> str:
    rows = [
        ("<b>Ctrl+F</b>, <b>Ctrl+L</b>", translate("Help", "the search field")),
        (translate("Help", "<b>Down</b> (in the search field)"), translate("Help", "into the results")),
        (translate("Help", "<b>Enter</b> (in the results)"), translate("Help", "open the item in its own program")),
        ("<b>Ctrl+Shift+C</b>", translate("Help", "copy the selection's citations")),
        ("<b>Ctrl+S</b>", translate("Help", "save the metadata form (of every selected item)")),
        ("<b>Ctrl+Z</b>", translate("Help", "undo the last save (in a field: its own typing first)")),
        ("<b>Ctrl+E</b>", translate("Help", "export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD")),
        ("<b>Ctrl+Shift+S</b>", translate("Help", "save the search under a name")),
        (
            "<b>Ctrl+1</b>, <b>Ctrl+2</b>, <b>Ctrl+3</b>",
            translate("Help", "compact rows, rows with snippets, grid of thumbnails"),
        ),
        ("<b>F9</b>", translate("Help", "show or hide the facets pane")),
        ("<b>F5</b>", translate("Help", "re-index the collection")),
        (
            translate("Help", "<b>Page Up</b>, <b>Page Down</b>, <b>Ctrl++</b>, <b>Ctrl+-</b>"),
            translate("Help", "PDF pages and zoom"),
        ),
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
