"""Fixtures for the agent contract suite: the real API on real PostgreSQL (harness.py), a
dashboard user who sets up an agent and a phone number through the API, and the agent's
client (the generated Python client, as the voice agent uses it)."""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# The committed, generated client, exactly as the agent vendors it (no install step needed).
sys.path.insert(0, str(HERE.parents[1] / "clients" / "python"))
sys.path.insert(0, str(HERE))

from rapidcall_client import AuthenticatedClient, Client  # noqa: E402
from rapidcall_client.api.agents import create_agent, publish_agent, update_agent  # noqa: E402
from rapidcall_client.api.auth import signup  # noqa: E402
from rapidcall_client.api.telephony import create_phone_number  # noqa: E402
from rapidcall_client.models import (  # noqa: E402
    Agent,
    CreateAgentBody,
    CreatePhoneNumberBody,
    PhoneNumber,
    SignupBody,
    UpdateAgentBody,
)

from harness import RunningApi, running_api  # noqa: E402


@pytest.fixture(scope="session")
def api() -> RunningApi:
    if not os.environ.get("TEST_DATABASE_URL"):
        pytest.exit("TEST_DATABASE_URL is not set: the contract suite runs the API on a real PostgreSQL", returncode=1)
    with running_api() as running:
        yield running


def agent_client(api: RunningApi, secret: str) -> AuthenticatedClient:
    """How the voice agent builds its client: the shared secret in `x-agent-secret`."""
    return AuthenticatedClient(base_url=api.base_url, token=secret, prefix="", auth_header_name="x-agent-secret")


@pytest.fixture(scope="session")
def dashboard(api: RunningApi) -> AuthenticatedClient:
    anonymous = Client(base_url=api.base_url)
    session = signup.sync(
        client=anonymous,
        body=SignupBody(email=f"contract-{secrets.token_hex(4)}@example.com", password="correct horse battery", workspace_name="Contract"),
    )
    assert session is not None and hasattr(session, "token"), f"signup failed: {session}"
    return AuthenticatedClient(base_url=api.base_url, token=session.token)


PUBLISHED_PROMPT = "You answer the phone for {{business}}."


@pytest.fixture(scope="session")
def inbound_agent(dashboard: AuthenticatedClient) -> Agent:
    body = CreateAgentBody.from_dict(
        {
            "name": "Front desk",
            "promptDraft": PUBLISHED_PROMPT,
            "defaultDynamicVariables": {"business": "Acme Dental"},
            "enabledTools": ["end_call", "transfer_call"],
            "maxCallSeconds": 600,
        }
    )
    agent = create_agent.sync(client=dashboard, body=body)
    assert isinstance(agent, Agent), agent
    published = publish_agent.sync(agent_id=agent.id, client=dashboard)
    assert isinstance(published, Agent), published
    # Work in progress on the draft must not reach callers: phone calls use the published prompt.
    edited = update_agent.sync(agent_id=agent.id, client=dashboard, body=UpdateAgentBody(prompt_draft="Unpublished draft"))
    assert isinstance(edited, Agent), edited
    return edited


@pytest.fixture(scope="session")
def routed_number(api: RunningApi, dashboard: AuthenticatedClient, inbound_agent: Agent) -> PhoneNumber:
    """A number the Twilio account owns, imported through the API and routed to the agent."""
    number = create_phone_number.sync(
        client=dashboard, body=CreatePhoneNumberBody(e164=api.twilio_numbers[0], inbound_agent_id=inbound_agent.id)
    )
    assert isinstance(number, PhoneNumber), number
    return number
