from typing import Literal

DncEntrySourceType2 = Literal["agent"]

DNC_ENTRY_SOURCE_TYPE_2_VALUES: set[DncEntrySourceType2] = {
    "agent",
}


def check_dnc_entry_source_type_2(value: str) -> DncEntrySourceType2:
    if value in DNC_ENTRY_SOURCE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DNC_ENTRY_SOURCE_TYPE_2_VALUES!r}")
