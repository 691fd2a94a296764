from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_status_type_0 import CampaignStatusType0, check_campaign_status_type_0
from ..models.campaign_status_type_1 import CampaignStatusType1, check_campaign_status_type_1
from ..models.campaign_status_type_2 import CampaignStatusType2, check_campaign_status_type_2
from ..models.campaign_status_type_3 import CampaignStatusType3, check_campaign_status_type_3
from ..models.campaign_status_type_4 import CampaignStatusType4, check_campaign_status_type_4
from ..models.campaign_status_type_5 import CampaignStatusType5, check_campaign_status_type_5
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_progress import CampaignProgress
    from ..models.campaign_retry import CampaignRetry
    from ..models.campaign_variables import CampaignVariables
    from ..models.campaign_window import CampaignWindow


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """
    Attributes:
        id (str):
        name (str):
        agent_id (str):
        phone_number_id (str): Caller id
        status (CampaignStatusType0 | CampaignStatusType1 | CampaignStatusType2 | CampaignStatusType3 |
            CampaignStatusType4 | CampaignStatusType5): `scheduled`: started, waiting for `startAt`; `completed`: no
            recipient can be dialled any more
        start_at (datetime.datetime | None):
        end_at (datetime.datetime | None):
        window (CampaignWindow): When recipients may be called, in each recipient's local time (an `end` at or before
            `start` runs past midnight)
        timezone (str): Zone of recipients without one
        default_country (None | str):
        max_concurrent (int):
        max_attempts (int):
        retry (CampaignRetry):
        recording_enabled (bool):
        keep_open (bool): Never completes by itself when its recipients are done: recipients can be added at any time
            and are dialled
        variables (CampaignVariables):
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
        started_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        progress (CampaignProgress | Unset):
    """

    id: str
    name: str
    agent_id: str
    phone_number_id: str
    status: (
        CampaignStatusType0
        | CampaignStatusType1
        | CampaignStatusType2
        | CampaignStatusType3
        | CampaignStatusType4
        | CampaignStatusType5
    )
    start_at: datetime.datetime | None
    end_at: datetime.datetime | None
    window: CampaignWindow
    timezone: str
    default_country: None | str
    max_concurrent: int
    max_attempts: int
    retry: CampaignRetry
    recording_enabled: bool
    keep_open: bool
    variables: CampaignVariables
    created_at: datetime.datetime
    updated_at: datetime.datetime
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    progress: CampaignProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        agent_id = self.agent_id

        phone_number_id = self.phone_number_id

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
        else:
            status = self.status

        start_at: None | str
        if isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        end_at: None | str
        if isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        window = self.window.to_dict()

        timezone = self.timezone

        default_country: None | str
        default_country = self.default_country

        max_concurrent = self.max_concurrent

        max_attempts = self.max_attempts

        retry = self.retry.to_dict()

        recording_enabled = self.recording_enabled

        keep_open = self.keep_open

        variables = self.variables.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "agentId": agent_id,
                "phoneNumberId": phone_number_id,
                "status": status,
                "startAt": start_at,
                "endAt": end_at,
                "window": window,
                "timezone": timezone,
                "defaultCountry": default_country,
                "maxConcurrent": max_concurrent,
                "maxAttempts": max_attempts,
                "retry": retry,
                "recordingEnabled": recording_enabled,
                "keepOpen": keep_open,
                "variables": variables,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "startedAt": started_at,
                "completedAt": completed_at,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_progress import CampaignProgress  # noqa: PLC0415
        from ..models.campaign_retry import CampaignRetry  # noqa: PLC0415
        from ..models.campaign_variables import CampaignVariables  # noqa: PLC0415
        from ..models.campaign_window import CampaignWindow  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        agent_id = d.pop("agentId")

        phone_number_id = d.pop("phoneNumberId")

        def _parse_status(
            data: object,
        ) -> (
            CampaignStatusType0
            | CampaignStatusType1
            | CampaignStatusType2
            | CampaignStatusType3
            | CampaignStatusType4
            | CampaignStatusType5
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_campaign_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_campaign_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2 = check_campaign_status_type_2(data)

                return status_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3 = check_campaign_status_type_3(data)

                return status_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_4 = check_campaign_status_type_4(data)

                return status_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_5 = check_campaign_status_type_5(data)

            return status_type_5

        status = _parse_status(d.pop("status"))

        def _parse_start_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        start_at = _parse_start_at(d.pop("startAt"))

        def _parse_end_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end_at = _parse_end_at(d.pop("endAt"))

        window = CampaignWindow.from_dict(d.pop("window"))

        timezone = d.pop("timezone")

        def _parse_default_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_country = _parse_default_country(d.pop("defaultCountry"))

        max_concurrent = d.pop("maxConcurrent")

        max_attempts = d.pop("maxAttempts")

        retry = CampaignRetry.from_dict(d.pop("retry"))

        recording_enabled = d.pop("recordingEnabled")

        keep_open = d.pop("keepOpen")

        variables = CampaignVariables.from_dict(d.pop("variables"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("startedAt"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))

        _progress = d.pop("progress", UNSET)
        progress: CampaignProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = CampaignProgress.from_dict(_progress)

        campaign = cls(
            id=id,
            name=name,
            agent_id=agent_id,
            phone_number_id=phone_number_id,
            status=status,
            start_at=start_at,
            end_at=end_at,
            window=window,
            timezone=timezone,
            default_country=default_country,
            max_concurrent=max_concurrent,
            max_attempts=max_attempts,
            retry=retry,
            recording_enabled=recording_enabled,
            keep_open=keep_open,
            variables=variables,
            created_at=created_at,
            updated_at=updated_at,
            started_at=started_at,
            completed_at=completed_at,
            progress=progress,
        )

        campaign.additional_properties = d
        return campaign

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
