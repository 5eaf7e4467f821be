"""PDF: page texts through PDFium (pypdfium2), metadata from the Info dictionary and XMP (pypdf)."""

from __future__ import annotations

import logging
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader

from .base import Extraction, ExtractionError, ExtractOptions, one_line, split_creators, split_list
from .dates import date_part, parse_pdf_date
from .ocr import RENDER_DPI, needs_ocr, ocr_available, recognise
from .xmp import read_xmp

logging.getLogger("pypdf").setLevel(logging.ERROR)


def extract_pdf(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Page texts and metadata; pages with no text layer are read by OCR when it is on."""
    result = Extraction()
    needs_password = _read_metadata(path, result)
    if needs_password:
        result.warnings.append("encrypted: needs a password, text not indexed")
    else:
        ocr_languages = options.ocr_languages if options and ocr_available() else None
        result.pages = _page_texts(path, result, ocr_languages)
    result.add("pages", len(result.pages) or None, "pdfium")
    result.add("type", "Text", "format")
    result.add("date", date_part(result.fields.get("created")), result.sources.get("created", "pdf-info"))
    return result


def _read_metadata(path: Path, result: Extraction) -> bool:
    """Fill metadata from XMP (more trusted) then Info; return True when a password is required."""
    try:
        reader = PdfReader(path, strict=False)
        encrypted = reader.is_encrypted
        if encrypted and not reader.decrypt(""):
            result.add("encrypted", True, "pdf")
            return True
        result.add("encrypted", encrypted, "pdf")
        try:
            metadata_stream = reader.trailer["/Root"].get("/Metadata")
            if metadata_stream is not None:
                read_xmp(metadata_stream.get_object().get_data(), result)
        except Exception as error:  # a broken XMP stream must not cost the rest
            result.warnings.append(f"unreadable XMP metadata: {one_line(error)}")
        info = reader.metadata or {}
        _read_info(info, result)
    except Exception as error:
        # pypdf raises many exception types on malformed input; the text may still be readable.
        result.warnings.append(f"metadata unreadable: {one_line(error)}")
    return False


def _read_info(info, result: Extraction) -> None:
    def raw(key: str):
        value = info.get(key)
        return str(value) if value is not None else None

    result.add("title", raw("/Title"), "pdf-info")
    result.add("creators", split_creators(raw("/Author")), "pdf-info")
    result.add("description", raw("/Subject"), "pdf-info")
    result.add("subjects", split_list(raw("/Keywords")), "pdf-info")
    result.add("created", parse_pdf_date(raw("/CreationDate")), "pdf-info")
    result.add("producer", raw("/Producer"), "pdf-info")
    result.add("creator_tool", raw("/Creator"), "pdf-info")
    result.add("content_modified", parse_pdf_date(raw("/ModDate")), "pdf-info")


def _page_texts(path: Path, result: Extraction, ocr_languages: str | None = None) -> list[str]:
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        result.warnings.append(f"PDFium could not open the file ({one_line(error)}); used pypdf")
        return _pypdf_page_texts(path)
    try:
        pages, confidences = [], []
        for index in range(len(document)):
            page = document[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
                textpage.close()
                if ocr_languages and needs_ocr(text) and _has_image(page):  # a scan: an image, no text layer
                    text, confidence = recognise(page.render(scale=RENDER_DPI / 72).to_pil(), ocr_languages)
                    confidences.append(confidence)
                pages.append(text)
            finally:
                page.close()
        result.add_ocr(confidences)
        return pages
    finally:
        document.close()


def _has_image(page: pdfium.PdfPage) -> bool:
    """Whether a page holds a picture (a blank or drawn page has nothing for OCR to read)."""
    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


def _pypdf_page_texts(path: Path) -> list[str]:
    try:
        reader = PdfReader(path, strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        return [page.extract_text() or "" for page in reader.pages]
    except Exception as error:
        raise ExtractionError(f"not a readable PDF: {one_line(error)}") from error

