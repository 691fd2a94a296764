"""Contains all the data models used in inputs/outputs"""

from .add_call_label_body import AddCallLabelBody
from .add_call_label_response_200 import AddCallLabelResponse200
from .add_call_label_response_201 import AddCallLabelResponse201
from .add_campaign_recipients_body import AddCampaignRecipientsBody
from .add_campaign_recipients_body_recipients_item import AddCampaignRecipientsBodyRecipientsItem
from .add_campaign_recipients_body_recipients_item_variables import AddCampaignRecipientsBodyRecipientsItemVariables
from .add_campaign_recipients_recipient_import_result import AddCampaignRecipientsRecipientImportResult
from .add_campaign_recipients_recipient_import_result_rejected_item import (
    AddCampaignRecipientsRecipientImportResultRejectedItem,
)
from .add_dnc_entry_body import AddDncEntryBody
from .add_member_body import AddMemberBody
from .add_member_body_role_type_0 import AddMemberBodyRoleType0
from .add_member_body_role_type_1 import AddMemberBodyRoleType1
from .add_member_body_role_type_2 import AddMemberBodyRoleType2
from .admin_update_workspace_billing_body import AdminUpdateWorkspaceBillingBody
from .agent import Agent
from .agent_analytics import AgentAnalytics
from .agent_analytics_latest_type_0 import AgentAnalyticsLatestType0
from .agent_analytics_latest_type_0_latency import AgentAnalyticsLatestType0Latency
from .agent_analytics_totals import AgentAnalyticsTotals
from .agent_analytics_totals_sentiment import AgentAnalyticsTotalsSentiment
from .agent_background_audio import AgentBackgroundAudio
from .agent_background_audio_preset import AgentBackgroundAudioPreset
from .agent_call_settings import AgentCallSettings
from .agent_config import AgentConfig
from .agent_config_agent import AgentConfigAgent
from .agent_config_background_audio import AgentConfigBackgroundAudio
from .agent_config_call_settings import AgentConfigCallSettings
from .agent_config_default_dynamic_variables import AgentConfigDefaultDynamicVariables
from .agent_config_knowledge import AgentConfigKnowledge
from .agent_config_phone_number import AgentConfigPhoneNumber
from .agent_config_tool_configs import AgentConfigToolConfigs
from .agent_config_variant_type_0 import AgentConfigVariantType0
from .agent_config_variant_type_0_prompt_mode import AgentConfigVariantType0PromptMode
from .agent_config_voice import AgentConfigVoice
from .agent_config_welcome import AgentConfigWelcome
from .agent_config_welcome_mode_type_0 import AgentConfigWelcomeModeType0
from .agent_config_welcome_mode_type_1 import AgentConfigWelcomeModeType1
from .agent_default_dynamic_variables import AgentDefaultDynamicVariables
from .agent_end_call_body import AgentEndCallBody
from .agent_end_call_body_transcript_item import AgentEndCallBodyTranscriptItem
from .agent_end_call_response_200 import AgentEndCallResponse200
from .agent_settings import AgentSettings
from .agent_tool_configs import AgentToolConfigs
from .agent_variant import AgentVariant
from .agent_variant_prompt_mode import AgentVariantPromptMode
from .agent_variant_voice_type_0 import AgentVariantVoiceType0
from .agent_variant_welcome_type_0 import AgentVariantWelcomeType0
from .agent_variant_welcome_type_0_ai_message_mode import AgentVariantWelcomeType0AiMessageMode
from .agent_variant_welcome_type_0_mode_type_0 import AgentVariantWelcomeType0ModeType0
from .agent_variant_welcome_type_0_mode_type_1 import AgentVariantWelcomeType0ModeType1
from .agent_voice import AgentVoice
from .agent_welcome import AgentWelcome
from .agent_welcome_ai_message_mode import AgentWelcomeAiMessageMode
from .agent_welcome_mode_type_0 import AgentWelcomeModeType0
from .agent_welcome_mode_type_1 import AgentWelcomeModeType1
from .analyze_call_response_202 import AnalyzeCallResponse202
from .api_key import ApiKey
from .auto_evaluate_call_response_201 import AutoEvaluateCallResponse201
from .billing_redirect import BillingRedirect
from .billing_status import BillingStatus
from .billing_status_concurrency import BillingStatusConcurrency
from .billing_status_mode_type_0 import BillingStatusModeType0
from .billing_status_mode_type_1 import BillingStatusModeType1
from .billing_status_mode_type_2 import BillingStatusModeType2
from .billing_status_period import BillingStatusPeriod
from .billing_status_spend import BillingStatusSpend
from .billing_status_stripe import BillingStatusStripe
from .billing_status_trial import BillingStatusTrial
from .call import Call
from .call_analysis import CallAnalysis
from .call_analysis_custom import CallAnalysisCustom
from .call_analysis_sentiment_type_0 import CallAnalysisSentimentType0
from .call_analysis_status import CallAnalysisStatus
from .call_analysis_tokens import CallAnalysisTokens
from .call_call_cost import CallCallCost
from .call_call_cost_call_cost_line import CallCallCostCallCostLine
from .call_call_cost_charged_to_type_0 import CallCallCostChargedToType0
from .call_call_cost_charged_to_type_1 import CallCallCostChargedToType1
from .call_call_cost_charged_to_type_2 import CallCallCostChargedToType2
from .call_direction_type_0 import CallDirectionType0
from .call_direction_type_1 import CallDirectionType1
from .call_direction_type_2 import CallDirectionType2
from .call_evaluation import CallEvaluation
from .call_evaluation_source import CallEvaluationSource
from .call_label import CallLabel
from .call_metrics import CallMetrics
from .call_metrics_body import CallMetricsBody
from .call_metrics_body_events_type_0_item import CallMetricsBodyEventsType0Item
from .call_metrics_body_events_type_0_item_type_type_0 import CallMetricsBodyEventsType0ItemTypeType0
from .call_metrics_body_events_type_0_item_type_type_1 import CallMetricsBodyEventsType0ItemTypeType1
from .call_metrics_body_events_type_0_item_type_type_2 import CallMetricsBodyEventsType0ItemTypeType2
from .call_metrics_body_events_type_0_item_type_type_3 import CallMetricsBodyEventsType0ItemTypeType3
from .call_metrics_body_latency_type_0 import CallMetricsBodyLatencyType0
from .call_metrics_body_models_type_0 import CallMetricsBodyModelsType0
from .call_metrics_body_normalized_type_0 import CallMetricsBodyNormalizedType0
from .call_metrics_body_normalized_type_0_source_type_0 import CallMetricsBodyNormalizedType0SourceType0
from .call_metrics_body_normalized_type_0_source_type_1 import CallMetricsBodyNormalizedType0SourceType1
from .call_metrics_body_normalized_type_0_source_type_2 import CallMetricsBodyNormalizedType0SourceType2
from .call_metrics_body_telephony_type_0 import CallMetricsBodyTelephonyType0
from .call_metrics_body_usage_type_0 import CallMetricsBodyUsageType0
from .call_metrics_latency import CallMetricsLatency
from .call_metrics_models import CallMetricsModels
from .call_metrics_normalized import CallMetricsNormalized
from .call_metrics_telephony import CallMetricsTelephony
from .call_metrics_usage import CallMetricsUsage
from .call_recording import CallRecording
from .call_status_type_0 import CallStatusType0
from .call_status_type_1 import CallStatusType1
from .call_status_type_2 import CallStatusType2
from .call_status_type_3 import CallStatusType3
from .call_status_type_4 import CallStatusType4
from .call_transcript_item import CallTranscriptItem
from .call_variables import CallVariables
from .campaign import Campaign
from .campaign_progress import CampaignProgress
from .campaign_progress_by_outcome import CampaignProgressByOutcome
from .campaign_progress_by_status import CampaignProgressByStatus
from .campaign_recipient import CampaignRecipient
from .campaign_recipient_status_type_0 import CampaignRecipientStatusType0
from .campaign_recipient_status_type_1 import CampaignRecipientStatusType1
from .campaign_recipient_status_type_2 import CampaignRecipientStatusType2
from .campaign_recipient_status_type_3 import CampaignRecipientStatusType3
from .campaign_recipient_status_type_4 import CampaignRecipientStatusType4
from .campaign_recipient_status_type_5 import CampaignRecipientStatusType5
from .campaign_recipient_status_type_6 import CampaignRecipientStatusType6
from .campaign_recipient_status_type_7 import CampaignRecipientStatusType7
from .campaign_recipient_variables import CampaignRecipientVariables
from .campaign_retry import CampaignRetry
from .campaign_retry_backoff_type_0 import CampaignRetryBackoffType0
from .campaign_retry_backoff_type_1 import CampaignRetryBackoffType1
from .campaign_retry_on_item_type_0 import CampaignRetryOnItemType0
from .campaign_retry_on_item_type_1 import CampaignRetryOnItemType1
from .campaign_retry_on_item_type_2 import CampaignRetryOnItemType2
from .campaign_retry_on_item_type_3 import CampaignRetryOnItemType3
from .campaign_status_type_0 import CampaignStatusType0
from .campaign_status_type_1 import CampaignStatusType1
from .campaign_status_type_2 import CampaignStatusType2
from .campaign_status_type_3 import CampaignStatusType3
from .campaign_status_type_4 import CampaignStatusType4
from .campaign_status_type_5 import CampaignStatusType5
from .campaign_variables import CampaignVariables
from .campaign_window import CampaignWindow
from .campaign_window_days_item_type_0 import CampaignWindowDaysItemType0
from .campaign_window_days_item_type_1 import CampaignWindowDaysItemType1
from .campaign_window_days_item_type_2 import CampaignWindowDaysItemType2
from .campaign_window_days_item_type_3 import CampaignWindowDaysItemType3
from .campaign_window_days_item_type_4 import CampaignWindowDaysItemType4
from .campaign_window_days_item_type_5 import CampaignWindowDaysItemType5
from .campaign_window_days_item_type_6 import CampaignWindowDaysItemType6
from .change_password_body import ChangePasswordBody
from .change_password_response_200 import ChangePasswordResponse200
from .create_agent_body import CreateAgentBody
from .create_agent_body_background_audio import CreateAgentBodyBackgroundAudio
from .create_agent_body_background_audio_preset import CreateAgentBodyBackgroundAudioPreset
from .create_agent_body_call_settings import CreateAgentBodyCallSettings
from .create_agent_body_default_dynamic_variables import CreateAgentBodyDefaultDynamicVariables
from .create_agent_body_post_call_data_extraction_item import CreateAgentBodyPostCallDataExtractionItem
from .create_agent_body_post_call_data_extraction_item_type import CreateAgentBodyPostCallDataExtractionItemType
from .create_agent_body_settings import CreateAgentBodySettings
from .create_agent_body_tool_configs import CreateAgentBodyToolConfigs
from .create_agent_body_voice import CreateAgentBodyVoice
from .create_agent_body_welcome import CreateAgentBodyWelcome
from .create_agent_body_welcome_ai_message_mode import CreateAgentBodyWelcomeAiMessageMode
from .create_agent_body_welcome_mode_type_0 import CreateAgentBodyWelcomeModeType0
from .create_agent_body_welcome_mode_type_1 import CreateAgentBodyWelcomeModeType1
from .create_agent_variant_body import CreateAgentVariantBody
from .create_agent_variant_body_prompt_mode import CreateAgentVariantBodyPromptMode
from .create_agent_variant_body_voice_type_0 import CreateAgentVariantBodyVoiceType0
from .create_agent_variant_body_welcome_type_0 import CreateAgentVariantBodyWelcomeType0
from .create_agent_variant_body_welcome_type_0_ai_message_mode import CreateAgentVariantBodyWelcomeType0AiMessageMode
from .create_agent_variant_body_welcome_type_0_mode_type_0 import CreateAgentVariantBodyWelcomeType0ModeType0
from .create_agent_variant_body_welcome_type_0_mode_type_1 import CreateAgentVariantBodyWelcomeType0ModeType1
from .create_api_key_body import CreateApiKeyBody
from .create_api_key_response_201 import CreateApiKeyResponse201
from .create_call_evaluation_body import CreateCallEvaluationBody
from .create_call_evaluation_response_201 import CreateCallEvaluationResponse201
from .create_campaign_body import CreateCampaignBody
from .create_campaign_body_retry import CreateCampaignBodyRetry
from .create_campaign_body_retry_backoff_type_0 import CreateCampaignBodyRetryBackoffType0
from .create_campaign_body_retry_backoff_type_1 import CreateCampaignBodyRetryBackoffType1
from .create_campaign_body_retry_on_item_type_0 import CreateCampaignBodyRetryOnItemType0
from .create_campaign_body_retry_on_item_type_1 import CreateCampaignBodyRetryOnItemType1
from .create_campaign_body_retry_on_item_type_2 import CreateCampaignBodyRetryOnItemType2
from .create_campaign_body_retry_on_item_type_3 import CreateCampaignBodyRetryOnItemType3
from .create_campaign_body_variables import CreateCampaignBodyVariables
from .create_campaign_body_window import CreateCampaignBodyWindow
from .create_campaign_body_window_days_item_type_0 import CreateCampaignBodyWindowDaysItemType0
from .create_campaign_body_window_days_item_type_1 import CreateCampaignBodyWindowDaysItemType1
from .create_campaign_body_window_days_item_type_2 import CreateCampaignBodyWindowDaysItemType2
from .create_campaign_body_window_days_item_type_3 import CreateCampaignBodyWindowDaysItemType3
from .create_campaign_body_window_days_item_type_4 import CreateCampaignBodyWindowDaysItemType4
from .create_campaign_body_window_days_item_type_5 import CreateCampaignBodyWindowDaysItemType5
from .create_campaign_body_window_days_item_type_6 import CreateCampaignBodyWindowDaysItemType6
from .create_kb_folder_body import CreateKbFolderBody
from .create_kb_text_document_body import CreateKbTextDocumentBody
from .create_kb_text_document_body_kind_type_0 import CreateKbTextDocumentBodyKindType0
from .create_kb_text_document_body_kind_type_1 import CreateKbTextDocumentBodyKindType1
from .create_kb_text_document_body_language_type_0 import CreateKbTextDocumentBodyLanguageType0
from .create_kb_text_document_body_language_type_1 import CreateKbTextDocumentBodyLanguageType1
from .create_kb_text_document_body_language_type_2 import CreateKbTextDocumentBodyLanguageType2
from .create_kb_text_document_body_language_type_3 import CreateKbTextDocumentBodyLanguageType3
from .create_kb_text_document_body_language_type_4 import CreateKbTextDocumentBodyLanguageType4
from .create_kb_text_document_body_language_type_5 import CreateKbTextDocumentBodyLanguageType5
from .create_kb_text_document_body_language_type_6 import CreateKbTextDocumentBodyLanguageType6
from .create_kb_text_document_body_language_type_7 import CreateKbTextDocumentBodyLanguageType7
from .create_outbound_call_body import CreateOutboundCallBody
from .create_outbound_call_body_variables import CreateOutboundCallBodyVariables
from .create_outbound_call_response_201 import CreateOutboundCallResponse201
from .create_phone_number_body import CreatePhoneNumberBody
from .create_workspace_body import CreateWorkspaceBody
from .delete_call_label_body import DeleteCallLabelBody
from .delete_call_label_response_200 import DeleteCallLabelResponse200
from .dnc_entry import DncEntry
from .dnc_entry_source_type_0 import DncEntrySourceType0
from .dnc_entry_source_type_1 import DncEntrySourceType1
from .dnc_entry_source_type_2 import DncEntrySourceType2
from .dnc_entry_source_type_3 import DncEntrySourceType3
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .evaluation_details import EvaluationDetails
from .export_call_format import ExportCallFormat
from .export_call_response_200 import ExportCallResponse200
from .generate_agent_prompt_body import GenerateAgentPromptBody
from .generate_agent_prompt_response_200 import GenerateAgentPromptResponse200
from .generate_agent_prompt_response_200_welcome import GenerateAgentPromptResponse200Welcome
from .generate_agent_prompt_response_200_welcome_ai_message_mode import (
    GenerateAgentPromptResponse200WelcomeAiMessageMode,
)
from .generate_agent_prompt_response_200_welcome_mode_type_0 import GenerateAgentPromptResponse200WelcomeModeType0
from .generate_agent_prompt_response_200_welcome_mode_type_1 import GenerateAgentPromptResponse200WelcomeModeType1
from .get_campaign_recipient_campaign_recipient_with_attempts import GetCampaignRecipientCampaignRecipientWithAttempts
from .get_campaign_recipient_campaign_recipient_with_attempts_attempt_log_item import (
    GetCampaignRecipientCampaignRecipientWithAttemptsAttemptLogItem,
)
from .get_health_response_200 import GetHealthResponse200
from .get_health_response_200_db_type_0 import GetHealthResponse200DbType0
from .get_health_response_200_db_type_1 import GetHealthResponse200DbType1
from .get_health_response_200_integrations import GetHealthResponse200Integrations
from .get_health_response_200_integrations_additional_property import GetHealthResponse200IntegrationsAdditionalProperty
from .get_health_response_200_status_type_0 import GetHealthResponse200StatusType0
from .get_health_response_200_status_type_1 import GetHealthResponse200StatusType1
from .get_health_response_200_stripe_catalog import GetHealthResponse200StripeCatalog
from .get_health_response_200_stripe_catalog_status_type_0 import GetHealthResponse200StripeCatalogStatusType0
from .get_health_response_200_stripe_catalog_status_type_1 import GetHealthResponse200StripeCatalogStatusType1
from .get_health_response_200_stripe_catalog_status_type_2 import GetHealthResponse200StripeCatalogStatusType2
from .get_health_response_503 import GetHealthResponse503
from .get_health_response_503_db_type_0 import GetHealthResponse503DbType0
from .get_health_response_503_db_type_1 import GetHealthResponse503DbType1
from .get_health_response_503_integrations import GetHealthResponse503Integrations
from .get_health_response_503_integrations_additional_property import GetHealthResponse503IntegrationsAdditionalProperty
from .get_health_response_503_status_type_0 import GetHealthResponse503StatusType0
from .get_health_response_503_status_type_1 import GetHealthResponse503StatusType1
from .get_health_response_503_stripe_catalog import GetHealthResponse503StripeCatalog
from .get_health_response_503_stripe_catalog_status_type_0 import GetHealthResponse503StripeCatalogStatusType0
from .get_health_response_503_stripe_catalog_status_type_1 import GetHealthResponse503StripeCatalogStatusType1
from .get_health_response_503_stripe_catalog_status_type_2 import GetHealthResponse503StripeCatalogStatusType2
from .get_me_response_200 import GetMeResponse200
from .get_usage_analytics_group_by_type_0 import GetUsageAnalyticsGroupByType0
from .get_usage_analytics_group_by_type_1 import GetUsageAnalyticsGroupByType1
from .get_usage_analytics_group_by_type_2 import GetUsageAnalyticsGroupByType2
from .get_webhook_delivery_webhook_delivery_with_attempts import GetWebhookDeliveryWebhookDeliveryWithAttempts
from .import_campaign_recipients_csv_recipient_import_result import ImportCampaignRecipientsCsvRecipientImportResult
from .import_campaign_recipients_csv_recipient_import_result_rejected_item import (
    ImportCampaignRecipientsCsvRecipientImportResultRejectedItem,
)
from .import_dnc_entries_body import ImportDncEntriesBody
from .import_dnc_entries_body_entries_item import ImportDncEntriesBodyEntriesItem
from .import_dnc_entries_dnc_import_result import ImportDncEntriesDncImportResult
from .import_dnc_entries_dnc_import_result_rejected_item import ImportDncEntriesDncImportResultRejectedItem
from .inbound_diagnostics import InboundDiagnostics
from .inbound_diagnostics_checks_item import InboundDiagnosticsChecksItem
from .inbound_diagnostics_numbers_item import InboundDiagnosticsNumbersItem
from .inbound_diagnostics_numbers_item_status_type_0 import InboundDiagnosticsNumbersItemStatusType0
from .inbound_diagnostics_numbers_item_status_type_1 import InboundDiagnosticsNumbersItemStatusType1
from .inbound_diagnostics_numbers_item_status_type_2 import InboundDiagnosticsNumbersItemStatusType2
from .invoice import Invoice
from .invoice_invoice_line import InvoiceInvoiceLine
from .invoices import Invoices
from .kb_document import KbDocument
from .kb_document_error_type_0 import KbDocumentErrorType0
from .kb_document_kind_type_0 import KbDocumentKindType0
from .kb_document_kind_type_1 import KbDocumentKindType1
from .kb_document_kind_type_2 import KbDocumentKindType2
from .kb_document_status_type_0 import KbDocumentStatusType0
from .kb_document_status_type_1 import KbDocumentStatusType1
from .kb_document_status_type_2 import KbDocumentStatusType2
from .kb_document_summary import KbDocumentSummary
from .kb_document_summary_error_type_0 import KbDocumentSummaryErrorType0
from .kb_document_summary_kind_type_0 import KbDocumentSummaryKindType0
from .kb_document_summary_kind_type_1 import KbDocumentSummaryKindType1
from .kb_document_summary_kind_type_2 import KbDocumentSummaryKindType2
from .kb_document_summary_status_type_0 import KbDocumentSummaryStatusType0
from .kb_document_summary_status_type_1 import KbDocumentSummaryStatusType1
from .kb_document_summary_status_type_2 import KbDocumentSummaryStatusType2
from .kb_folder import KbFolder
from .kb_search_response import KbSearchResponse
from .kb_search_result import KbSearchResult
from .list_agent_variants_response_200 import ListAgentVariantsResponse200
from .list_agents_agent_page import ListAgentsAgentPage
from .list_api_keys_response_200 import ListApiKeysResponse200
from .list_call_evaluations_response_200 import ListCallEvaluationsResponse200
from .list_call_labels_response_200 import ListCallLabelsResponse200
from .list_calls_call_page import ListCallsCallPage
from .list_calls_direction_type_0 import ListCallsDirectionType0
from .list_calls_direction_type_1 import ListCallsDirectionType1
from .list_calls_direction_type_2 import ListCallsDirectionType2
from .list_calls_sentiment import ListCallsSentiment
from .list_calls_status_type_0 import ListCallsStatusType0
from .list_calls_status_type_1 import ListCallsStatusType1
from .list_calls_status_type_2 import ListCallsStatusType2
from .list_calls_status_type_3 import ListCallsStatusType3
from .list_calls_status_type_4 import ListCallsStatusType4
from .list_campaign_recipients_campaign_recipient_page import ListCampaignRecipientsCampaignRecipientPage
from .list_campaign_recipients_status_type_0 import ListCampaignRecipientsStatusType0
from .list_campaign_recipients_status_type_1 import ListCampaignRecipientsStatusType1
from .list_campaign_recipients_status_type_2 import ListCampaignRecipientsStatusType2
from .list_campaign_recipients_status_type_3 import ListCampaignRecipientsStatusType3
from .list_campaign_recipients_status_type_4 import ListCampaignRecipientsStatusType4
from .list_campaign_recipients_status_type_5 import ListCampaignRecipientsStatusType5
from .list_campaign_recipients_status_type_6 import ListCampaignRecipientsStatusType6
from .list_campaign_recipients_status_type_7 import ListCampaignRecipientsStatusType7
from .list_campaigns_campaign_page import ListCampaignsCampaignPage
from .list_campaigns_status_type_0 import ListCampaignsStatusType0
from .list_campaigns_status_type_1 import ListCampaignsStatusType1
from .list_campaigns_status_type_2 import ListCampaignsStatusType2
from .list_campaigns_status_type_3 import ListCampaignsStatusType3
from .list_campaigns_status_type_4 import ListCampaignsStatusType4
from .list_campaigns_status_type_5 import ListCampaignsStatusType5
from .list_dnc_entries_dnc_entry_page import ListDncEntriesDncEntryPage
from .list_kb_documents_kb_document_page import ListKbDocumentsKbDocumentPage
from .list_kb_folders_kb_folder_page import ListKbFoldersKbFolderPage
from .list_members_response_200 import ListMembersResponse200
from .list_phone_numbers_phone_number_page import ListPhoneNumbersPhoneNumberPage
from .list_webhook_deliveries_event_type_0 import ListWebhookDeliveriesEventType0
from .list_webhook_deliveries_event_type_1 import ListWebhookDeliveriesEventType1
from .list_webhook_deliveries_event_type_2 import ListWebhookDeliveriesEventType2
from .list_webhook_deliveries_status_type_0 import ListWebhookDeliveriesStatusType0
from .list_webhook_deliveries_status_type_1 import ListWebhookDeliveriesStatusType1
from .list_webhook_deliveries_status_type_2 import ListWebhookDeliveriesStatusType2
from .list_webhook_deliveries_webhook_delivery_page import ListWebhookDeliveriesWebhookDeliveryPage
from .list_workspaces_response_200 import ListWorkspacesResponse200
from .login_body import LoginBody
from .login_response_200 import LoginResponse200
from .mark_campaign_recipient_dnc_body import MarkCampaignRecipientDncBody
from .member import Member
from .member_role_type_0 import MemberRoleType0
from .member_role_type_1 import MemberRoleType1
from .member_role_type_2 import MemberRoleType2
from .membership import Membership
from .membership_role_type_0 import MembershipRoleType0
from .membership_role_type_1 import MembershipRoleType1
from .membership_role_type_2 import MembershipRoleType2
from .phone_number import PhoneNumber
from .phone_number_provider import PhoneNumberProvider
from .phone_number_source_type_0 import PhoneNumberSourceType0
from .phone_number_source_type_1 import PhoneNumberSourceType1
from .phone_number_status_type_0 import PhoneNumberStatusType0
from .phone_number_status_type_1 import PhoneNumberStatusType1
from .phone_number_status_type_2 import PhoneNumberStatusType2
from .post_call_metrics_response_200 import PostCallMetricsResponse200
from .preview_voice_body import PreviewVoiceBody
from .preview_voice_body_provider import PreviewVoiceBodyProvider
from .put_kb_folder_body import PutKbFolderBody
from .rate_card import RateCard
from .rate_card_llm_surcharge_usd_per_min_by_model import RateCardLlmSurchargeUsdPerMinByModel
from .rate_card_rate_card_meter import RateCardRateCardMeter
from .receive_live_kit_webhook_response_200 import ReceiveLiveKitWebhookResponse200
from .receive_stripe_webhook_response_200 import ReceiveStripeWebhookResponse200
from .receive_twilio_inbound_body import ReceiveTwilioInboundBody
from .recording_state import RecordingState
from .recording_state_recording import RecordingStateRecording
from .recording_url import RecordingUrl
from .reprovision_phone_number_body import ReprovisionPhoneNumberBody
from .reprovision_phone_number_reprovision_result import ReprovisionPhoneNumberReprovisionResult
from .reprovision_phone_number_reprovision_result_steps_item import ReprovisionPhoneNumberReprovisionResultStepsItem
from .search_available_phone_numbers_available_numbers import SearchAvailablePhoneNumbersAvailableNumbers
from .search_available_phone_numbers_available_numbers_numbers_item import (
    SearchAvailablePhoneNumbersAvailableNumbersNumbersItem,
)
from .search_available_phone_numbers_available_numbers_numbers_item_capabilities_type_0 import (
    SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0,
)
from .search_available_phone_numbers_type_type_0 import SearchAvailablePhoneNumbersTypeType0
from .search_available_phone_numbers_type_type_1 import SearchAvailablePhoneNumbersTypeType1
from .search_available_phone_numbers_type_type_2 import SearchAvailablePhoneNumbersTypeType2
from .search_kb_body import SearchKbBody
from .search_kb_for_call_body import SearchKbForCallBody
from .signup_body import SignupBody
from .signup_response_201 import SignupResponse201
from .start_agent_web_call_response_201 import StartAgentWebCallResponse201
from .start_inbound_call_body import StartInboundCallBody
from .start_outbound_call_body import StartOutboundCallBody
from .start_web_call_body import StartWebCallBody
from .start_web_call_response_201 import StartWebCallResponse201
from .switch_workspace_body import SwitchWorkspaceBody
from .switch_workspace_response_200 import SwitchWorkspaceResponse200
from .sync_transcript_body import SyncTranscriptBody
from .sync_transcript_body_transcript_item import SyncTranscriptBodyTranscriptItem
from .sync_transcript_response_200 import SyncTranscriptResponse200
from .transfer_call_body import TransferCallBody
from .transfer_call_response_200 import TransferCallResponse200
from .update_agent_body import UpdateAgentBody
from .update_agent_body_background_audio import UpdateAgentBodyBackgroundAudio
from .update_agent_body_background_audio_preset import UpdateAgentBodyBackgroundAudioPreset
from .update_agent_body_call_settings import UpdateAgentBodyCallSettings
from .update_agent_body_default_dynamic_variables import UpdateAgentBodyDefaultDynamicVariables
from .update_agent_body_post_call_data_extraction_item import UpdateAgentBodyPostCallDataExtractionItem
from .update_agent_body_post_call_data_extraction_item_type import UpdateAgentBodyPostCallDataExtractionItemType
from .update_agent_body_settings import UpdateAgentBodySettings
from .update_agent_body_tool_configs import UpdateAgentBodyToolConfigs
from .update_agent_body_voice import UpdateAgentBodyVoice
from .update_agent_body_welcome import UpdateAgentBodyWelcome
from .update_agent_body_welcome_ai_message_mode import UpdateAgentBodyWelcomeAiMessageMode
from .update_agent_body_welcome_mode_type_0 import UpdateAgentBodyWelcomeModeType0
from .update_agent_body_welcome_mode_type_1 import UpdateAgentBodyWelcomeModeType1
from .update_agent_variant_body import UpdateAgentVariantBody
from .update_agent_variant_body_prompt_mode import UpdateAgentVariantBodyPromptMode
from .update_agent_variant_body_voice_type_0 import UpdateAgentVariantBodyVoiceType0
from .update_agent_variant_body_welcome_type_0 import UpdateAgentVariantBodyWelcomeType0
from .update_agent_variant_body_welcome_type_0_ai_message_mode import UpdateAgentVariantBodyWelcomeType0AiMessageMode
from .update_agent_variant_body_welcome_type_0_mode_type_0 import UpdateAgentVariantBodyWelcomeType0ModeType0
from .update_agent_variant_body_welcome_type_0_mode_type_1 import UpdateAgentVariantBodyWelcomeType0ModeType1
from .update_billing_settings_body import UpdateBillingSettingsBody
from .update_call_evaluation_body import UpdateCallEvaluationBody
from .update_call_evaluation_response_200 import UpdateCallEvaluationResponse200
from .update_campaign_body import UpdateCampaignBody
from .update_campaign_body_retry import UpdateCampaignBodyRetry
from .update_campaign_body_retry_backoff_type_0 import UpdateCampaignBodyRetryBackoffType0
from .update_campaign_body_retry_backoff_type_1 import UpdateCampaignBodyRetryBackoffType1
from .update_campaign_body_retry_on_item_type_0 import UpdateCampaignBodyRetryOnItemType0
from .update_campaign_body_retry_on_item_type_1 import UpdateCampaignBodyRetryOnItemType1
from .update_campaign_body_retry_on_item_type_2 import UpdateCampaignBodyRetryOnItemType2
from .update_campaign_body_retry_on_item_type_3 import UpdateCampaignBodyRetryOnItemType3
from .update_campaign_body_variables import UpdateCampaignBodyVariables
from .update_campaign_body_window import UpdateCampaignBodyWindow
from .update_campaign_body_window_days_item_type_0 import UpdateCampaignBodyWindowDaysItemType0
from .update_campaign_body_window_days_item_type_1 import UpdateCampaignBodyWindowDaysItemType1
from .update_campaign_body_window_days_item_type_2 import UpdateCampaignBodyWindowDaysItemType2
from .update_campaign_body_window_days_item_type_3 import UpdateCampaignBodyWindowDaysItemType3
from .update_campaign_body_window_days_item_type_4 import UpdateCampaignBodyWindowDaysItemType4
from .update_campaign_body_window_days_item_type_5 import UpdateCampaignBodyWindowDaysItemType5
from .update_campaign_body_window_days_item_type_6 import UpdateCampaignBodyWindowDaysItemType6
from .update_kb_folder_body import UpdateKbFolderBody
from .update_phone_number_body import UpdatePhoneNumberBody
from .update_workspace_body import UpdateWorkspaceBody
from .upgrade_result import UpgradeResult
from .upload_kb_pdf_body import UploadKbPdfBody
from .upload_kb_pdf_language_type_0 import UploadKbPdfLanguageType0
from .upload_kb_pdf_language_type_1 import UploadKbPdfLanguageType1
from .upload_kb_pdf_language_type_2 import UploadKbPdfLanguageType2
from .upload_kb_pdf_language_type_3 import UploadKbPdfLanguageType3
from .upload_kb_pdf_language_type_4 import UploadKbPdfLanguageType4
from .upload_kb_pdf_language_type_5 import UploadKbPdfLanguageType5
from .upload_kb_pdf_language_type_6 import UploadKbPdfLanguageType6
from .upload_kb_pdf_language_type_7 import UploadKbPdfLanguageType7
from .usage_report import UsageReport
from .usage_report_groups_item import UsageReportGroupsItem
from .usage_report_groups_item_sentiment import UsageReportGroupsItemSentiment
from .usage_report_totals import UsageReportTotals
from .usage_report_totals_sentiment import UsageReportTotalsSentiment
from .usage_summary import UsageSummary
from .usage_summary_mode_type_0 import UsageSummaryModeType0
from .usage_summary_mode_type_1 import UsageSummaryModeType1
from .usage_summary_mode_type_2 import UsageSummaryModeType2
from .usage_summary_usage_line import UsageSummaryUsageLine
from .user import User
from .verify_upgrade_result import VerifyUpgradeResult
from .verify_upgrade_result_status_type_0 import VerifyUpgradeResultStatusType0
from .verify_upgrade_result_status_type_1 import VerifyUpgradeResultStatusType1
from .verify_upgrade_result_status_type_2 import VerifyUpgradeResultStatusType2
from .webhook_delivery import WebhookDelivery
from .webhook_delivery_attempt import WebhookDeliveryAttempt
from .webhook_delivery_event_type_0 import WebhookDeliveryEventType0
from .webhook_delivery_event_type_1 import WebhookDeliveryEventType1
from .webhook_delivery_event_type_2 import WebhookDeliveryEventType2
from .webhook_delivery_status_type_0 import WebhookDeliveryStatusType0
from .webhook_delivery_status_type_1 import WebhookDeliveryStatusType1
from .webhook_delivery_status_type_2 import WebhookDeliveryStatusType2
from .webhook_secret import WebhookSecret
from .workspace import Workspace

__all__ = (
    "AddCallLabelBody",
    "AddCallLabelResponse200",
    "AddCallLabelResponse201",
    "AddCampaignRecipientsBody",
    "AddCampaignRecipientsBodyRecipientsItem",
    "AddCampaignRecipientsBodyRecipientsItemVariables",
    "AddCampaignRecipientsRecipientImportResult",
    "AddCampaignRecipientsRecipientImportResultRejectedItem",
    "AddDncEntryBody",
    "AddMemberBody",
    "AddMemberBodyRoleType0",
    "AddMemberBodyRoleType1",
    "AddMemberBodyRoleType2",
    "AdminUpdateWorkspaceBillingBody",
    "Agent",
    "AgentAnalytics",
    "AgentAnalyticsLatestType0",
    "AgentAnalyticsLatestType0Latency",
    "AgentAnalyticsTotals",
    "AgentAnalyticsTotalsSentiment",
    "AgentBackgroundAudio",
    "AgentBackgroundAudioPreset",
    "AgentCallSettings",
    "AgentConfig",
    "AgentConfigAgent",
    "AgentConfigBackgroundAudio",
    "AgentConfigCallSettings",
    "AgentConfigDefaultDynamicVariables",
    "AgentConfigKnowledge",
    "AgentConfigPhoneNumber",
    "AgentConfigToolConfigs",
    "AgentConfigVariantType0",
    "AgentConfigVariantType0PromptMode",
    "AgentConfigVoice",
    "AgentConfigWelcome",
    "AgentConfigWelcomeModeType0",
    "AgentConfigWelcomeModeType1",
    "AgentDefaultDynamicVariables",
    "AgentEndCallBody",
    "AgentEndCallBodyTranscriptItem",
    "AgentEndCallResponse200",
    "AgentSettings",
    "AgentToolConfigs",
    "AgentVariant",
    "AgentVariantPromptMode",
    "AgentVariantVoiceType0",
    "AgentVariantWelcomeType0",
    "AgentVariantWelcomeType0AiMessageMode",
    "AgentVariantWelcomeType0ModeType0",
    "AgentVariantWelcomeType0ModeType1",
    "AgentVoice",
    "AgentWelcome",
    "AgentWelcomeAiMessageMode",
    "AgentWelcomeModeType0",
    "AgentWelcomeModeType1",
    "AnalyzeCallResponse202",
    "ApiKey",
    "AutoEvaluateCallResponse201",
    "BillingRedirect",
    "BillingStatus",
    "BillingStatusConcurrency",
    "BillingStatusModeType0",
    "BillingStatusModeType1",
    "BillingStatusModeType2",
    "BillingStatusPeriod",
    "BillingStatusSpend",
    "BillingStatusStripe",
    "BillingStatusTrial",
    "Call",
    "CallAnalysis",
    "CallAnalysisCustom",
    "CallAnalysisSentimentType0",
    "CallAnalysisStatus",
    "CallAnalysisTokens",
    "CallCallCost",
    "CallCallCostCallCostLine",
    "CallCallCostChargedToType0",
    "CallCallCostChargedToType1",
    "CallCallCostChargedToType2",
    "CallDirectionType0",
    "CallDirectionType1",
    "CallDirectionType2",
    "CallEvaluation",
    "CallEvaluationSource",
    "CallLabel",
    "CallMetrics",
    "CallMetricsBody",
    "CallMetricsBodyEventsType0Item",
    "CallMetricsBodyEventsType0ItemTypeType0",
    "CallMetricsBodyEventsType0ItemTypeType1",
    "CallMetricsBodyEventsType0ItemTypeType2",
    "CallMetricsBodyEventsType0ItemTypeType3",
    "CallMetricsBodyLatencyType0",
    "CallMetricsBodyModelsType0",
    "CallMetricsBodyNormalizedType0",
    "CallMetricsBodyNormalizedType0SourceType0",
    "CallMetricsBodyNormalizedType0SourceType1",
    "CallMetricsBodyNormalizedType0SourceType2",
    "CallMetricsBodyTelephonyType0",
    "CallMetricsBodyUsageType0",
    "CallMetricsLatency",
    "CallMetricsModels",
    "CallMetricsNormalized",
    "CallMetricsTelephony",
    "CallMetricsUsage",
    "CallRecording",
    "CallStatusType0",
    "CallStatusType1",
    "CallStatusType2",
    "CallStatusType3",
    "CallStatusType4",
    "CallTranscriptItem",
    "CallVariables",
    "Campaign",
    "CampaignProgress",
    "CampaignProgressByOutcome",
    "CampaignProgressByStatus",
    "CampaignRecipient",
    "CampaignRecipientStatusType0",
    "CampaignRecipientStatusType1",
    "CampaignRecipientStatusType2",
    "CampaignRecipientStatusType3",
    "CampaignRecipientStatusType4",
    "CampaignRecipientStatusType5",
    "CampaignRecipientStatusType6",
    "CampaignRecipientStatusType7",
    "CampaignRecipientVariables",
    "CampaignRetry",
    "CampaignRetryBackoffType0",
    "CampaignRetryBackoffType1",
    "CampaignRetryOnItemType0",
    "CampaignRetryOnItemType1",
    "CampaignRetryOnItemType2",
    "CampaignRetryOnItemType3",
    "CampaignStatusType0",
    "CampaignStatusType1",
    "CampaignStatusType2",
    "CampaignStatusType3",
    "CampaignStatusType4",
    "CampaignStatusType5",
    "CampaignVariables",
    "CampaignWindow",
    "CampaignWindowDaysItemType0",
    "CampaignWindowDaysItemType1",
    "CampaignWindowDaysItemType2",
    "CampaignWindowDaysItemType3",
    "CampaignWindowDaysItemType4",
    "CampaignWindowDaysItemType5",
    "CampaignWindowDaysItemType6",
    "ChangePasswordBody",
    "ChangePasswordResponse200",
    "CreateAgentBody",
    "CreateAgentBodyBackgroundAudio",
    "CreateAgentBodyBackgroundAudioPreset",
    "CreateAgentBodyCallSettings",
    "CreateAgentBodyDefaultDynamicVariables",
    "CreateAgentBodyPostCallDataExtractionItem",
    "CreateAgentBodyPostCallDataExtractionItemType",
    "CreateAgentBodySettings",
    "CreateAgentBodyToolConfigs",
    "CreateAgentBodyVoice",
    "CreateAgentBodyWelcome",
    "CreateAgentBodyWelcomeAiMessageMode",
    "CreateAgentBodyWelcomeModeType0",
    "CreateAgentBodyWelcomeModeType1",
    "CreateAgentVariantBody",
    "CreateAgentVariantBodyPromptMode",
    "CreateAgentVariantBodyVoiceType0",
    "CreateAgentVariantBodyWelcomeType0",
    "CreateAgentVariantBodyWelcomeType0AiMessageMode",
    "CreateAgentVariantBodyWelcomeType0ModeType0",
    "CreateAgentVariantBodyWelcomeType0ModeType1",
    "CreateApiKeyBody",
    "CreateApiKeyResponse201",
    "CreateCallEvaluationBody",
    "CreateCallEvaluationResponse201",
    "CreateCampaignBody",
    "CreateCampaignBodyRetry",
    "CreateCampaignBodyRetryBackoffType0",
    "CreateCampaignBodyRetryBackoffType1",
    "CreateCampaignBodyRetryOnItemType0",
    "CreateCampaignBodyRetryOnItemType1",
    "CreateCampaignBodyRetryOnItemType2",
    "CreateCampaignBodyRetryOnItemType3",
    "CreateCampaignBodyVariables",
    "CreateCampaignBodyWindow",
    "CreateCampaignBodyWindowDaysItemType0",
    "CreateCampaignBodyWindowDaysItemType1",
    "CreateCampaignBodyWindowDaysItemType2",
    "CreateCampaignBodyWindowDaysItemType3",
    "CreateCampaignBodyWindowDaysItemType4",
    "CreateCampaignBodyWindowDaysItemType5",
    "CreateCampaignBodyWindowDaysItemType6",
    "CreateKbFolderBody",
    "CreateKbTextDocumentBody",
    "CreateKbTextDocumentBodyKindType0",
    "CreateKbTextDocumentBodyKindType1",
    "CreateKbTextDocumentBodyLanguageType0",
    "CreateKbTextDocumentBodyLanguageType1",
    "CreateKbTextDocumentBodyLanguageType2",
    "CreateKbTextDocumentBodyLanguageType3",
    "CreateKbTextDocumentBodyLanguageType4",
    "CreateKbTextDocumentBodyLanguageType5",
    "CreateKbTextDocumentBodyLanguageType6",
    "CreateKbTextDocumentBodyLanguageType7",
    "CreateOutboundCallBody",
    "CreateOutboundCallBodyVariables",
    "CreateOutboundCallResponse201",
    "CreatePhoneNumberBody",
    "CreateWorkspaceBody",
    "DeleteCallLabelBody",
    "DeleteCallLabelResponse200",
    "DncEntry",
    "DncEntrySourceType0",
    "DncEntrySourceType1",
    "DncEntrySourceType2",
    "DncEntrySourceType3",
    "ErrorResponse",
    "ErrorResponseError",
    "EvaluationDetails",
    "ExportCallFormat",
    "ExportCallResponse200",
    "GenerateAgentPromptBody",
    "GenerateAgentPromptResponse200",
    "GenerateAgentPromptResponse200Welcome",
    "GenerateAgentPromptResponse200WelcomeAiMessageMode",
    "GenerateAgentPromptResponse200WelcomeModeType0",
    "GenerateAgentPromptResponse200WelcomeModeType1",
    "GetCampaignRecipientCampaignRecipientWithAttempts",
    "GetCampaignRecipientCampaignRecipientWithAttemptsAttemptLogItem",
    "GetHealthResponse200",
    "GetHealthResponse200DbType0",
    "GetHealthResponse200DbType1",
    "GetHealthResponse200Integrations",
    "GetHealthResponse200IntegrationsAdditionalProperty",
    "GetHealthResponse200StatusType0",
    "GetHealthResponse200StatusType1",
    "GetHealthResponse200StripeCatalog",
    "GetHealthResponse200StripeCatalogStatusType0",
    "GetHealthResponse200StripeCatalogStatusType1",
    "GetHealthResponse200StripeCatalogStatusType2",
    "GetHealthResponse503",
    "GetHealthResponse503DbType0",
    "GetHealthResponse503DbType1",
    "GetHealthResponse503Integrations",
    "GetHealthResponse503IntegrationsAdditionalProperty",
    "GetHealthResponse503StatusType0",
    "GetHealthResponse503StatusType1",
    "GetHealthResponse503StripeCatalog",
    "GetHealthResponse503StripeCatalogStatusType0",
    "GetHealthResponse503StripeCatalogStatusType1",
    "GetHealthResponse503StripeCatalogStatusType2",
    "GetMeResponse200",
    "GetUsageAnalyticsGroupByType0",
    "GetUsageAnalyticsGroupByType1",
    "GetUsageAnalyticsGroupByType2",
    "GetWebhookDeliveryWebhookDeliveryWithAttempts",
    "ImportCampaignRecipientsCsvRecipientImportResult",
    "ImportCampaignRecipientsCsvRecipientImportResultRejectedItem",
    "ImportDncEntriesBody",
    "ImportDncEntriesBodyEntriesItem",
    "ImportDncEntriesDncImportResult",
    "ImportDncEntriesDncImportResultRejectedItem",
    "InboundDiagnostics",
    "InboundDiagnosticsChecksItem",
    "InboundDiagnosticsNumbersItem",
    "InboundDiagnosticsNumbersItemStatusType0",
    "InboundDiagnosticsNumbersItemStatusType1",
    "InboundDiagnosticsNumbersItemStatusType2",
    "Invoice",
    "InvoiceInvoiceLine",
    "Invoices",
    "KbDocument",
    "KbDocumentErrorType0",
    "KbDocumentKindType0",
    "KbDocumentKindType1",
    "KbDocumentKindType2",
    "KbDocumentStatusType0",
    "KbDocumentStatusType1",
    "KbDocumentStatusType2",
    "KbDocumentSummary",
    "KbDocumentSummaryErrorType0",
    "KbDocumentSummaryKindType0",
    "KbDocumentSummaryKindType1",
    "KbDocumentSummaryKindType2",
    "KbDocumentSummaryStatusType0",
    "KbDocumentSummaryStatusType1",
    "KbDocumentSummaryStatusType2",
    "KbFolder",
    "KbSearchResponse",
    "KbSearchResult",
    "ListAgentsAgentPage",
    "ListAgentVariantsResponse200",
    "ListApiKeysResponse200",
    "ListCallEvaluationsResponse200",
    "ListCallLabelsResponse200",
    "ListCallsCallPage",
    "ListCallsDirectionType0",
    "ListCallsDirectionType1",
    "ListCallsDirectionType2",
    "ListCallsSentiment",
    "ListCallsStatusType0",
    "ListCallsStatusType1",
    "ListCallsStatusType2",
    "ListCallsStatusType3",
    "ListCallsStatusType4",
    "ListCampaignRecipientsCampaignRecipientPage",
    "ListCampaignRecipientsStatusType0",
    "ListCampaignRecipientsStatusType1",
    "ListCampaignRecipientsStatusType2",
    "ListCampaignRecipientsStatusType3",
    "ListCampaignRecipientsStatusType4",
    "ListCampaignRecipientsStatusType5",
    "ListCampaignRecipientsStatusType6",
    "ListCampaignRecipientsStatusType7",
    "ListCampaignsCampaignPage",
    "ListCampaignsStatusType0",
    "ListCampaignsStatusType1",
    "ListCampaignsStatusType2",
    "ListCampaignsStatusType3",
    "ListCampaignsStatusType4",
    "ListCampaignsStatusType5",
    "ListDncEntriesDncEntryPage",
    "ListKbDocumentsKbDocumentPage",
    "ListKbFoldersKbFolderPage",
    "ListMembersResponse200",
    "ListPhoneNumbersPhoneNumberPage",
    "ListWebhookDeliveriesEventType0",
    "ListWebhookDeliveriesEventType1",
    "ListWebhookDeliveriesEventType2",
    "ListWebhookDeliveriesStatusType0",
    "ListWebhookDeliveriesStatusType1",
    "ListWebhookDeliveriesStatusType2",
    "ListWebhookDeliveriesWebhookDeliveryPage",
    "ListWorkspacesResponse200",
    "LoginBody",
    "LoginResponse200",
    "MarkCampaignRecipientDncBody",
    "Member",
    "MemberRoleType0",
    "MemberRoleType1",
    "MemberRoleType2",
    "Membership",
    "MembershipRoleType0",
    "MembershipRoleType1",
    "MembershipRoleType2",
    "PhoneNumber",
    "PhoneNumberProvider",
    "PhoneNumberSourceType0",
    "PhoneNumberSourceType1",
    "PhoneNumberStatusType0",
    "PhoneNumberStatusType1",
    "PhoneNumberStatusType2",
    "PostCallMetricsResponse200",
    "PreviewVoiceBody",
    "PreviewVoiceBodyProvider",
    "PutKbFolderBody",
    "RateCard",
    "RateCardLlmSurchargeUsdPerMinByModel",
    "RateCardRateCardMeter",
    "ReceiveLiveKitWebhookResponse200",
    "ReceiveStripeWebhookResponse200",
    "ReceiveTwilioInboundBody",
    "RecordingState",
    "RecordingStateRecording",
    "RecordingUrl",
    "ReprovisionPhoneNumberBody",
    "ReprovisionPhoneNumberReprovisionResult",
    "ReprovisionPhoneNumberReprovisionResultStepsItem",
    "SearchAvailablePhoneNumbersAvailableNumbers",
    "SearchAvailablePhoneNumbersAvailableNumbersNumbersItem",
    "SearchAvailablePhoneNumbersAvailableNumbersNumbersItemCapabilitiesType0",
    "SearchAvailablePhoneNumbersTypeType0",
    "SearchAvailablePhoneNumbersTypeType1",
    "SearchAvailablePhoneNumbersTypeType2",
    "SearchKbBody",
    "SearchKbForCallBody",
    "SignupBody",
    "SignupResponse201",
    "StartAgentWebCallResponse201",
    "StartInboundCallBody",
    "StartOutboundCallBody",
    "StartWebCallBody",
    "StartWebCallResponse201",
    "SwitchWorkspaceBody",
    "SwitchWorkspaceResponse200",
    "SyncTranscriptBody",
    "SyncTranscriptBodyTranscriptItem",
    "SyncTranscriptResponse200",
    "TransferCallBody",
    "TransferCallResponse200",
    "UpdateAgentBody",
    "UpdateAgentBodyBackgroundAudio",
    "UpdateAgentBodyBackgroundAudioPreset",
    "UpdateAgentBodyCallSettings",
    "UpdateAgentBodyDefaultDynamicVariables",
    "UpdateAgentBodyPostCallDataExtractionItem",
    "UpdateAgentBodyPostCallDataExtractionItemType",
    "UpdateAgentBodySettings",
    "UpdateAgentBodyToolConfigs",
    "UpdateAgentBodyVoice",
    "UpdateAgentBodyWelcome",
    "UpdateAgentBodyWelcomeAiMessageMode",
    "UpdateAgentBodyWelcomeModeType0",
    "UpdateAgentBodyWelcomeModeType1",
    "UpdateAgentVariantBody",
    "UpdateAgentVariantBodyPromptMode",
    "UpdateAgentVariantBodyVoiceType0",
    "UpdateAgentVariantBodyWelcomeType0",
    "UpdateAgentVariantBodyWelcomeType0AiMessageMode",
    "UpdateAgentVariantBodyWelcomeType0ModeType0",
    "UpdateAgentVariantBodyWelcomeType0ModeType1",
    "UpdateBillingSettingsBody",
    "UpdateCallEvaluationBody",
    "UpdateCallEvaluationResponse200",
    "UpdateCampaignBody",
    "UpdateCampaignBodyRetry",
    "UpdateCampaignBodyRetryBackoffType0",
    "UpdateCampaignBodyRetryBackoffType1",
    "UpdateCampaignBodyRetryOnItemType0",
    "UpdateCampaignBodyRetryOnItemType1",
    "UpdateCampaignBodyRetryOnItemType2",
    "UpdateCampaignBodyRetryOnItemType3",
    "UpdateCampaignBodyVariables",
    "UpdateCampaignBodyWindow",
    "UpdateCampaignBodyWindowDaysItemType0",
    "UpdateCampaignBodyWindowDaysItemType1",
    "UpdateCampaignBodyWindowDaysItemType2",
    "UpdateCampaignBodyWindowDaysItemType3",
    "UpdateCampaignBodyWindowDaysItemType4",
    "UpdateCampaignBodyWindowDaysItemType5",
    "UpdateCampaignBodyWindowDaysItemType6",
    "UpdateKbFolderBody",
    "UpdatePhoneNumberBody",
    "UpdateWorkspaceBody",
    "UpgradeResult",
    "UploadKbPdfBody",
    "UploadKbPdfLanguageType0",
    "UploadKbPdfLanguageType1",
    "UploadKbPdfLanguageType2",
    "UploadKbPdfLanguageType3",
    "UploadKbPdfLanguageType4",
    "UploadKbPdfLanguageType5",
    "UploadKbPdfLanguageType6",
    "UploadKbPdfLanguageType7",
    "UsageReport",
    "UsageReportGroupsItem",
    "UsageReportGroupsItemSentiment",
    "UsageReportTotals",
    "UsageReportTotalsSentiment",
    "UsageSummary",
    "UsageSummaryModeType0",
    "UsageSummaryModeType1",
    "UsageSummaryModeType2",
    "UsageSummaryUsageLine",
    "User",
    "VerifyUpgradeResult",
    "VerifyUpgradeResultStatusType0",
    "VerifyUpgradeResultStatusType1",
    "VerifyUpgradeResultStatusType2",
    "WebhookDelivery",
    "WebhookDeliveryAttempt",
    "WebhookDeliveryEventType0",
    "WebhookDeliveryEventType1",
    "WebhookDeliveryEventType2",
    "WebhookDeliveryStatusType0",
    "WebhookDeliveryStatusType1",
    "WebhookDeliveryStatusType2",
    "WebhookSecret",
    "Workspace",
)
