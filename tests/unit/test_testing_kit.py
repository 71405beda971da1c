"""seedparse.testing.check_reader: passes every registered reader (third-party ones
included) and catches each way a reader can break its contract."""

from __future__ import annotations

import itertools
import sys
import warnings
from pathlib import Path

import pytest

import seedparse
from seedparse import Citation, Document, Passage, Span
from seedparse.testing import ContractViolation, check_reader

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
SAMPLES = [path.read_text() for path in SEEDS] + [
    "A title\n\nA paragraph.\n",
    "---\ntitle: T\nvideoId: abc123\n---\n\n## S\n\nA claim "
    '<a class="yt-timestamp" data-t="00:00:05">[00:00:05]</a> [[x | y]].\n',
]


@pytest.mark.parametrize("info", seedparse.readers(), ids=lambda info: info.name)
def test_every_registered_reader_keeps_the_contract(info: seedparse.ReaderInfo) -> None:
    samples = [s for s in SAMPLES if _reads(info.reader, s)]
    check_reader(info.reader, samples, max_examples=30)


def _reads(reader: seedparse.Reader, text: str) -> bool:
    try:
        reader.read(seedparse.normalize_text(text), "<probe>")
    except seedparse.SeedparseError:
        return False  # a sample of another format this reader may refuse
    return True


class Good:
    name = "good"

    def sniff(self, sample: str) -> float:
        return 0.5

    def read(self, text: str, source: str) -> Document:
        passages = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                span = Span(start=offset, end=offset + len(line))
                cites = ()
                if "[[" in line:
                    at = offset + line.index("[[")
                    cites = (Citation(kind="wikilink", text="x", span=Span(start=at, end=at + 2)),)
                passages.append(
                    Passage(text=line.strip(), kind="paragraph", span=span, citations=cites)
                )
            offset += len(line) + 1
        cites = tuple(c for p in passages for c in p.citations)
        return Document(source=source, reader=self.name, passages=passages, citations=cites)


def test_a_good_reader_passes() -> None:
    check_reader(Good(), ["a\n\nb [[c]]\n"], max_examples=20)


def broken(**overrides):  # type: ignore[no-untyped-def]
    overrides.setdefault("name", "broken")
    cls = type("Broken", (Good,), overrides)
    return cls()


counter = itertools.count()


@pytest.mark.parametrize(
    "reader, expected",
    [
        (broken(name=""), "non-empty str"),
        (broken(sniff=lambda self, s: 2.0), "not a number in [0, 1]"),
        (broken(sniff=lambda self, s: float("nan")), "not a number in [0, 1]"),
        (broken(sniff=lambda self, s: 1 / len(s)), "sniff() raised ZeroDivisionError"),
        (
            broken(read=lambda self, t, s: {}[t] if "[[" in t else Good.read(self, t, s)),
            "read() raised KeyError",
        ),
        (broken(read=lambda self, t, s: Document(source=s, reader="other")), "not 'broken'"),
        (broken(read=lambda self, t, s: Document(source="elsewhere", reader="broken")), "source"),
        (
            broken(
                read=lambda self, t, s: Document(
                    source=s,
                    reader="broken",
                    passages=[
                        Passage(text="x", kind="paragraph", span=Span(start=0, end=len(t) + 1))
                    ],
                )
            ),
            "outside the text",
        ),
        (
            broken(
                read=lambda self, t, s: Document(
                    source=s,
                    reader="broken",
                    passages=[
                        Passage(
                            text="x",
                            kind="paragraph",
                            span=Span(start=0, end=0),
                            citations=[
                                Citation(kind="link", text="t", span=Span(start=0, end=len(t)))
                            ],
                        )
                    ],
                )
            ),
            "outside its passage",
        ),
        (
            broken(
                read=lambda self, t, s: Document(
                    source=s, reader="broken", title=str(next(counter))
                )
            ),
            "twice gave different results",
        ),
        (
            broken(read=lambda self, t, s: Document(source=s, reader="broken", title="\ud800")),
            "not UTF-8 encodable",
        ),
        (broken(read=lambda self, t, s: "not a document"), "not a Document"),
        (
            broken(
                read=lambda self, t, s: Document(
                    source=s,
                    reader="broken",
                    passages=[Passage(text="x", kind="weird", span=Span(start=0, end=0))],
                )
            ),
            "read() built an invalid model object: Passage.kind 'weird'",
        ),
    ],
    ids=[
        "no-name",
        "sniff-2",
        "sniff-nan",
        "sniff-raises",
        "read-raises",
        "wrong-reader-name",
        "wrong-source",
        "span-outside",
        "citation-outside-passage",
        "nondeterministic",
        "lone-surrogate",
        "not-a-document",
        "unknown-kind",
    ],
)
def test_each_broken_contract_is_caught(reader, expected: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(
        ContractViolation,
        match=expected.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)"),
    ):
        check_reader(reader, ["a\n\nb [[c]]\n"], max_examples=10)


def test_a_refused_sample_is_reported() -> None:
    def refuse(self, text, source):  # type: ignore[no-untyped-def]
        raise seedparse.ParseError("no", source=source)

    with pytest.raises(ContractViolation, match="refused a sample"):
        check_reader(broken(read=refuse), ["x"], max_examples=0)


def test_without_hypothesis_the_fixed_garbage_list_still_runs(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)  # import hypothesis now fails
    reader = broken(read=lambda self, t, s: {}[t] if t.startswith("---") else Good.read(self, t, s))
    with (
        pytest.raises(ContractViolation, match="garbage"),
        pytest.warns(seedparse.SeedparseWarning),
    ):
        check_reader(reader, ["fine"], max_examples=50)


def test_skipping_generated_inputs_is_never_silent(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)  # import hypothesis now fails
    with pytest.warns(seedparse.SeedparseWarning, match=r"seedparse\[testing\]"):
        check_reader(Good(), ["a\n\nb [[c]]\n"], max_examples=20)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # asking for no generated inputs is not a skip
        check_reader(Good(), ["a\n\nb [[c]]\n"], max_examples=0)
