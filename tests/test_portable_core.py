"""The core imports where POSIX's fcntl and resource modules do not exist (Windows): every
module of `archive` is imported in a process that has neither, nor a fork server."""

from __future__ import annotations

import subprocess
import sys

IMPORT_ALL = """
import sys, multiprocessing, pkgutil, importlib
sys.modules["fcntl"] = None  # import fcntl: ImportError, as on Windows
sys.modules["resource"] = None
multiprocessing.get_all_start_methods = lambda: ["spawn"]
import archive
failed = []
for module in pkgutil.walk_packages(archive.__path__, "archive."):
    try:
        importlib.import_module(module.name)
    except ImportError as error:
        if "msvcrt" not in str(error):  # Windows's own module, the one import that needs Windows
            failed.append(f"{module.name}: {error}")
print("\\n".join(failed) or "all imported")
"""


def test_every_core_module_imports_without_fcntl_and_resource():
    run = subprocess.run([sys.executable, "-c", IMPORT_ALL], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "all imported", run.stdout


def test_the_worker_pool_chooses_spawn_where_there_is_no_fork_server(monkeypatch):
    import multiprocessing

    from archive.workers import process_context

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert process_context().get_start_method() == "spawn"
