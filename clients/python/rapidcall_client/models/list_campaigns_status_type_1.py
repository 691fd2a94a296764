from typing import Literal

ListCampaignsStatusType1 = Literal["scheduled"]

LIST_CAMPAIGNS_STATUS_TYPE_1_VALUES: set[ListCampaignsStatusType1] = {
    "scheduled",
}


def check_list_campaigns_status_type_1(value: str) -> ListCampaignsStatusType1:
    if value in LIST_CAMPAIGNS_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CAMPAIGNS_STATUS_TYPE_1_VALUES!r}")
