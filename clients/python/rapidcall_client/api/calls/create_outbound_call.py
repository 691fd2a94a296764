from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_outbound_call_body import CreateOutboundCallBody
from ...models.create_outbound_call_response_201 import CreateOutboundCallResponse201
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateOutboundCallBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calls/outbound",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateOutboundCallResponse201 | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CreateOutboundCallResponse201.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

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
) -> Response[CreateOutboundCallResponse201 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOutboundCallBody,
) -> Response[CreateOutboundCallResponse201 | ErrorResponse]:
    """Call a phone number with an agent

     Creates the call in room `out-<callId>` (metadata: the resolved config and `variables`), dispatches
    the agent and dials `to` from the workspace number through its LiveKit outbound trunk, waiting until
    the callee answers (ringing up to 25 s). Without `agentId` the number's `outboundAgentId` talks (422
    `outbound_agent_required` when it has none). A failed dial still answers 201: the call is `ended`
    with outcome `dial_busy` (SIP 486/600), `dial_no_answer` (408/480/487) or `dial_failed`. 409
    `number_not_provisioned` until the number has been reprovisioned; 409 `number_on_dnc` when `to` is
    on the workspace's do-not-call list; 422 `destination_not_allowed` when `to` is outside the number's
    allowedOutboundCountries. Billing refusals: 402 (`trial_credit_exhausted`, `trial_pstn_not_allowed`,
    `payment_past_due`, `spend_cap_reached`) and 429 `concurrency_limit` (with the limit and the calls
    open).

    Args:
        body (CreateOutboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOutboundCallResponse201 | ErrorResponse]
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
    body: CreateOutboundCallBody,
) -> CreateOutboundCallResponse201 | ErrorResponse | None:
    """Call a phone number with an agent

     Creates the call in room `out-<callId>` (metadata: the resolved config and `variables`), dispatches
    the agent and dials `to` from the workspace number through its LiveKit outbound trunk, waiting until
    the callee answers (ringing up to 25 s). Without `agentId` the number's `outboundAgentId` talks (422
    `outbound_agent_required` when it has none). A failed dial still answers 201: the call is `ended`
    with outcome `dial_busy` (SIP 486/600), `dial_no_answer` (408/480/487) or `dial_failed`. 409
    `number_not_provisioned` until the number has been reprovisioned; 409 `number_on_dnc` when `to` is
    on the workspace's do-not-call list; 422 `destination_not_allowed` when `to` is outside the number's
    allowedOutboundCountries. Billing refusals: 402 (`trial_credit_exhausted`, `trial_pstn_not_allowed`,
    `payment_past_due`, `spend_cap_reached`) and 429 `concurrency_limit` (with the limit and the calls
    open).

    Args:
        body (CreateOutboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOutboundCallResponse201 | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateOutboundCallBody,
) -> Response[CreateOutboundCallResponse201 | ErrorResponse]:
    """Call a phone number with an agent

     Creates the call in room `out-<callId>` (metadata: the resolved config and `variables`), dispatches
    the agent and dials `to` from the workspace number through its LiveKit outbound trunk, waiting until
    the callee answers (ringing up to 25 s). Without `agentId` the number's `outboundAgentId` talks (422
    `outbound_agent_required` when it has none). A failed dial still answers 201: the call is `ended`
    with outcome `dial_busy` (SIP 486/600), `dial_no_answer` (408/480/487) or `dial_failed`. 409
    `number_not_provisioned` until the number has been reprovisioned; 409 `number_on_dnc` when `to` is
    on the workspace's do-not-call list; 422 `destination_not_allowed` when `to` is outside the number's
    allowedOutboundCountries. Billing refusals: 402 (`trial_credit_exhausted`, `trial_pstn_not_allowed`,
    `payment_past_due`, `spend_cap_reached`) and 429 `concurrency_limit` (with the limit and the calls
    open).

    Args:
        body (CreateOutboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateOutboundCallResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateOutboundCallBody,
) -> CreateOutboundCallResponse201 | ErrorResponse | None:
    """Call a phone number with an agent

     Creates the call in room `out-<callId>` (metadata: the resolved config and `variables`), dispatches
    the agent and dials `to` from the workspace number through its LiveKit outbound trunk, waiting until
    the callee answers (ringing up to 25 s). Without `agentId` the number's `outboundAgentId` talks (422
    `outbound_agent_required` when it has none). A failed dial still answers 201: the call is `ended`
    with outcome `dial_busy` (SIP 486/600), `dial_no_answer` (408/480/487) or `dial_failed`. 409
    `number_not_provisioned` until the number has been reprovisioned; 409 `number_on_dnc` when `to` is
    on the workspace's do-not-call list; 422 `destination_not_allowed` when `to` is outside the number's
    allowedOutboundCountries. Billing refusals: 402 (`trial_credit_exhausted`, `trial_pstn_not_allowed`,
    `payment_past_due`, `spend_cap_reached`) and 429 `concurrency_limit` (with the limit and the calls
    open).

    Args:
        body (CreateOutboundCallBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateOutboundCallResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
