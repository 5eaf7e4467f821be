"""Bytes of unknown encoding → str: BOMs first, UTF-8 next, then charset-normalizer's guess; and
bytes whose label names an encoding, read by it unless the bytes say plainly it is wrong."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_CJK = frozenset(
    {
        "big5",
        "big5hkscs",
        "cp932",
        "cp949",
        "cp950",
        "euc_jis_2004",
        "euc_jisx0213",
        "euc_jp",
        "euc_kr",
        "gb18030",
        "gb2312",
        "gbk",
        "hz",
        "iso2022_jp",
        "iso2022_kr",
        "johab",
        "shift_jis",
        "shift_jis_2004",
        "shift_jisx0213",
    }
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Never raises: undecodable bytes become U+FFFD."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding in _CJK and best.chaos > 0:
        # Short Western texts in a legacy code page are sometimes taken for CJK; ask again
        # without the CJK code pages and keep the reading that looks less like noise.
        second = from_bytes(data, cp_exclusion=list(_CJK)).best()
        if second is not None and second.chaos < best.chaos:
            best = second
    if best is None:
        return data.decode("latin-1"), "latin-1"
    return str(best), best.encoding


#: The code pages a mislabelled text is most often in: a reading other than its label's is looked
#: for among these alone (over every code page, a short text fits some unlikely one cleanly).
USUAL_CODE_PAGES = (
    "utf_8",
    "cp1250",
    "cp1251",
    "cp1252",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "koi8_u",
    "cp866",
    "cp437",
    "cp850",
    "mac_cyrillic",
    "mac_roman",
    "iso8859_2",
    "iso8859_5",
    "iso8859_7",
    "iso8859_9",
)
#: Encodings whose strict decoding is its own evidence: bytes in another one rarely decode in them.
_SELF_CHECKING = frozenset({"utf-8", *(codecs.lookup(name).name for name in _CJK)})
#: charset-normalizer's "chaos" (0–1) a clean reading stays under.
CLEAN_CHAOS = 0.1


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: The label the bytes were not read by, because they plainly are in ``encoding`` (else None).
    overruled: str | None = None


def decode_labelled(data: bytes, label: str | None) -> Decoded:
    """Bytes a label says the encoding of (a mail part's charset, a vCard's CHARSET): read by it,
    unless charset-normalizer finds the label's reading a mess and another usual code page's
    clean and of a language it knows — a Russian letter sent as "iso-8859-1" reads
    'Óâàæàåìàÿ', and is read as windows-1251. Without a label, or one Python does not know:
    decode_text."""
    if not label:
        return Decoded(*decode_text(data))
    try:
        text = data.decode(label)
    except (LookupError, UnicodeDecodeError):
        return Decoded(*decode_text(data))
    if data.isascii() or codecs.lookup(label).name in _SELF_CHECKING:
        return Decoded(text, label)
    try:
        as_labelled = from_bytes(data, cp_isolation=[label]).best()
    except (LookupError, ValueError):  # a label charset-normalizer does not know: the label stands
        return Decoded(text, label)
    if as_labelled is not None and as_labelled.chaos <= CLEAN_CHAOS:
        return Decoded(text, label)
    other = from_bytes(data, cp_isolation=list(USUAL_CODE_PAGES)).best()
    if other is None or other.chaos > CLEAN_CHAOS or other.language == "Unknown":
        return Decoded(text, label)
    return Decoded(str(other), other.encoding, overruled=label)


#: The code pages an archive's names without a declared encoding are read in: the ZIP
#: specification's (IBM PC, 437), DOS's Western European (850) and Cyrillic (866), Windows'
#: Western and Cyrillic (tools that wrote their ANSI code page).
NAME_CODE_PAGES = ("cp437", "cp850", "cp866", "cp1252", "cp1251")
#: Fewer letters outside ASCII than this in an archive's names are read in the first code page
#: named (one 'é' tells nothing of a code page).
NAME_EVIDENCE_BYTES = 3


def decode_names(raw: list[bytes], default: str = "cp437") -> tuple[list[str], str]:
    """An archive's names whose encoding is not declared, read together in the encoding their
    bytes plainly are in, as 7-Zip and Windows read a DOS-era zip: UTF-8 if they are UTF-8, else
    the one of NAME_CODE_PAGES charset-normalizer finds cleanest over all of them; ``default``
    when the evidence is thin. Returns (names, encoding)."""
    joined = b"\n".join(raw)
    if joined.isascii():
        return [name.decode("ascii") for name in raw], "ascii"
    try:
        return [name.decode("utf-8") for name in raw], "utf-8"
    except UnicodeDecodeError:
        pass
    chosen = default
    if sum(byte >= 0x80 for byte in joined) >= NAME_EVIDENCE_BYTES:
        best = from_bytes(joined, cp_isolation=list(NAME_CODE_PAGES)).best()
        if best is not None and best.chaos <= CLEAN_CHAOS:
            chosen = best.encoding
    return [name.decode(chosen, errors="replace") for name in raw], chosen


def code_page(number: int | None) -> str:
    """The encoding of a Windows code page number (RTF's \\ansicpg, an OLE property stream's
    codepage; 65001, which OLE stores as -535, is UTF-8), cp1252 when there is none or it is unknown."""
    page = (number or 1252) % 65536
    name = "utf-8" if page == 65001 else f"cp{page}"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name
