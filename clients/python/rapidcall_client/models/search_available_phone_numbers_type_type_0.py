from typing import Literal

SearchAvailablePhoneNumbersTypeType0 = Literal["local"]

SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_0_VALUES: set[SearchAvailablePhoneNumbersTypeType0] = {
    "local",
}


def check_search_available_phone_numbers_type_type_0(value: str) -> SearchAvailablePhoneNumbersTypeType0:
    if value in SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_0_VALUES!r}"
    )
