from typing import Literal

CreateAgentVariantBodyPromptMode = Literal["append", "replace"]

CREATE_AGENT_VARIANT_BODY_PROMPT_MODE_VALUES: set[CreateAgentVariantBodyPromptMode] = {
    "append",
    "replace",
}


def check_create_agent_variant_body_prompt_mode(value: str) -> CreateAgentVariantBodyPromptMode:
    if value in CREATE_AGENT_VARIANT_BODY_PROMPT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_VARIANT_BODY_PROMPT_MODE_VALUES!r}")
