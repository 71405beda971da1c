"""The built-in readers, one package each (the reader and the helpers only it uses),
registered through the entry-point group ``seedparse.readers`` like any plugin.

The package is called ``formats`` rather than ``readers`` so that it never shadows
the :func:`seedparse.readers` function.
"""

from __future__ import annotations

__all__: list[str] = []
