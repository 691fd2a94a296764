from typing import Literal

CreateKbTextDocumentBodyLanguageType1 = Literal["english"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_1_VALUES: set[CreateKbTextDocumentBodyLanguageType1] = {
    "english",
}


def check_create_kb_text_document_body_language_type_1(value: str) -> CreateKbTextDocumentBodyLanguageType1:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_1_VALUES!r}"
    )
