"""Corrections to many items at once: values to set, fields to clear, words to add to or remove
from list fields (creators, subjects, tags), worked out for each item against its record and
saved in one transaction (Collection.edit_many)."""

from __future__ import annotations

from pathlib import Path

from dataclasses import dataclass, field
from typing import Any, Sequence

from .errors import InvalidEdit
from .model import LIST_FIELDS, Record, normalise_field


@dataclass
class EditPlan:
    """What a batch edit does to every item it touches."""

    set: dict[str, Any] = field(default_factory=dict)
    unset: list[str] = field(default_factory=list)
    add: dict[str, list[str]] = field(default_factory=dict)
    remove: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def parse(
        cls, set_: Sequence[str] = (), unset: Sequence[str] = (), add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> EditPlan:
        """From the command line's FIELD=VALUE assignments; checked (raises InvalidEdit)."""
        return cls.of(
            dict(_assignments(set_, "--set")), unset, _assignments(add, "--add"), _assignments(remove, "--remove")
        )

    @classmethod
    def of(
        cls,
        values: dict[str, Any],
        unset: Sequence[str] = (),
        add: Sequence[tuple[str, str]] = (),
        remove: Sequence[tuple[str, str]] = (),
    ) -> EditPlan:
        """Set ``values`` (lists as lists or as 'a; b'), clear ``unset``, add and remove (field,
        words) pairs; checked (raises InvalidEdit)."""
        plan = cls(
            set={name: normalise_field(name, value) for name, value in values.items()}, unset=list(dict.fromkeys(unset))
        )
        for option, pairs, into in (("--add", add, plan.add), ("--remove", remove, plan.remove)):
            for name, value in pairs:
                if name not in LIST_FIELDS or name == "warnings":
                    raise InvalidEdit(
                        f"{option} works on list fields ({', '.join(sorted(LIST_FIELDS - {'warnings'}))}), "
                        f"not {name!r}; use --set"
                    )
                into.setdefault(name, []).extend(normalise_field(name, value))
        for name in plan.unset:
            normalise_field(name, None)
        both = set(plan.set) & set(plan.unset)
        if both:
            raise InvalidEdit(f"{', '.join(sorted(both))} is both set and cleared")
        return plan

    def __bool__(self) -> bool:
        return bool(self.set or self.unset or self.add or self.remove)

    def for_record(self, record: Record) -> tuple[dict[str, Any], list[str]] | None:
        """(the values to set, the corrections to clear) that bring ``record`` to what the plan
        asks, or None when it is already so."""
        values = dict(self.set)
        for name, words in self.add.items():
            current = list(values.get(name, getattr(record, name)) or [])
            known = {word.casefold() for word in current}
            values[name] = current + [word for word in dict.fromkeys(words) if word.casefold() not in known]
        for name, words in self.remove.items():
            gone = {word.casefold() for word in words}
            values[name] = [
                word for word in values.get(name, getattr(record, name)) or [] if word.casefold() not in gone
            ]
        values = {name: value for name, value in values.items() if value != getattr(record, name)}
        unset = [name for name in self.unset if name in record.overrides]
        return (values, unset) if values or unset else None


#: Fields of long text whose value may be read from a file (``--set transcription=@page3.txt``).
FROM_FILE_FIELDS = ("transcription", "description", "notes")


def _assignments(texts: Sequence[str], option: str) -> list[tuple[str, str]]:
    pairs = []
    for text in texts:
        name, equals, value = text.partition("=")
        if not equals or not name.strip():
            raise InvalidEdit(f"{option} takes FIELD=VALUE, not {text!r}")
        name = name.strip()
        pairs.append((name, _read_value(value[1:]) if name in FROM_FILE_FIELDS and value.startswith("@") else value))
    return pairs


def _read_value(file: str) -> str:
    """A long text typed into a file (UTF-8, or what its bytes say)."""
    from .extract.decode import decode_text

    try:
        return decode_text(Path(file).expanduser().read_bytes())[0]
    except OSError as error:
        raise InvalidEdit(f"cannot read {file}: {error.strerror or error}") from None
