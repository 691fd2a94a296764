from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_phone_number_body import CreatePhoneNumberBody
from ...models.error_response import ErrorResponse
from ...models.phone_number import PhoneNumber
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePhoneNumberBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/phone-numbers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PhoneNumber | None:
    if response.status_code == 201:
        response_201 = PhoneNumber.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[ErrorResponse | PhoneNumber]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePhoneNumberBody,
) -> Response[ErrorResponse | PhoneNumber]:
    """Import a Twilio number (e164), buy one (purchase, areaCode)

     `{e164}` imports a number the Twilio account (TWILIO_ACCOUNT_SID) already owns: 404
    `twilio_number_not_found` otherwise. `{purchase}` buys exactly that number (from GET /api/phone-
    numbers/available): 409 `number_unavailable` when someone took it meanwhile. `{areaCode}` buys the
    first local US number Twilio offers there: 409 `no_numbers_available` when none. A bought number
    (`source: purchased`) is provisioned at once when LiveKit is configured: its `status` and
    `statusReason` say what worked. A number already registered on the platform: 409
    `phone_number_exists`. Run reprovision next to route an imported number. Buying asks billing first:
    402 `trial_number_purchase_not_allowed` (or another billing refusal) buys nothing.

    Args:
        body (CreatePhoneNumberBody): `{e164}` imports a number the Twilio account already owns;
            `{purchase}` buys that number; `{areaCode}` buys one there. Exactly one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhoneNumber]
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
    body: CreatePhoneNumberBody,
) -> ErrorResponse | PhoneNumber | None:
    """Import a Twilio number (e164), buy one (purchase, areaCode)

     `{e164}` imports a number the Twilio account (TWILIO_ACCOUNT_SID) already owns: 404
    `twilio_number_not_found` otherwise. `{purchase}` buys exactly that number (from GET /api/phone-
    numbers/available): 409 `number_unavailable` when someone took it meanwhile. `{areaCode}` buys the
    first local US number Twilio offers there: 409 `no_numbers_available` when none. A bought number
    (`source: purchased`) is provisioned at once when LiveKit is configured: its `status` and
    `statusReason` say what worked. A number already registered on the platform: 409
    `phone_number_exists`. Run reprovision next to route an imported number. Buying asks billing first:
    402 `trial_number_purchase_not_allowed` (or another billing refusal) buys nothing.

    Args:
        body (CreatePhoneNumberBody): `{e164}` imports a number the Twilio account already owns;
            `{purchase}` buys that number; `{areaCode}` buys one there. Exactly one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhoneNumber
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePhoneNumberBody,
) -> Response[ErrorResponse | PhoneNumber]:
    """Import a Twilio number (e164), buy one (purchase, areaCode)

     `{e164}` imports a number the Twilio account (TWILIO_ACCOUNT_SID) already owns: 404
    `twilio_number_not_found` otherwise. `{purchase}` buys exactly that number (from GET /api/phone-
    numbers/available): 409 `number_unavailable` when someone took it meanwhile. `{areaCode}` buys the
    first local US number Twilio offers there: 409 `no_numbers_available` when none. A bought number
    (`source: purchased`) is provisioned at once when LiveKit is configured: its `status` and
    `statusReason` say what worked. A number already registered on the platform: 409
    `phone_number_exists`. Run reprovision next to route an imported number. Buying asks billing first:
    402 `trial_number_purchase_not_allowed` (or another billing refusal) buys nothing.

    Args:
        body (CreatePhoneNumberBody): `{e164}` imports a number the Twilio account already owns;
            `{purchase}` buys that number; `{areaCode}` buys one there. Exactly one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhoneNumber]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePhoneNumberBody,
) -> ErrorResponse | PhoneNumber | None:
    """Import a Twilio number (e164), buy one (purchase, areaCode)

     `{e164}` imports a number the Twilio account (TWILIO_ACCOUNT_SID) already owns: 404
    `twilio_number_not_found` otherwise. `{purchase}` buys exactly that number (from GET /api/phone-
    numbers/available): 409 `number_unavailable` when someone took it meanwhile. `{areaCode}` buys the
    first local US number Twilio offers there: 409 `no_numbers_available` when none. A bought number
    (`source: purchased`) is provisioned at once when LiveKit is configured: its `status` and
    `statusReason` say what worked. A number already registered on the platform: 409
    `phone_number_exists`. Run reprovision next to route an imported number. Buying asks billing first:
    402 `trial_number_purchase_not_allowed` (or another billing refusal) buys nothing.

    Args:
        body (CreatePhoneNumberBody): `{e164}` imports a number the Twilio account already owns;
            `{purchase}` buys that number; `{areaCode}` buys one there. Exactly one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhoneNumber
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
