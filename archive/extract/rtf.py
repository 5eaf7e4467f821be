"""RTF: its text (striprtf, BSD) decoded with the code page the file declares (\\ansicpg1251 for
Cyrillic, 1254 for Turkish…), and its \\info group's title, author, subject, keywords and date."""

from __future__ import annotations

import re
from pathlib import Path

from .base import ExtractOptions, Extraction, read_capped, split_list
from .decode import code_page

MAX_RTF_BYTES = 64 * 1024 * 1024
_CODE_PAGE = re.compile(rb"\\ansicpg(\d+)")
_INFO_FIELD = re.compile(r"\{\\(title|author|subject|keywords|doccomm)\s+([^{}]*)\}")
_CREATED = re.compile(r"\{\\creatim\\yr(\d{4})(?:\\mo(\d{1,2}))?(?:\\dy(\d{1,2}))?")


def extract_rtf(path: Path, options: ExtractOptions | None = None) -> Extraction:
    from striprtf.striprtf import rtf_to_text

    result = Extraction()
    data = read_capped(path, MAX_RTF_BYTES, result)
    encoding = _code_page(data)
    source = data.decode("latin-1")  # RTF is 7-bit ASCII; \\'hh escapes carry the code page's bytes
    result.pages = [rtf_to_text(source, encoding=encoding, errors="replace").strip()]
    for key, value in _INFO_FIELD.findall(source):
        value = rtf_to_text(
            f"{{\\rtf1\\ansi {value}}}", encoding=encoding, errors="replace"
        ).strip()  # a group of its own
        if key == "author":
            result.add_creators(value, "rtf-info")
        elif key in ("subject", "keywords"):
            result.add("subjects", split_list(value), "rtf-info")
        else:
            result.add({"title": "title", "doccomm": "description"}[key], value, "rtf-info")
    created = _CREATED.search(source)
    if created:
        result.add("date", "-".join(f"{int(part):02d}" for part in created.groups() if part), "rtf-info")
    result.add("type", "Text", "format")
    return result


def _code_page(data: bytes) -> str:
    declared = _CODE_PAGE.search(data[:4096])
    return code_page(int(declared.group(1)) if declared else None)
