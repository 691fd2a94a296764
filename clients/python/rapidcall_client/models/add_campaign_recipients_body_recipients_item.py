from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_campaign_recipients_body_recipients_item_variables import (
        AddCampaignRecipientsBodyRecipientsItemVariables,
    )


T = TypeVar("T", bound="AddCampaignRecipientsBodyRecipientsItem")


@_attrs_define
class AddCampaignRecipientsBodyRecipientsItem:
    """
    Attributes:
        phone (str): Any common notation; `defaultCountry` reads national ones
        name (str | Unset):
        timezone (str | Unset): IANA time zone
        variables (AddCampaignRecipientsBodyRecipientsItemVariables | Unset): Fill `{{name}}` placeholders of the prompt
            and welcome
        phone_number_id (str | Unset): Caller id for this recipient
        max_attempts (int | Unset):
        recording_enabled (bool | Unset): Record this recipient's calls or not (default: the campaign's
            recordingEnabled)
    """

    phone: str
    name: str | Unset = UNSET
    timezone: str | Unset = UNSET
    variables: AddCampaignRecipientsBodyRecipientsItemVariables | Unset = UNSET
    phone_number_id: str | Unset = UNSET
    max_attempts: int | Unset = UNSET
    recording_enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        name = self.name

        timezone = self.timezone

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        phone_number_id = self.phone_number_id

        max_attempts = self.max_attempts

        recording_enabled = self.recording_enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if variables is not UNSET:
            field_dict["variables"] = variables
        if phone_number_id is not UNSET:
            field_dict["phoneNumberId"] = phone_number_id
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if recording_enabled is not UNSET:
            field_dict["recordingEnabled"] = recording_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_campaign_recipients_body_recipients_item_variables import (
            AddCampaignRecipientsBodyRecipientsItemVariables,  # noqa: PLC0415
        )

        d = dict(src_dict)
        phone = d.pop("phone")

        name = d.pop("name", UNSET)

        timezone = d.pop("timezone", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: AddCampaignRecipientsBodyRecipientsItemVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = AddCampaignRecipientsBodyRecipientsItemVariables.from_dict(_variables)

        phone_number_id = d.pop("phoneNumberId", UNSET)

        max_attempts = d.pop("maxAttempts", UNSET)

        recording_enabled = d.pop("recordingEnabled", UNSET)

        add_campaign_recipients_body_recipients_item = cls(
            phone=phone,
            name=name,
            timezone=timezone,
            variables=variables,
            phone_number_id=phone_number_id,
            max_attempts=max_attempts,
            recording_enabled=recording_enabled,
        )

        return add_campaign_recipients_body_recipients_item
