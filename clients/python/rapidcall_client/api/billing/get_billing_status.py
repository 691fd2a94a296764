from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_status import BillingStatus
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/billing",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingStatus | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingStatus.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingStatus | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BillingStatus | ErrorResponse]:
    """Billing status: mode, trial credit, concurrency, spend, rate card

     Answered from the database only (never by calling Stripe), so it is cheap to poll. `trial.creditUsd`
    is what is left of the trial credit; `approxMinutesRemaining` counts it at the base price only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> BillingStatus | ErrorResponse | None:
    """Billing status: mode, trial credit, concurrency, spend, rate card

     Answered from the database only (never by calling Stripe), so it is cheap to poll. `trial.creditUsd`
    is what is left of the trial credit; `approxMinutesRemaining` counts it at the base price only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BillingStatus | ErrorResponse]:
    """Billing status: mode, trial credit, concurrency, spend, rate card

     Answered from the database only (never by calling Stripe), so it is cheap to poll. `trial.creditUsd`
    is what is left of the trial credit; `approxMinutesRemaining` counts it at the base price only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> BillingStatus | ErrorResponse | None:
    """Billing status: mode, trial credit, concurrency, spend, rate card

     Answered from the database only (never by calling Stripe), so it is cheap to poll. `trial.creditUsd`
    is what is left of the trial credit; `approxMinutesRemaining` counts it at the base price only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
