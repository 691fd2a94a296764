from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_config import AgentConfig
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["workspaceId"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/internal/agents/config",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentConfig | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AgentConfig.from_dict(response.json())

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
) -> Response[AgentConfig | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    workspace_id: str | Unset = UNSET,
) -> Response[AgentConfig | ErrorResponse]:
    """Agent config for the runtime

     Answers exactly 200 with the config (the agent treats anything else as failure). Uses the web-call
    prompt choice (draft first), as the agent fetches this for web rooms.

    Args:
        agent_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConfig | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    workspace_id: str | Unset = UNSET,
) -> AgentConfig | ErrorResponse | None:
    """Agent config for the runtime

     Answers exactly 200 with the config (the agent treats anything else as failure). Uses the web-call
    prompt choice (draft first), as the agent fetches this for web rooms.

    Args:
        agent_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConfig | ErrorResponse
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    workspace_id: str | Unset = UNSET,
) -> Response[AgentConfig | ErrorResponse]:
    """Agent config for the runtime

     Answers exactly 200 with the config (the agent treats anything else as failure). Uses the web-call
    prompt choice (draft first), as the agent fetches this for web rooms.

    Args:
        agent_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentConfig | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str,
    workspace_id: str | Unset = UNSET,
) -> AgentConfig | ErrorResponse | None:
    """Agent config for the runtime

     Answers exactly 200 with the config (the agent treats anything else as failure). Uses the web-call
    prompt choice (draft first), as the agent fetches this for web rooms.

    Args:
        agent_id (str):
        workspace_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentConfig | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            workspace_id=workspace_id,
        )
    ).parsed
