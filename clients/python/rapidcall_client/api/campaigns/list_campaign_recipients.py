from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_campaign_recipients_campaign_recipient_page import ListCampaignRecipientsCampaignRecipientPage
from ...models.list_campaign_recipients_status_type_0 import (
    ListCampaignRecipientsStatusType0,
)
from ...models.list_campaign_recipients_status_type_1 import (
    ListCampaignRecipientsStatusType1,
)
from ...models.list_campaign_recipients_status_type_2 import (
    ListCampaignRecipientsStatusType2,
)
from ...models.list_campaign_recipients_status_type_3 import (
    ListCampaignRecipientsStatusType3,
)
from ...models.list_campaign_recipients_status_type_4 import (
    ListCampaignRecipientsStatusType4,
)
from ...models.list_campaign_recipients_status_type_5 import (
    ListCampaignRecipientsStatusType5,
)
from ...models.list_campaign_recipients_status_type_6 import (
    ListCampaignRecipientsStatusType6,
)
from ...models.list_campaign_recipients_status_type_7 import (
    ListCampaignRecipientsStatusType7,
)
from ...models.list_campaign_recipients_status_type_8 import (
    ListCampaignRecipientsStatusType8,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    status: ListCampaignRecipientsStatusType0
    | ListCampaignRecipientsStatusType1
    | ListCampaignRecipientsStatusType2
    | ListCampaignRecipientsStatusType3
    | ListCampaignRecipientsStatusType4
    | ListCampaignRecipientsStatusType5
    | ListCampaignRecipientsStatusType6
    | ListCampaignRecipientsStatusType7
    | ListCampaignRecipientsStatusType8
    | Unset = UNSET,
    last_outcome: str | Unset = UNSET,
    phone: str | Unset = UNSET,
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
    elif isinstance(status, str):
        json_status = status
    elif isinstance(status, str):
        json_status = status
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status

    params["status"] = json_status

    params["lastOutcome"] = last_outcome

    params["phone"] = phone

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaigns/{campaign_id}/recipients".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCampaignRecipientsCampaignRecipientPage | None:
    if response.status_code == 200:
        response_200 = ListCampaignRecipientsCampaignRecipientPage.from_dict(response.json())

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
) -> Response[ErrorResponse | ListCampaignRecipientsCampaignRecipientPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    status: ListCampaignRecipientsStatusType0
    | ListCampaignRecipientsStatusType1
    | ListCampaignRecipientsStatusType2
    | ListCampaignRecipientsStatusType3
    | ListCampaignRecipientsStatusType4
    | ListCampaignRecipientsStatusType5
    | ListCampaignRecipientsStatusType6
    | ListCampaignRecipientsStatusType7
    | ListCampaignRecipientsStatusType8
    | Unset = UNSET,
    last_outcome: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCampaignRecipientsCampaignRecipientPage]:
    """Recipients in the order they were added

     Filter by `status`, `lastOutcome` or a `phone` prefix; `nextCursor` pages on.

    Args:
        campaign_id (str):
        status (ListCampaignRecipientsStatusType0 | ListCampaignRecipientsStatusType1 |
            ListCampaignRecipientsStatusType2 | ListCampaignRecipientsStatusType3 |
            ListCampaignRecipientsStatusType4 | ListCampaignRecipientsStatusType5 |
            ListCampaignRecipientsStatusType6 | ListCampaignRecipientsStatusType7 |
            ListCampaignRecipientsStatusType8 | Unset):
        last_outcome (str | Unset):
        phone (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignRecipientsCampaignRecipientPage]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        status=status,
        last_outcome=last_outcome,
        phone=phone,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    status: ListCampaignRecipientsStatusType0
    | ListCampaignRecipientsStatusType1
    | ListCampaignRecipientsStatusType2
    | ListCampaignRecipientsStatusType3
    | ListCampaignRecipientsStatusType4
    | ListCampaignRecipientsStatusType5
    | ListCampaignRecipientsStatusType6
    | ListCampaignRecipientsStatusType7
    | ListCampaignRecipientsStatusType8
    | Unset = UNSET,
    last_outcome: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListCampaignRecipientsCampaignRecipientPage | None:
    """Recipients in the order they were added

     Filter by `status`, `lastOutcome` or a `phone` prefix; `nextCursor` pages on.

    Args:
        campaign_id (str):
        status (ListCampaignRecipientsStatusType0 | ListCampaignRecipientsStatusType1 |
            ListCampaignRecipientsStatusType2 | ListCampaignRecipientsStatusType3 |
            ListCampaignRecipientsStatusType4 | ListCampaignRecipientsStatusType5 |
            ListCampaignRecipientsStatusType6 | ListCampaignRecipientsStatusType7 |
            ListCampaignRecipientsStatusType8 | Unset):
        last_outcome (str | Unset):
        phone (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignRecipientsCampaignRecipientPage
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        status=status,
        last_outcome=last_outcome,
        phone=phone,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    status: ListCampaignRecipientsStatusType0
    | ListCampaignRecipientsStatusType1
    | ListCampaignRecipientsStatusType2
    | ListCampaignRecipientsStatusType3
    | ListCampaignRecipientsStatusType4
    | ListCampaignRecipientsStatusType5
    | ListCampaignRecipientsStatusType6
    | ListCampaignRecipientsStatusType7
    | ListCampaignRecipientsStatusType8
    | Unset = UNSET,
    last_outcome: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCampaignRecipientsCampaignRecipientPage]:
    """Recipients in the order they were added

     Filter by `status`, `lastOutcome` or a `phone` prefix; `nextCursor` pages on.

    Args:
        campaign_id (str):
        status (ListCampaignRecipientsStatusType0 | ListCampaignRecipientsStatusType1 |
            ListCampaignRecipientsStatusType2 | ListCampaignRecipientsStatusType3 |
            ListCampaignRecipientsStatusType4 | ListCampaignRecipientsStatusType5 |
            ListCampaignRecipientsStatusType6 | ListCampaignRecipientsStatusType7 |
            ListCampaignRecipientsStatusType8 | Unset):
        last_outcome (str | Unset):
        phone (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCampaignRecipientsCampaignRecipientPage]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        status=status,
        last_outcome=last_outcome,
        phone=phone,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    status: ListCampaignRecipientsStatusType0
    | ListCampaignRecipientsStatusType1
    | ListCampaignRecipientsStatusType2
    | ListCampaignRecipientsStatusType3
    | ListCampaignRecipientsStatusType4
    | ListCampaignRecipientsStatusType5
    | ListCampaignRecipientsStatusType6
    | ListCampaignRecipientsStatusType7
    | ListCampaignRecipientsStatusType8
    | Unset = UNSET,
    last_outcome: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListCampaignRecipientsCampaignRecipientPage | None:
    """Recipients in the order they were added

     Filter by `status`, `lastOutcome` or a `phone` prefix; `nextCursor` pages on.

    Args:
        campaign_id (str):
        status (ListCampaignRecipientsStatusType0 | ListCampaignRecipientsStatusType1 |
            ListCampaignRecipientsStatusType2 | ListCampaignRecipientsStatusType3 |
            ListCampaignRecipientsStatusType4 | ListCampaignRecipientsStatusType5 |
            ListCampaignRecipientsStatusType6 | ListCampaignRecipientsStatusType7 |
            ListCampaignRecipientsStatusType8 | Unset):
        last_outcome (str | Unset):
        phone (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCampaignRecipientsCampaignRecipientPage
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            status=status,
            last_outcome=last_outcome,
            phone=phone,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
