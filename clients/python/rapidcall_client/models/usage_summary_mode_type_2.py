from typing import Literal

UsageSummaryModeType2 = Literal["paid"]

USAGE_SUMMARY_MODE_TYPE_2_VALUES: set[UsageSummaryModeType2] = {
    "paid",
}


def check_usage_summary_mode_type_2(value: str) -> UsageSummaryModeType2:
    if value in USAGE_SUMMARY_MODE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_MODE_TYPE_2_VALUES!r}")
