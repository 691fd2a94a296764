from typing import Literal

UsageSummaryModeType1 = Literal["trial"]

USAGE_SUMMARY_MODE_TYPE_1_VALUES: set[UsageSummaryModeType1] = {
    "trial",
}


def check_usage_summary_mode_type_1(value: str) -> UsageSummaryModeType1:
    if value in USAGE_SUMMARY_MODE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USAGE_SUMMARY_MODE_TYPE_1_VALUES!r}")
