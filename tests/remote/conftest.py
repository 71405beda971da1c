"""Real servers for the remote tests, started and stopped by the tests on 127.0.0.1.

- ``s3``: moto's S3 server (``ThreadedMotoServer``), one per session, holding the
  seeds and a generated corpus (plus a few bad files) under ``s3://seedparse-test/``;
  the same trees on disk give the local result every remote one is compared with.
  ``s3.requests()`` reads moto's request recorder, so tests can count the GETs.
- ``dask_client``: a ``distributed.LocalCluster`` with two worker processes.

The tests skip (saying why) when the ``remote``/``dask`` extras or moto are not
installed; ``pip install -e '.[dev]'`` installs them all.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GEN_CORPUS = ROOT.parent / "shared" / "tools" / "gen_corpus.py"
BUCKET = "seedparse-test"

# moto's recorder writes where this says; it is read when moto is first imported.
_RECORDINGS = tempfile.mkdtemp(prefix="seedparse-moto-")
os.environ.setdefault("MOTO_RECORDER_FILEPATH", os.path.join(_RECORDINGS, "requests.jsonl"))
# botocore must never reach for real credentials, config files or the metadata service.
os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")


@dataclass
class S3:
    """The running S3 server and what the session uploaded to it."""

    endpoint: str
    client: Any
    """A boto3 client (for setting up and tearing down objects)."""
    local: dict[str, Path] = field(default_factory=dict)
    """Prefix -> the local tree uploaded there."""

    @property
    def options(self) -> dict[str, Any]:
        return {
            "key": "testing",
            "secret": "testing",
            "client_kwargs": {"endpoint_url": self.endpoint, "region_name": "us-east-1"},
        }

    def url(self, prefix: str) -> str:
        return f"s3://{BUCKET}/{prefix}"

    def upload(self, prefix: str, tree: Path) -> None:
        for path in sorted(tree.rglob("*")):
            if path.is_file():
                key = f"{prefix}/{path.relative_to(tree).as_posix()}"
                self.client.put_object(Bucket=BUCKET, Key=key, Body=path.read_bytes())
        self.local[prefix] = tree

    def _moto(self, action: str) -> str:
        method = "GET" if action == "download-recording" else "POST"
        request = urllib.request.Request(
            f"{self.endpoint}/moto-api/recorder/{action}", method=method
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return str(response.read().decode("utf-8"))

    def record(self) -> None:
        """Start recording requests, forgetting earlier ones."""
        self._moto("reset-recording")
        self._moto("start-recording")

    def requests(self) -> list[tuple[str, str, str | None]]:
        """(method, path, Range header) of each request since :meth:`record`."""
        self._moto("stop-recording")
        out = []
        for line in self._moto("download-recording").splitlines():
            entry = json.loads(line)
            path = urllib.parse.urlsplit(entry["url"]).path
            out.append((entry["method"], urllib.parse.unquote(path), entry["headers"].get("Range")))
        return out


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated corpus (a few hundred files in subfolders) plus files that fail."""
    if not GEN_CORPUS.is_file():
        pytest.skip(f"corpus generator not found at {GEN_CORPUS} (the shared/ folder)")
    out = tmp_path_factory.mktemp("corpus") / "tree"
    subprocess.run(
        [
            sys.executable,
            str(GEN_CORPUS),
            "--seeds",
            str(SEEDS),
            "--out",
            str(out),
            "--docs",
            "300",
            "--subdirs",
            "3",
            "--dup-rate",
            "0.02",
            "--seed",
            "remote",
            "--include-seeds",
            "--manifest",
            str(out.parent / "manifest.tsv"),
        ],
        check=True,
        capture_output=True,
    )
    (out / "bad").mkdir()
    (out / "bad" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4)
    (out / "bad" / "latin.txt").write_bytes("Caf\xe9 society, na\xefve words.\n".encode("latin-1"))
    (out / "empty.txt").write_bytes(b"")
    return out


@pytest.fixture(scope="session")
def s3(tmp_path_factory: pytest.TempPathFactory) -> Iterator[S3]:
    server_module = pytest.importorskip("moto.server", reason="moto[server] is not installed")
    pytest.importorskip("s3fs", reason="the remote extra (s3fs) is not installed")
    import boto3

    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        endpoint = f"http://{host}:{port}"
        client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            region_name="us-east-1",
        )
        client.create_bucket(Bucket=BUCKET)
        store = S3(endpoint, client)
        store.upload("seeds", SEEDS)
        yield store
    finally:
        server.stop()
        shutil.rmtree(_RECORDINGS, ignore_errors=True)


@pytest.fixture(scope="session")
def s3_corpus(s3: S3, corpus_dir: Path) -> tuple[str, Path]:
    """The generated corpus on S3: (its URL, the local tree)."""
    if "corpus" not in s3.local:
        s3.upload("corpus", corpus_dir)
    return s3.url("corpus"), corpus_dir


# Module scope: the cluster and its client's threads stop after the Dask tests instead
# of running beside the rest of the session (once, with them still running, a thread
# of theirs opened /proc files while a test patched open(), and the security scan's
# ast.parse failed with CPython 3.11's "AST constructor recursion depth mismatch").
@pytest.fixture(scope="module")
def dask_client() -> Iterator[Any]:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        processes=True,
        threads_per_worker=1,
        host="127.0.0.1",
        dashboard_address=None,
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()
