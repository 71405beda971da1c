"""fsspec URLs other than S3: memory://, file://, chained URLs, and https:// single
files from a real HTTP server on 127.0.0.1 (started and stopped by the test)."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import seedparse
from seedparse import ArgumentError, FileAccessError, LimitExceeded
from seedparse._remote import member_url

from .helpers import assert_same_result

fsspec = pytest.importorskip("fsspec", reason="the remote extra is not installed")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _tree(root: Path) -> Path:
    """Names whose component order differs from their string order ('-' < '/')."""
    texts = {
        "a.txt": "Alpha paragraph.\n",
        "a-c.txt": "Dash paragraph.\n",
        "a/b.txt": "Nested paragraph.\n",
        "a/z/deep.md": "Deep paragraph.\n",
        "B.txt": "Capital paragraph.\n",
        "caf\u00e9.txt": "Accent paragraph.\n",
    }
    for name, text in texts.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    shutil.copy(SEEDS / sorted(os.listdir(SEEDS))[4], root / "web.txt")
    (root / "a" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return root


@pytest.fixture
def memory_tree(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The same tree on disk and in fsspec's memory filesystem."""
    local = _tree(tmp_path / "tree")
    fs = fsspec.filesystem("memory")
    prefix = f"/seedparse-{uuid.uuid4().hex}"
    for path in local.rglob("*"):
        if path.is_file():
            fs.pipe_file(f"{prefix}/{path.relative_to(local).as_posix()}", path.read_bytes())
    yield f"memory://{prefix}", local
    fs.rm(prefix, recursive=True)


def test_memory_tree_equals_the_local_tree_in_order(memory_tree: tuple[str, Path]) -> None:
    url, root = memory_tree
    remote = seedparse.load_dir(url, errors="collect")
    local = seedparse.load_dir(root, errors="collect")
    # component by component, as the local walk: "a/..." before "a-c.txt" ('-' < '/')
    assert [d.source[len(url) + 1 :] for d in remote][:5] == [
        "B.txt",
        "a/b.txt",
        "a/z/deep.md",
        "a-c.txt",
        "a.txt",
    ]
    assert_same_result(remote, url, local, root)
    assert_same_result(seedparse.load_dir(url + "/", errors="collect", workers=2), url, local, root)


def test_max_bytes_from_the_listing(memory_tree: tuple[str, Path]) -> None:
    url, root = memory_tree
    limits = seedparse.Limits(max_bytes=100)
    remote = seedparse.load_dir(url, errors="collect", limits=limits)
    local = seedparse.load_dir(root, errors="collect", limits=limits)
    assert [f.error for f in remote.failures] == ["DecodeError", "LimitExceeded"]
    assert remote.failures[1].path == f"{url}/web.txt"
    assert_same_result(remote, url, local, root)


def test_file_urls_take_the_hardened_local_path(tmp_path: Path) -> None:
    root = _tree(tmp_path / "tree")
    by_url = seedparse.load_dir(f"file://{root}", errors="collect")
    assert by_url == seedparse.load_dir(root, errors="collect")
    assert seedparse.load(f"file://localhost{root}/a.txt") == seedparse.load(root / "a.txt")
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    with pytest.raises(FileAccessError, match="not a regular file"):
        seedparse.load(f"file://{fifo}")  # refused without being opened: no hang
    with pytest.raises(ArgumentError):
        seedparse.load("file://relative/path.txt")


def test_chained_urls_zip_and_cache(tmp_path: Path, memory_tree: tuple[str, Path]) -> None:
    url, root = memory_tree
    archive = tmp_path / "tree.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                bundle.write(path, f"top/{path.relative_to(root).as_posix()}")
    zipped = seedparse.load_dir(f"zip://top::file://{archive}", errors="collect")
    assert zipped[0].source == f"zip://top/B.txt::file://{archive}"
    assert [attrs.evolve(z, source="") for z in zipped] == [
        attrs.evolve(d, source="") for d in seedparse.load_dir(root, errors="collect")
    ]
    assert seedparse.load(zipped[1].source) == zipped[1]
    cached = seedparse.load_dir(f"simplecache::{url}", errors="collect")
    assert cached[0].source == f"simplecache::{url}/B.txt"
    assert seedparse.load(cached[0].source) == cached[0]


def test_member_urls() -> None:
    assert member_url("s3://b/notes/", "b/notes", "x/a.txt") == "s3://b/notes/x/a.txt"
    assert member_url("memory://", "", "a.txt") == "memory://a.txt"
    assert member_url("zip://::s3://b/a.zip", "", "n.txt") == "zip://n.txt::s3://b/a.zip"
    assert member_url("zip::s3://b/a.zip", "", "n.txt") == "zip://n.txt::s3://b/a.zip"
    assert member_url("zip://d::s3://b/a.zip", "d", "n.txt") == "zip://d/n.txt::s3://b/a.zip"
    assert member_url("simplecache::s3://b/d", "b/d", "n.txt") == "simplecache::s3://b/d/n.txt"


def test_bad_urls_and_options_are_argument_errors(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match="nosuchproto"):
        seedparse.load("nosuchproto://x/y.txt")
    with pytest.raises(ArgumentError, match="storage_options"):
        seedparse.load_dir(tmp_path, storage_options={"anon": True})
    with pytest.raises(ArgumentError, match="storage_options"):
        seedparse.load_dir("memory://x", storage_options=["anon"])  # type: ignore[arg-type]
    assert seedparse.load_dir(tmp_path, storage_options={}) == seedparse.load_dir(tmp_path)
    with pytest.raises(ArgumentError, match="single files"):
        seedparse.load_dir("https://127.0.0.1:9/folder/")
    with pytest.raises(FileAccessError, match="no such file"):
        seedparse.load("memory://seedparse-no-such/file.txt")


def test_a_protocol_without_its_backend_names_the_package() -> None:
    try:
        import gcsfs  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("gcsfs is installed here")
    with pytest.raises(ArgumentError, match="gcsfs"):
        seedparse.load("gs://bucket/notes/a.txt")


# --------------------------------------------------------------------------- HTTP

ENDLESS = 64 * 2**20


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the seeds; /endless streams without a length until the client leaves."""

    sent: list[int]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path != "/endless":
            super().do_GET()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        chunk = b"Endless words of text.\n" * 2048
        total = 0
        try:
            while total < ENDLESS:
                self.wfile.write(chunk)
                total += len(chunk)
        except OSError:
            pass
        finally:
            self.sent.append(total)

    def do_HEAD(self) -> None:
        if self.path == "/endless":
            self.send_response(200)
            self.end_headers()
            return
        super().do_HEAD()


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[int]]]:
    sent: list[int] = []
    handler = type("Handler", (_Handler,), {"sent": sent})

    def make(*args: object) -> http.server.SimpleHTTPRequestHandler:
        return handler(*args, directory=str(SEEDS))  # type: ignore[arg-type]

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), make)  # type: ignore[arg-type]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", sent
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_https_style_single_files(http_server: tuple[str, list[int]]) -> None:
    base, _ = http_server
    for name in sorted(os.listdir(SEEDS)):
        remote = seedparse.load(f"{base}/{name}")
        local = seedparse.load(SEEDS / name)
        assert remote.source == f"{base}/{name}"
        assert attrs.evolve(remote, source=local.source) == local
    with pytest.raises(FileAccessError) as missing:
        seedparse.load(f"{base}/no-such-page.html")
    assert missing.value.source == f"{base}/no-such-page.html"
    # the size the server announces is checked before the body is asked for
    big = sorted(os.listdir(SEEDS))[4]
    with pytest.raises(LimitExceeded, match="exceeds max_bytes"):
        seedparse.load(f"{base}/{big}", limits=seedparse.Limits(max_bytes=1000))


def test_a_stream_without_a_length_is_cut_one_byte_past_the_limit(
    http_server: tuple[str, list[int]],
) -> None:
    base, sent = http_server
    limit = 256 * 1024
    with pytest.raises(LimitExceeded, match="grew past max_bytes"):
        seedparse.load(f"{base}/endless", limits=seedparse.Limits(max_bytes=limit))
    for _ in range(500):  # the server notices the closed connection
        if len(sent) >= 1:
            break
        threading.Event().wait(0.01)
    assert sent and max(sent) < ENDLESS  # the client stopped reading long before the end


def test_remote_entries_travel_as_names_without_secrets_or_bytes() -> None:
    import pickle

    from seedparse._remote import RemoteEntry, _Store

    store = _Store("s3://bucket/notes", {"key": "AKIA-SECRET", "secret": "hush"})
    entry = RemoteEntry(
        "a.txt",
        "bucket/notes/a.txt",
        "s3://bucket/notes/a.txt",
        size=5,
        store=store,
        fetched=b"bytes",
    )
    assert "SECRET" not in repr(entry) and "hush" not in repr(entry)
    copy = pickle.loads(pickle.dumps(entry))
    assert copy == entry and copy.fetched is None  # prefetched bytes stay where fetched
    assert (copy.store.url, copy.store.options) == (store.url, store.options)
    assert b"bytes" not in pickle.dumps(entry)


def test_prefetch_passes_other_filesystems_through(memory_tree: tuple[str, Path]) -> None:
    from seedparse._io.walk import glob_to_regex
    from seedparse._remote import walk

    url, _ = memory_tree
    limits = seedparse.Limits()
    plain = list(walk(url, glob_to_regex("**/*"), None, limits=limits))
    ahead = list(walk(url, glob_to_regex("**/*"), None, limits=limits, fetch_ahead=True))
    assert ahead == plain
    assert all(getattr(e, "fetched", None) is None for e in ahead)  # memory: nothing to gain
