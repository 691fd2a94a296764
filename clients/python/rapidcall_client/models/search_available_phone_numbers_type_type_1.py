from typing import Literal

SearchAvailablePhoneNumbersTypeType1 = Literal["tollfree"]

SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_1_VALUES: set[SearchAvailablePhoneNumbersTypeType1] = {
    "tollfree",
}


def check_search_available_phone_numbers_type_type_1(value: str) -> SearchAvailablePhoneNumbersTypeType1:
    if value in SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_AVAILABLE_PHONE_NUMBERS_TYPE_TYPE_1_VALUES!r}"
    )
