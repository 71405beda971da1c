"""R15 to R18, the pathological suite (cmark style): each generator runs in a fresh
process with a deadline, and the output is checked as well as the time.

Every payload is about 2 MB and is tried twice: alone (the whole file is the
payload, so front matter and format sniffing see it first) and embedded in a
well-formed transcript note between two timestamp anchors and two wiki-links. The
embedded note must keep its title, exactly its own anchors and links, and its last
paragraph; every reader must give a Document (or a SeedparseError). In the slow suite
each parse must also be within 4 s on the reference machine, asserted in calibration
units (``timing_budget.py``) so that a slow or loaded machine cannot fail it; the
deadline only catches hangs.
"""

from __future__ import annotations

import json

import pytest

from timing_budget import CALIBRATION, TIMED, check_units

SIZE = 2_000_000
PER_PARSE_SECONDS = 4.0
DEADLINE = 600.0

#: name -> (python expression of the payload's unit, what the payload must read as)
GENERATORS = {
    "wikilink-open": ('"[["', None),
    "wikilink-open-pipe": ('"[[x|"', None),
    "anchor-open": ('\'<a class="yt-timestamp" data-t="\'', None),
    "curly-quote": ('"\\u201c"', None),
    "blockquote": ('"> "', None),
    "entity": ('"&amp;"', "&"),
    "wikilink-words": ('"[[" + "a " * 1000', None),
    "fence-spaces": ('"---" + " " * 1000', None),
}

NOTE = (
    "---\ntitle: Pathological case\nvideoId: abc123\n---\n\n"
    "## Section\n\n"
    'First claim [[start-note]] <a class="yt-timestamp" data-t="00:00:05">[00:00:05]</a>.\n\n'
    "{payload}\n\n"
    'Last claim [[end-note | the end]] <a class="yt-timestamp" data-t="00:00:10">[00:00:10]</a>.'
    " SENTINEL closing paragraph.\n"
)

CHILD = (
    CALIBRATION.replace("{", "{{").replace("}", "}}")
    + """
import json, time
import seedparse

UNIT = {unit}
SIZE = {size}
TIMED = {timed}  # the default suite checks the output only: no calibration runs
NOTE = {note!r}
READERS = [None] + [i.name for i in seedparse.readers() if i.origin == "builtin"]

def summary(doc):
    return {{
        "reader": doc.reader,
        "title": doc.title,
        "timestamps": [c.seconds for c in doc.citations if c.kind == "timestamp"],
        "wikilinks": [c.target for c in doc.citations if c.kind == "wikilink"],
        "sentinel": "SENTINEL" in doc.text,
        "ampersands": doc.text.count("&"),
        "amp_entities": doc.text.count("&amp;"),
        "json": len(json.dumps(doc.to_dict(), allow_nan=False)),
    }}

def main():
    payload = UNIT * max(1, SIZE // len(UNIT))
    out = {{"units": SIZE // len(UNIT), "cases": []}}
    for placement, text in (("alone", payload), ("embedded", NOTE.format(payload=payload))):
        for reader in READERS:
            before = calibrate(3) if TIMED else 0.0
            t0 = time.process_time()
            try:
                doc = seedparse.parse(text, reader=reader)
                seconds = time.process_time() - t0
                result = summary(doc)
            except seedparse.SeedparseError as error:
                seconds = time.process_time() - t0
                result = {{"error": type(error).__name__}}
            result.update(placement=placement, forced=reader, seconds=seconds,
                          calibration=(before + calibrate(3)) / 2 if TIMED else 0.0)
            out["cases"].append(result)
    return out
"""
)


def _run(params: tuple[str, bool], isolated):  # type: ignore[no-untyped-def]
    name, timed = params
    code = CHILD.format(unit=GENERATORS[name][0], size=SIZE, note=NOTE, timed=timed)
    return isolated(code, deadline=DEADLINE)


#: conftest's ``prefetch`` runs the children ahead, two at a time.
CHILD_JOBS = {"test_r15_pathological_input": (("name", "timed"), _run)}


@TIMED
@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_r15_pathological_input(name: str, timed: bool, prefetch) -> None:
    reads_as = GENERATORS[name][1]
    run = prefetch("test_r15_pathological_input", name, timed)
    assert not run.timed_out, f"{name}: no answer within {DEADLINE} s"
    assert run.returncode == 0 and run.result is not None, run.stderr[-3000:]
    report = run.result
    print(
        json.dumps(
            {
                "generator": name,
                "worst_seconds": max(c["seconds"] for c in report["cases"]),
                "peak_mb": run.peak_mb,
            }
        )
    )
    for case in report["cases"]:
        where = f"{name} {case['placement']} reader={case['forced']}"
        if timed:
            check_units(case["seconds"], case["calibration"], PER_PARSE_SECONDS, where)
        assert "error" not in case, f"{where}: {case.get('error')}"  # it is text: a Document
    note = next(c for c in report["cases"] if c["placement"] == "embedded" and c["forced"] is None)
    assert note["reader"] == "transcript-note"
    assert note["title"] == "Pathological case"
    assert note["timestamps"] == [5, 10]
    assert note["wikilinks"] == ["start-note", "end-note"]
    assert note["sentinel"]
    if reads_as == "&":  # R18: decoded exactly once, every one of them
        assert note["amp_entities"] == 0
        assert note["ampersands"] == report["units"]


@pytest.mark.slow
def test_r15_wikilink_openings_budget(isolated) -> None:
    """R15: a million ``[[`` within 1 s on the reference machine, for every reader
    (best of three runs, in calibration units)."""
    run = isolated(
        CALIBRATION
        + """
import seedparse
TEXT = "[[" * 1_000_000
def main():
    import time
    worst = []
    for reader in [None] + [i.name for i in seedparse.readers() if i.origin == "builtin"]:
        best = None
        for _ in range(3):
            before = calibrate(3)
            t0 = time.process_time()
            seedparse.parse(TEXT, reader=reader)
            seconds = time.process_time() - t0
            pair = (seconds, (before + calibrate(3)) / 2)
            best = pair if best is None or pair[0] / pair[1] < best[0] / best[1] else best
        worst.append([str(reader), *best])
    return worst
""",
        deadline=DEADLINE,
    )
    assert run.result is not None, run.stderr[-2000:]
    for reader, seconds, calibration in run.result:
        check_units(seconds, calibration, 1.0, f"'[[' * 1e6, reader={reader}")


HOSTILE_ANCHORS = [
    ('data-t="99:99:99"', None),
    ('data-t="-00:01:00"', None),
    ('data-t="garbage"', None),
    ('data-t="' + "9" * 2000 + '"', None),
    ('data-t="' + "9" * 5000 + '"', None),  # longer than max_anchor_attr_len
    ('data-t="\u0660\u0663:\u0661\u0662:\u0660\u0665"', None),  # Arabic-Indic digits
    ('data-t="00:00:0\u202e1"', None),  # a bidi override inside
    ('data-t="\uff10\uff10:\uff10\uff11:\uff10\uff12"', None),  # fullwidth digits
    ('data-t="00:01:02"', 62),
    ('data-t="1:00:00"', 3600),
]


@pytest.mark.parametrize("attribute, seconds", HOSTILE_ANCHORS, ids=range(len(HOSTILE_ANCHORS)))
def test_r5_r16_invalid_timestamps_are_warnings_not_errors(attribute: str, seconds) -> None:  # type: ignore[no-untyped-def]
    import seedparse

    text = (
        "---\ntitle: T\nvideoId: abc123\n---\n\n"
        f'A claim <a class="yt-timestamp" {attribute}>[x]</a>.\n'
    )
    doc = seedparse.parse(text)
    found = [c.seconds for c in doc.citations if c.kind == "timestamp"]
    if seconds is None:
        assert found == []
        assert doc.warnings, "an invalid timestamp must leave a warning"
    else:
        assert found == [seconds]
