from typing import Literal

UploadKbPdfLanguageType6 = Literal["portuguese"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_6_VALUES: set[UploadKbPdfLanguageType6] = {
    "portuguese",
}


def check_upload_kb_pdf_language_type_6(value: str) -> UploadKbPdfLanguageType6:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_6_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_6_VALUES!r}")
