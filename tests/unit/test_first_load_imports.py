"""What the first load of a plain transcript note imports: only what reading it needs.

Detection imports every built-in reader's class module to sniff a text, so whatever
those modules import at their top is paid by every first load, in time and in resident
memory (issue 12's peak RSS counts it). Checked by the modules a fresh interpreter has
loaded, never by time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NOTE = (
    "---\nvideoId: dQw4w9WgXcQ\ntitle: A plain note\ndate: 2025-02-19\n---\n\n"
    "From: [[some_channel]]\n\n## A heading\n\nA sentence with a [[wiki_link | label]] "
    '<a class="yt-timestamp" data-t="00:00:32">[00:00:32]</a>. Another one '
    '<a class="yt-timestamp" data-t="00:01:03">[00:01:03]</a>.\n'
)

# Loaded only for what a plain note does not have: HTML character references (html,
# html.entities), YAML the fast front matter path cannot read (yaml, frontmatter), a
# web page or HTML body (lxml), a legacy encoding (the detectors).
_NOT_FOR_A_PLAIN_NOTE = (
    "html",
    "html.entities",
    "yaml",
    "frontmatter",
    "lxml",
    "seedparse._io.detect",
    "seedparse._io.charset",
)

_CODE = (
    "import json, sys, seedparse\n"
    "doc = seedparse.load(sys.argv[1])\n"
    "print(json.dumps({'modules': sorted(sys.modules), 'title': doc.title}))\n"
)


def _first_load(path: Path) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "SEEDPARSE_PURE_PYTHON"}
    out = subprocess.run(
        [sys.executable, "-c", _CODE, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_a_plain_note_imports_no_html_entities_nor_yaml(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    found = _first_load(path)
    modules = set(found["modules"])  # type: ignore[call-overload]
    assert found["title"] == "A plain note"
    assert not modules & set(_NOT_FOR_A_PLAIN_NOTE), sorted(modules & set(_NOT_FOR_A_PLAIN_NOTE))


def test_a_reference_still_decodes_on_first_use(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(NOTE.replace("A plain note", "Q&amp;A &eacute;t&eacute; &notanentity;"))
    found = _first_load(path)
    assert found["title"] == "Q&A été &notanentity;"
    assert "html.entities" in found["modules"]  # type: ignore[operator]


def test_a_note_with_a_utf8_bom_loads_no_detector(tmp_path: Path) -> None:
    # A UTF-8 BOM is plain UTF-8 (decode's lean path); a quarter of a notes folder's
    # first-load imports were the legacy detector's thirty codecs, for one such file.
    path = tmp_path / "note.md"
    path.write_bytes(b"\xef\xbb\xbf" + NOTE.encode("utf-8"))
    found = _first_load(path)
    assert found["title"] == "A plain note"
    modules = set(found["modules"])  # type: ignore[call-overload]
    assert not modules & set(_NOT_FOR_A_PLAIN_NOTE), sorted(modules & set(_NOT_FOR_A_PLAIN_NOTE))
