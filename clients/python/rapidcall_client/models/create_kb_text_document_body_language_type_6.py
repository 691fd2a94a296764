from typing import Literal

CreateKbTextDocumentBodyLanguageType6 = Literal["portuguese"]

CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_6_VALUES: set[CreateKbTextDocumentBodyLanguageType6] = {
    "portuguese",
}


def check_create_kb_text_document_body_language_type_6(value: str) -> CreateKbTextDocumentBodyLanguageType6:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_6_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_LANGUAGE_TYPE_6_VALUES!r}"
    )
