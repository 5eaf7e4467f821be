"""Writers of real documents (PDF, JPEG/PNG/TIFF with EXIF, DOCX, ODT, EPUB) for the bundled sample
collection and for the tests, which make their own fixtures instead of committing binaries.

Needs the test extra (reportlab, python-docx): `pip install -e '.[test]'`.
"""

from __future__ import annotations

import io
import textwrap
import zipfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw


def pdf_date(moment: datetime) -> str:
    """datetime with tzinfo → "D:20190503120000+02'00'"."""
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def write_pdf(
    path: Path,
    pages: list[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    keywords: str | None = None,
    created: datetime | None = None,
    xmp: str | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> Path:
    """A text PDF, one string per page, with an Info dictionary, optional XMP and encryption."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    sheet.setTitle(""), sheet.setAuthor(""), sheet.setSubject("")  # not reportlab's 'untitled'…
    for text in pages:
        lines = sheet.beginText(60, 780)
        lines.setFont("Helvetica", 11)
        for paragraph in text.split("\n"):
            for line in textwrap.wrap(paragraph, 90) or [""]:
                lines.textLine(line)
        sheet.drawText(lines)
        sheet.showPage()
    sheet.save()

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buffer.getvalue())))
    info = {"/Producer": "archive-viewer sample builder", "/Creator": "reportlab"}
    for key, value in (("/Title", title), ("/Author", author), ("/Subject", subject), ("/Keywords", keywords)):
        if value:
            info[key] = value
    if created:
        info["/CreationDate"] = pdf_date(created)
    writer.add_metadata(info)
    if xmp:
        stream = DecodedStreamObject()
        stream.set_data(xmp.encode("utf-8"))
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
        writer.root_object[NameObject("/Metadata")] = writer._add_object(stream)
    if user_password is not None or owner_password is not None:
        writer.encrypt(user_password or "", owner_password or "owner-secret", algorithm="AES-128")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def xmp_packet(
    *,
    title: str | None = None,
    creators: list[str] = (),
    subjects: list[str] = (),
    date: str | None = None,
    description: str | None = None,
) -> str:
    def alt(name: str, value: str | None) -> str:
        return (
            f"<dc:{name}><rdf:Alt><rdf:li xml:lang='x-default'>{escape(value)}</rdf:li></rdf:Alt></dc:{name}>"
            if value
            else ""
        )

    def seq(name: str, kind: str, values) -> str:
        items = "".join(f"<rdf:li>{escape(v)}</rdf:li>" for v in values)
        return f"<dc:{name}><rdf:{kind}>{items}</rdf:{kind}></dc:{name}>" if values else ""

    body = (
        alt("title", title)
        + seq("creator", "Seq", creators)
        + seq("subject", "Bag", subjects)
        + alt("description", description)
        + (f"<dc:date><rdf:Seq><rdf:li>{date}</rdf:li></rdf:Seq></dc:date>" if date else "")
    )
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
        f"{body}</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    )


def draw_picture(size: tuple[int, int] = (640, 427), seed: int = 0) -> Image.Image:
    """A simple landscape (sky, sea, sun, a boat): real pixels, nothing copied."""
    width, height = size
    image = Image.new("RGB", size, (120 + seed % 60, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, height * 0.6, width, height], fill=(30, 80 + seed % 40, 130))
    draw.ellipse([width * 0.7, height * 0.1, width * 0.85, height * 0.32], fill=(250, 210, 90))
    draw.polygon(
        [
            (width * 0.2, height * 0.62),
            (width * 0.4, height * 0.62),
            (width * 0.36, height * 0.7),
            (width * 0.24, height * 0.7),
        ],
        fill=(90, 50, 30),
    )
    draw.line([(width * 0.3, height * 0.62), (width * 0.3, height * 0.35)], fill=(60, 40, 20), width=4)
    return image


def write_photo(
    path: Path,
    *,
    taken: str | None = None,
    offset: str | None = None,
    artist: str | None = None,
    description: str | None = None,
    make: str | None = None,
    model: str | None = None,
    gps: tuple[float, float] | None = None,
    copyright: str | None = None,
    size: tuple[int, int] = (640, 427),
    seed: int = 0,
    xmp: str | None = None,
) -> Path:
    """A JPEG, PNG, TIFF or WebP (by suffix) carrying EXIF: date taken, artist, camera, GPS; and
    an XMP packet when given (JPEG)."""
    image = draw_picture(size, seed)
    exif = Image.Exif()
    for tag, value in ((0x013B, artist), (0x010E, description), (0x010F, make), (0x0110, model), (0x8298, copyright)):
        if value:
            exif[tag] = value
    if taken:
        exif[0x0132] = taken  # DateTime in IFD0: the only date Pillow writes into a TIFF
        exif.get_ifd(0x8769)[0x9003] = taken  # DateTimeOriginal, 'YYYY:MM:DD HH:MM:SS'
        if offset:
            exif.get_ifd(0x8769)[0x9011] = offset  # OffsetTimeOriginal
    if gps:
        latitude, longitude = gps
        exif.get_ifd(0x8825).update(
            {
                1: "N" if latitude >= 0 else "S",
                2: _dms(abs(latitude)),
                3: "E" if longitude >= 0 else "W",
                4: _dms(abs(longitude)),
            }
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    options = {
        ".jpg": {"quality": 80},
        ".jpeg": {"quality": 80},
        ".tif": {"compression": "tiff_lzw"},
        ".tiff": {"compression": "tiff_lzw"},
    }.get(path.suffix.lower(), {})
    if xmp:
        options["xmp"] = xmp.encode("utf-8")
    image.save(path, exif=exif, **options)
    return path


def _dms(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return (float(degrees), float(minutes), seconds)


def write_docx(
    path: Path,
    paragraphs: list[str],
    *,
    title: str | None = None,
    author: str | None = None,
    subject: str | None = None,
    keywords: str | None = None,
    created: datetime | None = None,
    language: str | None = None,
) -> Path:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    core = document.core_properties
    core.title, core.author, core.subject, core.keywords = title or "", author or "", subject or "", keywords or ""
    core.comments = ""  # python-docx writes its own name here otherwise
    if created:
        core.created = created
    if language:
        core.language = language
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(path)
    return path


def write_odt(
    path: Path,
    paragraphs: list[str],
    *,
    title: str | None = None,
    creator: str | None = None,
    date: str | None = None,
    keywords: list[str] = (),
    language: str | None = None,
) -> Path:
    """A minimal valid OpenDocument text: mimetype, manifest, content and meta."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"'
    )
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body><office:text>{body}</office:text></office:body></office:document-content>'  # noqa: E501
    meta_items = "".join(
        [
            f"<dc:title>{escape(title)}</dc:title>" if title else "",
            f"<meta:initial-creator>{escape(creator)}</meta:initial-creator>" if creator else "",
            f"<meta:creation-date>{date}</meta:creation-date>" if date else "",
            f"<dc:language>{language}</dc:language>" if language else "",
            *(f"<meta:keyword>{escape(k)}</meta:keyword>" for k in keywords),
        ]
    )
    meta = f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ns} office:version="1.2"><office:meta>{meta_items}</office:meta></office:document-meta>'  # noqa: E501
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'  # noqa: E501
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta, zipfile.ZIP_DEFLATED)
    return path


def write_epub(
    path: Path,
    chapters: list[str],
    *,
    title: str,
    creator: str | None = None,
    language: str = "en",
    date: str | None = None,
    publisher: str | None = None,
) -> Path:
    """A minimal EPUB 3: container, package document and one XHTML file per chapter."""
    container = (
        '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
        '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'  # noqa: E501
    )
    items = "".join(
        f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(len(chapters))
    )
    spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
    metadata = "".join(
        [
            f"<dc:title>{escape(title)}</dc:title>",
            f"<dc:language>{language}</dc:language>",
            '<dc:identifier id="id">urn:uuid:00000000-0000-4000-8000-000000000000</dc:identifier>',
            f"<dc:creator>{escape(creator)}</dc:creator>" if creator else "",
            f"<dc:date>{date}</dc:date>" if date else "",
            f"<dc:publisher>{escape(publisher)}</dc:publisher>" if publisher else "",
        ]
    )
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">'  # noqa: E501
        f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">{metadata}</metadata>'
        f"<manifest>{items}</manifest><spine>{spine}</spine></package>"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
        archive.writestr("META-INF/container.xml", container, zipfile.ZIP_DEFLATED)
        archive.writestr("OEBPS/content.opf", opf, zipfile.ZIP_DEFLATED)
        for i, chapter in enumerate(chapters):
            page = f'<?xml version="1.0" encoding="UTF-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>{i}</title></head><body><p>{escape(chapter)}</p></body></html>'
            archive.writestr(f"OEBPS/c{i}.xhtml", page, zipfile.ZIP_DEFLATED)
    return path
