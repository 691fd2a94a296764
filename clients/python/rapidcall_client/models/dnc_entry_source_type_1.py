from typing import Literal

DncEntrySourceType1 = Literal["import"]

DNC_ENTRY_SOURCE_TYPE_1_VALUES: set[DncEntrySourceType1] = {
    "import",
}


def check_dnc_entry_source_type_1(value: str) -> DncEntrySourceType1:
    if value in DNC_ENTRY_SOURCE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DNC_ENTRY_SOURCE_TYPE_1_VALUES!r}")
