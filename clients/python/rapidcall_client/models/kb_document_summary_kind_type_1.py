from typing import Literal

KbDocumentSummaryKindType1 = Literal["markdown"]

KB_DOCUMENT_SUMMARY_KIND_TYPE_1_VALUES: set[KbDocumentSummaryKindType1] = {
    "markdown",
}


def check_kb_document_summary_kind_type_1(value: str) -> KbDocumentSummaryKindType1:
    if value in KB_DOCUMENT_SUMMARY_KIND_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KB_DOCUMENT_SUMMARY_KIND_TYPE_1_VALUES!r}")
