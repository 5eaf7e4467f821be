"""File names that are not UTF-8: drives copied from old systems name files in cp1252, cp1251 or
the DOS code page. Such a file is catalogued under its name decoded by the best guess (the key a
person sees and types); the catalog keeps the name's bytes to open the file (``name_bytes``).

Python hands such names over with each undecodable byte as a lone surrogate ('surrogateescape'),
which SQLite and Whoosh cannot store: the decoded name is what they hold.

The guess, for names too short for a statistical detector (charset-normalizer calls 'Résumé'
cp1251): Cyrillic words are runs of high bytes ('Опись' is five), while Western names have an
accented letter here and there among ASCII ones; the DOS code page puts its accented letters at
0x80-0x9F, where cp1252 has punctuation, and cp1252 puts them at 0xC0-0xFF.
"""

from __future__ import annotations

import os
import re

_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
NAME_WARNING_START = "the file's name is not UTF-8; shown decoded as"


def is_legacy(os_name: str) -> bool:
    """Whether a name as Python gives it (surrogate escapes for undecodable bytes) is not UTF-8."""
    try:
        os_name.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def decoded(os_name: str) -> tuple[str, str | None]:
    """(the name decoded by the best guess, the encoding guessed for its legacy parts, if any),
    one '/'-separated part at a time (a UTF-8 folder may hold a cp1252 file)."""
    if not is_legacy(os_name):
        return os_name, None
    parts, guessed = [], None
    for part in os.fsencode(os_name).split(b"/"):
        try:
            parts.append(part.decode("utf-8"))
        except UnicodeDecodeError:
            encoding = guess_encoding(part)
            parts.append(part.decode(encoding, errors="replace"))
            guessed = guessed or encoding
    return "/".join(parts), guessed


def guess_encoding(raw: bytes) -> str:
    """cp1251, cp437 or cp1252 for a name's bytes."""
    runs = _HIGH_RUN.findall(raw)
    high = b"".join(runs)
    if runs and max(map(len, runs)) >= 3 and sum(len(run) >= 3 for run in runs) * 2 >= len(runs):
        text = high.decode("cp1251", errors="replace")
        if sum(character.isalpha() for character in text) >= 0.8 * len(text):
            return "cp1251"
    dos_letters = sum(0x80 <= byte <= 0xA5 or byte == 0xE1 for byte in high)
    if dos_letters > sum(byte >= 0xC0 for byte in high):
        return "cp437"
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:  # five bytes cp1252 leaves undefined
        return "latin-1"
    return "cp1252"


def name_warning(encoding: str | None) -> str:
    """What a record whose name is not UTF-8 says about it."""
    return f"{NAME_WARNING_START} {encoding} (its bytes are in path_bytes)"


def without_name_facts(record: dict) -> dict:
    """A record taken over by a file of the same content (a copy, a move): without what the
    other file's name was."""
    record.pop("path_bytes", None)
    record["warnings"] = [
        warning for warning in record.get("warnings", []) if not warning.startswith(NAME_WARNING_START)
    ]
    return record
