from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.export_call_format import ExportCallFormat
from ...models.export_call_response_200 import ExportCallResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    call_id: str,
    *,
    format_: ExportCallFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/calls/{call_id}/export".format(
            call_id=quote(str(call_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExportCallResponse200 | None:
    if response.status_code == 200:
        response_200 = ExportCallResponse200.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ExportCallResponse200]:
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
    format_: ExportCallFormat | Unset = UNSET,
) -> Response[ErrorResponse | ExportCallResponse200]:
    """Everything known about a call in one document

     `format=json` (default): the call with transcript, metrics and analysis, its evaluations, labels and
    recording link, as a `call-<id>.json` attachment. `format=txt`: the transcript as readable text
    (`call-<id>.txt`).

    Args:
        call_id (str):
        format_ (ExportCallFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExportCallResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportCallFormat | Unset = UNSET,
) -> ErrorResponse | ExportCallResponse200 | None:
    """Everything known about a call in one document

     `format=json` (default): the call with transcript, metrics and analysis, its evaluations, labels and
    recording link, as a `call-<id>.json` attachment. `format=txt`: the transcript as readable text
    (`call-<id>.txt`).

    Args:
        call_id (str):
        format_ (ExportCallFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExportCallResponse200
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportCallFormat | Unset = UNSET,
) -> Response[ErrorResponse | ExportCallResponse200]:
    """Everything known about a call in one document

     `format=json` (default): the call with transcript, metrics and analysis, its evaluations, labels and
    recording link, as a `call-<id>.json` attachment. `format=txt`: the transcript as readable text
    (`call-<id>.txt`).

    Args:
        call_id (str):
        format_ (ExportCallFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExportCallResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
    format_: ExportCallFormat | Unset = UNSET,
) -> ErrorResponse | ExportCallResponse200 | None:
    """Everything known about a call in one document

     `format=json` (default): the call with transcript, metrics and analysis, its evaluations, labels and
    recording link, as a `call-<id>.json` attachment. `format=txt`: the transcript as readable text
    (`call-<id>.txt`).

    Args:
        call_id (str):
        format_ (ExportCallFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExportCallResponse200
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            format_=format_,
        )
    ).parsed
