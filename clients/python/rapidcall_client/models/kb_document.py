from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kb_document_kind_type_0 import KbDocumentKindType0, check_kb_document_kind_type_0
from ..models.kb_document_kind_type_1 import KbDocumentKindType1, check_kb_document_kind_type_1
from ..models.kb_document_kind_type_2 import KbDocumentKindType2, check_kb_document_kind_type_2
from ..models.kb_document_status_type_0 import KbDocumentStatusType0, check_kb_document_status_type_0
from ..models.kb_document_status_type_1 import KbDocumentStatusType1, check_kb_document_status_type_1
from ..models.kb_document_status_type_2 import KbDocumentStatusType2, check_kb_document_status_type_2

if TYPE_CHECKING:
    from ..models.kb_document_error_type_0 import KbDocumentErrorType0


T = TypeVar("T", bound="KbDocument")


@_attrs_define
class KbDocument:
    """
    Attributes:
        id (str):
        workspace_id (str):
        folder_id (str):
        kind (KbDocumentKindType0 | KbDocumentKindType1 | KbDocumentKindType2):
        title (str):
        status (KbDocumentStatusType0 | KbDocumentStatusType1 | KbDocumentStatusType2): `processing` until the text is
            extracted and indexed (PDFs run as a job), then `ready` or `failed` (see `error`)
        error (KbDocumentErrorType0 | None):
        language (str): Text search configuration the document is indexed with
        source_filename (None | str):
        mime (None | str):
        size_bytes (int | None):
        page_count (int | None):
        char_count (int | None):
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
        content_text (None | str):
    """

    id: str
    workspace_id: str
    folder_id: str
    kind: KbDocumentKindType0 | KbDocumentKindType1 | KbDocumentKindType2
    title: str
    status: KbDocumentStatusType0 | KbDocumentStatusType1 | KbDocumentStatusType2
    error: KbDocumentErrorType0 | None
    language: str
    source_filename: None | str
    mime: None | str
    size_bytes: int | None
    page_count: int | None
    char_count: int | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    content_text: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kb_document_error_type_0 import KbDocumentErrorType0  # noqa: PLC0415

        id = self.id

        workspace_id = self.workspace_id

        folder_id = self.folder_id

        kind: str
        if isinstance(self.kind, str):
            kind = self.kind
        elif isinstance(self.kind, str):
            kind = self.kind
        else:
            kind = self.kind

        title = self.title

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        error: dict[str, Any] | None
        if isinstance(self.error, KbDocumentErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        language = self.language

        source_filename: None | str
        source_filename = self.source_filename

        mime: None | str
        mime = self.mime

        size_bytes: int | None
        size_bytes = self.size_bytes

        page_count: int | None
        page_count = self.page_count

        char_count: int | None
        char_count = self.char_count

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        content_text: None | str
        content_text = self.content_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "workspaceId": workspace_id,
                "folderId": folder_id,
                "kind": kind,
                "title": title,
                "status": status,
                "error": error,
                "language": language,
                "sourceFilename": source_filename,
                "mime": mime,
                "sizeBytes": size_bytes,
                "pageCount": page_count,
                "charCount": char_count,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "contentText": content_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kb_document_error_type_0 import KbDocumentErrorType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        workspace_id = d.pop("workspaceId")

        folder_id = d.pop("folderId")

        def _parse_kind(data: object) -> KbDocumentKindType0 | KbDocumentKindType1 | KbDocumentKindType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = check_kb_document_kind_type_0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_1 = check_kb_document_kind_type_1(data)

                return kind_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            kind_type_2 = check_kb_document_kind_type_2(data)

            return kind_type_2

        kind = _parse_kind(d.pop("kind"))

        title = d.pop("title")

        def _parse_status(data: object) -> KbDocumentStatusType0 | KbDocumentStatusType1 | KbDocumentStatusType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_kb_document_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_kb_document_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_kb_document_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status"))

        def _parse_error(data: object) -> KbDocumentErrorType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = KbDocumentErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KbDocumentErrorType0 | None, data)

        error = _parse_error(d.pop("error"))

        language = d.pop("language")

        def _parse_source_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_filename = _parse_source_filename(d.pop("sourceFilename"))

        def _parse_mime(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        mime = _parse_mime(d.pop("mime"))

        def _parse_size_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size_bytes = _parse_size_bytes(d.pop("sizeBytes"))

        def _parse_page_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        page_count = _parse_page_count(d.pop("pageCount"))

        def _parse_char_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        char_count = _parse_char_count(d.pop("charCount"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_content_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content_text = _parse_content_text(d.pop("contentText"))

        kb_document = cls(
            id=id,
            workspace_id=workspace_id,
            folder_id=folder_id,
            kind=kind,
            title=title,
            status=status,
            error=error,
            language=language,
            source_filename=source_filename,
            mime=mime,
            size_bytes=size_bytes,
            page_count=page_count,
            char_count=char_count,
            created_at=created_at,
            updated_at=updated_at,
            content_text=content_text,
        )

        kb_document.additional_properties = d
        return kb_document

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
