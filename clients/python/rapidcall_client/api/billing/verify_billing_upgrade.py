from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.verify_upgrade_result import VerifyUpgradeResult
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/billing/verify-upgrade",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | VerifyUpgradeResult | None:
    if response.status_code == 200:
        response_200 = VerifyUpgradeResult.from_dict(response.json())

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
) -> Response[ErrorResponse | VerifyUpgradeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | VerifyUpgradeResult]:
    """After the Checkout redirect: apply the completed session now

     Owner or admin. Looks at the customer's last 5 Checkout Sessions for a complete subscription session
    of this workspace and applies it and its subscription as their webhooks would (in case the webhook
    is late). `upgraded`, `already_paid` or `no_completed_session`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyUpgradeResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | VerifyUpgradeResult | None:
    """After the Checkout redirect: apply the completed session now

     Owner or admin. Looks at the customer's last 5 Checkout Sessions for a complete subscription session
    of this workspace and applies it and its subscription as their webhooks would (in case the webhook
    is late). `upgraded`, `already_paid` or `no_completed_session`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyUpgradeResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | VerifyUpgradeResult]:
    """After the Checkout redirect: apply the completed session now

     Owner or admin. Looks at the customer's last 5 Checkout Sessions for a complete subscription session
    of this workspace and applies it and its subscription as their webhooks would (in case the webhook
    is late). `upgraded`, `already_paid` or `no_completed_session`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | VerifyUpgradeResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | VerifyUpgradeResult | None:
    """After the Checkout redirect: apply the completed session now

     Owner or admin. Looks at the customer's last 5 Checkout Sessions for a complete subscription session
    of this workspace and applies it and its subscription as their webhooks would (in case the webhook
    is late). `upgraded`, `already_paid` or `no_completed_session`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | VerifyUpgradeResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
