from typing import Literal

SearchAvailablePhoneNumbersTypeType2 = Literal["mobile"]

SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_2_VALUES: set[SearchAvailablePhoneNumbersTypeType2] = {
    "mobile",
}


def check_search_available_phone_numbers_type_type_2(value: str) -> SearchAvailablePhoneNumbersTypeType2:
    if value in SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_2_VALUES!r}"
    )
