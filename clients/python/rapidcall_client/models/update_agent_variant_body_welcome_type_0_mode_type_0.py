from typing import Literal

UpdateAgentVariantBodyWelcomeType0ModeType0 = Literal["agent"]

UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_0_VALUES: set[UpdateAgentVariantBodyWelcomeType0ModeType0] = {
    "agent",
}


def check_update_agent_variant_body_welcome_type_0_mode_type_0(
    value: str,
) -> UpdateAgentVariantBodyWelcomeType0ModeType0:
    if value in UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_0_VALUES!r}"
    )
