"""Generated web pages read back exactly: body, header and metadata (Hypothesis).

Each page is built from random navigation, an optional JSON block in either dialect
(pretty or on one line, sometimes with text glued to its closing brace), labels, a
title, a dek, share furniture, a byline and a date in one of several shapes, an
optional promotional blurb, a random body with subheadings, and a tail of bios, tags,
a disclaimer, related pieces and a footer. The reader must give back exactly the
generated body and header, and the JSON's facts; a broken JSON block must cost a
warning and nothing else.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from seedparse import Document
from seedparse.formats.webpage import WebPageReader

READER = WebPageReader()


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WORDS = _words(
    "river harbour council market winter budget village station bridge letter school "
    "garden island factory museum railway engine orchard lantern meadow quarry tunnel "
    "ferry timber copper canvas saddle pepper marble thunder compass ladder kettle "
    "walked opened counted carried noticed promised measured repaired gathered painted "
    "quiet early narrow distant sudden careful ordinary patient honest crowded "
    "across beneath during towards after before under over with without"
)
TITLE_WORDS = _words(
    "Harbour Winter Council Budget Village Railway Bridge Market Copper Island Timber "
    "Lantern Orchard Ferry Quarry Meadow Future Promise Question Return Crisis Plan"
)
NAV_WORDS = _words("Research Programs Events Experts Regions About Contact Careers Press")
FIRST = _words("Anna Boris Chloe Dmitri Elena Farid Greta Hugo Irina Jonas Kemal Lucia")
LAST = _words("Abbott Brennan Castillo Dunmore Ekwueme Fontaine Galloway Haddad Ivanova")
PLACES = _words("Atlantis Borealis Caledonia Dalmatia Eldoria Freeland Gondor Hyrule")
THEMES = _words("Energy Trade Security Climate Health Migration Technology Agriculture")
JUNK = ("Advertisement", "Read more: Harbour Plans", "Photo: Timber Yard", "Story continues below")
FOOTER = ("Privacy Policy", "Terms of Use", "Cookie Settings", "Newsletter")
MONTHS = "January February March April May June July August September October November December"
MONTH_NAMES = _words(MONTHS)


@st.composite
def sentences(draw: st.DrawFn, low: int = 7, high: int = 16) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=low, max_size=high))
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=2, max_size=4)))


@st.composite
def title_case(draw: st.DrawFn, low: int, high: int) -> str:
    return " ".join(draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=low, max_size=high)))


@st.composite
def names(draw: st.DrawFn) -> tuple[str, ...]:
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)),
            min_size=1,
            max_size=3,
            unique_by=lambda pair: pair[1],
        )
    )
    return tuple(f"{first} {last}" for first, last in people)


def byline(people: tuple[str, ...], capitals: bool) -> str:
    joined = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    line = f"By {joined}"
    return line.upper() if capitals else line


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, dt.date | dt.datetime]:
    day = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    month = MONTH_NAMES[day.month - 1]
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f"Published on {month[:3]} {day.day}, {day.year}", day
    if shape == 1:
        return f"{month} {day.day}, {day.year}", day
    hour, minute = draw(st.integers(1, 12)), draw(st.integers(0, 59))
    pm = draw(st.booleans())
    at = dt.datetime(day.year, day.month, day.day, hour % 12 + (12 if pm else 0), minute)
    return f"{day.day} {month} {day.year} \u2022 {hour}:{minute:02d}{'pm' if pm else 'am'}", at


@st.composite
def pages(draw: st.DrawFn) -> dict[str, Any]:
    people = draw(names())
    org = draw(st.sampled_from(PLACES)) + " Institute"
    blog = draw(st.sampled_from(PLACES)) + " Review"
    section = draw(st.sampled_from(["Commentary", "Analysis", "World", "Opinion"]))
    topics = draw(st.lists(st.sampled_from(THEMES), min_size=1, max_size=3, unique=True))
    regions = draw(st.lists(st.sampled_from(PLACES), min_size=1, max_size=2, unique=True))
    title = draw(title_case(5, 10)) + draw(st.sampled_from(["", "", "?"]))
    dek = draw(sentences(10, 20))
    date_line, published = draw(dates())
    dialect = draw(st.sampled_from(["plain", "json-ld", "none"]))
    body: list[tuple[str, str]] = [("paragraph", draw(paragraphs()))]
    seen = {title}
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.integers(0, 4)) == 0:
            # A page does not repeat its title or a subheading as a subheading.
            heading = draw(title_case(2, 5).filter(lambda h: h not in seen))
            seen.add(heading)
            body.append(("heading", heading))
        elif draw(st.integers(0, 5)) == 0:
            # In-article furniture: dropped from the body without splitting it.
            body.append(("junk", draw(st.sampled_from(JUNK))))
        body.append(("paragraph", draw(paragraphs())))

    nav = draw(st.lists(st.sampled_from(NAV_WORDS), min_size=2, max_size=6, unique=True))
    lines = [f"{'  ' if n else ''}\u2022 {word}" for n, word in enumerate(nav)]
    lines.append(f"{org} logo")
    meta: dict[str, Any] = {}
    if dialect == "plain":
        meta = {
            "authors": list(people),
            "type": section.lower(),
            "blog": blog,
            "topics": topics,
            "regions": regions,
            "programs": [],
        }
    elif dialect == "json-ld":
        meta = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": published.date().isoformat()
            if isinstance(published, dt.datetime)
            else published.isoformat(),
            "author": [{"@type": "Person", "name": person} for person in people],
            "publisher": {"@type": "Organization", "name": org},
            "keywords": topics,
            "articleSection": section,
        }
    if meta:
        indent = draw(st.sampled_from([None, 2, 4]))
        block = json.dumps(meta, indent=indent, ensure_ascii=False)
        glued = draw(st.booleans())
        lines.append(block + ("Attribution logo" if glued else ""))
        if not glued:
            lines.append("Attribution logo")
    else:
        block = ""
    lines += [section, blog if dialect == "plain" else section, "", title, ""]
    with_dek = draw(st.booleans())
    if with_dek:
        lines += [dek, ""]
    lines.append(draw(st.sampled_from(["Link Copied", "Share", "Copy link"])))
    lines.append(byline(people, draw(st.booleans())))
    lines.append(date_line)
    if draw(st.booleans()):
        blurb = f"{blog} is a digital publication of {org} with analysis and commentary."
        lines += [blog, "", "Blog", "", blog, "", blurb, "", "Learn More"]
    lines.append("")
    for _kind, text in body:
        lines += [text, ""]
    for person in people:
        lines += [person, f"Fellow, {org}", person]
    if dialect == "plain":
        lines.append("".join(topics + regions))
    lines += ["", f"{org} takes no positions; the views expressed are the authors' own.", ""]
    lines += [f"More Work from {blog}", ""]
    for _ in range(draw(st.integers(0, 3))):
        lines += [
            "  \u2022 " + section,
            "    " + blog,
            "    " + draw(st.sampled_from(PLACES)) + " " + draw(title_case(3, 7)),
            "    " + draw(sentences()),
            "      " + draw(st.sampled_from(FIRST)) + " " + draw(st.sampled_from(LAST)),
            "",
        ]
    lines += [f"  \u2022 {word}" for word in nav]
    lines += draw(st.lists(st.sampled_from(FOOTER), max_size=3))
    lines.append(f"\u00a9 {published.year} {org}. All rights reserved.")
    return {
        "text": "\n".join(lines),
        "title": title,
        "dek": dek if with_dek else None,
        "people": people,
        "published": published,
        "body": [(kind, text) for kind, text in body if kind != "junk"],
        "dialect": dialect,
        "meta": meta,
        "topics": topics,
        "regions": regions,
        "org": org,
        "block": block,
    }


def check_common(page: dict[str, Any], doc: Document) -> None:
    assert [(p.kind, p.text) for p in doc.passages] == page["body"]
    assert doc.title == page["title"]
    assert doc.authors == page["people"]
    assert doc.published == page["published"]
    if page["dek"] is not None:
        assert doc.metadata["dek"] == page["dek"]
    text = page["text"]
    for passage in doc.passages:
        assert text[passage.span.start : passage.span.end] == passage.text
    json.dumps(doc.to_dict(), allow_nan=False)
    assert Document.from_dict(doc.to_dict()) == doc


@settings(max_examples=150, deadline=None)
@given(pages())
def test_generated_pages_read_back_exactly(page: dict[str, Any]) -> None:
    doc = READER.read(page["text"], "generated")
    check_common(page, doc)
    meta = doc.metadata
    assert "warnings" not in meta
    if page["dialect"] == "plain":
        for key in ("type", "blog", "topics", "regions", "programs"):
            want = page["meta"][key]
            assert meta[key] == (tuple(want) if isinstance(want, list) else want)
        assert meta["tags"] == tuple(page["topics"] + page["regions"])
    elif page["dialect"] == "json-ld":
        assert meta["type"] == "NewsArticle"
        assert meta["publisher"] == page["org"]
        assert meta["keywords"] == tuple(page["topics"])
        assert meta["headline"] == page["title"]
    assert meta["bio"].count("Fellow, ") == len(page["people"])
    assert "the views expressed" in meta["disclaimer"]


@st.composite
def broken_pages(draw: st.DrawFn) -> dict[str, Any]:
    page = draw(pages().filter(lambda p: p["dialect"] != "none"))
    block = page["block"]
    how = draw(st.sampled_from(["unterminated", "trailing comma", "nan", "single quotes"]))
    head, _, tail = block.rpartition("}")
    if how == "unterminated":
        broken = head.rstrip()
    elif how == "trailing comma":
        broken = head.rstrip() + ",\n}" + tail
    elif how == "nan":
        broken = head.rstrip() + ', "ratio": NaN}' + tail
    else:
        broken = block.replace('"', "'")
    at = page["text"].index(block)
    # The broken block keeps its own line: whatever was glued to it goes on the next.
    page["text"] = (
        page["text"][:at] + broken + "\nAttribution logo" + page["text"][at + len(block) :]
    )
    page["how"] = how
    return page


@settings(max_examples=100, deadline=None)
@given(broken_pages())
def test_broken_json_costs_a_warning_and_nothing_else(page: dict[str, Any]) -> None:
    doc = READER.read(page["text"], "broken")
    assert len(doc.warnings) == 1
    assert "JSON block" in doc.warnings[0]
    check_common(page, doc)
    assert "topics" not in doc.metadata and "@context" not in doc.metadata
