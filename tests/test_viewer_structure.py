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
