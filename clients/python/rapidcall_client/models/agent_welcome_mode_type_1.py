from typing import Literal

AgentWelcomeModeType1 = Literal["user"]

AGENT_WELCOME_MODE_TYPE_1_VALUES: set[AgentWelcomeModeType1] = {
    "user",
}


def check_agent_welcome_mode_type_1(value: str) -> AgentWelcomeModeType1:
    if value in AGENT_WELCOME_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_WELCOME_MODE_TYPE_1_VALUES!r}")
