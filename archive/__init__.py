"""archive: index a folder of documents in place, search it, show and correct each item's record.

The core library of the archive viewer; it never imports Qt. Its public names are here: the
façade (Collection), the records it hands out, and what a front end needs beside them (a
citation style's list, an edit's plan, a PDF's pages, the helpers' versions…). The viewer imports
these and the model only (tests/test_viewer_structure.py), so the modules behind them can move.
Each is imported when first used, so that the `archive` command can catch a Ctrl+C that comes
while the program loads.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access import held_back, is_open
    from .export import MAIL_FORMATS
    from .export.bag import BagReport
    from .cite import find_style, format_bibliography, pandoc_version, style_titles
    from .collection import Collection
    from .extracted import describe_file
    from .duplicates import DuplicateGroup
    from .edits import EditPlan
    from .errors import ArchiveError
    from .extract.ocr import tesseract_version
    from .formats import SOURCE_CODE, format_name, is_table
    from .member_paths import container_label, member_name
    from .model import FixityReport, Hit, IndexProgress, IndexReport, Record, SearchResult
    from .pdf_pages import Box, PdfPages, PdfUnreadable
    from .pictures import HEIC, PictureError, is_video
    from .saved_searches import SavedSearch
    from .report import accession_report, write_report
    from .snippets import Passage
    from .thumbnails import Thumbnails, has_thumbnail, is_picture

_MODULE_OF = {
    "Collection": ".collection",
    "CollectionSet": ".collection_set",
    "describe_file": ".extracted",
    "ArchiveError": ".errors",
    **dict.fromkeys(["held_back", "is_open"], ".access"),
    "BagReport": ".export.bag",
    "MAIL_FORMATS": ".export",
    **dict.fromkeys(["FixityReport", "Hit", "IndexProgress", "IndexReport", "Record", "SearchResult"], ".model"),
    # What a front end needs beside the façade and its records.
    **dict.fromkeys(["find_style", "format_bibliography", "pandoc_version", "style_titles"], ".cite"),
    "DuplicateGroup": ".duplicates",
    "EditPlan": ".edits",
    "in_name_order": ".groups",
    "tesseract_version": ".extract.ocr",
    **dict.fromkeys(["SOURCE_CODE", "format_name", "is_table"], ".formats"),
    **dict.fromkeys(["container_label", "member_name"], ".member_paths"),
    **dict.fromkeys(["Box", "PdfPages", "PdfUnreadable"], ".pdf_pages"),
    **dict.fromkeys(["HEIC", "PictureError", "is_video"], ".pictures"),
    "SavedSearch": ".saved_searches",
    "Passage": ".snippets",
    **dict.fromkeys(["accession_report", "write_report"], ".report"),
    **dict.fromkeys(["Thumbnails", "has_thumbnail", "is_picture"], ".thumbnails"),
}
__all__ = sorted(_MODULE_OF)


def version() -> str:
    """The installed program's version ('0.1.0')."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("archive-viewer")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_MODULE_OF[name], __name__), name)
