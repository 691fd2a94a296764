from typing import Literal

CreateKbTextDocumentBodyLanguageType4 = Literal["spanish"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_4_VALUES: set[CreateKbTextDocumentBodyLanguageType4] = {
    "spanish",
}


def check_create_kb_text_document_body_language_type_4(value: str) -> CreateKbTextDocumentBodyLanguageType4:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_4_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_4_VALUES!r}"
    )
