from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_campaigns_campaign_page import ListCampaignsCampaignPage
from ...models.list_campaigns_status_type_0 import ListCampaignsStatusType0
from ...models.list_campaigns_status_type_1 import ListCampaignsStatusType1
from ...models.list_campaigns_status_type_2 import ListCampaignsStatusType2
from ...models.list_campaigns_status_type_3 import ListCampaignsStatusType3
from ...models.list_campaigns_status_type_4 import ListCampaignsStatusType4
from ...models.list_campaigns_status_type_5 import ListCampaignsStatusType5
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListCampaignsStatusType0
    | ListCampaignsStatusType1
    | ListCampaignsStatusType2
    | ListCampaignsStatusType3
    | ListCampaignsStatusType4
    | ListCampaignsStatusType5
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    elif isinstance(status, str):
        json_status = status
    elif isinstance(status, str):
        json_status = status
    elif isinstance(status, str):
        json_status = status
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status

    params["status"] = json_status

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCampaignsCampaignPage | None:
    if response.status_code == 200:
        response_200 = ListCampaignsCampaignPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListCampaignsCampaignPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListCampaignsStatusType0
    | ListCampaignsStatusType1
    | ListCampaignsStatusType2
    | ListCampaignsStatusType3
    | ListCampaignsStatusType4
    | ListCampaignsStatusType5
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCampaignsCampaignPage]:
    """Campaigns, newest first

     Without progress counts (read one campaign for those).

    Args:
        status (ListCampaignsStatusType0 | ListCampaignsStatusType1 | ListCampaignsStatusType2 |
            ListCampaignsStatusType3 | ListCampaignsStatusType4 | ListCampaignsStatusType5 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignsCampaignPage]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ListCampaignsStatusType0
    | ListCampaignsStatusType1
    | ListCampaignsStatusType2
    | ListCampaignsStatusType3
    | ListCampaignsStatusType4
    | ListCampaignsStatusType5
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListCampaignsCampaignPage | None:
    """Campaigns, newest first

     Without progress counts (read one campaign for those).

    Args:
        status (ListCampaignsStatusType0 | ListCampaignsStatusType1 | ListCampaignsStatusType2 |
            ListCampaignsStatusType3 | ListCampaignsStatusType4 | ListCampaignsStatusType5 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignsCampaignPage
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListCampaignsStatusType0
    | ListCampaignsStatusType1
    | ListCampaignsStatusType2
    | ListCampaignsStatusType3
    | ListCampaignsStatusType4
    | ListCampaignsStatusType5
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCampaignsCampaignPage]:
    """Campaigns, newest first

     Without progress counts (read one campaign for those).

    Args:
        status (ListCampaignsStatusType0 | ListCampaignsStatusType1 | ListCampaignsStatusType2 |
            ListCampaignsStatusType3 | ListCampaignsStatusType4 | ListCampaignsStatusType5 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignsCampaignPage]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListCampaignsStatusType0
    | ListCampaignsStatusType1
    | ListCampaignsStatusType2
    | ListCampaignsStatusType3
    | ListCampaignsStatusType4
    | ListCampaignsStatusType5
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListCampaignsCampaignPage | None:
    """Campaigns, newest first

     Without progress counts (read one campaign for those).

    Args:
        status (ListCampaignsStatusType0 | ListCampaignsStatusType1 | ListCampaignsStatusType2 |
            ListCampaignsStatusType3 | ListCampaignsStatusType4 | ListCampaignsStatusType5 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignsCampaignPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
