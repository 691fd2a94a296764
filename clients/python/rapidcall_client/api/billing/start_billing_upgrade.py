from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.upgrade_result import UpgradeResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billing/upgrade",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpgradeResult | None:
    if response.status_code == 200:
        response_200 = UpgradeResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | UpgradeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | UpgradeResult]:
    """Upgrade to pay as you go: a Stripe Checkout for the rate card's subscription

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    whose items are the rate card's metered prices on Stripe Billing Meters (and the number fee for its
    numbers). The workspace becomes `paid` when Stripe confirms: the webhook, or POST
    /api/billing/verify-upgrade after the redirect (`?upgrade=success`). Already paid: `{alreadyPaid:
    true}`. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpgradeResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | UpgradeResult | None:
    """Upgrade to pay as you go: a Stripe Checkout for the rate card's subscription

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    whose items are the rate card's metered prices on Stripe Billing Meters (and the number fee for its
    numbers). The workspace becomes `paid` when Stripe confirms: the webhook, or POST
    /api/billing/verify-upgrade after the redirect (`?upgrade=success`). Already paid: `{alreadyPaid:
    true}`. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpgradeResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | UpgradeResult]:
    """Upgrade to pay as you go: a Stripe Checkout for the rate card's subscription

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    whose items are the rate card's metered prices on Stripe Billing Meters (and the number fee for its
    numbers). The workspace becomes `paid` when Stripe confirms: the webhook, or POST
    /api/billing/verify-upgrade after the redirect (`?upgrade=success`). Already paid: `{alreadyPaid:
    true}`. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpgradeResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | UpgradeResult | None:
    """Upgrade to pay as you go: a Stripe Checkout for the rate card's subscription

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    whose items are the rate card's metered prices on Stripe Billing Meters (and the number fee for its
    numbers). The workspace becomes `paid` when Stripe confirms: the webhook, or POST
    /api/billing/verify-upgrade after the redirect (`?upgrade=success`). Already paid: `{alreadyPaid:
    true}`. 503 `stripe_catalog_mismatch` when Stripe's prices do not match the rate card.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpgradeResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
