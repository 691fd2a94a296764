from typing import Literal

DncEntrySourceType0 = Literal["api"]

DNC_ENTRY_SOURCE_TYPE_0_VALUES: set[DncEntrySourceType0] = {
    "api",
}


def check_dnc_entry_source_type_0(value: str) -> DncEntrySourceType0:
    if value in DNC_ENTRY_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DNC_ENTRY_SOURCE_TYPE_0_VALUES!r}")
