"""archive: index a folder of documents in place, search it, show and correct each item's record.

The core library of the archive viewer; it never imports Qt.
"""

from .collection import Collection, describe_file
from .errors import ArchiveError
from .model import FixityReport, Hit, IndexProgress, IndexReport, Record, SearchResult

__all__ = [
    "ArchiveError", "Collection", "FixityReport", "Hit", "IndexProgress", "IndexReport",
    "Record", "SearchResult", "describe_file",
]
