"""Sphinx configuration: MyST markdown pages plus the API reference from docstrings."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "seedparse"
author = "The seedparse developers"
copyright = "2026, The seedparse developers"
release = _version("seedparse")
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.intersphinx"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]
html_theme = "alabaster"

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
nitpicky = False
intersphinx_mapping: dict[str, tuple[str, None]] = {}
suppress_warnings = ["myst.xref_missing"]
