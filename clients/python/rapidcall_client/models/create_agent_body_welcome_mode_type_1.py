from typing import Literal

CreateAgentBodyWelcomeModeType1 = Literal["user"]

CREATE_AGENT_BODY_WELCOME_MODE_TYPE_1_VALUES: set[CreateAgentBodyWelcomeModeType1] = {
    "user",
}


def check_create_agent_body_welcome_mode_type_1(value: str) -> CreateAgentBodyWelcomeModeType1:
    if value in CREATE_AGENT_BODY_WELCOME_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_BODY_WELCOME_MODE_TYPE_1_VALUES!r}")
