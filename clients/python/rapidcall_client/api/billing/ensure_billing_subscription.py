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
        "method": "post",
        "url": "/api/billing/ensure-subscription",
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

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

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
    """Make the subscription carry every price of the rate card

     Owner or admin, paid workspaces (402 `upgrade_required` otherwise). Creates the subscription when
    there is none, adds the rate card's metered prices a subscription lacks (those of the old plans),
    and sets the number fee's quantity to the workspace's numbers. Idempotent: a second call changes
    nothing on Stripe. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

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
    """Make the subscription carry every price of the rate card

     Owner or admin, paid workspaces (402 `upgrade_required` otherwise). Creates the subscription when
    there is none, adds the rate card's metered prices a subscription lacks (those of the old plans),
    and sets the number fee's quantity to the workspace's numbers. Idempotent: a second call changes
    nothing on Stripe. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

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
    """Make the subscription carry every price of the rate card

     Owner or admin, paid workspaces (402 `upgrade_required` otherwise). Creates the subscription when
    there is none, adds the rate card's metered prices a subscription lacks (those of the old plans),
    and sets the number fee's quantity to the workspace's numbers. Idempotent: a second call changes
    nothing on Stripe. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

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
    """Make the subscription carry every price of the rate card

     Owner or admin, paid workspaces (402 `upgrade_required` otherwise). Creates the subscription when
    there is none, adds the rate card's metered prices a subscription lacks (those of the old plans),
    and sets the number fee's quantity to the workspace's numbers. Idempotent: a second call changes
    nothing on Stripe. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

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
