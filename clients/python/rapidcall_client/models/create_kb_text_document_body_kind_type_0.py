from typing import Literal

CreateKbTextDocumentBodyKindType0 = Literal["text"]

CREATE_KB_TEXT_DOCUMENT_BODY_KIND_TYPE_0_VALUES: set[CreateKbTextDocumentBodyKindType0] = {
    "text",
}


def check_create_kb_text_document_body_kind_type_0(value: str) -> CreateKbTextDocumentBodyKindType0:
    if value in CREATE_KB_TEXT_DOCUMENT_BODY_KIND_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_KB_TEXT_DOCUMENT_BODY_KIND_TYPE_0_VALUES!r}")
