from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_direction_type_0 import CallDirectionType0, check_call_direction_type_0
from ..models.call_direction_type_1 import CallDirectionType1, check_call_direction_type_1
from ..models.call_direction_type_2 import CallDirectionType2, check_call_direction_type_2
from ..models.call_status_type_0 import CallStatusType0, check_call_status_type_0
from ..models.call_status_type_1 import CallStatusType1, check_call_status_type_1
from ..models.call_status_type_2 import CallStatusType2, check_call_status_type_2
from ..models.call_status_type_3 import CallStatusType3, check_call_status_type_3
from ..models.call_status_type_4 import CallStatusType4, check_call_status_type_4
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_analysis import CallAnalysis
    from ..models.call_call_cost import CallCallCost
    from ..models.call_metrics import CallMetrics
    from ..models.call_recording import CallRecording
    from ..models.call_transcript_item import CallTranscriptItem
    from ..models.call_variables import CallVariables


T = TypeVar("T", bound="Call")


@_attrs_define
class Call:
    """
    Attributes:
        id (str):
        agent_id (None | str):
        agent_name (None | str):
        direction (CallDirectionType0 | CallDirectionType1 | CallDirectionType2):
        status (CallStatusType0 | CallStatusType1 | CallStatusType2 | CallStatusType3 | CallStatusType4):
        outcome (None | str):
        from_ (None | str):
        to (None | str):
        room_name (None | str):
        started_at (datetime.datetime): ISO-8601 UTC
        answered_at (datetime.datetime | None):
        ended_at (datetime.datetime | None):
        duration_s (int | None):
        recording (CallRecording):
        metrics (CallMetrics): Merged metrics snapshot plus derived totals
        variables (CallVariables):
        cost (CallCallCost | None):
        variant_id (None | str):
        analysis (CallAnalysis | None):
        transcript (list[CallTranscriptItem] | Unset):
    """

    id: str
    agent_id: None | str
    agent_name: None | str
    direction: CallDirectionType0 | CallDirectionType1 | CallDirectionType2
    status: CallStatusType0 | CallStatusType1 | CallStatusType2 | CallStatusType3 | CallStatusType4
    outcome: None | str
    from_: None | str
    to: None | str
    room_name: None | str
    started_at: datetime.datetime
    answered_at: datetime.datetime | None
    ended_at: datetime.datetime | None
    duration_s: int | None
    recording: CallRecording
    metrics: CallMetrics
    variables: CallVariables
    cost: CallCallCost | None
    variant_id: None | str
    analysis: CallAnalysis | None
    transcript: list[CallTranscriptItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_analysis import CallAnalysis  # noqa: PLC0415
        from ..models.call_call_cost import CallCallCost  # noqa: PLC0415

        id = self.id

        agent_id: None | str
        agent_id = self.agent_id

        agent_name: None | str
        agent_name = self.agent_name

        direction: str
        if isinstance(self.direction, str):
            direction = self.direction
        elif isinstance(self.direction, str):
            direction = self.direction
        else:
            direction = self.direction

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        outcome: None | str
        outcome = self.outcome

        from_: None | str
        from_ = self.from_

        to: None | str
        to = self.to

        room_name: None | str
        room_name = self.room_name

        started_at = self.started_at.isoformat()

        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        ended_at: None | str
        if isinstance(self.ended_at, datetime.datetime):
            ended_at = self.ended_at.isoformat()
        else:
            ended_at = self.ended_at

        duration_s: int | None
        duration_s = self.duration_s

        recording = self.recording.to_dict()

        metrics = self.metrics.to_dict()

        variables = self.variables.to_dict()

        cost: dict[str, Any] | None
        if isinstance(self.cost, CallCallCost):
            cost = self.cost.to_dict()
        else:
            cost = self.cost

        variant_id: None | str
        variant_id = self.variant_id

        analysis: dict[str, Any] | None
        if isinstance(self.analysis, CallAnalysis):
            analysis = self.analysis.to_dict()
        else:
            analysis = self.analysis

        transcript: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcript, Unset):
            transcript = []
            for transcript_item_data in self.transcript:
                transcript_item = transcript_item_data.to_dict()
                transcript.append(transcript_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agentId": agent_id,
                "agentName": agent_name,
                "direction": direction,
                "status": status,
                "outcome": outcome,
                "from": from_,
                "to": to,
                "roomName": room_name,
                "startedAt": started_at,
                "answeredAt": answered_at,
                "endedAt": ended_at,
                "durationS": duration_s,
                "recording": recording,
                "metrics": metrics,
                "variables": variables,
                "cost": cost,
                "variantId": variant_id,
                "analysis": analysis,
            }
        )
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_analysis import CallAnalysis  # noqa: PLC0415
        from ..models.call_call_cost import CallCallCost  # noqa: PLC0415
        from ..models.call_metrics import CallMetrics  # noqa: PLC0415
        from ..models.call_recording import CallRecording  # noqa: PLC0415
        from ..models.call_transcript_item import CallTranscriptItem  # noqa: PLC0415
        from ..models.call_variables import CallVariables  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agentId"))

        def _parse_agent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_name = _parse_agent_name(d.pop("agentName"))

        def _parse_direction(data: object) -> CallDirectionType0 | CallDirectionType1 | CallDirectionType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = check_call_direction_type_0(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_1 = check_call_direction_type_1(data)

                return direction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            direction_type_2 = check_call_direction_type_2(data)

            return direction_type_2

        direction = _parse_direction(d.pop("direction"))

        def _parse_status(
            data: object,
        ) -> CallStatusType0 | CallStatusType1 | CallStatusType2 | CallStatusType3 | CallStatusType4:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_call_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_call_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2 = check_call_status_type_2(data)

                return status_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3 = check_call_status_type_3(data)

                return status_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_4 = check_call_status_type_4(data)

            return status_type_4

        status = _parse_status(d.pop("status"))

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_from_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to = _parse_to(d.pop("to"))

        def _parse_room_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        room_name = _parse_room_name(d.pop("roomName"))

        started_at = datetime.datetime.fromisoformat(d.pop("startedAt"))

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answeredAt"))

        def _parse_ended_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_at_type_0 = datetime.datetime.fromisoformat(data)

                return ended_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ended_at = _parse_ended_at(d.pop("endedAt"))

        def _parse_duration_s(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        duration_s = _parse_duration_s(d.pop("durationS"))

        recording = CallRecording.from_dict(d.pop("recording"))

        metrics = CallMetrics.from_dict(d.pop("metrics"))

        variables = CallVariables.from_dict(d.pop("variables"))

        def _parse_cost(data: object) -> CallCallCost | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_call_cost = CallCallCost.from_dict(data)

                return cost_call_cost
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallCallCost | None, data)

        cost = _parse_cost(d.pop("cost"))

        def _parse_variant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        variant_id = _parse_variant_id(d.pop("variantId"))

        def _parse_analysis(data: object) -> CallAnalysis | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                analysis_type_0 = CallAnalysis.from_dict(data)

                return analysis_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallAnalysis | None, data)

        analysis = _parse_analysis(d.pop("analysis"))

        _transcript = d.pop("transcript", UNSET)
        transcript: list[CallTranscriptItem] | Unset = UNSET
        if _transcript is not UNSET:
            transcript = []
            for transcript_item_data in _transcript:
                transcript_item = CallTranscriptItem.from_dict(transcript_item_data)

                transcript.append(transcript_item)

        call = cls(
            id=id,
            agent_id=agent_id,
            agent_name=agent_name,
            direction=direction,
            status=status,
            outcome=outcome,
            from_=from_,
            to=to,
            room_name=room_name,
            started_at=started_at,
            answered_at=answered_at,
            ended_at=ended_at,
            duration_s=duration_s,
            recording=recording,
            metrics=metrics,
            variables=variables,
            cost=cost,
            variant_id=variant_id,
            analysis=analysis,
            transcript=transcript,
        )

        call.additional_properties = d
        return call

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
