from typing import Literal

GenerateAgentPromptResponse200WelcomeModeType0 = Literal["agent"]

GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_MODE_TYPE_0_VALUES: set[GenerateAgentPromptResponse200WelcomeModeType0] = {
    "agent",
}


def check_generate_agent_prompt_response_200_welcome_mode_type_0(
    value: str,
) -> GenerateAgentPromptResponse200WelcomeModeType0:
    if value in GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_MODE_TYPE_0_VALUES!r}"
    )
