"""Writing XML records one at a time: each record's element is built with lxml and written as
text between a document's opening and closing, so a large export never holds the whole tree."""

from __future__ import annotations

import re
from typing import IO, Iterable

from lxml import etree

XSI = "http://www.w3.org/2001/XMLSchema-instance"
XLINK = "http://www.w3.org/1999/xlink"
#: Characters XML 1.0 cannot hold (control characters from a hostile or broken file).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """``value`` as text XML can hold: a character it cannot is replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", str(value))


def add(parent: etree._Element, tag: str, text: object = None, **attributes: str) -> etree._Element:
    """A child element of ``parent`` with ``text`` and ``attributes`` (names with '_' for ':'
    are given in Clark notation by the caller)."""
    element = etree.SubElement(parent, tag, {name: xml_text(value) for name, value in attributes.items()})
    if text is not None:
        element.text = xml_text(text)
    return element


def write_elements(out: IO[str], opening: str, elements: Iterable[etree._Element], closing: str) -> int:
    """Write ``opening``, each element (indented), then ``closing``; returns how many elements."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + opening + "\n")
    count = 0
    for element in elements:
        etree.indent(element, space="  ", level=1)
        out.write("  " + etree.tostring(element, encoding="unicode") + "\n")
        count += 1
    out.write(closing + "\n")
    return count
