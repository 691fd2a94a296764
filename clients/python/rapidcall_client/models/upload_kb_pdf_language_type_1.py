from typing import Literal

UploadKbPdfLanguageType1 = Literal["english"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_1_VALUES: set[UploadKbPdfLanguageType1] = {
    "english",
}


def check_upload_kb_pdf_language_type_1(value: str) -> UploadKbPdfLanguageType1:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_1_VALUES!r}")
