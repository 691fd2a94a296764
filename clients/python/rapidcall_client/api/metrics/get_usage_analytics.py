import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_usage_analytics_group_by_type_0 import (
    GetUsageAnalyticsGroupByType0,
)
from ...models.get_usage_analytics_group_by_type_1 import (
    GetUsageAnalyticsGroupByType1,
)
from ...models.get_usage_analytics_group_by_type_2 import (
    GetUsageAnalyticsGroupByType2,
)
from ...models.usage_report import UsageReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    group_by: GetUsageAnalyticsGroupByType0
    | GetUsageAnalyticsGroupByType1
    | GetUsageAnalyticsGroupByType2
    | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    tz: str | Unset = "UTC",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_since: str | Unset = UNSET
    if not isinstance(since, Unset):
        json_since = since.isoformat()
    params["since"] = json_since

    json_until: str | Unset = UNSET
    if not isinstance(until, Unset):
        json_until = until.isoformat()
    params["until"] = json_until

    json_group_by: str | Unset
    if isinstance(group_by, Unset):
        json_group_by = UNSET
    elif isinstance(group_by, str):
        json_group_by = group_by
    elif isinstance(group_by, str):
        json_group_by = group_by
    else:
        json_group_by = group_by

    params["groupBy"] = json_group_by

    params["agentId"] = agent_id

    params["tz"] = tz

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/analytics/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UsageReport | None:
    if response.status_code == 200:
        response_200 = UsageReport.from_dict(response.json())

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
) -> Response[ErrorResponse | UsageReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    group_by: GetUsageAnalyticsGroupByType0
    | GetUsageAnalyticsGroupByType1
    | GetUsageAnalyticsGroupByType2
    | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    tz: str | Unset = "UTC",
) -> Response[ErrorResponse | UsageReport]:
    """Calls, minutes, cost, tokens, latency, success rate and sentiment of the workspace

     Over calls started in [`since`, `until`). `groupBy=agent` groups by agent id (null: calls without an
    agent), `groupBy=day` by calendar day in `tz` (UTC by default); days without calls are listed with
    zeros (up to 1,000 days). `groupBy=variant` by A/B variant id (null: calls that ran the agent
    itself), to compare variants: pass `agentId`. Latency percentiles are over the `turn` events of the
    calls; calls without events (the voice agent reports averages only) count with their
    `agent_turn_latency_ms_avg`. Success rate and sentiment come from the post-call analysis.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        group_by (GetUsageAnalyticsGroupByType0 | GetUsageAnalyticsGroupByType1 |
            GetUsageAnalyticsGroupByType2 | Unset):
        agent_id (str | Unset):
        tz (str | Unset):  Default: 'UTC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageReport]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        group_by=group_by,
        agent_id=agent_id,
        tz=tz,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    group_by: GetUsageAnalyticsGroupByType0
    | GetUsageAnalyticsGroupByType1
    | GetUsageAnalyticsGroupByType2
    | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    tz: str | Unset = "UTC",
) -> ErrorResponse | UsageReport | None:
    """Calls, minutes, cost, tokens, latency, success rate and sentiment of the workspace

     Over calls started in [`since`, `until`). `groupBy=agent` groups by agent id (null: calls without an
    agent), `groupBy=day` by calendar day in `tz` (UTC by default); days without calls are listed with
    zeros (up to 1,000 days). `groupBy=variant` by A/B variant id (null: calls that ran the agent
    itself), to compare variants: pass `agentId`. Latency percentiles are over the `turn` events of the
    calls; calls without events (the voice agent reports averages only) count with their
    `agent_turn_latency_ms_avg`. Success rate and sentiment come from the post-call analysis.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        group_by (GetUsageAnalyticsGroupByType0 | GetUsageAnalyticsGroupByType1 |
            GetUsageAnalyticsGroupByType2 | Unset):
        agent_id (str | Unset):
        tz (str | Unset):  Default: 'UTC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageReport
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        group_by=group_by,
        agent_id=agent_id,
        tz=tz,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    group_by: GetUsageAnalyticsGroupByType0
    | GetUsageAnalyticsGroupByType1
    | GetUsageAnalyticsGroupByType2
    | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    tz: str | Unset = "UTC",
) -> Response[ErrorResponse | UsageReport]:
    """Calls, minutes, cost, tokens, latency, success rate and sentiment of the workspace

     Over calls started in [`since`, `until`). `groupBy=agent` groups by agent id (null: calls without an
    agent), `groupBy=day` by calendar day in `tz` (UTC by default); days without calls are listed with
    zeros (up to 1,000 days). `groupBy=variant` by A/B variant id (null: calls that ran the agent
    itself), to compare variants: pass `agentId`. Latency percentiles are over the `turn` events of the
    calls; calls without events (the voice agent reports averages only) count with their
    `agent_turn_latency_ms_avg`. Success rate and sentiment come from the post-call analysis.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        group_by (GetUsageAnalyticsGroupByType0 | GetUsageAnalyticsGroupByType1 |
            GetUsageAnalyticsGroupByType2 | Unset):
        agent_id (str | Unset):
        tz (str | Unset):  Default: 'UTC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UsageReport]
    """

    kwargs = _get_kwargs(
        since=since,
        until=until,
        group_by=group_by,
        agent_id=agent_id,
        tz=tz,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: datetime.datetime | Unset = UNSET,
    until: datetime.datetime | Unset = UNSET,
    group_by: GetUsageAnalyticsGroupByType0
    | GetUsageAnalyticsGroupByType1
    | GetUsageAnalyticsGroupByType2
    | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    tz: str | Unset = "UTC",
) -> ErrorResponse | UsageReport | None:
    """Calls, minutes, cost, tokens, latency, success rate and sentiment of the workspace

     Over calls started in [`since`, `until`). `groupBy=agent` groups by agent id (null: calls without an
    agent), `groupBy=day` by calendar day in `tz` (UTC by default); days without calls are listed with
    zeros (up to 1,000 days). `groupBy=variant` by A/B variant id (null: calls that ran the agent
    itself), to compare variants: pass `agentId`. Latency percentiles are over the `turn` events of the
    calls; calls without events (the voice agent reports averages only) count with their
    `agent_turn_latency_ms_avg`. Success rate and sentiment come from the post-call analysis.

    Args:
        since (datetime.datetime | Unset):
        until (datetime.datetime | Unset):
        group_by (GetUsageAnalyticsGroupByType0 | GetUsageAnalyticsGroupByType1 |
            GetUsageAnalyticsGroupByType2 | Unset):
        agent_id (str | Unset):
        tz (str | Unset):  Default: 'UTC'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UsageReport
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            group_by=group_by,
            agent_id=agent_id,
            tz=tz,
        )
    ).parsed
