"""Outlook messages and PowerPoint 97–2003 files for the tests, which no library we may use writes:
a compound file (MS-CFB, version 3: 512-byte sectors, streams under 4,096 bytes in the mini
stream) holding an Outlook message's property streams (MS-OXMSG) or a presentation's records
(MS-PPT)."""

from __future__ import annotations

import struct
from datetime import datetime, timezone
from pathlib import Path

SECTOR, MINI_SECTOR, MINI_CUTOFF = 512, 64, 4096
END_OF_CHAIN, FAT_SECTOR, FREE, NO_STREAM = 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF, 0xFFFFFFFF
STORAGE, STREAM, ROOT = 1, 2, 5

PT_LONG, PT_SYSTIME, PT_STRING8, PT_UNICODE, PT_BINARY = 0x0003, 0x0040, 0x001E, 0x001F, 0x0102


def write_compound_file(path: Path, streams: dict[str, bytes]) -> None:
    """A compound file holding ``streams`` by their paths ('storage/stream'); storages are made
    for every folder of a path."""
    entries = [{"name": "Root Entry", "type": ROOT, "children": []}]
    by_path = {"": 0}
    for stream_path, data in streams.items():
        parent = ""
        parts = stream_path.split("/")
        for depth, part in enumerate(parts):
            here = "/".join(parts[: depth + 1])
            if here not in by_path:
                by_path[here] = len(entries)
                kind = STREAM if depth == len(parts) - 1 else STORAGE
                entries.append({"name": part, "type": kind, "children": [], "data": data if kind == STREAM else b""})
                entries[by_path[parent]]["children"].append(by_path[here])
            parent = here

    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(data: bytes) -> int:
        if not data:
            return END_OF_CHAIN
        start = len(sectors)
        count = -(-len(data) // SECTOR)
        for number in range(count):
            sectors.append(data[number * SECTOR : (number + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(start + number + 1 if number < count - 1 else END_OF_CHAIN)
        return start

    mini_stream, mini_fat = b"", []
    for entry in entries[1:]:
        data = entry.get("data", b"")
        entry["size"] = len(data)
        if entry["type"] != STREAM or not data:
            entry["start"] = END_OF_CHAIN if entry["type"] == STREAM else 0
        elif len(data) < MINI_CUTOFF:
            entry["start"] = len(mini_stream) // MINI_SECTOR
            count = -(-len(data) // MINI_SECTOR)
            mini_fat += [entry["start"] + number + 1 for number in range(count - 1)] + [END_OF_CHAIN]
            mini_stream += data.ljust(count * MINI_SECTOR, b"\0")
        else:
            entry["start"] = chain(data)
    entries[0]["start"], entries[0]["size"] = chain(mini_stream), len(mini_stream)
    mini_fat_start = chain(b"".join(struct.pack("<I", link) for link in mini_fat))
    mini_fat_sectors = -(-len(mini_fat) * 4 // SECTOR)

    for entry in entries:  # each storage's children: a balanced tree in the file's name order
        entry.setdefault("left", NO_STREAM)
        entry.setdefault("right", NO_STREAM)
        entry["child"] = _tree(entries, sorted(entry["children"], key=lambda i: _order(entries[i]["name"])))
    directory_start = chain(b"".join(_entry(entry) for entry in entries).ljust(-(-len(entries) // 4) * SECTOR, b"\0"))

    fat_count = 1
    while (len(sectors) + fat_count) * 4 > fat_count * SECTOR:
        fat_count += 1
    fat_start = len(sectors)
    fat += [FAT_SECTOR] * fat_count
    fat_bytes = b"".join(struct.pack("<I", link) for link in fat).ljust(fat_count * SECTOR, b"\xff")
    assert fat_count <= 109, "a test's compound file is small"
    difat = [fat_start + number for number in range(fat_count)] + [FREE] * (109 - fat_count)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack(
            "<HHHHH6xIIIIIIIII",
            0x3E,
            3,
            0xFFFE,
            9,
            6,
            0,
            fat_count,
            directory_start,
            0,
            MINI_CUTOFF,
            mini_fat_start if mini_fat else END_OF_CHAIN,
            mini_fat_sectors,
            END_OF_CHAIN,
            0,
        )
        + b"".join(struct.pack("<I", link) for link in difat)
    )
    path.write_bytes(header + b"".join(sectors) + fat_bytes)


def _order(name: str) -> tuple[int, str]:
    """A compound file's order of names: shorter first, then by upper case."""
    return len(name), name.upper()


def _tree(entries: list[dict], ids: list[int]) -> int:
    if not ids:
        return NO_STREAM
    middle = len(ids) // 2
    root = entries[ids[middle]]
    root["left"], root["right"] = _tree(entries, ids[:middle]), _tree(entries, ids[middle + 1 :])
    return ids[middle]


def _entry(entry: dict) -> bytes:
    name = (entry["name"] + "\0").encode("utf-16-le")
    return (
        name.ljust(64, b"\0")
        + struct.pack("<HBB", len(name), entry["type"], 1)
        + struct.pack("<III", entry["left"], entry["right"], entry["child"])
        + bytes(16 + 4 + 16)
        + struct.pack("<IQ", entry["start"], entry["size"])
    )


def _properties(
    header: bytes, values: dict[tuple[int, int], object], streams: dict[str, bytes], folder: str, codepage: str
) -> None:
    """A properties stream (``header``, then 16 bytes a property) and a stream for each property
    of variable length."""
    records = []
    for (pid, ptype), value in sorted(values.items()):
        if ptype in (PT_UNICODE, PT_STRING8, PT_BINARY):
            data = (
                value.encode("utf-16-le")
                if ptype == PT_UNICODE
                else value.encode(codepage)
                if ptype == PT_STRING8
                else value
            )
            streams[f"{folder}__substg1.0_{pid:04X}{ptype:04X}"] = data
            fixed = struct.pack("<II", len(data) + (2 if ptype == PT_UNICODE else 1 if ptype == PT_STRING8 else 0), 0)
        elif ptype == PT_SYSTIME:
            fixed = struct.pack("<Q", int((value - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10**7))
        else:
            fixed = struct.pack("<i4x", value)
        records.append(struct.pack("<HHI", ptype, pid, 6) + fixed)
    streams[f"{folder}__properties_version1.0"] = header + b"".join(records)


def write_msg(
    path: Path,
    *,
    subject: str,
    sender: tuple[str, str],
    recipients: list[tuple[str, str, int]],
    sent: datetime,
    body: str | None = None,
    html: str | None = None,
    attachments: list[tuple[str, bytes, str]] = (),
    message_id: str | None = None,
    codepage: int | None = None,
) -> Path:
    """An Outlook message: ``recipients`` as (name, address, 1 for To / 2 for Cc), ``attachments``
    as (file name, bytes, MIME type); strings in Unicode, or 8-bit in ``codepage`` (1251: Cyrillic)
    as old Outlook wrote them."""
    text = PT_UNICODE if codepage is None else PT_STRING8
    encoding = f"cp{codepage}" if codepage else "utf-16-le"
    streams: dict[str, bytes] = {}
    message: dict[tuple[int, int], object] = {
        (0x001A, text): "IPM.Note",
        (0x0037, text): subject,
        (0x0C1A, text): sender[0],
        (0x0C1F, text): sender[1],
        (0x0039, PT_SYSTIME): sent,
        (0x0E04, text): "; ".join(name for name, _, kind in recipients if kind == 1),
    }
    if codepage:
        message[(0x3FFD, PT_LONG)] = codepage
    if body is not None:
        message[(0x1000, text)] = body
    if html is not None:
        message[(0x1013, PT_BINARY)], message[(0x3FDE, PT_LONG)] = html.encode("utf-8"), 65001
    if message_id:
        message[(0x1035, text)] = message_id
    for number, (name, address, kind) in enumerate(recipients):
        _properties(
            bytes(8),
            {(0x3001, text): name, (0x3003, text): address, (0x39FE, text): address, (0x0C15, PT_LONG): kind},
            streams,
            f"__recip_version1.0_#{number:08X}/",
            encoding,
        )
    for number, (name, data, mime) in enumerate(attachments):
        _properties(
            bytes(8),
            {
                (0x3705, PT_LONG): 1,
                (0x3707, text): name,
                (0x3704, text): name[:12],
                (0x370E, text): mime,
                (0x3701, PT_BINARY): data,
            },
            streams,
            f"__attach_version1.0_#{number:08X}/",
            encoding,
        )
    header = struct.pack("<8xIIII8x", len(recipients), len(attachments), len(recipients), len(attachments))
    _properties(header, message, streams, "", encoding)
    streams["__nameid_version1.0/__substg1.0_00020102"] = b""
    write_compound_file(path, streams)
    return path


def _record(kind: int, body: bytes, container: bool = False) -> bytes:
    """An MS-PPT record: version (0xF for a container) and instance, type, length, body."""
    return struct.pack("<HHI", 0xF if container else 0, kind, len(body)) + body


def _text_box(text: str, eight_bit: bool = False) -> bytes:
    """A drawing holding a text atom (UTF-16, or 8-bit as PowerPoint writes Latin text)."""
    atom = _record(0x0FA8, text.encode("latin-1")) if eight_bit else _record(0x0FA0, text.encode("utf-16-le"))
    return _record(0x040C, _record(0xF002, _record(0xF00D, atom, container=True), container=True), container=True)


def write_ppt(path: Path, slides: list[tuple[str, str, str]]) -> Path:
    """A PowerPoint 97–2003 file of ``slides`` (title, body in 8-bit text, notes) laid out as
    PowerPoint does: the master (with its placeholder prompts) and the notes master first, then
    the slides, then their notes."""
    records = [
        _record(0x03E8, b"", container=True),
        _record(0x03F8, _text_box("Click to edit Master title style"), container=True),
        _record(0x03F0, _text_box("*"), container=True),
    ]
    records += [
        _record(0x03EE, _text_box(title) + _text_box(body, eight_bit=True), container=True) for title, body, _ in slides
    ]
    records += [_record(0x03F0, _text_box(notes), container=True) for _, _, notes in slides]
    write_compound_file(path, {"PowerPoint Document": b"".join(records), "Current User": bytes(20)})
    return path
