"""Wrong arguments raise ArgumentError, a SeedparseError: the model's constructors,
the kinds of passages and citations, and the built-in readers' constructors.

ArgumentError is also a TypeError and a ValueError, so code written against the
builtins keeps catching what it caught before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest

import seedparse
from seedparse import (
    ArgumentError,
    ArticleReader,
    Citation,
    Document,
    Passage,
    QuoteFinder,
    SeedparseError,
    SiteProfile,
    Span,
    WebPageReader,
)

SPAN = Span(start=0, end=1)


def test_argument_error_is_a_seedparse_error_and_both_builtins() -> None:
    assert issubclass(ArgumentError, SeedparseError)
    assert issubclass(ArgumentError, TypeError) and issubclass(ArgumentError, ValueError)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Passage(text="x", kind="weird", span=SPAN),
        lambda: Passage(text="x", kind="Paragraph", span=SPAN),
        lambda: Passage(text="x", kind="x-", span=SPAN),
        lambda: Passage(text="x", kind="x-Has Space", span=SPAN),
        lambda: Citation(kind="bogus", text="x", span=SPAN),
        lambda: Citation(kind="", text="x", span=SPAN),
        lambda: Citation(kind="paragraph", text="x", span=SPAN),  # a passage kind
    ],
    ids=[
        "passage-weird",
        "passage-case",
        "passage-bare-prefix",
        "passage-space",
        "citation-bogus",
        "citation-empty",
        "citation-passage-kind",
    ],
)
def test_unknown_kinds_are_rejected(build: Callable[[], object]) -> None:
    with pytest.raises(ArgumentError, match=r"kind .* 'x-'"):
        build()


def test_known_and_extension_kinds_are_accepted_and_round_trip() -> None:
    for kind in ("heading", "paragraph", "list_item", "quote", "table", "code", "x-callout"):
        assert Passage(text="x", kind=kind, span=SPAN).kind == kind
    cites = [
        Citation(kind=kind, text="x", span=SPAN)
        for kind in ("timestamp", "wikilink", "quotation", "link", "x-footnote")
    ]
    doc = Document(
        source="s",
        reader="r",
        passages=[Passage(text="x", kind="x-callout", span=SPAN, citations=cites)],
        citations=cites,
    )
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict()))) == doc


def test_from_dict_checks_kinds_too() -> None:
    data = Passage(text="x", kind="paragraph", span=SPAN).to_dict()
    data["kind"] = "weird"
    with pytest.raises(ArgumentError):
        Passage.from_dict(data)


@pytest.mark.parametrize(
    "build",
    [
        lambda: Span(start=-1, end=2),
        lambda: Span(start=5, end=2),
        lambda: Span(start="0", end=2),
        lambda: Citation(kind="link", text=None, span=SPAN),
        lambda: Passage(text="x", kind="paragraph", span=(0, 1)),
        lambda: Passage(text="x", kind="paragraph", span=SPAN, section="one"),
        lambda: Passage(text="x", kind="paragraph", span=SPAN, section=5),
        lambda: Document(source=1, reader="r"),
        lambda: Document(source="s", reader="r", title=3),
        lambda: Document(source="s", reader="r", published="2024-01-01"),
        lambda: Document(source="s", reader="r", authors="one"),
        lambda: Document(source="s", reader="r", metadata={"x": float("nan")}),
        lambda: Document(source="s", reader="r", metadata={1: "x"}),
        lambda: Document(source="s", reader="r", metadata={"x": object()}),
    ],
)
def test_bad_model_fields_raise_argument_error(build: Callable[[], object]) -> None:
    with pytest.raises(ArgumentError):
        build()


def test_a_reader_that_builds_a_bad_passage_gives_a_parse_error() -> None:
    class Sloppy:
        name = "sloppy"

        def sniff(self, sample: str) -> float:
            return 0.0

        def read(self, text: str, source: str) -> Document:
            bad = Passage(text=text, kind="para", span=Span(start=0, end=len(text)))
            return Document(source=source, reader=self.name, passages=[bad])

    with pytest.raises(seedparse.ParseError, match="'sloppy' built an invalid Document") as caught:
        seedparse.parse("text", reader=Sloppy())
    assert isinstance(caught.value.__cause__, ArgumentError)


@pytest.mark.parametrize(
    ("build", "names"),
    [
        (lambda: WebPageReader(name=""), "name"),
        (lambda: WebPageReader(name=3), "name"),
        (lambda: WebPageReader(profiles=["nope"]), "profiles"),
        (lambda: WebPageReader(profiles=5), "profiles"),
        (lambda: WebPageReader(profiles=SiteProfile(name="one")), "profiles"),
        (lambda: SiteProfile(name=5), "name"),
        (lambda: SiteProfile(name="x", markers="one"), "markers"),
        (lambda: SiteProfile(name="x", markers=[1]), "markers"),
        (lambda: SiteProfile(name="x", boilerplate="one line"), "boilerplate"),
        (lambda: SiteProfile(name="x", boilerplate=None), "boilerplate"),
        (lambda: SiteProfile(name="x", start_patterns="^By"), "patterns"),
        (lambda: SiteProfile(name="x", end_patterns=["(unclosed"]), "pattern"),
        (lambda: SiteProfile(name="x", boilerplate_patterns=[3]), "patterns"),
        (lambda: SiteProfile(name="x", matches="yes"), "matches"),
        (lambda: ArticleReader(quote_finder="said"), "quote_finder"),
        (lambda: QuoteFinder(speech_verbs="said"), "speech_verbs"),
        (lambda: QuoteFinder(speech_verbs=[]), "speech_verbs"),
        (lambda: QuoteFinder(speech_verbs=5), "speech_verbs"),
        (lambda: QuoteFinder(max_marks=1), "max_marks"),
        (lambda: QuoteFinder(max_marks="4"), "max_marks"),
    ],
)
def test_reader_constructors_raise_argument_errors(build: Callable[[], object], names: str) -> None:
    with pytest.raises(ArgumentError, match=re.escape(names)):
        build()


def test_good_reader_arguments_still_work() -> None:
    profile = SiteProfile(
        name="acme",
        markers=("Acme",),
        boilerplate=["Share this"],
        start_patterns=[re.compile(r"^Published", re.IGNORECASE)],
        end_patterns=[r"^More from"],
        matches=lambda text: True,
    )
    assert WebPageReader(name="acme-page", profiles=[profile]).profiles == (profile,)
    assert ArticleReader(quote_finder=QuoteFinder(speech_verbs={"said"})).name == "article"
