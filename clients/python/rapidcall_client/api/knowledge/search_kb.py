from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.kb_search_response import KbSearchResponse
from ...models.search_kb_body import SearchKbBody
from ...types import Response


def _get_kwargs(
    *,
    body: SearchKbBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/kb/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KbSearchResponse | None:
    if response.status_code == 200:
        response_200 = KbSearchResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | KbSearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchKbBody,
) -> Response[ErrorResponse | KbSearchResponse]:
    """Search the knowledge base

     Full-text search over the chunks of the documents (stems, "phrases", -exclusions). Words that match
    nothing are corrected against the workspace's vocabulary (typos, partial words; `correctedQuery`
    says how), and when too few chunks hold every word, chunks holding some of the rarer ones follow.
    Results are chunks, best first, with a `<b>`-highlighted snippet. `folderIds` limits the search to
    those folders of the workspace (others' ids match nothing).

    Args:
        body (SearchKbBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbSearchResponse]
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
    body: SearchKbBody,
) -> ErrorResponse | KbSearchResponse | None:
    """Search the knowledge base

     Full-text search over the chunks of the documents (stems, "phrases", -exclusions). Words that match
    nothing are corrected against the workspace's vocabulary (typos, partial words; `correctedQuery`
    says how), and when too few chunks hold every word, chunks holding some of the rarer ones follow.
    Results are chunks, best first, with a `<b>`-highlighted snippet. `folderIds` limits the search to
    those folders of the workspace (others' ids match nothing).

    Args:
        body (SearchKbBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbSearchResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchKbBody,
) -> Response[ErrorResponse | KbSearchResponse]:
    """Search the knowledge base

     Full-text search over the chunks of the documents (stems, "phrases", -exclusions). Words that match
    nothing are corrected against the workspace's vocabulary (typos, partial words; `correctedQuery`
    says how), and when too few chunks hold every word, chunks holding some of the rarer ones follow.
    Results are chunks, best first, with a `<b>`-highlighted snippet. `folderIds` limits the search to
    those folders of the workspace (others' ids match nothing).

    Args:
        body (SearchKbBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbSearchResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchKbBody,
) -> ErrorResponse | KbSearchResponse | None:
    """Search the knowledge base

     Full-text search over the chunks of the documents (stems, "phrases", -exclusions). Words that match
    nothing are corrected against the workspace's vocabulary (typos, partial words; `correctedQuery`
    says how), and when too few chunks hold every word, chunks holding some of the rarer ones follow.
    Results are chunks, best first, with a `<b>`-highlighted snippet. `folderIds` limits the search to
    those folders of the workspace (others' ids match nothing).

    Args:
        body (SearchKbBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
