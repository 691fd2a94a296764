from typing import Literal

KbDocumentSummaryKindType0 = Literal["text"]

KB_DOCUMENT_SUMMARY_KIND_TYPE_0_VALUES: set[KbDocumentSummaryKindType0] = {
    "text",
}


def check_kb_document_summary_kind_type_0(value: str) -> KbDocumentSummaryKindType0:
    if value in KB_DOCUMENT_SUMMARY_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_SUMMARY_KIND_TYPE_0_VALUES!r}")
