from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.update_campaign_body_retry_backoff_type_0 import (
    UpdateCampaignBodyRetryBackoffType0,
    check_update_campaign_body_retry_backoff_type_0,
)
from ..models.update_campaign_body_retry_backoff_type_1 import (
    UpdateCampaignBodyRetryBackoffType1,
    check_update_campaign_body_retry_backoff_type_1,
)
from ..models.update_campaign_body_retry_on_item_type_0 import (
    UpdateCampaignBodyRetryOnItemType0,
    check_update_campaign_body_retry_on_item_type_0,
)
from ..models.update_campaign_body_retry_on_item_type_1 import (
    UpdateCampaignBodyRetryOnItemType1,
    check_update_campaign_body_retry_on_item_type_1,
)
from ..models.update_campaign_body_retry_on_item_type_2 import (
    UpdateCampaignBodyRetryOnItemType2,
    check_update_campaign_body_retry_on_item_type_2,
)
from ..models.update_campaign_body_retry_on_item_type_3 import (
    UpdateCampaignBodyRetryOnItemType3,
    check_update_campaign_body_retry_on_item_type_3,
)

T = TypeVar("T", bound="UpdateCampaignBodyRetry")


@_attrs_define
class UpdateCampaignBodyRetry:
    """
    Attributes:
        on (list[UpdateCampaignBodyRetryOnItemType0 | UpdateCampaignBodyRetryOnItemType1 |
            UpdateCampaignBodyRetryOnItemType2 | UpdateCampaignBodyRetryOnItemType3]): Outcomes dialled again (until
            maxAttempts)
        delay_minutes (int):
        backoff (UpdateCampaignBodyRetryBackoffType0 | UpdateCampaignBodyRetryBackoffType1): `exponential` doubles the
            delay after each attempt
    """

    on: list[
        UpdateCampaignBodyRetryOnItemType0
        | UpdateCampaignBodyRetryOnItemType1
        | UpdateCampaignBodyRetryOnItemType2
        | UpdateCampaignBodyRetryOnItemType3
    ]
    delay_minutes: int
    backoff: UpdateCampaignBodyRetryBackoffType0 | UpdateCampaignBodyRetryBackoffType1

    def to_dict(self) -> dict[str, Any]:
        on = []
        for on_item_data in self.on:
            on_item: str
            if isinstance(on_item_data, str):
                on_item = on_item_data
            elif isinstance(on_item_data, str):
                on_item = on_item_data
            elif isinstance(on_item_data, str):
                on_item = on_item_data
            else:
                on_item = on_item_data

            on.append(on_item)

        delay_minutes = self.delay_minutes

        backoff: str
        if isinstance(self.backoff, str):
            backoff = self.backoff
        else:
            backoff = self.backoff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "on": on,
                "delayMinutes": delay_minutes,
                "backoff": backoff,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        on = []
        _on = d.pop("on")
        for on_item_data in _on:

            def _parse_on_item(
                data: object,
            ) -> (
                UpdateCampaignBodyRetryOnItemType0
                | UpdateCampaignBodyRetryOnItemType1
                | UpdateCampaignBodyRetryOnItemType2
                | UpdateCampaignBodyRetryOnItemType3
            ):
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    on_item_type_0 = check_update_campaign_body_retry_on_item_type_0(data)

                    return on_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    on_item_type_1 = check_update_campaign_body_retry_on_item_type_1(data)

                    return on_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    on_item_type_2 = check_update_campaign_body_retry_on_item_type_2(data)

                    return on_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, str):
                    raise TypeError()
                on_item_type_3 = check_update_campaign_body_retry_on_item_type_3(data)

                return on_item_type_3

            on_item = _parse_on_item(on_item_data)

            on.append(on_item)

        delay_minutes = d.pop("delayMinutes")

        def _parse_backoff(data: object) -> UpdateCampaignBodyRetryBackoffType0 | UpdateCampaignBodyRetryBackoffType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                backoff_type_0 = check_update_campaign_body_retry_backoff_type_0(data)

                return backoff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            backoff_type_1 = check_update_campaign_body_retry_backoff_type_1(data)

            return backoff_type_1

        backoff = _parse_backoff(d.pop("backoff"))

        update_campaign_body_retry = cls(
            on=on,
            delay_minutes=delay_minutes,
            backoff=backoff,
        )

        return update_campaign_body_retry
