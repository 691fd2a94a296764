from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.receive_twilio_inbound_body import ReceiveTwilioInboundBody
from ...types import Response


def _get_kwargs(
    *,
    body: ReceiveTwilioInboundBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/webhooks/twilio/inbound",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReceiveTwilioInboundBody,
) -> Response[ErrorResponse | str]:
    """Twilio Voice webhook: bridge the call to LiveKit SIP

     `X-Twilio-Signature` is checked against PUBLIC_API_BASE_URL + path (and query) with
    TWILIO_AUTH_TOKEN, or TWILIO_AUTH_TOKEN_PREVIOUS while rotating: 403 when it matches neither.
    Answers TwiML `<Dial><Sip>sip:{To}@{LIVEKIT_SIP_ENDPOINT};transport=tls</Sip></Dial>`, or `<Say>` +
    `<Hangup/>` for a number RapidCall does not know.

    Args:
        body (ReceiveTwilioInboundBody): Twilio voice webhook parameters (To, From, CallSid, ...),
            form-encoded

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
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
    body: ReceiveTwilioInboundBody,
) -> ErrorResponse | str | None:
    """Twilio Voice webhook: bridge the call to LiveKit SIP

     `X-Twilio-Signature` is checked against PUBLIC_API_BASE_URL + path (and query) with
    TWILIO_AUTH_TOKEN, or TWILIO_AUTH_TOKEN_PREVIOUS while rotating: 403 when it matches neither.
    Answers TwiML `<Dial><Sip>sip:{To}@{LIVEKIT_SIP_ENDPOINT};transport=tls</Sip></Dial>`, or `<Say>` +
    `<Hangup/>` for a number RapidCall does not know.

    Args:
        body (ReceiveTwilioInboundBody): Twilio voice webhook parameters (To, From, CallSid, ...),
            form-encoded

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReceiveTwilioInboundBody,
) -> Response[ErrorResponse | str]:
    """Twilio Voice webhook: bridge the call to LiveKit SIP

     `X-Twilio-Signature` is checked against PUBLIC_API_BASE_URL + path (and query) with
    TWILIO_AUTH_TOKEN, or TWILIO_AUTH_TOKEN_PREVIOUS while rotating: 403 when it matches neither.
    Answers TwiML `<Dial><Sip>sip:{To}@{LIVEKIT_SIP_ENDPOINT};transport=tls</Sip></Dial>`, or `<Say>` +
    `<Hangup/>` for a number RapidCall does not know.

    Args:
        body (ReceiveTwilioInboundBody): Twilio voice webhook parameters (To, From, CallSid, ...),
            form-encoded

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReceiveTwilioInboundBody,
) -> ErrorResponse | str | None:
    """Twilio Voice webhook: bridge the call to LiveKit SIP

     `X-Twilio-Signature` is checked against PUBLIC_API_BASE_URL + path (and query) with
    TWILIO_AUTH_TOKEN, or TWILIO_AUTH_TOKEN_PREVIOUS while rotating: 403 when it matches neither.
    Answers TwiML `<Dial><Sip>sip:{To}@{LIVEKIT_SIP_ENDPOINT};transport=tls</Sip></Dial>`, or `<Say>` +
    `<Hangup/>` for a number RapidCall does not know.

    Args:
        body (ReceiveTwilioInboundBody): Twilio voice webhook parameters (To, From, CallSid, ...),
            form-encoded

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
