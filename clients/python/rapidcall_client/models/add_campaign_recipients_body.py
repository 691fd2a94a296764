from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_campaign_recipients_body_recipients_item import AddCampaignRecipientsBodyRecipientsItem


T = TypeVar("T", bound="AddCampaignRecipientsBody")


@_attrs_define
class AddCampaignRecipientsBody:
    """
    Attributes:
        recipients (list[AddCampaignRecipientsBodyRecipientsItem]):
        default_country (str | Unset): ISO 3166-1 alpha-2 country for numbers written without a country code
    """

    recipients: list[AddCampaignRecipientsBodyRecipientsItem]
    default_country: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        default_country = self.default_country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if default_country is not UNSET:
            field_dict["defaultCountry"] = default_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.add_campaign_recipients_body_recipients_item import AddCampaignRecipientsBodyRecipientsItem  # noqa: PLC0415

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = AddCampaignRecipientsBodyRecipientsItem.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        default_country = d.pop("defaultCountry", UNSET)

        add_campaign_recipients_body = cls(
            recipients=recipients,
            default_country=default_country,
        )

        return add_campaign_recipients_body
