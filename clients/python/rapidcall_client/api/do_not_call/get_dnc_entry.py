from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dnc_entry import DncEntry
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    phone: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/dnc/{phone}".format(
            phone=quote(str(phone), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DncEntry | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DncEntry.from_dict(response.json())

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
) -> Response[DncEntry | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[DncEntry | ErrorResponse]:
    """Whether a number is on the do-not-call list

     404 `dnc_entry_not_found` when it is not (or only on another workspace's list).

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DncEntry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> DncEntry | ErrorResponse | None:
    """Whether a number is on the do-not-call list

     404 `dnc_entry_not_found` when it is not (or only on another workspace's list).

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DncEntry | ErrorResponse
    """

    return sync_detailed(
        phone=phone,
        client=client,
    ).parsed


async def asyncio_detailed(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> Response[DncEntry | ErrorResponse]:
    """Whether a number is on the do-not-call list

     404 `dnc_entry_not_found` when it is not (or only on another workspace's list).

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DncEntry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        phone=phone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    phone: str,
    *,
    client: AuthenticatedClient,
) -> DncEntry | ErrorResponse | None:
    """Whether a number is on the do-not-call list

     404 `dnc_entry_not_found` when it is not (or only on another workspace's list).

    Args:
        phone (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DncEntry | ErrorResponse
    """

    return (
        await asyncio_detailed(
            phone=phone,
            client=client,
        )
    ).parsed
