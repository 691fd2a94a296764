from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_update_workspace_billing_body import AdminUpdateWorkspaceBillingBody
from ...models.billing_status import BillingStatus
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    workspace_id: str,
    *,
    body: AdminUpdateWorkspaceBillingBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/admin/workspaces/{workspace_id}/billing".format(
            workspace_id=quote(str(workspace_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingStatus | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingStatus.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BillingStatus | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUpdateWorkspaceBillingBody,
) -> Response[BillingStatus | ErrorResponse]:
    """Operator: set a workspace's concurrency limit or trial credit

     `concurrencyLimit` overrides TRIAL_CONCURRENCY / PAID_CONCURRENCY for this workspace (null: back to
    the default); `trialCreditUsd` replaces the credit it was granted (null: TRIAL_CREDIT_USD). Answers
    the workspace's billing status.

    Args:
        workspace_id (str):
        body (AdminUpdateWorkspaceBillingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUpdateWorkspaceBillingBody,
) -> BillingStatus | ErrorResponse | None:
    """Operator: set a workspace's concurrency limit or trial credit

     `concurrencyLimit` overrides TRIAL_CONCURRENCY / PAID_CONCURRENCY for this workspace (null: back to
    the default); `trialCreditUsd` replaces the credit it was granted (null: TRIAL_CREDIT_USD). Answers
    the workspace's billing status.

    Args:
        workspace_id (str):
        body (AdminUpdateWorkspaceBillingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | ErrorResponse
    """

    return sync_detailed(
        workspace_id=workspace_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUpdateWorkspaceBillingBody,
) -> Response[BillingStatus | ErrorResponse]:
    """Operator: set a workspace's concurrency limit or trial credit

     `concurrencyLimit` overrides TRIAL_CONCURRENCY / PAID_CONCURRENCY for this workspace (null: back to
    the default); `trialCreditUsd` replaces the credit it was granted (null: TRIAL_CREDIT_USD). Answers
    the workspace's billing status.

    Args:
        workspace_id (str):
        body (AdminUpdateWorkspaceBillingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        workspace_id=workspace_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workspace_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUpdateWorkspaceBillingBody,
) -> BillingStatus | ErrorResponse | None:
    """Operator: set a workspace's concurrency limit or trial credit

     `concurrencyLimit` overrides TRIAL_CONCURRENCY / PAID_CONCURRENCY for this workspace (null: back to
    the default); `trialCreditUsd` replaces the credit it was granted (null: TRIAL_CREDIT_USD). Answers
    the workspace's billing status.

    Args:
        workspace_id (str):
        body (AdminUpdateWorkspaceBillingBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingStatus | ErrorResponse
    """

    return (
        await asyncio_detailed(
            workspace_id=workspace_id,
            client=client,
            body=body,
        )
    ).parsed
