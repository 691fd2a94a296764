from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent import Agent
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    agent_id: str,
    variant_id: str,
    *,
    publish: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["publish"] = publish

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/agents/{agent_id}/variants/{variant_id}/promote".format(
            agent_id=quote(str(agent_id), safe=""),
            variant_id=quote(str(variant_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Agent | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Agent.from_dict(response.json())

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
) -> Response[Agent | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    publish: bool | Unset = UNSET,
) -> Response[Agent | ErrorResponse]:
    """Copy a winning variant into the agent

     The variant's prompt goes into `promptDraft` (appended to it, or instead of it with `promptMode:
    replace`); its welcome, voice and LLM overrides become the agent's. Phone calls keep the published
    prompt until publish: `?publish=true` also publishes and disables the variant. Answers the updated
    agent.

    Args:
        agent_id (str):
        variant_id (str):
        publish (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        variant_id=variant_id,
        publish=publish,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    publish: bool | Unset = UNSET,
) -> Agent | ErrorResponse | None:
    """Copy a winning variant into the agent

     The variant's prompt goes into `promptDraft` (appended to it, or instead of it with `promptMode:
    replace`); its welcome, voice and LLM overrides become the agent's. Phone calls keep the published
    prompt until publish: `?publish=true` also publishes and disables the variant. Answers the updated
    agent.

    Args:
        agent_id (str):
        variant_id (str):
        publish (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | ErrorResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        variant_id=variant_id,
        client=client,
        publish=publish,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    publish: bool | Unset = UNSET,
) -> Response[Agent | ErrorResponse]:
    """Copy a winning variant into the agent

     The variant's prompt goes into `promptDraft` (appended to it, or instead of it with `promptMode:
    replace`); its welcome, voice and LLM overrides become the agent's. Phone calls keep the published
    prompt until publish: `?publish=true` also publishes and disables the variant. Answers the updated
    agent.

    Args:
        agent_id (str):
        variant_id (str):
        publish (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Agent | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        variant_id=variant_id,
        publish=publish,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    variant_id: str,
    *,
    client: AuthenticatedClient,
    publish: bool | Unset = UNSET,
) -> Agent | ErrorResponse | None:
    """Copy a winning variant into the agent

     The variant's prompt goes into `promptDraft` (appended to it, or instead of it with `promptMode:
    replace`); its welcome, voice and LLM overrides become the agent's. Phone calls keep the published
    prompt until publish: `?publish=true` also publishes and disables the variant. Answers the updated
    agent.

    Args:
        agent_id (str):
        variant_id (str):
        publish (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Agent | ErrorResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            variant_id=variant_id,
            client=client,
            publish=publish,
        )
    ).parsed
