"""No body line lost: run the article reader on plain news texts and account for every line.

usage: python benchmarks/article_lines.py [--verbose] [--json] [--write DIR] [--strict]
                                          [--readability DIR] [--no-sections]

The corpus is made deterministically, each time, from real article text (nothing of it
is stored in the repository but the quotation fixtures):

* ``readability/<page>``: every page of Mozilla Readability's test corpus
  (``../shared/corpora/readability/test/test-pages/*/``) whose ``expected.html`` (the
  article Readability extracts) has at least :data:`MIN_PARAGRAPHS` paragraphs of
  :data:`MIN_PARAGRAPH_CHARS` characters or more. The text is the page's title
  (``expected-metadata.json``), then one line per block of the article (``p``, ``li``,
  ``h1``-``h6``, ``blockquote``, ``pre``, ``dt``, ``dd``, ``figcaption``; a block that
  holds other blocks gives its own text outside them; a table row is one line, its
  cells separated by tabs, as a browser copies it), in document order.
* ``section/<page>#<n>``: each section of those articles that runs under an ``h2``-
  ``h4`` heading of at most :data:`SECTION_TITLE_MAX_WORDS` words for at least two
  blocks, one of them a paragraph (``p``) of :data:`MIN_PARAGRAPH_CHARS` characters or
  more, with the heading as its title line: real text again, and the shape of a short
  news item under a headline. (A section of list items or link lines only, such as a
  table of contents or "See also", is not a news text: ``--all-sections`` keeps them.)
* ``quotes/<case>``: every case of ``tests/fixtures/quotes/*`` (abridged real news,
  title line then paragraphs; see that folder's README).

Each text is written in two layouts, one paragraph a line and paragraphs separated by
blank lines (the article format allows both), so every text is read twice.

What is counted, per file: ``seedparse.parse(text, reader="article")``; every non-blank
line after the first must be in ``Document.text`` (compared with whitespace squashed,
NFC) or be the title; the first line must be ``Document.title``. A line whose list or
heading marker (``1.``, ``-``, ``#``) was dropped while the rest is in the text counts
as kept, and so does one whose HTML character references, decoded once, are in the
text (``400&percnt;`` read as ``400%``: the reader decodes references, as the spec
asks). A line outside the body is accounted for only where the reader is asked to
put it and the line is on record there:

* ``captioned``: a line the page marks as part of a figure (``figcaption``,
  ``caption``, or any block inside a ``<figure>``: a credit in a ``<p>``) found in
  ``metadata["captions"]``: a photo credit is not story text;
* ``bylined``: a byline whose every word is in ``Document.authors`` or
  ``Document.dateline`` (``By A Name March 25, 2015``);
* ``furniture``: a line judged page furniture by hand, with the reason, in
  ``benchmarks/article_lines_furniture.yaml`` (a gallery's counter, a video's running
  time, an ad box after the story), found in ``metadata["leftovers"]``;
* ``markup``: a line that is in the text but for HTML tags the reader dropped as
  stray markup, every one of them listed in ``metadata["dropped_markup"]`` (a
  ``</font>`` left in a novel's text: source text, but dropped on the record).

``--strict`` counts every one of those as lost (only the body and the title count).
A line that is none of these is *lost*, and is reported by where it went:
``leftovers`` (in ``metadata["leftovers"]``),
``captions`` (a line the page does not mark as a caption, put there), ``kicker``,
``dateline``, ``authors`` (taken for a byline), ``markup`` (text that looks like an
HTML tag dropped without a record), ``partial`` (some of it is in the text: cut), or
``nowhere``. A wrong title is
reported as ``none`` (no title), ``other-line`` (another line of the text taken for the
title) or ``other``.

``--untitled`` reads every text again without its title line (the first body line
first) and counts the files that get a title all the same: each is a body line taken
for a title, the other side of finding titles under junk.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import lxml.html
import yaml

import seedparse

ROOT = Path(__file__).resolve().parent.parent
READABILITY = ROOT.parent / "shared" / "corpora" / "readability" / "test" / "test-pages"
QUOTE_FIXTURES = ROOT / "tests" / "fixtures" / "quotes"
FURNITURE = Path(__file__).resolve().with_name("article_lines_furniture.yaml")

MIN_PARAGRAPHS = 3
MIN_PARAGRAPH_CHARS = 80
_BLOCKS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "dt", "dd"}
    | {"figcaption", "caption"}
)
_CAPTION_TAGS = frozenset(("figcaption", "caption"))
_FIGURE = "figure"  # the tag given to any other block inside a <figure>
_CELLS = frozenset(("td", "th"))
SECTION_TITLE_MAX_WORDS = 16
_SECTION_HEADINGS = frozenset(("h2", "h3", "h4"))
LAYOUTS = ("lines", "blank")
_MARKER = re.compile(r"(?:[-*+\u2022]|[0-9]{1,3}[.)]|#{1,6})[ \t]+")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]{0,20}(?:\s[^<>\n]{0,400})?/?>")


@attrs.frozen
class NewsText:
    """One text of the corpus: a title line and the body lines under it."""

    name: str
    origin: str  # readability, section, quotes
    title: str
    lines: tuple[str, ...]
    #: The HTML tag each line came from (``p``, ``li``, ``figcaption``, ...); empty when
    #: unknown (every line is then story text).
    tags: tuple[str, ...] = ()

    def is_caption(self, index: int) -> bool:
        """Does the page mark the line as part of a figure (a caption or a credit)?"""
        return index < len(self.tags) and (
            self.tags[index] in _CAPTION_TAGS or self.tags[index] == _FIGURE
        )

    @property
    def page(self) -> str:
        """The page a text comes from (a section's page)."""
        return self.name.split("#", 1)[0]

    def render(self, layout: str) -> str:
        sep = "\n\n" if layout == "blank" else "\n"
        return sep.join((self.title, *self.lines)) + "\n"


# --------------------------------------------------------------------------- corpus


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _own_text(element: Any) -> str:
    """The text of a block outside the blocks nested in it."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and (child.tag in _BLOCKS or _has_block(child)):
            parts.append(" ")
        else:
            parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return squash("".join(parts))


def _has_block(element: Any) -> bool:
    return any(isinstance(e.tag, str) and e.tag in _BLOCKS for e in element.iterdescendants())


def article_blocks(html: str) -> list[tuple[str, str]]:
    """``(tag, text)`` of every block of an article's HTML, in document order."""
    root = lxml.html.fromstring(html)
    out: list[tuple[str, str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag not in _BLOCKS:
            continue
        tag = element.tag
        if tag not in _CAPTION_TAGS and next(element.iterancestors("figure"), None) is not None:
            tag = _FIGURE  # a credit or caption the page writes in a <p> of a <figure>
        if element.tag == "tr":
            cells = [squash(c.text_content()) for c in element if c.tag in _CELLS]
            text = "\t".join(c for c in cells if c)
        elif _has_block(element):
            text = _own_text(element)
        else:
            text = squash(element.text_content())
        if text:
            out.append((tag, text))
    return out


def readability_texts(
    directory: Path = READABILITY, *, sections: bool = True, all_sections: bool = False
) -> list[NewsText]:
    """The readability pages (and their sections) that are articles, by page name."""
    texts: list[NewsText] = []
    if not directory.is_dir():
        return texts
    for page in sorted(p for p in directory.iterdir() if p.is_dir()):
        meta_path, html_path = page / "expected-metadata.json", page / "expected.html"
        if not (meta_path.is_file() and html_path.is_file()):
            continue
        title = squash(json.loads(meta_path.read_text(encoding="utf-8")).get("title") or "")
        blocks = article_blocks(html_path.read_text(encoding="utf-8"))
        long_ones = sum(1 for tag, t in blocks if tag == "p" and len(t) >= MIN_PARAGRAPH_CHARS)
        if not title or long_ones < MIN_PARAGRAPHS:
            continue
        texts.append(
            NewsText(
                page.name,
                "readability",
                title,
                tuple(t for _, t in blocks),
                tuple(tag for tag, _ in blocks),
            )
        )
        if sections:
            texts.extend(_sections(page.name, blocks, need_paragraph=not all_sections))
    return texts


def _sections(
    name: str, blocks: Sequence[tuple[str, str]], *, need_paragraph: bool = True
) -> Iterator[NewsText]:
    heading: str | None = None
    body: list[tuple[str, str]] = []
    number = 0

    def flush() -> Iterator[NewsText]:
        nonlocal number
        if heading is None or len(body) < 2:
            return
        number += 1  # numbered either way, so a section keeps its name
        if need_paragraph and not any(
            tag == "p" and len(t) >= MIN_PARAGRAPH_CHARS for tag, t in body
        ):
            return
        yield NewsText(
            f"{name}#{number}",
            "section",
            heading,
            tuple(t for _, t in body),
            tuple(tag for tag, _ in body),
        )

    for tag, text in blocks:
        if tag in _SECTION_HEADINGS:
            yield from flush()
            short = text.count(" ") < SECTION_TITLE_MAX_WORDS
            heading, body = (text if short else None), []
        elif heading is not None:
            body.append((tag, text))
    yield from flush()


def quote_fixture_texts(directory: Path = QUOTE_FIXTURES) -> list[NewsText]:
    texts: list[NewsText] = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            lines = [squash(x) for x in case["text"].splitlines() if x.strip()]
            texts.append(NewsText(case["id"], "quotes", lines[0], tuple(lines[1:])))
    return texts


def corpus(
    *, readability: Path = READABILITY, sections: bool = True, all_sections: bool = False
) -> list[NewsText]:
    return (
        readability_texts(readability, sections=sections, all_sections=all_sections)
        + quote_fixture_texts()
    )


def page_furniture(path: Path = FURNITURE) -> dict[str, frozenset[str]]:
    """The lines judged page furniture by hand, by page (see the YAML file's header):
    ``{page: {line, ...}}``."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {
        page: frozenset(squash(str(entry["line"])) for entry in entries)
        for page, entries in data.items()
    }


# --------------------------------------------------------------------------- checking


@attrs.frozen
class FileResult:
    name: str
    origin: str
    layout: str
    lines: int
    lost: tuple[tuple[str, str], ...]  # (where it went, the line)
    captioned: tuple[str, ...]  # caption lines of the page found in metadata["captions"]
    title_ok: bool
    title_miss: str | None
    got_title: str | None
    bylined: tuple[str, ...] = ()  # byline lines read whole into authors and dateline
    furniture: tuple[str, ...] = ()  # lines judged furniture by hand, in leftovers
    markup: tuple[str, ...] = ()  # lines whose dropped tags are in dropped_markup


def _kept(line: str, text: str, title: str | None) -> bool:
    """Is the line in the body text, or the title? A list or heading marker
    (``1.``, ``-``, ``#``) may be dropped: the line is then a list item or heading.
    HTML character references are decoded, as the reader does (``400&percnt;`` is
    ``400%``)."""
    if line in text or line == title:
        return True
    marker = _MARKER.match(line)
    if marker is not None and line[marker.end() :] in text:
        return True
    if "&" in line:
        decoded = squash(html.unescape(line))
        return decoded != line and _kept(decoded, text, title)
    return False


def _markup_recorded(line: str, doc: seedparse.Document, text: str) -> bool:
    """Is the line in the text but for tags the reader dropped and recorded, every
    one of them, in ``metadata["dropped_markup"]``?"""
    tags = _TAG.findall(line)
    if not tags or squash(_TAG.sub(" ", line)) not in text:
        return False
    recorded = {squash(str(t)) for t in doc.metadata.get("dropped_markup", ()) or ()}
    return all(squash(t) in recorded for t in tags)


def _where(line: str, doc: seedparse.Document, text: str) -> str:
    meta = doc.metadata
    leftovers = [squash(str(x)) for x in meta.get("leftovers", ()) or ()]
    if any(line == x or line in x or (x and x in line) for x in leftovers):
        return "leftovers"
    captions = [squash(str(x)) for x in meta.get("captions", ()) or ()]
    if line in captions:
        return "captions"
    for key in ("kicker", "dateline"):
        value = meta.get(key) if key == "kicker" else doc.dateline
        if value and squash(str(value)) in line:
            return key
    if doc.authors and any(squash(a) in line for a in doc.authors):
        return "authors"
    if "<" in line and squash(_TAG.sub(" ", line)) in text:
        return "markup"
    words = line.split()
    if len(words) >= 4 and " ".join(words[len(words) // 2 :]) in text:
        return "partial"
    return "nowhere"


_BYLINE_WORDS = frozenset(("by", "and", "&", "|", "\u2022", "\u00b7", ","))


def _whole_byline(line: str, doc: seedparse.Document) -> bool:
    """Is every word of ``line`` a word of the authors or the dateline (or "By",
    "and", a separator)? Then the line is the story's byline, read whole."""
    if not doc.authors:
        return False
    known = {w.strip(",").casefold() for a in doc.authors for w in a.split()}
    known |= {w.strip(",").casefold() for w in (doc.dateline or "").split()}
    words = [w.strip(",").casefold() for w in line.split()]
    return (
        bool(words)
        and words[0] == "by"
        and all(w in known or w in _BYLINE_WORDS or not w for w in words)
    )


def check(
    item: NewsText,
    layout: str,
    *,
    strict: bool = False,
    furniture: Mapping[str, frozenset[str]] | None = None,
) -> FileResult:
    source = item.render(layout)
    doc = seedparse.parse(source, source=f"{item.origin}/{item.name}", reader="article")
    text = squash(doc.text)
    got_title = squash(doc.title) if doc.title else None
    judged = (furniture or {}).get(item.page, frozenset())
    lost: list[tuple[str, str]] = []
    captioned: list[str] = []
    bylined: list[str] = []
    furnished: list[str] = []
    marked: list[str] = []
    for index, raw_line in enumerate(item.lines):
        line = squash(raw_line)
        if _kept(line, text, got_title):
            continue
        where = _where(line, doc, text)
        if strict:
            lost.append((where, line))
        elif where == "captions" and item.is_caption(index):
            captioned.append(line)
        elif _whole_byline(line, doc):
            bylined.append(line)
        elif where == "leftovers" and line in judged:
            furnished.append(line)
        elif where == "markup" and _markup_recorded(line, doc, text):
            marked.append(line)
        else:
            lost.append((where, line))
    title_ok = got_title == item.title
    miss = None
    if not title_ok:
        if got_title is None:
            miss = "none"
        elif got_title in item.lines:
            miss = "other-line"
        else:
            miss = "other"
    return FileResult(
        item.name,
        item.origin,
        layout,
        len(item.lines),
        tuple(lost),
        tuple(captioned),
        title_ok,
        miss,
        got_title,
        tuple(bylined),
        tuple(furnished),
        tuple(marked),
    )


@attrs.frozen
class Report:
    results: tuple[FileResult, ...]
    texts: int

    @property
    def files(self) -> int:
        return len(self.results)

    @property
    def lines(self) -> int:
        return sum(r.lines for r in self.results)

    @property
    def lines_lost(self) -> int:
        return sum(len(r.lost) for r in self.results)

    @property
    def lines_captioned(self) -> int:
        return sum(len(r.captioned) for r in self.results)

    @property
    def lines_bylined(self) -> int:
        return sum(len(r.bylined) for r in self.results)

    @property
    def lines_furniture(self) -> int:
        return sum(len(r.furniture) for r in self.results)

    @property
    def lines_markup(self) -> int:
        return sum(len(r.markup) for r in self.results)

    @property
    def files_losing(self) -> int:
        return sum(1 for r in self.results if r.lost)

    @property
    def title_accuracy(self) -> float:
        return sum(r.title_ok for r in self.results) / self.files if self.files else 1.0

    def lost_by_place(self) -> Counter[str]:
        return Counter(where for r in self.results for where, _ in r.lost)

    def title_misses(self) -> Counter[str]:
        return Counter(r.title_miss for r in self.results if r.title_miss)

    def by_origin(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for r in self.results:
            row = out.setdefault(r.origin, {"files": 0, "lines": 0, "lost": 0, "titles_ok": 0})
            row["files"] += 1
            row["lines"] += r.lines
            row["lost"] += len(r.lost)
            row["titles_ok"] += r.title_ok
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "texts": self.texts,
            "files": self.files,
            "lines": self.lines,
            "lines_lost": self.lines_lost,
            "lines_captioned": self.lines_captioned,
            "lines_bylined": self.lines_bylined,
            "lines_furniture": self.lines_furniture,
            "lines_markup": self.lines_markup,
            "files_losing_lines": self.files_losing,
            "title_accuracy": round(self.title_accuracy, 4),
            "lost_by_place": dict(sorted(self.lost_by_place().items())),
            "title_misses": dict(sorted(self.title_misses().items())),
            "by_origin": self.by_origin(),
        }


def evaluate(
    texts: Iterable[NewsText],
    *,
    strict: bool = False,
    furniture: Mapping[str, frozenset[str]] | None = None,
) -> Report:
    """Check every text in both layouts. ``furniture``: the lines judged furniture by
    hand (:func:`page_furniture`, read from :data:`FURNITURE` when None)."""
    items = list(texts)
    judged = page_furniture() if furniture is None else furniture
    results = tuple(
        check(item, layout, strict=strict, furniture=judged) for item in items for layout in LAYOUTS
    )
    return Report(results, len(items))


# --------------------------------------------------------------------------- output


def render(report: Report, *, verbose: bool) -> str:
    out: list[str] = []
    if verbose:
        for r in report.results:
            if r.lost or not r.title_ok:
                out.append(f"--- {r.origin}/{r.name} [{r.layout}] {r.lines} lines")
                if not r.title_ok:
                    out.append(f"  TITLE {r.title_miss}: got {r.got_title!r}"[:200])
                for where, line in r.lost:
                    out.append(f"  LOST({where}) {line[:110]!r}")
        out.append("")
    out.append(f"{'origin':<12} {'files':>6} {'lines':>7} {'lost':>6} {'titles':>7}")
    for origin, row in sorted(report.by_origin().items()):
        out.append(
            f"{origin:<12} {row['files']:>6} {row['lines']:>7} {row['lost']:>6} "
            f"{row['titles_ok'] / row['files']:>7.3f}"
        )
    out.append(
        f"{'ALL':<12} {report.files:>6} {report.lines:>7} {report.lines_lost:>6} "
        f"{report.title_accuracy:>7.3f}"
    )
    out.append(f"texts {report.texts} x layouts {len(LAYOUTS)} = files {report.files}")
    out.append(f"files losing a line: {report.files_losing}")
    out.append(f"caption lines of the pages in metadata['captions']: {report.lines_captioned}")
    out.append(f"byline lines read whole into authors and dateline: {report.lines_bylined}")
    out.append(
        f"furniture lines (judged by hand) in metadata['leftovers']: {report.lines_furniture}"
    )
    out.append(f"lines whose dropped tags are in metadata['dropped_markup']: {report.lines_markup}")
    out.append(f"lines lost by place: {dict(sorted(report.lost_by_place().items()))}")
    out.append(f"title misses: {dict(sorted(report.title_misses().items()))}")
    return "\n".join(out)


def untitled(texts: Iterable[NewsText]) -> tuple[int, list[tuple[str, str, str]]]:
    """``(files, [(name, layout, title)])``: every text with two lines or more read
    without its title line; the list holds the files that got a title anyway."""
    files = 0
    found: list[tuple[str, str, str]] = []
    for item in texts:
        if len(item.lines) < 2:
            continue
        bare = NewsText(item.name, item.origin, item.lines[0], item.lines[1:], item.tags[1:])
        for layout in LAYOUTS:
            files += 1
            doc = seedparse.parse(bare.render(layout), reader="article")
            if doc.title is not None:
                found.append((f"{item.origin}/{item.name}", layout, doc.title))
    return files, found


def write_corpus(texts: Iterable[NewsText], directory: Path) -> int:
    """Write every text in both layouts (``<origin>__<name>.<layout>.txt``)."""
    directory.mkdir(parents=True, exist_ok=True)
    n = 0
    for item in texts:
        for layout in LAYOUTS:
            safe = item.name.replace("#", "-").replace("/", "_")
            path = directory / f"{item.origin}__{safe}.{layout}.txt"
            path.write_text(item.render(layout), encoding="utf-8")
            n += 1
    return n


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--write", type=Path, help="also write the corpus files to DIR")
    ap.add_argument("--readability", type=Path, default=READABILITY)
    ap.add_argument("--no-sections", action="store_true", help="whole pages only")
    ap.add_argument("--all-sections", action="store_true", help="also sections without a paragraph")
    ap.add_argument(
        "--untitled", action="store_true", help="count titles found in texts without one"
    )
    ap.add_argument(
        "--strict",
        action="store_true",
        help="only the body and the title count: a line in metadata (captions, byline, "
        "furniture, dropped markup) is lost",
    )
    args = ap.parse_args(argv)
    texts = corpus(
        readability=args.readability,
        sections=not args.no_sections,
        all_sections=args.all_sections,
    )
    if not args.readability.is_dir():
        print(f"note: {args.readability} not found; quotation fixtures only", file=sys.stderr)
    if args.write:
        print(f"wrote {write_corpus(texts, args.write)} files to {args.write}", file=sys.stderr)
    if args.untitled:
        files, found = untitled(texts)
        if args.verbose:
            for name, layout, title in found:
                print(f"  TITLE {name} [{layout}]: {title[:100]!r}")
        print(f"texts without their title line: {files} files, a title found in {len(found)}")
        return 0
    report = evaluate(texts, strict=args.strict)
    if args.json:
        print(json.dumps(report.as_dict(), indent=1, ensure_ascii=False))
    else:
        print(render(report, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
