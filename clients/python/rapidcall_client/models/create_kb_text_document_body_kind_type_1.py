from typing import Literal

CreateKbTextDocumentBodyKindType1 = Literal["markdown"]

CREATE_KB_TEXT_DOCUMENT_BODY_KIND_TYPE_1_VALUES: set[CreateKbTextDocumentBodyKindType1] = {
    "markdown",
}


def check_create_kb_text_document_body_kind_type_1(value: str) -> CreateKbTextDocumentBodyKindType1:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_KIND_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_KIND_TYPE_1_VALUES!r}")
