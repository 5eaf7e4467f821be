"""Reading members of ZIP-based documents (DOCX, ODT, EPUB) with a bound on what is inflated."""

from __future__ import annotations

import zipfile

from .base import ExtractionError

MAX_MEMBER_BYTES = 64 * 1024 * 1024
#: A member inflating more than this many times its stored size, past a mebibyte, is a bomb: real
#: documents and files compress by 2–20 times; text of one repeated byte, a thousand.
MAX_RATIO = 200


def inflates_like_a_bomb(info: zipfile.ZipInfo) -> bool:
    """Whether a ZIP member's declared sizes say bomb (the one rule for documents' parts and for
    the files of a zip)."""
    return bool(info.compress_size) and info.file_size > 1024 * 1024 and info.file_size / info.compress_size > MAX_RATIO


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_MEMBER_BYTES) -> bytes:
    """Inflate one member, refusing zip bombs: a declared size or ratio past the limits, or a lie."""
    try:
        info = archive.getinfo(name)
    except KeyError as error:
        raise ExtractionError(f"damaged document: {name} is missing") from error
    if info.file_size > limit or inflates_like_a_bomb(info):
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
