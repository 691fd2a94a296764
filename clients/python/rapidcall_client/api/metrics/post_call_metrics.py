from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.call_metrics_body import CallMetricsBody
from ...models.error_response import ErrorResponse
from ...models.post_call_metrics_response_200 import PostCallMetricsResponse200
from ...types import Response


def _get_kwargs(
    call_id: str,
    *,
    body: CallMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calls/{call_id}/metrics".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PostCallMetricsResponse200 | None:
    if response.status_code == 200:
        response_200 = PostCallMetricsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | PostCallMetricsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: CallMetricsBody,
) -> Response[ErrorResponse | PostCallMetricsResponse200]:
    """The voice agent reports a call's metrics

     Snapshots (`usage`, `models`, `latency`, `normalized`, `telephony`) replace the stored ones;
    `events` are appended once per `id` (at most 500 per post). Posting the same body twice changes
    nothing. Ended calls still accept events. Unknown top-level keys are ignored.

    Args:
        call_id (str):
        body (CallMetricsBody): Every key optional. `usage`, `models`, `latency`, `normalized` and
            `telephony` are snapshots: each one posted replaces the stored one. `events` are appended
            once per `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostCallMetricsResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: CallMetricsBody,
) -> ErrorResponse | PostCallMetricsResponse200 | None:
    """The voice agent reports a call's metrics

     Snapshots (`usage`, `models`, `latency`, `normalized`, `telephony`) replace the stored ones;
    `events` are appended once per `id` (at most 500 per post). Posting the same body twice changes
    nothing. Ended calls still accept events. Unknown top-level keys are ignored.

    Args:
        call_id (str):
        body (CallMetricsBody): Every key optional. `usage`, `models`, `latency`, `normalized` and
            `telephony` are snapshots: each one posted replaces the stored one. `events` are appended
            once per `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostCallMetricsResponse200
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: CallMetricsBody,
) -> Response[ErrorResponse | PostCallMetricsResponse200]:
    """The voice agent reports a call's metrics

     Snapshots (`usage`, `models`, `latency`, `normalized`, `telephony`) replace the stored ones;
    `events` are appended once per `id` (at most 500 per post). Posting the same body twice changes
    nothing. Ended calls still accept events. Unknown top-level keys are ignored.

    Args:
        call_id (str):
        body (CallMetricsBody): Every key optional. `usage`, `models`, `latency`, `normalized` and
            `telephony` are snapshots: each one posted replaces the stored one. `events` are appended
            once per `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PostCallMetricsResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: CallMetricsBody,
) -> ErrorResponse | PostCallMetricsResponse200 | None:
    """The voice agent reports a call's metrics

     Snapshots (`usage`, `models`, `latency`, `normalized`, `telephony`) replace the stored ones;
    `events` are appended once per `id` (at most 500 per post). Posting the same body twice changes
    nothing. Ended calls still accept events. Unknown top-level keys are ignored.

    Args:
        call_id (str):
        body (CallMetricsBody): Every key optional. `usage`, `models`, `latency`, `normalized` and
            `telephony` are snapshots: each one posted replaces the stored one. `events` are appended
            once per `id`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PostCallMetricsResponse200
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
