"""The ``web-page`` reader: the rendered text of a scraped page, with the helpers only it
uses (what the page's JSON says, the line model, bylines, the body and the tail).
"""

from __future__ import annotations

from .reader import SiteProfile, WebPageReader

__all__ = ["SiteProfile", "WebPageReader"]
