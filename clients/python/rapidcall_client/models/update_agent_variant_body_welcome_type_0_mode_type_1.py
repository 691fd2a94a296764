from typing import Literal

UpdateAgentVariantBodyWelcomeType0ModeType1 = Literal["user"]

UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_1_VALUES: set[UpdateAgentVariantBodyWelcomeType0ModeType1] = {
    "user",
}


def check_update_agent_variant_body_welcome_type_0_mode_type_1(
    value: str,
) -> UpdateAgentVariantBodyWelcomeType0ModeType1:
    if value in UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_VARIANT_BODY_WELCOME_TYPE_0_MODE_TYPE_1_VALUES!r}"
    )
