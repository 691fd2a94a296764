from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateAgentPromptBody")


@_attrs_define
class GenerateAgentPromptBody:
    """
    Attributes:
        template_id (str): The wizard sends `receptionist`, `sales`, `support`, `appointment` or `survey`
        agent_name (str | Unset):
        business_name (str | Unset):
        industry (str | Unset):
        location (str | Unset):
        timezone (str | Unset):
        languages (str | Unset):
        primary_goal (str | Unset):
        target_customer (str | Unset):
        tone (str | Unset): e.g. `professional`, `warm`, `friendly`
        greeting_style (str | Unset):
        offerings (str | Unset):
        hours (str | Unset):
        booking_link (str | Unset):
        required_fields (str | Unset): Comma list of what to collect from the caller
        faqs (str | Unset):
        disallowed (str | Unset):
        escalation (str | Unset):
        policies (str | Unset):
        extra (str | Unset):
    """

    template_id: str
    agent_name: str | Unset = UNSET
    business_name: str | Unset = UNSET
    industry: str | Unset = UNSET
    location: str | Unset = UNSET
    timezone: str | Unset = UNSET
    languages: str | Unset = UNSET
    primary_goal: str | Unset = UNSET
    target_customer: str | Unset = UNSET
    tone: str | Unset = UNSET
    greeting_style: str | Unset = UNSET
    offerings: str | Unset = UNSET
    hours: str | Unset = UNSET
    booking_link: str | Unset = UNSET
    required_fields: str | Unset = UNSET
    faqs: str | Unset = UNSET
    disallowed: str | Unset = UNSET
    escalation: str | Unset = UNSET
    policies: str | Unset = UNSET
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        template_id = self.template_id

        agent_name = self.agent_name

        business_name = self.business_name

        industry = self.industry

        location = self.location

        timezone = self.timezone

        languages = self.languages

        primary_goal = self.primary_goal

        target_customer = self.target_customer

        tone = self.tone

        greeting_style = self.greeting_style

        offerings = self.offerings

        hours = self.hours

        booking_link = self.booking_link

        required_fields = self.required_fields

        faqs = self.faqs

        disallowed = self.disallowed

        escalation = self.escalation

        policies = self.policies

        extra = self.extra

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "templateId": template_id,
            }
        )
        if agent_name is not UNSET:
            field_dict["agentName"] = agent_name
        if business_name is not UNSET:
            field_dict["businessName"] = business_name
        if industry is not UNSET:
            field_dict["industry"] = industry
        if location is not UNSET:
            field_dict["location"] = location
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if languages is not UNSET:
            field_dict["languages"] = languages
        if primary_goal is not UNSET:
            field_dict["primaryGoal"] = primary_goal
        if target_customer is not UNSET:
            field_dict["targetCustomer"] = target_customer
        if tone is not UNSET:
            field_dict["tone"] = tone
        if greeting_style is not UNSET:
            field_dict["greetingStyle"] = greeting_style
        if offerings is not UNSET:
            field_dict["offerings"] = offerings
        if hours is not UNSET:
            field_dict["hours"] = hours
        if booking_link is not UNSET:
            field_dict["bookingLink"] = booking_link
        if required_fields is not UNSET:
            field_dict["requiredFields"] = required_fields
        if faqs is not UNSET:
            field_dict["faqs"] = faqs
        if disallowed is not UNSET:
            field_dict["disallowed"] = disallowed
        if escalation is not UNSET:
            field_dict["escalation"] = escalation
        if policies is not UNSET:
            field_dict["policies"] = policies
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_id = d.pop("templateId")

        agent_name = d.pop("agentName", UNSET)

        business_name = d.pop("businessName", UNSET)

        industry = d.pop("industry", UNSET)

        location = d.pop("location", UNSET)

        timezone = d.pop("timezone", UNSET)

        languages = d.pop("languages", UNSET)

        primary_goal = d.pop("primaryGoal", UNSET)

        target_customer = d.pop("targetCustomer", UNSET)

        tone = d.pop("tone", UNSET)

        greeting_style = d.pop("greetingStyle", UNSET)

        offerings = d.pop("offerings", UNSET)

        hours = d.pop("hours", UNSET)

        booking_link = d.pop("bookingLink", UNSET)

        required_fields = d.pop("requiredFields", UNSET)

        faqs = d.pop("faqs", UNSET)

        disallowed = d.pop("disallowed", UNSET)

        escalation = d.pop("escalation", UNSET)

        policies = d.pop("policies", UNSET)

        extra = d.pop("extra", UNSET)

        generate_agent_prompt_body = cls(
            template_id=template_id,
            agent_name=agent_name,
            business_name=business_name,
            industry=industry,
            location=location,
            timezone=timezone,
            languages=languages,
            primary_goal=primary_goal,
            target_customer=target_customer,
            tone=tone,
            greeting_style=greeting_style,
            offerings=offerings,
            hours=hours,
            booking_link=booking_link,
            required_fields=required_fields,
            faqs=faqs,
            disallowed=disallowed,
            escalation=escalation,
            policies=policies,
            extra=extra,
        )

        return generate_agent_prompt_body
