from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_redirect import BillingRedirect
from ...models.create_billing_checkout_body import CreateBillingCheckoutBody
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateBillingCheckoutBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billing/checkout",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingRedirect | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingRedirect.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[BillingRedirect | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBillingCheckoutBody,
) -> Response[BillingRedirect | ErrorResponse]:
    """Start a Stripe Checkout for a paid plan

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    with the plan's price and the metered minutes price; the plan applies when Stripe reports the
    subscription. 409 `already_subscribed` while a subscription is live: change plans in the portal.

    Args:
        body (CreateBillingCheckoutBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingRedirect | ErrorResponse]
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
    body: CreateBillingCheckoutBody,
) -> BillingRedirect | ErrorResponse | None:
    """Start a Stripe Checkout for a paid plan

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    with the plan's price and the metered minutes price; the plan applies when Stripe reports the
    subscription. 409 `already_subscribed` while a subscription is live: change plans in the portal.

    Args:
        body (CreateBillingCheckoutBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingRedirect | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateBillingCheckoutBody,
) -> Response[BillingRedirect | ErrorResponse]:
    """Start a Stripe Checkout for a paid plan

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    with the plan's price and the metered minutes price; the plan applies when Stripe reports the
    subscription. 409 `already_subscribed` while a subscription is live: change plans in the portal.

    Args:
        body (CreateBillingCheckoutBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingRedirect | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateBillingCheckoutBody,
) -> BillingRedirect | ErrorResponse | None:
    """Start a Stripe Checkout for a paid plan

     Owner or admin. Creates the workspace's Stripe customer (once) and a subscription Checkout Session
    with the plan's price and the metered minutes price; the plan applies when Stripe reports the
    subscription. 409 `already_subscribed` while a subscription is live: change plans in the portal.

    Args:
        body (CreateBillingCheckoutBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingRedirect | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
