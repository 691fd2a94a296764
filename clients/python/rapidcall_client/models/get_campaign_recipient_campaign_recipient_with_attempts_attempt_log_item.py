from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetCampaignRecipientCampaignRecipientWithAttemptsAttemptLogItem")


@_attrs_define
class GetCampaignRecipientCampaignRecipientWithAttemptsAttemptLogItem:
    """
    Attributes:
        attempt (int):
        call_id (str):
        started_at (datetime.datetime): ISO-8601 UTC
        ended_at (datetime.datetime | None):
        outcome (None | str):
        error (None | str):
    """

    attempt: int
    call_id: str
    started_at: datetime.datetime
    ended_at: datetime.datetime | None
    outcome: None | str
    error: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempt = self.attempt

        call_id = self.call_id

        started_at = self.started_at.isoformat()

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        outcome: None | str
        outcome = self.outcome

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempt": attempt,
                "callId": call_id,
                "startedAt": started_at,
                "endedAt": ended_at,
                "outcome": outcome,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempt = d.pop("attempt")

        call_id = d.pop("callId")

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("endedAt"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        get_campaign_recipient_campaign_recipient_with_attempts_attempt_log_item = cls(
            attempt=attempt,
            call_id=call_id,
            started_at=started_at,
            ended_at=ended_at,
            outcome=outcome,
            error=error,
        )

        get_campaign_recipient_campaign_recipient_with_attempts_attempt_log_item.additional_properties = d
        return get_campaign_recipient_campaign_recipient_with_attempts_attempt_log_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
