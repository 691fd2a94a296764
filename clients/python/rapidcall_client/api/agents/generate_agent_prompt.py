from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.generate_agent_prompt_body import GenerateAgentPromptBody
from ...models.generate_agent_prompt_response_200 import GenerateAgentPromptResponse200
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateAgentPromptBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/agents/generate-prompt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GenerateAgentPromptResponse200 | None:
    if response.status_code == 200:
        response_200 = GenerateAgentPromptResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

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
) -> Response[ErrorResponse | GenerateAgentPromptResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateAgentPromptBody,
) -> Response[ErrorResponse | GenerateAgentPromptResponse200]:
    """Write an agent prompt from a questionnaire

     One Chat Completions request to the LLM of post-call analysis (OPENAI_*, ANALYSIS_MODEL). Nothing is
    stored: save the answer with PATCH /api/agents/:id. `PROMPT_GENERATION_PER_MINUTE` per workspace
    (429 `rate_limited`); 502 `prompt_generation_failed` when the LLM fails or answers something
    unusable; 503 `integration_not_configured` without an LLM.

    Args:
        body (GenerateAgentPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateAgentPromptResponse200]
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
    body: GenerateAgentPromptBody,
) -> ErrorResponse | GenerateAgentPromptResponse200 | None:
    """Write an agent prompt from a questionnaire

     One Chat Completions request to the LLM of post-call analysis (OPENAI_*, ANALYSIS_MODEL). Nothing is
    stored: save the answer with PATCH /api/agents/:id. `PROMPT_GENERATION_PER_MINUTE` per workspace
    (429 `rate_limited`); 502 `prompt_generation_failed` when the LLM fails or answers something
    unusable; 503 `integration_not_configured` without an LLM.

    Args:
        body (GenerateAgentPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateAgentPromptResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateAgentPromptBody,
) -> Response[ErrorResponse | GenerateAgentPromptResponse200]:
    """Write an agent prompt from a questionnaire

     One Chat Completions request to the LLM of post-call analysis (OPENAI_*, ANALYSIS_MODEL). Nothing is
    stored: save the answer with PATCH /api/agents/:id. `PROMPT_GENERATION_PER_MINUTE` per workspace
    (429 `rate_limited`); 502 `prompt_generation_failed` when the LLM fails or answers something
    unusable; 503 `integration_not_configured` without an LLM.

    Args:
        body (GenerateAgentPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GenerateAgentPromptResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateAgentPromptBody,
) -> ErrorResponse | GenerateAgentPromptResponse200 | None:
    """Write an agent prompt from a questionnaire

     One Chat Completions request to the LLM of post-call analysis (OPENAI_*, ANALYSIS_MODEL). Nothing is
    stored: save the answer with PATCH /api/agents/:id. `PROMPT_GENERATION_PER_MINUTE` per workspace
    (429 `rate_limited`); 502 `prompt_generation_failed` when the LLM fails or answers something
    unusable; 503 `integration_not_configured` without an LLM.

    Args:
        body (GenerateAgentPromptBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GenerateAgentPromptResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
