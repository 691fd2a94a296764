from typing import Literal

AgentVariantPromptMode = Literal["append", "replace"]

AGENT_VARIANT_PROMPT_MODE_VALUES: set[AgentVariantPromptMode] = {
    "append",
    "replace",
}


def check_agent_variant_prompt_mode(value: str) -> AgentVariantPromptMode:
    if value in AGENT_VARIANT_PROMPT_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_VARIANT_PROMPT_MODE_VALUES!r}")
