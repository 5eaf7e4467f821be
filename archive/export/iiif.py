"""IIIF Presentation 3 manifests for image platforms (Mirador, the Universal Viewer, Tropy read
them): each photograph, scan or PDF a manifest with a canvas per page (a multi-page TIFF's pages
too), its record as metadata pairs, `rights` when the record's rights are a licence's address and
`requiredStatement` with them as written; a `collection.json` lists the manifests.

Level 0, no image server: each page is written beside its manifest as a static JPEG at two sizes,
the full image (a PDF page at PDF_DPI; a photograph at most FULL_EDGE pixels) and a small one for
thumbnails, so the folder works from any web server at ``base_url``.
"""

from __future__ import annotations

import re
import shutil
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from ..collection_record import CollectionRecord
from ..errors import UsageError
from ..extract.base import one_line
from ..model import Record
from ..snippets import typed_pages
from ..thumbnails import IMAGE_FORMATS, MAX_PIXELS
from .mapping import dublin_core, title_of

PDF = "application/pdf"
PDF_DPI = 150
FULL_EDGE = 4000
SMALL_EDGE = 400
JPEG_QUALITY = 88
#: Where IIIF's rights statements and licences live: only such an address may be `rights`.
RIGHTS_URL = re.compile(r"https?://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)\S+$")
#: Dublin Core elements shown as metadata pairs, with their labels.
SHOWN = (
    ("creator", "Creator"),
    ("date", "Date"),
    ("publisher", "Publisher"),
    ("source", "Source"),
    ("type", "Type"),
    ("format", "Format"),
    ("language", "Language"),
    ("subject", "Subject"),
    ("description", "Description"),
    ("identifier", "Identifier"),
)


@dataclass
class IiifReport:
    manifests: int = 0
    canvases: int = 0
    skipped: list[str] = field(default_factory=list)  # items with no pages to show (a text, a message)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, why) of items that could not be converted


def can_show(record: Record) -> bool:
    return record.format == PDF or record.format in IMAGE_FORMATS


def write_iiif(
    dest: Path,
    files: list[tuple[Record, list[tuple[Record, Path]]]],
    base_url: str,
    about: CollectionRecord,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> IiifReport:
    """A manifest for each item that has pages, in the new or empty folder ``dest``; ``files``: each
    item's record and the files shown of it (its own, or its parts' with their records)."""
    from iiif_prezi3 import Collection, ManifestRef

    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(f"{dest} is not an empty folder: name a new folder for the manifests")
    base = base_url.rstrip("/") + "/"
    report = IiifReport()
    listing = Collection(id=f"{base}collection.json", label={"none": [about.shown_title]})
    references = []
    for number, (record, sources) in enumerate(files, start=1):
        if not sources:
            report.skipped.append(record.path)
            continue
        folder = f"{number:05d}-{_slug(title_of(record))}"
        try:
            manifest = _manifest(record, sources, dest / folder, f"{base}{folder}/", report)
        except Exception as error:  # a damaged PDF, a page too large: this item is left out, whole
            shutil.rmtree(dest / folder, ignore_errors=True)
            report.failed.append((record.path, one_line(error)))
            continue
        references.append(ManifestRef(id=manifest.id, type="Manifest", label=manifest.label))
        progress(number, len(files))
    listing.items = references
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "collection.json").write_text(_json(listing), encoding="utf-8")
    return report


def _manifest(record: Record, sources: list[tuple[Record, Path]], folder: Path, url: str, report: IiifReport):
    from iiif_prezi3 import KeyValueString, Manifest

    manifest = Manifest(id=f"{url}manifest.json", label={"none": [title_of(record)]})
    values = dublin_core(record)
    manifest.metadata = [
        KeyValueString(label={"en": [label]}, value={"none": values[element]})
        for element, label in SHOWN
        if values[element]
    ]
    manifest.metadata.append(KeyValueString(label={"en": ["Path"]}, value={"none": [record.path]}))
    if record.rights:
        manifest.requiredStatement = KeyValueString(label={"en": ["Rights"]}, value={"none": [record.rights]})
        if RIGHTS_URL.match(record.rights.strip()):
            manifest.rights = record.rights.strip()
    folder.mkdir(parents=True, exist_ok=True)
    canvases = 0
    pages = (
        (part, index, picture) for part, source in sources for index, picture in enumerate(_pages(source, part.format))
    )
    for page, (part, index, picture) in enumerate(pages, start=1):
        width, height = picture.size
        picture.save(folder / f"p{page}.jpg", quality=JPEG_QUALITY)
        picture.thumbnail((SMALL_EDGE, SMALL_EDGE))
        picture.save(folder / f"p{page}-small.jpg", quality=JPEG_QUALITY)
        canvas = manifest.make_canvas(
            id=f"{url}canvas/p{page}", label={"none": [f"p. {page}"]}, width=width, height=height
        )
        canvas.add_image(
            image_url=f"{url}p{page}.jpg",
            anno_page_id=f"{url}page/p{page}",
            anno_id=f"{url}annotation/p{page}",
            format="image/jpeg",
            width=width,
            height=height,
        )
        canvas.add_thumbnail(
            image_url=f"{url}p{page}-small.jpg", format="image/jpeg", width=picture.width, height=picture.height
        )
        read = typed_pages(part) if part.transcription else []  # a person's reading, a page each
        if index < len(read) and read[index].strip():  # on its page's canvas: IIIF's text beside an image
            canvas.make_annotation(
                id=f"{url}transcription/p{page}/1",
                anno_page_id=f"{url}transcription/p{page}",
                motivation="supplementing",
                body={"type": "TextualBody", "value": read[index].strip(), "format": "text/plain"},
                target=canvas.id,
            )
        canvases += 1
    (folder / "manifest.json").write_text(_json(manifest), encoding="utf-8")
    report.manifests += 1
    report.canvases += canvases
    return manifest


def _pages(source: Path, mime: str | None) -> Iterator:
    """Each page of ``source`` as a Pillow RGB image: a PDF's rendered at PDF_DPI, an image's frames
    (a multi-page TIFF's pages) upright and at most FULL_EDGE pixels along their longest edge."""
    if mime == PDF:
        from ..pdf_pages import PdfPages

        with PdfPages(source) as document:
            for number in range(len(document.sizes)):
                yield document.render(number, PDF_DPI / 72)
        return
    from PIL import Image, ImageOps, ImageSequence

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(source) as image:
            for number, frame in enumerate(ImageSequence.Iterator(image), start=1):
                if frame.width * frame.height > MAX_PIXELS:  # a TIFF's later page may be the large one
                    raise UsageError(f"page {number} is larger than {MAX_PIXELS:,} pixels; it is not converted")
                picture = ImageOps.exif_transpose(frame.convert("RGB"))
                picture.thumbnail((FULL_EDGE, FULL_EDGE))
                yield picture


def _slug(title: str) -> str:
    """A folder name of ASCII letters and digits (it is part of every address in the manifest)."""
    return re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-")[:40].lower() or "item"


def _json(resource) -> str:
    with warnings.catch_warnings():  # iiif-prezi3's own thumbnail helper trips a pydantic serialiser warning
        warnings.simplefilter("ignore", UserWarning)
        return resource.json(indent=2, ensure_ascii=False)
