from http import HTTPStatus
from io import BytesIO
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    call_id: str,
    *,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(range_, Unset):
        headers["range"] = range_

    if not isinstance(if_none_match, Unset):
        headers["if-none-match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/calls/{call_id}/recording".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 206:
        response_206 = File(payload=BytesIO(response.content))

        return response_206

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 416:
        response_416 = ErrorResponse.from_dict(response.json())

        return response_416

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
) -> Response[Any | ErrorResponse | File]:
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
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | File]:
    """Stream the call recording (audio/mpeg, Range supported)

     Streams the MP3 from S3 without buffering it: `Content-Length`, `Accept-Ranges: bytes`, `ETag`,
    `Last-Modified`. One `Range` (`bytes=a-b`, `bytes=a-`, `bytes=-n`) answers 206 with `Content-Range`;
    several ranges are ignored (200). `If-None-Match` answers 304. 404 `recording_not_found` when the
    call has no finished recording (or the object is missing); 502 `storage_error` when S3 fails. For an
    `<audio>` element that cannot send a Bearer token, use `/recording/url`.

    Args:
        call_id (str):
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        range_=range_,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorResponse | File | None:
    """Stream the call recording (audio/mpeg, Range supported)

     Streams the MP3 from S3 without buffering it: `Content-Length`, `Accept-Ranges: bytes`, `ETag`,
    `Last-Modified`. One `Range` (`bytes=a-b`, `bytes=a-`, `bytes=-n`) answers 206 with `Content-Range`;
    several ranges are ignored (200). `If-None-Match` answers 304. 404 `recording_not_found` when the
    call has no finished recording (or the object is missing); 502 `storage_error` when S3 fails. For an
    `<audio>` element that cannot send a Bearer token, use `/recording/url`.

    Args:
        call_id (str):
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | File
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        range_=range_,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorResponse | File]:
    """Stream the call recording (audio/mpeg, Range supported)

     Streams the MP3 from S3 without buffering it: `Content-Length`, `Accept-Ranges: bytes`, `ETag`,
    `Last-Modified`. One `Range` (`bytes=a-b`, `bytes=a-`, `bytes=-n`) answers 206 with `Content-Range`;
    several ranges are ignored (200). `If-None-Match` answers 304. 404 `recording_not_found` when the
    call has no finished recording (or the object is missing); 502 `storage_error` when S3 fails. For an
    `<audio>` element that cannot send a Bearer token, use `/recording/url`.

    Args:
        call_id (str):
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        range_=range_,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
    range_: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorResponse | File | None:
    """Stream the call recording (audio/mpeg, Range supported)

     Streams the MP3 from S3 without buffering it: `Content-Length`, `Accept-Ranges: bytes`, `ETag`,
    `Last-Modified`. One `Range` (`bytes=a-b`, `bytes=a-`, `bytes=-n`) answers 206 with `Content-Range`;
    several ranges are ignored (200). `If-None-Match` answers 304. 404 `recording_not_found` when the
    call has no finished recording (or the object is missing); 502 `storage_error` when S3 fails. For an
    `<audio>` element that cannot send a Bearer token, use `/recording/url`.

    Args:
        call_id (str):
        range_ (str | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            range_=range_,
            if_none_match=if_none_match,
        )
    ).parsed
