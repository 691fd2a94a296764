from typing import Literal

GenerateAgentPromptResponse200WelcomeAiMessageMode = Literal["custom", "dynamic"]

GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_AI_MESSAGE_MODE_VALUES: set[
    GenerateAgentPromptResponse200WelcomeAiMessageMode
] = {
    "custom",
    "dynamic",
}


def check_generate_agent_prompt_response_200_welcome_ai_message_mode(
    value: str,
) -> GenerateAgentPromptResponse200WelcomeAiMessageMode:
    if value in GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_AI_MESSAGE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_AI_MESSAGE_MODE_VALUES!r}"
    )
