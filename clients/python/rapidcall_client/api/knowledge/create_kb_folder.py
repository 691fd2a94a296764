from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_kb_folder_body import CreateKbFolderBody
from ...models.error_response import ErrorResponse
from ...models.kb_folder import KbFolder
from ...types import Response


def _get_kwargs(
    *,
    body: CreateKbFolderBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/kb/folders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KbFolder | None:
    if response.status_code == 201:
        response_201 = KbFolder.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | KbFolder]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateKbFolderBody,
) -> Response[ErrorResponse | KbFolder]:
    """Create a knowledge-base folder

     Folders nest by `parentId` (a folder of the same workspace). Agents name the folders they answer
    from in `knowledgeFolderIds`.

    Args:
        body (CreateKbFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbFolder]
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
    body: CreateKbFolderBody,
) -> ErrorResponse | KbFolder | None:
    """Create a knowledge-base folder

     Folders nest by `parentId` (a folder of the same workspace). Agents name the folders they answer
    from in `knowledgeFolderIds`.

    Args:
        body (CreateKbFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbFolder
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateKbFolderBody,
) -> Response[ErrorResponse | KbFolder]:
    """Create a knowledge-base folder

     Folders nest by `parentId` (a folder of the same workspace). Agents name the folders they answer
    from in `knowledgeFolderIds`.

    Args:
        body (CreateKbFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbFolder]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateKbFolderBody,
) -> ErrorResponse | KbFolder | None:
    """Create a knowledge-base folder

     Folders nest by `parentId` (a folder of the same workspace). Agents name the folders they answer
    from in `knowledgeFolderIds`.

    Args:
        body (CreateKbFolderBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbFolder
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
