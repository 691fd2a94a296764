from typing import Literal

PhoneNumberStatusType1 = Literal["active"]

PHONE_NUMBER_STATUS_TYPE_1_VALUES: set[PhoneNumberStatusType1] = {
    "active",
}


def check_phone_number_status_type_1(value: str) -> PhoneNumberStatusType1:
    if value in PHONE_NUMBER_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHONE_NUMBER_STATUS_TYPE_1_VALUES!r}")
