from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_recipient_status_type_0 import (
    CampaignRecipientStatusType0,
    check_campaign_recipient_status_type_0,
)
from ..models.campaign_recipient_status_type_1 import (
    CampaignRecipientStatusType1,
    check_campaign_recipient_status_type_1,
)
from ..models.campaign_recipient_status_type_2 import (
    CampaignRecipientStatusType2,
    check_campaign_recipient_status_type_2,
)
from ..models.campaign_recipient_status_type_3 import (
    CampaignRecipientStatusType3,
    check_campaign_recipient_status_type_3,
)
from ..models.campaign_recipient_status_type_4 import (
    CampaignRecipientStatusType4,
    check_campaign_recipient_status_type_4,
)
from ..models.campaign_recipient_status_type_5 import (
    CampaignRecipientStatusType5,
    check_campaign_recipient_status_type_5,
)
from ..models.campaign_recipient_status_type_6 import (
    CampaignRecipientStatusType6,
    check_campaign_recipient_status_type_6,
)
from ..models.campaign_recipient_status_type_7 import (
    CampaignRecipientStatusType7,
    check_campaign_recipient_status_type_7,
)
from ..models.campaign_recipient_status_type_8 import (
    CampaignRecipientStatusType8,
    check_campaign_recipient_status_type_8,
)

if TYPE_CHECKING:
    from ..models.campaign_recipient_variables import CampaignRecipientVariables


T = TypeVar("T", bound="CampaignRecipient")


@_attrs_define
class CampaignRecipient:
    """
    Attributes:
        id (str):
        campaign_id (str):
        phone (str): E.164
        name (str):
        timezone (None | str):
        variables (CampaignRecipientVariables):
        status (CampaignRecipientStatusType0 | CampaignRecipientStatusType1 | CampaignRecipientStatusType2 |
            CampaignRecipientStatusType3 | CampaignRecipientStatusType4 | CampaignRecipientStatusType5 |
            CampaignRecipientStatusType6 | CampaignRecipientStatusType7 | CampaignRecipientStatusType8): `analyzing`: the
            call was answered and ended, and the campaign retries voicemail: the post-call analysis decides (voicemail:
            retried, else completed); `dnc`: on the do-not-call list (never dialled); `skipped`: the campaign ended before
            it could be dialled
        attempts (int):
        max_attempts (int | None):
        phone_number_id (None | str):
        recording_enabled (bool | None):
        next_attempt_at (datetime.datetime | None):
        last_outcome (None | str):
        last_error (None | str):
        call_ids (list[str]):
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
    """

    id: str
    campaign_id: str
    phone: str
    name: str
    timezone: None | str
    variables: CampaignRecipientVariables
    status: (
        CampaignRecipientStatusType0
        | CampaignRecipientStatusType1
        | CampaignRecipientStatusType2
        | CampaignRecipientStatusType3
        | CampaignRecipientStatusType4
        | CampaignRecipientStatusType5
        | CampaignRecipientStatusType6
        | CampaignRecipientStatusType7
        | CampaignRecipientStatusType8
    )
    attempts: int
    max_attempts: int | None
    phone_number_id: None | str
    recording_enabled: bool | None
    next_attempt_at: datetime.datetime | None
    last_outcome: None | str
    last_error: None | str
    call_ids: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        phone = self.phone

        name = self.name

        timezone: None | str
        timezone = self.timezone

        variables = self.variables.to_dict()

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        attempts = self.attempts

        max_attempts: int | None
        max_attempts = self.max_attempts

        phone_number_id: None | str
        phone_number_id = self.phone_number_id

        recording_enabled: bool | None
        recording_enabled = self.recording_enabled

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        last_outcome: None | str
        last_outcome = self.last_outcome

        last_error: None | str
        last_error = self.last_error

        call_ids = self.call_ids

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaignId": campaign_id,
                "phone": phone,
                "name": name,
                "timezone": timezone,
                "variables": variables,
                "status": status,
                "attempts": attempts,
                "maxAttempts": max_attempts,
                "phoneNumberId": phone_number_id,
                "recordingEnabled": recording_enabled,
                "nextAttemptAt": next_attempt_at,
                "lastOutcome": last_outcome,
                "lastError": last_error,
                "callIds": call_ids,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_recipient_variables import CampaignRecipientVariables  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = d.pop("campaignId")

        phone = d.pop("phone")

        name = d.pop("name")

        def _parse_timezone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timezone = _parse_timezone(d.pop("timezone"))

        variables = CampaignRecipientVariables.from_dict(d.pop("variables"))

        def _parse_status(
            data: object,
        ) -> (
            CampaignRecipientStatusType0
            | CampaignRecipientStatusType1
            | CampaignRecipientStatusType2
            | CampaignRecipientStatusType3
            | CampaignRecipientStatusType4
            | CampaignRecipientStatusType5
            | CampaignRecipientStatusType6
            | CampaignRecipientStatusType7
            | CampaignRecipientStatusType8
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_campaign_recipient_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_campaign_recipient_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2 = check_campaign_recipient_status_type_2(data)

                return status_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3 = check_campaign_recipient_status_type_3(data)

                return status_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_4 = check_campaign_recipient_status_type_4(data)

                return status_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_5 = check_campaign_recipient_status_type_5(data)

                return status_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_6 = check_campaign_recipient_status_type_6(data)

                return status_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_7 = check_campaign_recipient_status_type_7(data)

                return status_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_8 = check_campaign_recipient_status_type_8(data)

            return status_type_8

        status = _parse_status(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_max_attempts(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_attempts = _parse_max_attempts(d.pop("maxAttempts"))

        def _parse_phone_number_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone_number_id = _parse_phone_number_id(d.pop("phoneNumberId"))

        def _parse_recording_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        recording_enabled = _parse_recording_enabled(d.pop("recordingEnabled"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        def _parse_last_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_outcome = _parse_last_outcome(d.pop("lastOutcome"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("lastError"))

        call_ids = cast(list[str], d.pop("callIds"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        campaign_recipient = cls(
            id=id,
            campaign_id=campaign_id,
            phone=phone,
            name=name,
            timezone=timezone,
            variables=variables,
            status=status,
            attempts=attempts,
            max_attempts=max_attempts,
            phone_number_id=phone_number_id,
            recording_enabled=recording_enabled,
            next_attempt_at=next_attempt_at,
            last_outcome=last_outcome,
            last_error=last_error,
            call_ids=call_ids,
            created_at=created_at,
            updated_at=updated_at,
        )

        campaign_recipient.additional_properties = d
        return campaign_recipient

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
