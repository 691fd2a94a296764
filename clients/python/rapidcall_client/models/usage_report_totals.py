from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.usage_report_totals_sentiment import UsageReportTotalsSentiment


T = TypeVar("T", bound="UsageReportTotals")


@_attrs_define
class UsageReportTotals:
    """
    Attributes:
        calls (int):
        completed_calls (int): Calls that ended
        avg_duration_s (float | None):
        minutes (float): Sum of call durations, in minutes
        cost_usd (float): Provider cost estimate (model, TTS, STT) from the metrics
        billed_usd (float): What the calls cost the customer by the rate card (sum of the priced calls' `cost.totalUsd`)
        prompt_tokens (int):
        completion_tokens (int):
        cached_prompt_tokens (int): Of the prompt tokens, served from the prompt cache (the calls'
            `usage.llm_prompt_cached_tokens`)
        stt_audio_s (float): Seconds of transcribed audio (the calls' `usage.stt_audio_duration`)
        tts_characters (int): Characters synthesized (the calls' `usage.tts_characters_count`)
        latency_p50_ms (float | None):
        latency_p95_ms (float | None):
        latency_avg_ms (float | None):
        eou_end_ms_avg (float | None):
        eou_transcription_ms_avg (float | None):
        llm_ttft_ms_avg (float | None):
        analyzed_calls (int): Calls whose post-call analysis is done
        success_rate (float | None):
        sentiment (UsageReportTotalsSentiment): Analysed calls by caller sentiment
    """

    calls: int
    completed_calls: int
    avg_duration_s: float | None
    minutes: float
    cost_usd: float
    billed_usd: float
    prompt_tokens: int
    completion_tokens: int
    cached_prompt_tokens: int
    stt_audio_s: float
    tts_characters: int
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    latency_avg_ms: float | None
    eou_end_ms_avg: float | None
    eou_transcription_ms_avg: float | None
    llm_ttft_ms_avg: float | None
    analyzed_calls: int
    success_rate: float | None
    sentiment: UsageReportTotalsSentiment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = self.calls

        completed_calls = self.completed_calls

        avg_duration_s: float | None
        avg_duration_s = self.avg_duration_s

        minutes = self.minutes

        cost_usd = self.cost_usd

        billed_usd = self.billed_usd

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        cached_prompt_tokens = self.cached_prompt_tokens

        stt_audio_s = self.stt_audio_s

        tts_characters = self.tts_characters

        latency_p50_ms: float | None
        latency_p50_ms = self.latency_p50_ms

        latency_p95_ms: float | None
        latency_p95_ms = self.latency_p95_ms

        latency_avg_ms: float | None
        latency_avg_ms = self.latency_avg_ms

        eou_end_ms_avg: float | None
        eou_end_ms_avg = self.eou_end_ms_avg

        eou_transcription_ms_avg: float | None
        eou_transcription_ms_avg = self.eou_transcription_ms_avg

        llm_ttft_ms_avg: float | None
        llm_ttft_ms_avg = self.llm_ttft_ms_avg

        analyzed_calls = self.analyzed_calls

        success_rate: float | None
        success_rate = self.success_rate

        sentiment = self.sentiment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls": calls,
                "completedCalls": completed_calls,
                "avgDurationS": avg_duration_s,
                "minutes": minutes,
                "costUsd": cost_usd,
                "billedUsd": billed_usd,
                "promptTokens": prompt_tokens,
                "completionTokens": completion_tokens,
                "cachedPromptTokens": cached_prompt_tokens,
                "sttAudioS": stt_audio_s,
                "ttsCharacters": tts_characters,
                "latencyP50Ms": latency_p50_ms,
                "latencyP95Ms": latency_p95_ms,
                "latencyAvgMs": latency_avg_ms,
                "eouEndMsAvg": eou_end_ms_avg,
                "eouTranscriptionMsAvg": eou_transcription_ms_avg,
                "llmTtftMsAvg": llm_ttft_ms_avg,
                "analyzedCalls": analyzed_calls,
                "successRate": success_rate,
                "sentiment": sentiment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_report_totals_sentiment import UsageReportTotalsSentiment  # noqa: PLC0415

        d = dict(src_dict)
        calls = d.pop("calls")

        completed_calls = d.pop("completedCalls")

        def _parse_avg_duration_s(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_duration_s = _parse_avg_duration_s(d.pop("avgDurationS"))

        minutes = d.pop("minutes")

        cost_usd = d.pop("costUsd")

        billed_usd = d.pop("billedUsd")

        prompt_tokens = d.pop("promptTokens")

        completion_tokens = d.pop("completionTokens")

        cached_prompt_tokens = d.pop("cachedPromptTokens")

        stt_audio_s = d.pop("sttAudioS")

        tts_characters = d.pop("ttsCharacters")

        def _parse_latency_p50_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_p50_ms = _parse_latency_p50_ms(d.pop("latencyP50Ms"))

        def _parse_latency_p95_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_p95_ms = _parse_latency_p95_ms(d.pop("latencyP95Ms"))

        def _parse_latency_avg_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_avg_ms = _parse_latency_avg_ms(d.pop("latencyAvgMs"))

        def _parse_eou_end_ms_avg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        eou_end_ms_avg = _parse_eou_end_ms_avg(d.pop("eouEndMsAvg"))

        def _parse_eou_transcription_ms_avg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        eou_transcription_ms_avg = _parse_eou_transcription_ms_avg(d.pop("eouTranscriptionMsAvg"))

        def _parse_llm_ttft_ms_avg(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        llm_ttft_ms_avg = _parse_llm_ttft_ms_avg(d.pop("llmTtftMsAvg"))

        analyzed_calls = d.pop("analyzedCalls")

        def _parse_success_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        success_rate = _parse_success_rate(d.pop("successRate"))

        sentiment = UsageReportTotalsSentiment.from_dict(d.pop("sentiment"))

        usage_report_totals = cls(
            calls=calls,
            completed_calls=completed_calls,
            avg_duration_s=avg_duration_s,
            minutes=minutes,
            cost_usd=cost_usd,
            billed_usd=billed_usd,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cached_prompt_tokens=cached_prompt_tokens,
            stt_audio_s=stt_audio_s,
            tts_characters=tts_characters,
            latency_p50_ms=latency_p50_ms,
            latency_p95_ms=latency_p95_ms,
            latency_avg_ms=latency_avg_ms,
            eou_end_ms_avg=eou_end_ms_avg,
            eou_transcription_ms_avg=eou_transcription_ms_avg,
            llm_ttft_ms_avg=llm_ttft_ms_avg,
            analyzed_calls=analyzed_calls,
            success_rate=success_rate,
            sentiment=sentiment,
        )

        usage_report_totals.additional_properties = d
        return usage_report_totals

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
