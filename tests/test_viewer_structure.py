"""The viewer's shape: it reaches the core through the package's public names (the façade,
archive/__init__.py) and the model's types only, and each of its modules stays small enough to own
one job."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWER = Path(__file__).resolve().parents[1] / "viewer"
#: The core modules the viewer may import: the façade package, its records and its errors. What
#: else it needs the package names (archive.__all__); any other `archive.…` module, at any depth
#: and inside a function too, is the core's own business.
CORE_LAYER = {"archive", "archive.model", "archive.errors"}
MOST_LINES = 450


def _imports(source: Path) -> set[str]:
    tree = ast.parse(source.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_viewer_reaches_the_core_through_the_facade():
    reached = {
        f"{path.relative_to(VIEWER)}: {module}"
        for path in VIEWER.rglob("*.py")
        for module in _imports(path)
        if module.split(".")[0] == "archive" and module not in CORE_LAYER
    }
    assert not reached


def test_every_name_the_facade_offers_is_there():
    import archive

    assert all(getattr(archive, name) is not None for name in archive.__all__)


def test_no_viewer_module_grows_past_its_job():
    long = {
        str(path.relative_to(VIEWER)): lines
        for path in VIEWER.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES
    }
    assert not long


def _protocol_members(protocol: type) -> set[str]:
    members: set[str] = set()
    for cls in protocol.__mro__:
        if cls.__module__ == "viewer.window_services":
            members |= set(cls.__dict__.get("__annotations__", {})) | {
                name for name, value in vars(cls).items() if callable(value) and not name.startswith("_")
            }
    return members


def _window_uses(source: Path, host: str) -> set[str]:
    """Every NAME of ``window.NAME`` and ``self.window.NAME`` where ``window`` is typed ``host``."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    typed = any(
        isinstance(node, ast.arg) and node.arg == "window" and ast.unparse(node.annotation or ast.Constant("")) == host
        for node in ast.walk(tree)
    )
    assert typed, f"{source.name}: no parameter window: {host}"
    used = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) in ("window", "self.window"):
            used.add(node.attr)
    return used


def test_each_part_reaches_the_window_through_its_protocol_only():
    """A part of the window uses of it what its protocol (viewer/window_services.py) names."""
    from viewer import window_services

    parts = {
        "selection.py": "SelectionHost",
        "searching.py": "SearchingHost",
        "indexing.py": "IndexingHost",
        "saved_searches.py": "SavedSearchesHost",
        "menus.py": "MenusHost",
        "panels/duplicates.py": "DuplicatesHost",
        "report.py": "Services",
    }
    beyond = {
        f"{part}: {name}"
        for part, host in parts.items()
        for name in _window_uses(VIEWER / part, host) - _protocol_members(getattr(window_services, host))
    }
    assert not beyond
    importers = {path.name for path in VIEWER.rglob("*.py") if "main_window import" in path.read_text(encoding="utf-8")}
    assert importers == {"app.py"}, "only the application builds the window; its parts see their protocols"
