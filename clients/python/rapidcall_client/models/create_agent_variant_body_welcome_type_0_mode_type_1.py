from typing import Literal

CreateAgentVariantBodyWelcomeType0ModeType1 = Literal["user"]

CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_1_VALUES: set[CreateAgentVariantBodyWelcomeType0ModeType1] = {
    "user",
}


def check_create_agent_variant_body_welcome_type_0_mode_type_1(
    value: str,
) -> CreateAgentVariantBodyWelcomeType0ModeType1:
    if value in CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_1_VALUES!r}"
    )
