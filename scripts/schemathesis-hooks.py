"""Schemathesis hooks for scripts/run-schemathesis.sh (SCHEMATHESIS_HOOKS=<this file>).

At load, sets up a workspace through the API the way a user would (signup, a second member, an
API key, agents, a phone number, a web call, an inbound call), so that generated requests reach
real resources instead of answering 404 everywhere. Then, per request: the credentials each
operation declares (`bearerAuth` or `agentSecret`), and real ids in most path parameters.

Environment (set by tests/contract/harness.py): RAPIDCALL_BASE_URL, RAPIDCALL_AGENT_SECRET,
RAPIDCALL_NUMBERS (Twilio numbers the test account owns).
"""

from __future__ import annotations

import os
import re
import secrets
import zlib
from typing import Any

import httpx
import schemathesis

BASE_URL = os.environ["RAPIDCALL_BASE_URL"]
AGENT_SECRET = os.environ["RAPIDCALL_AGENT_SECRET"]
NUMBERS = [n for n in os.environ.get("RAPIDCALL_NUMBERS", "").split(",") if n]
ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def _call(method: str, path: str, token: str | None = None, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
    h = dict(headers or {})
    if token:
        h["authorization"] = f"Bearer {token}"
    res = httpx.request(method, f"{BASE_URL}{path}", headers=h, timeout=30, **kwargs)
    if res.status_code >= 300:
        raise RuntimeError(f"fuzz setup: {method} {path} answered {res.status_code}: {res.text}")
    return res.json() if res.content else None


def _signup(label: str) -> dict[str, Any]:
    email = f"fuzz-{label}-{secrets.token_hex(4)}@example.com"
    return _call(
        "POST", "/api/auth/signup", json={"email": email, "password": "correct horse battery", "workspaceName": f"Fuzz {label}"}
    ) | {"email": email}


def _setup() -> dict[str, Any]:
    owner = _signup("owner")
    token = owner["token"]
    ws = owner["workspace"]["id"]
    member = _signup("member")
    _call("POST", f"/api/workspaces/{ws}/members", token, json={"email": member["email"], "role": "member"})
    key = _call("POST", f"/api/workspaces/{ws}/api-keys", token, json={"name": "fuzz"})
    agent = _call(
        "POST", "/api/agents", token, json={"name": "Fuzz agent", "promptDraft": "You are a test agent.", "enabledTools": ["end_call"]}
    )
    _call("POST", f"/api/agents/{agent['id']}/publish", token)
    number = _call("POST", "/api/phone-numbers", token, json={"e164": NUMBERS[0], "inboundAgentId": agent["id"]}) if NUMBERS else None
    web = _call("POST", "/api/calls/web", token, json={"agentId": agent["id"]})
    folder = _call("POST", "/api/kb/folders", token, json={"name": "Fuzz folder"})
    document = _call("POST", f"/api/kb/folders/{folder['id']}/text", token, json={"title": "Fuzz", "contentText": "Refunds take 14 days."})
    # Logout and password change revoke the token they are sent with: they get a user of their own,
    # so the owner's token keeps working for every other operation.
    session = _signup("session")
    return {
        "token": token,
        "session_token": session["token"],
        "ids": {
            "workspaceId": ws,
            "userId": member["user"]["id"],
            "keyId": key["id"],
            "agentId": agent["id"],
            "callId": web["callId"],
            "folderId": folder["id"],
            "documentId": document["id"],
            # `{id}` is a phone number under /api/phone-numbers; deliveries have none to offer.
            "id": number["id"] if number else None,
        },
        # Ids inside bodies (POST /api/calls/web, /api/calls/outbound, /api/phone-numbers, ...).
        "body_ids": {
            "agentId": agent["id"],
            "inboundAgentId": agent["id"],
            "phoneNumberId": number["id"] if number else None,
            "workspaceId": ws,
            "callId": web["callId"],
            "parentId": folder["id"],
        },
    }


STATE = _setup()


def _security(operation: Any) -> set[str]:
    # An operation without its own `security` has the document's (the dashboard-compat document
    # declares bearerAuth once, at its root).
    raw = operation.definition.raw
    requirements = raw.get("security")
    if requirements is None:
        requirements = operation.schema.raw_schema.get("security")
    return {name for requirement in requirements or [] for name in requirement}


SESSION_ENDING = {"logout", "changePassword"}


@schemathesis.auth()
class DeclaredCredentials:
    """Sends what each operation's `security` names: the owner's JWT, or the agent secret."""

    def get(self, case: Any, ctx: Any) -> dict[str, str]:
        return {"token": STATE["token"], "session": STATE["session_token"], "agent": AGENT_SECRET}

    def set(self, case: Any, data: dict[str, str], ctx: Any) -> None:
        schemes = _security(case.operation)
        headers = case.headers if case.headers is not None else {}
        # Replaces whatever was generated for these headers: the run is about authenticated behaviour.
        if "bearerAuth" in schemes:
            headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
            revokes = case.operation.definition.raw.get("operationId") in SESSION_ENDING
            headers["Authorization"] = f"Bearer {data['session' if revokes else 'token']}"
        if "agentSecret" in schemes:
            headers = {k: v for k, v in headers.items() if k.lower() != "x-agent-secret"}
            headers["x-agent-secret"] = data["agent"]
        case.headers = headers


def _mostly_real(value: Any, real: str | None) -> Any:
    # Three well-formed ids in four become the workspace's real ids, so the handlers run past their
    # lookups; the rest (and malformed ids) stay as generated, to exercise 400 and 404.
    if real and isinstance(value, str) and ID.match(value) and zlib.crc32(value.encode()) % 4 != 0:
        return real
    return value


@schemathesis.hook
def map_body(context: Any, body: Any) -> Any:
    if not isinstance(body, dict):
        return body
    return {k: _mostly_real(v, STATE["body_ids"].get(k)) for k, v in body.items()}


@schemathesis.hook
def map_path_parameters(context: Any, path_parameters: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(path_parameters, dict):
        return path_parameters
    return {k: _mostly_real(v, STATE["ids"].get(k)) for k, v in path_parameters.items()}
