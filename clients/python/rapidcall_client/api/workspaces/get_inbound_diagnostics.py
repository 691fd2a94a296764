from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.inbound_diagnostics import InboundDiagnostics
from ...types import Response


def _get_kwargs(
    workspace_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/workspaces/{workspace_id}/inbound-diagnostics".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InboundDiagnostics | None:
    if response.status_code == 200:
        response_200 = InboundDiagnostics.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InboundDiagnostics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | InboundDiagnostics]:
    """The inbound routing doctor: what is wrong with inbound calls, and what fixes it

     Reads the live Twilio trunk (origination, numbers) and LiveKit SIP (inbound trunks, dispatch rules),
    the numbers and the calls table. Each entry of `checks` with `ok: false` carries a `fix`: the
    dashboard step or environment variable to change. Same report on the command line: `npm run doctor
    -- --workspace <id>`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InboundDiagnostics]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | InboundDiagnostics | None:
    """The inbound routing doctor: what is wrong with inbound calls, and what fixes it

     Reads the live Twilio trunk (origination, numbers) and LiveKit SIP (inbound trunks, dispatch rules),
    the numbers and the calls table. Each entry of `checks` with `ok: false` carries a `fix`: the
    dashboard step or environment variable to change. Same report on the command line: `npm run doctor
    -- --workspace <id>`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InboundDiagnostics
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | InboundDiagnostics]:
    """The inbound routing doctor: what is wrong with inbound calls, and what fixes it

     Reads the live Twilio trunk (origination, numbers) and LiveKit SIP (inbound trunks, dispatch rules),
    the numbers and the calls table. Each entry of `checks` with `ok: false` carries a `fix`: the
    dashboard step or environment variable to change. Same report on the command line: `npm run doctor
    -- --workspace <id>`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InboundDiagnostics]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | InboundDiagnostics | None:
    """The inbound routing doctor: what is wrong with inbound calls, and what fixes it

     Reads the live Twilio trunk (origination, numbers) and LiveKit SIP (inbound trunks, dispatch rules),
    the numbers and the calls table. Each entry of `checks` with `ok: false` carries a `fix`: the
    dashboard step or environment variable to change. Same report on the command line: `npm run doctor
    -- --workspace <id>`.

    Args:
        workspace_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InboundDiagnostics
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
        )
    ).parsed
