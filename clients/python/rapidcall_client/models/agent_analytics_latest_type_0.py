from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_analytics_latest_type_0_latency import AgentAnalyticsLatestType0Latency


T = TypeVar("T", bound="AgentAnalyticsLatestType0")


@_attrs_define
class AgentAnalyticsLatestType0:
    """The most recently ended call of the agent

    Attributes:
        call_id (str):
        ended_at (datetime.datetime): ISO-8601 UTC
        duration_s (int | None):
        tokens_total (int):
        latency_ms (float | None):
        latency (AgentAnalyticsLatestType0Latency): The latency averages the agent reported for it
    """

    call_id: str
    ended_at: datetime.datetime
    duration_s: int | None
    tokens_total: int
    latency_ms: float | None
    latency: AgentAnalyticsLatestType0Latency
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        ended_at = self.ended_at.isoformat()

        duration_s: int | None
        duration_s = self.duration_s

        tokens_total = self.tokens_total

        latency_ms: float | None
        latency_ms = self.latency_ms

        latency = self.latency.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "endedAt": ended_at,
                "durationS": duration_s,
                "tokensTotal": tokens_total,
                "latencyMs": latency_ms,
                "latency": latency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_analytics_latest_type_0_latency import AgentAnalyticsLatestType0Latency  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callId")

        ended_at = datetime.datetime.fromisoformat(d.pop("endedAt"))

        def _parse_duration_s(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_s = _parse_duration_s(d.pop("durationS"))

        tokens_total = d.pop("tokensTotal")

        def _parse_latency_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_ms = _parse_latency_ms(d.pop("latencyMs"))

        latency = AgentAnalyticsLatestType0Latency.from_dict(d.pop("latency"))

        agent_analytics_latest_type_0 = cls(
            call_id=call_id,
            ended_at=ended_at,
            duration_s=duration_s,
            tokens_total=tokens_total,
            latency_ms=latency_ms,
            latency=latency,
        )

        agent_analytics_latest_type_0.additional_properties = d
        return agent_analytics_latest_type_0

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
