from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.import_dnc_entries_body import ImportDncEntriesBody
from ...models.import_dnc_entries_dnc_import_result import ImportDncEntriesDncImportResult
from ...types import Response


def _get_kwargs(
    *,
    body: ImportDncEntriesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/dnc/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImportDncEntriesDncImportResult | None:
    if response.status_code == 200:
        response_200 = ImportDncEntriesDncImportResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ImportDncEntriesDncImportResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportDncEntriesBody,
) -> Response[ErrorResponse | ImportDncEntriesDncImportResult]:
    """Add up to 10,000 numbers at once

     Numbers that cannot be read are reported in `rejected` (1-based `row`); the others are added in one
    transaction. Numbers already listed keep their entry.

    Args:
        body (ImportDncEntriesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImportDncEntriesDncImportResult]
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
    body: ImportDncEntriesBody,
) -> ErrorResponse | ImportDncEntriesDncImportResult | None:
    """Add up to 10,000 numbers at once

     Numbers that cannot be read are reported in `rejected` (1-based `row`); the others are added in one
    transaction. Numbers already listed keep their entry.

    Args:
        body (ImportDncEntriesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImportDncEntriesDncImportResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportDncEntriesBody,
) -> Response[ErrorResponse | ImportDncEntriesDncImportResult]:
    """Add up to 10,000 numbers at once

     Numbers that cannot be read are reported in `rejected` (1-based `row`); the others are added in one
    transaction. Numbers already listed keep their entry.

    Args:
        body (ImportDncEntriesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImportDncEntriesDncImportResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ImportDncEntriesBody,
) -> ErrorResponse | ImportDncEntriesDncImportResult | None:
    """Add up to 10,000 numbers at once

     Numbers that cannot be read are reported in `rejected` (1-based `row`); the others are added in one
    transaction. Numbers already listed keep their entry.

    Args:
        body (ImportDncEntriesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImportDncEntriesDncImportResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
