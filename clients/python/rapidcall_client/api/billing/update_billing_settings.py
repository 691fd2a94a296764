from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_status import BillingStatus
from ...models.error_response import ErrorResponse
from ...models.update_billing_settings_body import UpdateBillingSettingsBody
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateBillingSettingsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/billing/settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingStatus | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingStatus.from_dict(response.json())

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
    body: UpdateBillingSettingsBody,
) -> Response[BillingStatus | ErrorResponse]:
    """Set the workspace's monthly spend cap

     Owner or admin. Above the cap new calls answer 402 `spend_cap_reached` (calls in progress go on);
    alerts go out at 80 % and 100 %.

    Args:
        body (UpdateBillingSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | ErrorResponse]
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
    body: UpdateBillingSettingsBody,
) -> BillingStatus | ErrorResponse | None:
    """Set the workspace's monthly spend cap

     Owner or admin. Above the cap new calls answer 402 `spend_cap_reached` (calls in progress go on);
    alerts go out at 80 % and 100 %.

    Args:
        body (UpdateBillingSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateBillingSettingsBody,
) -> Response[BillingStatus | ErrorResponse]:
    """Set the workspace's monthly spend cap

     Owner or admin. Above the cap new calls answer 402 `spend_cap_reached` (calls in progress go on);
    alerts go out at 80 % and 100 %.

    Args:
        body (UpdateBillingSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateBillingSettingsBody,
) -> BillingStatus | ErrorResponse | None:
    """Set the workspace's monthly spend cap

     Owner or admin. Above the cap new calls answer 402 `spend_cap_reached` (calls in progress go on);
    alerts go out at 80 % and 100 %.

    Args:
        body (UpdateBillingSettingsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
