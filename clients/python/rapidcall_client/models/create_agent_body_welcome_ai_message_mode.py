from typing import Literal

CreateAgentBodyWelcomeAiMessageMode = Literal["custom", "dynamic"]

CREATE_AGENT_BODY_WELCOME_AI_MESSAGE_MODE_VALUES: set[CreateAgentBodyWelcomeAiMessageMode] = {
    "custom",
    "dynamic",
}


def check_create_agent_body_welcome_ai_message_mode(value: str) -> CreateAgentBodyWelcomeAiMessageMode:
    if value in CREATE_AGENT_BODY_WELCOME_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_BODY_WELCOME_AI_MESSAGE_MODE_VALUES!r}")
