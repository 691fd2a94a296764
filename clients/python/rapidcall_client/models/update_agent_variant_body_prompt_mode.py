from typing import Literal

UpdateAgentVariantBodyPromptMode = Literal["append", "replace"]

UPDATE_AGENT_VARIANT_BODY_PROMPT_MODE_VALUES: set[UpdateAgentVariantBodyPromptMode] = {
    "append",
    "replace",
}


def check_update_agent_variant_body_prompt_mode(value: str) -> UpdateAgentVariantBodyPromptMode:
    if value in UPDATE_AGENT_VARIANT_BODY_PROMPT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_VARIANT_BODY_PROMPT_MODE_VALUES!r}")
