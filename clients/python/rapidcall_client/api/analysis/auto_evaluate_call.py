from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_evaluate_call_response_201 import AutoEvaluateCallResponse201
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calls/{call_id}/auto-evaluate".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoEvaluateCallResponse201 | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = AutoEvaluateCallResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

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
) -> Response[AutoEvaluateCallResponse201 | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AutoEvaluateCallResponse201 | ErrorResponse]:
    """Grade the call with the LLM rubric from the agent's prompt

     One LLM request; 201 with the `auto` evaluation (`details`: score, summary, strengths, issues,
    suggestedFixes, nextTests). 400 `transcript_required` for a call without transcript, 502
    `llm_failed` when the LLM fails or answers off the schema, 503 without an LLM.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoEvaluateCallResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> AutoEvaluateCallResponse201 | ErrorResponse | None:
    """Grade the call with the LLM rubric from the agent's prompt

     One LLM request; 201 with the `auto` evaluation (`details`: score, summary, strengths, issues,
    suggestedFixes, nextTests). 400 `transcript_required` for a call without transcript, 502
    `llm_failed` when the LLM fails or answers off the schema, 503 without an LLM.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoEvaluateCallResponse201 | ErrorResponse
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AutoEvaluateCallResponse201 | ErrorResponse]:
    """Grade the call with the LLM rubric from the agent's prompt

     One LLM request; 201 with the `auto` evaluation (`details`: score, summary, strengths, issues,
    suggestedFixes, nextTests). 400 `transcript_required` for a call without transcript, 502
    `llm_failed` when the LLM fails or answers off the schema, 503 without an LLM.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoEvaluateCallResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> AutoEvaluateCallResponse201 | ErrorResponse | None:
    """Grade the call with the LLM rubric from the agent's prompt

     One LLM request; 201 with the `auto` evaluation (`details`: score, summary, strengths, issues,
    suggestedFixes, nextTests). 400 `transcript_required` for a call without transcript, 502
    `llm_failed` when the LLM fails or answers off the schema, 503 without an LLM.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoEvaluateCallResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
        )
    ).parsed
