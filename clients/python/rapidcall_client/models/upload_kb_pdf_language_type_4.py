from typing import Literal

UploadKbPdfLanguageType4 = Literal["spanish"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_4_VALUES: set[UploadKbPdfLanguageType4] = {
    "spanish",
}


def check_upload_kb_pdf_language_type_4(value: str) -> UploadKbPdfLanguageType4:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_4_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_4_VALUES!r}")
