"""The Parquet output of ``seedparse load DIR --out FILE.parquet``."""

from __future__ import annotations

from collections.abc import Callable

from .._model import Document
from .arrow import ParquetSink, checked_layout

__all__ = ["parquet_out"]


def parquet_out(
    path: str, table: str, max_chars: int, overlap: int
) -> tuple[Callable[[Document], None], Callable[[], None]]:
    """A writer of Documents into a streaming Parquet file, and its close."""
    sink = ParquetSink(path, checked_layout(table, None, max_chars, overlap, False))
    return sink.write, sink.close
