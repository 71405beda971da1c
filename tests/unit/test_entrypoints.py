"""The direct entry-point scan finds what importlib.metadata finds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from seedparse import _entrypoints
from seedparse._entrypoints import FoundEntryPoint, _from_importlib, _scan, entry_points


def _key(points: list[FoundEntryPoint]) -> list[tuple[str, str, str | None, str]]:
    return sorted((p.name, p.value, p.dist_name, p.dist_version) for p in points)


@pytest.mark.parametrize("group", ["seedparse.readers", "console_scripts", "pytest11", "none.x"])
def test_the_scan_agrees_with_importlib_metadata(group: str) -> None:
    assert _key(_scan(group)) == _key(_from_importlib(group))


def _dist(site: Path, folder: str, name: str, version: str, entry_points: str) -> None:
    info = site / folder
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n")
    (info / "entry_points.txt").write_text(entry_points)


def test_a_site_with_twins_comments_and_extras(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    text = (
        "# a comment\n[console_scripts]\nx = y:z\n\n[seedparse.readers]\n"
        "# another\nmine = my_pkg.sub:Reader [fast]\nplain=my_pkg\n"
    )
    _dist(first, "My_Plugin-1.2.dist-info", "My-Plugin", "1.2", text)
    _dist(second, "my_plugin-9.0.dist-info", "my-plugin", "9.0", "[seedparse.readers]\nold = a:b\n")
    _dist(second, "other.egg-info", "other", "0.1", "[seedparse.readers]\nother = o:R\n")
    (second / "not-a-dist.txt").write_text("")
    monkeypatch.setattr(sys, "path", [str(first), str(second), str(tmp_path / "missing")])
    found = _scan("seedparse.readers")
    assert _key(found) == _key(_from_importlib("seedparse.readers"))
    assert [p.name for p in found] == ["mine", "plain", "other"]
    assert entry_points("seedparse.readers") == found


def test_a_zip_on_the_path_hands_over_to_importlib(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "lib.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    monkeypatch.setattr(sys, "path", [*sys.path, str(archive)])
    calls: list[str] = []
    monkeypatch.setattr(_entrypoints, "_from_importlib", lambda group: calls.append(group) or [])
    assert entry_points("seedparse.readers") == []
    assert calls == ["seedparse.readers"]


def test_load_imports_the_attribute() -> None:
    point = FoundEntryPoint("x", "os.path:join", "d", "1")
    assert point.load() is __import__("os").path.join
    assert FoundEntryPoint("x", "os.path", "d", "1").load() is __import__("os").path
    with pytest.raises(ValueError, match="malformed"):
        FoundEntryPoint("x", "not valid!", "d", "1").load()
