from typing import Literal

CreateAgentBodyWelcomeModeType0 = Literal["agent"]

CREATE_AGENT_BODY_WELCOME_MODE_TYPE_0_VALUES: set[CreateAgentBodyWelcomeModeType0] = {
    "agent",
}


def check_create_agent_body_welcome_mode_type_0(value: str) -> CreateAgentBodyWelcomeModeType0:
    if value in CREATE_AGENT_BODY_WELCOME_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_BODY_WELCOME_MODE_TYPE_0_VALUES!r}")
