from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.receive_stripe_webhook_response_200 import ReceiveStripeWebhookResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/webhooks/stripe",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReceiveStripeWebhookResponse200 | None:
    if response.status_code == 200:
        response_200 = ReceiveStripeWebhookResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ReceiveStripeWebhookResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: str,
) -> Response[ErrorResponse | ReceiveStripeWebhookResponse200]:
    """Stripe webhook receiver

     Verified with `Stripe-Signature` against STRIPE_WEBHOOK_SECRET, then STRIPE_WEBHOOK_SECRET_PREVIOUS
    (rotation); a bad or stale (over 5 minutes) signature is 400. Handles `checkout.session.completed`,
    `customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,
    `invoice.paid`, `invoice.payment_failed`. Each event id is applied once, in the transaction of its
    effect; subscription changes apply in the order of their own times, not of arrival.

    Args:
        body (str): Stripe event JSON, verified byte for byte

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReceiveStripeWebhookResponse200]
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
    body: str,
) -> ErrorResponse | ReceiveStripeWebhookResponse200 | None:
    """Stripe webhook receiver

     Verified with `Stripe-Signature` against STRIPE_WEBHOOK_SECRET, then STRIPE_WEBHOOK_SECRET_PREVIOUS
    (rotation); a bad or stale (over 5 minutes) signature is 400. Handles `checkout.session.completed`,
    `customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,
    `invoice.paid`, `invoice.payment_failed`. Each event id is applied once, in the transaction of its
    effect; subscription changes apply in the order of their own times, not of arrival.

    Args:
        body (str): Stripe event JSON, verified byte for byte

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReceiveStripeWebhookResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: str,
) -> Response[ErrorResponse | ReceiveStripeWebhookResponse200]:
    """Stripe webhook receiver

     Verified with `Stripe-Signature` against STRIPE_WEBHOOK_SECRET, then STRIPE_WEBHOOK_SECRET_PREVIOUS
    (rotation); a bad or stale (over 5 minutes) signature is 400. Handles `checkout.session.completed`,
    `customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,
    `invoice.paid`, `invoice.payment_failed`. Each event id is applied once, in the transaction of its
    effect; subscription changes apply in the order of their own times, not of arrival.

    Args:
        body (str): Stripe event JSON, verified byte for byte

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReceiveStripeWebhookResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: str,
) -> ErrorResponse | ReceiveStripeWebhookResponse200 | None:
    """Stripe webhook receiver

     Verified with `Stripe-Signature` against STRIPE_WEBHOOK_SECRET, then STRIPE_WEBHOOK_SECRET_PREVIOUS
    (rotation); a bad or stale (over 5 minutes) signature is 400. Handles `checkout.session.completed`,
    `customer.subscription.created`, `customer.subscription.updated`, `customer.subscription.deleted`,
    `invoice.paid`, `invoice.payment_failed`. Each event id is applied once, in the transaction of its
    effect; subscription changes apply in the order of their own times, not of arrival.

    Args:
        body (str): Stripe event JSON, verified byte for byte

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReceiveStripeWebhookResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
