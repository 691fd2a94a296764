from typing import Literal

UsageSummaryModeType0 = Literal["unmetered"]

USAGE_SUMMARY_MODE_TYPE_0_VALUES: set[UsageSummaryModeType0] = {
    "unmetered",
}


def check_usage_summary_mode_type_0(value: str) -> UsageSummaryModeType0:
    if value in USAGE_SUMMARY_MODE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_MODE_TYPE_0_VALUES!r}")
