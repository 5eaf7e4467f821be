"""The query language, checked before Whoosh parses it.

Whoosh's parser never refuses anything: an unclosed quote, a dangling OR, a misspelt field or a
date it cannot read silently become words (or nothing), and the query finds nothing or the wrong
thing. ``check`` reads a query the way the parser would, refuses what it cannot understand with
the place and a hint (QueryError: "unclosed quote at column 7: "north quay"), and gives Whoosh a
normalised text: field names and aliases resolved, operators and brackets spaced, each date
clause an exact range, ``-word`` as ``NOT word``, ``lang:`` taken out.

There is no lenient fallback: a query is either understood as written or refused, with the way
to write what was probably meant (quotes make any text plain words: ``"http://example.org"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterable, Iterator

from .errors import QueryError
from .periods import after, before, period

#: What a person may write before a colon → the index field it searches.
FIELDS = {
    "title": "title",
    "creator": "creator",
    "author": "creator",
    "creators": "creator",
    "by": "creator",
    "subject": "subject",
    "subjects": "subject",
    "keyword": "subject",
    "keywords": "subject",
    "publisher": "publisher",
    "source": "source",
    "description": "description",
    "notes": "notes",
    "tag": "tag",
    "tags": "tag",
    "type": "type",
    "format": "format",
    "language": "language",
    "path": "path",
    "content": "content",
    "text": "content",
    "date": "date",
    "recipient": "recipient",
    "recipients": "recipient",
    "to": "recipient",
    "thread": "thread",
    "puid": "puid",
    "sensitive": "sensitive",
    "access": "access",
    "series": "series",
    "transcription": "transcription",
    "location": "location",
}
#: ``lang:ru`` says which language the query's words are in; it searches no field.
LANGUAGE_PREFIX = "lang"
MAX_FUZZY_DISTANCE = 2
#: Longer queries are refused: every word is looked for in several fields and forms.
MAX_QUERY_CHARS = 1000
BINARY_OPERATORS = frozenset({"AND", "OR", "ANDNOT", "ANDMAYBE"})

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_FIELD = re.compile(r"([^\W\d_]\w*):")
_WORD = re.compile(r"[^\s()\[\]{}\"]+")
_SLOP = re.compile(r"~\d+")
_FUZZY = re.compile(r"(?P<word>[^~]+)~(?P<distance>\d*)(?:/\d+)?")
_TO = re.compile(r"(?:^|\s)TO(?:\s|$)", re.IGNORECASE)
_COMPARISON = re.compile(r"(>=|=>|<=|=<|>|<)?(.*)")
_DATE_HINT = "write a year, month or day (1953, 1953-02, 1953-02-14), date:>1950 or date:[1950 TO 1960]"


@dataclass
class CheckedQuery:
    """A query understood: the text to give Whoosh, and the languages ``lang:`` named."""

    text: str
    languages: tuple[str, ...] = ()


@dataclass
class _Token:
    kind: str  # word, phrase, range, open, close, operator, not, clause (field:value), field-group, language
    text: str
    start: int  # 0-based offset in the query
    value: str = field(default="")  # what is given to Whoosh, when not the text itself


def check(query: str, types: dict[str, str] | None = None, formats: Iterable[str] = ()) -> CheckedQuery:
    """Check ``query``; ``types`` are the types known (lower case → as shown), ``formats`` the
    format words (``pdf``), so that ``type:pdf`` is refused with the way to say it."""
    text = _CONTROL.sub(" ", query)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; at most {MAX_QUERY_CHARS:,} are understood")
    languages: list[str] = []
    tokens = list(_Tokens(text, types or {}, frozenset(formats), languages))
    _check_order(tokens, text)
    return CheckedQuery(" ".join(token.value or token.text for token in _joined(tokens)), tuple(languages))


def error(what: str, text: str, start: int, hint: str = "") -> QueryError:
    """'what at column N: the query from there' (and a hint), for the query position ``start``."""
    excerpt = text[start : start + 40].strip() + ("…" if len(text) > start + 40 else "")
    return QueryError(f"{what} at column {start + 1}: {excerpt}" + (f"; {hint}" if hint else ""), column=start + 1)


class _Tokens:
    """The query's tokens, each field clause checked as it is read."""

    def __init__(self, text: str, types: dict[str, str], formats: frozenset[str], languages: list[str]) -> None:
        self.text, self.types, self.formats, self.languages = text, types, formats, languages

    def __iter__(self) -> Iterator[_Token]:
        text, position = self.text, 0
        while position < len(text):
            char = text[position]
            if char.isspace():
                position += 1
            elif char == '"':
                token = self._phrase(position)
                position += len(token.text)
                yield token
            elif char in "()":
                position += 1
                yield _Token("open" if char == "(" else "close", char, position - 1)
            elif char in "[{":
                raise error("a range needs a field", self.text, position, "write date:[1950 TO 1960]")
            elif char in "]}":
                raise error(
                    f"'{char}' closes a range that was never opened",
                    text,
                    position,
                    "a range is written date:[1950 TO 1960]",
                )
            elif char in "+-":  # +word is what a word is anyway; -word is NOT word; a lone dash is nothing
                position += 1
                if char == "-" and position < len(text) and not text[position].isspace():
                    yield _Token("not", "-", position - 1, value="NOT")
            elif match := _FIELD.match(text, position):
                clause = self._field_clause(match.group(1), match.start(), match.end())
                position = clause.start + len(clause.text)
                yield clause
            else:
                word = _word_at(text, position)
                yield self._word(word, position)
                position += len(word)

    def _phrase(self, start: int) -> _Token:
        end = self.text.find('"', start + 1)
        if end == -1:
            raise error("unclosed quote", self.text, start, 'close it: "north quay"')
        slop = _SLOP.match(self.text, end + 1)
        return _Token("phrase", self.text[start : slop.end() if slop else end + 1], start)

    def _range(self, start: int) -> _Token:
        ends = [found for found in (self.text.find("]", start), self.text.find("}", start)) if found != -1]
        if not ends:
            raise error("unclosed range", self.text, start, "a range is written date:[1950 TO 1960]")
        token = _Token("range", self.text[start : min(ends) + 1], start)
        if _range_ends(token.text) is None:
            raise error(
                "a range needs TO between its ends", self.text, start, "write date:[1950 TO 1960] or date:[1950 TO]"
            )
        return token

    def _word(self, word: str, start: int) -> _Token:
        if word in BINARY_OPERATORS:
            return _Token("operator", word, start)
        if word == "NOT":
            return _Token("not", word, start)
        if word[0] in "<>=":
            raise error(f"'{word[0]}' compares a date", self.text, start, f"write date:{word}")
        if "~" in word:
            fuzzy = _FUZZY.fullmatch(word)
            if fuzzy is None:
                raise error("'~' goes at the end of a word", self.text, start, "write brekwater~ or brekwater~2")
            distance = int(fuzzy.group("distance") or 1)
            if distance > MAX_FUZZY_DISTANCE:
                raise error(
                    f"fuzzy distance {distance} is more than {MAX_FUZZY_DISTANCE}",
                    self.text,
                    start,
                    f"write {fuzzy.group('word')}~{MAX_FUZZY_DISTANCE} or a wildcard: {fuzzy.group('word')[:4]}*",
                )
        if word == "*":
            return _Token("word", word, start, value="*:*")  # everything (a lone '*' expanded every word)
        return _Token("word", word, start)

    def _field_clause(self, name: str, start: int, value_start: int) -> _Token:
        """The field and its value as one token ('title:(' for a group; ``lang:ru`` is noted and
        gives Whoosh nothing)."""
        text = self.text
        if value_start >= len(text) or text[value_start].isspace() or text[value_start] in ")]}":
            raise error(f"'{name}:' has no value", text, start, f'write {name}:survey or {name}:"north quay"')
        key = name.lower()
        if key == LANGUAGE_PREFIX:
            code = _WORD.match(text, value_start)
            if code is None or not re.fullmatch(r"[A-Za-z]{2}", code.group()):
                raise error("lang: takes a two-letter language code", text, start, "write lang:ru or lang:de")
            self.languages.append(code.group().lower())
            return _Token("language", text[start : code.end()], start, value="")
        if key not in FIELDS:
            raise error(f"unknown field '{name}'", text, start, _field_hint(key))
        index_field = FIELDS[key]
        if text[value_start] == "(":
            if index_field == "date":
                raise error("date: takes one date, a comparison or a range", text, start, _DATE_HINT)
            return _Token("field-group", text[start : value_start + 1], start, value=f"{index_field}:(")
        if text[value_start] == '"':
            value = self._phrase(value_start)
        elif text[value_start] in "[{":
            value = self._range(value_start)
        else:
            value = _Token("word", _word_at(text, value_start), value_start)
        clause = _Token("clause", text[start : value.start + len(value.text)], start)
        if index_field == "date":
            clause.value = self._date_range(value, start)
        elif index_field == "thread":  # a Message-ID, matched whole: <a.b@host>, "a.b@host" or a.b@host
            clause.value = f'thread:"{value.text.strip(chr(34)).strip().strip("<>").lower()}"'
        else:
            if index_field == "type":
                self._check_type(value, start)
            if value.kind == "word":
                self._word(value.text, value.start)
            clause.value = f"{index_field}:{value.text}"
        return clause

    def _date_range(self, value: _Token, start: int) -> str:
        """A date clause as an inclusive range of day numbers: 'date:>2022' → 'date:[738521 TO]'
        (from 1 January 2023)."""
        if value.kind == "range":
            ends = _range_ends(value.text)
            assert ends is not None  # _range refuses a range without TO
            first, last = ends
            exclusive_start, exclusive_end = value.text[0] == "{", value.text[-1] == "}"
            low = self._bound(first, after if exclusive_start else _first, start)
            high = self._bound(last, before if exclusive_end else _last, start)
            if not first and not last:
                raise error("a date range needs a start or an end", self.text, start, _DATE_HINT)
        elif value.kind == "word":
            operator, written = _COMPARISON.fullmatch(value.text).groups()  # type: ignore[union-attr]  # matches anything
            if not written:
                raise error(f"'{operator}' needs a date after it", self.text, start, _DATE_HINT)
            low = high = None
            if operator in (None, ">=", "=>", ">"):
                low = self._bound(written, after if operator == ">" else _first, start)
            if operator in (None, "<=", "=<", "<"):
                high = self._bound(written, before if operator == "<" else _last, start)
        else:
            raise error("date: takes one date, a comparison or a range", self.text, start, _DATE_HINT)
        if low is not None and high is not None and low > high:
            raise error("this date range ends before it starts", self.text, start, _DATE_HINT)
        return f"date:[{_day(low)} TO {_day(high)}]".replace("[ TO", "[TO").replace("TO ]", "TO]")

    def _bound(self, written: str, moment, start: int) -> datetime | None:
        if not written:
            return None
        if period(written) is None:
            raise error(f"'{written}' is not a date", self.text, start, _DATE_HINT)
        found = moment(written)
        if found is None:
            raise error(f"no date lies beyond '{written}'", self.text, start, _DATE_HINT)
        return found

    def _check_type(self, value: _Token, start: int) -> None:
        word = value.text.strip('"').lower()
        if value.kind != "word" or any(char in word for char in "*?") or word in self.types:
            return
        if word in self.formats:
            raise error(f"'{value.text}' is a format, not a type", self.text, start, f"write format:{value.text}")
        raise error(
            f"unknown type '{value.text}'", self.text, start, "types: " + ", ".join(sorted(self.types.values()))
        )


def _range_ends(written: str) -> tuple[str, str] | None:
    """'[1950 TO 1960]' → ('1950', '1960'); either end may be empty; None without one TO."""
    ends = _TO.split(written[1:-1])
    return (ends[0].strip(), ends[1].strip()) if len(ends) == 2 else None


def _first(written: str) -> datetime:
    return _period(written)[0]


def _last(written: str) -> datetime:
    return _period(written)[1]


def _period(written: str) -> tuple[datetime, datetime]:
    """The period of a date _bound has checked."""
    found = period(written)
    assert found is not None
    return found


def _word_at(text: str, position: int) -> str:
    """The word at ``position``, where the scan found no space, bracket or quote."""
    match = _WORD.match(text, position)
    assert match is not None
    return match.group()


def _day(moment: datetime | None) -> str:
    """A day as the index numbers it (see index.build_schema), or '' for an open end."""
    return "" if moment is None else str(moment.toordinal())


def _field_hint(name: str) -> str:
    import difflib  # here, for the few queries that misname a field: not at every search's start

    close = difflib.get_close_matches(name, FIELDS, n=2, cutoff=0.7)
    known = "fields: " + ", ".join(
        sorted(set(FIELDS) - {"creators", "subjects", "keywords", "tags", "by", "text", "recipients", "to"})
    )
    suggestion = "did you mean " + " or ".join(f"{match}:" for match in close) + "? " if close else ""
    return f'{suggestion}{known}; to search for the text, quote it: "{name}:…"'


def _check_order(tokens: list[_Token], text: str) -> None:
    """Operators between operands, brackets balanced, no empty group."""
    previous: _Token | None = None
    opened: list[_Token] = []
    for token in tokens:
        if token.kind == "language":
            continue
        if token.kind == "operator" and (
            previous is None or previous.kind in ("open", "field-group", "operator", "not")
        ):
            raise error(f"'{token.text}' has nothing before it", text, token.start, "write harbour OR quay")
        if token.kind == "close":
            if not opened or previous is None:
                raise error("')' has no matching '('", text, token.start)
            if previous.kind in ("open", "field-group"):
                raise error("empty parentheses", text, previous.start)
            _dangling(previous, text)
            opened.pop()
        if token.kind in ("open", "field-group"):
            opened.append(token)
        previous = token
    if previous is None:
        return
    if opened:
        raise error("unclosed parenthesis", text, opened[-1].start, "close it: (harbour OR quay)")
    _dangling(previous, text)


def _dangling(token: _Token, text: str) -> None:
    if token.kind in ("operator", "not"):
        raise error(f"'{token.text}' has nothing after it", text, token.start, "write harbour OR quay, or NOT storm")


def _joined(tokens: list[_Token]) -> Iterator[_Token]:
    """The tokens Whoosh is given: ``lang:`` clauses left out."""
    return (token for token in tokens if token.kind != "language")
