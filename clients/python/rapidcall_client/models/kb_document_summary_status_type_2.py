from typing import Literal

KbDocumentSummaryStatusType2 = Literal["failed"]

KB_DOCUMENT_SUMMARY_STATUS_TYPE_2_VALUES: set[KbDocumentSummaryStatusType2] = {
    "failed",
}


def check_kb_document_summary_status_type_2(value: str) -> KbDocumentSummaryStatusType2:
    if value in KB_DOCUMENT_SUMMARY_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_SUMMARY_STATUS_TYPE_2_VALUES!r}")
