from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.update_call_evaluation_body import UpdateCallEvaluationBody
from ...models.update_call_evaluation_response_200 import UpdateCallEvaluationResponse200
from ...types import Response


def _get_kwargs(
    call_id: str,
    evaluation_id: str,
    *,
    body: UpdateCallEvaluationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/calls/{call_id}/evaluations/{evaluation_id}".format(
            call_id=quote(str(call_id), safe=""),
            evaluation_id=quote(str(evaluation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UpdateCallEvaluationResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateCallEvaluationResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | UpdateCallEvaluationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    call_id: str,
    evaluation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallEvaluationBody,
) -> Response[ErrorResponse | UpdateCallEvaluationResponse200]:
    """Change an evaluation (its author only)

     Only the fields sent change. 403 `not_evaluation_author` for anyone but its author (an `auto`
    evaluation: an owner or admin).

    Args:
        call_id (str):
        evaluation_id (str):
        body (UpdateCallEvaluationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateCallEvaluationResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        evaluation_id=evaluation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    evaluation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallEvaluationBody,
) -> ErrorResponse | UpdateCallEvaluationResponse200 | None:
    """Change an evaluation (its author only)

     Only the fields sent change. 403 `not_evaluation_author` for anyone but its author (an `auto`
    evaluation: an owner or admin).

    Args:
        call_id (str):
        evaluation_id (str):
        body (UpdateCallEvaluationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateCallEvaluationResponse200
    """

    return sync_detailed(
        call_id=call_id,
        evaluation_id=evaluation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    evaluation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallEvaluationBody,
) -> Response[ErrorResponse | UpdateCallEvaluationResponse200]:
    """Change an evaluation (its author only)

     Only the fields sent change. 403 `not_evaluation_author` for anyone but its author (an `auto`
    evaluation: an owner or admin).

    Args:
        call_id (str):
        evaluation_id (str):
        body (UpdateCallEvaluationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UpdateCallEvaluationResponse200]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
        evaluation_id=evaluation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    evaluation_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateCallEvaluationBody,
) -> ErrorResponse | UpdateCallEvaluationResponse200 | None:
    """Change an evaluation (its author only)

     Only the fields sent change. 403 `not_evaluation_author` for anyone but its author (an `auto`
    evaluation: an owner or admin).

    Args:
        call_id (str):
        evaluation_id (str):
        body (UpdateCallEvaluationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UpdateCallEvaluationResponse200
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            evaluation_id=evaluation_id,
            client=client,
            body=body,
        )
    ).parsed
