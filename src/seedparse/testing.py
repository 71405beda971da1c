"""A conformance kit for readers: the Reader contract and the universal properties.

seedparse runs it over every registered reader, and a plugin author runs the same
checks on a new reader with one call::

    from seedparse.testing import check_reader

    def test_my_reader():
        check_reader(MyReader(), ["a typical input", "another one"])

What is checked, on every sample, on a fixed list of hostile strings
(:data:`GARBAGE`) and on generated text. The generated inputs need Hypothesis
(``pip install seedparse[testing]``); without it they are skipped with a
:class:`~seedparse.SeedparseWarning` saying so, never silently:

- ``name`` is a non-empty str; ``sniff`` returns a finite number in [0, 1] for any
  input, the empty string and garbage included;
- ``read`` returns a :class:`~seedparse.Document` whose ``reader`` is the reader's
  name and whose ``source`` is the one passed, or raises a
  :class:`~seedparse.SeedparseError`, never anything else (an
  :class:`~seedparse.ArgumentError` from building a model object with a bad field,
  such as an unknown kind, is a broken contract too, not a refusal);
- every span lies inside the text, citation spans are not empty and lie inside
  their passage's span, and citations come in document order;
- the Document is plain data: ``to_dict`` goes through ``json.dumps(...,
  allow_nan=False)`` and ``from_dict`` gives back an equal Document, and every
  string encodes as UTF-8 (no lone surrogates);
- reading twice gives equal Documents (determinism);
- a sample with a BOM, CRLF or lone-CR line ends gives the same Document through
  :func:`seedparse.parse` as its plain LF twin.

Samples are expected to be read into Documents; garbage may also be refused with a
SeedparseError. All problems found are reported together in one
:class:`ContractViolation`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ._api import parse
from ._errors import ArgumentError, SeedparseError
from ._io.decode import normalize_text
from ._model import Document, Passage, Span
from ._protocol import Reader
from ._warnings import SeedparseWarning

__all__ = ["GARBAGE", "ContractViolation", "check_document", "check_reader"]

#: Hostile strings every reader must survive (a Document or a SeedparseError).
GARBAGE: tuple[str, ...] = (
    "",
    " ",
    "\n",
    "\x00",
    "\ufeff",
    "\r",
    "\r\n\r\n",
    "\ufffd" * 10,
    "\u202e\u2066\u200b\u200d",
    "\U0001f600" * 50,
    "a\u0301" * 50,
    "---",
    "---\n",
    "---\n---\n",
    "---\n---",
    "---\ntitle: x\n",
    "---\n: : :\n---\nbody",
    "---\n- a\n- b\n---\n",
    "---\n!!python/object/apply:os.system ['true']\n---\n",
    "---\na: &a [1, 2]\nb: *a\n<<: *a\n---\n",
    "---\nn: " + "9" * 5000 + "\ndate: 2024-99-99\n---\n",
    "---\na: " + "[" * 5000 + "\n---\n",
    "---\ttitle\n---\n",
    "{",
    "{}",
    '{"authors": NaN, "n": Infinity}',
    "{" + '"a":' * 2000 + "1" + "}" * 2000,
    "[" * 5000,
    "{" * 5000 + "}" * 5000,
    "[[",
    "[[" * 2000,
    "[[x|" * 1000,
    "]]" * 1000,
    "[[" + "a " * 2000,
    "[[a | b]] [[]] [[|]] [[ | ]] [[a|b|c]]",
    '<a class="yt-timestamp" data-t="' * 500,
    '<a class="yt-timestamp" data-t="99:99:99">[99:99:99]</a>',
    '<a class="yt-timestamp" data-t="\u0660\u0663:\u0661\u0662:\u0660\u0665">x</a>',
    '<a class="yt-timestamp" data-t="' + "9" * 5000 + '">x</a>',
    "<a " * 1000,
    "<" * 2000 + ">" * 2000,
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    "&amp;" * 1000,
    "&amp;amp;amp;",
    "&#0;&#xD800;&#x110000;&#99999999999;&#x;&;&#;",
    "&" * 2000,
    "\u201c" * 2000,
    "\u201d" * 2000,
    '"' * 2000,
    "> " * 2000,
    ">" * 2000 + " x",
    "#" * 2000,
    "# \n" * 500,
    "## a\n" * 500,
    "*   " * 1000,
    "\u2022 " * 1000,
    "---" + " " * 2000,
    "--- " * 1000,
    "\t" * 1000,
    "x" * 100_000,
    "word " * 20_000,
    "\n" * 10_000,
    "".join(chr(c) for c in range(1, 0x250)),
)

_SOURCE = "<check_reader>"


class ContractViolation(AssertionError):
    """A reader broke its contract; the message lists every problem found.

    .. versionadded:: 0.1.0
    """


def check_reader(
    reader: Reader,
    samples: Iterable[str],
    *,
    max_examples: int = 50,
) -> None:
    """Check ``reader`` against the Reader contract and the universal properties.

    ``samples`` are typical inputs of the reader's format (each must be read into a
    Document); ``max_examples`` bounds the Hypothesis-generated inputs (0 skips
    them on purpose; without Hypothesis installed they are skipped with a
    :class:`~seedparse.SeedparseWarning`). Raises :class:`ContractViolation` listing
    every problem found; returns None when there is none.

    .. versionadded:: 0.1.0
    """
    problems: list[str] = []
    name = getattr(reader, "name", None)
    if not isinstance(name, str) or not name.strip():
        raise ContractViolation(f"reader.name must be a non-empty str, got {name!r}")
    for method in ("sniff", "read"):
        if not callable(getattr(reader, method, None)):
            raise ContractViolation(f"reader {name!r} has no callable {method}()")
    samples = tuple(samples)
    for index, sample in enumerate(samples):
        _check_input(reader, sample, f"sample {index}", problems, must_read=True)
        _check_twins(reader, sample, f"sample {index}", problems)
    for index, text in enumerate(GARBAGE):
        _check_input(reader, text, f"garbage {index} {_preview(text)}", problems, must_read=False)
    if max_examples > 0:
        _check_generated(reader, max_examples, problems)
    if problems:
        shown = problems[:30]
        more = f"\n... and {len(problems) - 30} more" if len(problems) > 30 else ""
        raise ContractViolation(
            f"reader {name!r} broke its contract:\n- " + "\n- ".join(shown) + more
        )


def check_document(document: Document, text: str, *, reader: str | None = None) -> list[str]:
    """The universal properties of one Document read from ``text`` (normalised):
    spans inside the text, citations inside their passages, plain JSON data that
    round-trips, UTF-8-encodable strings. Returns the problems found.

    .. versionadded:: 0.1.0
    """
    problems: list[str] = []
    if not isinstance(document, Document):
        return [f"read() returned {type(document).__name__}, not a Document"]
    if reader is not None and document.reader != reader:
        problems.append(f"document.reader is {document.reader!r}, not {reader!r}")
    size = len(text)

    def span_ok(span: Span, what: str, *, within: Span | None = None) -> None:
        if not 0 <= span.start <= span.end <= size:
            problems.append(f"{what} span [{span.start}, {span.end}) is outside the text")
        elif within is not None and not within.start <= span.start <= span.end <= within.end:
            problems.append(
                f"{what} span [{span.start}, {span.end}) is outside its passage "
                f"[{within.start}, {within.end})"
            )

    for p_index, passage in enumerate(document.passages):
        _check_passage(passage, p_index, span_ok, problems)
    starts = [c.span.start for c in document.citations]
    if starts != sorted(starts):
        problems.append("document.citations are not in document order")
    for c_index, citation in enumerate(document.citations):
        span_ok(citation.span, f"citation {c_index}")
    problems.extend(_check_plain_data(document))
    return problems


def _check_passage(
    passage: Passage,
    p_index: int,
    span_ok: Callable[..., None],
    problems: list[str],
) -> None:
    span_ok(passage.span, f"passage {p_index}")
    starts = [c.span.start for c in passage.citations]
    if starts != sorted(starts):
        problems.append(f"passage {p_index} citations are not in document order")
    for c_index, citation in enumerate(passage.citations):
        what = f"passage {p_index} citation {c_index} ({citation.kind})"
        if citation.span.start == citation.span.end:
            problems.append(f"{what} has an empty span")
        span_ok(citation.span, what, within=passage.span)


def _check_plain_data(document: Document) -> list[str]:
    problems: list[str] = []
    try:
        data = document.to_dict()
        dumped = json.dumps(data, allow_nan=False, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError) as error:
        return [f"to_dict() is not plain JSON: {type(error).__name__}: {error}"]
    try:
        dumped.encode("utf-8")
    except UnicodeEncodeError as error:
        problems.append(f"a string in the Document is not UTF-8 encodable: {error}")
    problems.extend(_check_metadata_types(data["metadata"], "metadata"))
    try:
        again = Document.from_dict(json.loads(dumped))
    except Exception as error:  # noqa: BLE001 - any failure is the finding
        problems.append(f"from_dict(to_dict()) failed: {type(error).__name__}: {error}")
    else:
        if again != document:
            problems.append("from_dict(json round trip of to_dict()) is not equal to the Document")
    return problems


def _check_metadata_types(value: Any, where: str) -> list[str]:
    if value is None or isinstance(value, (str, bool, int)):
        return []
    if isinstance(value, float):
        return [] if math.isfinite(value) else [f"{where} holds a non-finite float"]
    if isinstance(value, Mapping):
        found: list[str] = []
        for key, item in value.items():
            found.extend(_check_metadata_types(item, f"{where}[{key!r}]"))
        return found
    if isinstance(value, Sequence):
        found = []
        for index, item in enumerate(value):
            found.extend(_check_metadata_types(item, f"{where}[{index}]"))
        return found
    return [f"{where} holds a {type(value).__name__}"]


def _read(reader: Reader, text: str) -> Document | SeedparseError:
    try:
        return reader.read(text, _SOURCE)
    except SeedparseError as error:
        return error


def _check_input(
    reader: Reader, raw: str, label: str, problems: list[str], *, must_read: bool
) -> None:
    text = normalize_text(raw)
    try:
        score = reader.sniff(text[:8192])
    except Exception as error:  # noqa: BLE001 - any exception is the finding
        problems.append(f"{label}: sniff() raised {type(error).__name__}: {error}")
    else:
        if (
            not isinstance(score, (int, float))
            or isinstance(score, bool)
            or not (math.isfinite(score) and 0.0 <= score <= 1.0)
        ):
            problems.append(f"{label}: sniff() returned {score!r}, not a number in [0, 1]")
    try:
        first = _read(reader, text)
    except Exception as error:  # noqa: BLE001 - any non-seedparse exception is the finding
        problems.append(
            f"{label}: read() raised {type(error).__name__} (only SeedparseError may escape)"
        )
        return
    if isinstance(first, ArgumentError):
        problems.append(f"{label}: read() built an invalid model object: {first}")
        return
    if isinstance(first, SeedparseError):
        if must_read:
            problems.append(f"{label}: read() refused a sample: {first}")
        return
    if not isinstance(first, Document):
        problems.append(f"{label}: read() returned {type(first).__name__}, not a Document")
        return
    if first.source != _SOURCE:
        problems.append(f"{label}: document.source is {first.source!r}, not the source passed")
    problems.extend(f"{label}: {p}" for p in check_document(first, text, reader=reader.name))
    try:
        second = _read(reader, text)
    except Exception as error:  # noqa: BLE001 - nondeterminism is the finding
        problems.append(f"{label}: a second read() raised {type(error).__name__}")
        return
    if second != first:
        problems.append(f"{label}: reading the same text twice gave different results")


def _twins(text: str) -> dict[str, str]:
    lf = normalize_text(text)
    return {
        "BOM": "\ufeff" + lf,
        "CRLF": lf.replace("\n", "\r\n"),
        "CR": lf.replace("\n", "\r"),
        "BOM+CRLF": "\ufeff" + lf.replace("\n", "\r\n"),
    }


def _check_twins(reader: Reader, sample: str, label: str, problems: list[str]) -> None:
    plain = _outcome_of(reader, normalize_text(sample))
    for kind, twin in _twins(sample).items():
        if _outcome_of(reader, twin) != plain:
            problems.append(f"{label}: its {kind} twin gives a different Document")


def _check_generated(reader: Reader, max_examples: int, problems: list[str]) -> None:
    try:
        from hypothesis import HealthCheck, given, settings
        from hypothesis import strategies as st
    except ImportError:
        # The fixed GARBAGE list still ran; say plainly that the generated inputs
        # did not, so a passing check is not mistaken for a thorough one.
        warnings.warn(
            f"check_reader({reader.name!r}): Hypothesis is not installed, so the "
            f"{max_examples} generated inputs were skipped (only the samples and the "
            "fixed GARBAGE list ran); install seedparse[testing] to run them, or pass "
            "max_examples=0 to skip them on purpose",
            SeedparseWarning,
            stacklevel=3,
        )
        return

    pieces = st.sampled_from(
        [
            "---\n",
            "title: t\n",
            "[[",
            "]]",
            "|",
            '<a class="yt-timestamp" data-t="00:01:02">',
            "[00:01:02]</a>",
            "&amp;",
            "\u201c",
            "\u201d",
            "> ",
            "## ",
            "{",
            "}",
            '"authors": ["A"]',
            "\n",
            "\r\n",
            "\ufeff",
            " ",
        ]
    )
    texts = st.one_of(st.text(), st.lists(st.one_of(pieces, st.text(max_size=5))).map("".join))

    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(texts)
    def generated(raw: str) -> None:
        found: list[str] = []
        _check_input(reader, raw, f"generated {_preview(raw)}", found, must_read=False)
        plain = _outcome_of(reader, normalize_text(raw))
        for kind, twin in _twins(raw).items():
            if _outcome_of(reader, twin) != plain:
                found.append(f"generated {_preview(raw)}: its {kind} twin differs")
        if found:
            raise ContractViolation("\n".join(found))

    try:
        generated()
    except ContractViolation as error:
        problems.extend(str(error).splitlines())


def _outcome_of(reader: Reader, text: str) -> Document | str:
    try:
        return parse(text, source=_SOURCE, reader=reader)
    except SeedparseError as error:
        return f"{type(error).__name__}: {error.message}"


def _preview(text: str) -> str:
    shown = text if len(text) <= 40 else text[:37] + "..."
    return repr(shown) + (f" ({len(text)} chars)" if len(text) > 40 else "")
