from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_available_phone_numbers_available_numbers import SearchAvailablePhoneNumbersAvailableNumbers
from ...models.search_available_phone_numbers_type_type_0 import (
    SearchAvailablePhoneNumbersTypeType0,
)
from ...models.search_available_phone_numbers_type_type_1 import (
    SearchAvailablePhoneNumbersTypeType1,
)
from ...models.search_available_phone_numbers_type_type_2 import (
    SearchAvailablePhoneNumbersTypeType2,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    country: str | Unset = "US",
    type_: SearchAvailablePhoneNumbersTypeType0
    | SearchAvailablePhoneNumbersTypeType1
    | SearchAvailablePhoneNumbersTypeType2
    | Unset = "local",
    contains: str | Unset = UNSET,
    area_code: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["country"] = country

    json_type_: str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, str):
        json_type_ = type_
    elif isinstance(type_, str):
        json_type_ = type_
    else:
        json_type_ = type_

    params["type"] = json_type_

    params["contains"] = contains

    params["areaCode"] = area_code

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/phone-numbers/available",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers | None:
    if response.status_code == 200:
        response_200 = SearchAvailablePhoneNumbersAvailableNumbers.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "US",
    type_: SearchAvailablePhoneNumbersTypeType0
    | SearchAvailablePhoneNumbersTypeType1
    | SearchAvailablePhoneNumbersTypeType2
    | Unset = "local",
    contains: str | Unset = UNSET,
    area_code: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers]:
    """Numbers Twilio offers to buy

     Twilio AvailablePhoneNumbers (voice-enabled) for a country and type; buy one with POST /api/phone-
    numbers `{purchase}`. A country or type Twilio has no inventory for answers an empty list.

    Args:
        country (str | Unset):  Default: 'US'.
        type_ (SearchAvailablePhoneNumbersTypeType0 | SearchAvailablePhoneNumbersTypeType1 |
            SearchAvailablePhoneNumbersTypeType2 | Unset):  Default: 'local'.
        contains (str | Unset):
        area_code (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers]
    """

    kwargs = _get_kwargs(
        country=country,
        type_=type_,
        contains=contains,
        area_code=area_code,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "US",
    type_: SearchAvailablePhoneNumbersTypeType0
    | SearchAvailablePhoneNumbersTypeType1
    | SearchAvailablePhoneNumbersTypeType2
    | Unset = "local",
    contains: str | Unset = UNSET,
    area_code: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers | None:
    """Numbers Twilio offers to buy

     Twilio AvailablePhoneNumbers (voice-enabled) for a country and type; buy one with POST /api/phone-
    numbers `{purchase}`. A country or type Twilio has no inventory for answers an empty list.

    Args:
        country (str | Unset):  Default: 'US'.
        type_ (SearchAvailablePhoneNumbersTypeType0 | SearchAvailablePhoneNumbersTypeType1 |
            SearchAvailablePhoneNumbersTypeType2 | Unset):  Default: 'local'.
        contains (str | Unset):
        area_code (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers
    """

    return sync_detailed(
        client=client,
        country=country,
        type_=type_,
        contains=contains,
        area_code=area_code,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "US",
    type_: SearchAvailablePhoneNumbersTypeType0
    | SearchAvailablePhoneNumbersTypeType1
    | SearchAvailablePhoneNumbersTypeType2
    | Unset = "local",
    contains: str | Unset = UNSET,
    area_code: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> Response[ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers]:
    """Numbers Twilio offers to buy

     Twilio AvailablePhoneNumbers (voice-enabled) for a country and type; buy one with POST /api/phone-
    numbers `{purchase}`. A country or type Twilio has no inventory for answers an empty list.

    Args:
        country (str | Unset):  Default: 'US'.
        type_ (SearchAvailablePhoneNumbersTypeType0 | SearchAvailablePhoneNumbersTypeType1 |
            SearchAvailablePhoneNumbersTypeType2 | Unset):  Default: 'local'.
        contains (str | Unset):
        area_code (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers]
    """

    kwargs = _get_kwargs(
        country=country,
        type_=type_,
        contains=contains,
        area_code=area_code,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    country: str | Unset = "US",
    type_: SearchAvailablePhoneNumbersTypeType0
    | SearchAvailablePhoneNumbersTypeType1
    | SearchAvailablePhoneNumbersTypeType2
    | Unset = "local",
    contains: str | Unset = UNSET,
    area_code: str | Unset = UNSET,
    limit: int | Unset = 20,
) -> ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers | None:
    """Numbers Twilio offers to buy

     Twilio AvailablePhoneNumbers (voice-enabled) for a country and type; buy one with POST /api/phone-
    numbers `{purchase}`. A country or type Twilio has no inventory for answers an empty list.

    Args:
        country (str | Unset):  Default: 'US'.
        type_ (SearchAvailablePhoneNumbersTypeType0 | SearchAvailablePhoneNumbersTypeType1 |
            SearchAvailablePhoneNumbersTypeType2 | Unset):  Default: 'local'.
        contains (str | Unset):
        area_code (str | Unset):
        limit (int | Unset):  Default: 20.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SearchAvailablePhoneNumbersAvailableNumbers
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            type_=type_,
            contains=contains,
            area_code=area_code,
            limit=limit,
        )
    ).parsed
