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


class InvalidEdit(ArchiveError):
    pass


class QueryError(ArchiveError):
    """A query or filter a person typed cannot be understood; the message says why."""
