"""Creator strings split into names the way a catalogue lists them.

Authoring tools write one Author field for everyone: 'A; B', 'A and B', 'A & B', 'A, B, C',
'Family, Given', with e-mail addresses, postal addresses, roles ('maintained by …') and TeX
left in. What is not a name is kept as a note (roles, 'et al.', addresses, e-mail addresses) or
reported as junk, never silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .junk import junk_reason

_EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\(at\)|\[at\]|\{at\}| at )\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+", re.IGNORECASE
)
_ANGLE = re.compile(r"<[^>]*>?")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
#: 'maintained by X', 'with contributions by X, Y': everyone named after it is a contributor.
_ROLE_WORDS = (
    r"(?:with )?contributions? (?:from|by)|(?:currently |now )?maintained by|maintainer:?|revised by"
    r"|edited by|updated by|translated by|compiled by|converted by|ported by"
)
_ROLE = re.compile(rf"[(,;]?\s*\b(?:{_ROLE_WORDS})(?!\w).*$", re.IGNORECASE)
_ROLE_PHRASE = re.compile(rf"\b(?:{_ROLE_WORDS})(?!\w)", re.IGNORECASE)
_ET_AL = re.compile(r"[,;]?\s*\b(?:et al\.?|and others|& others|others\.?|u\. ?a\.|и др\.)\s*$", re.IGNORECASE)
_TEX = re.compile(r"\\and\b|\\\\|\\newline\b|\\thanks\{[^}]*\}|\[\s*-?[\d.]+\s*(?:pt|ex|em|cm|mm|in|bp)\s*\]")
_HONORIFIC = re.compile(r"^(?:dr\.?(?:-ing\.)?|prof\.?|mr\.?|mrs\.?|ms\.?|mme\.?|herr|frau)\s+", re.IGNORECASE)
_SUFFIX = re.compile(r"^(?:jr\.?|sr\.?|ii|iii|iv|phd|ph\.d\.|md|m\.d\.|esq\.?)$", re.IGNORECASE)
_PARTICLE = re.compile(r"^(?:van|von|de|del|della|der|den|du|da|di|la|le|ten|ter|af|zu|bin|ibn|al)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])\d+(?![\w.])")
#: Words that make a string an organisation, kept whole even with '&' or 'and' inside.
_ORGANISATION = re.compile(
    r"\b(?:inc|ltd|llc|gmbh|ag|co|corp|company|corporation|society|association|institute|institut|university"
    r"|universität|université|press|project|team|group|foundation|stiftung|department|ministry|library|archives?"
    r"|museum|council|committee|publishers?|sons|partners|brothers|bros|verlag|éditions|editions|office|agency"
    r"|bureau|bank|school|college|academy|akademie|league|union|federation|commission|board|service|services"
    r"|laboratory|laboratories|labs?|community|contributors|developers|authors)\b\.?",
    re.IGNORECASE,
)


@dataclass
class Names:
    names: list[str] = field(default_factory=list)
    #: What the field said besides the names: roles, 'et al.', addresses, e-mail addresses.
    notes: list[str] = field(default_factory=list)
    #: (part, why it is not a name).
    junk: list[tuple[str, str]] = field(default_factory=list)

    def add_name(self, value: str) -> None:
        name = _tidy(value)
        if not name:
            return
        if _ET_AL.fullmatch(name):
            self.add_note("et al.")
            return
        reason = junk_reason(name) or (
            "a number where a name should be" if _NUMBER.search(name) and not _ORGANISATION.search(name) else None
        )
        if reason:
            self.junk.append((name, reason))
        elif name not in self.names:
            self.names.append(name)

    def add_note(self, note: str) -> None:
        if note and note not in self.notes:
            self.notes.append(note)


def split_names(value: str | None) -> Names:
    """Names in ``value``, split on ';', ' and ', '&', line breaks and TeX's \\and, and on the
    commas of a list of full names, but not on the comma of 'Family, Given'."""
    found = Names()
    if not value or not value.strip():
        return found
    text = _take_notes(_TEX.sub(";", value), found)
    for chunk in re.split(r"[;\n]+", text):
        if _ORGANISATION.search(chunk):
            found.add_name(chunk)
            continue
        for part in re.split(r"\s+(?:and|und|et|и|&)\s+|\s*&\s*|\s{2,}", chunk.strip()):
            for name in _split_commas(part, found):
                found.add_name(name)
    return found


def clean_names(values: list[str]) -> Names:
    """Names given one by one (an XMP ``dc:creator`` sequence): cleaned, not split."""
    found = Names()
    for value in values:
        found.add_name(_take_notes(_TEX.sub(" ", value), found))
    return found


def _take_notes(text: str, found: Names) -> str:
    """``text`` without e-mail addresses, links, roles and 'et al.', which go to the notes."""
    for pattern in (_EMAIL, _URL):
        for match in pattern.finditer(text):
            found.add_note(match.group().strip())
        text = pattern.sub(" ", text)
    text = _ANGLE.sub(" ", text)
    role = _ROLE.search(text)
    if role:  # 'maintained by A and B, et al.': a note naming them, as cleaned as any names
        phrase = _ROLE_PHRASE.search(role.group())
        assert phrase is not None  # _ROLE is the phrase and what follows it
        named = split_names(role.group()[phrase.end() :])
        found.junk.extend(named.junk)
        if named.names:
            found.add_note(f"{phrase.group().strip()} {', '.join(named.names)}")
        for note in named.notes:
            found.add_note(note)
        text = text[: role.start()]
    et_al = _ET_AL.search(text)
    if et_al:
        found.add_note("et al.")
        text = text[: et_al.start()]
    return text


def _split_commas(part: str, found: Names) -> list[str]:
    pieces = [piece.strip() for piece in part.split(",") if _tidy(piece)]
    merged: list[str] = []
    for piece in pieces:  # 'Fred L. Drake, Jr.' is one name
        if merged and _SUFFIX.match(piece.strip(". ")):
            merged[-1] += f", {piece}"
        else:
            merged.append(piece)
    if len(merged) <= 1:
        return merged
    address = next(
        (number for number, piece in enumerate(merged) if _NUMBER.search(piece) and not junk_reason(_tidy(piece))), None
    )
    if address is not None:  # 'Name, Street 14, 44137 Town, Country'
        found.add_note(", ".join(_tidy(piece) for piece in merged[address:]))
        merged = merged[:address]
    if len(merged) == 2 and _ET_AL.fullmatch(_tidy(merged[0])):
        found.add_note("et al.")
        merged = merged[1:]
    if len(merged) == 2 and _is_family_name(merged[0]):
        return [f"{merged[0]}, {merged[1]}"]  # 'Smith, John'
    if len(merged) % 2 == 0 and all(len(piece.split()) == 1 for piece in merged):
        return [f"{family}, {given}" for family, given in zip(merged[::2], merged[1::2])]  # 'Smith, J., Doe, A.'
    return merged


def _is_family_name(piece: str) -> bool:
    words = piece.split()
    return len(words) == 1 or (len(words) <= 3 and bool(_PARTICLE.match(piece)))


def _tidy(value: str) -> str:
    """Spaces collapsed, unmatched brackets and stray punctuation at the ends removed, a
    leading honorific dropped."""
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", " ".join(value.split()))
    for opening, closing in ("()", "[]", "{}"):
        if text.count(opening) != text.count(closing):
            text = text.replace(opening, " ").replace(closing, " ")
    text = re.sub(r"\s*,(?:\s*,)+", ",", " ".join(text.split())).strip(" ,;:-–—/|")
    text = re.sub(r"\s+\.$", "", text)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    return _HONORIFIC.sub("", text)
