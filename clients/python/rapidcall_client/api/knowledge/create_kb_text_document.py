from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_kb_text_document_body import CreateKbTextDocumentBody
from ...models.error_response import ErrorResponse
from ...models.kb_document import KbDocument
from ...types import Response


def _get_kwargs(
    folder_id: str,
    *,
    body: CreateKbTextDocumentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/kb/folders/{folder_id}/text".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KbDocument | None:
    if response.status_code == 201:
        response_201 = KbDocument.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | KbDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateKbTextDocumentBody,
) -> Response[ErrorResponse | KbDocument]:
    """Add a text or Markdown document

     Indexed before the answer (201, `status: ready`): it is searchable at once. Whitespace-only text
    answers 422 `empty_text`; a workspace at `KB_MAX_DOCUMENTS_PER_WORKSPACE` answers 409
    `document_limit_reached`.

    Args:
        folder_id (str):
        body (CreateKbTextDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbDocument]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateKbTextDocumentBody,
) -> ErrorResponse | KbDocument | None:
    """Add a text or Markdown document

     Indexed before the answer (201, `status: ready`): it is searchable at once. Whitespace-only text
    answers 422 `empty_text`; a workspace at `KB_MAX_DOCUMENTS_PER_WORKSPACE` answers 409
    `document_limit_reached`.

    Args:
        folder_id (str):
        body (CreateKbTextDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbDocument
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateKbTextDocumentBody,
) -> Response[ErrorResponse | KbDocument]:
    """Add a text or Markdown document

     Indexed before the answer (201, `status: ready`): it is searchable at once. Whitespace-only text
    answers 422 `empty_text`; a workspace at `KB_MAX_DOCUMENTS_PER_WORKSPACE` answers 409
    `document_limit_reached`.

    Args:
        folder_id (str):
        body (CreateKbTextDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbDocument]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateKbTextDocumentBody,
) -> ErrorResponse | KbDocument | None:
    """Add a text or Markdown document

     Indexed before the answer (201, `status: ready`): it is searchable at once. Whitespace-only text
    answers 422 `empty_text`; a workspace at `KB_MAX_DOCUMENTS_PER_WORKSPACE` answers 409
    `document_limit_reached`.

    Args:
        folder_id (str):
        body (CreateKbTextDocumentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbDocument
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
        )
    ).parsed
