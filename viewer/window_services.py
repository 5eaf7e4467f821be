"""What the window offers the parts it is made of, each part's share named as a protocol: a part
is given the window typed as its protocol and reaches nothing else of it (tests/test_viewer_structure.py
checks every ``window.NAME`` a part uses against its protocol). A new need of a part is a new line
here, in sight, not a new reach into the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar, QToolButton, QWidget

    from archive import Collection

    from .indexing import Indexing
    from .message_bar import MessageBar
    from .panels.duplicates import DuplicatesDialog
    from .panels.facets import FacetPanel
    from .panels.timeline import Timeline
    from .saved_searches import SavedSearches
    from .scope import SearchScope
    from .searching import Searching
    from .selection import Selection
    from .tasks import BackgroundJobs


class Services(Protocol):
    """What every part may use: the open collection, where indexes live, the queue of catalog
    writes, and the two places that tell the person something."""

    collection: Collection | None
    index_base: Path | None
    jobs: BackgroundJobs
    message_bar: MessageBar
    scope: SearchScope  # the collections searched, and which one a row's item is of

    def show_status(self, text: str, timeout: int = 8000) -> None: ...


class IndexingHost(Services, Protocol):
    """The index runs' part."""


class SelectionHost(Services, Protocol):
    """The selected items' part: it starts searches again after an edit and asks for index runs."""

    searching: Searching
    indexing: Indexing


class SearchingHost(Services, Protocol):
    """The searches' part, and the panels that narrow them."""

    selection: Selection
    indexing: Indexing
    facets: FacetPanel
    timeline: Timeline
    clear_filters_button: QToolButton


class SavedSearchesHost(Services, Protocol):
    """The saved searches' menu."""

    searching: Searching


class DuplicatesHost(Services, Protocol):
    """The duplicates' dialog, kept by the window while it is open."""

    selection: Selection
    duplicates_dialog: DuplicatesDialog | None


class MenusHost(Protocol):
    """The menu bar: every command the window and its parts offer."""

    searching: Searching
    selection: Selection
    indexing: Indexing
    saved_searches: SavedSearches
    side_pane: QWidget
    scope: SearchScope

    def menuBar(self) -> QMenuBar: ...
    def add_to_search(self) -> None: ...
    def close(self) -> bool: ...
    def choose_collection(self) -> None: ...
    def open_collection(self, folder: str | Path) -> bool: ...
    def find_duplicates(self) -> None: ...
    def set_view_mode(self, mode: str) -> None: ...
    def set_theme(self, name: str) -> None: ...
    def set_language(self, code: str) -> None: ...
    def show_column(self, key: str, shown: bool) -> None: ...
    def show_about(self) -> None: ...
    def show_accession_report(self) -> None: ...
    def edit_collection_record(self) -> None: ...
    def show_names(self) -> None: ...
