from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_agent_body_welcome_mode_type_0 import (
    UpdateAgentBodyWelcomeModeType0,
    check_update_agent_body_welcome_mode_type_0,
)
from ..models.update_agent_body_welcome_mode_type_1 import (
    UpdateAgentBodyWelcomeModeType1,
    check_update_agent_body_welcome_mode_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAgentBodyWelcome")


@_attrs_define
class UpdateAgentBodyWelcome:
    """
    Attributes:
        mode (UpdateAgentBodyWelcomeModeType0 | UpdateAgentBodyWelcomeModeType1): `agent` speaks first; `user` waits for
            the caller
        text (str | Unset):
    """

    mode: UpdateAgentBodyWelcomeModeType0 | UpdateAgentBodyWelcomeModeType1
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mode(data: object) -> UpdateAgentBodyWelcomeModeType0 | UpdateAgentBodyWelcomeModeType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_update_agent_body_welcome_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mode_type_1 = check_update_agent_body_welcome_mode_type_1(data)

            return mode_type_1

        mode = _parse_mode(d.pop("mode"))

        text = d.pop("text", UNSET)

        update_agent_body_welcome = cls(
            mode=mode,
            text=text,
        )

        update_agent_body_welcome.additional_properties = d
        return update_agent_body_welcome

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
