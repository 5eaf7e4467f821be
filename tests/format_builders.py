"""Writers of real files in the formats a donated drive holds, for the tests (no binaries are
committed but two legacy Office files, see tests/data/README.md)."""

from __future__ import annotations

import struct
import wave
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ODF_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""
ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def write_odf(path: Path, mime: str, body: str, title: str, creator: str) -> Path:
    """An OpenDocument file: ``body`` is the office:body's inner XML."""
    with zipfile.ZipFile(path, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mime)  # first and stored, as the standard asks
        package.writestr("META-INF/manifest.xml", ODF_MANIFEST.format(mime=mime))
        package.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NAMESPACES} '
            f'office:version="1.2"><office:body>{body}</office:body></office:document-content>',
        )
        package.writestr(
            "meta.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NAMESPACES} '
            f'office:version="1.2"><office:meta><dc:title>{title}</dc:title>'
            f'<dc:creator>{creator}</dc:creator><meta:creation-date>1998-06-12T10:00:00'
            f'</meta:creation-date></office:meta></office:document-meta>',
        )
    return path


def write_ods(path: Path, rows: list[list[str]], title: str, creator: str) -> Path:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{cell}</text:p></table:table-cell>' for cell in row
        )
        + "</table:table-row>"
        for row in rows
    )
    body = f'<office:spreadsheet><table:table table:name="Moorings">{cells}</table:table></office:spreadsheet>'
    return write_odf(path, "application/vnd.oasis.opendocument.spreadsheet", body, title, creator)


def write_odp(path: Path, slides: list[tuple[str, str]], title: str, creator: str) -> Path:
    pages = "".join(
        f'<draw:page draw:name="{number}"><draw:frame><draw:text-box><text:p>{text}</text:p></draw:text-box>'
        f'</draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>{notes}</text:p>'
        "</draw:text-box></draw:frame></presentation:notes></draw:page>"
        for number, (text, notes) in enumerate(slides, start=1)
    )
    return write_odf(
        path,
        "application/vnd.oasis.opendocument.presentation",
        f"<office:presentation>{pages}</office:presentation>",
        title,
        creator,
    )


def _id3_frame(frame_id: str, text: str, comment: bool = False) -> bytes:
    payload = (
        b"\x01"
        + (b"eng" + "\ufeff".encode("utf-16-le")[:0] + b"\xff\xfe\x00\x00" if comment else b"")
        + b"\xff\xfe"
        + text.encode("utf-16-le")
    )
    return frame_id.encode("ascii") + struct.pack(">I", len(payload)) + b"\x00\x00" + payload


def write_mp3(path: Path, title: str, artist: str, year: str, comment: str, album: str) -> Path:
    """An MP3 with an ID3v2.3 tag (UTF-16 frames) before a second of silent MPEG-1 Layer III frames."""
    frames = b"".join(
        (
            _id3_frame("TIT2", title),
            _id3_frame("TPE1", artist),
            _id3_frame("TYER", year),
            _id3_frame("TALB", album),
            _id3_frame("COMM", comment, comment=True),
        )
    )
    size = len(frames)
    synchsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    silent_frame = b"\xff\xfb\x90\x64" + b"\x00" * 413  # 128 kbit/s, 44.1 kHz: 417 bytes a frame
    path.write_bytes(b"ID3\x03\x00\x00" + synchsafe + frames + silent_frame * 38)
    return path


def write_wav(path: Path, title: str, artist: str, comment: str) -> Path:
    """A WAV of a second of silence with a RIFF INFO list (INAM, IART, ICMT)."""
    with wave.open(str(path), "wb") as sound:
        sound.setnchannels(1), sound.setsampwidth(2), sound.setframerate(8000)
        sound.writeframes(b"\x00\x00" * 8000)

    def chunk(key: bytes, text: str) -> bytes:
        data = text.encode("utf-8") + b"\x00"
        return key + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")

    info = b"INFO" + chunk(b"INAM", title) + chunk(b"IART", artist) + chunk(b"ICMT", comment)
    data = path.read_bytes() + b"LIST" + struct.pack("<I", len(info)) + info
    path.write_bytes(data[:4] + struct.pack("<I", len(data) - 8) + data[8:])
    return path


def write_flac(path: Path, comments: dict[str, str]) -> Path:
    """A FLAC stream's metadata (STREAMINFO, VORBIS_COMMENT) with no audio frames."""
    streaminfo = struct.pack(">HH", 4096, 4096) + b"\x00" * 6 + bytes.fromhex("0ac44000000000ac44") + b"\x00" * 16
    vendor = b"archive-viewer tests"
    entries = [f"{key}={value}".encode("utf-8") for key, value in comments.items()]
    body = struct.pack("<I", len(vendor)) + vendor + struct.pack("<I", len(entries))
    body += b"".join(struct.pack("<I", len(entry)) + entry for entry in entries)
    blocks = b"\x00" + len(streaminfo).to_bytes(3, "big") + streaminfo + b"\x84" + len(body).to_bytes(3, "big") + body
    path.write_bytes(b"fLaC" + blocks)
    return path


def text_page(lines: list[str], size: int = 40) -> Image.Image:
    """A white page with black text, as a scanner gives it."""
    font = ImageFont.load_default(size=size)
    page = Image.new("L", (1400, 140 + len(lines) * (size + 30)), "white")
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(lines):
        draw.text((60, 60 + number * (size + 30)), line, fill="black", font=font)
    return page


def write_multipage_tiff(path: Path, pages: list[list[str]]) -> Path:
    first, *rest = [text_page(lines) for lines in pages]
    first.save(path, save_all=True, append_images=rest, compression="tiff_deflate")
    return path


RTF_CYRILLIC = (
    r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Times New Roman;}}"
    r"{\info{\title \'cf\'e8\'f1\'fc\'ec\'ee \'e1\'e0\'e1\'f3\'f8\'ea\'e5}{\author \'c0\'ed\'ed\'e0 \'c1\'e5\'f0\'e3}"
    r"{\creatim\yr1974\mo9\dy10}}"
    r"\f0\fs24 \'c4\'ee\'f0\'ee\'e3\'e0\'ff \'e1\'e0\'e1\'f3\'f8\'ea\'e0! \'d0\'fb\'e1\'e0\'ea\'e8 \'e2\'e5\'f0\'ed\'f3\'eb\'e8\'f1\'fc "  # noqa: E501
    r"\'e2 \'ef\'ee\'f0\'f2.\par}"
)


def message(
    sender: str,
    subject: str,
    body: str,
    *,
    to: str = "Harbour Master <hm@example.org>",
    date: str = "Tue, 14 Oct 1952 09:30:00 +0100",
    charset: str = "utf-8",
    html: bool = False,
    attachments: tuple[tuple[str, bytes, str], ...] = (),
):
    """An e-mail message (the standard library's EmailMessage) with its attachments
    (name, bytes, MIME type)."""
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"], mail["Date"] = sender, to, subject, date
    mail["Message-ID"] = f"<{abs(hash((sender, subject)))}@example.org>"
    if html:
        mail.set_content(f"<html><body><p>{body}</p></body></html>", subtype="html", charset=charset)
    else:
        mail.set_content(body, charset=charset)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/")
        mail.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return mail


def write_mbox(path: Path, messages) -> Path:
    import mailbox

    box = mailbox.mbox(str(path))
    for mail in messages:
        box.add(mail)
    box.close()
    return path
