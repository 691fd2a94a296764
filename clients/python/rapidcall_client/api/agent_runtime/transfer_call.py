from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transfer_call_body import TransferCallBody
from ...models.transfer_call_response_200 import TransferCallResponse200
from ...types import Response


def _get_kwargs(
    call_id: str,
    *,
    body: TransferCallBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/internal/calls/{call_id}/transfer".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransferCallResponse200 | None:
    if response.status_code == 200:
        response_200 = TransferCallResponse200.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | TransferCallResponse200]:
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
    body: TransferCallBody,
) -> Response[ErrorResponse | TransferCallResponse200]:
    """Transfer the call's phone leg (LiveKit TransferSIPParticipant)

     A bare number is sent as `tel:<number>`; `sip:` and `tel:` URIs as given. Answers exactly 200 once
    LiveKit accepted the transfer, and notes it on the call (`metrics.transfer`). 404 `call_not_found`;
    409 `no_sip_participant` for a web call or a call whose phone leg has left; 502 `transfer_failed`
    when LiveKit refuses.

    Args:
        call_id (str):
        body (TransferCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransferCallResponse200]
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
    body: TransferCallBody,
) -> ErrorResponse | TransferCallResponse200 | None:
    """Transfer the call's phone leg (LiveKit TransferSIPParticipant)

     A bare number is sent as `tel:<number>`; `sip:` and `tel:` URIs as given. Answers exactly 200 once
    LiveKit accepted the transfer, and notes it on the call (`metrics.transfer`). 404 `call_not_found`;
    409 `no_sip_participant` for a web call or a call whose phone leg has left; 502 `transfer_failed`
    when LiveKit refuses.

    Args:
        call_id (str):
        body (TransferCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransferCallResponse200
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
    body: TransferCallBody,
) -> Response[ErrorResponse | TransferCallResponse200]:
    """Transfer the call's phone leg (LiveKit TransferSIPParticipant)

     A bare number is sent as `tel:<number>`; `sip:` and `tel:` URIs as given. Answers exactly 200 once
    LiveKit accepted the transfer, and notes it on the call (`metrics.transfer`). 404 `call_not_found`;
    409 `no_sip_participant` for a web call or a call whose phone leg has left; 502 `transfer_failed`
    when LiveKit refuses.

    Args:
        call_id (str):
        body (TransferCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransferCallResponse200]
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
    body: TransferCallBody,
) -> ErrorResponse | TransferCallResponse200 | None:
    """Transfer the call's phone leg (LiveKit TransferSIPParticipant)

     A bare number is sent as `tel:<number>`; `sip:` and `tel:` URIs as given. Answers exactly 200 once
    LiveKit accepted the transfer, and notes it on the call (`metrics.transfer`). 404 `call_not_found`;
    409 `no_sip_participant` for a web call or a call whose phone leg has left; 502 `transfer_failed`
    when LiveKit refuses.

    Args:
        call_id (str):
        body (TransferCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransferCallResponse200
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
