"""The viewer's shape: it reaches the core through Collection and the model's types, and each of
its modules stays small enough to own one job."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWER = Path(__file__).resolve().parents[1] / "viewer"
#: Core modules that are the core's own business: what the viewer needs of them is a Collection method.
CORE_INSIDES = {"archive.pipeline", "archive.workers", "archive.export", "archive.outputs", "archive.index_process"}
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


def test_the_viewer_reaches_the_core_through_collection():
    reached = {f"{path.relative_to(VIEWER)}: {module}" for path in VIEWER.rglob("*.py")
               for module in _imports(path) if module in CORE_INSIDES}
    assert not reached


def test_no_viewer_module_grows_past_its_job():
    long = {str(path.relative_to(VIEWER)): lines for path in VIEWER.rglob("*.py")
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MOST_LINES}
    assert not long
