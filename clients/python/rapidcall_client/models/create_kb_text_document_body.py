from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_kb_text_document_body_kind_type_0 import (
    CreateKbTextDocumentBodyKindType0,
    check_create_kb_text_document_body_kind_type_0,
)
from ..models.create_kb_text_document_body_kind_type_1 import (
    CreateKbTextDocumentBodyKindType1,
    check_create_kb_text_document_body_kind_type_1,
)
from ..models.create_kb_text_document_body_language_type_0 import (
    CreateKbTextDocumentBodyLanguageType0,
    check_create_kb_text_document_body_language_type_0,
)
from ..models.create_kb_text_document_body_language_type_1 import (
    CreateKbTextDocumentBodyLanguageType1,
    check_create_kb_text_document_body_language_type_1,
)
from ..models.create_kb_text_document_body_language_type_2 import (
    CreateKbTextDocumentBodyLanguageType2,
    check_create_kb_text_document_body_language_type_2,
)
from ..models.create_kb_text_document_body_language_type_3 import (
    CreateKbTextDocumentBodyLanguageType3,
    check_create_kb_text_document_body_language_type_3,
)
from ..models.create_kb_text_document_body_language_type_4 import (
    CreateKbTextDocumentBodyLanguageType4,
    check_create_kb_text_document_body_language_type_4,
)
from ..models.create_kb_text_document_body_language_type_5 import (
    CreateKbTextDocumentBodyLanguageType5,
    check_create_kb_text_document_body_language_type_5,
)
from ..models.create_kb_text_document_body_language_type_6 import (
    CreateKbTextDocumentBodyLanguageType6,
    check_create_kb_text_document_body_language_type_6,
)
from ..models.create_kb_text_document_body_language_type_7 import (
    CreateKbTextDocumentBodyLanguageType7,
    check_create_kb_text_document_body_language_type_7,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateKbTextDocumentBody")


@_attrs_define
class CreateKbTextDocumentBody:
    """
    Attributes:
        content_text (str):
        title (str | Unset):
        kind (CreateKbTextDocumentBodyKindType0 | CreateKbTextDocumentBodyKindType1 | Unset): `markdown`: `#` headings
            start sections Default: 'text'.
        language (CreateKbTextDocumentBodyLanguageType0 | CreateKbTextDocumentBodyLanguageType1 |
            CreateKbTextDocumentBodyLanguageType2 | CreateKbTextDocumentBodyLanguageType3 |
            CreateKbTextDocumentBodyLanguageType4 | CreateKbTextDocumentBodyLanguageType5 |
            CreateKbTextDocumentBodyLanguageType6 | CreateKbTextDocumentBodyLanguageType7 | Unset):  Default: 'english'.
    """

    content_text: str
    title: str | Unset = UNSET
    kind: CreateKbTextDocumentBodyKindType0 | CreateKbTextDocumentBodyKindType1 | Unset = "text"
    language: (
        CreateKbTextDocumentBodyLanguageType0
        | CreateKbTextDocumentBodyLanguageType1
        | CreateKbTextDocumentBodyLanguageType2
        | CreateKbTextDocumentBodyLanguageType3
        | CreateKbTextDocumentBodyLanguageType4
        | CreateKbTextDocumentBodyLanguageType5
        | CreateKbTextDocumentBodyLanguageType6
        | CreateKbTextDocumentBodyLanguageType7
        | Unset
    ) = "english"

    def to_dict(self) -> dict[str, Any]:
        content_text = self.content_text

        title = self.title

        kind: str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, str):
            kind = self.kind
        else:
            kind = self.kind

        language: str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        elif isinstance(self.language, str):
            language = self.language
        elif isinstance(self.language, str):
            language = self.language
        elif isinstance(self.language, str):
            language = self.language
        elif isinstance(self.language, str):
            language = self.language
        elif isinstance(self.language, str):
            language = self.language
        elif isinstance(self.language, str):
            language = self.language
        elif isinstance(self.language, str):
            language = self.language
        else:
            language = self.language

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contentText": content_text,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_text = d.pop("contentText")

        title = d.pop("title", UNSET)

        def _parse_kind(data: object) -> CreateKbTextDocumentBodyKindType0 | CreateKbTextDocumentBodyKindType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = check_create_kb_text_document_body_kind_type_0(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            kind_type_1 = check_create_kb_text_document_body_kind_type_1(data)

            return kind_type_1

        kind = _parse_kind(d.pop("kind", UNSET))

        def _parse_language(
            data: object,
        ) -> (
            CreateKbTextDocumentBodyLanguageType0
            | CreateKbTextDocumentBodyLanguageType1
            | CreateKbTextDocumentBodyLanguageType2
            | CreateKbTextDocumentBodyLanguageType3
            | CreateKbTextDocumentBodyLanguageType4
            | CreateKbTextDocumentBodyLanguageType5
            | CreateKbTextDocumentBodyLanguageType6
            | CreateKbTextDocumentBodyLanguageType7
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_0 = check_create_kb_text_document_body_language_type_0(data)

                return language_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_1 = check_create_kb_text_document_body_language_type_1(data)

                return language_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_2 = check_create_kb_text_document_body_language_type_2(data)

                return language_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_3 = check_create_kb_text_document_body_language_type_3(data)

                return language_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_4 = check_create_kb_text_document_body_language_type_4(data)

                return language_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_5 = check_create_kb_text_document_body_language_type_5(data)

                return language_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                language_type_6 = check_create_kb_text_document_body_language_type_6(data)

                return language_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            language_type_7 = check_create_kb_text_document_body_language_type_7(data)

            return language_type_7

        language = _parse_language(d.pop("language", UNSET))

        create_kb_text_document_body = cls(
            content_text=content_text,
            title=title,
            kind=kind,
            language=language,
        )

        return create_kb_text_document_body
