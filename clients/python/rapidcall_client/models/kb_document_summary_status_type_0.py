from typing import Literal

KbDocumentSummaryStatusType0 = Literal["processing"]

KB_DOCUMENT_SUMMARY_STATUS_TYPE_0_VALUES: set[KbDocumentSummaryStatusType0] = {
    "processing",
}


def check_kb_document_summary_status_type_0(value: str) -> KbDocumentSummaryStatusType0:
    if value in KB_DOCUMENT_SUMMARY_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_SUMMARY_STATUS_TYPE_0_VALUES!r}")
