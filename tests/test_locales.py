"""The window starts whatever the desktop's locale: under Turkish and Azerbaijani ones the C
library's case mapping turns 'i' into 'İ', which broke Qt properties passed by name."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

LOCALES = ("az_AZ.UTF-8", "tr_TR.UTF-8")


def _installed(name: str) -> bool:
    listed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower().split()
    return name.lower().replace("utf-8", "utf8") in listed


@pytest.mark.parametrize("name", LOCALES)
def test_the_window_starts_on_a_turkic_desktop(name, tmp_path, sample_copy):
    if not _installed(name):
        pytest.fail(f"the locale {name} is not generated here (CI runs locale-gen; see .ci/run)")
    environment = {
        **os.environ,
        "LC_ALL": name,
        "LANG": name,
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
    assert run.returncode == 0 and "Traceback" not in run.stderr, run.stderr
    assert run.stdout.startswith("archive-viewer: the window is up: 15 "), run.stdout  # "15 nəticə" in Azerbaijani
