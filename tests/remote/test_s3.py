"""load / load_dir / iter_dir on s3:// URLs, against moto's S3 server on 127.0.0.1.

Every remote result is compared with the local one on the same tree: same order,
same Documents (all fields, the source aside), same failures.
"""

from __future__ import annotations

import io
import os
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import pytest

import seedparse
from seedparse import Document, Failure, FileAccessError, LimitExceeded

BUCKET = "seedparse-test"  # the session's bucket (tests/remote/conftest.py)
S3 = Any  # tests/remote/conftest.py: S3


def rel_local(root: Path, source: str) -> str:
    return Path(source).relative_to(root).as_posix()


def rel_remote(url: str, source: str) -> str:
    assert source.startswith(url + "/"), source
    return source[len(url) + 1 :]


def assert_same(
    remote: list[Document | Failure], url: str, local: list[Document | Failure], root: Path
) -> None:
    """Same items in the same order; Documents equal in every field but the source."""
    assert len(remote) == len(local)
    for mine, theirs in zip(remote, local, strict=True):
        if isinstance(theirs, Document):
            assert isinstance(mine, Document), (mine, theirs)
            assert rel_remote(url, mine.source) == rel_local(root, theirs.source)
            assert (mine.reader, mine.title, mine.text) == (
                theirs.reader,
                theirs.title,
                theirs.text,
            )
            assert attrs.evolve(mine, source=theirs.source) == theirs
        else:
            assert isinstance(mine, Failure), (mine, theirs)
            assert rel_remote(url, mine.path) == rel_local(root, theirs.path)
            assert (mine.error, mine.message) == (theirs.error, theirs.message)


def test_seeds_from_s3_equal_the_local_seeds(s3: S3) -> None:
    url = s3.url("seeds")
    remote = seedparse.load_dir(url, storage_options=s3.options)
    local = seedparse.load_dir(s3.local["seeds"])
    assert [d.reader for d in remote] == [d.reader for d in local]
    assert all(d.source.startswith(f"s3://{BUCKET}/seeds/") for d in remote)
    assert_same(list(remote), url, list(local), s3.local["seeds"])
    # a trailing slash names the same folder
    again = seedparse.load_dir(url + "/", storage_options=s3.options)
    assert list(again) == list(remote)


def test_generated_corpus_from_s3_equals_local_in_order_with_failures(
    s3: S3, s3_corpus: tuple[str, Path]
) -> None:
    url, root = s3_corpus
    remote = seedparse.load_dir(url, storage_options=s3.options, errors="collect")
    local = seedparse.load_dir(root, errors="collect")
    assert len(remote) > 250
    assert [f.error for f in remote.failures] == ["DecodeError"]  # bad/image.png
    assert rel_remote(url, remote.failures[0].path) == "bad/image.png"
    assert_same(list(remote), url, list(local), root)
    assert_same(list(remote.failures), url, list(local.failures), root)
    latin = next(d for d in remote if d.source.endswith("bad/latin.txt"))
    assert latin.metadata["warnings"]  # decoding says what it did, as for the local file


def test_iter_dir_streams_the_same_items_serial_and_with_workers(
    s3: S3, s3_corpus: tuple[str, Path]
) -> None:
    url, root = s3_corpus
    local = list(seedparse.iter_dir(root, errors="collect"))
    serial = list(seedparse.iter_dir(url, storage_options=s3.options, errors="collect"))
    assert_same(serial, url, local, root)
    two = list(seedparse.iter_dir(url, storage_options=s3.options, errors="collect", workers=2))
    assert two == serial


def test_pattern_selects_by_relative_path(s3: S3, s3_corpus: tuple[str, Path]) -> None:
    url, root = s3_corpus
    remote = seedparse.load_dir(url, pattern="d001/*.md", storage_options=s3.options)
    local = seedparse.load_dir(root, pattern="d001/*.md")
    assert len(local) > 0
    assert_same(list(remote), url, list(local), root)


def test_load_one_object_and_read_text(s3: S3) -> None:
    name = sorted(os.listdir(s3.local["seeds"]))[0]
    url = f"{s3.url('seeds')}/{name}"
    remote = seedparse.load(url, storage_options=s3.options)
    local = seedparse.load(s3.local["seeds"] / name)
    assert remote.source == url
    assert attrs.evolve(remote, source=local.source) == local
    text = seedparse.read_text(url, storage_options=s3.options)
    assert text == seedparse.read_text(s3.local["seeds"] / name)
    for passage in remote.passages:
        assert text[passage.span.start : passage.span.end].strip()


def test_missing_bucket_prefix_and_object_raise_with_the_url(s3: S3) -> None:
    with pytest.raises(FileAccessError) as missing_bucket:
        seedparse.load_dir("s3://no-such-bucket-here/notes", storage_options=s3.options)
    assert missing_bucket.value.source == "s3://no-such-bucket-here/notes"
    assert missing_bucket.value.reason == "not found"
    assert "bucket does not exist" in str(missing_bucket.value)

    it = seedparse.iter_dir(s3.url("no/such/prefix"), storage_options=s3.options)
    with pytest.raises(FileAccessError, match="no such directory"):
        next(it)

    url = s3.url("seeds/nothing-here.txt")
    with pytest.raises(FileAccessError) as missing_object:
        seedparse.load(url, storage_options=s3.options)
    assert (missing_object.value.source, missing_object.value.reason) == (url, "not found")

    with pytest.raises(FileAccessError, match="not a regular file"):
        seedparse.load(s3.url("seeds"), storage_options=s3.options)
    name = sorted(os.listdir(s3.local["seeds"]))[0]
    with pytest.raises(FileAccessError, match="not a directory"):
        seedparse.load_dir(s3.url(f"seeds/{name}"), storage_options=s3.options)


def _put(s3: S3, prefix: str, texts: dict[str, bytes], **extra: str) -> str:
    def put(item: tuple[str, bytes]) -> None:
        s3.client.put_object(Bucket=BUCKET, Key=f"{prefix}/{item[0]}", Body=item[1], **extra)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(put, texts.items()))
    return s3.url(prefix)


@pytest.mark.parametrize("workers", [None, 2])
def test_object_vanishing_after_the_listing_is_a_failure_naming_its_url(
    s3: S3, workers: int | None
) -> None:
    # More objects than the reader fetches ahead (two windows of 64), so the one
    # deleted after the first item is still to be read.
    names = [f"{i:03d}.txt" for i in range(200)]
    prefix = f"vanishing-{workers}"
    url = _put(s3, prefix, {n: f"Paragraph number {n}.\n".encode() for n in names})
    items = seedparse.iter_dir(url, storage_options=s3.options, errors="collect", workers=workers)
    first = next(items)  # the listing is taken now
    s3.client.delete_object(Bucket=BUCKET, Key=f"{prefix}/190.txt")
    everything = [first, *items]
    assert [
        rel_remote(url, getattr(i, "source", getattr(i, "path", ""))) for i in everything
    ] == names
    gone = everything[190]
    assert isinstance(gone, Failure)
    assert (gone.path, gone.error) == (f"{url}/190.txt", "FileAccessError")
    assert gone.message.startswith("no such file")
    assert all(isinstance(i, Document) for i in everything if i is not gone)
    # a new listing no longer has it
    assert len(seedparse.load_dir(url, storage_options=s3.options)) == 199


def test_denied_object_is_a_failure_and_the_rest_is_read(s3: S3) -> None:
    # An archived object (storage class GLACIER) is listed but GET is refused (403).
    url = _put(s3, "denied", {"a.txt": b"Readable words.\n", "c.txt": b"More words.\n"})
    _put(s3, "denied", {"b.txt": b"Archived words.\n"}, StorageClass="GLACIER")
    result = seedparse.load_dir(url, storage_options=s3.options, errors="collect")
    assert [d.source for d in result] == [f"{url}/a.txt", f"{url}/c.txt"]
    (failure,) = result.failures
    assert (failure.path, failure.error) == (f"{url}/b.txt", "FileAccessError")
    assert failure.message.startswith("permission denied")
    with pytest.raises(seedparse.LoadError) as group:
        seedparse.load_dir(url, storage_options=s3.options)
    assert [e.source for e in group.value.exceptions] == [f"{url}/b.txt"]
    skipped = seedparse.load_dir(url, storage_options=s3.options, errors="skip")
    assert (len(skipped), skipped.skipped, skipped.failures) == (2, 1, ())


def test_object_over_max_bytes_is_refused_before_a_byte_is_read(s3: S3) -> None:
    limit = 64 * 1024
    url = _put(
        s3,
        "limits",
        {"big.txt": b"Sixteen bytes.\n\n" * (2 * limit // 16), "small.txt": b"Short text.\n"},
    )
    limits = seedparse.Limits(max_bytes=limit)
    s3.record()
    result = seedparse.load_dir(url, storage_options=s3.options, errors="collect", limits=limits)
    seen = s3.requests()
    (failure,) = result.failures
    assert (failure.path, failure.error) == (f"{url}/big.txt", "LimitExceeded")
    assert failure.message == f"file of {2 * limit} bytes exceeds max_bytes={limit}"
    assert [d.source for d in result] == [f"{url}/small.txt"]
    # Only the listing and one bounded GET of the small object: nothing of big.txt.
    object_requests = [(m, p, r) for m, p, r in seen if p.startswith(f"/{BUCKET}/limits/")]
    assert object_requests == [("GET", f"/{BUCKET}/limits/small.txt", f"bytes=0-{limit}")]

    s3.record()
    with pytest.raises(LimitExceeded) as one:
        seedparse.load(f"{url}/big.txt", storage_options=s3.options, limits=limits)
    assert one.value.source == f"{url}/big.txt"
    assert [m for m, p, _ in s3.requests() if p == f"/{BUCKET}/limits/big.txt"] == ["HEAD"]


def test_empty_object_and_folder_markers(s3: S3) -> None:
    url = _put(s3, "markers", {"sub/": b"", "sub/a.txt": b"Words.\n", "empty.txt": b""})
    result = seedparse.load_dir(url, storage_options=s3.options, errors="collect")
    assert [d.source for d in result] == [f"{url}/empty.txt", f"{url}/sub/a.txt"]
    assert result[0].passages == () and result.failures == ()


def test_chained_url_into_a_zip_archive_on_s3(s3: S3) -> None:
    seeds = s3.local["seeds"]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in sorted(seeds.iterdir()):
            archive.writestr(f"notes/{path.name}", path.read_bytes())
    s3.client.put_object(Bucket=BUCKET, Key="archives/seeds.zip", Body=buffer.getvalue())
    url = f"zip://notes::s3://{BUCKET}/archives/seeds.zip"
    options = {"s3": s3.options}
    remote = seedparse.load_dir(url, storage_options=options)
    local = seedparse.load_dir(seeds)
    assert [d.source for d in remote] == [
        f"zip://notes/{p.name}::s3://{BUCKET}/archives/seeds.zip" for p in sorted(seeds.iterdir())
    ]
    assert [
        attrs.evolve(r, source=loc.source) for r, loc in zip(remote, local, strict=True)
    ] == list(local)
    # each member's URL loads on its own
    assert seedparse.load(remote[2].source, storage_options=options) == remote[2]
