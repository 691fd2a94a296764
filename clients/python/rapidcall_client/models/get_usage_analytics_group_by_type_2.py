from typing import Literal

GetUsageAnalyticsGroupByType2 = Literal["variant"]

GET_USAGE_ANALYTICS_GROUP_BY_TYPE_2_VALUES: set[GetUsageAnalyticsGroupByType2] = {
    "variant",
}


def check_get_usage_analytics_group_by_type_2(value: str) -> GetUsageAnalyticsGroupByType2:
    if value in GET_USAGE_ANALYTICS_GROUP_BY_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USAGE_ANALYTICS_GROUP_BY_TYPE_2_VALUES!r}")
