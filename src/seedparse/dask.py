"""Reading a collection of any size on a Dask cluster, in :func:`seedparse.load_dir`'s order.

    >>> import seedparse.dask
    >>> bag = seedparse.dask.read_dir("s3://bucket/pages/")      # doctest: +SKIP
    >>> documents = bag.filter(lambda item: isinstance(item, seedparse.Document))

The client takes one listing (the same walk as :func:`seedparse.load_dir`: sorted
relative paths, every object accounted for) and ships only the names, cut into
partitions of ``files_per_partition``; each task opens the filesystem itself and
reads its objects (the way Dask's own ``read_text`` works), so no file content ever
passes through the client or the scheduler. Progress is Dask's: the dashboard, or
``distributed.progress`` on a persisted bag, or ``dask.diagnostics.ProgressBar`` with
the local schedulers. A worker that dies takes no file with it: Dask runs the lost
tasks again elsewhere, and the result is the same.

Needs the ``dask`` extra (``pip install 'seedparse[dask]'``), and the ``remote`` extra
for URLs. ``import seedparse.dask`` works without them; :func:`read_dir` then raises
an :class:`~seedparse.ArgumentError` that says what to install.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._api import (
    EncodingErrors,
    Errors,
    _as_error,
    _as_failure,
    _check_walk,
    _entries,
    _load_entry,
)
from ._errors import ArgumentError, needs_extra
from ._io.decode import check_encoding
from ._io.walk import Entry, glob_to_regex
from ._limits import Limits
from ._model import Document, Failure

if TYPE_CHECKING:
    import dask.bag

__all__ = ["read_dir"]


def _bag_module() -> Any:
    with needs_extra("seedparse.dask needs Dask, which is not installed", "dask"):
        import dask.bag
    return dask.bag


def read_dir(
    url: str | os.PathLike[str],
    *,
    storage_options: Mapping[str, Any] | None = None,
    pattern: str = "**/*",
    errors: Errors = "collect",
    files_per_partition: int = 128,
    reader: str | None = None,
    limits: Limits | None = None,
    encoding_errors: EncodingErrors = "replace",
    encoding: str | None = None,
) -> dask.bag.Bag:
    """A ``dask.bag.Bag`` of the Documents (and :class:`~seedparse.Failure`\\ s) under
    ``url``, in the order :func:`seedparse.load_dir` gives them.

    ``url`` is an fsspec URL (``s3://bucket/prefix``, ``gs://...``, a chained URL) or
    a local path (which every worker must see, e.g. a shared mount). ``errors`` is as
    for :func:`~seedparse.load_dir`: ``"collect"`` (the default here: a long job
    should not die for one bad file) puts a Failure in a bad file's place, ``"skip"``
    leaves it out, ``"raise"`` fails the computation with that file's error. The
    listing is taken now, on the client; nothing is read until the bag is computed.
    ``reader`` is a reader name that the workers know (built-in or entry point);
    ``encoding`` forces a codec, as for :func:`~seedparse.load_dir`.

    ``compute()`` gives a list; ``bag.map(...)`` / ``bag.filter(...)`` go on from
    here, and ``persist()`` keeps the Documents on the workers.

    .. versionadded:: 0.2.0
    """
    bag = _bag_module()
    if (
        not isinstance(files_per_partition, int)
        or isinstance(files_per_partition, bool)
        or files_per_partition < 1
    ):
        raise ArgumentError(
            f"files_per_partition must be a positive int, not {files_per_partition!r}"
        )
    root, active = _check_walk(url, errors, None, pattern, reader, limits, encoding_errors)
    check_encoding(encoding)
    entries = list(_entries(url, root, glob_to_regex(pattern), active, storage_options))
    if not entries:
        empty: dask.bag.Bag = bag.from_sequence([], npartitions=1)
        return empty
    names = bag.from_sequence(entries, partition_size=files_per_partition)
    read: dask.bag.Bag = names.map_partitions(
        _read_partition,
        errors=errors,
        reader=reader,
        limits=active,
        encoding_errors=encoding_errors,
        encoding=encoding,
    )
    return read


def _read_partition(
    entries: Sequence[Entry],
    *,
    errors: Errors,
    reader: str | None,
    limits: Limits,
    encoding_errors: EncodingErrors,
    encoding: str | None,
) -> list[Document | Failure]:
    """One task: read and parse a partition's files in this worker, in order (the
    small remote objects fetched concurrently, a window ahead of the parser)."""
    from ._remote import prefetch

    out: list[Document | Failure] = []
    for entry in prefetch(entries, limits):
        outcome = (
            entry.failure
            if entry.failure is not None
            else _load_entry(entry, reader=reader, limits=limits, encoding_errors=encoding_errors)
        )
        if isinstance(outcome, Document):
            out.append(outcome)
        elif errors == "raise":
            raise _as_error(entry, outcome)
        elif errors == "collect":
            out.append(_as_failure(entry, outcome))
    return out
