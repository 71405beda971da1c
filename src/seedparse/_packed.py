"""A Document's passages and citations, packed: one body string and two int arrays.

Held as objects, a parsed Document costs 2.2-3.5 times its raw text: a Passage, a
Citation and a Span per item, an int object per offset, claim texts that repeat their
passage's words, deep links that repeat the video id (docs/design/compact-model.md
§3). A :class:`Core` holds the same values as

* ``body``: the passages' texts joined by ``"\\n\\n"``, which is exactly
  ``Document.text``; a passage's text is a slice of it;
* ``passages``: 9 ints per passage (``_P`` below), ``citations``: 8 per citation
  (``_C``), each in the narrowest ``array`` that holds them (``"h"``, ``"i"``, ``"q"``);
* ``strings``: every other value once, shared by the records that use it: kinds and
  speakers (interned: they exist once per process), section trails, targets, and the
  citation texts that are not a slice of their passage;
* ``prefix``: a deep-link prefix, so that a timestamp's target ``prefix + seconds +
  "s"`` is computed when it is read instead of stored.

:class:`PassageView` and :class:`CitationView` are the read-only sequences a Document
shows; they build :class:`~seedparse.Passage` and :class:`~seedparse.Citation` objects
when an item is read (equal each time, not the same object) and hold nothing else, so
memory stays flat however often a Document is read.

Packing is exact or not done: anything the records cannot hold exactly (a part of
another type, a negative ``seconds``, an int past 64 bits, an unhashable section) keeps
the parts as objects in the Core (``objects``), with the same behaviour.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, ClassVar, TypeVar, overload

from ._parts import Citation, Passage, Span

__all__ = [
    "Builder",
    "CitationRecord",
    "CitationView",
    "Core",
    "PassageView",
    "ShortRecord",
    "core_from_state",
    "pack",
]

T = TypeVar("T", Passage, Citation)

#: The version of the pickled state (``Core.state``).
STATE_VERSION = 1

# A passage record: its text's offset and length in body, kind (string index), span,
# section trail (string index), depth, and its citations: a run [first, first + count)
# of the citation records.
_P = 9
# A citation record: kind, text (body offset, or a string index when the length is
# -1), text length, span, target (-1 None, -2 prefix + seconds + "s", else a string
# index), seconds (-1 None), speaker (-1 None, else a string index).
_C = 8
_NONE = -1
_DERIVED = -2
# Short strings (kinds, speakers, section names) are interned: one copy per process.
_INTERN_MAX = 40
# The parts are built from records without their checks: the records hold values of
# exactly the fields' types, checked when they were written (see _parts).
_new = object.__new__
_init_span = Span.__attrs_init__
_init_citation = Citation.__attrs_init__
_init_passage = Passage.__attrs_init__


class _Unpackable(Exception):
    """A value the records cannot hold exactly; the parts stay objects."""


class Core:
    """The packed parts of one Document (see the module docstring). Immutable."""

    __slots__ = ("body", "citations", "count", "objects", "passages", "prefix", "strings")

    body: str
    passages: array[int]
    citations: array[int]
    strings: tuple[Any, ...]
    prefix: str
    count: int
    """How many citation records are the Document's citations (the records after them
    are passage citations that are not a run of those)."""
    objects: tuple[tuple[Passage, ...], tuple[Citation, ...]] | None

    def passage(self, index: int) -> Passage:
        """The passage record ``index`` built as a Passage (0 <= index < n)."""
        if self.objects is not None:
            return self.objects[0][index]
        base = index * _P
        start, length, kind, span_start, span_end, section, depth, first, count = self.passages[
            base : base + _P
        ]
        strings = self.strings
        citation = self.citation
        span = _new(Span)
        _init_span(span, span_start, span_end)
        passage = _new(Passage)
        _init_passage(
            passage,
            self.body[start : start + length],
            strings[kind],
            span,
            strings[section],
            tuple([citation(j) for j in range(first, first + count)]) if count else (),
            depth,
        )
        return passage

    def citation(self, index: int) -> Citation:
        """The citation record ``index`` built as a Citation."""
        if self.objects is not None:
            return self.objects[1][index]
        base = index * _C
        kind, ref, length, span_start, span_end, target, seconds, speaker = self.citations[
            base : base + _C
        ]
        strings = self.strings
        span = _new(Span)
        _init_span(span, span_start, span_end)
        citation = _new(Citation)
        _init_citation(
            citation,
            strings[kind],
            self.body[ref : ref + length] if length >= 0 else strings[ref],
            span,
            None
            if target == _NONE
            else f"{self.prefix}{seconds}s"
            if target == _DERIVED
            else strings[target],
            None if seconds == _NONE else seconds,
            None if speaker == _NONE else strings[speaker],
        )
        return citation

    def text(self) -> str:
        if self.objects is not None:
            return "\n\n".join(p.text for p in self.objects[0])
        return self.body

    def same_records(self, other: Core) -> bool:
        """Whether both hold the same records and strings: equal parts, proven
        without building any (False says nothing)."""
        if self.objects is not None or other.objects is not None:
            return False
        return (
            self.count == other.count
            and self.body == other.body
            and self.passages == other.passages
            and self.citations == other.citations
            and self.prefix == other.prefix
            and self.strings == other.strings
        )

    def state(self) -> tuple[Any, ...]:
        """What pickling sends: plain values, the records as little-endian bytes."""
        if self.objects is not None:
            return (STATE_VERSION, "", self.objects[0], self.objects[1])
        passages, citations = self.passages, self.citations
        if sys.byteorder == "big":  # pragma: no cover - little-endian machines only here
            passages, citations = (
                array(passages.typecode, passages),
                array(citations.typecode, citations),
            )
            passages.byteswap()
            citations.byteswap()
        return (
            STATE_VERSION,
            passages.typecode + citations.typecode,
            self.body,
            passages.tobytes(),
            citations.tobytes(),
            self.strings,
            self.prefix,
            self.count,
        )


def _new_core(
    body: str,
    passages: array[int],
    citations: array[int],
    strings: tuple[Any, ...],
    prefix: str,
    count: int,
) -> Core:
    # The slots' own setters: the parent of load_dir(workers=N) makes one Core per
    # Document it receives, and object.__setattr__ by name cost twice as much.
    core = _new(Core)
    _SET_BODY(core, body)
    _SET_PASSAGES(core, passages)
    _SET_CITATIONS(core, citations)
    _SET_STRINGS(core, strings)
    _SET_PREFIX(core, prefix)
    _SET_COUNT(core, count)
    _SET_OBJECTS(core, None)
    return core


_SET_BODY = vars(Core)["body"].__set__
_SET_PASSAGES = vars(Core)["passages"].__set__
_SET_CITATIONS = vars(Core)["citations"].__set__
_SET_STRINGS = vars(Core)["strings"].__set__
_SET_PREFIX = vars(Core)["prefix"].__set__
_SET_COUNT = vars(Core)["count"].__set__
_SET_OBJECTS = vars(Core)["objects"].__set__


def views(core: Core) -> tuple[PassageView, CitationView]:
    """``(PassageView(core), CitationView(core))`` without their ``__init__`` calls
    (what rebuilding a received Document does once per Document)."""
    passages = _new(PassageView)
    _SET_VIEW_CORE(passages, core)
    _SET_VIEW_HASH(passages, None)
    citations = _new(CitationView)
    _SET_VIEW_CORE(citations, core)
    _SET_VIEW_HASH(citations, None)
    return passages, citations


def _objects_core(passages: tuple[Passage, ...], citations: tuple[Citation, ...]) -> Core:
    core = _new_core("", array("i"), array("i"), (), "", len(citations))
    object.__setattr__(core, "objects", (passages, citations))
    return core


def core_from_state(state: tuple[Any, ...]) -> Core:
    """The inverse of :meth:`Core.state` (what unpickling calls)."""
    if state[0] != STATE_VERSION:
        raise ValueError(f"unknown packed Document state version {state[0]!r}")
    typecodes = state[1]
    if not typecodes:
        return _objects_core(tuple(state[2]), tuple(state[3]))
    _, _, body, passage_bytes, citation_bytes, strings, prefix, count = state
    passages, citations = array(typecodes[0]), array(typecodes[1])
    passages.frombytes(passage_bytes)
    citations.frombytes(citation_bytes)
    if sys.byteorder == "big":  # pragma: no cover - little-endian machines only here
        passages.byteswap()
        citations.byteswap()
    return _new_core(body, passages, citations, tuple(strings), prefix, count)


def pack(passages: tuple[Any, ...], citations: tuple[Any, ...]) -> Core:
    """A Core holding exactly ``passages`` and ``citations`` (objects when it cannot).

    What ``Document(passages=..., citations=...)`` calls with part objects: each is
    checked to be of exactly the type the records hold, then written with the same
    :class:`Builder` the readers use."""
    try:
        return _pack(passages, citations)
    except (_Unpackable, TypeError, OverflowError, AttributeError):
        return _objects_core(passages, citations)


#: A citation as a reader hands it to :meth:`Builder.passage`: ``(kind, text, start,
#: end, target, seconds, speaker)``; ``[start, end)`` is the span.
CitationRecord = tuple[str, str, int, int, str | None, int | None, str | None]
#: The same without ``speaker`` (None): what the transcript scanners, native and pure,
#: return.
ShortRecord = tuple[str, str, int, int, str | None, int | None]


class Builder:
    """Writes a :class:`Core` record by record: the one way a Core is made.

    A reader calls :meth:`passage` once per passage, in reading order, with the
    passage's citations as plain tuples (:data:`CitationRecord`, :data:`ShortRecord`),
    and :meth:`views` at the end. No Passage, Citation or Span object is made on the
    way: readers used to make two or three objects per item only for :func:`pack` to
    take them apart again (a third of the transcript reader's time went there).
    Every passage's citations become, in order, the Document's citations.

    The values are not checked: readers pass ``int`` offsets with ``0 <= start <=
    end``, ``str`` texts, kinds of :data:`~seedparse.PASSAGE_KINDS` and
    :data:`~seedparse.CITATION_KINDS`, ``section`` a tuple of ``str``, ``seconds``
    None or an int ``>= 0``. :func:`pack` checks part objects before it writes them
    with the same methods.
    """

    __slots__ = ("_at", "_citations", "_index", "_passages", "_prefix", "_strings", "_texts")

    def __init__(self) -> None:
        self._texts: list[str] = []  # the passages' texts, joined into the body at the end
        self._at = 0  # body offset of the next passage's text
        self._passages: list[int] = []
        self._citations: list[int] = []
        # The string table. Keys are the values themselves: only str and tuples of str
        # go in, and a str never equals a tuple.
        self._strings: list[Any] = []
        self._index: dict[Any, int] = {}
        self._prefix: str | None = None

    def string(self, value: Any) -> int:
        """The string-table index of ``value`` (a str or a tuple of str), added once."""
        found = self._index.get(value)
        if found is None:
            if type(value) is str and len(value) <= _INTERN_MAX:
                value = sys.intern(value)
            strings = self._strings
            found = self._index[value] = len(strings)
            strings.append(value)
        return found

    def passage(
        self,
        text: str,
        kind: str,
        start: int,
        end: int,
        section: tuple[str, ...] = (),
        depth: int = 0,
        citations: Sequence[CitationRecord | ShortRecord] = (),
    ) -> None:
        """Add a passage (its span ``[start, end)``) and its citations, which are also
        the next citations of the Document."""
        at = self._text(text)
        first = 0  # what a passage without citations records, as pack() does
        if citations:
            first = len(self._citations) // _C
            cite = self._cite
            for record in citations:
                cite(record, text, at)
        self._passage(at, text, kind, start, end, section, depth, first, len(citations))

    def passages(
        self,
        rows: Iterable[tuple[str, str, int, int, tuple[str, ...], Sequence[CitationRecord]]],
    ) -> None:
        """Add passages of depth 0, each ``(text, kind, start, end, section,
        citations)``: the records :meth:`passage` writes for each in turn, in one loop
        (a reader with a passage per line of its text spent a fifth of its time in
        the three calls a passage costs)."""
        texts = self._texts
        records = self._passages
        get = self._index.get
        string = self.string
        cite = self._cite
        at = self._at
        for text, kind, start, end, section, citations in rows:
            first = 0
            if citations:
                first = len(self._citations) // _C
                for record in citations:
                    cite(record, text, at)
            kind_ref = get(kind)
            if kind_ref is None:
                kind_ref = string(kind)
            section_ref = get(section)
            if section_ref is None:
                section_ref = string(section)
            texts.append(text)
            size = len(text)
            records += (at, size, kind_ref, start, end, section_ref, 0, first, len(citations))
            at += size + 2
        self._at = at

    def citation(self, record: CitationRecord) -> None:
        """Add a citation of the Document that sits in no passage (a related link)."""
        self._cite(record, None, 0)

    def views(self, order: str | None = None) -> tuple[PassageView, CitationView]:
        """``(passages, citations)`` for ``Document(passages=..., citations=...)``,
        which keeps them as they are: the Builder's records, packed once.

        The Document's citations are the citations in the order they were added, or
        with ``order="start"`` stably sorted by span start, ``order="span"`` by
        ``(start, end)``: what the page readers list."""
        count = len(self._citations) // _C
        if order is not None:
            self._sort(order == "span")
        core = self.core(count)
        return views(core)

    def _sort(self, by_end: bool) -> None:
        """Put the citation records in span order. A passage keeps its run when its
        citations stay next to each other; otherwise it gets a copy of them after the
        Document's citations (as :func:`pack` does for such a passage)."""
        records = self._citations
        count = len(records) // _C
        if by_end:
            order = sorted(range(count), key=lambda i: (records[i * _C + 3], records[i * _C + 4]))
        else:
            order = sorted(range(count), key=lambda i: records[i * _C + 3])
        if order == list(range(count)):
            return
        position = [0] * count
        ordered: list[int] = []
        for new, old in enumerate(order):
            position[old] = new
            ordered += records[old * _C : old * _C + _C]
        passages = self._passages
        extra: list[int] = []
        for base in range(0, len(passages), _P):
            first, own = passages[base + 7], passages[base + 8]
            if not own:
                continue
            moved = position[first]
            if all(position[first + k] == moved + k for k in range(own)):
                passages[base + 7] = moved
            else:
                passages[base + 7] = count + len(extra) // _C
                extra += records[first * _C : (first + own) * _C]
        self._citations = ordered + extra

    def core(self, count: int) -> Core:
        """The Core; its first ``count`` citation records are the Document's
        citations."""
        return _new_core(
            "\n\n".join(self._texts),
            _int_array(self._passages),
            _int_array(self._citations),
            tuple(self._strings),
            self._prefix or "",
            count,
        )

    # The primitives; :func:`pack` uses them directly for a Document whose citations
    # are not just its passages' citations in order.

    def _text(self, text: str) -> int:
        at = self._at
        self._texts.append(text)
        self._at = at + len(text) + 2
        return at

    def _passage(
        self,
        at: int,
        text: str,
        kind: str,
        start: int,
        end: int,
        section: tuple[str, ...],
        depth: int,
        first: int,
        count: int,
    ) -> None:
        # Most values are in the table already: a dict lookup, no call.
        get = self._index.get
        kind_ref = get(kind)
        section_ref = get(section)
        self._passages += (
            at,
            len(text),
            self.string(kind) if kind_ref is None else kind_ref,
            start,
            end,
            self.string(section) if section_ref is None else section_ref,
            depth,
            first,
            count,
        )

    def _cite(self, record: CitationRecord | ShortRecord, text: str | None, at: int) -> None:
        """Add a citation record; ``text`` is the passage it sits in (None: none) and
        ``at`` that text's offset in the body. A claim found in the passage text is
        stored as its offset there, not as a string of its own."""
        if len(record) == 6:
            kind, claim, start, end, target, seconds = record
            speaker = None
        else:
            kind, claim, start, end, target, seconds, speaker = record
        string = self.string
        kind_ref = self._index.get(kind)
        found = text.find(claim) if text is not None else -1
        if target is None:
            target_ref = _NONE
        elif seconds is None:
            target_ref = string(target)
        else:
            # A deep link: prefix + seconds + "s", the prefix taken from the first
            # target that ends in its own seconds after a non-digit.
            suffix = f"{seconds}s"
            prefix = self._prefix
            if prefix is None:
                cut = len(target) - len(suffix)
                if cut > 0 and target.endswith(suffix) and not target[cut - 1].isdigit():
                    prefix = self._prefix = target[:cut]
            if prefix is not None and target == prefix + suffix:
                target_ref = _DERIVED
            else:
                target_ref = string(target)
        self._citations += (
            string(kind) if kind_ref is None else kind_ref,
            at + found if found >= 0 else string(claim),
            len(claim) if found >= 0 else -1,
            start,
            end,
            target_ref,
            _NONE if seconds is None else seconds,
            _NONE if speaker is None else string(speaker),
        )


def _runs(passages: tuple[Any, ...], citations: tuple[Any, ...]) -> tuple[list[int], list[int]]:
    """For each passage, the first of its citations among ``citations`` (-1: they are
    not a run of them) and, for each citation, the passage it sits in (-1: none).
    Readers list a passage's citations as a run of the document's, in order, mostly
    the same objects, so this is one pass with a cursor."""
    firsts: list[int] = []
    owner = [-1] * len(citations)
    cursor = 0
    position: dict[int, int] | None = None
    for number, passage in enumerate(passages):
        own = passage.citations
        if type(own) is not tuple:
            raise _Unpackable
        if not own:
            firsts.append(0)
            continue
        first = cursor
        if not _is_run(citations, first, own):
            if position is None:
                position = {}
                for i, citation in enumerate(citations):
                    position.setdefault(id(citation), i)
            first = position.get(id(own[0]), -1)
            if first < 0 or not _is_run(citations, first, own):
                firsts.append(-1)
                continue
        firsts.append(first)
        for i in range(first, first + len(own)):
            if owner[i] < 0:
                owner[i] = number
        cursor = first + len(own)
    return firsts, owner


def _record(citation: Any) -> CitationRecord:
    """A part object as a :data:`CitationRecord`, checked to be one the records hold
    exactly (else _Unpackable: a negative ``seconds``, a field of another type)."""
    if type(citation) is not Citation:
        raise _Unpackable
    kind, claim, span = citation.kind, citation.text, citation.span
    target, seconds, speaker = citation.target, citation.seconds, citation.speaker
    if (
        type(span) is not Span
        or type(claim) is not str
        or type(kind) is not str
        or (target is not None and type(target) is not str)
        or (speaker is not None and type(speaker) is not str)
        or (seconds is not None and (type(seconds) is not int or seconds < 0))
    ):
        raise _Unpackable
    return (kind, claim, span.start, span.end, target, seconds, speaker)


def _section(value: Any) -> tuple[str, ...]:
    if type(value) is not tuple or any(type(item) is not str for item in value):
        raise _Unpackable
    return value


def _pack(passages: tuple[Any, ...], citations: tuple[Any, ...]) -> Core:
    for passage in passages:
        if (
            type(passage) is not Passage
            or type(passage.text) is not str
            or type(passage.kind) is not str
        ):
            raise _Unpackable
    builder = Builder()
    texts = [p.text for p in passages]
    starts = [builder._text(text) for text in texts]
    firsts, owner = _runs(passages, citations)
    cite = builder._cite
    # First the strings and the deep-link prefix, in the order a reader's Builder
    # meets them (passage by passage, each passage's citations before it), so that
    # equal parts make the same Core either way and equality of a parsed Document and
    # its from_dict() copy is proven without building parts (same_records); the
    # records are written afterwards, in the Document's order.
    home: dict[int, int] = {}  # a citation object's passage, for one not in a run
    for number, passage in enumerate(passages):
        own = passage.citations
        if type(own) is not tuple:
            raise _Unpackable
        for citation in own:
            cite(_record(citation), texts[number], starts[number])
            home.setdefault(id(citation), number)
        builder.string(passage.kind)
        builder.string(_section(passage.section))
    builder._citations = []
    for i, citation in enumerate(citations):
        number = owner[i]
        if number < 0:
            number = home.get(id(citation), -1)
        if number >= 0:
            cite(_record(citation), texts[number], starts[number])
        else:
            cite(_record(citation), None, 0)
    count = len(citations)
    next_record = count
    for number, passage in enumerate(passages):
        own = passage.citations
        first = firsts[number]
        if first < 0:  # not a run of the document's citations: records of its own
            for citation in own:
                cite(_record(citation), texts[number], starts[number])
            first = next_record
            next_record += len(own)
        span, depth = passage.span, passage.depth
        if type(span) is not Span or type(depth) is not int:
            raise _Unpackable
        builder._passage(
            starts[number],
            texts[number],
            passage.kind,
            span.start,
            span.end,
            _section(passage.section),
            depth,
            first,
            len(own),
        )
    return builder.core(count)


def _is_run(citations: tuple[Any, ...], first: int, own: tuple[Any, ...]) -> bool:
    # A tuple comparison in C; it tries identity before ==, as the readers' objects
    # are mostly the same ones.
    return citations[first : first + len(own)] == own


def _int_array(values: list[int]) -> array[int]:
    """The narrowest of 16, 32 and 64-bit ints that holds every value: 16 bits for a
    text under 32,768 characters, most documents of a crawl."""
    for typecode in ("h", "i"):
        try:
            return array(typecode, values)
        except OverflowError:
            continue
    return array("q", values)


class _View(Sequence[T]):
    """What the two views share: a Core, a cached hash, tuple-like behaviour. A
    subclass says which of the Core's parts it shows (``_PART``: 0 passages, 1
    citations)."""

    __slots__ = ("_core", "_hash")
    _PART: ClassVar[int]

    _core: Core
    _hash: int | None

    def __init__(self, core: Core) -> None:
        self._core = core
        self._hash = None

    def __len__(self) -> int:
        core = self._core
        if core.objects is not None:
            return len(core.objects[self._PART])
        return len(core.passages) // _P if self._PART == 0 else core.count

    def _item(self, index: int) -> T:
        core = self._core
        built = core.passage(index) if self._PART == 0 else core.citation(index)
        return built  # type: ignore[return-value]

    def __iter__(self) -> Iterator[T]:
        core = self._core
        if core.objects is not None:
            return iter(core.objects[self._PART])  # type: ignore[arg-type]
        build = core.passage if self._PART == 0 else core.citation
        return map(build, range(len(self)))  # type: ignore[arg-type]

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple([self._item(i) for i in range(*index.indices(len(self)))])
        size = len(self)
        position = index.__index__()
        if position < 0:
            position += size
        if not 0 <= position < size:
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._item(position)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _View):
            if type(other) is not type(self):
                return False
            mine, theirs = self._core, other._core
            if theirs is mine or mine.same_records(theirs):
                return True
            if len(self) != len(other):
                return False
            # Different bodies prove different passage texts, without building any.
            if (
                self._PART == 0
                and mine.objects is None
                and theirs.objects is None
                and mine.body != theirs.body
            ):
                return False
            return all(a == b for a, b in zip(self, other, strict=True))
        if isinstance(other, tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        # Equal to the hash of the tuple of the same items, as Python requires of two
        # objects that compare equal; built once, then cached.
        if self._hash is None:
            self._hash = hash(tuple(self))
        return self._hash

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (tuple, (tuple(self),))


class PassageView(_View[Passage]):
    """``Document.passages``: a read-only sequence that builds each Passage when read.

    Indexing, slicing (a tuple), ``len``, iteration, ``in``, ``index``, ``count`` and
    ``==`` with a tuple or another view work as with a tuple; ``+`` does not (write
    ``(*doc.passages, p)``).
    """

    __slots__ = ()
    _PART = 0


class CitationView(_View[Citation]):
    """``Document.citations``: a read-only sequence that builds each Citation when
    read (see :class:`PassageView`)."""

    __slots__ = ()
    _PART = 1


_SET_VIEW_CORE = vars(_View)["_core"].__set__
_SET_VIEW_HASH = vars(_View)["_hash"].__set__
