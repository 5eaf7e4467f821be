"""What Help shows: the search syntax, the keys, and About (versions and where the indexes are)."""

from __future__ import annotations

import html
from pathlib import Path

from archive import Collection

SYNTAX_HELP = """<h3>Search syntax</h3><table cellspacing=4>
<tr><td><code>herring quay</code></td><td>both words, anywhere (text or metadata)</td></tr>
<tr><td><code>"north quay"</code></td><td>the exact phrase</td></tr>
<tr><td><code>herring OR cod</code>, <code>NOT</code>, <code>( )</code></td><td>combine</td></tr>
<tr><td><code>title:</code> <code>creator:</code> <code>recipient:</code> <code>publisher:</code> <code>subject:</code> <code>type:</code> <code>format:</code> <code>language:</code> <code>path:</code> <code>tag:</code></td><td>one field</td></tr>
<tr><td><code>date:1953</code>, <code>date:[1950 TO 1960-06]</code>, <code>date:&gt;1990</code></td><td>dates and ranges (an item dated only 1953 is not in <code>date:1953-02</code>)</td></tr>
<tr><td><code>breakwat*</code>, <code>brekwater~</code></td><td>wildcard, fuzzy (at most <code>~2</code>)</td></tr>
<tr><td><code>-cod</code>, <code>lang:ru</code></td><td>without a word; words in one language</td></tr>
<tr><td><code>@name</code></td><td>a saved search (Search ▸ Save Search…)</td></tr>
</table><p>Words are matched in every form (<i>survey</i> finds <i>surveying</i>) and without accents
(<i>resume</i> finds <i>résumé</i>). Click a facet on the left to narrow the list; click it again to clear.</p>"""


SHORTCUTS_HELP = """<h3>Keyboard shortcuts</h3><table cellspacing=4>
<tr><td><b>Ctrl+F</b>, <b>Ctrl+L</b></td><td>the search field</td></tr>
<tr><td><b>Down</b> (in the search field)</td><td>into the results</td></tr>
<tr><td><b>Enter</b> (in the results)</td><td>open the item in its own program</td></tr>
<tr><td><b>Ctrl+Shift+C</b></td><td>copy the selection's citations</td></tr>
<tr><td><b>Ctrl+S</b></td><td>save the metadata form (of every selected item)</td></tr>
<tr><td><b>Ctrl+Z</b></td><td>undo the last save (in a field: its own typing first)</td></tr>
<tr><td><b>Ctrl+E</b></td><td>export the selection: CSV, citations, Dublin Core, MODS, MARC, EAD</td></tr>
<tr><td><b>Ctrl+Shift+S</b></td><td>save the search under a name</td></tr>
<tr><td><b>Ctrl+1</b>, <b>Ctrl+2</b>, <b>Ctrl+3</b></td><td>compact rows, rows with snippets, grid of thumbnails</td></tr>
<tr><td><b>F9</b></td><td>show or hide the facets pane</td></tr>
<tr><td><b>F5</b></td><td>re-index the collection</td></tr>
<tr><td><b>Page Up</b>, <b>Page Down</b>, <b>Ctrl++</b>, <b>Ctrl+-</b></td><td>PDF pages and zoom</td></tr>
</table>"""


def about_text(collection: Collection | None, index_base: Path | None) -> str:
    """Versions of everything that reads or formats, and where the indexes are."""
    import PySide6
    from PySide6.QtCore import qVersion

    from archive import version
    from archive.cite import pandoc_version
    from archive.extract.ocr import tesseract_version

    where = str(collection.index_dir) if collection is not None else str(index_base or "the platform's data folder")
    return (f"<h3>Archive viewer {version()}</h3><p>Search, view, correct and cite a folder of documents, offline. "
            "Nothing is ever written into the collection folder.</p><table cellspacing=3>"
            f"<tr><td>Index folder</td><td>{html.escape(where)}</td></tr>"
            f"<tr><td>Qt / PySide6</td><td>{qVersion()} / {PySide6.__version__}</td></tr>"
            f"<tr><td>Tesseract (OCR)</td><td>{tesseract_version() or 'not installed'}</td></tr>"
            f"<tr><td>pandoc (citations)</td><td>{pandoc_version() or 'not available'}</td></tr></table>")
