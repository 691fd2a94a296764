from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analyze_call_response_202 import AnalyzeCallResponse202
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    call_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/calls/{call_id}/analyze".format(
            call_id=quote(str(call_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AnalyzeCallResponse202 | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = AnalyzeCallResponse202.from_dict(response.json())

        return response_202

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AnalyzeCallResponse202 | ErrorResponse]:
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
) -> Response[AnalyzeCallResponse202 | ErrorResponse]:
    """Run the post-call analysis again

     Starts a new run at once (202, the analysis `pending`); it ends with a new `call_analyzed` event.
    409 `analysis_in_progress` while a run is pending, 409 `call_not_ended` for a call still open.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeCallResponse202 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> AnalyzeCallResponse202 | ErrorResponse | None:
    """Run the post-call analysis again

     Starts a new run at once (202, the analysis `pending`); it ends with a new `call_analyzed` event.
    409 `analysis_in_progress` while a run is pending, 409 `call_not_ended` for a call still open.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeCallResponse202 | ErrorResponse
    """

    return sync_detailed(
        call_id=call_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AnalyzeCallResponse202 | ErrorResponse]:
    """Run the post-call analysis again

     Starts a new run at once (202, the analysis `pending`); it ends with a new `call_analyzed` event.
    409 `analysis_in_progress` while a run is pending, 409 `call_not_ended` for a call still open.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnalyzeCallResponse202 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        call_id=call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    call_id: str,
    *,
    client: AuthenticatedClient,
) -> AnalyzeCallResponse202 | ErrorResponse | None:
    """Run the post-call analysis again

     Starts a new run at once (202, the analysis `pending`); it ends with a new `call_analyzed` event.
    409 `analysis_in_progress` while a run is pending, 409 `call_not_ended` for a call still open.

    Args:
        call_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnalyzeCallResponse202 | ErrorResponse
    """

    return (
        await asyncio_detailed(
            call_id=call_id,
            client=client,
        )
    ).parsed
