from typing import Literal

UpdateAgentBodyWelcomeModeType1 = Literal["user"]

UPDATE_AGENT_BODY_WELCOME_MODE_TYPE_1_VALUES: set[UpdateAgentBodyWelcomeModeType1] = {
    "user",
}


def check_update_agent_body_welcome_mode_type_1(value: str) -> UpdateAgentBodyWelcomeModeType1:
    if value in UPDATE_AGENT_BODY_WELCOME_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_BODY_WELCOME_MODE_TYPE_1_VALUES!r}")
