"""The reader registry: validation, detection, entry points, run-time registration."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import seedparse
from seedparse import Document, ReaderError, ReaderRegistry


class _Memo:
    """A tiny reader of ``key: value`` memos, as a plugin author would write it."""

    name = "memo"

    def sniff(self, sample: str) -> float:
        return 0.9 if sample.startswith("MEMO\n") else 0.0

    def read(self, text: str, source: str) -> Document:
        return Document(source=source, reader=self.name, title=text.split("\n", 2)[1] or None)


class _Fixed:
    def __init__(self, name: str, score: float) -> None:
        self.name = name
        self.score = score

    def sniff(self, sample: str) -> float:
        return self.score

    def read(self, text: str, source: str) -> Document:
        return Document(source=source, reader=self.name)


class _Broken(_Fixed):
    def sniff(self, sample: str) -> float:
        raise RuntimeError("boom")


def test_builtin_readers_are_registered_with_their_origin() -> None:
    infos = {info.name: info for info in seedparse.readers()}
    assert {"article", "transcript-note", "web-page"} <= set(infos)
    assert all(infos[n].origin == "builtin" for n in ("article", "transcript-note", "web-page"))
    assert all(isinstance(info.reader, seedparse.Reader) for info in infos.values())


def test_best_score_wins_and_ties_fall_back_to_article() -> None:
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Fixed("article", 0.1))
    registry.register(_Fixed("a", 0.5))
    registry.register(_Fixed("b", 0.7))
    detection = registry.detect("anything")
    assert detection.reader.name == "b"
    assert [name for name, _ in detection.scores] == ["b", "a", "article"]
    registry.register(_Fixed("c", 0.7))
    assert registry.detect("anything").reader.name == "article"


def test_nothing_claims_the_text_gives_the_fallback() -> None:
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Fixed("article", 0.0))
    registry.register(_Fixed("x", 0.0))
    assert registry.detect("zzz").reader.name == "article"


def test_scores_are_clamped_and_broken_sniffers_score_zero() -> None:
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Fixed("article", 0.1))
    registry.register(_Fixed("high", 7.0))
    registry.register(_Fixed("nan", float("nan")))
    registry.register(_Broken("broken", 1.0))
    scores = dict(registry.detect("x").scores)
    assert scores == {"high": 1.0, "article": 0.1, "nan": 0.0, "broken": 0.0}


@pytest.mark.parametrize(
    "scores",
    [(7.0, 1.0), (7.0, 0.5), (float("nan"), 0.2), (-3.0, 0.0), (float("inf"), 1.0), (None, 0.3)],
)
def test_pick_clamps_and_zeroes_scores_as_detect(scores: tuple[float | None, float]) -> None:
    # pick() scores inline what detect() scores through _score: a score above 1 ties
    # with 1 (the fallback wins), NaN, negatives and a broken sniffer (None) score 0.
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Fixed("article", 0.1))
    first, second = scores
    registry.register(_Broken("a", 1.0) if first is None else _Fixed("a", first))
    registry.register(_Fixed("b", second))
    assert registry.pick("x").name == registry.detect("x").reader.name


@pytest.mark.parametrize("bad", [object(), _Fixed("", 0.1), _Fixed(3, 0.1)])  # type: ignore[arg-type]
def test_invalid_readers_are_refused(bad: object) -> None:
    registry = ReaderRegistry(entry_points=False)
    with pytest.raises(ReaderError):
        registry.register(bad)  # type: ignore[arg-type]


def test_duplicate_names_need_replace() -> None:
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Fixed("x", 0.1))
    with pytest.raises(ReaderError, match="already registered"):
        registry.register(_Fixed("x", 0.2))
    registry.register(_Fixed("x", 0.2), replace=True)
    assert registry.get("x").sniff("") == 0.2
    registry.unregister("x")
    with pytest.raises(ReaderError, match="no reader named 'x'"):
        registry.get("x")


def test_runtime_registration_is_used_by_parse_and_detection() -> None:
    seedparse.register_reader(_Memo())
    try:
        doc = seedparse.parse("MEMO\nQuarterly plan\nowner: ops\n")
        assert doc.reader == "memo" and doc.title == "Quarterly plan"
        assert seedparse.detect("MEMO\nx\n").reader.name == "memo"
        origins = {info.name: info.origin for info in seedparse.readers()}
        assert origins["memo"] == "runtime"
    finally:
        seedparse._api.default_registry.unregister("memo")


def test_forcing_a_reader_by_name_or_object() -> None:
    text = "MEMO\nnot really\n"
    assert seedparse.parse(text, reader="article").reader == "article"
    assert seedparse.parse(text, reader=_Memo()).reader == "memo"
    with pytest.raises(ReaderError):
        seedparse.parse(text, reader="no-such-reader")


def test_plugins_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEEDPARSE_NO_PLUGINS", "1")
    registry = ReaderRegistry()
    names = {info.name for info in registry.infos()}
    assert {"article", "transcript-note", "web-page"} <= names
    assert all(info.origin == "builtin" for info in registry.infos())


class _Bounded(_Fixed):
    """A reader that declares the highest score it gives, and counts its sniffs."""

    def __init__(self, name: str, score: float, max_score: float) -> None:
        super().__init__(name, score)
        self.max_score = max_score
        self.asked = 0

    def sniff(self, sample: str) -> float:
        self.asked += 1
        return self.score


def test_a_reader_whose_max_score_cannot_reach_the_best_is_not_asked() -> None:
    registry = ReaderRegistry(entry_points=False)
    low = _Bounded("a-low", 0.2, 0.3)
    registry.register(_Bounded("article", 0.1, 0.1))
    registry.register(_Bounded("z-high", 0.9, 0.95))
    registry.register(low)
    assert registry.pick("x").name == "z-high"
    assert low.asked == 0
    # A bound equal to the best is asked: it could tie, and a tie goes to the fallback.
    registry.register(_Bounded("tie", 0.9, 0.9))
    assert registry.pick("x").name == "article"


def test_a_plugin_without_max_score_is_always_asked() -> None:
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Bounded("article", 0.1, 0.1))
    registry.register(_Bounded("note", 0.95, 0.95))
    registry.register(_Fixed("plugin", 0.99))  # no max_score: may score anything
    assert registry.pick("x").name == "plugin"
    assert registry.pick("x") is registry.detect("x").reader


def test_a_subclass_that_sniffs_anew_does_not_inherit_the_bound() -> None:
    from seedparse.formats.article import ArticleReader

    class Eager(ArticleReader):
        name = "eager"

        def sniff(self, sample: str) -> float:
            return 0.99  # far above ArticleReader.max_score, which is not its bound

    registry = ReaderRegistry(entry_points=False)
    registry.register(ArticleReader())
    registry.register(_Bounded("note", 0.95, 0.95))
    registry.register(Eager())
    assert registry.pick("x").name == "eager"


def test_broken_max_scores_mean_always_asked() -> None:
    registry = ReaderRegistry(entry_points=False)
    registry.register(_Bounded("article", 0.1, 0.1))
    registry.register(_Bounded("high", 0.5, 0.6))
    for bad in (float("nan"), "0.1", True, None):
        reader = _Bounded("bad", 0.8, 0.0)
        reader.max_score = bad  # type: ignore[assignment]
        registry.register(reader, replace=True)
        assert registry.pick("x").name == "bad"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from([0.0, 0.1, 0.3, 0.6, 0.9, 1.0]),
            st.sampled_from([0.0, 0.1, 0.3, 0.6, 0.9, 1.0, None]),
        ),
        min_size=1,
        max_size=6,
    ),
    st.booleans(),
)
def test_pick_chooses_as_detect_whatever_the_bounds(
    readers: list[tuple[float, float | None]], fallback: bool
) -> None:
    registry = ReaderRegistry(entry_points=False)
    for index, (score, bound) in enumerate(readers):
        name = "article" if fallback and index == 0 else f"r{index}"
        if bound is None:
            registry.register(_Fixed(name, score))
        else:
            registry.register(_Bounded(name, min(score, bound), bound))
    assert registry.pick("x") is registry.detect("x").reader
