from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.campaign_window_days_item_type_0 import (
    CampaignWindowDaysItemType0,
    check_campaign_window_days_item_type_0,
)
from ..models.campaign_window_days_item_type_1 import (
    CampaignWindowDaysItemType1,
    check_campaign_window_days_item_type_1,
)
from ..models.campaign_window_days_item_type_2 import (
    CampaignWindowDaysItemType2,
    check_campaign_window_days_item_type_2,
)
from ..models.campaign_window_days_item_type_3 import (
    CampaignWindowDaysItemType3,
    check_campaign_window_days_item_type_3,
)
from ..models.campaign_window_days_item_type_4 import (
    CampaignWindowDaysItemType4,
    check_campaign_window_days_item_type_4,
)
from ..models.campaign_window_days_item_type_5 import (
    CampaignWindowDaysItemType5,
    check_campaign_window_days_item_type_5,
)
from ..models.campaign_window_days_item_type_6 import (
    CampaignWindowDaysItemType6,
    check_campaign_window_days_item_type_6,
)

T = TypeVar("T", bound="CampaignWindow")


@_attrs_define
class CampaignWindow:
    """When recipients may be called, in each recipient's local time (an `end` at or before `start` runs past midnight)

    Attributes:
        days (list[CampaignWindowDaysItemType0 | CampaignWindowDaysItemType1 | CampaignWindowDaysItemType2 |
            CampaignWindowDaysItemType3 | CampaignWindowDaysItemType4 | CampaignWindowDaysItemType5 |
            CampaignWindowDaysItemType6]):
        start (str): Local wall-clock time, 24 h
        end (str): Local wall-clock time, 24 h
    """

    days: list[
        CampaignWindowDaysItemType0
        | CampaignWindowDaysItemType1
        | CampaignWindowDaysItemType2
        | CampaignWindowDaysItemType3
        | CampaignWindowDaysItemType4
        | CampaignWindowDaysItemType5
        | CampaignWindowDaysItemType6
    ]
    start: str
    end: str

    def to_dict(self) -> dict[str, Any]:
        days = []
        for days_item_data in self.days:
            days_item: str
            if isinstance(days_item_data, str):
                days_item = days_item_data
            elif isinstance(days_item_data, str):
                days_item = days_item_data
            elif isinstance(days_item_data, str):
                days_item = days_item_data
            elif isinstance(days_item_data, str):
                days_item = days_item_data
            elif isinstance(days_item_data, str):
                days_item = days_item_data
            elif isinstance(days_item_data, str):
                days_item = days_item_data
            else:
                days_item = days_item_data

            days.append(days_item)

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "days": days,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = []
        _days = d.pop("days")
        for days_item_data in _days:

            def _parse_days_item(
                data: object,
            ) -> (
                CampaignWindowDaysItemType0
                | CampaignWindowDaysItemType1
                | CampaignWindowDaysItemType2
                | CampaignWindowDaysItemType3
                | CampaignWindowDaysItemType4
                | CampaignWindowDaysItemType5
                | CampaignWindowDaysItemType6
            ):
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    days_item_type_0 = check_campaign_window_days_item_type_0(data)

                    return days_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    days_item_type_1 = check_campaign_window_days_item_type_1(data)

                    return days_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    days_item_type_2 = check_campaign_window_days_item_type_2(data)

                    return days_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    days_item_type_3 = check_campaign_window_days_item_type_3(data)

                    return days_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    days_item_type_4 = check_campaign_window_days_item_type_4(data)

                    return days_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    days_item_type_5 = check_campaign_window_days_item_type_5(data)

                    return days_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                days_item_type_6 = check_campaign_window_days_item_type_6(data)

                return days_item_type_6

            days_item = _parse_days_item(days_item_data)

            days.append(days_item)

        start = d.pop("start")

        end = d.pop("end")

        campaign_window = cls(
            days=days,
            start=start,
            end=end,
        )

        return campaign_window
