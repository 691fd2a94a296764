from typing import Literal

CreateAgentVariantBodyWelcomeType0ModeType0 = Literal["agent"]

CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_0_VALUES: set[CreateAgentVariantBodyWelcomeType0ModeType0] = {
    "agent",
}


def check_create_agent_variant_body_welcome_type_0_mode_type_0(
    value: str,
) -> CreateAgentVariantBodyWelcomeType0ModeType0:
    if value in CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_0_VALUES!r}"
    )
