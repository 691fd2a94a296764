from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.start_web_call_body import StartWebCallBody
from ...models.start_web_call_response_201 import StartWebCallResponse201
from ...types import Response


def _get_kwargs(
    *,
    body: StartWebCallBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calls/web",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StartWebCallResponse201 | None:
    if response.status_code == 201:
        response_201 = StartWebCallResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | StartWebCallResponse201]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartWebCallBody,
) -> Response[ErrorResponse | StartWebCallResponse201]:
    """Start a browser call with an agent

     Creates the call, a LiveKit room with the agent config as metadata, dispatches `LIVEKIT_AGENT_NAME`,
    and returns a browser token. Billing refusals: 402 `trial_credit_exhausted`, `payment_past_due` or
    `spend_cap_reached`; 429 `concurrency_limit` with the limit and the calls open.

    Args:
        body (StartWebCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StartWebCallResponse201]
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
    body: StartWebCallBody,
) -> ErrorResponse | StartWebCallResponse201 | None:
    """Start a browser call with an agent

     Creates the call, a LiveKit room with the agent config as metadata, dispatches `LIVEKIT_AGENT_NAME`,
    and returns a browser token. Billing refusals: 402 `trial_credit_exhausted`, `payment_past_due` or
    `spend_cap_reached`; 429 `concurrency_limit` with the limit and the calls open.

    Args:
        body (StartWebCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StartWebCallResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartWebCallBody,
) -> Response[ErrorResponse | StartWebCallResponse201]:
    """Start a browser call with an agent

     Creates the call, a LiveKit room with the agent config as metadata, dispatches `LIVEKIT_AGENT_NAME`,
    and returns a browser token. Billing refusals: 402 `trial_credit_exhausted`, `payment_past_due` or
    `spend_cap_reached`; 429 `concurrency_limit` with the limit and the calls open.

    Args:
        body (StartWebCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StartWebCallResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartWebCallBody,
) -> ErrorResponse | StartWebCallResponse201 | None:
    """Start a browser call with an agent

     Creates the call, a LiveKit room with the agent config as metadata, dispatches `LIVEKIT_AGENT_NAME`,
    and returns a browser token. Billing refusals: 402 `trial_credit_exhausted`, `payment_past_due` or
    `spend_cap_reached`; 429 `concurrency_limit` with the limit and the calls open.

    Args:
        body (StartWebCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StartWebCallResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
