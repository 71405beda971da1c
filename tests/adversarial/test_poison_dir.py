"""R24: a directory of good seed files next to poison ones loads, in one process and
in two workers: every good file a Document, every poison file a failure (or, where
docs/reliability.md says so, a Document carrying a warning), and the process
survives. The time budgets of each kind of poison are asserted elsewhere, in
calibration units (test_budgets.py, test_pathological.py).

Poison (notes, as their ``videoId`` tells): front matter nested 30,000 deep
(libyaml's C loader segfaults on it), a YAML merge bomb, JSON nested 100,000 deep in
a web page, a PNG, python tags, and a million ``[[``. The last is legitimate text
(R15: linear, < 1 s), so it must be a Document; the deep JSON may be a Document with
a warning (R12); the rest must be failures.
"""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
ANCHOR = '<a class="yt-timestamp" data-t="00:00:01">[00:00:01]</a>'

POISON = {
    "p1-deep-yaml.md": "---\ntitle: Deep\nvideoId: abc123\nx: "
    + "[" * 30_000
    + "\n---\n\nClaim "
    + ANCHOR
    + "\n",
    "p2-deep-yaml-map.md": "---\nvideoId: abc123\nx: "
    + "{a: " * 30_000
    + "\n---\n\nClaim "
    + ANCHOR
    + "\n",
    "p3-merge-bomb.md": "---\nvideoId: abc123\nm0: &m0 {k: v}\n"
    + "".join(f"m{i}: &m{i} {{<<: [" + ", ".join([f"*m{i - 1}"] * 4) + "]}\n" for i in range(1, 14))
    + "---\n\nClaim "
    + ANCHOR
    + "\n",
    "p4-python-tag.md": "---\nvideoId: abc123\n"
    + "title: !!python/object/apply:os.system ['true']\n---\n\nClaim "
    + ANCHOR
    + "\n",
    "p5-image.png": PNG,
    "p6-image-named.md": PNG,
}
WARNED = {
    "p7-deep-json.txt": '\u2022 Home\n{\n  "authors": ["A"],\n  "x": '
    + "[" * 100_000
    + "]" * 100_000
    + "\n}\nA title\n\nBody.\n",
}
TEXT = {"p8-million-brackets.md": "[[" * 1_000_000}

CHILD = """
import json, os, seedparse
def main():
    out = {{}}
    for workers in (None, 2):
        import time
        t0 = time.perf_counter()
        # The default limits but the wall-clock one: on a loaded box the 2 MB files
        # can take longer than its 10 s, and the poison must fail for what it is.
        limits = seedparse.Limits(per_file_timeout=300)
        result = seedparse.load_dir({root!r}, errors="collect", workers=workers, limits=limits)
        seconds = time.perf_counter() - t0
        out[str(workers)] = {{
            "seconds": seconds,
            "documents": {{os.path.basename(d.source): list(d.warnings) for d in result}},
            "failures": {{os.path.basename(f.path): [f.error, f.message] for f in result.failures}},
        }}
    return out
"""


@pytest.fixture
def poison_dir(tmp_path) -> Path:  # type: ignore[no-untyped-def]
    root = tmp_path / "poison"
    root.mkdir()
    for seed in sorted(SEEDS.iterdir()):
        shutil.copy(seed, root / seed.name)
    for name, content in {**POISON, **WARNED, **TEXT}.items():
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


def test_r24_poison_directory(poison_dir, isolated) -> None:
    # The deadline only catches a hang; the time budgets of each kind of poison are
    # asserted in calibration units by test_budgets.py and test_pathological.py.
    run = isolated(CHILD.format(root=str(poison_dir)), deadline=600, address_space_mb=4096)
    assert not run.timed_out
    assert run.returncode == 0, run.stderr[-3000:]  # the process survived
    good = sorted(p.name for p in SEEDS.iterdir())
    for workers, report in run.result.items():
        print(f"workers={workers}: {report['seconds']:.2f} s, peak {run.peak_mb:.0f} MB")
        documents, failures = report["documents"], report["failures"]
        assert set(good) <= set(documents), f"a good file was lost: {failures}"
        assert set(POISON) <= set(failures), f"poison read as a Document: {sorted(documents)}"
        assert failures["p5-image.png"][0] == "DecodeError"
        assert failures["p4-python-tag.md"][0] == "FrontmatterError"
        for name in WARNED:
            assert name in failures or documents[name], f"{name}: no failure and no warning"
        assert set(TEXT) <= set(documents)
        assert len(documents) + len(failures) == len(good) + len(POISON) + len(WARNED) + len(TEXT)
