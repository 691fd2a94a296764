from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_analysis_sentiment_type_0 import CallAnalysisSentimentType0, check_call_analysis_sentiment_type_0
from ..models.call_analysis_status import CallAnalysisStatus, check_call_analysis_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_analysis_custom import CallAnalysisCustom
    from ..models.call_analysis_tokens import CallAnalysisTokens


T = TypeVar("T", bound="CallAnalysis")


@_attrs_define
class CallAnalysis:
    """
    Attributes:
        status (CallAnalysisStatus): `pending` until the LLM answered; `skipped` when no LLM is configured or the call
            never connected
        summary (None | str):
        sentiment (CallAnalysisSentimentType0 | None):
        successful (bool | None):
        voicemail (bool | None):
        user_hung_up (bool | None):
        custom (CallAnalysisCustom): One value per `postCallDataExtraction` field, typed as declared; null when the call
            did not say
        model (None | str):
        tokens (CallAnalysisTokens):
        cost_usd (float | None):
        attempts (int): LLM attempts of this run
        transcript_cut (bool): The transcript was longer than the token budget: its middle was left out
        requested_at (datetime.datetime): ISO-8601 UTC
        analyzed_at (datetime.datetime | None):
        error (str | Unset): Why the analysis failed or was skipped
    """

    status: CallAnalysisStatus
    summary: None | str
    sentiment: CallAnalysisSentimentType0 | None
    successful: bool | None
    voicemail: bool | None
    user_hung_up: bool | None
    custom: CallAnalysisCustom
    model: None | str
    tokens: CallAnalysisTokens
    cost_usd: float | None
    attempts: int
    transcript_cut: bool
    requested_at: datetime.datetime
    analyzed_at: datetime.datetime | None
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        summary: None | str
        summary = self.summary

        sentiment: None | str
        if isinstance(self.sentiment, str):
            sentiment = self.sentiment
        else:
            sentiment = self.sentiment

        successful: bool | None
        successful = self.successful

        voicemail: bool | None
        voicemail = self.voicemail

        user_hung_up: bool | None
        user_hung_up = self.user_hung_up

        custom = self.custom.to_dict()

        model: None | str
        model = self.model

        tokens = self.tokens.to_dict()

        cost_usd: float | None
        cost_usd = self.cost_usd

        attempts = self.attempts

        transcript_cut = self.transcript_cut

        requested_at = self.requested_at.isoformat()

        analyzed_at: None | str
        if isinstance(self.analyzed_at, datetime.datetime):
            analyzed_at = self.analyzed_at.isoformat()
        else:
            analyzed_at = self.analyzed_at

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "summary": summary,
                "sentiment": sentiment,
                "successful": successful,
                "voicemail": voicemail,
                "userHungUp": user_hung_up,
                "custom": custom,
                "model": model,
                "tokens": tokens,
                "costUsd": cost_usd,
                "attempts": attempts,
                "transcriptCut": transcript_cut,
                "requestedAt": requested_at,
                "analyzedAt": analyzed_at,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_analysis_custom import CallAnalysisCustom  # noqa: PLC0415
        from ..models.call_analysis_tokens import CallAnalysisTokens  # noqa: PLC0415

        d = dict(src_dict)
        status = check_call_analysis_status(d.pop("status"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        def _parse_sentiment(data: object) -> CallAnalysisSentimentType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sentiment_type_0 = check_call_analysis_sentiment_type_0(data)

                return sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallAnalysisSentimentType0 | None, data)

        sentiment = _parse_sentiment(d.pop("sentiment"))

        def _parse_successful(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        successful = _parse_successful(d.pop("successful"))

        def _parse_voicemail(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        voicemail = _parse_voicemail(d.pop("voicemail"))

        def _parse_user_hung_up(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        user_hung_up = _parse_user_hung_up(d.pop("userHungUp"))

        custom = CallAnalysisCustom.from_dict(d.pop("custom"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        tokens = CallAnalysisTokens.from_dict(d.pop("tokens"))

        def _parse_cost_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cost_usd = _parse_cost_usd(d.pop("costUsd"))

        attempts = d.pop("attempts")

        transcript_cut = d.pop("transcriptCut")

        requested_at = datetime.datetime.fromisoformat(d.pop("requestedAt"))

        def _parse_analyzed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                analyzed_at_type_0 = datetime.datetime.fromisoformat(data)

                return analyzed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        analyzed_at = _parse_analyzed_at(d.pop("analyzedAt"))

        error = d.pop("error", UNSET)

        call_analysis = cls(
            status=status,
            summary=summary,
            sentiment=sentiment,
            successful=successful,
            voicemail=voicemail,
            user_hung_up=user_hung_up,
            custom=custom,
            model=model,
            tokens=tokens,
            cost_usd=cost_usd,
            attempts=attempts,
            transcript_cut=transcript_cut,
            requested_at=requested_at,
            analyzed_at=analyzed_at,
            error=error,
        )

        call_analysis.additional_properties = d
        return call_analysis

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
