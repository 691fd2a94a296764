from typing import Literal

UploadKbPdfLanguageType5 = Literal["italian"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_5_VALUES: set[UploadKbPdfLanguageType5] = {
    "italian",
}


def check_upload_kb_pdf_language_type_5(value: str) -> UploadKbPdfLanguageType5:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_5_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_5_VALUES!r}")
