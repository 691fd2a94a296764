from typing import Literal

KbDocumentKindType2 = Literal["pdf"]

KB_DOCUMENT_KIND_TYPE_2_VALUES: set[KbDocumentKindType2] = {
    "pdf",
}


def check_kb_document_kind_type_2(value: str) -> KbDocumentKindType2:
    if value in KB_DOCUMENT_KIND_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_KIND_TYPE_2_VALUES!r}")
