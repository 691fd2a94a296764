from typing import Literal

KbDocumentSummaryKindType2 = Literal["pdf"]

KB_DOCUMENT_SUMMARY_KIND_TYPE_2_VALUES: set[KbDocumentSummaryKindType2] = {
    "pdf",
}


def check_kb_document_summary_kind_type_2(value: str) -> KbDocumentSummaryKindType2:
    if value in KB_DOCUMENT_SUMMARY_KIND_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_SUMMARY_KIND_TYPE_2_VALUES!r}")
