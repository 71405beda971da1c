"""Reader name conflicts between real installed distributions.

Three plugin distributions are built and installed with pip into a target directory:
one whose reader is called ``article`` (a built-in's name) and claims every text,
and two that both call their reader ``twin``. The rule under test: a built-in keeps
its name (only an explicit ``register_reader(..., replace=True)`` replaces it), a
name two plugins claim goes to neither, and each conflict is a
``ReaderConflictWarning`` naming the distributions, also listed by
``seedparse readers``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PLAIN = "Some words that no reader claims in particular.\n\nA second paragraph.\n"

_PYPROJECT = """\
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "{dist}"
version = "{version}"

[project.entry-points."seedparse.readers"]
{entry} = "{module}:Reader"

[tool.setuptools]
py-modules = ["{module}"]
"""

_MODULE = """\
from seedparse import Document


class Reader:
    name = {name!r}

    def sniff(self, sample: str) -> float:
        return 0.99

    def read(self, text: str, source: str) -> Document:
        return Document(source=source, reader=self.name, title={title!r})
"""

PLUGINS = [
    # (distribution, version, entry point name, module, reader name)
    ("seedparse-shadow", "1.0", "article", "seedparse_shadow", "article"),
    ("seedparse-twin-a", "1.0", "twin", "seedparse_twin_a", "twin"),
    ("seedparse-twin-b", "2.0", "twin-b", "seedparse_twin_b", "twin"),
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("site")
    sources = tmp_path_factory.mktemp("plugins")
    builds = []
    for dist, version, entry, module, name in PLUGINS:
        folder = sources / dist
        folder.mkdir()
        (folder / "pyproject.toml").write_text(
            _PYPROJECT.format(dist=dist, version=version, entry=entry, module=module),
            encoding="utf-8",
        )
        (folder / f"{module}.py").write_text(
            _MODULE.format(name=name, title=f"read by {dist}"), encoding="utf-8"
        )
        builds.append(str(folder))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--target",
            str(target),
            *builds,
        ],
        check=True,
        capture_output=True,
    )
    installed = {p.name.split("-")[0] for p in target.glob("*.dist-info")}
    assert installed == {"seedparse_shadow", "seedparse_twin_a", "seedparse_twin_b"}
    return target


def _python(site: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(site)},
    )


def test_builtins_keep_their_names_and_twins_get_neither(site: Path) -> None:
    out = _python(
        site,
        f"""
        import json, warnings, seedparse
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            origins = {{i.name: i.origin for i in seedparse.readers()}}
        doc = seedparse.parse({PLAIN!r})
        print(json.dumps({{
            "origins": origins,
            "reader": doc.reader,
            "title": doc.title,
            "scores": [name for name, _ in seedparse.detect({PLAIN!r}).scores],
            "warnings": [(w.category.__name__, issubclass(w.category, seedparse.SeedparseWarning),
                          str(w.message)) for w in caught],
        }}))
        """,
    )
    data = json.loads(out.stdout)
    assert data["origins"]["article"] == "builtin"
    assert "twin" not in data["origins"]
    # The built-in article reader read the text, not the plugin that claims everything.
    assert data["reader"] == "article" and data["title"] != "read by seedparse-shadow"
    assert sorted(data["scores"]) == ["article", "transcript-note", "web-page"]
    by_name = {
        message.split("'")[1]: (cls, is_ours, message) for cls, is_ours, message in data["warnings"]
    }
    assert set(by_name) == {"article", "twin"}
    cls, is_ours, message = by_name["article"]
    assert cls == "ReaderConflictWarning" and is_ours
    assert "seedparse-shadow 1.0" in message and "builtin" in message and "replace=True" in message
    cls, is_ours, message = by_name["twin"]
    assert cls == "ReaderConflictWarning" and is_ours
    assert "seedparse-twin-a 1.0" in message and "seedparse-twin-b 2.0" in message
    assert "none was registered" in message


def test_the_user_can_replace_a_builtin_explicitly(site: Path) -> None:
    out = _python(
        site,
        f"""
        import warnings, seedparse
        warnings.simplefilter("ignore", seedparse.ReaderConflictWarning)
        from seedparse_shadow import Reader
        seedparse.register_reader(Reader(), replace=True)
        print(seedparse.parse({PLAIN!r}).title)
        print({{i.name: i.origin for i in seedparse.readers()}}["article"])
        """,
    )
    assert out.stdout.splitlines() == ["read by seedparse-shadow", "runtime"]


def test_seedparse_readers_lists_the_conflicts(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seedparse", "readers"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(site)},
    )
    lines = result.stdout.splitlines()
    assert [line.split()[:2] for line in lines[:3]] == [
        ["article", "builtin"],
        ["transcript-note", "builtin"],
        ["web-page", "builtin"],
    ]
    report = result.stdout[result.stdout.index("name conflicts") :]
    assert "'article'" in report and "seedparse-shadow 1.0 (seedparse_shadow:Reader)" in report
    assert "'twin'" in report and "seedparse-twin-a" in report and "seedparse-twin-b" in report
    assert "ReaderConflictWarning" not in result.stderr  # reported once, in the list


def test_no_plugins_means_no_conflicts(site: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error::UserWarning", "-m", "seedparse", "readers"],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(site), "SEEDPARSE_NO_PLUGINS": "1"},
    )
    assert "name conflicts" not in result.stdout and result.stderr == ""
