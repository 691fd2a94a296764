from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_available_phone_numbers_available_numbers_numbers_item_capabilities_type_0 import (
        SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0,
    )


T = TypeVar("T", bound="SearchAvailablePhoneNumbersAvailableNumbersNumbersItem")


@_attrs_define
class SearchAvailablePhoneNumbersAvailableNumbersNumbersItem:
    """
    Attributes:
        phone_number (str):
        friendly_name (None | str):
        locality (None | str):
        region (None | str):
        iso_country (str):
        capabilities (None | SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0):
    """

    phone_number: str
    friendly_name: None | str
    locality: None | str
    region: None | str
    iso_country: str
    capabilities: None | SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_available_phone_numbers_available_numbers_numbers_item_capabilities_type_0 import (
            SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0,  # noqa: PLC0415
        )

        phone_number = self.phone_number

        friendly_name: None | str
        friendly_name = self.friendly_name

        locality: None | str
        locality = self.locality

        region: None | str
        region = self.region

        iso_country = self.iso_country

        capabilities: dict[str, Any] | None
        if isinstance(self.capabilities, SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "friendlyName": friendly_name,
                "locality": locality,
                "region": region,
                "isoCountry": iso_country,
                "capabilities": capabilities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_available_phone_numbers_available_numbers_numbers_item_capabilities_type_0 import (
            SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        phone_number = d.pop("phoneNumber")

        def _parse_friendly_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        friendly_name = _parse_friendly_name(d.pop("friendlyName"))

        def _parse_locality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        locality = _parse_locality(d.pop("locality"))

        def _parse_region(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        region = _parse_region(d.pop("region"))

        iso_country = d.pop("isoCountry")

        def _parse_capabilities(
            data: object,
        ) -> None | SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capabilities_type_0 = SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0.from_dict(
                    data
                )

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0, data)

        capabilities = _parse_capabilities(d.pop("capabilities"))

        search_available_phone_numbers_available_numbers_numbers_item = cls(
            phone_number=phone_number,
            friendly_name=friendly_name,
            locality=locality,
            region=region,
            iso_country=iso_country,
            capabilities=capabilities,
        )

        search_available_phone_numbers_available_numbers_numbers_item.additional_properties = d
        return search_available_phone_numbers_available_numbers_numbers_item

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
