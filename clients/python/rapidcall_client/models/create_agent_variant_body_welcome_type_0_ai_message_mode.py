from typing import Literal

CreateAgentVariantBodyWelcomeType0AiMessageMode = Literal["custom", "dynamic"]

CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES: set[
    CreateAgentVariantBodyWelcomeType0AiMessageMode
] = {
    "custom",
    "dynamic",
}


def check_create_agent_variant_body_welcome_type_0_ai_message_mode(
    value: str,
) -> CreateAgentVariantBodyWelcomeType0AiMessageMode:
    if value in CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_AI_MESSAGE_MODE_VALUES!r}"
    )
