import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_calls_call_page import ListCallsCallPage
from ...models.list_calls_direction_type_0 import ListCallsDirectionType0
from ...models.list_calls_direction_type_1 import ListCallsDirectionType1
from ...models.list_calls_direction_type_2 import ListCallsDirectionType2
from ...models.list_calls_sentiment import ListCallsSentiment
from ...models.list_calls_status_type_0 import ListCallsStatusType0
from ...models.list_calls_status_type_1 import ListCallsStatusType1
from ...models.list_calls_status_type_2 import ListCallsStatusType2
from ...models.list_calls_status_type_3 import ListCallsStatusType3
from ...models.list_calls_status_type_4 import ListCallsStatusType4
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    agent_id: str | Unset = UNSET,
    variant_id: str | Unset = UNSET,
    direction: ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 | Unset = UNSET,
    status: ListCallsStatusType0
    | ListCallsStatusType1
    | ListCallsStatusType2
    | ListCallsStatusType3
    | ListCallsStatusType4
    | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    successful: bool | Unset = UNSET,
    sentiment: ListCallsSentiment | Unset = UNSET,
    label: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agentId"] = agent_id

    params["variantId"] = variant_id

    json_direction: str | Unset
    if isinstance(direction, Unset):
        json_direction = UNSET
    elif isinstance(direction, str):
        json_direction = direction
    elif isinstance(direction, str):
        json_direction = direction
    else:
        json_direction = direction

    params["direction"] = json_direction

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
    else:
        json_status = status

    params["status"] = json_status

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    params["successful"] = successful

    json_sentiment: str | Unset = UNSET
    if not isinstance(sentiment, Unset):
        json_sentiment = sentiment

    params["sentiment"] = json_sentiment

    params["label"] = label

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/calls",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListCallsCallPage | None:
    if response.status_code == 200:
        response_200 = ListCallsCallPage.from_dict(response.json())

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
) -> Response[ErrorResponse | ListCallsCallPage]:
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
    variant_id: str | Unset = UNSET,
    direction: ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 | Unset = UNSET,
    status: ListCallsStatusType0
    | ListCallsStatusType1
    | ListCallsStatusType2
    | ListCallsStatusType3
    | ListCallsStatusType4
    | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    successful: bool | Unset = UNSET,
    sentiment: ListCallsSentiment | Unset = UNSET,
    label: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCallsCallPage]:
    """Calls of the workspace, newest first

     Filters combine; `since` is inclusive and `until` exclusive on `startedAt`. Lists omit the
    transcript.

    Args:
        agent_id (str | Unset):
        variant_id (str | Unset):
        direction (ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 |
            Unset):
        status (ListCallsStatusType0 | ListCallsStatusType1 | ListCallsStatusType2 |
            ListCallsStatusType3 | ListCallsStatusType4 | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        successful (bool | Unset):
        sentiment (ListCallsSentiment | Unset):
        label (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCallsCallPage]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        variant_id=variant_id,
        direction=direction,
        status=status,
        since=since,
        until=until,
        successful=successful,
        sentiment=sentiment,
        label=label,
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
    variant_id: str | Unset = UNSET,
    direction: ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 | Unset = UNSET,
    status: ListCallsStatusType0
    | ListCallsStatusType1
    | ListCallsStatusType2
    | ListCallsStatusType3
    | ListCallsStatusType4
    | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    successful: bool | Unset = UNSET,
    sentiment: ListCallsSentiment | Unset = UNSET,
    label: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListCallsCallPage | None:
    """Calls of the workspace, newest first

     Filters combine; `since` is inclusive and `until` exclusive on `startedAt`. Lists omit the
    transcript.

    Args:
        agent_id (str | Unset):
        variant_id (str | Unset):
        direction (ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 |
            Unset):
        status (ListCallsStatusType0 | ListCallsStatusType1 | ListCallsStatusType2 |
            ListCallsStatusType3 | ListCallsStatusType4 | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        successful (bool | Unset):
        sentiment (ListCallsSentiment | Unset):
        label (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCallsCallPage
    """

    return sync_detailed(
        client=client,
        agent_id=agent_id,
        variant_id=variant_id,
        direction=direction,
        status=status,
        since=since,
        until=until,
        successful=successful,
        sentiment=sentiment,
        label=label,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    variant_id: str | Unset = UNSET,
    direction: ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 | Unset = UNSET,
    status: ListCallsStatusType0
    | ListCallsStatusType1
    | ListCallsStatusType2
    | ListCallsStatusType3
    | ListCallsStatusType4
    | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    successful: bool | Unset = UNSET,
    sentiment: ListCallsSentiment | Unset = UNSET,
    label: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCallsCallPage]:
    """Calls of the workspace, newest first

     Filters combine; `since` is inclusive and `until` exclusive on `startedAt`. Lists omit the
    transcript.

    Args:
        agent_id (str | Unset):
        variant_id (str | Unset):
        direction (ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 |
            Unset):
        status (ListCallsStatusType0 | ListCallsStatusType1 | ListCallsStatusType2 |
            ListCallsStatusType3 | ListCallsStatusType4 | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        successful (bool | Unset):
        sentiment (ListCallsSentiment | Unset):
        label (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListCallsCallPage]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        variant_id=variant_id,
        direction=direction,
        status=status,
        since=since,
        until=until,
        successful=successful,
        sentiment=sentiment,
        label=label,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
    variant_id: str | Unset = UNSET,
    direction: ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 | Unset = UNSET,
    status: ListCallsStatusType0
    | ListCallsStatusType1
    | ListCallsStatusType2
    | ListCallsStatusType3
    | ListCallsStatusType4
    | Unset = UNSET,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    successful: bool | Unset = UNSET,
    sentiment: ListCallsSentiment | Unset = UNSET,
    label: str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> ErrorResponse | ListCallsCallPage | None:
    """Calls of the workspace, newest first

     Filters combine; `since` is inclusive and `until` exclusive on `startedAt`. Lists omit the
    transcript.

    Args:
        agent_id (str | Unset):
        variant_id (str | Unset):
        direction (ListCallsDirectionType0 | ListCallsDirectionType1 | ListCallsDirectionType2 |
            Unset):
        status (ListCallsStatusType0 | ListCallsStatusType1 | ListCallsStatusType2 |
            ListCallsStatusType3 | ListCallsStatusType4 | Unset):
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        successful (bool | Unset):
        sentiment (ListCallsSentiment | Unset):
        label (str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListCallsCallPage
    """

    return (
        await asyncio_detailed(
            client=client,
            agent_id=agent_id,
            variant_id=variant_id,
            direction=direction,
            status=status,
            since=since,
            until=until,
            successful=successful,
            sentiment=sentiment,
            label=label,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
