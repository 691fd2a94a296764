from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.campaign_progress_by_outcome import CampaignProgressByOutcome
    from ..models.campaign_progress_by_status import CampaignProgressByStatus


T = TypeVar("T", bound="CampaignProgress")


@_attrs_define
class CampaignProgress:
    """
    Attributes:
        total (int):
        by_status (CampaignProgressByStatus): Recipients per status
        by_outcome (CampaignProgressByOutcome): Recipients per last outcome
        dials (int): Calls placed so far
        connected (int): Calls that were answered
        connect_rate (float | None):
        average_duration_s (float | None):
        cost_usd (float):
    """

    total: int
    by_status: CampaignProgressByStatus
    by_outcome: CampaignProgressByOutcome
    dials: int
    connected: int
    connect_rate: float | None
    average_duration_s: float | None
    cost_usd: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_status = self.by_status.to_dict()

        by_outcome = self.by_outcome.to_dict()

        dials = self.dials

        connected = self.connected

        connect_rate: float | None
        connect_rate = self.connect_rate

        average_duration_s: float | None
        average_duration_s = self.average_duration_s

        cost_usd = self.cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "byStatus": by_status,
                "byOutcome": by_outcome,
                "dials": dials,
                "connected": connected,
                "connectRate": connect_rate,
                "averageDurationS": average_duration_s,
                "costUsd": cost_usd,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_progress_by_outcome import CampaignProgressByOutcome  # noqa: PLC0415
        from ..models.campaign_progress_by_status import CampaignProgressByStatus  # noqa: PLC0415

        d = dict(src_dict)
        total = d.pop("total")

        by_status = CampaignProgressByStatus.from_dict(d.pop("byStatus"))

        by_outcome = CampaignProgressByOutcome.from_dict(d.pop("byOutcome"))

        dials = d.pop("dials")

        connected = d.pop("connected")

        def _parse_connect_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        connect_rate = _parse_connect_rate(d.pop("connectRate"))

        def _parse_average_duration_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        average_duration_s = _parse_average_duration_s(d.pop("averageDurationS"))

        cost_usd = d.pop("costUsd")

        campaign_progress = cls(
            total=total,
            by_status=by_status,
            by_outcome=by_outcome,
            dials=dials,
            connected=connected,
            connect_rate=connect_rate,
            average_duration_s=average_duration_s,
            cost_usd=cost_usd,
        )

        campaign_progress.additional_properties = d
        return campaign_progress

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
