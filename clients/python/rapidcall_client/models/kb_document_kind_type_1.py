from typing import Literal

KbDocumentKindType1 = Literal["markdown"]

KB_DOCUMENT_KIND_TYPE_1_VALUES: set[KbDocumentKindType1] = {
    "markdown",
}


def check_kb_document_kind_type_1(value: str) -> KbDocumentKindType1:
    if value in KB_DOCUMENT_KIND_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_KIND_TYPE_1_VALUES!r}")
