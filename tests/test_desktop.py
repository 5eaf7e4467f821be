"""Desktop integration: the entry and the AppStream metainfo validate, the entry installs for
the current user and goes again, and with no display the viewer says so in one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from resources import APP_ID, DESKTOP_FILES, ICON


def validate(*command: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        pytest.fail(f"{command[0]} is not installed (Debian: apt-get install desktop-file-utils appstream)")


def test_the_desktop_entry_and_the_metainfo_validate():
    entry = validate("desktop-file-validate", str(DESKTOP_FILES / f"{APP_ID}.desktop"))
    assert entry.returncode == 0 and entry.stdout == "", entry.stdout
    metainfo = validate("appstreamcli", "validate", "--no-net", str(DESKTOP_FILES / f"{APP_ID}.metainfo.xml"))
    assert metainfo.returncode == 0, metainfo.stdout
    assert ICON.read_text(encoding="utf-8").lstrip().startswith("<?xml") and "<svg" in ICON.read_text(encoding="utf-8")


def test_the_entry_installs_for_the_user_opens_folders_and_goes_again(tmp_path):
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    run = subprocess.run(
        [sys.executable, "-m", "viewer.app", "--install-desktop-entry"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    icon = tmp_path / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert entry.exists() and icon.read_bytes() == ICON.read_bytes()
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={sys.executable} -m viewer.app %f" in text and "MimeType=inode/directory;" in text
    assert validate("desktop-file-validate", str(entry)).returncode == 0
    run = subprocess.run(
        [sys.executable, "-m", "viewer.app", "--uninstall-desktop-entry"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )
    assert run.returncode == 0 and not entry.exists() and not icon.exists()


def test_without_a_display_the_viewer_says_so_in_one_line():
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    run = subprocess.run(
        [sys.executable, "-m", "viewer.app"], capture_output=True, text=True, env=environment, timeout=60
    )
    assert run.returncode == 3 and run.stderr.count("\n") == 1, run.stderr
    assert "no display to open the window on" in run.stderr and "Traceback" not in run.stderr


def test_check_opens_the_window_on_a_collection_and_quits(tmp_path, sample_copy):
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "ARCHIVE_INDEX_DIR": str(tmp_path / "indexes"),
    }
    run = subprocess.run(
        [sys.executable, "-m", "viewer.app", str(sample_copy), "--check"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("archive-viewer: the window is up: 15 results") and str(sample_copy) in run.stdout


@pytest.mark.skipif(shutil.which("xdg-mime") is None, reason="xdg-utils is not installed")
def test_a_file_no_desktop_program_plays_is_said_to_be_so(qapp, tmp_path, monkeypatch):
    """Qt hands a file to xdg-open and says it was opened even when no program is set for its type
    (▶ Play did nothing): the desktop's own table (xdg-mime, in a private XDG home here) decides."""
    from viewer.opening import no_program_for, open_in_desktop

    config, data = tmp_path / "config", tmp_path / "data"
    (data / "applications").mkdir(parents=True)
    config.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    recording = tmp_path / "interview.mp3"
    recording.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + bytes(64))
    assert no_program_for(recording)
    assert "no program on this computer is set to open this recording" in open_in_desktop(recording, "recording")
    (data / "applications" / "player.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Player\nExec=true %f\nMimeType=audio/mpeg;\n", encoding="utf-8"
    )
    (config / "mimeapps.list").write_text("[Default Applications]\naudio/mpeg=player.desktop\n", encoding="utf-8")
    assert not no_program_for(recording)
