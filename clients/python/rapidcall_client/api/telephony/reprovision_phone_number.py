from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.reprovision_phone_number_body import ReprovisionPhoneNumberBody
from ...models.reprovision_phone_number_reprovision_result import ReprovisionPhoneNumberReprovisionResult
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: ReprovisionPhoneNumberBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/phone-numbers/{id}/reprovision".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ReprovisionPhoneNumberReprovisionResult | None:
    if response.status_code == 200:
        response_200 = ReprovisionPhoneNumberReprovisionResult.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ReprovisionPhoneNumberReprovisionResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ReprovisionPhoneNumberBody,
) -> Response[ErrorResponse | ReprovisionPhoneNumberReprovisionResult]:
    """Create or repair the Twilio trunk, origination, LiveKit trunks and dispatch rule for a number

     Steps, each idempotent (a second run creates nothing): `twilio_trunk` (the workspace Elastic SIP
    trunk), `twilio_credential_list` (the credential list on the trunk that Twilio termination checks
    LiveKit's INVITEs against), `twilio_origination` (`sip:$LIVEKIT_SIP_ENDPOINT;transport=tls`),
    `twilio_number_on_trunk`, `livekit_inbound_trunk`, `livekit_outbound_trunk` (Twilio termination
    `<domain>.pstn.twilio.com` with workspace SIP credentials), `livekit_dispatch_rule` (individual,
    room prefix `call-`, agent LIVEKIT_AGENT_NAME). A failing step is reported with its reason and the
    number gets status `error`; the answer is still 200. Logs `[reprovision-outbound] ...`. 409
    `reprovision_in_progress` while another reprovision of the workspace runs. `rotateCredentials: true`
    replaces the SIP credentials with no moment where neither old nor new works (step
    `twilio_credential_retire` removes the old ones).

    Args:
        id (str):
        body (ReprovisionPhoneNumberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReprovisionPhoneNumberReprovisionResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ReprovisionPhoneNumberBody,
) -> ErrorResponse | ReprovisionPhoneNumberReprovisionResult | None:
    """Create or repair the Twilio trunk, origination, LiveKit trunks and dispatch rule for a number

     Steps, each idempotent (a second run creates nothing): `twilio_trunk` (the workspace Elastic SIP
    trunk), `twilio_credential_list` (the credential list on the trunk that Twilio termination checks
    LiveKit's INVITEs against), `twilio_origination` (`sip:$LIVEKIT_SIP_ENDPOINT;transport=tls`),
    `twilio_number_on_trunk`, `livekit_inbound_trunk`, `livekit_outbound_trunk` (Twilio termination
    `<domain>.pstn.twilio.com` with workspace SIP credentials), `livekit_dispatch_rule` (individual,
    room prefix `call-`, agent LIVEKIT_AGENT_NAME). A failing step is reported with its reason and the
    number gets status `error`; the answer is still 200. Logs `[reprovision-outbound] ...`. 409
    `reprovision_in_progress` while another reprovision of the workspace runs. `rotateCredentials: true`
    replaces the SIP credentials with no moment where neither old nor new works (step
    `twilio_credential_retire` removes the old ones).

    Args:
        id (str):
        body (ReprovisionPhoneNumberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReprovisionPhoneNumberReprovisionResult
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ReprovisionPhoneNumberBody,
) -> Response[ErrorResponse | ReprovisionPhoneNumberReprovisionResult]:
    """Create or repair the Twilio trunk, origination, LiveKit trunks and dispatch rule for a number

     Steps, each idempotent (a second run creates nothing): `twilio_trunk` (the workspace Elastic SIP
    trunk), `twilio_credential_list` (the credential list on the trunk that Twilio termination checks
    LiveKit's INVITEs against), `twilio_origination` (`sip:$LIVEKIT_SIP_ENDPOINT;transport=tls`),
    `twilio_number_on_trunk`, `livekit_inbound_trunk`, `livekit_outbound_trunk` (Twilio termination
    `<domain>.pstn.twilio.com` with workspace SIP credentials), `livekit_dispatch_rule` (individual,
    room prefix `call-`, agent LIVEKIT_AGENT_NAME). A failing step is reported with its reason and the
    number gets status `error`; the answer is still 200. Logs `[reprovision-outbound] ...`. 409
    `reprovision_in_progress` while another reprovision of the workspace runs. `rotateCredentials: true`
    replaces the SIP credentials with no moment where neither old nor new works (step
    `twilio_credential_retire` removes the old ones).

    Args:
        id (str):
        body (ReprovisionPhoneNumberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ReprovisionPhoneNumberReprovisionResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: ReprovisionPhoneNumberBody,
) -> ErrorResponse | ReprovisionPhoneNumberReprovisionResult | None:
    """Create or repair the Twilio trunk, origination, LiveKit trunks and dispatch rule for a number

     Steps, each idempotent (a second run creates nothing): `twilio_trunk` (the workspace Elastic SIP
    trunk), `twilio_credential_list` (the credential list on the trunk that Twilio termination checks
    LiveKit's INVITEs against), `twilio_origination` (`sip:$LIVEKIT_SIP_ENDPOINT;transport=tls`),
    `twilio_number_on_trunk`, `livekit_inbound_trunk`, `livekit_outbound_trunk` (Twilio termination
    `<domain>.pstn.twilio.com` with workspace SIP credentials), `livekit_dispatch_rule` (individual,
    room prefix `call-`, agent LIVEKIT_AGENT_NAME). A failing step is reported with its reason and the
    number gets status `error`; the answer is still 200. Logs `[reprovision-outbound] ...`. 409
    `reprovision_in_progress` while another reprovision of the workspace runs. `rotateCredentials: true`
    replaces the SIP credentials with no moment where neither old nor new works (step
    `twilio_credential_retire` removes the old ones).

    Args:
        id (str):
        body (ReprovisionPhoneNumberBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ReprovisionPhoneNumberReprovisionResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
