"""The one Limits object: the defaults of docs/reliability.md, overridable per call."""

from __future__ import annotations

import pickle

import attrs
import pytest

import seedparse
from seedparse import ArgumentError, LimitExceeded, Limits
from seedparse._limits import current_limits, using_limits


def test_defaults_are_the_table_of_reliability_md() -> None:
    limits = Limits()
    assert limits.max_bytes == 64 * 2**20
    assert limits.max_frontmatter_bytes == 256 * 2**10
    assert limits.max_depth == 64
    assert limits.allow_yaml_aliases is False
    assert limits.max_metadata_nodes == 10_000
    assert limits.max_link_len == 4096
    assert limits.max_anchor_attr_len == 2048
    assert limits.per_file_timeout == 10.0
    assert limits.follow_symlinks is False


def test_limits_are_frozen_and_pickle() -> None:
    limits = Limits(max_bytes=10)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        limits.max_bytes = 20  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(limits)) == limits
    assert attrs.evolve(limits, max_depth=3).max_depth == 3


@pytest.mark.parametrize(
    "field, value",
    [
        ("max_bytes", 0),
        ("max_bytes", -1),
        ("max_bytes", 1.5),
        ("max_bytes", True),
        ("max_bytes", "64M"),
        ("max_depth", 0),
        ("per_file_timeout", 0),
        ("per_file_timeout", float("inf")),
        ("per_file_timeout", float("nan")),
        ("follow_symlinks", 1),
        ("allow_yaml_aliases", "yes"),
    ],
)
def test_bad_values_raise_a_library_error(field: str, value: object) -> None:
    with pytest.raises(ArgumentError, match=field):
        Limits(**{field: value})


def test_no_per_file_timeout_is_none() -> None:
    assert Limits(per_file_timeout=None).per_file_timeout is None
    assert Limits(per_file_timeout=0.25).per_file_timeout == 0.25


def test_limits_apply_to_the_call_only() -> None:
    tight = Limits(max_bytes=5)
    with pytest.raises(LimitExceeded):
        seedparse.parse("more than five", limits=tight)
    assert seedparse.parse("more than five").reader  # the defaults are back
    assert current_limits() == Limits()


def test_using_limits_nests_and_restores() -> None:
    outer, inner = Limits(max_depth=10), Limits(max_depth=5)
    with using_limits(outer):
        assert current_limits() is outer
        with using_limits(inner):
            assert current_limits() is inner
        with using_limits(None):
            assert current_limits() is outer
    assert current_limits() == Limits()


def test_r1_max_bytes_applies_to_files(tmp_path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 100)
    with pytest.raises(LimitExceeded, match="max_bytes=99"):
        seedparse.load(path, limits=Limits(max_bytes=99))
    assert seedparse.load(path, limits=Limits(max_bytes=100)).reader
