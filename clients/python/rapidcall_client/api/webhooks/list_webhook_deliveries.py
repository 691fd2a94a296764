from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_webhook_deliveries_event_type_0 import (
    ListWebhookDeliveriesEventType0,
)
from ...models.list_webhook_deliveries_event_type_1 import (
    ListWebhookDeliveriesEventType1,
)
from ...models.list_webhook_deliveries_event_type_2 import (
    ListWebhookDeliveriesEventType2,
)
from ...models.list_webhook_deliveries_event_type_3 import (
    ListWebhookDeliveriesEventType3,
)
from ...models.list_webhook_deliveries_event_type_4 import (
    ListWebhookDeliveriesEventType4,
)
from ...models.list_webhook_deliveries_event_type_5 import (
    ListWebhookDeliveriesEventType5,
)
from ...models.list_webhook_deliveries_status_type_0 import (
    ListWebhookDeliveriesStatusType0,
)
from ...models.list_webhook_deliveries_status_type_1 import (
    ListWebhookDeliveriesStatusType1,
)
from ...models.list_webhook_deliveries_status_type_2 import (
    ListWebhookDeliveriesStatusType2,
)
from ...models.list_webhook_deliveries_webhook_delivery_page import ListWebhookDeliveriesWebhookDeliveryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    event: ListWebhookDeliveriesEventType0
    | ListWebhookDeliveriesEventType1
    | ListWebhookDeliveriesEventType2
    | ListWebhookDeliveriesEventType3
    | ListWebhookDeliveriesEventType4
    | ListWebhookDeliveriesEventType5
    | Unset = UNSET,
    status: ListWebhookDeliveriesStatusType0
    | ListWebhookDeliveriesStatusType1
    | ListWebhookDeliveriesStatusType2
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    json_event: str | Unset
    if isinstance(event, Unset):
        json_event = UNSET
    elif isinstance(event, str):
        json_event = event
    elif isinstance(event, str):
        json_event = event
    elif isinstance(event, str):
        json_event = event
    elif isinstance(event, str):
        json_event = event
    elif isinstance(event, str):
        json_event = event
    else:
        json_event = event

    params["event"] = json_event

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
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
        "url": "/api/webhooks/deliveries",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage | None:
    if response.status_code == 200:
        response_200 = ListWebhookDeliveriesWebhookDeliveryPage.from_dict(response.json())

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
) -> Response[ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    event: ListWebhookDeliveriesEventType0
    | ListWebhookDeliveriesEventType1
    | ListWebhookDeliveriesEventType2
    | ListWebhookDeliveriesEventType3
    | ListWebhookDeliveriesEventType4
    | ListWebhookDeliveriesEventType5
    | Unset = UNSET,
    status: ListWebhookDeliveriesStatusType0
    | ListWebhookDeliveriesStatusType1
    | ListWebhookDeliveriesStatusType2
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage]:
    """Call webhook deliveries, newest first

     One delivery per event and destination; `attempts` counts the tries so far. `GET
    /api/webhooks/deliveries/{id}` lists each attempt.

    Args:
        agent_id (str | Unset):
        event (ListWebhookDeliveriesEventType0 | ListWebhookDeliveriesEventType1 |
            ListWebhookDeliveriesEventType2 | ListWebhookDeliveriesEventType3 |
            ListWebhookDeliveriesEventType4 | ListWebhookDeliveriesEventType5 | Unset):
        status (ListWebhookDeliveriesStatusType0 | ListWebhookDeliveriesStatusType1 |
            ListWebhookDeliveriesStatusType2 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        event=event,
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
    agent_id: str | Unset = UNSET,
    event: ListWebhookDeliveriesEventType0
    | ListWebhookDeliveriesEventType1
    | ListWebhookDeliveriesEventType2
    | ListWebhookDeliveriesEventType3
    | ListWebhookDeliveriesEventType4
    | ListWebhookDeliveriesEventType5
    | Unset = UNSET,
    status: ListWebhookDeliveriesStatusType0
    | ListWebhookDeliveriesStatusType1
    | ListWebhookDeliveriesStatusType2
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage | None:
    """Call webhook deliveries, newest first

     One delivery per event and destination; `attempts` counts the tries so far. `GET
    /api/webhooks/deliveries/{id}` lists each attempt.

    Args:
        agent_id (str | Unset):
        event (ListWebhookDeliveriesEventType0 | ListWebhookDeliveriesEventType1 |
            ListWebhookDeliveriesEventType2 | ListWebhookDeliveriesEventType3 |
            ListWebhookDeliveriesEventType4 | ListWebhookDeliveriesEventType5 | Unset):
        status (ListWebhookDeliveriesStatusType0 | ListWebhookDeliveriesStatusType1 |
            ListWebhookDeliveriesStatusType2 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        event=event,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    event: ListWebhookDeliveriesEventType0
    | ListWebhookDeliveriesEventType1
    | ListWebhookDeliveriesEventType2
    | ListWebhookDeliveriesEventType3
    | ListWebhookDeliveriesEventType4
    | ListWebhookDeliveriesEventType5
    | Unset = UNSET,
    status: ListWebhookDeliveriesStatusType0
    | ListWebhookDeliveriesStatusType1
    | ListWebhookDeliveriesStatusType2
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage]:
    """Call webhook deliveries, newest first

     One delivery per event and destination; `attempts` counts the tries so far. `GET
    /api/webhooks/deliveries/{id}` lists each attempt.

    Args:
        agent_id (str | Unset):
        event (ListWebhookDeliveriesEventType0 | ListWebhookDeliveriesEventType1 |
            ListWebhookDeliveriesEventType2 | ListWebhookDeliveriesEventType3 |
            ListWebhookDeliveriesEventType4 | ListWebhookDeliveriesEventType5 | Unset):
        status (ListWebhookDeliveriesStatusType0 | ListWebhookDeliveriesStatusType1 |
            ListWebhookDeliveriesStatusType2 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        event=event,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    event: ListWebhookDeliveriesEventType0
    | ListWebhookDeliveriesEventType1
    | ListWebhookDeliveriesEventType2
    | ListWebhookDeliveriesEventType3
    | ListWebhookDeliveriesEventType4
    | ListWebhookDeliveriesEventType5
    | Unset = UNSET,
    status: ListWebhookDeliveriesStatusType0
    | ListWebhookDeliveriesStatusType1
    | ListWebhookDeliveriesStatusType2
    | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage | None:
    """Call webhook deliveries, newest first

     One delivery per event and destination; `attempts` counts the tries so far. `GET
    /api/webhooks/deliveries/{id}` lists each attempt.

    Args:
        agent_id (str | Unset):
        event (ListWebhookDeliveriesEventType0 | ListWebhookDeliveriesEventType1 |
            ListWebhookDeliveriesEventType2 | ListWebhookDeliveriesEventType3 |
            ListWebhookDeliveriesEventType4 | ListWebhookDeliveriesEventType5 | Unset):
        status (ListWebhookDeliveriesStatusType0 | ListWebhookDeliveriesStatusType1 |
            ListWebhookDeliveriesStatusType2 | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListWebhookDeliveriesWebhookDeliveryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            event=event,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
