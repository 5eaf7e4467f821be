"""Shared fixtures. Qt runs offscreen; no test may open a network connection."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from archive import Collection  # noqa: E402
from resources import SAMPLE_COLLECTION  # noqa: E402


LOOPBACK = ("127.0.0.1", "::1")


#: Seconds a test of the window may run. A busy event loop calls Python slots, which swallow the
#: exception pytest-timeout's signal would raise, so the watchdog is its thread: it prints every
#: thread's stack and ends the run, a failure that names the test instead of a CI that hangs.
GUI_TIMEOUT = 180


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "loopback: may connect to this machine's loopback address (a Dask cluster)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("gui") is not None and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(GUI_TIMEOUT, method="thread"))


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Any attempt to reach the network fails the test (local AF_UNIX sockets stay allowed:
    the worker pool talks to its fork server through one; tests marked ``loopback`` may reach
    this machine's loopback address, and nothing else)."""
    real_connect = socket.socket.connect
    loopback_allowed = request.node.get_closest_marker("loopback") is not None

    def guarded_connect(self: socket.socket, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not (loopback_allowed and address[0] in LOOPBACK):
            raise AssertionError(f"network connection attempted to {address!r}")
        return real_connect(self, address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


@pytest.fixture
def index_base(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private index folder, also used by subprocesses through the environment."""
    base = tmp_path / "indexes"
    monkeypatch.setenv("ARCHIVE_INDEX_DIR", str(base))
    return base


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A private copy of the bundled sample collection, free to be changed by the test."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE_COLLECTION, target)
    return target


@pytest.fixture
def indexed_sample(sample_copy: Path, index_base: Path):
    """The sample collection, indexed; yields the open Collection."""
    with Collection.open(sample_copy, index_base, create=True) as collection:
        report = collection.index(jobs=2)
        assert not report.failed, report.failed
        yield collection


@pytest.fixture(scope="session", autouse=True)
def clear_clipboard_at_exit():
    """Qt's offscreen platform frees rich clipboard data twice at exit (it crashes the test run;
    the real xcb, Wayland, Windows and macOS clipboards do not): leave the clipboard empty."""
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()
