"""The passage shown under a hit: the page where the query's words are densest, and a window of
text around them with the words marked.

Whoosh's highlighter reads only the first 32 KB of a text and knows nothing of pages; a
1,000-page PDF needs the page of the best hit, found without analysing every page. So pages
are first screened with a cheap substring test on folded text, and only the candidates are
analysed with the index's own analyzer, so what is marked is exactly what matched.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from .analysis import fold, text_analyzer

WINDOW = 240
MAX_CANDIDATE_PAGES = 40


@dataclass
class Passage:
    page: int | None  # 1-based, None for unpaged text
    html: str  # escaped text with the matched words in <b>…</b>


def best_passage(pages: list[str], terms: set[str]) -> Passage:
    """The best passage of ``pages`` for the analysed query ``terms`` (stems, as the index holds them)."""
    if not pages:
        return Passage(None, "")
    best_number, best_matches, best_score = 0, [], (0, 0)
    for number in _candidate_pages(pages, terms) if terms else []:
        matches = match_spans(pages[number], terms)
        score = _score(matches, pages[number])
        if score > best_score:
            best_number, best_matches, best_score = number, matches, score
    page = best_number + 1 if len(pages) > 1 else None
    return Passage(page, _window(pages[best_number], best_matches))


def _candidate_pages(pages: list[str], terms: set[str]) -> list[int]:
    probes = {term[: max(3, len(term) - 2)] for term in terms}
    found = []
    for number, page in enumerate(pages):
        folded = fold(page)
        if any(probe in folded for probe in probes):
            found.append(number)
            if len(found) >= MAX_CANDIDATE_PAGES:
                break
    return found


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """Where in ``text`` the analysed ``terms`` occur, as (start, end) character offsets."""
    return [
        (token.startchar, token.endchar)
        for token in text_analyzer()(text, chars=True, mode="index")
        if token.text in terms
    ]


def _score(matches: list[tuple[int, int]], text: str) -> tuple[int, int]:
    """More distinct words first, then more occurrences."""
    distinct = {fold(text[start:end]) for start, end in matches}
    return len(distinct), len(matches)


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
