"""The warnings seedparse issues through Python's :mod:`warnings` module.

Warnings are for things the library worked around that the user should still hear
about: they do not stop the call, and they can be silenced or turned into errors
with the ordinary warning filters (``-W error::seedparse.SeedparseWarning``).
Per-document problems are not warnings: they go to ``Document.warnings``.
"""

from __future__ import annotations

__all__ = ["ReaderConflictWarning", "SeedparseWarning"]


class SeedparseWarning(UserWarning):
    """Root of every warning seedparse issues.

    .. versionadded:: 0.2.0
    """


class ReaderConflictWarning(SeedparseWarning):
    """Readers found through entry points claimed a name that was already taken.

    A plugin never displaces a built-in reader, and two plugins with one name are
    both left out; the message names the name and the distributions involved. See
    :attr:`seedparse.ReaderRegistry.conflicts`.

    .. versionadded:: 0.2.0
    """
