from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign import Campaign
from ...models.create_campaign_body import CreateCampaignBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateCampaignBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Campaign | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = Campaign.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Campaign | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCampaignBody,
) -> Response[Campaign | ErrorResponse]:
    """Create a campaign (a draft until started)

     Defaults: window Monday-Friday 09:00-18:00 in each recipient's zone (else `timezone`, default UTC),
    maxConcurrent 10, maxAttempts 3, retry on busy, no_answer and failed after 60 minutes. 404 when the
    agent or number is not the workspace's.

    Args:
        body (CreateCampaignBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Campaign | ErrorResponse]
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
    body: CreateCampaignBody,
) -> Campaign | ErrorResponse | None:
    """Create a campaign (a draft until started)

     Defaults: window Monday-Friday 09:00-18:00 in each recipient's zone (else `timezone`, default UTC),
    maxConcurrent 10, maxAttempts 3, retry on busy, no_answer and failed after 60 minutes. 404 when the
    agent or number is not the workspace's.

    Args:
        body (CreateCampaignBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Campaign | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateCampaignBody,
) -> Response[Campaign | ErrorResponse]:
    """Create a campaign (a draft until started)

     Defaults: window Monday-Friday 09:00-18:00 in each recipient's zone (else `timezone`, default UTC),
    maxConcurrent 10, maxAttempts 3, retry on busy, no_answer and failed after 60 minutes. 404 when the
    agent or number is not the workspace's.

    Args:
        body (CreateCampaignBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Campaign | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateCampaignBody,
) -> Campaign | ErrorResponse | None:
    """Create a campaign (a draft until started)

     Defaults: window Monday-Friday 09:00-18:00 in each recipient's zone (else `timezone`, default UTC),
    maxConcurrent 10, maxAttempts 3, retry on busy, no_answer and failed after 60 minutes. 404 when the
    agent or number is not the workspace's.

    Args:
        body (CreateCampaignBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Campaign | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
