from typing import Literal

KbDocumentStatusType0 = Literal["processing"]

KB_DOCUMENT_STATUS_TYPE_0_VALUES: set[KbDocumentStatusType0] = {
    "processing",
}


def check_kb_document_status_type_0(value: str) -> KbDocumentStatusType0:
    if value in KB_DOCUMENT_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_STATUS_TYPE_0_VALUES!r}")
