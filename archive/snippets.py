"""The passage shown under a hit: the page where most of the query's words (and whole phrases)
occur, every page where they occur, and a window of text around them with the words marked.

Whoosh's highlighter reads only the first 32 KB of a text and knows nothing of pages, and
analysing a whole 1,000-page PDF per hit would cost a second. So the text is first screened with
a cheap substring test — on the text as it is (most words are written in lower case), and only
if that finds nothing on a lower-cased, then an accent-stripped copy of the same length, so
positions carry over — and only small windows around the candidates are analysed with the
index's own analyzer: what is marked is exactly what matched.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable, Iterable, Iterator

from .analysis import _WORD, FOLD_TABLE, fold, words_forms
from .model import Record

WINDOW = 240
#: Parts a transcription of several pages (a multi-page scan's): a page each, as in a text.
PAGE_BREAK = "\f"
#: Pages screened for the query's words (and so listed as matching) under a hit, at the most: a
#: hit in a 1,000-page PDF costs what one in a 40-page PDF does (the first 40 pages where the
#: words stand are enough to choose from).
MAX_CANDIDATE_PAGES = 40
#: ... and for the one item a person looks at (Collection.passage): every page, to step through.
MAX_LISTED_PAGES = 5000
#: Characters of an item's text read for its passage under a hit, and for the item looked at: a
#: hit in a 70 MB text file costs what one in a 2 MB file does (it took 21 s), its passage found
#: in those first characters.
MAX_PASSAGE_CHARS = 2_000_000
MAX_LISTED_CHARS = 20_000_000
MAX_PLACES_PER_PAGE = 6
#: Up to this many words, a page's places of each word's stem are found before those of its probe.
MAX_STEMS_LOOKED_FOR = 16
_AROUND = 120
#: Characters read past a place to confirm that a mark stands there (and a phrase's length more).
_NEAR = 30


@dataclass(frozen=True)
class Marks:
    """What a passage marks: ``terms``, analysed words as the index holds them (a word of the
    text matches when it or its stem is one), and ``phrases``, folded words that match only
    together and in order, as a phrase query matches them."""

    terms: frozenset[str] = frozenset()
    phrases: frozenset[tuple[str, ...]] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.terms or self.phrases)

    def words(self) -> set[str]:
        return set(self.terms).union(*self.phrases)


@dataclass
class Passage:
    page: int | None  # 1-based, None for unpaged text
    html: str  # escaped text with the matched words in <b>…</b>
    pages: list[int] = field(default_factory=list)  # every page (1-based) where a mark occurs


def best_passage(
    pages: Iterable[str], marks: Marks, languages: tuple[str, ...] = ("en",), page_limit: int = MAX_CANDIDATE_PAGES
) -> Passage:
    """The best passage of ``pages`` for ``marks``: on the first of the pages where most of the
    query's words and phrases occur (a phrase straddling a page break counts on the page where it
    starts). Pages are read only as far as needed (see Catalog.lazy_texts)."""
    pages = _ReadAhead(pages)
    if not pages.has(0):
        return Passage(None, "")
    probes = _probes(marks.words())
    # A phrase is looked for whole too: its words alone may stand dozens of times before it.
    phrases = [re.compile(r"[\W_]+".join(map(re.escape, phrase)), re.IGNORECASE) for phrase in marks.phrases]

    # The probe may have been part of another word (catalogue for cattle), or a phrase's words
    # apart: each page is confirmed as it is screened, so the pages kept are pages of the word.
    def confirmed(number: int, places: list[int]) -> bool:
        return _confirmed(pages, number, places, marks, languages)

    # The words' own stems are looked for first: a probe ('cat' of 'cattle') may stand dozens of
    # times in other words before the word itself.
    stems = sorted(marks.words()) if len(marks.words()) <= MAX_STEMS_LOOKED_FOR else []
    matching = []
    for folding in (_as_is, str.lower, _fold_same_length) if probes else ():
        matching = _screen(pages, probes, phrases, stems, folding, page_limit, confirmed)
        if matching:
            break
    # The first page with the most distinct marks. A page's distinct probes bound its distinct
    # marks, so pages are analysed in that order until none left can hold more than the best.
    best_number, best_matches, best_count = 0, [], 0
    for probes_found, _, negative_number, places in sorted(matching, key=lambda item: (-item[0], -item[2])):
        if best_count >= probes_found:
            break
        matches = _matches_near(pages, -negative_number, places, marks, languages)
        count = len({key for _, _, key in matches})
        if count > best_count or (count == best_count and -negative_number < best_number):
            best_number, best_matches, best_count = -negative_number, matches, count
    paged = pages.has(1)
    return Passage(
        best_number + 1 if paged else None,
        _window(pages[best_number], best_matches),
        [-item[2] + 1 for item in matching] if paged else [],
    )


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


def _screen(
    pages: _ReadAhead,
    probes: list[str],
    phrases: list[re.Pattern],
    stems: list[str],
    folding,
    page_limit: int,
    confirmed: Callable[[int, list[int]], bool],
) -> list[tuple[int, int, int, list[int]]]:
    """(distinct probes found, places found, -page number, places) for the first ``page_limit``
    pages holding a probe that ``confirmed`` finds a mark at; the places of whole phrases first,
    then of the stems (only the first few places of a page are analysed)."""
    ranked = []
    for number, page in enumerate(pages):
        if folding is _fold_same_length and page.isascii():
            continue  # lower-casing has screened it already
        folded = folding(page)
        if len(folded) != len(page):  # lower-casing changed the length ('İ'): fold one for one
            folded = _fold_same_length(page)
        found = [_find(folded, probe) for probe in probes]
        whole = [
            [match.start() for match in islice(phrase.finditer(folded), MAX_PLACES_PER_PAGE)] for phrase in phrases
        ]
        first = sorted(place for hits in whole for place in hits)
        first += (
            sorted({place for stem in stems for place in _find(folded, stem)}.difference(first)) if any(found) else []
        )
        places = first + sorted(set(place for hits in found for place in hits).difference(first))
        if places and confirmed(number, places):
            ranked.append((sum(1 for hits in found + whole if hits), len(places), -number, places))
            if len(ranked) >= page_limit:
                break
    return ranked


def match_spans(text: str, marks: Marks, languages: tuple[str, ...] = ("en",)) -> list[tuple[int, int]]:
    """Where in ``text`` the marks occur, as (start, end) character offsets: a word when it, or
    its stem in one of ``languages``, is among the terms; a phrase from its first word to its last."""
    return [(start, end) for start, end, _ in _marked(text, marks, languages)]


def _marked(text: str, marks: Marks, languages: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, what matched: a term or a phrase) for every mark in ``text``, none overlapping."""
    words = [(*match.span(), _folded(match.group())) for match in _WORD.finditer(text)]
    forms_of = words_forms((word for _, _, word in words), languages)
    found = []
    firsts = {phrase[0] for phrase in marks.phrases}

    def holds(number: int, wanted: str) -> bool:
        """Whether the index holds ``wanted`` at the word ``number``: the word, or its stem (a
        stem stands at its word's position, so "regular expression" finds "regular expressions")."""
        word = words[number][2]
        return word == wanted or wanted in forms_of[word]

    for number, (start, end, word) in enumerate(words):
        for phrase in marks.phrases if firsts and (word in firsts or not forms_of[word].isdisjoint(firsts)) else ():
            if number + len(phrase) <= len(words) and all(holds(number + k, wanted) for k, wanted in enumerate(phrase)):
                found.append((start, words[number + len(phrase) - 1][1], " ".join(phrase)))
        if word in marks.terms:
            found.append((start, end, word))
        elif marks.terms and not (forms := forms_of[word]).isdisjoint(marks.terms):
            found.append((start, end, min(forms & marks.terms)))
    if not marks.phrases:
        return found
    spans: list[tuple[int, int, str]] = []
    for span in sorted(found, key=lambda item: (item[0], -item[1])):
        if not spans or span[0] >= spans[-1][1]:  # a word inside a phrase already marked is not marked again
            spans.append(span)
    return spans


def _folded(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)  # the same, for most words at a fifth of the cost


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
            table[code] = ord((FOLD_TABLE.get(ord(lower)) or lower)[:1])
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


def _matches_near(
    pages: _ReadAhead, number: int, places: list[int], marks: Marks, languages: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """The marks on page ``number``, analysing only the text around each place (merged where
    they overlap), the places in the order given (a phrase's first)."""
    page, length = _page_and_next(pages, number, marks), len(pages[number])
    spans: list[tuple[int, int]] = []
    for place in places:
        start, end = max(0, place - _AROUND), min(len(page), place + _AROUND)
        overlapped = next((index for index, (first, last) in enumerate(spans) if start <= last and first <= end), None)
        if overlapped is None:
            spans.append((start, end))
        else:
            spans[overlapped] = (min(start, spans[overlapped][0]), max(end, spans[overlapped][1]))
        if len(spans) >= MAX_PLACES_PER_PAGE:
            break
    matches: list[tuple[int, int, str]] = []
    for start, end in spans:
        matches.extend(_marked_between(page, start, end, length, marks, languages))
    return sorted(set(matches))


def _confirmed(pages: _ReadAhead, number: int, places: list[int], marks: Marks, languages: tuple[str, ...]) -> bool:
    """Whether a mark stands on page ``number``: the few words from each place on are analysed,
    one place at a time, until one holds a mark (on a page full of the word, the first does)."""
    page, length = _page_and_next(pages, number, marks), len(pages[number])
    reach = _NEAR + max((sum(map(len, phrase)) + len(phrase) for phrase in marks.phrases), default=0)
    return any(
        _marked_between(page, place, place + reach, length, marks, languages) for place in places[:MAX_PLACES_PER_PAGE]
    )


def _page_and_next(pages: _ReadAhead, number: int, marks: Marks) -> str:
    """The page, and for phrases the first words of the next one: a phrase may go on there."""
    if marks.phrases and pages.has(number + 1):
        return pages[number] + "\n" + pages[number + 1][:_AROUND]
    return pages[number]


def _marked_between(page: str, start: int, end: int, length: int, marks: Marks, languages: tuple[str, ...]):
    """The marks starting on the page (before ``length``) from about ``start`` to ``end``; the
    bounds move out to spaces, so that no word is cut in two and mistaken for another."""
    start = page.rfind(" ", 0, start) + 1 if start else 0
    stop = page.find(" ", end)
    end = len(page) if stop == -1 else stop
    return [
        (start + s, min(start + e, length), key)
        for s, e, key in _marked(page[start:end], marks, languages)
        if start + s < length
    ]


def _window(text: str, matches: list[tuple[int, int, str]]) -> str:
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
    for match_start, match_end, _ in matches:
        if match_start < start or match_end > end:
            continue
        pieces.append(html.escape(text[cursor:match_start]))
        pieces.append(f"<b>{html.escape(text[match_start:match_end])}</b>")
        cursor = match_end
    pieces.append(html.escape(text[cursor:end]))
    snippet = " ".join("".join(pieces).split())
    return ("… " if start > 0 else "") + snippet + (" …" if end < len(text) else "")


def _densest(matches: list[tuple[int, int, str]]) -> int:
    """The start of the match with the most other matches within one window after it."""
    starts = [start for start, _, _ in matches]
    best_start, best_count, tail = starts[0], 0, 0
    for head, start in enumerate(starts):
        while starts[tail] < start - WINDOW // 2:
            tail += 1
        count = head - tail + 1
        if count > best_count:
            best_start, best_count = starts[tail], count
    return best_start


def typed_pages(record: Record) -> list[str]:
    """The pages of an item without text of its own (a photograph, a handwritten scan) as a person
    gave them: its transcription, a page for each part between form feeds; else its description."""
    return (record.transcription or record.description or "").split(PAGE_BREAK)
