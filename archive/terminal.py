"""What the command prints is text, never instructions to the terminal.

A file's text, a file name or a saved search's name may hold control characters: ``ESC]0;…BEL``
sets the terminal's title, ``ESC[2J`` clears the screen, a lone CR lets a line overwrite the one
before; a right-to-left override (U+202E) makes 'invoice\u202efdp.exe' read 'invoiceexe.pdf'.
Everything the command writes for people goes through :class:`Printable`, which shows each control
and bidirectional-override character escaped (``\\x1b``, ``\\u202e``) — except newline and tab —
whatever its origin: the command's own bold around a snippet's matched words is written past it
(:func:`styled`). JSON output escapes the same characters as JSON does (:func:`json_text`)."""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from typing import IO, Iterator

#: Bidirectional marks, embeddings, overrides and isolates: they reorder what a terminal shows.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: Every C0 control but tab and newline, DEL and C1, and the bidirectional controls.
_UNSAFE = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_BIDI}]")
#: JSON escapes C0 itself; DEL, C1 and the bidirectional controls are left raw by json.dumps(ensure_ascii=False).
_JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f{_BIDI}]")
BOLD, PLAIN = "\x1b[1m", "\x1b[0m"


def printable(text: str) -> str:
    return _UNSAFE.sub(lambda match: _escape(match.group()), text)


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def json_text(text: str) -> str:
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def styled(pieces: list[tuple[str, bool]], bold: bool) -> str:
    """A line of (text, matched) pieces with the matched ones in bold (when ``bold``), the text
    made printable here: write it to :func:`raw` stdout, so that only these codes style it."""
    return "".join(
        f"{BOLD}{printable(text)}{PLAIN}" if matched and bold else printable(text) for text, matched in pieces
    )


class Printable:
    """A text stream that writes what it is given through :func:`printable`."""

    def __init__(self, stream: IO[str]) -> None:
        self.raw = stream

    def write(self, text: str) -> int:
        return self.raw.write(printable(text))

    def __getattr__(self, name: str):
        return getattr(self.raw, name)


def raw(stream: IO[str]) -> IO[str]:
    """The stream under a :class:`Printable` (for a progress bar's own codes, or data)."""
    return stream.raw if isinstance(stream, Printable) else stream


def data_output() -> IO[str]:
    """Where an export written to stdout goes: byte for byte into a pipe or a file, shown
    safely on a terminal."""
    return sys.stdout if sys.stdout.isatty() else raw(sys.stdout)


@contextmanager
def printable_streams(json: bool) -> Iterator[None]:
    """stderr, and stdout unless it carries JSON, made :class:`Printable` while a command runs."""
    saved = sys.stdout, sys.stderr
    sys.stderr = Printable(sys.stderr)
    if not json:
        sys.stdout = Printable(sys.stdout)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
