from typing import Literal

UploadKbPdfLanguageType2 = Literal["french"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_2_VALUES: set[UploadKbPdfLanguageType2] = {
    "french",
}


def check_upload_kb_pdf_language_type_2(value: str) -> UploadKbPdfLanguageType2:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_2_VALUES!r}")
