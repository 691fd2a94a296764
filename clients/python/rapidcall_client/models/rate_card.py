from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.rate_card_llm_surcharge_usd_per_min_by_model import RateCardLlmSurchargeUsdPerMinByModel
    from ..models.rate_card_rate_card_meter import RateCardRateCardMeter


T = TypeVar("T", bound="RateCard")


@_attrs_define
class RateCard:
    """
    Attributes:
        base_usd_per_min (float): Base voice price per minute (BASE_PRICE_USD_PER_MIN), billed per second
        default_llm_model (str): DEFAULT_LLM_MODEL
        llm_surcharge_usd_per_min_by_model (RateCardLlmSurchargeUsdPerMinByModel): LLM_SURCHARGE_JSON
        included_tokens_per_min (float): INCLUDED_TOKENS_PER_MIN
        token_overage_usd_per_1k (float): TOKEN_OVERAGE_USD_PER_1K
        telephony_usd_per_min (float): TELEPHONY_USD_PER_MIN, before markup
        telephony_markup_rate (float): TELEPHONY_MARKUP_RATE
        telephony_billed_usd_per_min (float): What a phone-call minute is billed: telephony x (1 + markup)
        phone_number_monthly_fee_usd (float): PHONE_NUMBER_MONTHLY_FEE_USD
        meters (list[RateCardRateCardMeter]):
    """

    base_usd_per_min: float
    default_llm_model: str
    llm_surcharge_usd_per_min_by_model: RateCardLlmSurchargeUsdPerMinByModel
    included_tokens_per_min: float
    token_overage_usd_per_1k: float
    telephony_usd_per_min: float
    telephony_markup_rate: float
    telephony_billed_usd_per_min: float
    phone_number_monthly_fee_usd: float
    meters: list[RateCardRateCardMeter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_usd_per_min = self.base_usd_per_min

        default_llm_model = self.default_llm_model

        llm_surcharge_usd_per_min_by_model = self.llm_surcharge_usd_per_min_by_model.to_dict()

        included_tokens_per_min = self.included_tokens_per_min

        token_overage_usd_per_1k = self.token_overage_usd_per_1k

        telephony_usd_per_min = self.telephony_usd_per_min

        telephony_markup_rate = self.telephony_markup_rate

        telephony_billed_usd_per_min = self.telephony_billed_usd_per_min

        phone_number_monthly_fee_usd = self.phone_number_monthly_fee_usd

        meters = []
        for meters_item_data in self.meters:
            meters_item = meters_item_data.to_dict()
            meters.append(meters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseUsdPerMin": base_usd_per_min,
                "defaultLlmModel": default_llm_model,
                "llmSurchargeUsdPerMinByModel": llm_surcharge_usd_per_min_by_model,
                "includedTokensPerMin": included_tokens_per_min,
                "tokenOverageUsdPer1K": token_overage_usd_per_1k,
                "telephonyUsdPerMin": telephony_usd_per_min,
                "telephonyMarkupRate": telephony_markup_rate,
                "telephonyBilledUsdPerMin": telephony_billed_usd_per_min,
                "phoneNumberMonthlyFeeUsd": phone_number_monthly_fee_usd,
                "meters": meters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rate_card_llm_surcharge_usd_per_min_by_model import RateCardLlmSurchargeUsdPerMinByModel  # noqa: PLC0415
        from ..models.rate_card_rate_card_meter import RateCardRateCardMeter  # noqa: PLC0415

        d = dict(src_dict)
        base_usd_per_min = d.pop("baseUsdPerMin")

        default_llm_model = d.pop("defaultLlmModel")

        llm_surcharge_usd_per_min_by_model = RateCardLlmSurchargeUsdPerMinByModel.from_dict(
            d.pop("llmSurchargeUsdPerMinByModel")
        )

        included_tokens_per_min = d.pop("includedTokensPerMin")

        token_overage_usd_per_1k = d.pop("tokenOverageUsdPer1K")

        telephony_usd_per_min = d.pop("telephonyUsdPerMin")

        telephony_markup_rate = d.pop("telephonyMarkupRate")

        telephony_billed_usd_per_min = d.pop("telephonyBilledUsdPerMin")

        phone_number_monthly_fee_usd = d.pop("phoneNumberMonthlyFeeUsd")

        meters = []
        _meters = d.pop("meters")
        for meters_item_data in _meters:
            meters_item = RateCardRateCardMeter.from_dict(meters_item_data)

            meters.append(meters_item)

        rate_card = cls(
            base_usd_per_min=base_usd_per_min,
            default_llm_model=default_llm_model,
            llm_surcharge_usd_per_min_by_model=llm_surcharge_usd_per_min_by_model,
            included_tokens_per_min=included_tokens_per_min,
            token_overage_usd_per_1k=token_overage_usd_per_1k,
            telephony_usd_per_min=telephony_usd_per_min,
            telephony_markup_rate=telephony_markup_rate,
            telephony_billed_usd_per_min=telephony_billed_usd_per_min,
            phone_number_monthly_fee_usd=phone_number_monthly_fee_usd,
            meters=meters,
        )

        rate_card.additional_properties = d
        return rate_card

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
