from typing import Literal

UploadKbPdfLanguageType7 = Literal["dutch"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_7_VALUES: set[UploadKbPdfLanguageType7] = {
    "dutch",
}


def check_upload_kb_pdf_language_type_7(value: str) -> UploadKbPdfLanguageType7:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_7_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_7_VALUES!r}")
