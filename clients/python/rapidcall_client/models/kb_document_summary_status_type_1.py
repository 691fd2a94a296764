from typing import Literal

KbDocumentSummaryStatusType1 = Literal["ready"]

KB_DOCUMENT_SUMMARY_STATUS_TYPE_1_VALUES: set[KbDocumentSummaryStatusType1] = {
    "ready",
}


def check_kb_document_summary_status_type_1(value: str) -> KbDocumentSummaryStatusType1:
    if value in KB_DOCUMENT_SUMMARY_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_SUMMARY_STATUS_TYPE_1_VALUES!r}")
