from typing import Literal

CreateKbTextDocumentBodyLanguageType0 = Literal["simple"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_0_VALUES: set[CreateKbTextDocumentBodyLanguageType0] = {
    "simple",
}


def check_create_kb_text_document_body_language_type_0(value: str) -> CreateKbTextDocumentBodyLanguageType0:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_0_VALUES!r}"
    )
