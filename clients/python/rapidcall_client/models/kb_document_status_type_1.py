from typing import Literal

KbDocumentStatusType1 = Literal["ready"]

KB_DOCUMENT_STATUS_TYPE_1_VALUES: set[KbDocumentStatusType1] = {
    "ready",
}


def check_kb_document_status_type_1(value: str) -> KbDocumentStatusType1:
    if value in KB_DOCUMENT_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_STATUS_TYPE_1_VALUES!r}")
