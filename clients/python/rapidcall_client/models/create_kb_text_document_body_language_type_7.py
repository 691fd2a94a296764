from typing import Literal

CreateKbTextDocumentBodyLanguageType7 = Literal["dutch"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_7_VALUES: set[CreateKbTextDocumentBodyLanguageType7] = {
    "dutch",
}


def check_create_kb_text_document_body_language_type_7(value: str) -> CreateKbTextDocumentBodyLanguageType7:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_7_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_7_VALUES!r}"
    )
