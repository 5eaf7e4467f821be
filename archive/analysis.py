"""How text becomes index terms: tokens, case and accent folding, stemming.

The same analyzers serve indexing, querying and snippet highlighting, so a word is always cut and
folded the same way wherever it is compared.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import defaultdict
from functools import lru_cache, partial
from typing import Any, Iterable, Iterator, cast

from whoosh.analysis import RegexTokenizer, Token, Tokenizer
from whoosh.support.charset import accent_map

from .language import DEFAULT_LANGUAGE, stemmer, words_stemmer

#: Words are runs of letters and digits; '_', '.', '-' and apostrophes split them.
WORD_PATTERN = r"[^\W_]+"


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = dict(cast(dict[int, str], accent_map))  # keyed by code point, as translate wants
    table.update(
        {
            ord("ß"): "ss",
            ord("ẞ"): "ss",
            ord("ё"): "е",
            ord("Ё"): "е",
            ord("ı"): "i",
            ord("İ"): "i",
            ord("ə"): "e",
            ord("Ə"): "e",
            ord("æ"): "ae",
            ord("œ"): "oe",
            ord("ø"): "o",
            ord("đ"): "d",
            ord("ł"): "l",
            ord("þ"): "th",
        }
    )
    for code in range(0x0300, 0x0370):  # combining marks left over after lower-casing ('İ' → 'i̇')
        table[code] = None
    return table


FOLD_TABLE = _fold_table()


def fold(text: str) -> str:
    """Lower-case and strip accents the way the index does: 'Résumé Straße' → 'resume strasse'."""
    return unicodedata.normalize("NFC", text).lower().translate(FOLD_TABLE)


_WORD = re.compile(WORD_PATTERN)
_COMBINING_MARK = re.compile("[\u0300-\u036f]")
_SPACE = re.compile(r"\s")
CHUNK_CHARS = 1 << 20
#: Put before a text to say which language's stemmer the index should use for it.
LANGUAGE_MARK = "\x02"


def mark_language(text: str, language: str | None) -> str:
    return f"{LANGUAGE_MARK}{language or DEFAULT_LANGUAGE}{LANGUAGE_MARK} {text}"


def folded_word_positions(text: str) -> dict[str, array]:
    """Each word of ``fold(text)`` with its positions. The accent table is applied to each
    distinct word rather than to every character of the text: 4 times as fast. Positions are
    arrays of machine integers: a list of Python integers costs 9 times as much memory."""
    lowered = unicodedata.normalize("NFC", text).lower()
    if _COMBINING_MARK.search(lowered):  # marks join words only once folded away: fold first
        return _word_positions(lowered.translate(FOLD_TABLE))
    positions = _word_positions(lowered)
    if lowered.isascii():
        return positions
    folded: dict[str, array] = {}
    for word, where in positions.items():
        _add_positions(folded, word if word.isascii() else word.translate(FOLD_TABLE), where)
    return folded


def _word_positions(text: str) -> dict[str, array]:
    positions: defaultdict[str, array] = defaultdict(partial(array, "i"))
    first = 0  # the position of the chunk's first word
    for chunk in _chunks(text):
        words = _WORD.findall(chunk)
        for position, word in enumerate(words, first):
            positions[word].append(position)
        first += len(words)
    return positions


def _chunks(text: str) -> Iterator[str]:
    """``text`` in pieces of about CHUNK_CHARS cut at white space, so that a huge text's list of
    words never exists all at once (a word in a list costs some 60 bytes: 18 times the text)."""
    start = 0
    while start < len(text):
        cut = _SPACE.search(text, start + CHUNK_CHARS)
        end = cut.start() if cut else len(text)
        yield text[start:end]
        start = end


def _add_positions(terms: dict[str, array], term: str, where: array) -> None:
    known = terms.get(term)
    terms[term] = where if known is None else array("i", sorted(known + where))


def split_language(value: str) -> tuple[str, str]:
    """(language, text) of a text that may carry a language mark."""
    if value.startswith(LANGUAGE_MARK):
        language, _, text = value[1:].partition(LANGUAGE_MARK)
        return language, text
    return DEFAULT_LANGUAGE, value


def word_forms(folded_word: str, languages: tuple[str, ...]) -> frozenset[str]:
    """A folded word and its stems in ``languages``: what a query word is looked for as (see
    words_forms, which remembers them)."""
    return words_forms((folded_word,), languages)[folded_word]


#: Each language set's words already given their forms by words_forms (emptied past a limit).
_known_forms: dict[tuple[str, ...], dict[str, frozenset[str]]] = {}
_KNOWN_FORMS_LIMIT = 200_000


def words_forms(folded_words: Iterable[str], languages: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each folded word and its stems in ``languages`` (what a snippet compares each word of its
    window by), those not met before stemmed in one call into each language's stemmer: a
    snippet's windows made 949 calls of a word at a time, a third of a first search's time."""
    known = _known_forms.setdefault(languages, {})
    words = dict.fromkeys(folded_words)
    found = {word: forms for word in words if (forms := known.get(word)) is not None}
    new = [word for word in words if word not in found]
    if new:
        made: dict[str, set[str]] = {word: {word} for word in new}
        for language in languages:
            stem_all = words_stemmer(language)
            if stem_all is not None:
                for word, stem in zip(new, stem_all(new)):
                    made[word].add(stem)
        fresh = {word: frozenset(forms) for word, forms in made.items()}
        if len(known) > _KNOWN_FORMS_LIMIT:
            known.clear()
        known.update(fresh)
        found.update(fresh)
    return found


class FoldingTokenizer(Tokenizer):
    """Words, lower-cased and accent-folded, in one pass; when indexing with ``stems``, each word
    also as its stem in the text's language, at the same position.

    So the index holds 'документов' and 'документ' for a Russian text, 'strasse' for 'Straße':
    an exact word matches whatever the language, and a query word expanded to its stems in the
    collection's languages (see search.py) matches every inflection. Queries are analysed to the
    folded word only. Whoosh's usual chain (tokenizer | lower-case | charset | stem) passes every
    word through four generators; folding the whole text at once measured 1.4 times as fast.
    """

    def __init__(self, stems: bool = True) -> None:
        self.stems = stems

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.stems == self.stems

    def term_positions(self, value: str) -> dict[str, array]:
        """Every term of ``value`` with its word positions: what the tokens below would give, in
        one pass with no Token per word (indexing is most of an index run's work; see index.py).
        Each distinct word is stemmed once."""
        language, value = split_language(value)
        positions = folded_word_positions(value)
        stems = words_stemmer(language) if self.stems else None
        if stems is None:
            return positions
        words = list(positions)
        stem_positions: dict[str, array] = {}
        for word, stem in zip(words, stems(words)):
            if stem != word:
                _add_positions(stem_positions, stem, positions[word])
        for stem, where in stem_positions.items():
            _add_positions(positions, stem, where)
        return positions

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        language, value = split_language(value)
        stem = stemmer(language) if self.stems and mode != "query" else None
        if not tokenize:
            words = iter([(0, len(value), fold(value))])
        elif chars:
            words = ((m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(value))
        else:
            words = ((0, 0, word) for word in _WORD.findall(fold(value)))
        for position, (start, end, word) in enumerate(words):
            forms = (word, stem(word)) if stem is not None else (word,)
            for number, form in enumerate(forms):
                if number and form == word:
                    continue
                token.text = form
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = word  # type: ignore[attr-defined]  # Whoosh's tokens take any attribute
                if positions:
                    token.pos = start_pos + position
                if chars:
                    token.startchar, token.endchar = start_char + start, start_char + end
                yield token


@lru_cache(maxsize=None)
def text_analyzer() -> FoldingTokenizer:
    """For prose: folded, with stems alongside, so 'indexing' finds 'index' and 'resume' 'résumé'."""
    return FoldingTokenizer(stems=True)


@lru_cache(maxsize=None)
def name_analyzer() -> FoldingTokenizer:
    """For names, tags and short fields: folded, never stemmed ('Jones' must not find 'Jone')."""
    return FoldingTokenizer(stems=False)


@lru_cache(maxsize=None)
def value_analyzer():
    """For facet values: each line is one exact term, shown back to people as written."""
    return RegexTokenizer(r"[^\n]+")
