from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_config import AgentConfig
from ...models.error_response import ErrorResponse
from ...models.start_inbound_call_body import StartInboundCallBody
from ...types import Response


def _get_kwargs(
    *,
    body: StartInboundCallBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/internal/telephony/inbound/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentConfig | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AgentConfig.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AgentConfig | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartInboundCallBody,
) -> Response[AgentConfig | ErrorResponse]:
    """The agent asks for the config of an inbound call

     `to` may be E.164 with or without `+`, `sip:+1...@host` or `tel:`. Records the call (status
    `active`; the same `callId` for a repeated `roomName`) and writes the room metadata before
    answering. An unknown number, or one without an inbound agent, answers 201 with `fallback: true`:
    the agent says the number is not configured and ends the call. Calls to numbers no workspace owns
    are kept as unrouted calls (`npm run doctor -- --unrouted`).

    Args:
        body (StartInboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConfig | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: StartInboundCallBody,
) -> AgentConfig | ErrorResponse | None:
    """The agent asks for the config of an inbound call

     `to` may be E.164 with or without `+`, `sip:+1...@host` or `tel:`. Records the call (status
    `active`; the same `callId` for a repeated `roomName`) and writes the room metadata before
    answering. An unknown number, or one without an inbound agent, answers 201 with `fallback: true`:
    the agent says the number is not configured and ends the call. Calls to numbers no workspace owns
    are kept as unrouted calls (`npm run doctor -- --unrouted`).

    Args:
        body (StartInboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConfig | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartInboundCallBody,
) -> Response[AgentConfig | ErrorResponse]:
    """The agent asks for the config of an inbound call

     `to` may be E.164 with or without `+`, `sip:+1...@host` or `tel:`. Records the call (status
    `active`; the same `callId` for a repeated `roomName`) and writes the room metadata before
    answering. An unknown number, or one without an inbound agent, answers 201 with `fallback: true`:
    the agent says the number is not configured and ends the call. Calls to numbers no workspace owns
    are kept as unrouted calls (`npm run doctor -- --unrouted`).

    Args:
        body (StartInboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConfig | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartInboundCallBody,
) -> AgentConfig | ErrorResponse | None:
    """The agent asks for the config of an inbound call

     `to` may be E.164 with or without `+`, `sip:+1...@host` or `tel:`. Records the call (status
    `active`; the same `callId` for a repeated `roomName`) and writes the room metadata before
    answering. An unknown number, or one without an inbound agent, answers 201 with `fallback: true`:
    the agent says the number is not configured and ends the call. Calls to numbers no workspace owns
    are kept as unrouted calls (`npm run doctor -- --unrouted`).

    Args:
        body (StartInboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConfig | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
