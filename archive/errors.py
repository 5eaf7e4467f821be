"""Errors the core raises for a person to read: each message is one line and says what to do."""

from __future__ import annotations


class ArchiveError(Exception):
    """A command could not do its job; str(error) is the one-line message to show."""


class CollectionNotFound(ArchiveError):
    pass


class NotIndexed(ArchiveError):
    pass


class IndexBusy(ArchiveError):
    pass


class UsageError(ArchiveError):
    """Something a person typed cannot be used as given (the command exits 2)."""


class DiskFull(ArchiveError):
    """The disk holding the index folder filled up during a run."""


class IndexDamaged(ArchiveError):
    """The search index cannot be read; ``archive index`` rebuilds it from the catalog."""


class IndexLost(ArchiveError):
    """The search index must be rebuilt from the catalog (``archive index`` does it)."""


class InvalidEdit(UsageError):
    pass


class QueryError(UsageError):
    """A query or filter a person typed cannot be understood; the message says what and where
    (``column``: 1-based, in the query as typed; None for an option such as --type)."""

    def __init__(self, message: str, column: int | None = None) -> None:
        super().__init__(message)
        self.column = column


class Interrupted(BaseException):
    """A run stopped by a signal (Ctrl+C, SIGTERM). Like KeyboardInterrupt, not an Exception: no
    ``except Exception`` swallows it. ``committed``: the files an index run had saved by then."""

    def __init__(self, signal_number: int, committed: int | None = None) -> None:
        super().__init__(signal_number, committed)
        self.signal_number = signal_number
        self.committed = committed
