"""Writing XML records one at a time: each record's element is built with lxml and streamed into
its document by lxml's incremental writer, so a large export never holds the whole tree."""

from __future__ import annotations

import codecs
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


def write_elements(
    out: IO[str], root: etree._Element, elements: Iterable[etree._Element], into: str | None = None
) -> int:
    """Write the document ``root`` with ``elements`` streamed in at its end, or at the end of its
    child ``into`` (a tag), indented; returns how many elements."""
    container = root if into is None else root.find(into)
    assert container is not None, into
    depth = 1 if container is root else 2
    etree.indent(root, space="  ")
    count = 0
    with etree.xmlfile(_Utf8Text(out), encoding="utf-8") as document:
        document.write_declaration()

        def write(element: etree._Element, inherited: dict) -> None:
            """An element of the frame, declaring only the namespaces its parent did not."""
            nonlocal count
            declared = {prefix: uri for prefix, uri in element.nsmap.items() if inherited.get(prefix) != uri}
            with document.element(element.tag, dict(element.attrib), nsmap=declared or None):
                if element.text:
                    document.write(element.text)
                for child in element:
                    write(child, element.nsmap)
                    if child.tail:
                        document.write(child.tail)
                if element is container:
                    for streamed in elements:
                        etree.indent(streamed, space="  ", level=depth)
                        document.write("\n" + "  " * depth, streamed)
                        count += 1
                    document.write("\n" + "  " * (depth - 1))

        write(root, {})
    out.write("\n")
    return count


class _Utf8Text:
    """The bytes lxml writes, passed on as text to a text stream (a character split between two
    writes is held until its end arrives)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> None:
        self.out.write(self.decoder.decode(data))
