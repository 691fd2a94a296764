from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.phone_number import PhoneNumber
from ...models.update_phone_number_body import UpdatePhoneNumberBody
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdatePhoneNumberBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/phone-numbers/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PhoneNumber | None:
    if response.status_code == 200:
        response_200 = PhoneNumber.from_dict(response.json())

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
    id: str,
    *,
    client: AuthenticatedClient,
    body: UpdatePhoneNumberBody,
) -> Response[ErrorResponse | PhoneNumber]:
    """Change a number: label, agents, country rules

     Only the fields sent change; each takes effect on the next call. `inboundAgentId: null` makes the
    number answer with the fallback message. Country lists are ISO 3166-1 alpha-2 codes (case-
    insensitive, stored upper-case); an empty list allows all. An agent of another workspace or none:
    404.

    Args:
        id (str):
        body (UpdatePhoneNumberBody): Any of the fields; only those sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhoneNumber]
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
    body: UpdatePhoneNumberBody,
) -> ErrorResponse | PhoneNumber | None:
    """Change a number: label, agents, country rules

     Only the fields sent change; each takes effect on the next call. `inboundAgentId: null` makes the
    number answer with the fallback message. Country lists are ISO 3166-1 alpha-2 codes (case-
    insensitive, stored upper-case); an empty list allows all. An agent of another workspace or none:
    404.

    Args:
        id (str):
        body (UpdatePhoneNumberBody): Any of the fields; only those sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhoneNumber
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
    body: UpdatePhoneNumberBody,
) -> Response[ErrorResponse | PhoneNumber]:
    """Change a number: label, agents, country rules

     Only the fields sent change; each takes effect on the next call. `inboundAgentId: null` makes the
    number answer with the fallback message. Country lists are ISO 3166-1 alpha-2 codes (case-
    insensitive, stored upper-case); an empty list allows all. An agent of another workspace or none:
    404.

    Args:
        id (str):
        body (UpdatePhoneNumberBody): Any of the fields; only those sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PhoneNumber]
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
    body: UpdatePhoneNumberBody,
) -> ErrorResponse | PhoneNumber | None:
    """Change a number: label, agents, country rules

     Only the fields sent change; each takes effect on the next call. `inboundAgentId: null` makes the
    number answer with the fallback message. Country lists are ISO 3166-1 alpha-2 codes (case-
    insensitive, stored upper-case); an empty list allows all. An agent of another workspace or none:
    404.

    Args:
        id (str):
        body (UpdatePhoneNumberBody): Any of the fields; only those sent change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PhoneNumber
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
