"""A reader plugin proven from outside: a separate distribution with an entry point,
installed as a real distribution, is picked up by load_dir by content."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "seedparse-memo"

MEMO = "MEMO\ntitle: Quarterly plan\nfrom: Operations\ndate: 2025-03-13\n\nWe ship in May.\n"


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    build = tmp_path_factory.mktemp("build") / "seedparse-memo"
    shutil.copytree(EXAMPLE, build)  # pip builds in place; keep the repo clean
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
            str(site),
            str(build),
        ],
        check=True,
        capture_output=True,
    )
    assert any(p.name.startswith("seedparse_memo-1.0.0") for p in site.glob("*.dist-info"))
    return site


def _run(site: Path, code: str, **env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(site), **env},
    )
    return result.stdout


def test_installed_plugin_is_listed_and_used_by_content(plugin_site: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "mixed"
    shutil.copytree(ROOT / "seeds", corpus)
    (corpus / "zz-plan.txt").write_text(MEMO, encoding="utf-8")
    out = _run(
        plugin_site,
        f"""
        import json, seedparse
        docs = seedparse.load_dir({str(corpus)!r})
        infos = {{i.name: i.origin for i in seedparse.readers()}}
        print(json.dumps({{"readers": [d.reader for d in docs], "origins": infos,
                           "memo": docs[-1].to_dict()}}))
        """,
    )
    data = json.loads(out)
    assert data["readers"] == [
        "transcript-note",
        "transcript-note",
        "article",
        "article",
        "web-page",
        "memo",
    ]
    assert data["origins"]["memo"] == "entry point seedparse-memo 1.0.0"
    assert data["origins"]["article"] == "builtin"
    memo = data["memo"]
    assert memo["title"] == "Quarterly plan" and memo["authors"] == ["Operations"]
    assert memo["published"] == "2025-03-13"


def test_plugins_can_be_disabled_by_environment(plugin_site: Path) -> None:
    out = _run(
        plugin_site,
        "import seedparse; print(sorted(i.name for i in seedparse.readers()))",
        SEEDPARSE_NO_PLUGINS="1",
    )
    assert "memo" not in out and "article" in out
