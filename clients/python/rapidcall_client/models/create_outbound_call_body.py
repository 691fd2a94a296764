from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_outbound_call_body_variables import CreateOutboundCallBodyVariables


T = TypeVar("T", bound="CreateOutboundCallBody")


@_attrs_define
class CreateOutboundCallBody:
    """
    Attributes:
        agent_id (str): Agent that talks on the call
        to (str): E.164 phone number
        phone_number_id (str): Workspace number to call from (must be provisioned)
        variables (CreateOutboundCallBodyVariables | Unset): Fills {{name}} placeholders of the prompt and welcome
    """

    agent_id: str
    to: str
    phone_number_id: str
    variables: CreateOutboundCallBodyVariables | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        to = self.to

        phone_number_id = self.phone_number_id

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agentId": agent_id,
                "to": to,
                "phoneNumberId": phone_number_id,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_outbound_call_body_variables import CreateOutboundCallBodyVariables  # noqa: PLC0415

        d = dict(src_dict)
        agent_id = d.pop("agentId")

        to = d.pop("to")

        phone_number_id = d.pop("phoneNumberId")

        _variables = d.pop("variables", UNSET)
        variables: CreateOutboundCallBodyVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = CreateOutboundCallBodyVariables.from_dict(_variables)

        create_outbound_call_body = cls(
            agent_id=agent_id,
            to=to,
            phone_number_id=phone_number_id,
            variables=variables,
        )

        return create_outbound_call_body
