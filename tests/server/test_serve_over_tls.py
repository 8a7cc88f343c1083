"""The server as people run it: a real socket with TLS, and the quickstart command."""

from __future__ import annotations

import json
import os
import shutil
import signal
import ssl
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import pytest

from fieldvisit.server.pg_cluster import Cluster, free_port
from fieldvisit.sync import protocol as p

ROOT = Path(__file__).resolve().parents[2]


def _start(args: list[str]) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "fieldvisit", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the ready line (or the process ends)
    if "ready at" not in line:
        process.kill()
        _, err = process.communicate(timeout=30)
        pytest.fail(f"server did not start: {line!r} {err[-2000:]}")
    return process, line


def _stop(process: subprocess.Popen[str]) -> str:
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    return err


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def test_serve_with_tls_over_a_real_socket(
    pg_cluster: Cluster, server_db_url: str, tmp_path: Path
) -> None:
    cert, key = _certificate(tmp_path)
    port = free_port()
    process, line = _start(
        ["server", "serve", "--db", server_db_url, "--listen", f"127.0.0.1:{port}",
         "--tls-cert", str(cert), "--tls-key", str(key)]
    )  # fmt: skip
    try:
        assert f"https://127.0.0.1:{port}" in line
        trust = ssl.create_default_context(cafile=str(cert))
        answer = httpx.get(f"https://127.0.0.1:{port}/v1/status", verify=trust, timeout=10)
        assert answer.json()["protocol"] >= 1
        with pytest.raises(httpx.HTTPError):  # plain HTTP is not spoken on a TLS port
            httpx.get(f"http://127.0.0.1:{port}/v1/status", timeout=10)
    finally:
        _stop(process)


def test_plain_http_is_refused_off_loopback(server_db_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fieldvisit", "server", "serve", "--db", server_db_url,
         "--listen", f"0.0.0.0:{free_port()}"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert "TLS" in result.stderr


def test_quickstart_serves_stops_cleanly_and_keeps_its_data() -> None:
    # Under /tmp, open to traversal: as root the cluster runs as the postgres user.
    base = Path(tempfile.mkdtemp(prefix="fieldvisit-qs-"))
    base.chmod(0o755)
    try:
        _quickstart_round_trip(base / "team")
    finally:
        shutil.rmtree(base, ignore_errors=True)


def _quickstart_round_trip(folder: Path) -> None:
    port = free_port()
    process, line = _start(["server", "quickstart", str(folder), "--port", str(port)])
    try:
        assert f"http://127.0.0.1:{port}" in line
        added = subprocess.run(
            [sys.executable, "-m", "fieldvisit", "server", "member", "add", "王经理",
             "--role", "manager", "--dir", str(folder), "--json"],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        code = json.loads(added.stdout)["code"]
        enrolled = httpx.post(
            f"http://127.0.0.1:{port}/v1/enrol",
            json={"code": code, "device_name": "test", "protocol": p.PROTOCOL_VERSION},
            timeout=10,
        )
        assert enrolled.status_code == 200
    finally:
        err = _stop(process)
    assert "stopped" in err
    assert not Cluster(folder, 5432).running()  # PostgreSQL went down with it

    # Started again on the same folder: the same data.
    process, _ = _start(["server", "quickstart", str(folder), "--port", str(port)])
    try:
        listing = subprocess.run(
            [sys.executable, "-m", "fieldvisit", "server", "member", "list", "--dir",
             str(folder), "--json"],
            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        assert [m["name"] for m in json.loads(listing.stdout)] == ["王经理"]
        assert [m["devices"] for m in json.loads(listing.stdout)] == [1]
    finally:
        _stop(process)
    assert os.path.isdir(folder / "pgdata")
