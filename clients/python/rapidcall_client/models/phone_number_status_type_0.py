from typing import Literal

PhoneNumberStatusType0 = Literal["pending"]

PHONE_NUMBER_STATUS_TYPE_0_VALUES: set[PhoneNumberStatusType0] = {
    "pending",
}


def check_phone_number_status_type_0(value: str) -> PhoneNumberStatusType0:
    if value in PHONE_NUMBER_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_STATUS_TYPE_0_VALUES!r}")
