from typing import Literal

PhoneNumberStatusType2 = Literal["error"]

PHONE_NUMBER_STATUS_TYPE_2_VALUES: set[PhoneNumberStatusType2] = {
    "error",
}


def check_phone_number_status_type_2(value: str) -> PhoneNumberStatusType2:
    if value in PHONE_NUMBER_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_STATUS_TYPE_2_VALUES!r}")
