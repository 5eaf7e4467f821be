"""Sensitive data in an item's text, found only where a checksum or a person's word list says so:
payment card numbers (Luhn, and an issuer's prefix and length), IBANs (ISO 13616 check digits),
US Social Security numbers (the SSA's area, group and serial rules), national identifiers that
carry a check digit, named beside them (Russian ИНН, Turkish T.C. Kimlik No, German Steuer-IdNr,
French NIR), e-mail addresses, international phone numbers, and the words of the collection's
lexicon. A number that fails its check is not a finding. The record keeps, for each kind, how
many were found and a few samples masked (`•••• 1111`): never a whole number.

The checks are python-stdnum's (LGPL-2.1+, used as a library)."""

from __future__ import annotations

import re
from typing import Any, Callable, Iterable, Iterator

#: The kinds of finding, in the order they are listed.
KINDS = ("card", "iban", "ssn", "national-id", "email", "phone", "lexicon")
#: A search for `sensitive:any` finds an item with a finding of any kind.
ANY = "any"
#: Masked samples kept per kind.
SAMPLES = 3
#: The text scanned at most, per item (a card number in the 60th megabyte of a log is not looked for).
MAX_SCANNED_CHARS = 8_000_000

#: A run of digits with single spaces or hyphens between: what a card number, an SSN or a phone
#: number is written as; each run is then judged by the patterns and checks below.
_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d){7,}")
_CARD = re.compile(r"\d(?:[ -]?\d){12,18}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_SSN = re.compile(r"\d{3}-\d{2}-\d{4}")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[A-Za-z]{2,24}(?!\w)")
#: A national identifier is looked for only where its name stands before it (its digits alone
#: would pass one check in ten by chance): (name pattern, number pattern, stdnum module).
_NATIONAL = (
    (r"ИНН", r"\d{10}|\d{12}", "stdnum.ru.inn"),
    (r"T\.?\s?C\.?\s?Kimlik(?:\s?No\.?)?|TCKN", r"\d{11}", "stdnum.tr.tckimlik"),
    (
        r"Steuer-?ID|Steuer-?IdNr\.?|Steueridentifikationsnummer|IdNr\.?",
        r"\d{2} ?\d{3} ?\d{3} ?\d{3}",
        "stdnum.de.idnr",
    ),
    (r"NIR|n° de sécurité sociale|numéro de sécurité sociale", r"[12](?: ?\d){12} ?\d{2}", "stdnum.fr.nir"),
)
#: How far after an identifier's name its number is looked for.
NATIONAL_WINDOW = 40
_NATIONAL_NAMES = re.compile(r"(?<!\w)(?:" + "|".join(name for name, _, _ in _NATIONAL) + r")(?!\w)", re.IGNORECASE)
_NATIONAL_PATTERNS = [
    (re.compile(rf"(?<!\w)(?:{name})\s*(?:[:№#]|No\.?)?\s*({number})(?!\d)", re.IGNORECASE), module)
    for name, number, module in _NATIONAL
]
#: An issuer's first digits and the lengths its cards have (ISO/IEC 7812 as the networks publish them).
_ISSUERS = (
    (("4",), (13, 16, 19)),
    (tuple(str(n) for n in range(51, 56)) + tuple(str(n) for n in range(2221, 2721)), (16,)),
    (("34", "37"), (15,)),
    (("6011", "65") + tuple(str(n) for n in range(644, 650)), (16, 17, 18, 19)),
    (("35",), (16, 17, 18, 19)),
    (("62",), (16, 17, 18, 19)),
    (("36", "38") + tuple(str(n) for n in range(300, 306)), (14,)),
    (("2200", "2201", "2202", "2203", "2204"), (16,)),
    (("5018", "5020", "5038", "6304", "67"), tuple(range(12, 20))),
)


def find_sensitive(text: str, lexicon: Iterable[str] = ()) -> dict[str, dict[str, Any]]:
    """{kind: {'count': n, 'samples': [masked, …]}} of what ``text`` holds, in KINDS' order; {} for nothing."""
    text = text[:MAX_SCANNED_CHARS]
    found: dict[str, dict[str, Any]] = {}
    findings = [
        _numbers(text),
        *(_labelled(kind, finder(text)) for kind, finder in _FINDERS),
        _labelled("lexicon", _lexicon_words(text, [word for word in lexicon if word.strip()])),
    ]
    for kind, sample in (finding for finder in findings for finding in finder):
        entry = found.setdefault(kind, {"count": 0, "samples": []})
        entry["count"] += 1
        if len(entry["samples"]) < SAMPLES and sample not in entry["samples"]:
            entry["samples"].append(sample)
    return {kind: found[kind] for kind in KINDS if kind in found}


def _labelled(kind: str, samples: Iterator[str]) -> Iterator[tuple[str, str]]:
    return ((kind, sample) for sample in samples)


def kinds_of(findings: dict[str, Any] | None) -> list[str]:
    """The kinds an item's findings hold, and ANY when it has one: what `sensitive:` searches."""
    kinds = [kind for kind in KINDS if (findings or {}).get(kind)]
    return [*kinds, ANY] if kinds else []


def _numbers(text: str) -> Iterator[tuple[str, str]]:
    """(kind, masked) of the card numbers, SSNs and international phone numbers: one pass over
    the runs of digits (with spaces or hyphens between), each run then judged by its checks —
    far quicker than a pattern a kind over the whole text."""
    from stdnum import luhn
    from stdnum.us import ssn

    for run in _DIGIT_RUN.finditer(text):
        written, start = run.group(), run.start()
        digits = written.replace(" ", "").replace("-", "")
        if start and text[start - 1] == "+":
            if 8 <= len(digits) <= 15:
                yield "phone", "+••• ••• ••" + digits[-2:]
            continue
        if _SSN.fullmatch(written):
            if ssn.is_valid(written):
                yield "ssn", "•••-••-" + digits[-4:]
            continue
        issued = any(digits.startswith(prefixes) and len(digits) in lengths for prefixes, lengths in _ISSUERS)
        if issued and _CARD.fullmatch(written) and luhn.is_valid(digits):
            yield "card", "•••• " + digits[-4:]


def _ibans(text: str) -> Iterator[str]:
    from stdnum import iban

    for match in _IBAN.finditer(text):
        compact = match.group().replace(" ", "")
        if iban.is_valid(compact):
            yield f"{compact[:2]}•• •••• {compact[-4:]}"


def _national_ids(text: str) -> Iterator[str]:
    """Each identifier's name where it stands, then its number right after it (a window of
    NATIONAL_WINDOW characters): the text is passed over once, not once a kind."""
    import importlib

    for named in _NATIONAL_NAMES.finditer(text):
        window = text[named.start() : named.end() + NATIONAL_WINDOW]
        for pattern, module in _NATIONAL_PATTERNS:
            found = pattern.match(window)
            if found and importlib.import_module(module).is_valid(found.group(1)):
                digits = re.sub(r"\D", "", found.group(1))
                yield f"{module.split('.')[1].upper()} ••••{digits[-3:]}"


def _emails(text: str) -> Iterator[str]:
    """Addresses around each '@' (most texts hold few; a pattern over the whole text is slow)."""
    at = text.find("@")
    while at != -1:
        start = max(0, at - 64)
        found = _EMAIL.search(text, start, at + 256)
        if found and found.start() <= at < found.end():
            local, _, domain = found.group().partition("@")
            yield f"{local[0]}•••@{domain}"
            at = text.find("@", found.end())
        else:
            at = text.find("@", at + 1)


def _lexicon_words(text: str, words: list[str]) -> Iterator[str]:
    if not words:
        return
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(word.strip()) for word in words) + r")(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(text):
        yield match.group(1).lower()


_FINDERS: tuple[tuple[str, Callable[[str], Iterator[str]]], ...] = (
    ("iban", _ibans),
    ("national-id", _national_ids),
    ("email", _emails),
)
