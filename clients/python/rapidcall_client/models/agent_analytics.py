from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_analytics_latest_type_0 import AgentAnalyticsLatestType0
    from ..models.agent_analytics_totals import AgentAnalyticsTotals


T = TypeVar("T", bound="AgentAnalytics")


@_attrs_define
class AgentAnalytics:
    """
    Attributes:
        agent_id (str):
        since (datetime.datetime | None):
        until (datetime.datetime | None):
        latest (AgentAnalyticsLatestType0 | None):
        totals (AgentAnalyticsTotals):
    """

    agent_id: str
    since: datetime.datetime | None
    until: datetime.datetime | None
    latest: AgentAnalyticsLatestType0 | None
    totals: AgentAnalyticsTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_analytics_latest_type_0 import AgentAnalyticsLatestType0  # noqa: PLC0415

        agent_id = self.agent_id

        since: None | str
        if isinstance(self.since, datetime.datetime):
            since = self.since.isoformat()
        else:
            since = self.since

        until: None | str
        if isinstance(self.until, datetime.datetime):
            until = self.until.isoformat()
        else:
            until = self.until

        latest: dict[str, Any] | None
        if isinstance(self.latest, AgentAnalyticsLatestType0):
            latest = self.latest.to_dict()
        else:
            latest = self.latest

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agentId": agent_id,
                "since": since,
                "until": until,
                "latest": latest,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_analytics_latest_type_0 import AgentAnalyticsLatestType0  # noqa: PLC0415
        from ..models.agent_analytics_totals import AgentAnalyticsTotals  # noqa: PLC0415

        d = dict(src_dict)
        agent_id = d.pop("agentId")

        def _parse_since(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                since_type_0 = datetime.datetime.fromisoformat(data)

                return since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        since = _parse_since(d.pop("since"))

        def _parse_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                until_type_0 = datetime.datetime.fromisoformat(data)

                return until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        until = _parse_until(d.pop("until"))

        def _parse_latest(data: object) -> AgentAnalyticsLatestType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_type_0 = AgentAnalyticsLatestType0.from_dict(data)

                return latest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentAnalyticsLatestType0 | None, data)

        latest = _parse_latest(d.pop("latest"))

        totals = AgentAnalyticsTotals.from_dict(d.pop("totals"))

        agent_analytics = cls(
            agent_id=agent_id,
            since=since,
            until=until,
            latest=latest,
            totals=totals,
        )

        agent_analytics.additional_properties = d
        return agent_analytics

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
