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
        to (str): E.164 phone number
        phone_number_id (str): Workspace number to call from (must be provisioned)
        agent_id (str | Unset): Agent that talks on the call; without it, the number's outboundAgentId
        variables (CreateOutboundCallBodyVariables | Unset): Fills {{name}} placeholders of the prompt and welcome
    """

    to: str
    phone_number_id: str
    agent_id: str | Unset = UNSET
    variables: CreateOutboundCallBodyVariables | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        phone_number_id = self.phone_number_id

        agent_id = self.agent_id

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "phoneNumberId": phone_number_id,
            }
        )
        if agent_id is not UNSET:
            field_dict["agentId"] = agent_id
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_outbound_call_body_variables import CreateOutboundCallBodyVariables  # noqa: PLC0415

        d = dict(src_dict)
        to = d.pop("to")

        phone_number_id = d.pop("phoneNumberId")

        agent_id = d.pop("agentId", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: CreateOutboundCallBodyVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = CreateOutboundCallBodyVariables.from_dict(_variables)

        create_outbound_call_body = cls(
            to=to,
            phone_number_id=phone_number_id,
            agent_id=agent_id,
            variables=variables,
        )

        return create_outbound_call_body
