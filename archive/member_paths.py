"""The paths of items inside files (see members.py), as strings alone: what the search, the
command line and the viewer need of them without loading any reader.

An item's path is its container's path, `#`, and its name in the container; in that name `%` is
written `%25` and `#` `%23`, so every `#` after the file's own path parts one level from the next.
"""

from __future__ import annotations

SEPARATOR = "#"


def member_key(container: str, name: str) -> str:
    return f"{container}{SEPARATOR}{_escaped(name)}"


def file_key(path: str) -> str:
    """The key of a file on disk: its path, escaped as a member's name is when it holds a '#'
    (or what would read as an escape, '%2'), so that 'a.zip#x.txt' on disk is 'a.zip%23x.txt' and
    never the key of x.txt inside a.zip. Every other path is its own key."""
    return _escaped(path) if SEPARATOR in path or "%2" in path else path


def _escaped(name: str) -> str:
    return name.replace("%", "%25").replace(SEPARATOR, "%23")


def member_name(key: str) -> str:
    """The name of a member in its container, as the container gives it (the key's last part)."""
    return _unescaped(key.rsplit(SEPARATOR, 1)[-1])


def container_label(key: str) -> str:
    """Where a member is, as a person reads it: 'laptop.zip › mail/lamp.eml' for the attachment
    'laptop.zip#mail/lamp.eml#survey.pdf'."""
    return " › ".join(_unescaped(part) for part in key.split(SEPARATOR)[:-1])


def _unescaped(part: str) -> str:
    return part.replace("%23", SEPARATOR).replace("%25", "%")


def member_names(key: str, container: str) -> list[str]:
    """The names, one per level, that lead from the file ``container`` to the member ``key``:
    ('laptop.zip#mail/lamp.eml#survey.pdf', 'laptop.zip') → ['mail/lamp.eml', 'survey.pdf']."""
    return [_unescaped(part) for part in key[len(container) + 1 :].split(SEPARATOR)]


def member_file_name(key: str, suffix: str) -> str:
    """The relative path a member is written at when handed on as a file of its own: its key, with
    the steps of each name that would climb or restart a path ('..', '/', '.') taken out, and its
    type's suffix when its own name has none: 'mail/inbox.mbox#3' → 'mail/inbox.mbox#3.eml'."""
    parts = ["/".join(step for step in part.split("/") if step not in ("", ".", "..")) for part in key.split(SEPARATOR)]
    last = parts[-1].rsplit("/", 1)[-1]
    return SEPARATOR.join(part or "unnamed" for part in parts) + ("" if "." in last.strip(".") else suffix)


def is_child(key: str, parent: str) -> bool:
    """Whether ``key`` is directly inside ``parent`` (not inside one of its members)."""
    return key.startswith(parent + SEPARATOR) and SEPARATOR not in key[len(parent) + 1 :]


def unused_name(name: str, taken: set[str], numbering: str = " ({})") -> str:
    """``name``, or, when ``taken`` holds it, with the first free number put before its suffix
    (``numbering``: how: 'photo (2).jpg', or with '-{}' 'photo-2.jpg'); added to ``taken``."""
    stem, dot, suffix = name.rpartition(".")
    before_suffix = bool(dot and stem and "/" not in suffix)
    candidate, number = name, 1
    while candidate in taken:
        number += 1
        mark = numbering.format(number)
        candidate = f"{stem}{mark}.{suffix}" if before_suffix else f"{name}{mark}"
    taken.add(candidate)
    return candidate
