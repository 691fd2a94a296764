from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_variant import AgentVariant
from ...models.create_agent_variant_body import CreateAgentVariantBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: CreateAgentVariantBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/agents/{agent_id}/variants".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentVariant | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AgentVariant.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[AgentVariant | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentVariantBody,
) -> Response[AgentVariant | ErrorResponse]:
    """Add an A/B variant

     Every call type (web, inbound, outbound, campaign) is split: a call runs a variant with the
    probability of its `trafficPercent`, chosen from the call id (a retried start gets the same one),
    recorded as the call's `variantId`. 400 `variant_traffic_exceeded` when the enabled variants would
    take more than 100%; 400 `too_many_variants` past 20.

    Args:
        agent_id (str):
        body (CreateAgentVariantBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentVariant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentVariantBody,
) -> AgentVariant | ErrorResponse | None:
    """Add an A/B variant

     Every call type (web, inbound, outbound, campaign) is split: a call runs a variant with the
    probability of its `trafficPercent`, chosen from the call id (a retried start gets the same one),
    recorded as the call's `variantId`. 400 `variant_traffic_exceeded` when the enabled variants would
    take more than 100%; 400 `too_many_variants` past 20.

    Args:
        agent_id (str):
        body (CreateAgentVariantBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentVariant | ErrorResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentVariantBody,
) -> Response[AgentVariant | ErrorResponse]:
    """Add an A/B variant

     Every call type (web, inbound, outbound, campaign) is split: a call runs a variant with the
    probability of its `trafficPercent`, chosen from the call id (a retried start gets the same one),
    recorded as the call's `variantId`. 400 `variant_traffic_exceeded` when the enabled variants would
    take more than 100%; 400 `too_many_variants` past 20.

    Args:
        agent_id (str):
        body (CreateAgentVariantBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentVariant | ErrorResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAgentVariantBody,
) -> AgentVariant | ErrorResponse | None:
    """Add an A/B variant

     Every call type (web, inbound, outbound, campaign) is split: a call runs a variant with the
    probability of its `trafficPercent`, chosen from the call id (a retried start gets the same one),
    recorded as the call's `variantId`. 400 `variant_traffic_exceeded` when the enabled variants would
    take more than 100%; 400 `too_many_variants` past 20.

    Args:
        agent_id (str):
        body (CreateAgentVariantBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentVariant | ErrorResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
