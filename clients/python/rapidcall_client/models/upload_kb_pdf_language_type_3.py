from typing import Literal

UploadKbPdfLanguageType3 = Literal["german"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_3_VALUES: set[UploadKbPdfLanguageType3] = {
    "german",
}


def check_upload_kb_pdf_language_type_3(value: str) -> UploadKbPdfLanguageType3:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_3_VALUES!r}")
