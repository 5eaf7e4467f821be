"""The passage shown under a hit: the page where the query's words are densest, and a window of
text around them with the words marked.

Whoosh's highlighter reads only the first 32 KB of a text and knows nothing of pages, and
analysing a whole 1,000-page PDF per hit would cost a second. So the text is first screened with
a cheap substring test — on the text as it is (most words are written in lower case), and only
if that finds nothing on a lower-cased, then an accent-stripped copy of the same length, so
positions carry over — and only small windows around the candidates are analysed with the
index's own analyzer: what is marked is exactly what matched.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from .analysis import _WORD, FOLD_TABLE, fold, word_forms

WINDOW = 240
#: Pages screened for the query's words, and places analysed per page, at the most.
MAX_CANDIDATE_PAGES = 40
MAX_PLACES_PER_PAGE = 6
#: Best-screened pages whose places are analysed, until one confirms a match.
PAGES_CONFIRMED = 3
_AROUND = 120


@dataclass
class Passage:
    page: int | None  # 1-based, None for unpaged text
    html: str  # escaped text with the matched words in <b>…</b>


def best_passage(pages: Iterable[str], terms: set[str], languages: tuple[str, ...] = ("en",)) -> Passage:
    """The best passage of ``pages`` for the analysed query ``terms`` (stems, as the index holds
    them). Pages are read only as far as needed (see Catalog.lazy_texts)."""
    pages = _ReadAhead(pages)
    if not pages.has(0):
        return Passage(None, "")
    probes = _probes(terms)
    ranked = []
    for folding in (_as_is, str.lower, _fold_same_length) if probes else ():
        ranked = _screen(pages, probes, folding)
        if ranked:
            break
    best_number, best_matches = 0, []
    for _, _, negative_number, places in sorted(ranked, reverse=True)[:PAGES_CONFIRMED]:
        matches = _matches_near(pages[-negative_number], places, terms, languages)
        if matches:  # the probe may have been part of another word: confirm with the analyzer
            best_number, best_matches = -negative_number, matches
            break
    page = best_number + 1 if pages.has(1) else None
    return Passage(page, _window(pages[best_number], best_matches))


class _ReadAhead:
    """Pages by number, read from their iterator only as far as asked for."""

    def __init__(self, pages: Iterable[str]) -> None:
        self._source = iter(pages)
        self._read: list[str] = []

    def has(self, number: int) -> bool:
        while len(self._read) <= number:
            page = next(self._source, None)
            if page is None:
                return False
            self._read.append(page)
        return True

    def __getitem__(self, number: int) -> str:
        self.has(number)
        return self._read[number]

    def __iter__(self) -> Iterator[str]:
        number = 0
        while self.has(number):
            yield self._read[number]
            number += 1


def _probes(terms: set[str]) -> list[str]:
    """Substrings to screen pages with: each stem less its last letters (stems drop endings),
    and none that a shorter probe already covers (a wildcard may expand to a hundred terms)."""
    probes: list[str] = []
    for probe in sorted({term[: max(3, len(term) - 2)] for term in terms}, key=len):
        if not any(probe.startswith(kept) for kept in probes):
            probes.append(probe)
    return probes


def _as_is(text: str) -> str:
    return text


def _screen(pages: _ReadAhead, probes: list[str], folding) -> list[tuple[int, int, int, list[int]]]:
    """(distinct probes found, places found, -page number, places) for pages holding a probe."""
    ranked = []
    for number, page in enumerate(pages):
        if folding is _fold_same_length and page.isascii():
            continue  # lower-casing has screened it already
        folded = folding(page)
        if len(folded) != len(page):  # lower-casing changed the length ('İ'): fold one for one
            folded = _fold_same_length(page)
        found = [_find(folded, probe) for probe in probes]
        places = sorted(place for hits in found for place in hits)
        if places:
            ranked.append((sum(1 for hits in found if hits), len(places), -number, places))
            if len(ranked) >= MAX_CANDIDATE_PAGES:
                break
    return ranked


def match_spans(text: str, terms: set[str], languages: tuple[str, ...] = ("en",)) -> list[tuple[int, int]]:
    """Where in ``text`` the analysed ``terms`` occur, as (start, end) character offsets: a word
    matches when it, or its stem in one of ``languages``, is among the terms."""
    spans = []
    for match in _WORD.finditer(text):
        word = match.group()
        word = word.lower() if word.isascii() else fold(word)  # the same, for most words at a fifth of the cost
        if word in terms or not word_forms(word, languages).isdisjoint(terms):
            spans.append(match.span())
    return spans


@lru_cache(maxsize=1)
def _same_length_fold() -> dict[int, int]:
    """Lower-case and strip accents, one character for one, so offsets in the copy are offsets
    in the original (the index's own folding may turn 'ß' into 'ss')."""
    table: dict[int, int] = {}
    for code in range(0x24F + 1):  # Latin, where case and accents live for the languages served
        char = chr(code)
        lower = char.lower()
        lower = lower if len(lower) == 1 else char
        folded = FOLD_TABLE.get(ord(lower), lower)
        if not folded or len(folded) != 1:
            folded = unicodedata.normalize("NFD", lower)[0]
        if folded != char:
            table[code] = ord(folded)
    for code in list(range(0x400, 0x530)):  # Cyrillic and Armenian capitals
        lower = chr(code).lower()
        if len(lower) == 1 and lower != chr(code):
            table[code] = ord(FOLD_TABLE.get(ord(lower), lower)[:1] or lower)
    table[ord("ё")] = ord("е")
    return table


def _fold_same_length(text: str) -> str:
    return text.translate(_same_length_fold())


def _find(folded: str, probe: str) -> list[int]:
    places: list[int] = []
    start = folded.find(probe)
    while start != -1 and len(places) < MAX_PLACES_PER_PAGE * 4:
        places.append(start)
        start = folded.find(probe, start + len(probe))
    return places


def _matches_near(page: str, places: list[int], terms: set[str], languages: tuple[str, ...]) -> list[tuple[int, int]]:
    """Analyse only the text around each place (merged where they overlap)."""
    spans: list[tuple[int, int]] = []
    for place in places:
        start, end = max(0, place - _AROUND), min(len(page), place + _AROUND)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        if len(spans) >= MAX_PLACES_PER_PAGE:
            break
    matches: list[tuple[int, int]] = []
    for start, end in spans:
        # Start and end on spaces, so no word is cut in two and mistaken for another.
        start = page.rfind(" ", 0, start) + 1 if start else 0
        stop = page.find(" ", end)
        end = len(page) if stop == -1 else stop
        matches.extend((start + s, start + e) for s, e in match_spans(page[start:end], terms, languages))
    return sorted(set(matches))


def _window(text: str, matches: list[tuple[int, int]]) -> str:
    """About WINDOW characters around the densest run of matches, cut at word boundaries."""
    if not matches:
        start, end = 0, min(len(text), WINDOW)
    else:
        anchor = _densest(matches)
        start = max(0, anchor - WINDOW // 3)
        end = min(len(text), start + WINDOW)
        start = max(0, min(start, end - WINDOW))
    if start > 0:
        space = text.find(" ", start, start + 30)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", end - 30, end)
        end = space if space != -1 else end
    pieces, cursor = [], start
    for match_start, match_end in matches:
        if match_start < start or match_end > end:
            continue
        pieces.append(html.escape(text[cursor:match_start]))
        pieces.append(f"<b>{html.escape(text[match_start:match_end])}</b>")
        cursor = match_end
    pieces.append(html.escape(text[cursor:end]))
    snippet = " ".join("".join(pieces).split())
    return ("… " if start > 0 else "") + snippet + (" …" if end < len(text) else "")


def _densest(matches: list[tuple[int, int]]) -> int:
    """The start of the match with the most other matches within one window after it."""
    starts = [start for start, _ in matches]
    best_start, best_count, tail = starts[0], 0, 0
    for head, start in enumerate(starts):
        while starts[tail] < start - WINDOW // 2:
            tail += 1
        count = head - tail + 1
        if count > best_count:
            best_start, best_count = starts[tail], count
    return best_start
