from typing import Literal

KbDocumentStatusType2 = Literal["failed"]

KB_DOCUMENT_STATUS_TYPE_2_VALUES: set[KbDocumentStatusType2] = {
    "failed",
}


def check_kb_document_status_type_2(value: str) -> KbDocumentStatusType2:
    if value in KB_DOCUMENT_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_STATUS_TYPE_2_VALUES!r}")
