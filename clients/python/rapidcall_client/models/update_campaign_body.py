from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_campaign_body_retry import UpdateCampaignBodyRetry
    from ..models.update_campaign_body_variables import UpdateCampaignBodyVariables
    from ..models.update_campaign_body_window import UpdateCampaignBodyWindow


T = TypeVar("T", bound="UpdateCampaignBody")


@_attrs_define
class UpdateCampaignBody:
    """
    Attributes:
        name (str | Unset):
        agent_id (str | Unset): Agent that talks on every call
        phone_number_id (str | Unset): Workspace number to call from
        start_at (datetime.datetime | None | Unset):
        end_at (datetime.datetime | None | Unset):
        window (UpdateCampaignBodyWindow | Unset): When recipients may be called, in each recipient's local time (an
            `end` at or before `start` runs past midnight)
        timezone (str | Unset): IANA time zone
        default_country (None | str | Unset):
        max_concurrent (int | Unset):
        max_attempts (int | Unset):
        retry (UpdateCampaignBodyRetry | Unset):
        recording_enabled (bool | Unset): Default false. Whether the campaign's calls are recorded (LiveKit egress to
            S3), whatever the agent's settings.record; a recipient's recordingEnabled overrides it
        keep_open (bool | Unset): Default false. True: the campaign stays running when its recipients are done (add more
            at any time); a number whose recipient finished may be added again
        variables (UpdateCampaignBodyVariables | Unset): Fill `{{name}}` placeholders of the prompt and welcome
    """

    name: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    window: UpdateCampaignBodyWindow | Unset = UNSET
    timezone: str | Unset = UNSET
    default_country: None | str | Unset = UNSET
    max_concurrent: int | Unset = UNSET
    max_attempts: int | Unset = UNSET
    retry: UpdateCampaignBodyRetry | Unset = UNSET
    recording_enabled: bool | Unset = UNSET
    keep_open: bool | Unset = UNSET
    variables: UpdateCampaignBodyVariables | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        agent_id = self.agent_id

        phone_number_id = self.phone_number_id

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.window, Unset):
            window = self.window.to_dict()

        timezone = self.timezone

        default_country: None | str | Unset
        if isinstance(self.default_country, Unset):
            default_country = UNSET
        else:
            default_country = self.default_country

        max_concurrent = self.max_concurrent

        max_attempts = self.max_attempts

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        recording_enabled = self.recording_enabled

        keep_open = self.keep_open

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if phone_number_id is not UNSET:
            field_dict["phoneNumberId"] = phone_number_id
        if start_at is not UNSET:
            field_dict["startAt"] = start_at
        if end_at is not UNSET:
            field_dict["endAt"] = end_at
        if window is not UNSET:
            field_dict["window"] = window
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if default_country is not UNSET:
            field_dict["defaultCountry"] = default_country
        if max_concurrent is not UNSET:
            field_dict["maxConcurrent"] = max_concurrent
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if retry is not UNSET:
            field_dict["retry"] = retry
        if recording_enabled is not UNSET:
            field_dict["recordingEnabled"] = recording_enabled
        if keep_open is not UNSET:
            field_dict["keepOpen"] = keep_open
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_campaign_body_retry import UpdateCampaignBodyRetry  # noqa: PLC0415
        from ..models.update_campaign_body_variables import UpdateCampaignBodyVariables  # noqa: PLC0415
        from ..models.update_campaign_body_window import UpdateCampaignBodyWindow  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        agent_id = d.pop("agentId", UNSET)

        phone_number_id = d.pop("phoneNumberId", UNSET)

        def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_at_type_0 = datetime.datetime.fromisoformat(data)

                return start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_at = _parse_start_at(d.pop("startAt", UNSET))

        def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_at_type_0 = datetime.datetime.fromisoformat(data)

                return end_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_at = _parse_end_at(d.pop("endAt", UNSET))

        _window = d.pop("window", UNSET)
        window: UpdateCampaignBodyWindow | Unset
        if isinstance(_window, Unset):
            window = UNSET
        else:
            window = UpdateCampaignBodyWindow.from_dict(_window)

        timezone = d.pop("timezone", UNSET)

        def _parse_default_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_country = _parse_default_country(d.pop("defaultCountry", UNSET))

        max_concurrent = d.pop("maxConcurrent", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        _retry = d.pop("retry", UNSET)
        retry: UpdateCampaignBodyRetry | Unset
        if isinstance(_retry, Unset):
            retry = UNSET
        else:
            retry = UpdateCampaignBodyRetry.from_dict(_retry)

        recording_enabled = d.pop("recordingEnabled", UNSET)

        keep_open = d.pop("keepOpen", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: UpdateCampaignBodyVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = UpdateCampaignBodyVariables.from_dict(_variables)

        update_campaign_body = cls(
            name=name,
            agent_id=agent_id,
            phone_number_id=phone_number_id,
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
        )

        return update_campaign_body
