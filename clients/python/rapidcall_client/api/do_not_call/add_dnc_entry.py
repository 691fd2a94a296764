from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_dnc_entry_body import AddDncEntryBody
from ...models.dnc_entry import DncEntry
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddDncEntryBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/dnc",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DncEntry | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DncEntry.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DncEntry.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
    *,
    client: AuthenticatedClient,
    body: AddDncEntryBody,
) -> Response[DncEntry | ErrorResponse]:
    """Add a number to the do-not-call list

     The number is stored as E.164 (`defaultCountry` reads national notations). 201 when added, 200 with
    the existing entry when it was listed already.

    Args:
        body (AddDncEntryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DncEntry | ErrorResponse]
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
    body: AddDncEntryBody,
) -> DncEntry | ErrorResponse | None:
    """Add a number to the do-not-call list

     The number is stored as E.164 (`defaultCountry` reads national notations). 201 when added, 200 with
    the existing entry when it was listed already.

    Args:
        body (AddDncEntryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DncEntry | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddDncEntryBody,
) -> Response[DncEntry | ErrorResponse]:
    """Add a number to the do-not-call list

     The number is stored as E.164 (`defaultCountry` reads national notations). 201 when added, 200 with
    the existing entry when it was listed already.

    Args:
        body (AddDncEntryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DncEntry | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddDncEntryBody,
) -> DncEntry | ErrorResponse | None:
    """Add a number to the do-not-call list

     The number is stored as E.164 (`defaultCountry` reads national notations). 201 when added, 200 with
    the existing entry when it was listed already.

    Args:
        body (AddDncEntryBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DncEntry | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
