from typing import Literal

PhoneNumberSourceType1 = Literal["purchased"]

PHONE_NUMBER_SOURCE_TYPE_1_VALUES: set[PhoneNumberSourceType1] = {
    "purchased",
}


def check_phone_number_source_type_1(value: str) -> PhoneNumberSourceType1:
    if value in PHONE_NUMBER_SOURCE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_SOURCE_TYPE_1_VALUES!r}")
