from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.preview_voice_body import PreviewVoiceBody
from ...types import File, Response


def _get_kwargs(
    *,
    body: PreviewVoiceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/tts/preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewVoiceBody,
) -> Response[ErrorResponse | File]:
    """Speak a short text with a voice (audio/mpeg)

     Through the provider's official SDK. Identical requests are answered from a bounded cache (not
    counted against the limit); other requests count against `TTS_PREVIEW_PER_MINUTE` per workspace (429
    `rate_limited`). 502 `tts_provider_error` carries the provider's reason; 503
    `integration_not_configured` names the missing key.

    Args:
        body (PreviewVoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
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
    body: PreviewVoiceBody,
) -> ErrorResponse | File | None:
    """Speak a short text with a voice (audio/mpeg)

     Through the provider's official SDK. Identical requests are answered from a bounded cache (not
    counted against the limit); other requests count against `TTS_PREVIEW_PER_MINUTE` per workspace (429
    `rate_limited`). 502 `tts_provider_error` carries the provider's reason; 503
    `integration_not_configured` names the missing key.

    Args:
        body (PreviewVoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewVoiceBody,
) -> Response[ErrorResponse | File]:
    """Speak a short text with a voice (audio/mpeg)

     Through the provider's official SDK. Identical requests are answered from a bounded cache (not
    counted against the limit); other requests count against `TTS_PREVIEW_PER_MINUTE` per workspace (429
    `rate_limited`). 502 `tts_provider_error` carries the provider's reason; 503
    `integration_not_configured` names the missing key.

    Args:
        body (PreviewVoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewVoiceBody,
) -> ErrorResponse | File | None:
    """Speak a short text with a voice (audio/mpeg)

     Through the provider's official SDK. Identical requests are answered from a bounded cache (not
    counted against the limit); other requests count against `TTS_PREVIEW_PER_MINUTE` per workspace (429
    `rate_limited`). 502 `tts_provider_error` carries the provider's reason; 503
    `integration_not_configured` names the missing key.

    Args:
        body (PreviewVoiceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
