from typing import Literal

UploadKbPdfLanguageType0 = Literal["simple"]

UPLOAD_KB_PDF_LANGUAGE_TYPE_0_VALUES: set[UploadKbPdfLanguageType0] = {
    "simple",
}


def check_upload_kb_pdf_language_type_0(value: str) -> UploadKbPdfLanguageType0:
    if value in UPLOAD_KB_PDF_LANGUAGE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_KB_PDF_LANGUAGE_TYPE_0_VALUES!r}")
