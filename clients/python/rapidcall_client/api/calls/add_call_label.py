from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_call_label_body import AddCallLabelBody
from ...models.add_call_label_response_200 import AddCallLabelResponse200
from ...models.add_call_label_response_201 import AddCallLabelResponse201
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    call_id: str,
    *,
    body: AddCallLabelBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calls/{call_id}/labels".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddCallLabelResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AddCallLabelResponse201.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse]:
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
    body: AddCallLabelBody,
) -> Response[AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse]:
    """Label a call

     The label is trimmed. 201 with the new label; 200 with the stored one when the call already has it.
    At most 50 labels per call (409 `label_limit_reached`).

    Args:
        call_id (str):
        body (AddCallLabelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: AddCallLabelBody,
) -> AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse | None:
    """Label a call

     The label is trimmed. 201 with the new label; 200 with the stored one when the call already has it.
    At most 50 labels per call (409 `label_limit_reached`).

    Args:
        call_id (str):
        body (AddCallLabelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: AddCallLabelBody,
) -> Response[AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse]:
    """Label a call

     The label is trimmed. 201 with the new label; 200 with the stored one when the call already has it.
    At most 50 labels per call (409 `label_limit_reached`).

    Args:
        call_id (str):
        body (AddCallLabelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
    body: AddCallLabelBody,
) -> AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse | None:
    """Label a call

     The label is trimmed. 201 with the new label; 200 with the stored one when the call already has it.
    At most 50 labels per call (409 `label_limit_reached`).

    Args:
        call_id (str):
        body (AddCallLabelBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCallLabelResponse200 | AddCallLabelResponse201 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
            body=body,
        )
    ).parsed
