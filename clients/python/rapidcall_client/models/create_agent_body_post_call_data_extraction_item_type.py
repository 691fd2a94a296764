from typing import Literal

CreateAgentBodyPostCallDataExtractionItemType = Literal["boolean", "number", "selector", "text"]

CREATE_AGENT_BODY_POST_CALL_DATA_EXTRACTION_ITEM_TYPE_VALUES: set[CreateAgentBodyPostCallDataExtractionItemType] = {
    "boolean",
    "number",
    "selector",
    "text",
}


def check_create_agent_body_post_call_data_extraction_item_type(
    value: str,
) -> CreateAgentBodyPostCallDataExtractionItemType:
    if value in CREATE_AGENT_BODY_POST_CALL_DATA_EXTRACTION_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_BODY_POST_CALL_DATA_EXTRACTION_ITEM_TYPE_VALUES!r}"
    )
