"""The ``web-page`` reader: the rendered text of a scraped page, with the helpers only it
uses (embedded JSON, page metadata, the line model, bylines, the body and the tail).
"""

from __future__ import annotations

from .reader import SiteProfile, WebPageReader

__all__ = ["SiteProfile", "WebPageReader"]
