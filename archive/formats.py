"""The file formats the extractors read: by suffix, their MIME types and what people call them.
Tables only, so that a search (which checks `format:pdf`) loads none of the extractors."""

from __future__ import annotations

import mimetypes
from pathlib import Path

#: Which extractor reads each suffix ("module:function" in archive.extract).
READERS: dict[str, str] = {
    ".pdf": "pdf:extract_pdf",
    ".txt": "text:extract_text",
    ".text": "text:extract_text",
    ".md": "text:extract_text",
    ".markdown": "text:extract_text",
    ".rst": "text:extract_text",
    ".html": "html:extract_html",
    ".htm": "html:extract_html",
    ".xhtml": "html:extract_html",
    ".docx": "office:extract_docx",
    ".odt": "office:extract_odt",
    ".epub": "epub:extract_epub",
    **{suffix: "image:extract_image" for suffix in (
        ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".webp", ".bmp",
    )},
}
_EXTRA_TYPES = {
    ".md": "text/markdown", ".markdown": "text/markdown", ".rst": "text/x-rst", ".webp": "image/webp",
    ".epub": "application/epub+zip", ".odt": "application/vnd.oasis.opendocument.text",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


#: What people call each format the extractors read (the Format facet, the result list's badges).
FORMAT_NAMES = {
    "application/pdf": "PDF", "text/html": "Web page", "application/xhtml+xml": "Web page", "text/plain": "Plain text",
    "text/markdown": "Markdown", "text/x-rst": "reStructuredText", "application/epub+zip": "EPUB",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
    "application/vnd.oasis.opendocument.text": "OpenDocument text", "image/jpeg": "JPEG", "image/png": "PNG",
    "image/tiff": "TIFF", "image/gif": "GIF", "image/webp": "WebP", "image/bmp": "BMP",
}


def format_name(mime: str | None) -> str:
    """'application/pdf' → 'PDF'; a type the extractors do not read keeps its MIME name."""
    return FORMAT_NAMES.get(mime or "", mime or "Unknown")


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    return _EXTRA_TYPES.get(suffix) or mimetypes.guess_type(path.name, strict=False)[0] or "application/octet-stream"


def format_words() -> dict[str, str]:
    """What people call the formats read here ('pdf', 'jpg', 'docx') → their MIME types."""
    return {suffix[1:]: guess_format(Path(f"file{suffix}")) for suffix in READERS}
