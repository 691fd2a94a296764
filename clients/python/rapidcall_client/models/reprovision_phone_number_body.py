from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReprovisionPhoneNumberBody")


@_attrs_define
class ReprovisionPhoneNumberBody:
    """
    Attributes:
        rotate_credentials (bool | Unset): Replace the SIP credentials LiveKit dials Twilio termination with: the new
            ones are added to the trunk credential list, LiveKit switches, then the old ones are removed (calls keep
            dialling throughout) Default: False.
    """

    rotate_credentials: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        rotate_credentials = self.rotate_credentials

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if rotate_credentials is not UNSET:
            field_dict["rotateCredentials"] = rotate_credentials

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rotate_credentials = d.pop("rotateCredentials", UNSET)

        reprovision_phone_number_body = cls(
            rotate_credentials=rotate_credentials,
        )

        return reprovision_phone_number_body
