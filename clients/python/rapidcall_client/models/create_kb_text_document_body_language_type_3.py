from typing import Literal

CreateKbTextDocumentBodyLanguageType3 = Literal["german"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_3_VALUES: set[CreateKbTextDocumentBodyLanguageType3] = {
    "german",
}


def check_create_kb_text_document_body_language_type_3(value: str) -> CreateKbTextDocumentBodyLanguageType3:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_3_VALUES!r}"
    )
