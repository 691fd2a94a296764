from typing import Literal

DncEntrySourceType3 = Literal["campaign"]

DNC_ENTRY_SOURCE_TYPE_3_VALUES: set[DncEntrySourceType3] = {
    "campaign",
}


def check_dnc_entry_source_type_3(value: str) -> DncEntrySourceType3:
    if value in DNC_ENTRY_SOURCE_TYPE_3_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DNC_ENTRY_SOURCE_TYPE_3_VALUES!r}")
