from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    recursive: bool | Unset = False,
    force: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/kb/folders/{folder_id}".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    recursive: bool | Unset = False,
    force: bool | Unset = False,
) -> Response[Any | ErrorResponse]:
    """Delete a folder

     A folder with documents answers 409 `folder_not_empty` unless `?recursive=true` (which deletes
    them); a folder with subfolders answers 409 `folder_has_subfolders`; a folder an agent uses answers
    409 `folder_in_use` (`details.agents`) unless `?force=true`, which also removes it from those
    agents' `knowledgeFolderIds`.

    Args:
        folder_id (str):
        recursive (bool | Unset):  Default: False.
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        recursive=recursive,
        force=force,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    recursive: bool | Unset = False,
    force: bool | Unset = False,
) -> Any | ErrorResponse | None:
    """Delete a folder

     A folder with documents answers 409 `folder_not_empty` unless `?recursive=true` (which deletes
    them); a folder with subfolders answers 409 `folder_has_subfolders`; a folder an agent uses answers
    409 `folder_in_use` (`details.agents`) unless `?force=true`, which also removes it from those
    agents' `knowledgeFolderIds`.

    Args:
        folder_id (str):
        recursive (bool | Unset):  Default: False.
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        recursive=recursive,
        force=force,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    recursive: bool | Unset = False,
    force: bool | Unset = False,
) -> Response[Any | ErrorResponse]:
    """Delete a folder

     A folder with documents answers 409 `folder_not_empty` unless `?recursive=true` (which deletes
    them); a folder with subfolders answers 409 `folder_has_subfolders`; a folder an agent uses answers
    409 `folder_in_use` (`details.agents`) unless `?force=true`, which also removes it from those
    agents' `knowledgeFolderIds`.

    Args:
        folder_id (str):
        recursive (bool | Unset):  Default: False.
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        recursive=recursive,
        force=force,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    recursive: bool | Unset = False,
    force: bool | Unset = False,
) -> Any | ErrorResponse | None:
    """Delete a folder

     A folder with documents answers 409 `folder_not_empty` unless `?recursive=true` (which deletes
    them); a folder with subfolders answers 409 `folder_has_subfolders`; a folder an agent uses answers
    409 `folder_in_use` (`details.agents`) unless `?force=true`, which also removes it from those
    agents' `knowledgeFolderIds`.

    Args:
        folder_id (str):
        recursive (bool | Unset):  Default: False.
        force (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            recursive=recursive,
            force=force,
        )
    ).parsed
