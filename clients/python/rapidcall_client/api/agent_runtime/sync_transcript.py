from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sync_transcript_body import SyncTranscriptBody
from ...models.sync_transcript_response_200 import SyncTranscriptResponse200
from ...types import Response


def _get_kwargs(
    call_id: str,
    *,
    body: SyncTranscriptBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/internal/calls/{call_id}/transcript".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SyncTranscriptResponse200 | None:
    if response.status_code == 200:
        response_200 = SyncTranscriptResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SyncTranscriptResponse200]:
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
    body: SyncTranscriptBody,
) -> Response[ErrorResponse | SyncTranscriptResponse200]:
    """Store the whole transcript so far (replaces, never duplicates)

     The agent re-sends the full list every few seconds and once more after the call ended. A shorter,
    older list never truncates a newer one (`stored: false`); an unchanged list writes nothing; a list
    whose earlier entries changed replaces the stored one from the first entry that differs.

    Args:
        call_id (str):
        body (SyncTranscriptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SyncTranscriptResponse200]
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
    body: SyncTranscriptBody,
) -> ErrorResponse | SyncTranscriptResponse200 | None:
    """Store the whole transcript so far (replaces, never duplicates)

     The agent re-sends the full list every few seconds and once more after the call ended. A shorter,
    older list never truncates a newer one (`stored: false`); an unchanged list writes nothing; a list
    whose earlier entries changed replaces the stored one from the first entry that differs.

    Args:
        call_id (str):
        body (SyncTranscriptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SyncTranscriptResponse200
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
    body: SyncTranscriptBody,
) -> Response[ErrorResponse | SyncTranscriptResponse200]:
    """Store the whole transcript so far (replaces, never duplicates)

     The agent re-sends the full list every few seconds and once more after the call ended. A shorter,
    older list never truncates a newer one (`stored: false`); an unchanged list writes nothing; a list
    whose earlier entries changed replaces the stored one from the first entry that differs.

    Args:
        call_id (str):
        body (SyncTranscriptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SyncTranscriptResponse200]
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
    body: SyncTranscriptBody,
) -> ErrorResponse | SyncTranscriptResponse200 | None:
    """Store the whole transcript so far (replaces, never duplicates)

     The agent re-sends the full list every few seconds and once more after the call ended. A shorter,
    older list never truncates a newer one (`stored: false`); an unchanged list writes nothing; a list
    whose earlier entries changed replaces the stored one from the first entry that differs.

    Args:
        call_id (str):
        body (SyncTranscriptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SyncTranscriptResponse200
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
