"""archive: index a folder of documents in place, search it, show and correct each item's record.

The core library of the archive viewer; it never imports Qt. Its names are imported when first
used, so that the `archive` command can catch a Ctrl+C that comes while the program loads.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .collection import Collection, describe_file
    from .errors import ArchiveError
    from .model import FixityReport, Hit, IndexProgress, IndexReport, Record, SearchResult

_MODULE_OF = {
    "Collection": ".collection", "describe_file": ".collection", "ArchiveError": ".errors",
    **dict.fromkeys(["FixityReport", "Hit", "IndexProgress", "IndexReport", "Record", "SearchResult"], ".model"),
}
__all__ = [
    "ArchiveError", "Collection", "FixityReport", "Hit", "IndexProgress", "IndexReport",
    "Record", "SearchResult", "describe_file",
]


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
