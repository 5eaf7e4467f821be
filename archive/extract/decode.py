"""Bytes of unknown encoding → str: BOMs first, UTF-8 next, then charset-normalizer's guess."""

from __future__ import annotations

import codecs

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
