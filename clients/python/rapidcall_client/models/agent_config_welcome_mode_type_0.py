from typing import Literal

AgentConfigWelcomeModeType0 = Literal["agent"]

AGENT_CONFIG_WELCOME_MODE_TYPE_0_VALUES: set[AgentConfigWelcomeModeType0] = {
    "agent",
}


def check_agent_config_welcome_mode_type_0(value: str) -> AgentConfigWelcomeModeType0:
    if value in AGENT_CONFIG_WELCOME_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CONFIG_WELCOME_MODE_TYPE_0_VALUES!r}")
