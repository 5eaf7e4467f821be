"""Walking a collection: what is taken, what is skipped, and why."""

import os

from archive.scan import FileStat, Skipped, walk


def paths(root):
    found = list(walk(root))
    return sorted(f.path for f in found if isinstance(f, FileStat)), {
        s.path: s.reason for s in found if isinstance(s, Skipped)
    }


def test_hidden_and_system_files_are_ignored(tmp_path):
    for name in ("a.txt", ".hidden.txt", ".DS_Store", "Thumbs.db", "desktop.ini", "~$draft.docx", "notes.txt~"):
        (tmp_path / name).write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("x")
    assert paths(tmp_path) == (["a.txt"], {})


def test_nested_folders_use_slashes(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text("x")
    assert paths(tmp_path)[0] == ["a/b/deep.txt"]


def test_symlinks_inside_are_followed_once_and_outside_never(tmp_path):
    root = tmp_path / "collection"
    (root / "folder").mkdir(parents=True)
    (root / "folder" / "file.txt").write_text("x")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("x")
    os.symlink(root, root / "folder" / "loop")  # a loop back to the root
    os.symlink(outside, root / "escape")
    os.symlink(root / "folder" / "file.txt", root / "alias.txt")
    os.symlink(tmp_path / "nowhere", root / "dangling.txt")
    taken, skipped = paths(root)
    assert taken == ["alias.txt", "folder/file.txt"]
    assert "outside" in skipped["escape"]
    assert "dangling.txt" in skipped


def test_fifo_is_skipped_with_a_reason(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "ok.txt").write_text("x")
    taken, skipped = paths(tmp_path)
    assert taken == ["ok.txt"] and "not a regular file" in skipped["pipe"]


def test_a_name_that_is_not_utf8_is_taken_under_its_decoding(tmp_path):
    os.close(os.open(os.fsencode(tmp_path) + b"/bad-\xff-name.txt", os.O_CREAT | os.O_WRONLY))
    taken, skipped = paths(tmp_path)
    assert taken == ["bad-ÿ-name.txt"] and skipped == {}
