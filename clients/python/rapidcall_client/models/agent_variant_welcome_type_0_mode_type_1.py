from typing import Literal

AgentVariantWelcomeType0ModeType1 = Literal["user"]

AGENT_VARIANT_WELCOME_TYPE_0_MODE_TYPE_1_VALUES: set[AgentVariantWelcomeType0ModeType1] = {
    "user",
}


def check_agent_variant_welcome_type_0_mode_type_1(value: str) -> AgentVariantWelcomeType0ModeType1:
    if value in AGENT_VARIANT_WELCOME_TYPE_0_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_VARIANT_WELCOME_TYPE_0_MODE_TYPE_1_VALUES!r}")
