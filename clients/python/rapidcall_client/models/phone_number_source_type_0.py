from typing import Literal

PhoneNumberSourceType0 = Literal["imported"]

PHONE_NUMBER_SOURCE_TYPE_0_VALUES: set[PhoneNumberSourceType0] = {
    "imported",
}


def check_phone_number_source_type_0(value: str) -> PhoneNumberSourceType0:
    if value in PHONE_NUMBER_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_SOURCE_TYPE_0_VALUES!r}")
