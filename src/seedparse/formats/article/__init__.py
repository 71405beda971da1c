"""The ``article`` reader (also the fallback for any text): plain-text news and analysis,
with the helpers only it uses (the line model, the header: title, dateline, byline, kicker).
"""

from __future__ import annotations

from .reader import ArticleReader

__all__ = ["ArticleReader"]
