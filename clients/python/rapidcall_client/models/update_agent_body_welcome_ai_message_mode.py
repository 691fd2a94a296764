from typing import Literal

UpdateAgentBodyWelcomeAiMessageMode = Literal["custom", "dynamic"]

UPDATE_AGENT_BODY_WELCOME_AI_MESSAGE_MODE_VALUES: set[UpdateAgentBodyWelcomeAiMessageMode] = {
    "custom",
    "dynamic",
}


def check_update_agent_body_welcome_ai_message_mode(value: str) -> UpdateAgentBodyWelcomeAiMessageMode:
    if value in UPDATE_AGENT_BODY_WELCOME_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_BODY_WELCOME_AI_MESSAGE_MODE_VALUES!r}")
