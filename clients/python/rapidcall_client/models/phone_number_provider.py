from typing import Literal

PhoneNumberProvider = Literal["twilio"]

PHONE_NUMBER_PROVIDER_VALUES: set[PhoneNumberProvider] = {
    "twilio",
}


def check_phone_number_provider(value: str) -> PhoneNumberProvider:
    if value in PHONE_NUMBER_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_PROVIDER_VALUES!r}")
