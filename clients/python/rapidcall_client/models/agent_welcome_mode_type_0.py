from typing import Literal

AgentWelcomeModeType0 = Literal["agent"]

AGENT_WELCOME_MODE_TYPE_0_VALUES: set[AgentWelcomeModeType0] = {
    "agent",
}


def check_agent_welcome_mode_type_0(value: str) -> AgentWelcomeModeType0:
    if value in AGENT_WELCOME_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_WELCOME_MODE_TYPE_0_VALUES!r}")
