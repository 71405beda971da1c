"""The built-in readers, one module each, registered through the entry-point group
``seedparse.readers`` like any plugin."""

from __future__ import annotations

__all__: list[str] = []
