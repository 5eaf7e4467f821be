"""Reading members of ZIP-based documents (DOCX, ODT, EPUB) with a bound on what is inflated."""

from __future__ import annotations

import zipfile

from .base import ExtractionError

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_RATIO = 200


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """Inflate one member, refusing zip bombs: a declared size or ratio past the limits, or a lie."""
    try:
        info = archive.getinfo(name)
    except KeyError as error:
        raise ExtractionError(f"damaged document: {name} is missing") from error
    if info.file_size > limit or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024):
        raise ExtractionError(f"refused: {name} would inflate to {info.file_size} bytes (zip bomb?)")
    with archive.open(info) as member:
        data = member.read(limit + 1)
    if len(data) > limit:
        raise ExtractionError(f"refused: {name} inflates past {limit} bytes (zip bomb?)")
    return data


def open_zip(path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ExtractionError(f"damaged document (not a readable ZIP container): {error}") from error
