"""What a file is, by its content first and its name second: old drives are full of `LETTER`,
`REPORT.BAK`, `.txt` files that are Word documents and `.doc` files that are RTF.

The first bytes are matched against puremagic's table of signatures (MIT, pure Python); the
containers that many formats share are then looked into: a ZIP's `mimetype` member (OpenDocument,
EPUB) or its `[Content_Types].xml` (Word, Excel, PowerPoint), an OLE compound file's streams
(Word, Excel and PowerPoint 97–2003, Outlook messages). Text has no signature: a file that is not
binary is told apart by its start (XML, HTML, RTF, PostScript, vCard, iCalendar) or taken by its
name's suffix. No extractor is imported here."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .formats import guess_format

#: Bytes read to identify a file.
HEAD_BYTES = 8192
OCTET_STREAM = "application/octet-stream"

_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_OLE = (  # a stream that only this kind of file has → its type
    ("WordDocument", "application/msword"),
    ("Workbook", "application/vnd.ms-excel"),
    ("Book", "application/vnd.ms-excel"),
    ("PowerPoint Document", "application/vnd.ms-powerpoint"),
    ("__substg1.0_0037001F", "application/vnd.ms-outlook"),
    ("__substg1.0_0037001E", "application/vnd.ms-outlook"),
)
#: How text that has no signature starts (after white space), by type.
_TEXT_STARTS = (
    (b"{\\rtf", "application/rtf"),
    (b"%!PS-Adobe-3.0 EPSF", "application/postscript"),
    (b"%!", "application/postscript"),
    (b"BEGIN:VCARD", "text/vcard"),
    (b"BEGIN:VCALENDAR", "text/calendar"),
    (b"<!DOCTYPE html", "text/html"),
    (b"<html", "text/html"),
    (b"<svg", "image/svg+xml"),
)
_MAIL_HEADER = re.compile(
    rb"(?:Return-Path|Received|Delivered-To|X-Original-To|Envelope-To|Message-ID|MIME-Version|From|To|Date|Subject"
    rb"|Reply-To|Content-Type|X-Mozilla-Status|X-Apple-[\w-]+):",
    re.IGNORECASE,
)
#: Signatures puremagic does not tell apart well enough, checked first.
_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"AT&TFORM", "image/vnd.djvu"),
    (b"fLaC", "audio/flac"),
    (b"ID3", "audio/mpeg"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"GIF8", "image/gif"),
    (b"From ", "application/mbox"),
    (b"\x1f\x8b", "application/gzip"),
    (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"!BDN", "application/vnd.ms-outlook-pst"),
    (b"EVF\x09\x0d\x0a\xff\x00", "application/x-ewf"),
    (b"\xffWPC", "application/vnd.wordperfect"),
)


def identify(path: Path) -> tuple[str, str | None]:
    """(the file's MIME type, a warning when its name says something else). A file that cannot
    be opened is typed by its name (reading it will say why)."""
    by_name = guess_format(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    except OSError:
        return by_name, None
    found = _by_content(path, head, by_name)
    if found is None or found == by_name or _same_family(found, by_name):
        return by_name, None
    if (found, by_name) in _REFINED:
        return found, None
    return found, f"read as {found}: its content says so, though its name says {by_name}"


def _by_content(path: Path, head: bytes, by_name: str) -> str | None:
    if not head:
        return None
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            if mime == "application/mbox" and not by_name.startswith(("message/", "application/mbox", OCTET_STREAM)):
                return None  # a text that starts with "From " is only a mailbox when not named otherwise
            return mime
    if head[257:262] == b"ustar":
        return "application/x-tar"
    if head[:5].isdigit() and head[20:24] == b"4500":  # a MARC 21 record's leader: its length, then its entry map
        return "application/marc"
    if _a_file_system(head):
        return "application/x-raw-disk-image"
    if by_name in ("application/x-iso9660-image", "application/x-raw-disk-image", OCTET_STREAM):
        if _disc_label(path) == b"CD001":
            return "application/x-iso9660-image"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path) or "application/zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return _ole_kind(path) or "application/x-ole-storage"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand.startswith((b"heic", b"heix", b"mif1", b"msf1", b"heim", b"heis")):
            return "image/heic"
        if brand.startswith((b"M4A", b"M4B")):
            return "audio/mp4"
        return "video/quicktime" if brand == b"qt  " else "video/mp4"
    if head.startswith(b"RIFF") and head[8:12] in (b"WAVE", b"AVI ", b"WEBP"):
        return {b"WAVE": "audio/x-wav", b"AVI ": "video/x-msvideo", b"WEBP": "image/webp"}[head[8:12]]
    if head.startswith(b"OggS"):
        return "audio/ogg"
    if _looks_like_text(head):
        return _text_kind(head, by_name)
    return _puremagic(head)


#: Types whose files are ZIP or OLE containers: a damaged one looks like a bare container.
_IN_ZIP = frozenset(
    {
        *_OOXML.values(),
        "application/epub+zip",
        "application/vnd.oasis.opendocument.text",
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.oasis.opendocument.presentation",
    }
)
_IN_OLE = frozenset(mime for _, mime in _OLE)


#: (what the content says, what the name says) where the content only says more: no warning.
_REFINED = frozenset({("application/x-twitter-archive", "text/javascript")})


def _same_family(found: str, by_name: str) -> bool:
    """Names that say the same as the content in other words (a .jpe, a .text file), or more
    (a .docx whose container is damaged: its reader says what is wrong)."""
    return (
        (found == "text/plain" and _textual(by_name))  # plain, Markdown, CSV, source code: the name says which
        or (found == "application/zip" and by_name in _IN_ZIP)
        or (found == "application/x-ole-storage" and by_name in _IN_OLE)
    )


def _a_file_system(head: bytes) -> bool:
    """A FAT, exFAT or NTFS boot sector: the image of a floppy, a stick, a partition."""
    return head[510:512] == b"\x55\xaa" and (
        head[54:59] in (b"FAT12", b"FAT16") or head[82:87] == b"FAT32" or head[3:11] in (b"NTFS    ", b"EXFAT   ")
    )


#: Where an ISO 9660 disc's first volume descriptor says "CD001" (sector 16, after its type byte).
ISO_LABEL_AT = 16 * 2048 + 1


def _disc_label(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            handle.seek(ISO_LABEL_AT)
            return handle.read(5)
    except OSError:
        return b""


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in head[:4096]


def _text_kind(head: bytes, by_name: str) -> str:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    for prefix, mime in _TEXT_STARTS:
        if start[: len(prefix)].lower() == prefix.lower():
            return mime
    if start.startswith(b"<?xml"):
        lowered = start[:2048].lower()
        if b"<html" in lowered:
            return "application/xhtml+xml" if by_name == "application/xhtml+xml" else "text/html"
        if b"<svg" in lowered:
            return "image/svg+xml"
        return by_name if by_name.endswith("xml") else "application/xml"
    if start.startswith(b"window.YTD."):
        return "application/x-twitter-archive"
    if by_name == OCTET_STREAM and _MAIL_HEADER.match(start):
        return "message/rfc822"  # a saved message with no suffix
    return by_name if _textual(by_name) else "text/plain"


def _textual(mime: str) -> bool:
    """Types whose files are text (their name tells which kind)."""
    return (
        mime.startswith("text/")
        or mime.endswith(("xml", "json", "yaml"))
        or mime in ("application/sql", "application/x-tex", "message/rfc822", "message/x-emlx", "application/mbox")
    )


def _zip_kind(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                declared = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
                if declared:
                    return declared
            if "[Content_Types].xml" in names:
                for prefix, mime in _OOXML.items():
                    if any(name.startswith(prefix) for name in names):
                        return mime
    except (zipfile.BadZipFile, OSError, ValueError, KeyError):
        return None
    return None


def _ole_kind(path: Path) -> str | None:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry) for entry in ole.listdir()}
    except Exception:  # a damaged compound file: olefile raises many kinds; its name decides
        return None
    for stream, mime in _OLE:
        if stream in streams:
            return mime
    return None


def _puremagic(head: bytes) -> str | None:
    import puremagic

    try:
        found = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    best = [match for match in found if match.mime_type and match.confidence >= 0.4]
    return best[0].mime_type if best else None
