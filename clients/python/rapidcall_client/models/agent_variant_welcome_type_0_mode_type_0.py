from typing import Literal

AgentVariantWelcomeType0ModeType0 = Literal["agent"]

AGENT_VARIANT_WELCOME_TYPE_0_MODE_TYPE_0_VALUES: set[AgentVariantWelcomeType0ModeType0] = {
    "agent",
}


def check_agent_variant_welcome_type_0_mode_type_0(value: str) -> AgentVariantWelcomeType0ModeType0:
    if value in AGENT_VARIANT_WELCOME_TYPE_0_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_VARIANT_WELCOME_TYPE_0_MODE_TYPE_0_VALUES!r}")
