from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.kb_document import KbDocument
from ...models.upload_kb_pdf_body import UploadKbPdfBody
from ...models.upload_kb_pdf_language_type_0 import UploadKbPdfLanguageType0
from ...models.upload_kb_pdf_language_type_1 import UploadKbPdfLanguageType1
from ...models.upload_kb_pdf_language_type_2 import UploadKbPdfLanguageType2
from ...models.upload_kb_pdf_language_type_3 import UploadKbPdfLanguageType3
from ...models.upload_kb_pdf_language_type_4 import UploadKbPdfLanguageType4
from ...models.upload_kb_pdf_language_type_5 import UploadKbPdfLanguageType5
from ...models.upload_kb_pdf_language_type_6 import UploadKbPdfLanguageType6
from ...models.upload_kb_pdf_language_type_7 import UploadKbPdfLanguageType7
from ...types import UNSET, Response, Unset


def _get_kwargs(
    folder_id: str,
    *,
    body: UploadKbPdfBody,
    wait: bool | Unset = False,
    language: Unset
    | UploadKbPdfLanguageType0
    | UploadKbPdfLanguageType1
    | UploadKbPdfLanguageType2
    | UploadKbPdfLanguageType3
    | UploadKbPdfLanguageType4
    | UploadKbPdfLanguageType5
    | UploadKbPdfLanguageType6
    | UploadKbPdfLanguageType7 = "english",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["wait"] = wait

    json_language: str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, str):
        json_language = language
    elif isinstance(language, str):
        json_language = language
    elif isinstance(language, str):
        json_language = language
    elif isinstance(language, str):
        json_language = language
    elif isinstance(language, str):
        json_language = language
    elif isinstance(language, str):
        json_language = language
    elif isinstance(language, str):
        json_language = language
    else:
        json_language = language

    params["language"] = json_language

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/kb/folders/{folder_id}/pdf".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KbDocument | None:
    if response.status_code == 201:
        response_201 = KbDocument.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = KbDocument.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = ErrorResponse.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | KbDocument]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadKbPdfBody,
    wait: bool | Unset = False,
    language: Unset
    | UploadKbPdfLanguageType0
    | UploadKbPdfLanguageType1
    | UploadKbPdfLanguageType2
    | UploadKbPdfLanguageType3
    | UploadKbPdfLanguageType4
    | UploadKbPdfLanguageType5
    | UploadKbPdfLanguageType6
    | UploadKbPdfLanguageType7 = "english",
) -> Response[ErrorResponse | KbDocument]:
    """Upload a PDF (multipart/form-data)

     Part `file` (the PDF, checked by its bytes: anything else is 415 `not_a_pdf`) and optional `title`.
    At most `KB_UPLOAD_MAX_BYTES` (default 20 MB; larger: 413 `file_too_large`). Answers 202 with the
    document `processing`: the text is extracted by a job. With `?wait=true` it waits up to 28 s and
    answers 201 with the document `ready`, or the failure: 422 `pdf_encrypted`, `pdf_corrupt` (damaged
    or truncated), `no_text_found` (scanned pages: OCR is not done). A failed document stays, `failed`,
    with its `error`, and has no text. The original is kept in S3 at `kb/<id>.pdf` when S3 is
    configured.

    Args:
        folder_id (str):
        wait (bool | Unset):  Default: False.
        language (Unset | UploadKbPdfLanguageType0 | UploadKbPdfLanguageType1 |
            UploadKbPdfLanguageType2 | UploadKbPdfLanguageType3 | UploadKbPdfLanguageType4 |
            UploadKbPdfLanguageType5 | UploadKbPdfLanguageType6 | UploadKbPdfLanguageType7):  Default:
            'english'.
        body (UploadKbPdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbDocument]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        wait=wait,
        language=language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadKbPdfBody,
    wait: bool | Unset = False,
    language: Unset
    | UploadKbPdfLanguageType0
    | UploadKbPdfLanguageType1
    | UploadKbPdfLanguageType2
    | UploadKbPdfLanguageType3
    | UploadKbPdfLanguageType4
    | UploadKbPdfLanguageType5
    | UploadKbPdfLanguageType6
    | UploadKbPdfLanguageType7 = "english",
) -> ErrorResponse | KbDocument | None:
    """Upload a PDF (multipart/form-data)

     Part `file` (the PDF, checked by its bytes: anything else is 415 `not_a_pdf`) and optional `title`.
    At most `KB_UPLOAD_MAX_BYTES` (default 20 MB; larger: 413 `file_too_large`). Answers 202 with the
    document `processing`: the text is extracted by a job. With `?wait=true` it waits up to 28 s and
    answers 201 with the document `ready`, or the failure: 422 `pdf_encrypted`, `pdf_corrupt` (damaged
    or truncated), `no_text_found` (scanned pages: OCR is not done). A failed document stays, `failed`,
    with its `error`, and has no text. The original is kept in S3 at `kb/<id>.pdf` when S3 is
    configured.

    Args:
        folder_id (str):
        wait (bool | Unset):  Default: False.
        language (Unset | UploadKbPdfLanguageType0 | UploadKbPdfLanguageType1 |
            UploadKbPdfLanguageType2 | UploadKbPdfLanguageType3 | UploadKbPdfLanguageType4 |
            UploadKbPdfLanguageType5 | UploadKbPdfLanguageType6 | UploadKbPdfLanguageType7):  Default:
            'english'.
        body (UploadKbPdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbDocument
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        body=body,
        wait=wait,
        language=language,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadKbPdfBody,
    wait: bool | Unset = False,
    language: Unset
    | UploadKbPdfLanguageType0
    | UploadKbPdfLanguageType1
    | UploadKbPdfLanguageType2
    | UploadKbPdfLanguageType3
    | UploadKbPdfLanguageType4
    | UploadKbPdfLanguageType5
    | UploadKbPdfLanguageType6
    | UploadKbPdfLanguageType7 = "english",
) -> Response[ErrorResponse | KbDocument]:
    """Upload a PDF (multipart/form-data)

     Part `file` (the PDF, checked by its bytes: anything else is 415 `not_a_pdf`) and optional `title`.
    At most `KB_UPLOAD_MAX_BYTES` (default 20 MB; larger: 413 `file_too_large`). Answers 202 with the
    document `processing`: the text is extracted by a job. With `?wait=true` it waits up to 28 s and
    answers 201 with the document `ready`, or the failure: 422 `pdf_encrypted`, `pdf_corrupt` (damaged
    or truncated), `no_text_found` (scanned pages: OCR is not done). A failed document stays, `failed`,
    with its `error`, and has no text. The original is kept in S3 at `kb/<id>.pdf` when S3 is
    configured.

    Args:
        folder_id (str):
        wait (bool | Unset):  Default: False.
        language (Unset | UploadKbPdfLanguageType0 | UploadKbPdfLanguageType1 |
            UploadKbPdfLanguageType2 | UploadKbPdfLanguageType3 | UploadKbPdfLanguageType4 |
            UploadKbPdfLanguageType5 | UploadKbPdfLanguageType6 | UploadKbPdfLanguageType7):  Default:
            'english'.
        body (UploadKbPdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KbDocument]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        wait=wait,
        language=language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient,
    body: UploadKbPdfBody,
    wait: bool | Unset = False,
    language: Unset
    | UploadKbPdfLanguageType0
    | UploadKbPdfLanguageType1
    | UploadKbPdfLanguageType2
    | UploadKbPdfLanguageType3
    | UploadKbPdfLanguageType4
    | UploadKbPdfLanguageType5
    | UploadKbPdfLanguageType6
    | UploadKbPdfLanguageType7 = "english",
) -> ErrorResponse | KbDocument | None:
    """Upload a PDF (multipart/form-data)

     Part `file` (the PDF, checked by its bytes: anything else is 415 `not_a_pdf`) and optional `title`.
    At most `KB_UPLOAD_MAX_BYTES` (default 20 MB; larger: 413 `file_too_large`). Answers 202 with the
    document `processing`: the text is extracted by a job. With `?wait=true` it waits up to 28 s and
    answers 201 with the document `ready`, or the failure: 422 `pdf_encrypted`, `pdf_corrupt` (damaged
    or truncated), `no_text_found` (scanned pages: OCR is not done). A failed document stays, `failed`,
    with its `error`, and has no text. The original is kept in S3 at `kb/<id>.pdf` when S3 is
    configured.

    Args:
        folder_id (str):
        wait (bool | Unset):  Default: False.
        language (Unset | UploadKbPdfLanguageType0 | UploadKbPdfLanguageType1 |
            UploadKbPdfLanguageType2 | UploadKbPdfLanguageType3 | UploadKbPdfLanguageType4 |
            UploadKbPdfLanguageType5 | UploadKbPdfLanguageType6 | UploadKbPdfLanguageType7):  Default:
            'english'.
        body (UploadKbPdfBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KbDocument
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            body=body,
            wait=wait,
            language=language,
        )
    ).parsed
