"""The options the LangChain loader and the LlamaIndex reader share.

Both take ``mode`` and ``**options``; the options' names, defaults and checks are
written once (``AdapterArguments`` for their types, ``AdapterOptions`` for defaults and
checks). These tests hold the two declarations together and the adapters' docstrings
(the only place a reader of ``help()`` sees the defaults) to the real defaults.
"""

from __future__ import annotations

import importlib
import typing

import attrs
import pytest

from seedparse import ArgumentError
from seedparse._records.adapters import Adapter, AdapterArguments, AdapterOptions

ADAPTERS = [
    ("seedparse.integrations.langchain", "SeedparseLoader", "langchain_core"),
    ("seedparse.integrations.llama_index", "SeedparseReader", "llama_index.core"),
]


def test_the_typed_arguments_are_the_options_fields() -> None:
    assert typing.get_type_hints(AdapterArguments) == typing.get_type_hints(AdapterOptions)
    assert all(field.default is not attrs.NOTHING for field in attrs.fields(AdapterOptions))


@pytest.mark.parametrize(("module", "name", "library"), ADAPTERS)
def test_each_adapter_documents_the_real_defaults(module: str, name: str, library: str) -> None:
    pytest.importorskip(library)
    adapter = getattr(importlib.import_module(module), name)
    doc = " ".join((adapter.__doc__ or "").split())
    for field in attrs.fields(AdapterOptions):
        assert f"``{field.name}={field.default!r}``" in doc, field.name


@pytest.mark.parametrize(("module", "name", "library"), ADAPTERS)
def test_each_adapter_checks_its_options_when_made(module: str, name: str, library: str) -> None:
    pytest.importorskip(library)
    adapter = getattr(importlib.import_module(module), name)
    args = ("seeds",) if name == "SeedparseLoader" else ()
    made = adapter(*args, max_chars=500, workers=2)
    assert made.options == AdapterOptions(max_chars=500, workers=2)
    with pytest.raises(ArgumentError, match="overlap"):
        adapter(*args, max_chars=100, overlap=100)
    with pytest.raises(ArgumentError, match="errors"):
        adapter(*args, errors="ignore")
    with pytest.raises(TypeError, match="colour"):
        adapter(*args, colour="red")


class _Pair(Adapter):
    """An adapter of two modes.

    .. versionadded:: 9.9
    """

    MODES = ("first", "second")

    def __init__(self, mode: str = "first", **options: object) -> None:
        self._configure(mode, options)  # type: ignore[arg-type]


def test_an_adapter_checks_its_mode_and_documents_the_options() -> None:
    assert _Pair("second", overlap=5).options == AdapterOptions(overlap=5)
    with pytest.raises(ArgumentError, match="mode must be 'first' or 'second', not 'x'"):
        _Pair("x")
    doc = _Pair.__doc__ or ""
    # The sentence goes before the version note, once.
    assert doc.index("``max_chars=2000``") < doc.index(".. versionadded:: 9.9")
    assert doc.count("**options") == 1
