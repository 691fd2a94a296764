from typing import Literal

CreateKbTextDocumentBodyLanguageType2 = Literal["french"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_2_VALUES: set[CreateKbTextDocumentBodyLanguageType2] = {
    "french",
}


def check_create_kb_text_document_body_language_type_2(value: str) -> CreateKbTextDocumentBodyLanguageType2:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_2_VALUES!r}"
    )
