from typing import Literal

CreateKbTextDocumentBodyLanguageType5 = Literal["italian"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_5_VALUES: set[CreateKbTextDocumentBodyLanguageType5] = {
    "italian",
}


def check_create_kb_text_document_body_language_type_5(value: str) -> CreateKbTextDocumentBodyLanguageType5:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_5_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_5_VALUES!r}"
    )
