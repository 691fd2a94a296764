from typing import Literal

AgentVariantWelcomeType0AiMessageMode = Literal["custom", "dynamic"]

AGENT_VARIANT_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES: set[AgentVariantWelcomeType0AiMessageMode] = {
    "custom",
    "dynamic",
}


def check_agent_variant_welcome_type_0_ai_message_mode(value: str) -> AgentVariantWelcomeType0AiMessageMode:
    if value in AGENT_VARIANT_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_VARIANT_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES!r}"
    )
