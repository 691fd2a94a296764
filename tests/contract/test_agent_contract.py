"""The Python voice agent's side of the contract, played through the GENERATED client against the
real API: what it sends is what the agent sends, and every answer must parse into the generated
models (a response the spec does not describe comes back as None or fails to parse here)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

import pytest
from rapidcall_client import AuthenticatedClient
from rapidcall_client.api.agent_runtime import agent_end_call, get_agent_runtime_config, start_inbound_call, sync_transcript
from rapidcall_client.api.auth import get_me
from rapidcall_client.api.calls import get_call, list_calls
from rapidcall_client.api.metrics import post_call_metrics
from rapidcall_client.models import (
    Agent,
    AgentConfig,
    AgentEndCallBody,
    AgentEndCallResponse200,
    Call,
    CallMetricsBody,
    ErrorResponse,
    PhoneNumber,
    PostCallMetricsResponse200,
    StartInboundCallBody,
    SyncTranscriptBody,
    SyncTranscriptResponse200,
)

from conftest import PUBLISHED_PROMPT, agent_client
from harness import RunningApi


def room() -> str:
    # Inbound SIP rooms as the LiveKit dispatch rule names them.
    return f"call-_+15557654321_{secrets.token_hex(4)}"


def start(client: AuthenticatedClient, number: PhoneNumber, room_name: str) -> AgentConfig:
    # The agent sends the dialled number as the SIP trunk gives it: no `+`, sometimes a sip: URI.
    body = StartInboundCallBody.from_dict({"roomName": room_name, "to": number.e164.lstrip("+"), "from": "+15557654321"})
    res = start_inbound_call.sync_detailed(client=client, body=body)
    assert res.status_code == 201, res.content
    assert isinstance(res.parsed, AgentConfig), res.content
    return res.parsed


@pytest.fixture
def hang_up(api: RunningApi) -> Iterator[Callable[[str | None], None]]:
    """Ends the calls a test started, even when it fails: the free plan allows one call at a time."""
    started: list[str] = []
    yield lambda call_id: started.append(call_id) if call_id else None
    agent = agent_client(api, api.agent_secret)
    for call_id in started:
        ended = agent_end_call.sync(call_id=call_id, client=agent, body=AgentEndCallBody(outcome="agent_hangup"))
        assert isinstance(ended, AgentEndCallResponse200), ended


def test_inbound_start_with_current_secret_gives_the_routed_agents_config(
    api: RunningApi,
    dashboard: AuthenticatedClient,
    routed_number: PhoneNumber,
    inbound_agent: Agent,
    hang_up: Callable[[str | None], None],
) -> None:
    config = start(agent_client(api, api.agent_secret), routed_number, room())
    hang_up(config.call_id)
    assert config.call_id
    assert config.fallback is not True
    assert config.agent.id == inbound_agent.id
    me = get_me.sync(client=dashboard)
    assert me is not None and not isinstance(me, ErrorResponse), me
    assert config.agent.workspace_id == config.workspace_id == me.workspace.id
    assert config.prompt == PUBLISHED_PROMPT.replace("{{business}}", "Acme Dental"), (
        "phone calls use the published prompt, variables filled"
    )
    assert config.max_call_seconds == 600
    assert "end_call" in config.enabled_tools
    assert config.tool_configs.to_dict() == {}
    assert config.phone_number and config.phone_number.e164 == routed_number.e164


def test_previous_secret_still_works_during_rotation_and_a_retry_keeps_the_call(
    api: RunningApi, routed_number: PhoneNumber, hang_up: Callable[[str | None], None]
) -> None:
    previous = agent_client(api, api.previous_agent_secret)
    room_name = room()
    first = start(previous, routed_number, room_name)
    hang_up(first.call_id)
    # LiveKit may retry the dispatch: the same room must not become a second call.
    again = start(agent_client(api, api.agent_secret), routed_number, room_name)
    assert again.call_id == first.call_id
    assert first.fallback is not True


def test_wrong_or_missing_secret_is_401_invalid_agent_secret(api: RunningApi, routed_number: PhoneNumber) -> None:
    body = StartInboundCallBody(room_name=room(), to=routed_number.e164)
    for client in (agent_client(api, "not-the-secret"), agent_client(api, "")):
        res = start_inbound_call.sync_detailed(client=client, body=body)
        assert res.status_code == 401, res.content
        assert isinstance(res.parsed, ErrorResponse), res.content
        assert res.parsed.error.code == "invalid_agent_secret"
    res = get_agent_runtime_config.sync_detailed(client=agent_client(api, "nope"), agent_id="agt_whatever")
    assert res.status_code == 401


def test_unknown_number_answers_the_fallback_config(api: RunningApi) -> None:
    body = StartInboundCallBody(room_name=room(), to="+15550109999")
    config = start_inbound_call.sync(client=agent_client(api, api.agent_secret), body=body)
    assert isinstance(config, AgentConfig), config
    assert config.fallback is True
    assert config.call_id
    assert config.agent.id is None
    assert "end_call" in config.enabled_tools


def test_agent_config_by_id(api: RunningApi, inbound_agent: Agent) -> None:
    config = get_agent_runtime_config.sync(client=agent_client(api, api.agent_secret), agent_id=inbound_agent.id)
    assert isinstance(config, AgentConfig), config
    assert config.agent.id == inbound_agent.id


def metrics_batch(events: list[dict], prompt_tokens: int) -> CallMetricsBody:
    # The shape the existing agent posts every few seconds: cumulative snapshots plus new turns.
    return CallMetricsBody.from_dict(
        {
            "usage": {
                "llm_prompt_tokens": prompt_tokens,
                "llm_prompt_cached_tokens": 0,
                "llm_completion_tokens": 40,
                "tts_characters_count": 300,
                "tts_audio_duration": 12.5,
                "stt_audio_duration": 20.0,
                "llm_model": "gpt-4o-mini",
            },
            "latency": {
                "llm_ttft_ms_avg": 310.0,
                "eou_transcription_ms_avg": None,
                "eou_end_ms_avg": 120.0,
                "agent_turn_latency_ms_avg": 1000.0,
            },
            "normalized": {"source": "telephony", "participantsCountAvg": 2, "recordingEnabled": False},
            "telephony": None,
            "events": events,
        }
    )


def test_call_lifecycle_metrics_with_replays_then_read_back(
    api: RunningApi, dashboard: AuthenticatedClient, routed_number: PhoneNumber, inbound_agent: Agent
) -> None:
    agent = agent_client(api, api.agent_secret)
    config = start(agent, routed_number, room())
    call_id = config.call_id
    assert call_id

    t1 = {"id": "t1", "type": "turn", "at": "2026-01-01T10:00:01Z", "e2eLatencyMs": 800}
    t2 = {"id": "t2", "type": "turn", "at": 1767261602, "e2eLatencyMs": 1200, "llmTtftMs": 300}
    t3 = {"id": 3, "type": "turn", "at": 1767261603000, "e2eLatencyMs": 1000, "promptTokens": 10, "completionTokens": 5}

    first = post_call_metrics.sync(call_id=call_id, client=agent, body=metrics_batch([t1, t2], prompt_tokens=100))
    assert isinstance(first, PostCallMetricsResponse200), first
    # The agent re-sends after a timeout: the same batch again, plus a replay of t1 with another
    # value, then the next batch. Replays are ignored; snapshots are replaced, not summed.
    replay = post_call_metrics.sync(call_id=call_id, client=agent, body=metrics_batch([t1, t2], prompt_tokens=100))
    assert isinstance(replay, PostCallMetricsResponse200), replay
    assert replay.call.metrics.to_dict() == first.call.metrics.to_dict(), "the same body twice changes nothing"
    later = post_call_metrics.sync(
        call_id=call_id, client=agent, body=metrics_batch([{**t1, "e2eLatencyMs": 99999}, t3], prompt_tokens=250)
    )
    assert isinstance(later, PostCallMetricsResponse200), later
    m = later.call.metrics
    assert m.usage is not None and m.usage.to_dict()["llm_prompt_tokens"] == 250
    # percentile_cont over the first copies of t1, t2, t3 = [800, 1000, 1200].
    assert m.latency_p50_ms == 1000
    assert abs((m.latency_p95_ms or 0) - 1180) < 1e-6

    transcript = [
        {"speaker": "Agent", "role": "agent", "text": "Acme Dental, how can I help?"},
        {"speaker": "User", "role": "user", "text": "I'd like to book a cleaning."},
    ]
    synced = sync_transcript.sync(call_id=call_id, client=agent, body=SyncTranscriptBody.from_dict({"transcript": transcript}))
    assert isinstance(synced, SyncTranscriptResponse200), synced
    tool_call = {"kind": "tool_invocation", "toolCallId": "tc1", "toolName": "end_call", "input": {}}
    ended = agent_end_call.sync(
        call_id=call_id, client=agent, body=AgentEndCallBody.from_dict({"outcome": "agent_hangup", "transcript": [*transcript, tool_call]})
    )
    assert isinstance(ended, AgentEndCallResponse200), ended
    # The shutdown flush arrives after the end: still accepted.
    late = sync_transcript.sync_detailed(call_id=call_id, client=agent, body=SyncTranscriptBody.from_dict({"transcript": transcript}))
    assert late.status_code < 400, late.content

    call = get_call.sync(call_id=call_id, client=dashboard)
    assert isinstance(call, Call), call
    assert call.direction == "inbound"
    assert call.status == "ended"
    assert call.outcome == "agent_hangup"
    assert call.agent_id == inbound_agent.id
    assert call.to == routed_number.e164
    assert call.from_ == "+15557654321"
    assert call.metrics.latency_p50_ms == 1000
    assert call.metrics.usage is not None and call.metrics.usage.to_dict()["llm_model"] == "gpt-4o-mini"
    assert call.transcript is not None and len(call.transcript) == 3

    page = list_calls.sync(client=dashboard, direction="inbound", limit=200)
    assert page is not None and not isinstance(page, ErrorResponse), page
    assert call_id in [c.id for c in page.items]


def test_metrics_for_an_unknown_call_is_404(api: RunningApi) -> None:
    res = post_call_metrics.sync_detailed(call_id="call_doesnotexist", client=agent_client(api, api.agent_secret), body=CallMetricsBody())
    assert res.status_code == 404
    assert isinstance(res.parsed, ErrorResponse)
