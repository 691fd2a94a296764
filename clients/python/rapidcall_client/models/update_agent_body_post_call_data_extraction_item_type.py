from typing import Literal

UpdateAgentBodyPostCallDataExtractionItemType = Literal["boolean", "number", "selector", "text"]

UPDATE_AGENT_BODY_POST_CALL_DATA_EXTRACTION_ITEM_TYPE_VALUES: set[UpdateAgentBodyPostCallDataExtractionItemType] = {
    "boolean",
    "number",
    "selector",
    "text",
}


def check_update_agent_body_post_call_data_extraction_item_type(
    value: str,
) -> UpdateAgentBodyPostCallDataExtractionItemType:
    if value in UPDATE_AGENT_BODY_POST_CALL_DATA_EXTRACTION_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_BODY_POST_CALL_DATA_EXTRACTION_ITEM_TYPE_VALUES!r}"
    )
