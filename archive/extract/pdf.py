"""PDF: page texts and the Info dictionary through PDFium (pypdfium2), XMP metadata through pypdf."""

from __future__ import annotations

import logging
import mmap
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader

from .base import Extraction, ExtractionError, ExtractOptions, one_line, split_list
from .dates import date_part, parse_pdf_date
from .ocr import RENDER_DPI, needs_ocr, ocr_available, recognise
from .xmp import read_xmp

logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract_pdf(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Page texts and metadata; pages with no text layer are read by OCR when it is on."""
    result = Extraction()
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            result.add("encrypted", True, "pdf")
            result.warnings.append("encrypted: needs a password, text not indexed")
        else:
            _read_with_pypdf(path, result, error)
    else:
        try:
            result.add("encrypted", pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1, "pdf")
            if _may_have_xmp(path):  # XMP first: it is more trusted than the Info dictionary
                _read_xmp(path, result)
            _read_info(document.get_metadata_dict(skip_empty=True), result)
            result.pages = _page_texts(document, result, options if options and ocr_available() else None)
            if pdfium_c.FPDF_GetFormType(document) != pdfium_c.FORMTYPE_NONE:
                _read_form_fields(path, result)
        finally:
            document.close()
    result.add("pages", len(result.pages) or None, "pdfium")
    result.add("type", "Text", "format")
    result.add("date", date_part(result.fields.get("created")), result.sources.get("created", "pdf-info"))
    return result


def _may_have_xmp(path: Path) -> bool:
    """Whether the file holds a metadata stream. Its dictionary ('/Type /Metadata') is never
    compressed, since a stream cannot sit inside an object stream; files without one (most
    TeX output) are spared pypdf, which costs as much as reading all their text."""
    with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return data.find(b"/Metadata") != -1


def _read_xmp(path: Path, result: Extraction) -> None:
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        metadata_stream = reader.root_object.get("/Metadata")
        if metadata_stream is not None:
            read_xmp(metadata_stream.get_object().get_data(), result)
    except Exception as error:  # pypdf raises many types on malformed input; the rest is still read
        result.warnings.append(f"unreadable XMP metadata: {one_line(error)}")


def _read_info(info: dict[str, str], result: Extraction) -> None:
    result.add("title", info.get("Title"), "pdf-info")
    result.add_creators(info.get("Author"), "pdf-info")
    result.add("description", info.get("Subject"), "pdf-info")
    result.add("subjects", split_list(info.get("Keywords")), "pdf-info")
    result.add("created", parse_pdf_date(info.get("CreationDate")), "pdf-info")
    result.add("producer", info.get("Producer"), "pdf-info")
    result.add("creator_tool", info.get("Creator"), "pdf-info")
    result.add("content_modified", parse_pdf_date(info.get("ModDate")), "pdf-info")


def _read_with_pypdf(path: Path, result: Extraction, pdfium_error: Exception) -> None:
    """A file PDFium cannot open: pypdf is more forgiving with some damage."""
    try:
        reader = PdfReader(path, strict=False)
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            result.add("encrypted", True, "pdf")
            result.warnings.append("encrypted: needs a password, text not indexed")
            return
        result.add("encrypted", encrypted, "pdf")
        info: dict[str, Any] = dict(reader.metadata or {})
        _read_info({key.lstrip("/"): str(value) for key, value in info.items() if value is not None}, result)
        result.pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:
        raise ExtractionError(f"not a readable PDF: {one_line(error)}") from error
    result.warnings.append(f"PDFium could not open the file ({one_line(pdfium_error)}); used pypdf")


def _page_texts(document: pdfium.PdfDocument, result: Extraction, options: ExtractOptions | None) -> list[str]:
    """Each page's text layer, or, for a scan, what OCR reads of it (``options``: None when OCR is off)."""
    pages, readings = [], []
    ocr_languages, preferred = (options.ocr_languages, options.languages) if options else (None, ())
    for index in range(len(document)):
        page = document[index]
        try:
            textpage = page.get_textpage()
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
            textpage.close()
            if ocr_languages and needs_ocr(text) and _has_image(page):  # a scan: an image, no text layer
                readings.append(recognise(page.render(scale=RENDER_DPI / 72).to_pil(), ocr_languages, preferred))
                text = readings[-1].text
            pages.append(text)
        finally:
            page.close()
    result.add_ocr(readings)
    return pages


def _read_form_fields(path: Path, result: Extraction) -> None:
    """A form's filled-in values (AcroForm fields, read by pypdf): 'name: value' lines after the
    first page's text, so that what was typed into the form is found."""
    try:
        fields = PdfReader(path, strict=False).get_fields() or {}
    except Exception as error:  # pypdf raises assorted errors on a damaged form
        result.warn(f"its form's fields could not be read ({one_line(error)})")
        return
    filled = [
        f"{field.get('/TU') or name}: {value}"
        for name, field in fields.items()
        if (value := field.get("/V")) not in (None, "", "/Off") and not isinstance(value, (list, dict))
    ]
    if filled:
        pages = result.pages or [""]
        pages[0] = "\n".join(filter(None, [pages[0], *filled]))
        result.pages = pages


def _has_image(page: pdfium.PdfPage) -> bool:
    """Whether a page holds a picture (a blank or drawn page has nothing for OCR to read)."""
    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))
