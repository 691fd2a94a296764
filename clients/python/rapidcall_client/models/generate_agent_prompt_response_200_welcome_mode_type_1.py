from typing import Literal

GenerateAgentPromptResponse200WelcomeModeType1 = Literal["user"]

GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_MODE_TYPE_1_VALUES: set[GenerateAgentPromptResponse200WelcomeModeType1] = {
    "user",
}


def check_generate_agent_prompt_response_200_welcome_mode_type_1(
    value: str,
) -> GenerateAgentPromptResponse200WelcomeModeType1:
    if value in GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_AGENT_PROMPT_RESPONSE_200_WELCOME_MODE_TYPE_1_VALUES!r}"
    )
