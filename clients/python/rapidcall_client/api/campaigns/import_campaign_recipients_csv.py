from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.import_campaign_recipients_csv_recipient_import_result import (
    ImportCampaignRecipientsCsvRecipientImportResult,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_id: str,
    *,
    body: Any,
    default_country: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["defaultCountry"] = default_country

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns/{campaign_id}/recipients/csv".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult | None:
    if response.status_code == 200:
        response_200 = ImportCampaignRecipientsCsvRecipientImportResult.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult]:
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
    body: Any,
    default_country: str | Unset = UNSET,
) -> Response[ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult]:
    """Add recipients from a CSV file (up to 100,000)

     Body: `text/csv`, a header line then one recipient per line. Columns `phone` (required), `name`,
    `timezone` (IANA); any other column is a variable (`{{column}}` in the prompt). `row` in `rejected`
    is the line of the file (the header is line 1). A file that is not well-formed CSV answers 400
    `invalid_csv` with the line, and nothing is added. Each number is normalised to E.164
    (`defaultCountry`, else the campaign's, reads national notations) and validated; a number already in
    the campaign or earlier in the input is merged (`duplicates`); numbers on the do-not-call list are
    added as `dnc` and never dialled. Rows that cannot be used are listed in `rejected` with their row
    and reason; the others are added in one transaction. 409 `recipient_limit_reached` (nothing added)
    past 100000 recipients; 409 `campaign_finished` once completed or canceled. A running campaign dials
    new recipients as they become due.

    Args:
        campaign_id (str):
        default_country (str | Unset):
        body (Any): CSV text, UTF-8

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        default_country=default_country,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    default_country: str | Unset = UNSET,
) -> ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult | None:
    """Add recipients from a CSV file (up to 100,000)

     Body: `text/csv`, a header line then one recipient per line. Columns `phone` (required), `name`,
    `timezone` (IANA); any other column is a variable (`{{column}}` in the prompt). `row` in `rejected`
    is the line of the file (the header is line 1). A file that is not well-formed CSV answers 400
    `invalid_csv` with the line, and nothing is added. Each number is normalised to E.164
    (`defaultCountry`, else the campaign's, reads national notations) and validated; a number already in
    the campaign or earlier in the input is merged (`duplicates`); numbers on the do-not-call list are
    added as `dnc` and never dialled. Rows that cannot be used are listed in `rejected` with their row
    and reason; the others are added in one transaction. 409 `recipient_limit_reached` (nothing added)
    past 100000 recipients; 409 `campaign_finished` once completed or canceled. A running campaign dials
    new recipients as they become due.

    Args:
        campaign_id (str):
        default_country (str | Unset):
        body (Any): CSV text, UTF-8

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
        default_country=default_country,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    default_country: str | Unset = UNSET,
) -> Response[ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult]:
    """Add recipients from a CSV file (up to 100,000)

     Body: `text/csv`, a header line then one recipient per line. Columns `phone` (required), `name`,
    `timezone` (IANA); any other column is a variable (`{{column}}` in the prompt). `row` in `rejected`
    is the line of the file (the header is line 1). A file that is not well-formed CSV answers 400
    `invalid_csv` with the line, and nothing is added. Each number is normalised to E.164
    (`defaultCountry`, else the campaign's, reads national notations) and validated; a number already in
    the campaign or earlier in the input is merged (`duplicates`); numbers on the do-not-call list are
    added as `dnc` and never dialled. Rows that cannot be used are listed in `rejected` with their row
    and reason; the others are added in one transaction. 409 `recipient_limit_reached` (nothing added)
    past 100000 recipients; 409 `campaign_finished` once completed or canceled. A running campaign dials
    new recipients as they become due.

    Args:
        campaign_id (str):
        default_country (str | Unset):
        body (Any): CSV text, UTF-8

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
        default_country=default_country,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: Any,
    default_country: str | Unset = UNSET,
) -> ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult | None:
    """Add recipients from a CSV file (up to 100,000)

     Body: `text/csv`, a header line then one recipient per line. Columns `phone` (required), `name`,
    `timezone` (IANA); any other column is a variable (`{{column}}` in the prompt). `row` in `rejected`
    is the line of the file (the header is line 1). A file that is not well-formed CSV answers 400
    `invalid_csv` with the line, and nothing is added. Each number is normalised to E.164
    (`defaultCountry`, else the campaign's, reads national notations) and validated; a number already in
    the campaign or earlier in the input is merged (`duplicates`); numbers on the do-not-call list are
    added as `dnc` and never dialled. Rows that cannot be used are listed in `rejected` with their row
    and reason; the others are added in one transaction. 409 `recipient_limit_reached` (nothing added)
    past 100000 recipients; 409 `campaign_finished` once completed or canceled. A running campaign dials
    new recipients as they become due.

    Args:
        campaign_id (str):
        default_country (str | Unset):
        body (Any): CSV text, UTF-8

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImportCampaignRecipientsCsvRecipientImportResult
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
            default_country=default_country,
        )
    ).parsed
