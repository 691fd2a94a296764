from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    campaign_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaigns/{campaign_id}/results".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = cast(str, response.content)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | str]:
    """The campaign's recipients with their outcomes, as CSV

     `text/csv`, a header line then one recipient per line in the order they were added: `recipient_id`,
    `phone`, `name`, `timezone`, `status`, `attempts`, `last_outcome`, `last_error`, `next_attempt_at`,
    `call_ids`, `duration_s`, `cost_usd`, `variables`, `created_at`, `updated_at`. `call_ids` is space-
    separated, oldest first; `duration_s` and `cost_usd` add up all its attempts; `variables` is JSON.

    Args:
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | str | None:
    """The campaign's recipients with their outcomes, as CSV

     `text/csv`, a header line then one recipient per line in the order they were added: `recipient_id`,
    `phone`, `name`, `timezone`, `status`, `attempts`, `last_outcome`, `last_error`, `next_attempt_at`,
    `call_ids`, `duration_s`, `cost_usd`, `variables`, `created_at`, `updated_at`. `call_ids` is space-
    separated, oldest first; `duration_s` and `cost_usd` add up all its attempts; `variables` is JSON.

    Args:
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | str]:
    """The campaign's recipients with their outcomes, as CSV

     `text/csv`, a header line then one recipient per line in the order they were added: `recipient_id`,
    `phone`, `name`, `timezone`, `status`, `attempts`, `last_outcome`, `last_error`, `next_attempt_at`,
    `call_ids`, `duration_s`, `cost_usd`, `variables`, `created_at`, `updated_at`. `call_ids` is space-
    separated, oldest first; `duration_s` and `cost_usd` add up all its attempts; `variables` is JSON.

    Args:
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | str | None:
    """The campaign's recipients with their outcomes, as CSV

     `text/csv`, a header line then one recipient per line in the order they were added: `recipient_id`,
    `phone`, `name`, `timezone`, `status`, `attempts`, `last_outcome`, `last_error`, `next_attempt_at`,
    `call_ids`, `duration_s`, `cost_usd`, `variables`, `created_at`, `updated_at`. `call_ids` is space-
    separated, oldest first; `duration_s` and `cost_usd` add up all its attempts; `variables` is JSON.

    Args:
        campaign_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
        )
    ).parsed
