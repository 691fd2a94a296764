from typing import Literal

UpdateAgentVariantBodyWelcomeType0AiMessageMode = Literal["custom", "dynamic"]

UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES: set[
    UpdateAgentVariantBodyWelcomeType0AiMessageMode
] = {
    "custom",
    "dynamic",
}


def check_update_agent_variant_body_welcome_type_0_ai_message_mode(
    value: str,
) -> UpdateAgentVariantBodyWelcomeType0AiMessageMode:
    if value in UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES!r}"
    )
