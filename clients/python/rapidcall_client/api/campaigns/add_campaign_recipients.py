from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_campaign_recipients_body import AddCampaignRecipientsBody
from ...models.add_campaign_recipients_recipient_import_result import AddCampaignRecipientsRecipientImportResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    campaign_id: str,
    *,
    body: AddCampaignRecipientsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns/{campaign_id}/recipients".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddCampaignRecipientsRecipientImportResult | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddCampaignRecipientsRecipientImportResult.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddCampaignRecipientsRecipientImportResult | ErrorResponse]:
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
    body: AddCampaignRecipientsBody,
) -> Response[AddCampaignRecipientsRecipientImportResult | ErrorResponse]:
    """Add up to 10,000 recipients as JSON

     Each number is normalised to E.164 (`defaultCountry`, else the campaign's, reads national notations)
    and validated; a number already in the campaign or earlier in the input is merged (`duplicates`);
    numbers on the do-not-call list are added as `dnc` and never dialled. Rows that cannot be used are
    listed in `rejected` with their row and reason; the others are added in one transaction. 409
    `recipient_limit_reached` (nothing added) past 100000 recipients; 409 `campaign_finished` once
    completed or canceled. A running campaign dials new recipients as they become due.

    Args:
        campaign_id (str):
        body (AddCampaignRecipientsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCampaignRecipientsRecipientImportResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: AddCampaignRecipientsBody,
) -> AddCampaignRecipientsRecipientImportResult | ErrorResponse | None:
    """Add up to 10,000 recipients as JSON

     Each number is normalised to E.164 (`defaultCountry`, else the campaign's, reads national notations)
    and validated; a number already in the campaign or earlier in the input is merged (`duplicates`);
    numbers on the do-not-call list are added as `dnc` and never dialled. Rows that cannot be used are
    listed in `rejected` with their row and reason; the others are added in one transaction. 409
    `recipient_limit_reached` (nothing added) past 100000 recipients; 409 `campaign_finished` once
    completed or canceled. A running campaign dials new recipients as they become due.

    Args:
        campaign_id (str):
        body (AddCampaignRecipientsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCampaignRecipientsRecipientImportResult | ErrorResponse
    """

    return sync_detailed(
        campaign_id=campaign_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: AddCampaignRecipientsBody,
) -> Response[AddCampaignRecipientsRecipientImportResult | ErrorResponse]:
    """Add up to 10,000 recipients as JSON

     Each number is normalised to E.164 (`defaultCountry`, else the campaign's, reads national notations)
    and validated; a number already in the campaign or earlier in the input is merged (`duplicates`);
    numbers on the do-not-call list are added as `dnc` and never dialled. Rows that cannot be used are
    listed in `rejected` with their row and reason; the others are added in one transaction. 409
    `recipient_limit_reached` (nothing added) past 100000 recipients; 409 `campaign_finished` once
    completed or canceled. A running campaign dials new recipients as they become due.

    Args:
        campaign_id (str):
        body (AddCampaignRecipientsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCampaignRecipientsRecipientImportResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        campaign_id=campaign_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_id: str,
    *,
    client: AuthenticatedClient,
    body: AddCampaignRecipientsBody,
) -> AddCampaignRecipientsRecipientImportResult | ErrorResponse | None:
    """Add up to 10,000 recipients as JSON

     Each number is normalised to E.164 (`defaultCountry`, else the campaign's, reads national notations)
    and validated; a number already in the campaign or earlier in the input is merged (`duplicates`);
    numbers on the do-not-call list are added as `dnc` and never dialled. Rows that cannot be used are
    listed in `rejected` with their row and reason; the others are added in one transaction. 409
    `recipient_limit_reached` (nothing added) past 100000 recipients; 409 `campaign_finished` once
    completed or canceled. A running campaign dials new recipients as they become due.

    Args:
        campaign_id (str):
        body (AddCampaignRecipientsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCampaignRecipientsRecipientImportResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            campaign_id=campaign_id,
            client=client,
            body=body,
        )
    ).parsed
