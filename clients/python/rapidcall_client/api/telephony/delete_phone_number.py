from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    release: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["release"] = release

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/phone-numbers/{id}".format(
            id=quote(str(id), safe=""),
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

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

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
    id: str,
    *,
    client: AuthenticatedClient,
    release: bool | Unset = True,
) -> Response[Any | ErrorResponse]:
    """Remove a number from the workspace

     Takes the number off the workspace SIP trunk and LiveKit trunks (best effort, logged) and forgets
    it. A number bought through the API (`source: purchased`) is released at Twilio unless
    `release=false`; an imported number stays in the Twilio account.

    Args:
        id (str):
        release (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        release=release,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    release: bool | Unset = True,
) -> Any | ErrorResponse | None:
    """Remove a number from the workspace

     Takes the number off the workspace SIP trunk and LiveKit trunks (best effort, logged) and forgets
    it. A number bought through the API (`source: purchased`) is released at Twilio unless
    `release=false`; an imported number stays in the Twilio account.

    Args:
        id (str):
        release (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        release=release,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    release: bool | Unset = True,
) -> Response[Any | ErrorResponse]:
    """Remove a number from the workspace

     Takes the number off the workspace SIP trunk and LiveKit trunks (best effort, logged) and forgets
    it. A number bought through the API (`source: purchased`) is released at Twilio unless
    `release=false`; an imported number stays in the Twilio account.

    Args:
        id (str):
        release (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        release=release,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    release: bool | Unset = True,
) -> Any | ErrorResponse | None:
    """Remove a number from the workspace

     Takes the number off the workspace SIP trunk and LiveKit trunks (best effort, logged) and forgets
    it. A number bought through the API (`source: purchased`) is released at Twilio unless
    `release=false`; an imported number stays in the Twilio account.

    Args:
        id (str):
        release (bool | Unset):  Default: True.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            release=release,
        )
    ).parsed
