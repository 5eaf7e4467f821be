"""What the command prints is text, never instructions to the terminal.

A file's text, a file name or a saved search's name may hold control characters: ``ESC]0;…BEL``
sets the terminal's title, ``ESC[2J`` clears the screen, a lone CR lets a line overwrite the one
before. Everything the command writes for people goes through :class:`Printable`, which shows each
control character escaped (``\\x1b``) — except newline and tab, and the bold on/off codes the
command itself writes around the words a snippet matched. JSON output escapes the same characters
as JSON does (:func:`json_text`)."""

from __future__ import annotations

import re
import sys
from contextlib import contextmanager
from typing import IO, Iterator

#: The command's own codes (bold on, off), then every C0 control but tab and newline, DEL and C1.
_UNSAFE = re.compile(r"\x1b\[[01]m|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: JSON escapes C0 itself; DEL and C1 are left raw by json.dumps(ensure_ascii=False).
_JSON_UNSAFE = re.compile(r"[\x7f-\x9f]")


def printable(text: str) -> str:
    return _UNSAFE.sub(lambda match: match.group() if len(match.group()) > 1 else f"\\x{ord(match.group()):02x}", text)


def json_text(text: str) -> str:
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


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
