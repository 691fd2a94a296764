"""Starts the real API as a separate process on a free port, on a fresh schema of the real
PostgreSQL (TEST_DATABASE_URL), with the LiveKit and Twilio test servers around it
(tests/contract/services.ts). Used by the pytest contract suite (conftest.py) and by
scripts/run-schemathesis.sh:

    python tests/contract/harness.py -- <command...>

runs <command> with RAPIDCALL_BASE_URL, RAPIDCALL_AGENT_SECRET and RAPIDCALL_NUMBERS set and
exits with its status. RAPIDCALL_SERVER=dist runs the built `dist/src/server.js` (after
`npm run build`) instead of `src/server.ts` through tsx.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
BOOT_TIMEOUT_S = int(os.environ.get("RAPIDCALL_BOOT_TIMEOUT_S", "180"))


@dataclass(frozen=True)
class RunningApi:
    base_url: str
    agent_secret: str
    previous_agent_secret: str
    # E.164 numbers the Twilio test account owns, free to import with POST /api/phone-numbers.
    twilio_numbers: list[str]
    log_file: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_command() -> list[str]:
    if os.environ.get("RAPIDCALL_SERVER") == "dist":
        return ["node", "dist/src/server.js"]
    return ["node", "--import", "tsx", "src/server.ts"]


def _log_tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "<no log>"


@contextlib.contextmanager
def running_api(numbers: int = 3, log_level: str = "info") -> Iterator[RunningApi]:
    if not os.environ.get("TEST_DATABASE_URL"):
        raise RuntimeError("TEST_DATABASE_URL is not set: the API runs on a real PostgreSQL here")
    workdir = Path(tempfile.mkdtemp(prefix="rapidcall-contract-"))
    services = subprocess.Popen(
        ["node", "--import", "tsx", "tests/contract/services.ts", "--numbers", str(numbers), "--until-stdin-closes"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED": "true"},
    )
    api: subprocess.Popen[bytes] | None = None
    try:
        line = services.stdout.readline() if services.stdout else ""
        if not line:
            raise RuntimeError(f"tests/contract/services.ts exited ({services.wait()}) before it was ready")
        ready = json.loads(line)

        port = _free_port()
        base_url = f"http://127.0.0.1:{port}"
        agent_secret = f"agent-current-{secrets.token_hex(12)}"
        previous_secret = f"agent-previous-{secrets.token_hex(12)}"
        env = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/tmp"),
            "NODE_ENV": "test",
            "PORT": str(port),
            "HOST": "127.0.0.1",
            "LOG_LEVEL": log_level,
            "DATABASE_URL": ready["databaseUrl"],
            "JWT_SECRET": secrets.token_hex(32),
            # Stored secrets are encrypted with it; without one the API would write a dev key under ./data.
            "SECRETS_KEY": base64.b64encode(secrets.token_bytes(32)).decode(),
            "AGENT_SHARED_SECRET": agent_secret,
            "AGENT_SHARED_SECRET_PREVIOUS": previous_secret,
            "PUBLIC_API_BASE_URL": base_url,
            "AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED": "true",
            **ready["env"],
        }
        log_file = workdir / "api.log"
        with log_file.open("wb") as log:
            api = subprocess.Popen(_server_command(), cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + BOOT_TIMEOUT_S
        while True:
            if api.poll() is not None:
                raise RuntimeError(f"the API exited ({api.returncode}) while booting:\n{_log_tail(log_file)}")
            try:
                if httpx.get(f"{base_url}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"the API did not answer /health within {BOOT_TIMEOUT_S} s:\n{_log_tail(log_file)}")
            time.sleep(0.2)

        yield RunningApi(base_url, agent_secret, previous_secret, list(ready["numbers"]), log_file)
    finally:
        if api is not None and api.poll() is None:
            api.terminate()
            try:
                api.wait(timeout=15)
            except subprocess.TimeoutExpired:
                api.kill()
        if services.stdin:
            services.stdin.close()
        try:
            services.wait(timeout=15)
        except subprocess.TimeoutExpired:
            services.kill()


def main(argv: list[str]) -> int:
    if "--" not in argv or argv.index("--") == len(argv) - 1:
        print("usage: harness.py -- <command...>", file=sys.stderr)
        return 2
    command = argv[argv.index("--") + 1 :]
    with running_api(log_level=os.environ.get("LOG_LEVEL", "warn")) as api:
        print(f"harness: API at {api.base_url} (log {api.log_file})", file=sys.stderr)
        env = {
            **os.environ,
            "RAPIDCALL_BASE_URL": api.base_url,
            "RAPIDCALL_AGENT_SECRET": api.agent_secret,
            "RAPIDCALL_NUMBERS": ",".join(api.twilio_numbers),
            "RAPIDCALL_API_LOG": str(api.log_file),
        }
        return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
