"""Every real web page of the shared Readability corpus loads, raw and rendered.

The rendered text of Readability's ``lazy-image-2`` page once hung the web-page reader
forever (a search in ``_webtail.source_publication`` restarted where it was). This is
the guard for that class of bug on real pages: each page's raw ``source.html`` and its
rendered text (inscriptis, in the style of the rendered web-page seed) must give a
Document or a :class:`seedparse.SeedparseError` within a per-page budget.

The budget is CPU time (``ITIMER_PROF``), not wall-clock time, so a busy machine cannot
fail it: the pages take well under a second each, the budget is 20 CPU seconds. One
child process loads the pages one after another (one interpreter start, not 254); a
page that does not come back within a generous wall-clock allowance (a hang in C code
that no signal interrupts) gets the child killed and counts as hung, and a fresh child
goes on with the next page.

The corpus lives beside the repository (``../shared/corpora/readability``); the test
skips, saying so, when it is absent, and the rendered half skips when inscriptis (the
``test`` extra) is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpora" / "readability" / "test" / "test-pages"
CPU_BUDGET = 20.0  # CPU seconds per page and form
WALL_ALLOWANCE = 300.0  # seconds without any answer before the child counts as hung

CHILD = r'''
import html, json, os, re, signal, sys, textwrap, time, traceback

import seedparse
from seedparse._protocol import SNIFF_CHARS

root, form, budget = sys.argv[1], sys.argv[2], float(sys.argv[3])

if form == "rendered":
    from inscriptis import get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig
    import inscriptis.model.tag.list_tag as list_tag

    list_tag.UL_COUNTER = ("\u2022 ",) * len(list_tag.UL_COUNTER)
    LDJSON = re.compile(
        r"""<script\b[^>]*\btype\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script\s*>""",
        re.S | re.I,
    )

    def _pre(match):
        body = textwrap.dedent(match.group(1)).strip("\n")
        return "<pre>" + html.escape(body, quote=False) + "</pre>"

    def render(source):
        text = get_text(LDJSON.sub(_pre, source), ParserConfig(css=CSS_PROFILES["strict"].copy()))
        text = "\n".join(line.rstrip() for line in text.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


MENU_BULLET = re.compile(r"^[ \t]*\u2022(?:[ \t\u00a0]+[^\n]{0,60})?$", re.MULTILINE)


class OverBudget(BaseException):
    """Raised by SIGPROF; a BaseException so that no reader code can swallow it."""


def _expired(signum, frame):
    raise OverBudget


signal.signal(signal.SIGPROF, _expired)

for line in sys.stdin:
    name = line.strip()
    if not name:
        continue
    path = os.path.join(root, name, "source.html")
    result = {"page": name}
    try:
        if form == "rendered":
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = render(handle.read())
            result["chars"] = len(text)
            # Navigation-like bullets: a bullet and at most 60 characters of text.
            result["bullets"] = len(MENU_BULLET.findall(text[:SNIFF_CHARS]))
        started = time.process_time()
        signal.setitimer(signal.ITIMER_PROF, budget)
        try:
            if form == "rendered":
                document = seedparse.parse(text, source=name)
            else:
                document = seedparse.load(path)
            result["outcome"] = "document"
            result["reader"] = document.reader
        except seedparse.SeedparseError as error:
            result["outcome"] = "error"
            result["error"] = type(error).__name__
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        result["cpu"] = time.process_time() - started
    except OverBudget:
        result["outcome"] = "over budget"
        result["where"] = traceback.format_exc()[-1500:]
    except Exception as error:
        result["outcome"] = "unexpected " + type(error).__name__
        result["where"] = traceback.format_exc()[-1500:]
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
'''


def _pages() -> list[str]:
    if not CORPUS.is_dir():
        pytest.skip(f"the Readability corpus is not beside the repository ({CORPUS})")
    names = sorted(p.name for p in CORPUS.iterdir() if (p / "source.html").is_file())
    if not names:
        pytest.skip(f"no test pages under {CORPUS}")
    return names


def _run_pages(names: list[str], form: str) -> dict[str, dict[str, object]]:
    """Load each page in a child process; a page that hangs costs its child only."""
    results: dict[str, dict[str, object]] = {}
    pending = list(names)
    while pending:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(CORPUS), form, str(CPU_BUDGET)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("".join(name + "\n" for name in pending))
        child.stdin.close()
        selector = selectors.DefaultSelector()
        selector.register(child.stdout, selectors.EVENT_READ)
        try:
            while pending:
                if not selector.select(timeout=WALL_ALLOWANCE):
                    results[pending.pop(0)] = {"outcome": f"no answer in {WALL_ALLOWANCE:g} s"}
                    break
                line = child.stdout.readline()
                if not line:  # the child died on this page
                    results[pending.pop(0)] = {"outcome": f"child died ({child.poll()})"}
                    break
                result = json.loads(line)
                assert result["page"] == pending[0]
                results[pending.pop(0)] = result
        finally:
            selector.close()
            child.kill()
            child.wait()
            child.stdout.close()
    return results


def _check(results: dict[str, dict[str, object]]) -> None:
    bad = {
        name: result
        for name, result in results.items()
        if result.get("outcome") not in ("document", "error")
    }
    assert not bad, json.dumps(bad, indent=1)[:6000]
    slowest = max(results.items(), key=lambda item: float(item[1].get("cpu", 0.0)))
    print(f"{len(results)} pages; slowest {slowest[0]} {float(slowest[1]['cpu']):.2f} CPU s")


def test_every_raw_page_loads_within_budget() -> None:
    results = _run_pages(_pages(), "raw")
    _check(results)
    # Raw pages are HTML: every one is read as a web page, none refused.
    assert {r["outcome"] for r in results.values()} == {"document"}


def test_every_rendered_page_loads_within_budget() -> None:
    names = _pages()
    if importlib.util.find_spec("inscriptis") is None:
        pytest.skip("inscriptis (the 'test' extra) renders the pages; it is not installed")
    results = _run_pages(names, "rendered")
    _check(results)
    assert "lazy-image-2" in results  # the page that used to hang
    assert results["lazy-image-2"]["outcome"] == "document"
    # A rendered page with a menu (short bullet lines) near its top is a web page,
    # whatever else is on it (the article reader is the fallback for plain text).
    misread = {
        name: result["reader"]
        for name, result in results.items()
        if int(result.get("bullets", 0)) >= 3 and result.get("reader") != "web-page"
    }
    assert not misread, misread


def test_the_guard_catches_a_hang(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The harness itself: a reader stuck in a loop is reported, not waited for."""
    names = _pages()[:2]
    stuck = tmp_path / "sitecustomize.py"
    stuck.write_text(
        "import seedparse\n"
        "def _forever(*args, **kwargs):\n"
        "    while True:\n"
        "        pass\n"
        "seedparse.load = _forever\n"
    )
    monkeypatch.setenv("PYTHONPATH", str(tmp_path) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    monkeypatch.setattr(sys.modules[__name__], "CPU_BUDGET", 0.5)
    started = time.monotonic()
    results = _run_pages(names, "raw")
    assert all(r["outcome"] == "over budget" for r in results.values()), results
    assert time.monotonic() - started < WALL_ALLOWANCE
