"""The file formats the extractors read: by MIME type, the reader, the suffixes a name of that
type has and what people call it. Tables only, so that a search (which checks `format:pdf`)
loads none of the extractors."""

from __future__ import annotations

import mimetypes
from functools import cache
from pathlib import Path

_OOXML = "application/vnd.openxmlformats-officedocument."
_ODF = "application/vnd.oasis.opendocument."
SOURCE_CODE = {
    "text/x-python": (".py",),
    "text/x-csrc": (".c", ".h"),
    "text/x-c++src": (".cpp", ".cc", ".hpp"),
    "text/javascript": (".js",),
    "text/x-java": (".java",),
    "text/x-sh": (".sh",),
    "text/css": (".css",),
    "application/x-yaml": (".yaml", ".yml"),
    "text/x-perl": (".pl",),
    "text/x-ruby": (".rb",),
    "application/sql": (".sql",),
    "text/x-log": (".log",),
    "text/x-ini": (".ini", ".cfg", ".conf"),
}
#: MIME type → (reader "module:function" in archive.extract, or None when only identified;
#: suffixes, the usual one first; what people call it).
FORMATS: dict[str, tuple[str | None, tuple[str, ...], str]] = {
    "application/pdf": ("pdf:extract_pdf", (".pdf",), "PDF"),
    "text/plain": ("text:extract_text", (".txt", ".text"), "Plain text"),
    "text/markdown": ("text:extract_text", (".md", ".markdown"), "Markdown"),
    "text/x-rst": ("text:extract_text", (".rst",), "reStructuredText"),
    **{
        mime: ("text:extract_text", suffixes, "Source code" if mime != "text/x-log" else "Log")
        for mime, suffixes in SOURCE_CODE.items()
    },
    "application/json": ("text:extract_text", (".json",), "JSON"),
    "text/x-tex": ("text_like:extract_tex", (".tex", ".latex"), "TeX"),
    "text/x-bibtex": ("text_like:extract_bibtex", (".bib",), "BibTeX"),
    "text/vcard": ("text_like:extract_vcard", (".vcf", ".vcard"), "vCard"),
    "text/calendar": ("text_like:extract_calendar", (".ics",), "iCalendar"),
    "message/x-emlx": ("mail:extract_emlx", (".emlx",), "Apple Mail message"),
    "application/x-twitter-archive": ("text_like:extract_tweets", (".js",), "Twitter archive"),
    "text/html": ("html:extract_html", (".html", ".htm"), "Web page"),
    "application/xhtml+xml": ("html:extract_html", (".xhtml",), "Web page"),
    "application/xml": ("xml:extract_xml", (".xml",), "XML"),
    "application/tei+xml": ("xml:extract_xml", (".tei",), "TEI"),
    "image/svg+xml": ("xml:extract_xml", (".svg",), "SVG"),
    "application/marcxml+xml": ("xml:extract_xml", (".marcxml", ".mrcx"), "MARCXML"),
    "application/marc": ("xml:extract_marc", (".mrc", ".marc"), "MARC 21"),
    "application/x-fictionbook+xml": ("xml:extract_xml", (".fb2",), "FictionBook"),
    "application/vnd.google-earth.kml+xml": ("xml:extract_xml", (".kml",), "KML"),
    "application/gpx+xml": ("xml:extract_xml", (".gpx",), "GPX"),
    _ODF + "text-flat-xml": ("xml:extract_xml", (".fodt",), "flat OpenDocument text"),
    "application/rtf": ("rtf:extract_rtf", (".rtf",), "RTF"),
    _OOXML + "wordprocessingml.document": ("office:extract_docx", (".docx",), "Word"),
    _OOXML + "presentationml.presentation": ("office:extract_pptx", (".pptx",), "PowerPoint"),
    _OOXML + "spreadsheetml.sheet": ("sheets:extract_workbook", (".xlsx", ".xlsm"), "Excel"),
    _ODF + "text": ("office:extract_odt", (".odt",), "OpenDocument text"),
    _ODF + "presentation": ("office:extract_odp", (".odp",), "OpenDocument presentation"),
    _ODF + "graphics": ("office:extract_odp", (".odg",), "OpenDocument drawing"),
    "application/vnd.sun.xml.writer": ("office:extract_odt", (".sxw",), "OpenOffice.org 1 text"),
    _ODF + "spreadsheet": ("sheets:extract_workbook", (".ods",), "OpenDocument spreadsheet"),
    "application/vnd.ms-excel": ("sheets:extract_workbook", (".xls",), "Excel 97–2003"),
    "application/msword": ("legacy:extract_doc", (".doc", ".dot"), "Word 97–2003"),
    "application/vnd.ms-powerpoint": ("legacy:extract_ppt", (".ppt",), "PowerPoint 97–2003"),
    "text/csv": ("sheets:extract_delimited", (".csv",), "CSV"),
    "text/tab-separated-values": ("sheets:extract_delimited", (".tsv", ".tab"), "TSV"),
    "application/epub+zip": ("epub:extract_epub", (".epub",), "EPUB"),
    **{
        mime: ("image:extract_image", suffixes, name)
        for mime, suffixes, name in (
            ("image/jpeg", (".jpg", ".jpeg", ".jpe", ".jfif"), "JPEG"),
            ("image/png", (".png",), "PNG"),
            ("image/tiff", (".tif", ".tiff"), "TIFF"),
            ("image/gif", (".gif",), "GIF"),
            ("image/webp", (".webp",), "WebP"),
            ("image/bmp", (".bmp",), "BMP"),
        )
    },
    **{
        mime: ("media:extract_media", suffixes, name)
        for mime, suffixes, name in (
            ("audio/mpeg", (".mp3",), "MP3"),
            ("audio/flac", (".flac",), "FLAC"),
            ("audio/ogg", (".ogg", ".oga", ".opus"), "Ogg"),
            ("audio/mp4", (".m4a", ".m4b"), "MPEG-4 audio"),
            ("audio/x-wav", (".wav",), "WAV"),
            ("audio/x-ms-wma", (".wma",), "Windows Media audio"),
            ("audio/aiff", (".aif", ".aiff"), "AIFF"),
            ("video/mp4", (".mp4", ".m4v"), "MPEG-4 video"),
        )
    },
    "image/vnd.djvu": ("legacy:extract_djvu", (".djvu", ".djv"), "DjVu"),
    "application/postscript": ("legacy:extract_postscript", (".ps", ".eps"), "PostScript"),
    "image/heic": ("image:extract_heic", (".heic", ".heif"), "HEIC"),
    **{
        mime: ("media:extract_probed", suffixes, name)
        for mime, suffixes, name in (
            ("video/quicktime", (".mov", ".qt"), "QuickTime video"),
            ("video/x-matroska", (".mkv", ".webm"), "Matroska video"),
            ("video/x-msvideo", (".avi",), "AVI video"),
        )
    },
    # Identified, not read (yet): the record names the type and says why there are no words.
    "application/vnd.wordperfect": (None, (".wpd",), "WordPerfect"),
    "application/vnd.ms-outlook-pst": (None, (".pst", ".ost"), "Outlook data file"),
    # Files holding items of their own (archive/members.py).
    "message/rfc822": ("mail:extract_email", (".eml",), "E-mail"),
    "application/vnd.ms-outlook": ("outlook:extract_outlook", (".msg",), "Outlook message"),
    "application/mbox": ("mail:extract_mailbox", (".mbox", ".mbx"), "Mailbox"),
    "application/zip": ("containers:extract_zip", (".zip",), "ZIP"),
    "application/x-tar": ("containers:extract_tar", (".tar",), "Tar"),
    "application/x-bzip2": ("containers:extract_tar", (".bz2", ".tbz2"), "Bzip2"),
    "application/x-xz": ("containers:extract_tar", (".xz", ".txz"), "XZ"),
    "application/gzip": ("containers:extract_gzip", (".gz", ".tgz"), "Gzip"),
    "application/x-7z-compressed": ("containers:extract_7z", (".7z",), "7-Zip"),
    "application/x-iso9660-image": ("containers:extract_disk_image", (".iso",), "ISO 9660 disc image"),
    "application/x-raw-disk-image": (
        "containers:extract_disk_image",
        (".img", ".dd", ".raw", ".ima", ".vfd", ".001"),
        "raw disk image",
    ),
    "application/x-ewf": ("containers:extract_ewf", (".e01",), "EnCase image (E01)"),
}
#: Messages: cited as personal communications, their attachments' source their subject.
MESSAGES = frozenset({"message/rfc822", "application/vnd.ms-outlook"})
#: Why a type that is identified is not read, and what would read it.
NOT_READ = {
    "application/vnd.ms-outlook-pst": "convert it to mailboxes with readpst (Debian/Ubuntu: pst-utils) and index those",
    "application/vnd.wordperfect": "no WordPerfect reader is used yet (libwpd's wpd2text would read it)",
}
#: Which extractor reads each type ("module:function" in archive.extract).
READERS: dict[str, str] = {mime: reader for mime, (reader, _, _) in FORMATS.items() if reader}
_BY_SUFFIX = {suffix: mime for mime, (_, suffixes, _) in FORMATS.items() for suffix in suffixes}
#: What people call each format (the Format facet, the result list's badges).
FORMAT_NAMES = {mime: name for mime, (_, _, name) in FORMATS.items()}


def is_table(mime: str | None) -> bool:
    """Whether items of this type are read as tables (spreadsheets, CSV): a page a sheet, a line
    a row, cells apart by tabs."""
    reader = FORMATS.get(mime or "", (None,))[0]
    return isinstance(reader, str) and reader.startswith("sheets:")


def format_name(mime: str | None) -> str:
    """'application/pdf' → 'PDF'; a type not in the table keeps its MIME name."""
    return FORMAT_NAMES.get(mime or "", mime or "Unknown")


def guess_format(path: Path) -> str:
    """The type a file's name says it has."""
    return (
        _BY_SUFFIX.get(path.suffix.lower())
        or mimetypes.guess_type(path.name, strict=False)[0]
        or "application/octet-stream"
    )


def usual_suffix(mime: str) -> str:
    """The suffix a file of this type usually has ('.docx'), or '' when none is known."""
    known = FORMATS.get(mime)
    return known[1][0] if known else mimetypes.guess_extension(mime, strict=False) or ""


@cache
def format_words() -> dict[str, str]:
    """What people call the formats ('pdf', 'jpg', 'mp3', 'excel') → their MIME types; each MIME
    type stands for itself too. One table, made once: do not change it."""
    words = {suffix[1:]: mime for suffix, mime in _BY_SUFFIX.items()}
    words.update(
        {name.lower(): mime for mime, name in FORMAT_NAMES.items() if " " not in name and name.lower() not in words}
    )
    words.update({mime: mime for mime in FORMATS})
    return words
