from typing import Literal

AgentConfigWelcomeModeType1 = Literal["user"]

AGENT_CONFIG_WELCOME_MODE_TYPE_1_VALUES: set[AgentConfigWelcomeModeType1] = {
    "user",
}


def check_agent_config_welcome_mode_type_1(value: str) -> AgentConfigWelcomeModeType1:
    if value in AGENT_CONFIG_WELCOME_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_CONFIG_WELCOME_MODE_TYPE_1_VALUES!r}")
