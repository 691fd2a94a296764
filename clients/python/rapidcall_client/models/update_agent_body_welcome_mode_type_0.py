from typing import Literal

UpdateAgentBodyWelcomeModeType0 = Literal["agent"]

UPDATE_AGENT_BODY_WELCOME_MODE_TYPE_0_VALUES: set[UpdateAgentBodyWelcomeModeType0] = {
    "agent",
}


def check_update_agent_body_welcome_mode_type_0(value: str) -> UpdateAgentBodyWelcomeModeType0:
    if value in UPDATE_AGENT_BODY_WELCOME_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_BODY_WELCOME_MODE_TYPE_0_VALUES!r}")
