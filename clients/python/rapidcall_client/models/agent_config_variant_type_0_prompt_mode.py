from typing import Literal

AgentConfigVariantType0PromptMode = Literal["append", "replace"]

AGENT_CONFIG_VARIANT_TYPE_0_PROMPT_MODE_VALUES: set[AgentConfigVariantType0PromptMode] = {
    "append",
    "replace",
}


def check_agent_config_variant_type_0_prompt_mode(value: str) -> AgentConfigVariantType0PromptMode:
    if value in AGENT_CONFIG_VARIANT_TYPE_0_PROMPT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CONFIG_VARIANT_TYPE_0_PROMPT_MODE_VALUES!r}")
