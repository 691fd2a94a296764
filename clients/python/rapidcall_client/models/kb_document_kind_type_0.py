from typing import Literal

KbDocumentKindType0 = Literal["text"]

KB_DOCUMENT_KIND_TYPE_0_VALUES: set[KbDocumentKindType0] = {
    "text",
}


def check_kb_document_kind_type_0(value: str) -> KbDocumentKindType0:
    if value in KB_DOCUMENT_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_KIND_TYPE_0_VALUES!r}")
