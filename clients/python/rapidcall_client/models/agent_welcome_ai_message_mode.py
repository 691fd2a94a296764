from typing import Literal

AgentWelcomeAiMessageMode = Literal["custom", "dynamic"]

AGENT_WELCOME_AI_MESSAGE_MODE_VALUES: set[AgentWelcomeAiMessageMode] = {
    "custom",
    "dynamic",
}


def check_agent_welcome_ai_message_mode(value: str) -> AgentWelcomeAiMessageMode:
    if value in AGENT_WELCOME_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_WELCOME_AI_MESSAGE_MODE_VALUES!r}")
