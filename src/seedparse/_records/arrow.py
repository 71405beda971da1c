"""Documents, passages and chunks as Arrow tables and Parquet files.

Why a fixed schema: metadata comes from the sources themselves (front matter, the
JSON a page embeds), so the same key is a string in one file and a list in the next
(``tags: foo`` / ``tags: [foo, bar]``), and ``pyarrow.Table.from_pylist`` of
``to_dict()`` output fails or guesses per batch. Here the schema is a function of the
arguments alone, never of the data: every batch of a streaming write, and every file
of a dataset written on different machines, has the same columns and types.

* Every metadata value is kept, losslessly, in ``metadata_json`` (a JSON object).
* The documented keys (:data:`METADATA_COLUMNS`) are also typed columns; a value is
  coerced to the column's type the same way in every document (a scalar in a list
  column becomes a one-item list, a list in a string column its JSON text).
* Other keys become typed columns when asked: ``metadata_columns={"rating": "int"}``
  (:func:`infer_metadata_columns` proposes such a mapping from a first pass).
* Dates are dates: ``published`` is ``date32``, ``published_iso`` the exact value.

pyarrow is imported on first use; without it the functions raise ArgumentError
naming the ``arrow`` extra.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .._errors import ArgumentError, needs_extra
from .._model import Citation, Document, thaw
from .chunks import KEY_METADATA, Chunk, check_options

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "METADATA_COLUMNS",
    "TABLES",
    "Layout",
    "ParquetSink",
    "arrow_schema",
    "checked_layout",
    "infer_metadata_columns",
    "to_arrow",
    "write_parquet",
]

Table = Literal["documents", "passages", "chunks"]
ColumnKind = Literal["str", "list[str]", "int", "float", "bool", "date"]

#: The table names :func:`to_arrow` and :func:`write_parquet` accept.
TABLES: tuple[str, ...] = ("documents", "passages", "chunks")
_KINDS = ("str", "list[str]", "int", "float", "bool", "date")

#: The documented metadata keys (the derived keys of docs/model.md) and the type of their column.
METADATA_COLUMNS: Mapping[str, ColumnKind] = {
    "video_id": "str",
    "channel": "str",
    "url": "str",
    "type": "str",
    "publisher": "str",
    "keywords": "list[str]",
    "article_section": "list[str]",
    "topics": "list[str]",
    "regions": "list[str]",
    "tags": "list[str]",
    "source_publication": "str",
    "dek": "str",
    "bio": "str",
    "disclaimer": "str",
    "kicker": "str",
    "encoding": "str",
    "warnings": "list[str]",
    "leftovers": "list[str]",
    "captions": "list[str]",
    "dropped_markup": "list[str]",
}

_SCHEMA_VERSION = "1"
_BATCH_DOCUMENTS = 512
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:$|[T ])", re.ASCII)
_INT = re.compile(r"[+-]?[0-9]{1,18}", re.ASCII)
_INT64 = (-(2**63), 2**63 - 1)


def _pyarrow() -> Any:
    with needs_extra("Arrow and Parquet output need pyarrow", "arrow"):
        import pyarrow
    return pyarrow


def _parquet() -> Any:
    _pyarrow()
    import pyarrow.parquet

    return pyarrow.parquet


# --------------------------------------------------------------------------- coercion


def _as_str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(thaw(value), ensure_ascii=False, allow_nan=False)


def _as_str_list(value: Any) -> list[str | None] | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return [_as_str(item) for item in value]
    return [_as_str(value)]


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and _INT.fullmatch(value.strip()):
        value = int(value.strip())
    if isinstance(value, int) and _INT64[0] <= value <= _INT64[1]:
        return value
    return None


def _as_float(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if number == number and abs(number) != float("inf") else None
    return None


def _as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _as_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    match = _ISO_DATE.match(value.strip())
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_COERCE: dict[str, Callable[[Any], Any]] = {
    "str": _as_str,
    "list[str]": _as_str_list,
    "int": _as_int,
    "float": _as_float,
    "bool": _as_bool,
    "date": _as_date,
}


def _arrow_type(kind: str) -> Any:
    pa = _pyarrow()
    return {
        "str": pa.string(),
        "list[str]": pa.list_(pa.string()),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }[kind]


def infer_metadata_columns(documents: Iterable[Document]) -> dict[str, ColumnKind]:
    """A ``metadata_columns`` mapping for the keys of ``documents`` that have no column
    yet, each typed so that every value seen fits: a list anywhere makes a list
    column, ISO dates everywhere a date column, numbers a number column, else text.

    For a streaming write, run it over the files first (or a sample), then pass the
    result to :func:`write_parquet`.

    .. versionadded:: 0.2.0
    """
    seen: dict[str, set[str]] = {}
    for document in documents:
        _check_document(document)
        for key, value in document.metadata.items():
            if key in METADATA_COLUMNS or key in _RESERVED:
                continue
            seen.setdefault(key, set()).add(_kind_of(value))
    return {key: _unify(kinds) for key, kinds in seen.items() if kinds - {"null"}}


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int" if _INT64[0] <= value <= _INT64[1] else "str"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "date" if _as_date(value) is not None else "str"
    if isinstance(value, tuple):
        return "list[str]"
    return "str"  # an object: its JSON text


def _unify(kinds: set[str]) -> ColumnKind:
    kinds = kinds - {"null"}
    if "list[str]" in kinds:
        return "list[str]"
    if len(kinds) == 1:
        (kind,) = kinds
        return kind  # type: ignore[return-value]
    if kinds <= {"int", "float"}:
        return "float"
    return "str"


# --------------------------------------------------------------------------- schema

_DOCUMENT_HEAD = ("id", "digest", "source", "reader", "title", "authors", "published",
                  "published_iso", "dateline")  # fmt: skip
_DOCUMENT_TAIL = ("metadata_json", "text", "passage_count", "citations")
_PASSAGE_COLUMNS = ("id", "document_id", "index", "source", "reader", "kind", "text",
                    "section", "depth", "start", "end", "citations")  # fmt: skip
_CHUNK_HEAD = ("id", "document_id", "index", "source", "reader", "title", "authors",
               "published", "published_iso", "dateline")  # fmt: skip
_CHUNK_TAIL = ("text", "overlap", "section", "spans", "passages", "citations")
_RESERVED = frozenset(
    _DOCUMENT_HEAD + _DOCUMENT_TAIL + _PASSAGE_COLUMNS + _CHUNK_HEAD + _CHUNK_TAIL
)


def _citation_type() -> Any:
    pa = _pyarrow()
    return pa.struct(
        [
            ("kind", pa.string()),
            ("text", pa.string()),
            ("target", pa.string()),
            ("seconds", pa.int64()),
            ("speaker", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
        ]
    )


def _check_table(table: object) -> None:
    if table not in TABLES:
        raise ArgumentError(f"table must be one of {', '.join(TABLES)}, not {table!r}")


def _check_columns(metadata_columns: Mapping[str, str] | None) -> dict[str, str]:
    if metadata_columns is None:
        return {}
    if not isinstance(metadata_columns, Mapping):
        raise ArgumentError("metadata_columns must be a mapping of key to column type")
    extra: dict[str, str] = {}
    for key, kind in metadata_columns.items():
        if not isinstance(key, str) or key in _RESERVED or key in METADATA_COLUMNS:
            raise ArgumentError(f"metadata_columns: {key!r} is already a column")
        if kind not in _KINDS:
            raise ArgumentError(
                f"metadata_columns[{key!r}] must be one of {', '.join(_KINDS)}, not {kind!r}"
            )
        extra[key] = kind
    return extra


def _meta_columns(table: str, extra: Mapping[str, str]) -> dict[str, str]:
    if table == "documents":
        return {**METADATA_COLUMNS, **extra}
    if table == "chunks":
        return {**{k: METADATA_COLUMNS[k] for k in KEY_METADATA}, **extra}
    return {}


def arrow_schema(
    table: Table = "documents",
    *,
    metadata_columns: Mapping[str, str] | None = None,
    max_chars: int = 2000,
    overlap: int = 0,
    cross_sections: bool = False,
) -> pa.Schema:
    """The Arrow schema of :func:`to_arrow` for these arguments (see
    :doc:`/vector-index` for every column).

    .. versionadded:: 0.2.0
    """
    extra = _checked(table, metadata_columns, max_chars, overlap, cross_sections)
    return _schema(table, extra, max_chars, overlap, cross_sections)


def _checked(
    table: object,
    metadata_columns: Mapping[str, str] | None,
    max_chars: int,
    overlap: int,
    cross_sections: bool,
) -> dict[str, str]:
    """Every check of a table's arguments, in one order (raising ArgumentError); the
    extra typed metadata columns asked for."""
    _check_table(table)
    check_options(max_chars, overlap, cross_sections)
    return _check_columns(metadata_columns)


# The columns of each table, in order. A column name has one type wherever it stands
# (``_column_types``); "<document>" is the document's own fields (source ... dateline),
# "<metadata>" the typed metadata columns of the table.
_TABLE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "documents": (
        "id", "digest", "<document>", "<metadata>",
        "metadata_json", "text", "passage_count", "citations",
    ),
    "passages": (
        "id", "document_id", "index", "source", "reader",
        "kind", "text", "section", "depth", "start", "end", "citations",
    ),
    "chunks": (
        "id", "document_id", "index", "<document>", "<metadata>",
        "text", "overlap", "section", "spans", "passages", "citations",
    ),
}  # fmt: skip
_DOCUMENT_COLUMNS = (
    "source", "reader", "title", "authors", "published", "published_iso", "dateline"
)  # fmt: skip
# Columns that are never null (the others may be).
_REQUIRED = frozenset(
    ("id", "document_id", "index", "source", "reader", "metadata_json", "text",
     "passage_count", "kind", "depth", "start", "end", "overlap")
)  # fmt: skip


def _column_types() -> dict[str, Any]:
    pa = _pyarrow()
    string, strings, i32, i64 = pa.string(), pa.list_(pa.string()), pa.int32(), pa.int64()
    return {
        "id": string, "digest": string, "document_id": string, "index": i32,
        "source": string, "reader": string, "title": string, "authors": strings,
        "published": pa.date32(), "published_iso": string, "dateline": string,
        "metadata_json": string, "text": string, "passage_count": i32, "kind": string,
        "section": strings, "depth": i32, "start": i64, "end": i64, "overlap": i32,
        "spans": pa.list_(pa.struct([("start", i64), ("end", i64)])),
        "passages": pa.list_(i32), "citations": pa.list_(_citation_type()),
    }  # fmt: skip


def _schema(
    table: str, extra: Mapping[str, str], max_chars: int, overlap: int, cross_sections: bool
) -> Any:
    pa = _pyarrow()
    types = _column_types()
    fields = []
    for name in _TABLE_COLUMNS[table]:
        if name == "<metadata>":
            metadata = _meta_columns(table, extra).items()
            fields += [pa.field(key, _arrow_type(kind)) for key, kind in metadata]
            continue
        for column in _DOCUMENT_COLUMNS if name == "<document>" else (name,):
            fields.append(pa.field(column, types[column], nullable=column not in _REQUIRED))
    info = {"seedparse.table": table, "seedparse.schema": _SCHEMA_VERSION}
    if table == "chunks":
        info["seedparse.chunks"] = json.dumps(
            {"max_chars": max_chars, "overlap": overlap, "cross_sections": cross_sections}
        )
    return pa.schema(fields, metadata=info)


# --------------------------------------------------------------------------- rows


class _Citations:
    """A ``list<citation>`` column built from flat field lists (several times faster
    than converting one dict per citation)."""

    _FIELDS = ("kind", "text", "target", "seconds", "speaker", "start", "end")

    def __init__(self) -> None:
        self.offsets = [0]
        self.fields: tuple[list[Any], ...] = tuple([] for _ in self._FIELDS)

    def append(self, citations: Iterable[Citation]) -> None:
        kind, text, target, seconds, speaker, start, end = self.fields
        for c in citations:
            kind.append(c.kind)
            text.append(c.text)
            target.append(c.target)
            seconds.append(c.seconds)
            speaker.append(c.speaker)
            start.append(c.span.start)
            end.append(c.span.end)
        self.offsets.append(len(kind))

    def array(self, arrow_type: Any) -> Any:
        pa = _pyarrow()
        struct_type = arrow_type.value_type
        values = pa.StructArray.from_arrays(
            [
                pa.array(column, type=struct_type.field(i).type)
                for i, column in enumerate(self.fields)
            ],
            fields=list(struct_type),
        )
        return pa.ListArray.from_arrays(pa.array(self.offsets, type=pa.int32()), values)


def _published(document: Document) -> tuple[dt.date | None, str | None]:
    value = document.published
    if value is None:
        return None, None
    day = value.date() if isinstance(value, dt.datetime) else value
    return day, value.isoformat()


class _Batch:
    """Column lists for one record batch of one table."""

    def __init__(self, layout: Layout) -> None:
        self.table = layout.table
        self.schema = layout.schema
        self.meta = layout.meta
        self.chunking = layout.chunking
        self.columns: dict[str, list[Any]] = {name: [] for name in self.schema.names}
        self.citations = _Citations()
        self.documents = 0

    def _document_columns(self, document: Document, count: int) -> None:
        day, iso = _published(document)
        columns = self.columns
        for name, value in (
            ("source", document.source),
            ("reader", document.reader),
            ("title", document.title),
            ("authors", list(document.authors)),
            ("published", day),
            ("published_iso", iso),
            ("dateline", document.dateline),
        ):
            if name in columns:
                columns[name].extend([value] * count)
        metadata = document.metadata
        for key, kind in self.meta.items():
            coerced = _COERCE[kind](metadata.get(key))
            columns[key].extend([coerced] * count)

    def add(self, document: Document) -> None:
        if self.table == "documents":
            self._add_document(document)
        elif self.table == "passages":
            self._add_passages(document)
        else:
            max_chars, overlap, cross_sections = self.chunking
            self._add_chunks(document, document.chunks(
                max_chars=max_chars, overlap=overlap, cross_sections=cross_sections
            ))  # fmt: skip
        self.documents += 1

    def _add_document(self, document: Document) -> None:
        c = self.columns
        c["id"].append(document.id)
        c["digest"].append(document.digest)
        self._document_columns(document, 1)
        c["metadata_json"].append(
            json.dumps(thaw(document.metadata), ensure_ascii=False, allow_nan=False)
        )
        c["text"].append(document.text)
        c["passage_count"].append(len(document.passages))
        self.citations.append(document.citations)

    def _add_passages(self, document: Document) -> None:
        c = self.columns
        doc_id = document.id
        count = len(document.passages)
        c["id"].extend(document.passage_ids)
        c["document_id"].extend([doc_id] * count)
        c["index"].extend(range(count))
        c["source"].extend([document.source] * count)
        c["reader"].extend([document.reader] * count)
        for passage in document.passages:
            c["kind"].append(passage.kind)
            c["text"].append(passage.text)
            c["section"].append(list(passage.section))
            c["depth"].append(passage.depth)
            c["start"].append(passage.span.start)
            c["end"].append(passage.span.end)
            self.citations.append(passage.citations)

    def _add_chunks(self, document: Document, chunks: tuple[Chunk, ...]) -> None:
        c = self.columns
        self._document_columns(document, len(chunks))
        for chunk in chunks:
            c["id"].append(chunk.id)
            c["document_id"].append(chunk.document_id)
            c["index"].append(chunk.index)
            c["text"].append(chunk.text)
            c["overlap"].append(chunk.overlap)
            c["section"].append(list(chunk.section))
            c["spans"].append([{"start": s.start, "end": s.end} for s in chunk.spans])
            c["passages"].append(list(chunk.passages))
            self.citations.append(chunk.citations)

    def finish(self) -> Any:
        pa = _pyarrow()
        arrays = [
            self.citations.array(field.type)
            if field.name == "citations"
            else pa.array(self.columns[field.name], type=field.type)
            for field in self.schema
        ]
        return pa.RecordBatch.from_arrays(arrays, schema=self.schema)


def _check_document(item: object) -> Document:
    if not isinstance(item, Document):
        hint = " (leave out the Failures of iter_dir(errors='collect'))" if hasattr(
            item, "error"
        ) else ""  # fmt: skip
        raise ArgumentError(f"expected a Document, not {type(item).__name__}{hint}")
    return item


def _batches(documents: Iterable[Document], layout: Layout) -> Iterator[Any]:
    sink = _BatchSink(layout)
    for item in documents:
        if (full := sink.add(item)) is not None:
            yield full
    if (last := sink.finish()) is not None:
        yield last


class _BatchSink:
    """Documents in, record batches of ``_BATCH_DOCUMENTS`` documents out: the one
    batching of :func:`to_arrow` (which pulls) and :class:`ParquetSink` (which is
    pushed to)."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.batch = _Batch(layout)

    def add(self, item: object) -> Any | None:
        """Add one document; the batch it filled, if it filled one."""
        self.batch.add(_check_document(item))
        return self.finish() if self.batch.documents >= _BATCH_DOCUMENTS else None

    def finish(self) -> Any | None:
        """The batch of the documents added since the last one (None if there are
        none); a new batch is started."""
        if not self.batch.documents:
            return None
        done = self.batch
        self.batch = _Batch(self.layout)
        return done.finish()


@attrs.frozen
class Layout:
    """The checked arguments of one table: which table, its typed metadata columns,
    how documents are chunked, and the Arrow schema. Made once per call by
    :func:`checked_layout`, so :func:`to_arrow`, :func:`write_parquet` and the CLI's
    Parquet output check and derive them the same way."""

    table: str
    meta: Mapping[str, str]
    chunking: tuple[int, int, bool]
    schema: Any


def checked_layout(
    table: object,
    metadata_columns: Mapping[str, str] | None,
    max_chars: int,
    overlap: int,
    cross_sections: bool,
) -> Layout:
    """Check the arguments (raising ArgumentError) and derive the table's layout.

    pyarrow is imported first, so that a missing pyarrow is what is reported, whatever
    the arguments are."""
    _pyarrow()
    extra = _checked(table, metadata_columns, max_chars, overlap, cross_sections)
    name = str(table)
    return Layout(
        table=name,
        meta=_meta_columns(name, extra),
        chunking=(max_chars, overlap, cross_sections),
        schema=_schema(name, extra, max_chars, overlap, cross_sections),
    )


def to_arrow(
    documents: Iterable[Document],
    table: Table = "documents",
    *,
    metadata_columns: Mapping[str, str] | None = None,
    max_chars: int = 2000,
    overlap: int = 0,
    cross_sections: bool = False,
) -> pa.Table:
    """One Arrow table of ``documents``: a row per document, per passage or per chunk
    (``max_chars``, ``overlap`` and ``cross_sections`` as in :meth:`Document.chunks`).

    The schema is :func:`arrow_schema` of the same arguments, whatever the documents hold.

    .. versionadded:: 0.2.0
    """
    pa = _pyarrow()
    layout = checked_layout(table, metadata_columns, max_chars, overlap, cross_sections)
    return pa.Table.from_batches(list(_batches(documents, layout)), schema=layout.schema)


class ParquetSink:
    """Write documents to a Parquet file as they come, one record batch at a time, so
    memory holds one batch (512 documents), never the whole input. ``layout`` is
    :func:`checked_layout` of the table's arguments."""

    def __init__(self, path: str | os.PathLike[str], layout: Layout) -> None:
        pq = _parquet()
        try:
            self._writer = pq.ParquetWriter(os.fspath(path), layout.schema)
        except (OSError, ValueError) as error:
            raise ArgumentError(f"cannot write Parquet to {os.fspath(path)!s}: {error}") from error
        self._batches = _BatchSink(layout)
        self.rows = 0
        """Rows written so far."""

    def write(self, document: Document) -> None:
        self._write(self._batches.add(document))

    def _write(self, batch: Any | None) -> None:
        if batch is not None:
            self._writer.write_batch(batch)
            self.rows += batch.num_rows

    def close(self) -> None:
        """Write what is left and close the file (also on an error, so that the file is
        a valid Parquet file of the rows written so far)."""
        try:
            self._write(self._batches.finish())
        finally:
            self._writer.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_parquet(
    documents: Iterable[Document],
    path: str | os.PathLike[str],
    table: Table = "documents",
    *,
    metadata_columns: Mapping[str, str] | None = None,
    max_chars: int = 2000,
    overlap: int = 0,
    cross_sections: bool = False,
) -> int:
    """Stream ``documents`` (any iterable, e.g. :func:`seedparse.iter_dir`) into a
    Parquet file with the schema of :func:`to_arrow`; returns the number of rows.

    Memory holds one batch of documents at a time, not the whole input.

    .. versionadded:: 0.2.0
    """
    _parquet()  # a missing pyarrow (or its parquet module) before a bad argument
    layout = checked_layout(table, metadata_columns, max_chars, overlap, cross_sections)
    with ParquetSink(path, layout) as sink:
        for document in documents:
            sink.write(document)
    return sink.rows
