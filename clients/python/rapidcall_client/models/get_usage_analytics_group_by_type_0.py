from typing import Literal

GetUsageAnalyticsGroupByType0 = Literal["agent"]

GET_USAGE_ANALYTICS_GROUP_BY_TYPE_0_VALUES: set[GetUsageAnalyticsGroupByType0] = {
    "agent",
}


def check_get_usage_analytics_group_by_type_0(value: str) -> GetUsageAnalyticsGroupByType0:
    if value in GET_USAGE_ANALYTICS_GROUP_BY_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USAGE_ANALYTICS_GROUP_BY_TYPE_0_VALUES!r}")
