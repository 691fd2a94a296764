from typing import Literal

GetUsageAnalyticsGroupByType1 = Literal["day"]

GET_USAGE_ANALYTICS_GROUP_BY_TYPE_1_VALUES: set[GetUsageAnalyticsGroupByType1] = {
    "day",
}


def check_get_usage_analytics_group_by_type_1(value: str) -> GetUsageAnalyticsGroupByType1:
    if value in GET_USAGE_ANALYTICS_GROUP_BY_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USAGE_ANALYTICS_GROUP_BY_TYPE_1_VALUES!r}")
