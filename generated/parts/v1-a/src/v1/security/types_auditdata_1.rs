//! Types of `microsoft.graph.security` by the first letters of their names (`auditdata_1`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Abstract base type for audit event data.
///
/// CSDL: `microsoft.graph.security.auditData`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct AuditData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":"];
    const TAG: &'static str = "\"#microsoft.graph.security.auditData\"";
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamic_properties.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamic_properties);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(AuditData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditData);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.security.auditData` or any type derived from it, selected by `@odata.type` (393 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAuditData {
    AuditData(::std::boxed::Box<crate::v1::security::AuditData>),
    A365AiExecuteTool(::std::boxed::Box<crate::v1::security::A365AiExecuteTool>),
    A365AiInferenceCall(::std::boxed::Box<crate::v1::security::A365AiInferenceCall>),
    A365AiInvokeAgent(::std::boxed::Box<crate::v1::security::A365AiInvokeAgent>),
    A365AiRunSummary(::std::boxed::Box<crate::v1::security::A365AiRunSummary>),
    A365SpanOutputs(::std::boxed::Box<crate::v1::security::A365SpanOutputs>),
    AISpanOutputsAuditRecord(
        ::std::boxed::Box<crate::v1::security::AISpanOutputsAuditRecord>,
    ),
    AadRiskDetectionAuditRecord(
        ::std::boxed::Box<crate::v1::security::AadRiskDetectionAuditRecord>,
    ),
    AedAuditRecord(::std::boxed::Box<crate::v1::security::AedAuditRecord>),
    AgentAdminActivityRecord(
        ::std::boxed::Box<crate::v1::security::AgentAdminActivityRecord>,
    ),
    AgentSettingAdminActivity(
        ::std::boxed::Box<crate::v1::security::AgentSettingAdminActivity>,
    ),
    AiAppInteractionAuditRecord(
        ::std::boxed::Box<crate::v1::security::AiAppInteractionAuditRecord>,
    ),
    AiExecuteToolAuditRecord(
        ::std::boxed::Box<crate::v1::security::AiExecuteToolAuditRecord>,
    ),
    AiInteractionsChangeNotificationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::AiInteractionsChangeNotificationAuditRecord,
        >,
    ),
    AiInteractionsExportAuditRecord(
        ::std::boxed::Box<crate::v1::security::AiInteractionsExportAuditRecord>,
    ),
    AiInteractionsSubscriptionAuditRecord(
        ::std::boxed::Box<crate::v1::security::AiInteractionsSubscriptionAuditRecord>,
    ),
    AiInvokeAgentAuditRecord(
        ::std::boxed::Box<crate::v1::security::AiInvokeAgentAuditRecord>,
    ),
    AipDiscover(::std::boxed::Box<crate::v1::security::AipDiscover>),
    AipFileDeleted(::std::boxed::Box<crate::v1::security::AipFileDeleted>),
    AipHeartBeat(::std::boxed::Box<crate::v1::security::AipHeartBeat>),
    AipProtectionActionLogRequest(
        ::std::boxed::Box<crate::v1::security::AipProtectionActionLogRequest>,
    ),
    AipScannerDiscoverEvent(
        ::std::boxed::Box<crate::v1::security::AipScannerDiscoverEvent>,
    ),
    AipSensitivityLabelActionLogRequest(
        ::std::boxed::Box<crate::v1::security::AipSensitivityLabelActionLogRequest>,
    ),
    AirAdminActionInvestigationData(
        ::std::boxed::Box<crate::v1::security::AirAdminActionInvestigationData>,
    ),
    AirInvestigationData(::std::boxed::Box<crate::v1::security::AirInvestigationData>),
    AirManualInvestigationData(
        ::std::boxed::Box<crate::v1::security::AirManualInvestigationData>,
    ),
    AlertSubmissionAuditRecord(
        ::std::boxed::Box<crate::v1::security::AlertSubmissionAuditRecord>,
    ),
    AlertSubmissionResultDetailAuditRecord(
        ::std::boxed::Box<crate::v1::security::AlertSubmissionResultDetailAuditRecord>,
    ),
    AttackSimAdminAuditRecord(
        ::std::boxed::Box<crate::v1::security::AttackSimAdminAuditRecord>,
    ),
    AttackSimAuditRecord(::std::boxed::Box<crate::v1::security::AttackSimAuditRecord>),
    AuditConfigAuditRecord(
        ::std::boxed::Box<crate::v1::security::AuditConfigAuditRecord>,
    ),
    AuditSearchAuditRecord(
        ::std::boxed::Box<crate::v1::security::AuditSearchAuditRecord>,
    ),
    AzfwApplicationRuleAggregationEventRecord(
        ::std::boxed::Box<crate::v1::security::AzfwApplicationRuleAggregationEventRecord>,
    ),
    AzfwDnsQueryEventRecord(
        ::std::boxed::Box<crate::v1::security::AzfwDnsQueryEventRecord>,
    ),
    AzfwNetworkRuleEventRecord(
        ::std::boxed::Box<crate::v1::security::AzfwNetworkRuleEventRecord>,
    ),
    AzureAiSearchAuditRecord(
        ::std::boxed::Box<crate::v1::security::AzureAiSearchAuditRecord>,
    ),
    AzureActiveDirectoryAccountLogonAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::AzureActiveDirectoryAccountLogonAuditRecord,
        >,
    ),
    AzureActiveDirectoryAuditRecord(
        ::std::boxed::Box<crate::v1::security::AzureActiveDirectoryAuditRecord>,
    ),
    AzureActiveDirectoryStsLogonAuditRecord(
        ::std::boxed::Box<crate::v1::security::AzureActiveDirectoryStsLogonAuditRecord>,
    ),
    CampaignAuditRecord(::std::boxed::Box<crate::v1::security::CampaignAuditRecord>),
    CcraiPolicyViolationRecord(
        ::std::boxed::Box<crate::v1::security::CcraiPolicyViolationRecord>,
    ),
    CdpClassifierHealthRecord(
        ::std::boxed::Box<crate::v1::security::CdpClassifierHealthRecord>,
    ),
    CdpColdCrawlStatusRecord(
        ::std::boxed::Box<crate::v1::security::CdpColdCrawlStatusRecord>,
    ),
    CdpConsumptionResourceRecord(
        ::std::boxed::Box<crate::v1::security::CdpConsumptionResourceRecord>,
    ),
    CdpContentExplorerAggregateRecord(
        ::std::boxed::Box<crate::v1::security::CdpContentExplorerAggregateRecord>,
    ),
    CdpDlpSensitiveEndpointAuditRecord(
        ::std::boxed::Box<crate::v1::security::CdpDlpSensitiveEndpointAuditRecord>,
    ),
    CdpLogRecord(::std::boxed::Box<crate::v1::security::CdpLogRecord>),
    CdpOcrBillingRecord(::std::boxed::Box<crate::v1::security::CdpOcrBillingRecord>),
    CdpResourceScopeChangeEventRecord(
        ::std::boxed::Box<crate::v1::security::CdpResourceScopeChangeEventRecord>,
    ),
    CdpdlmaiInteractionInsightsRecord(
        ::std::boxed::Box<crate::v1::security::CdpdlmaiInteractionInsightsRecord>,
    ),
    CloudUpdateDeviceConfigAuditRecord(
        ::std::boxed::Box<crate::v1::security::CloudUpdateDeviceConfigAuditRecord>,
    ),
    CloudUpdateProfileConfigAuditRecord(
        ::std::boxed::Box<crate::v1::security::CloudUpdateProfileConfigAuditRecord>,
    ),
    CloudUpdateTenantConfigAuditRecord(
        ::std::boxed::Box<crate::v1::security::CloudUpdateTenantConfigAuditRecord>,
    ),
    ComplianceConnectorAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceConnectorAuditRecord>,
    ),
    ComplianceDlmExchangeAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlmExchangeAuditRecord>,
    ),
    ComplianceDlmSharePointAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlmSharePointAuditRecord>,
    ),
    ComplianceDlpApplicationsAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpApplicationsAuditRecord>,
    ),
    ComplianceDlpApplicationsClassificationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ComplianceDlpApplicationsClassificationAuditRecord,
        >,
    ),
    ComplianceDlpEndpointAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpEndpointAuditRecord>,
    ),
    ComplianceDlpEndpointDiscoveryAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpEndpointDiscoveryAuditRecord>,
    ),
    ComplianceDlpEnforcementAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpEnforcementAuditRecord>,
    ),
    ComplianceDlpExchangeAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpExchangeAuditRecord>,
    ),
    ComplianceDlpExchangeClassificationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ComplianceDlpExchangeClassificationAuditRecord,
        >,
    ),
    ComplianceDlpExchangeClassificationCdpRecord(
        ::std::boxed::Box<
            crate::v1::security::ComplianceDlpExchangeClassificationCdpRecord,
        >,
    ),
    ComplianceDlpExchangeDiscoveryAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpExchangeDiscoveryAuditRecord>,
    ),
    ComplianceDlpSharePointAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceDlpSharePointAuditRecord>,
    ),
    ComplianceDlpSharePointClassificationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ComplianceDlpSharePointClassificationAuditRecord,
        >,
    ),
    ComplianceDlpSharePointClassificationCdpRecord(
        ::std::boxed::Box<
            crate::v1::security::ComplianceDlpSharePointClassificationCdpRecord,
        >,
    ),
    ComplianceDlpSharePointClassificationExtendedAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ComplianceDlpSharePointClassificationExtendedAuditRecord,
        >,
    ),
    ComplianceExchangeOcrAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceExchangeOcrAuditRecord>,
    ),
    ComplianceManagerActionRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceManagerActionRecord>,
    ),
    CompliancePolicyGradingSharePointAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::CompliancePolicyGradingSharePointAuditRecord,
        >,
    ),
    ComplianceSettingsChangeAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceSettingsChangeAuditRecord>,
    ),
    ComplianceSitGradingSharePointAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceSitGradingSharePointAuditRecord>,
    ),
    ComplianceSupervisionExchangeAuditRecord(
        ::std::boxed::Box<crate::v1::security::ComplianceSupervisionExchangeAuditRecord>,
    ),
    ConnectedAiAppInteractionAuditRecord(
        ::std::boxed::Box<crate::v1::security::ConnectedAiAppInteractionAuditRecord>,
    ),
    ConsumptionResourceAuditRecord(
        ::std::boxed::Box<crate::v1::security::ConsumptionResourceAuditRecord>,
    ),
    ContentStoreMetadataRecord(
        ::std::boxed::Box<crate::v1::security::ContentStoreMetadataRecord>,
    ),
    CopilotAgentManagementAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotAgentManagementAuditRecord>,
    ),
    CopilotForSecurityLoggingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotForSecurityLoggingAuditRecord>,
    ),
    CopilotForSecurityTriggerAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotForSecurityTriggerAuditRecord>,
    ),
    CopilotInteractionAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotInteractionAuditRecord>,
    ),
    CopilotPluginSettingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotPluginSettingAuditRecord>,
    ),
    CopilotPromptBookSettingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotPromptBookSettingAuditRecord>,
    ),
    CopilotSessionSharingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotSessionSharingAuditRecord>,
    ),
    CopilotSettingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotSettingAuditRecord>,
    ),
    CopilotWorkspaceSettingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CopilotWorkspaceSettingAuditRecord>,
    ),
    CoreReportingSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::CoreReportingSettingsAuditRecord>,
    ),
    CortanaBriefingAuditRecord(
        ::std::boxed::Box<crate::v1::security::CortanaBriefingAuditRecord>,
    ),
    CriticalAssetManagementClassificationRecord(
        ::std::boxed::Box<
            crate::v1::security::CriticalAssetManagementClassificationRecord,
        >,
    ),
    CrmEntityOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::CrmEntityOperationAuditRecord>,
    ),
    CrossTenantAccessPolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::CrossTenantAccessPolicyAuditRecord>,
    ),
    CustomerKeyServiceEncryptionAuditRecord(
        ::std::boxed::Box<crate::v1::security::CustomerKeyServiceEncryptionAuditRecord>,
    ),
    DataCenterSecurityCmdletAuditRecord(
        ::std::boxed::Box<crate::v1::security::DataCenterSecurityCmdletAuditRecord>,
    ),
    DataGovernanceAuditRecord(
        ::std::boxed::Box<crate::v1::security::DataGovernanceAuditRecord>,
    ),
    DataInsightsRestApiAuditRecord(
        ::std::boxed::Box<crate::v1::security::DataInsightsRestApiAuditRecord>,
    ),
    DataLakeExportOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::DataLakeExportOperationAuditRecord>,
    ),
    DataSecurityInvestigationAuditRecord(
        ::std::boxed::Box<crate::v1::security::DataSecurityInvestigationAuditRecord>,
    ),
    DataShareOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::DataShareOperationAuditRecord>,
    ),
    DefaultAuditData(::std::boxed::Box<crate::v1::security::DefaultAuditData>),
    DefenderCaseManagementAuditRecord(
        ::std::boxed::Box<crate::v1::security::DefenderCaseManagementAuditRecord>,
    ),
    DefenderPreviewFeaturesRecord(
        ::std::boxed::Box<crate::v1::security::DefenderPreviewFeaturesRecord>,
    ),
    DefenderSecurityForAiConfigurationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::DefenderSecurityForAiConfigurationAuditRecord,
        >,
    ),
    DeployFeatureActivityRecord(
        ::std::boxed::Box<crate::v1::security::DeployFeatureActivityRecord>,
    ),
    DeviceDiscoverySettingsAuthenticatedScansRecord(
        ::std::boxed::Box<
            crate::v1::security::DeviceDiscoverySettingsAuthenticatedScansRecord,
        >,
    ),
    DeviceDiscoverySettingsExclusionRecord(
        ::std::boxed::Box<crate::v1::security::DeviceDiscoverySettingsExclusionRecord>,
    ),
    DeviceDiscoverySettingsRecord(
        ::std::boxed::Box<crate::v1::security::DeviceDiscoverySettingsRecord>,
    ),
    DiscoveryAuditRecord(::std::boxed::Box<crate::v1::security::DiscoveryAuditRecord>),
    DlpEndpointAuditRecord(
        ::std::boxed::Box<crate::v1::security::DlpEndpointAuditRecord>,
    ),
    DlpImportResultAuditRecord(
        ::std::boxed::Box<crate::v1::security::DlpImportResultAuditRecord>,
    ),
    DlpSensitiveInformationTypeRulePackageCmdletRecord(
        ::std::boxed::Box<
            crate::v1::security::DlpSensitiveInformationTypeRulePackageCmdletRecord,
        >,
    ),
    DragonCopilotAccessRecord(
        ::std::boxed::Box<crate::v1::security::DragonCopilotAccessRecord>,
    ),
    DragonCopilotAdminRecord(
        ::std::boxed::Box<crate::v1::security::DragonCopilotAdminRecord>,
    ),
    DragonCopilotClinicalDataRecord(
        ::std::boxed::Box<crate::v1::security::DragonCopilotClinicalDataRecord>,
    ),
    DragonCopilotSessionRecord(
        ::std::boxed::Box<crate::v1::security::DragonCopilotSessionRecord>,
    ),
    Dynamics365BusinessCentralAuditRecord(
        ::std::boxed::Box<crate::v1::security::Dynamics365BusinessCentralAuditRecord>,
    ),
    EhrConnectorAuditBaseRecord(
        ::std::boxed::Box<crate::v1::security::EhrConnectorAuditBaseRecord>,
    ),
    EopSubmissionFeedEntityAuditRecord(
        ::std::boxed::Box<crate::v1::security::EopSubmissionFeedEntityAuditRecord>,
    ),
    ExchangeAdminAuditRecord(
        ::std::boxed::Box<crate::v1::security::ExchangeAdminAuditRecord>,
    ),
    ExchangeAggregatedMailboxAuditRecord(
        ::std::boxed::Box<crate::v1::security::ExchangeAggregatedMailboxAuditRecord>,
    ),
    ExchangeAggregatedOperationRecord(
        ::std::boxed::Box<crate::v1::security::ExchangeAggregatedOperationRecord>,
    ),
    ExchangeMailboxAuditGroupRecord(
        ::std::boxed::Box<crate::v1::security::ExchangeMailboxAuditGroupRecord>,
    ),
    ExchangeMailboxAuditRecord(
        ::std::boxed::Box<crate::v1::security::ExchangeMailboxAuditRecord>,
    ),
    FabricAuditRecord(::std::boxed::Box<crate::v1::security::FabricAuditRecord>),
    FabricPolicyRecord(::std::boxed::Box<crate::v1::security::FabricPolicyRecord>),
    HealthcareSignalRecord(
        ::std::boxed::Box<crate::v1::security::HealthcareSignalRecord>,
    ),
    HostedRpaAuditRecord(::std::boxed::Box<crate::v1::security::HostedRpaAuditRecord>),
    HrSignalAuditRecord(::std::boxed::Box<crate::v1::security::HrSignalAuditRecord>),
    HygieneEventRecord(::std::boxed::Box<crate::v1::security::HygieneEventRecord>),
    InformationBarrierPolicyApplicationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::InformationBarrierPolicyApplicationAuditRecord,
        >,
    ),
    InformationWorkerProtectionAuditRecord(
        ::std::boxed::Box<crate::v1::security::InformationWorkerProtectionAuditRecord>,
    ),
    InsiderRiskScopedUserInsightsRecord(
        ::std::boxed::Box<crate::v1::security::InsiderRiskScopedUserInsightsRecord>,
    ),
    InsiderRiskScopedUsersRecord(
        ::std::boxed::Box<crate::v1::security::InsiderRiskScopedUsersRecord>,
    ),
    IntegratedAppsAppAdminActivityAuditRecord(
        ::std::boxed::Box<crate::v1::security::IntegratedAppsAppAdminActivityAuditRecord>,
    ),
    IntegratedAppsAppSettingsAdminActivityAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::IntegratedAppsAppSettingsAdminActivityAuditRecord,
        >,
    ),
    IrmActivityAuditTrailRecord(
        ::std::boxed::Box<crate::v1::security::IrmActivityAuditTrailRecord>,
    ),
    IrmUserDefinedDetectionRecord(
        ::std::boxed::Box<crate::v1::security::IrmUserDefinedDetectionRecord>,
    ),
    KaizalaAuditRecord(::std::boxed::Box<crate::v1::security::KaizalaAuditRecord>),
    LabelAnalyticsAggregateAuditRecord(
        ::std::boxed::Box<crate::v1::security::LabelAnalyticsAggregateAuditRecord>,
    ),
    LabelContentExplorerAuditRecord(
        ::std::boxed::Box<crate::v1::security::LabelContentExplorerAuditRecord>,
    ),
    LargeContentMetadataAuditRecord(
        ::std::boxed::Box<crate::v1::security::LargeContentMetadataAuditRecord>,
    ),
    M365ComplianceConnectorAuditRecord(
        ::std::boxed::Box<crate::v1::security::M365ComplianceConnectorAuditRecord>,
    ),
    M365SearchSectionsRecord(
        ::std::boxed::Box<crate::v1::security::M365SearchSectionsRecord>,
    ),
    M365daadAuditRecord(::std::boxed::Box<crate::v1::security::M365daadAuditRecord>),
    M365odspAssetMetadataRecord(
        ::std::boxed::Box<crate::v1::security::M365odspAssetMetadataRecord>,
    ),
    MDashAuditRecord(::std::boxed::Box<crate::v1::security::MDashAuditRecord>),
    MailSubmissionData(::std::boxed::Box<crate::v1::security::MailSubmissionData>),
    ManagedServicesAuditRecord(
        ::std::boxed::Box<crate::v1::security::ManagedServicesAuditRecord>,
    ),
    ManagedTenantsAuditRecord(
        ::std::boxed::Box<crate::v1::security::ManagedTenantsAuditRecord>,
    ),
    MapgAlertsAuditRecord(::std::boxed::Box<crate::v1::security::MapgAlertsAuditRecord>),
    MapgOnboardAuditRecord(
        ::std::boxed::Box<crate::v1::security::MapgOnboardAuditRecord>,
    ),
    MapgPolicyAuditRecord(::std::boxed::Box<crate::v1::security::MapgPolicyAuditRecord>),
    MapgRemediationAuditRecord(
        ::std::boxed::Box<crate::v1::security::MapgRemediationAuditRecord>,
    ),
    McasAlertsAuditRecord(::std::boxed::Box<crate::v1::security::McasAlertsAuditRecord>),
    MdaAuditRecord(::std::boxed::Box<crate::v1::security::MdaAuditRecord>),
    MdaDataSecuritySignalRecord(
        ::std::boxed::Box<crate::v1::security::MdaDataSecuritySignalRecord>,
    ),
    MdatpAuditRecord(::std::boxed::Box<crate::v1::security::MdatpAuditRecord>),
    MdcEventsRecord(::std::boxed::Box<crate::v1::security::MdcEventsRecord>),
    MdiAuditRecord(::std::boxed::Box<crate::v1::security::MdiAuditRecord>),
    MeshWorldsAuditRecord(::std::boxed::Box<crate::v1::security::MeshWorldsAuditRecord>),
    Microsoft365BackupBackupItemAuditRecord(
        ::std::boxed::Box<crate::v1::security::Microsoft365BackupBackupItemAuditRecord>,
    ),
    Microsoft365BackupBackupPolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::Microsoft365BackupBackupPolicyAuditRecord>,
    ),
    Microsoft365BackupGranularBrowseTaskAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::Microsoft365BackupGranularBrowseTaskAuditRecord,
        >,
    ),
    Microsoft365BackupRestoreItemAuditRecord(
        ::std::boxed::Box<crate::v1::security::Microsoft365BackupRestoreItemAuditRecord>,
    ),
    Microsoft365BackupRestoreTaskAuditRecord(
        ::std::boxed::Box<crate::v1::security::Microsoft365BackupRestoreTaskAuditRecord>,
    ),
    Microsoft365CopilotScheduledPromptAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::Microsoft365CopilotScheduledPromptAuditRecord,
        >,
    ),
    MicrosoftDefenderExpertsXdrAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftDefenderExpertsXdrAuditRecord>,
    ),
    MicrosoftFlowAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftFlowAuditRecord>,
    ),
    MicrosoftFormsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftFormsAuditRecord>,
    ),
    MicrosoftGraphDataConnectConsent(
        ::std::boxed::Box<crate::v1::security::MicrosoftGraphDataConnectConsent>,
    ),
    MicrosoftGraphDataConnectOperation(
        ::std::boxed::Box<crate::v1::security::MicrosoftGraphDataConnectOperation>,
    ),
    MicrosoftPurviewDataCatalogOperationRecord(
        ::std::boxed::Box<
            crate::v1::security::MicrosoftPurviewDataCatalogOperationRecord,
        >,
    ),
    MicrosoftPurviewDataMapOperationRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftPurviewDataMapOperationRecord>,
    ),
    MicrosoftPurviewMetadataPolicyOperationRecord(
        ::std::boxed::Box<
            crate::v1::security::MicrosoftPurviewMetadataPolicyOperationRecord,
        >,
    ),
    MicrosoftPurviewPolicyOperationRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftPurviewPolicyOperationRecord>,
    ),
    MicrosoftPurviewPrivacyAuditEvent(
        ::std::boxed::Box<crate::v1::security::MicrosoftPurviewPrivacyAuditEvent>,
    ),
    MicrosoftPurviewUnifiedCatalogOperationRecord(
        ::std::boxed::Box<
            crate::v1::security::MicrosoftPurviewUnifiedCatalogOperationRecord,
        >,
    ),
    MicrosoftStreamAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftStreamAuditRecord>,
    ),
    MicrosoftTeamsAdminAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftTeamsAdminAuditRecord>,
    ),
    MicrosoftTeamsAnalyticsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftTeamsAnalyticsAuditRecord>,
    ),
    MicrosoftTeamsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftTeamsAuditRecord>,
    ),
    MicrosoftTeamsDeviceAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftTeamsDeviceAuditRecord>,
    ),
    MicrosoftTeamsRetentionLabelActionAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::MicrosoftTeamsRetentionLabelActionAuditRecord,
        >,
    ),
    MicrosoftTeamsSensitivityLabelActionAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::MicrosoftTeamsSensitivityLabelActionAuditRecord,
        >,
    ),
    MicrosoftTeamsShiftsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftTeamsShiftsAuditRecord>,
    ),
    MicrosoftTeamsUserConcernAuditRecord(
        ::std::boxed::Box<crate::v1::security::MicrosoftTeamsUserConcernAuditRecord>,
    ),
    MipAutoLabelExchangeItemAuditRecord(
        ::std::boxed::Box<crate::v1::security::MipAutoLabelExchangeItemAuditRecord>,
    ),
    MipAutoLabelProgressFeedbackAuditRecord(
        ::std::boxed::Box<crate::v1::security::MipAutoLabelProgressFeedbackAuditRecord>,
    ),
    MipAutoLabelSharePointItemAuditRecord(
        ::std::boxed::Box<crate::v1::security::MipAutoLabelSharePointItemAuditRecord>,
    ),
    MipAutoLabelSharePointPolicyLocationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::MipAutoLabelSharePointPolicyLocationAuditRecord,
        >,
    ),
    MipAutoLabelSimulationSharePointCompletionRecord(
        ::std::boxed::Box<
            crate::v1::security::MipAutoLabelSimulationSharePointCompletionRecord,
        >,
    ),
    MipAutoLabelSimulationSharePointProgressRecord(
        ::std::boxed::Box<
            crate::v1::security::MipAutoLabelSimulationSharePointProgressRecord,
        >,
    ),
    MipAutoLabelSimulationStatisticsRecord(
        ::std::boxed::Box<crate::v1::security::MipAutoLabelSimulationStatisticsRecord>,
    ),
    MipExactDataMatchAuditRecord(
        ::std::boxed::Box<crate::v1::security::MipExactDataMatchAuditRecord>,
    ),
    MipLabelAnalyticsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MipLabelAnalyticsAuditRecord>,
    ),
    MipLabelAuditRecord(::std::boxed::Box<crate::v1::security::MipLabelAuditRecord>),
    MosAgentInfoRecord(::std::boxed::Box<crate::v1::security::MosAgentInfoRecord>),
    MosAgentInfoRecordV2(::std::boxed::Box<crate::v1::security::MosAgentInfoRecordV2>),
    Ms365dCustomDetectionAuditRecord(
        ::std::boxed::Box<crate::v1::security::Ms365dCustomDetectionAuditRecord>,
    ),
    Ms365dIncidentAuditRecord(
        ::std::boxed::Box<crate::v1::security::Ms365dIncidentAuditRecord>,
    ),
    Ms365dSuppressionRuleAuditRecord(
        ::std::boxed::Box<crate::v1::security::Ms365dSuppressionRuleAuditRecord>,
    ),
    MsdeCustomCollectionAuditRecord(
        ::std::boxed::Box<crate::v1::security::MsdeCustomCollectionAuditRecord>,
    ),
    MsdeGeneralSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MsdeGeneralSettingsAuditRecord>,
    ),
    MsdeIndicatorsSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MsdeIndicatorsSettingsAuditRecord>,
    ),
    MsdeResponseActionsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MsdeResponseActionsAuditRecord>,
    ),
    MsdeRolesSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MsdeRolesSettingsAuditRecord>,
    ),
    MspVectorSearchContentMetadataAuditRecord(
        ::std::boxed::Box<crate::v1::security::MspVectorSearchContentMetadataAuditRecord>,
    ),
    MsticNationStateNotificationRecord(
        ::std::boxed::Box<crate::v1::security::MsticNationStateNotificationRecord>,
    ),
    MultiStageDispositionAuditRecord(
        ::std::boxed::Box<crate::v1::security::MultiStageDispositionAuditRecord>,
    ),
    MyAnalyticsSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::MyAnalyticsSettingsAuditRecord>,
    ),
    NoisyAlertPolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::NoisyAlertPolicyAuditRecord>,
    ),
    OfficeNativeAuditRecord(
        ::std::boxed::Box<crate::v1::security::OfficeNativeAuditRecord>,
    ),
    OmePortalAuditRecord(::std::boxed::Box<crate::v1::security::OmePortalAuditRecord>),
    OnDemandSharePointClassificationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::OnDemandSharePointClassificationAuditRecord,
        >,
    ),
    OnPremisesFileShareScannerDlpAuditRecord(
        ::std::boxed::Box<crate::v1::security::OnPremisesFileShareScannerDlpAuditRecord>,
    ),
    OnPremisesSharePointScannerDlpAuditRecord(
        ::std::boxed::Box<crate::v1::security::OnPremisesSharePointScannerDlpAuditRecord>,
    ),
    OneDriveAuditRecord(::std::boxed::Box<crate::v1::security::OneDriveAuditRecord>),
    OrganizationalDataInM365AuditRecord(
        ::std::boxed::Box<crate::v1::security::OrganizationalDataInM365AuditRecord>,
    ),
    OutlookCopilotAutomationAuditRecord(
        ::std::boxed::Box<crate::v1::security::OutlookCopilotAutomationAuditRecord>,
    ),
    OwaGetAccessTokenForResourceAuditRecord(
        ::std::boxed::Box<crate::v1::security::OwaGetAccessTokenForResourceAuditRecord>,
    ),
    P4AiRiskScoreRecord(::std::boxed::Box<crate::v1::security::P4AiRiskScoreRecord>),
    P4aiAssessmentCategoryRecord(
        ::std::boxed::Box<crate::v1::security::P4aiAssessmentCategoryRecord>,
    ),
    P4aiAssessmentFabricScannerRecord(
        ::std::boxed::Box<crate::v1::security::P4aiAssessmentFabricScannerRecord>,
    ),
    P4aiAssessmentLocationResultRecord(
        ::std::boxed::Box<crate::v1::security::P4aiAssessmentLocationResultRecord>,
    ),
    P4aiAssessmentRecord(::std::boxed::Box<crate::v1::security::P4aiAssessmentRecord>),
    PeopleAdminSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::PeopleAdminSettingsAuditRecord>,
    ),
    PhysicalBadgingSignalAuditRecord(
        ::std::boxed::Box<crate::v1::security::PhysicalBadgingSignalAuditRecord>,
    ),
    PlacesDirectoryAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlacesDirectoryAuditRecord>,
    ),
    PlannerChatMessageAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerChatMessageAuditRecord>,
    ),
    PlannerChatMessageListAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerChatMessageListAuditRecord>,
    ),
    PlannerCopyPlanAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerCopyPlanAuditRecord>,
    ),
    PlannerGoalAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerGoalAuditRecord>,
    ),
    PlannerGoalListAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerGoalListAuditRecord>,
    ),
    PlannerPlanAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerPlanAuditRecord>,
    ),
    PlannerPlanListAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerPlanListAuditRecord>,
    ),
    PlannerPlanSensitivityLabelAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerPlanSensitivityLabelAuditRecord>,
    ),
    PlannerRosterAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerRosterAuditRecord>,
    ),
    PlannerRosterSensitivityLabelAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerRosterSensitivityLabelAuditRecord>,
    ),
    PlannerTaskAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerTaskAuditRecord>,
    ),
    PlannerTaskListAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerTaskListAuditRecord>,
    ),
    PlannerTenantSettingsAuditRecord(
        ::std::boxed::Box<crate::v1::security::PlannerTenantSettingsAuditRecord>,
    ),
    PolicyConfigChangeAuditRecord(
        ::std::boxed::Box<crate::v1::security::PolicyConfigChangeAuditRecord>,
    ),
    PowerAppsAuditAppRecord(
        ::std::boxed::Box<crate::v1::security::PowerAppsAuditAppRecord>,
    ),
    PowerAppsAuditPlanRecord(
        ::std::boxed::Box<crate::v1::security::PowerAppsAuditPlanRecord>,
    ),
    PowerAppsAuditResourceRecord(
        ::std::boxed::Box<crate::v1::security::PowerAppsAuditResourceRecord>,
    ),
    PowerBiAuditRecord(::std::boxed::Box<crate::v1::security::PowerBiAuditRecord>),
    PowerBiDlpAuditRecord(::std::boxed::Box<crate::v1::security::PowerBiDlpAuditRecord>),
    PowerPagesSiteAuditRecord(
        ::std::boxed::Box<crate::v1::security::PowerPagesSiteAuditRecord>,
    ),
    PowerPlatformAdminDlpAuditRecord(
        ::std::boxed::Box<crate::v1::security::PowerPlatformAdminDlpAuditRecord>,
    ),
    PowerPlatformAdminEnvironmentAuditRecord(
        ::std::boxed::Box<crate::v1::security::PowerPlatformAdminEnvironmentAuditRecord>,
    ),
    PowerPlatformAdministratorActivityRecord(
        ::std::boxed::Box<crate::v1::security::PowerPlatformAdministratorActivityRecord>,
    ),
    PowerPlatformLockboxResourceAccessRequestAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::PowerPlatformLockboxResourceAccessRequestAuditRecord,
        >,
    ),
    PowerPlatformLockboxResourceCommandAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::PowerPlatformLockboxResourceCommandAuditRecord,
        >,
    ),
    PowerPlatformServiceActivityAuditRecord(
        ::std::boxed::Box<crate::v1::security::PowerPlatformServiceActivityAuditRecord>,
    ),
    PowerPlatformTenantIsolationRecord(
        ::std::boxed::Box<crate::v1::security::PowerPlatformTenantIsolationRecord>,
    ),
    PrivaPrivacyAssessmentOperationRecord(
        ::std::boxed::Box<crate::v1::security::PrivaPrivacyAssessmentOperationRecord>,
    ),
    PrivaPrivacyConsentOperationRecord(
        ::std::boxed::Box<crate::v1::security::PrivaPrivacyConsentOperationRecord>,
    ),
    PrivacyDataMatchAuditRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyDataMatchAuditRecord>,
    ),
    PrivacyDataMinimizationRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyDataMinimizationRecord>,
    ),
    PrivacyDigestEmailRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyDigestEmailRecord>,
    ),
    PrivacyOpenAccessAuditRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyOpenAccessAuditRecord>,
    ),
    PrivacyPortalAuditRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyPortalAuditRecord>,
    ),
    PrivacyRemediationActionRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyRemediationActionRecord>,
    ),
    PrivacyRemediationRecord(
        ::std::boxed::Box<crate::v1::security::PrivacyRemediationRecord>,
    ),
    ProjectAuditRecord(::std::boxed::Box<crate::v1::security::ProjectAuditRecord>),
    ProjectForTheWebAssignedToMeSettingsAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ProjectForTheWebAssignedToMeSettingsAuditRecord,
        >,
    ),
    ProjectForTheWebProjectAuditRecord(
        ::std::boxed::Box<crate::v1::security::ProjectForTheWebProjectAuditRecord>,
    ),
    ProjectForTheWebProjectSettingsAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ProjectForTheWebProjectSettingsAuditRecord,
        >,
    ),
    ProjectForTheWebRoadmapAuditRecord(
        ::std::boxed::Box<crate::v1::security::ProjectForTheWebRoadmapAuditRecord>,
    ),
    ProjectForTheWebRoadmapItemAuditRecord(
        ::std::boxed::Box<crate::v1::security::ProjectForTheWebRoadmapItemAuditRecord>,
    ),
    ProjectForTheWebRoadmapSettingsAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::ProjectForTheWebRoadmapSettingsAuditRecord,
        >,
    ),
    ProjectForTheWebTaskAuditRecord(
        ::std::boxed::Box<crate::v1::security::ProjectForTheWebTaskAuditRecord>,
    ),
    PublicFolderAuditRecord(
        ::std::boxed::Box<crate::v1::security::PublicFolderAuditRecord>,
    ),
    PurviewInsiderRiskAlertsRecord(
        ::std::boxed::Box<crate::v1::security::PurviewInsiderRiskAlertsRecord>,
    ),
    PurviewInsiderRiskCasesRecord(
        ::std::boxed::Box<crate::v1::security::PurviewInsiderRiskCasesRecord>,
    ),
    PurviewMcRecommendationRecord(
        ::std::boxed::Box<crate::v1::security::PurviewMcRecommendationRecord>,
    ),
    PurviewPostureAgentAuditRecord(
        ::std::boxed::Box<crate::v1::security::PurviewPostureAgentAuditRecord>,
    ),
    QuarantineAuditRecord(::std::boxed::Box<crate::v1::security::QuarantineAuditRecord>),
    RecordsManagementAuditRecord(
        ::std::boxed::Box<crate::v1::security::RecordsManagementAuditRecord>,
    ),
    ReportSubmission(::std::boxed::Box<crate::v1::security::ReportSubmission>),
    ReportSubmissionResultDetail(
        ::std::boxed::Box<crate::v1::security::ReportSubmissionResultDetail>,
    ),
    RestrictedModeAuditRecord(
        ::std::boxed::Box<crate::v1::security::RestrictedModeAuditRecord>,
    ),
    RetentionPolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::RetentionPolicyAuditRecord>,
    ),
    RtiOperationsAgentAuditRecord(
        ::std::boxed::Box<crate::v1::security::RtiOperationsAgentAuditRecord>,
    ),
    SbpConfigurationEventRecord(
        ::std::boxed::Box<crate::v1::security::SbpConfigurationEventRecord>,
    ),
    SbpUsageEventRecord(::std::boxed::Box<crate::v1::security::SbpUsageEventRecord>),
    ScoreEvidence(::std::boxed::Box<crate::v1::security::ScoreEvidence>),
    ScorePlatformGenericAuditRecord(
        ::std::boxed::Box<crate::v1::security::ScorePlatformGenericAuditRecord>,
    ),
    ScriptRunAuditRecord(::std::boxed::Box<crate::v1::security::ScriptRunAuditRecord>),
    SearchAuditRecord(::std::boxed::Box<crate::v1::security::SearchAuditRecord>),
    SecurityComplianceAlertRecord(
        ::std::boxed::Box<crate::v1::security::SecurityComplianceAlertRecord>,
    ),
    SecurityComplianceCenterEopCmdletAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::SecurityComplianceCenterEopCmdletAuditRecord,
        >,
    ),
    SecurityComplianceInsightsAuditRecord(
        ::std::boxed::Box<crate::v1::security::SecurityComplianceInsightsAuditRecord>,
    ),
    SecurityComplianceRbacAuditRecord(
        ::std::boxed::Box<crate::v1::security::SecurityComplianceRbacAuditRecord>,
    ),
    SecurityComplianceUserChangeAuditRecord(
        ::std::boxed::Box<crate::v1::security::SecurityComplianceUserChangeAuditRecord>,
    ),
    SecurityCopilotIdentityManagementAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::SecurityCopilotIdentityManagementAuditRecord,
        >,
    ),
    SecurityDevelopmentLifecycleAiLogAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::SecurityDevelopmentLifecycleAiLogAuditRecord,
        >,
    ),
    SensitiveInfoRemediationAgentDataRecord(
        ::std::boxed::Box<crate::v1::security::SensitiveInfoRemediationAgentDataRecord>,
    ),
    SensitivityLabelActionAuditRecord(
        ::std::boxed::Box<crate::v1::security::SensitivityLabelActionAuditRecord>,
    ),
    SensitivityLabelPolicyMatchAuditRecord(
        ::std::boxed::Box<crate::v1::security::SensitivityLabelPolicyMatchAuditRecord>,
    ),
    SensitivityLabeledFileActionAuditRecord(
        ::std::boxed::Box<crate::v1::security::SensitivityLabeledFileActionAuditRecord>,
    ),
    SentinelAiToolAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelAiToolAuditRecord>,
    ),
    SentinelGraphAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelGraphAuditRecord>,
    ),
    SentinelJobAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelJobAuditRecord>,
    ),
    SentinelKqlOnLakeAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelKqlOnLakeAuditRecord>,
    ),
    SentinelLakeDataOnboardingAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelLakeDataOnboardingAuditRecord>,
    ),
    SentinelLakeEncryptionAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelLakeEncryptionAuditRecord>,
    ),
    SentinelLakeOnboardingAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelLakeOnboardingAuditRecord>,
    ),
    SentinelNotebookOnLakeAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelNotebookOnLakeAuditRecord>,
    ),
    SentinelPackageAuditRecord(
        ::std::boxed::Box<crate::v1::security::SentinelPackageAuditRecord>,
    ),
    SharePointAppPermissionOperationAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::SharePointAppPermissionOperationAuditRecord,
        >,
    ),
    SharePointAuditRecord(::std::boxed::Box<crate::v1::security::SharePointAuditRecord>),
    SharePointCommentOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointCommentOperationAuditRecord>,
    ),
    SharePointContentSecurityPolicyAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::SharePointContentSecurityPolicyAuditRecord,
        >,
    ),
    SharePointContentTypeOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointContentTypeOperationAuditRecord>,
    ),
    SharePointESignatureAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointESignatureAuditRecord>,
    ),
    SharePointFieldOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointFieldOperationAuditRecord>,
    ),
    SharePointFileOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointFileOperationAuditRecord>,
    ),
    SharePointListItemOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointListItemOperationAuditRecord>,
    ),
    SharePointListOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointListOperationAuditRecord>,
    ),
    SharePointSharingOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::SharePointSharingOperationAuditRecord>,
    ),
    SkypeForBusinessCmdletsAuditRecord(
        ::std::boxed::Box<crate::v1::security::SkypeForBusinessCmdletsAuditRecord>,
    ),
    SkypeForBusinessPstnUsageAuditRecord(
        ::std::boxed::Box<crate::v1::security::SkypeForBusinessPstnUsageAuditRecord>,
    ),
    SkypeForBusinessUsersBlockedAuditRecord(
        ::std::boxed::Box<crate::v1::security::SkypeForBusinessUsersBlockedAuditRecord>,
    ),
    SonarDetonationContentMetadata(
        ::std::boxed::Box<crate::v1::security::SonarDetonationContentMetadata>,
    ),
    SonarDetonationEntityAuditRecord(
        ::std::boxed::Box<crate::v1::security::SonarDetonationEntityAuditRecord>,
    ),
    SonarFileDetonationEntityAuditRecord(
        ::std::boxed::Box<crate::v1::security::SonarFileDetonationEntityAuditRecord>,
    ),
    SonarSubmissionEntityAuditRecord(
        ::std::boxed::Box<crate::v1::security::SonarSubmissionEntityAuditRecord>,
    ),
    SonarUrlDetonationEntityAuditRecord(
        ::std::boxed::Box<crate::v1::security::SonarUrlDetonationEntityAuditRecord>,
    ),
    SparkCoreCustomLivePoolRecord(
        ::std::boxed::Box<crate::v1::security::SparkCoreCustomLivePoolRecord>,
    ),
    SubmissionEntityAuditRecord(
        ::std::boxed::Box<crate::v1::security::SubmissionEntityAuditRecord>,
    ),
    SupervisoryReviewDayXInsightsAuditRecord(
        ::std::boxed::Box<crate::v1::security::SupervisoryReviewDayXInsightsAuditRecord>,
    ),
    SyntheticProbeAuditRecord(
        ::std::boxed::Box<crate::v1::security::SyntheticProbeAuditRecord>,
    ),
    TeamCopilotInteractionAuditRecord(
        ::std::boxed::Box<crate::v1::security::TeamCopilotInteractionAuditRecord>,
    ),
    TeamsEasyApprovalsAuditRecord(
        ::std::boxed::Box<crate::v1::security::TeamsEasyApprovalsAuditRecord>,
    ),
    TeamsEvalDataHubAdminOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::TeamsEvalDataHubAdminOperationAuditRecord>,
    ),
    TeamsEvalDataHubDataAccessAuditRecord(
        ::std::boxed::Box<crate::v1::security::TeamsEvalDataHubDataAccessAuditRecord>,
    ),
    TeamsEvalDataHubPermissionChangeAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::TeamsEvalDataHubPermissionChangeAuditRecord,
        >,
    ),
    TeamsHealthcareAuditRecord(
        ::std::boxed::Box<crate::v1::security::TeamsHealthcareAuditRecord>,
    ),
    TeamsUpdatesAuditRecord(
        ::std::boxed::Box<crate::v1::security::TeamsUpdatesAuditRecord>,
    ),
    TenantAllowBlockListAuditRecord(
        ::std::boxed::Box<crate::v1::security::TenantAllowBlockListAuditRecord>,
    ),
    ThreatFinderAuditRecord(
        ::std::boxed::Box<crate::v1::security::ThreatFinderAuditRecord>,
    ),
    ThreatIntelligenceAtpContentData(
        ::std::boxed::Box<crate::v1::security::ThreatIntelligenceAtpContentData>,
    ),
    ThreatIntelligenceExportAuditRecord(
        ::std::boxed::Box<crate::v1::security::ThreatIntelligenceExportAuditRecord>,
    ),
    ThreatIntelligenceMailData(
        ::std::boxed::Box<crate::v1::security::ThreatIntelligenceMailData>,
    ),
    ThreatIntelligenceObjectAuditRecord(
        ::std::boxed::Box<crate::v1::security::ThreatIntelligenceObjectAuditRecord>,
    ),
    ThreatIntelligenceUrlClickData(
        ::std::boxed::Box<crate::v1::security::ThreatIntelligenceUrlClickData>,
    ),
    TodoAuditRecord(::std::boxed::Box<crate::v1::security::TodoAuditRecord>),
    TrainableClassifierAuditRecord(
        ::std::boxed::Box<crate::v1::security::TrainableClassifierAuditRecord>,
    ),
    UamOperationAuditRecord(
        ::std::boxed::Box<crate::v1::security::UamOperationAuditRecord>,
    ),
    UnifiedGroupAuditRecord(
        ::std::boxed::Box<crate::v1::security::UnifiedGroupAuditRecord>,
    ),
    UnifiedSimulationMatchedItemAuditRecord(
        ::std::boxed::Box<crate::v1::security::UnifiedSimulationMatchedItemAuditRecord>,
    ),
    UnifiedSimulationSummaryAuditRecord(
        ::std::boxed::Box<crate::v1::security::UnifiedSimulationSummaryAuditRecord>,
    ),
    UniversalPrintManagementAuditRecord(
        ::std::boxed::Box<crate::v1::security::UniversalPrintManagementAuditRecord>,
    ),
    UniversalPrintPrintJobAuditRecord(
        ::std::boxed::Box<crate::v1::security::UniversalPrintPrintJobAuditRecord>,
    ),
    UrbacAssignmentAuditRecord(
        ::std::boxed::Box<crate::v1::security::UrbacAssignmentAuditRecord>,
    ),
    UrbacEnableStateAuditRecord(
        ::std::boxed::Box<crate::v1::security::UrbacEnableStateAuditRecord>,
    ),
    UrbacRoleAuditRecord(::std::boxed::Box<crate::v1::security::UrbacRoleAuditRecord>),
    UserTrainingAuditRecord(
        ::std::boxed::Box<crate::v1::security::UserTrainingAuditRecord>,
    ),
    UsxWorkspaceOnboardingAuditRecord(
        ::std::boxed::Box<crate::v1::security::UsxWorkspaceOnboardingAuditRecord>,
    ),
    VfamCreatePolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::VfamCreatePolicyAuditRecord>,
    ),
    VfamDeletePolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::VfamDeletePolicyAuditRecord>,
    ),
    VfamUpdatePolicyAuditRecord(
        ::std::boxed::Box<crate::v1::security::VfamUpdatePolicyAuditRecord>,
    ),
    VivaAmplifyAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaAmplifyAuditRecord>,
    ),
    VivaEngageEventsAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaEngageEventsAuditRecord>,
    ),
    VivaEngageNetworkAssociationAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaEngageNetworkAssociationAuditRecord>,
    ),
    VivaEngageSegmentAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaEngageSegmentAuditRecord>,
    ),
    VivaGlintAdvancedConfigurationAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintAdvancedConfigurationAuditRecord>,
    ),
    VivaGlintAgenticCampaignAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintAgenticCampaignAuditRecord>,
    ),
    VivaGlintFeedbackProgramAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintFeedbackProgramAuditRecord>,
    ),
    VivaGlintOrganizationalDataAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintOrganizationalDataAuditRecord>,
    ),
    VivaGlintPulseProgramAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintPulseProgramAuditRecord>,
    ),
    VivaGlintPulseProgramRespondentRateAuditRecord(
        ::std::boxed::Box<
            crate::v1::security::VivaGlintPulseProgramRespondentRateAuditRecord,
        >,
    ),
    VivaGlintQuestionAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintQuestionAuditRecord>,
    ),
    VivaGlintRoleAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintRoleAuditRecord>,
    ),
    VivaGlintRubiconAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintRubiconAuditRecord>,
    ),
    VivaGlintSupportAccessAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintSupportAccessAuditRecord>,
    ),
    VivaGlintSystemAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintSystemAuditRecord>,
    ),
    VivaGlintUserAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintUserAuditRecord>,
    ),
    VivaGlintUserGroupAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaGlintUserGroupAuditRecord>,
    ),
    VivaGoalsAuditRecord(::std::boxed::Box<crate::v1::security::VivaGoalsAuditRecord>),
    VivaLearningAdminAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaLearningAdminAuditRecord>,
    ),
    VivaLearningAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaLearningAuditRecord>,
    ),
    VivaPulseAdminAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaPulseAdminAuditRecord>,
    ),
    VivaPulseOrganizerAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaPulseOrganizerAuditRecord>,
    ),
    VivaPulseReportAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaPulseReportAuditRecord>,
    ),
    VivaPulseResponseAuditRecord(
        ::std::boxed::Box<crate::v1::security::VivaPulseResponseAuditRecord>,
    ),
    WdatpAlertsAuditRecord(
        ::std::boxed::Box<crate::v1::security::WdatpAlertsAuditRecord>,
    ),
    WebContentFilteringAuditRecord(
        ::std::boxed::Box<crate::v1::security::WebContentFilteringAuditRecord>,
    ),
    Windows365CustomerLockboxAuditRecord(
        ::std::boxed::Box<crate::v1::security::Windows365CustomerLockboxAuditRecord>,
    ),
    WorkplaceAnalyticsAuditRecord(
        ::std::boxed::Box<crate::v1::security::WorkplaceAnalyticsAuditRecord>,
    ),
    YammerAuditRecord(::std::boxed::Box<crate::v1::security::YammerAuditRecord>),
    YammerUserHidingAuditRecord(
        ::std::boxed::Box<crate::v1::security::YammerUserHidingAuditRecord>,
    ),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyAuditData {
    #[inline]
    fn default() -> Self {
        Self::AuditData(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuditData> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AuditData) -> Self {
        Self::AuditData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::A365AiExecuteTool> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::A365AiExecuteTool) -> Self {
        Self::A365AiExecuteTool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::A365AiInferenceCall> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::A365AiInferenceCall) -> Self {
        Self::A365AiInferenceCall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::A365AiInvokeAgent> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::A365AiInvokeAgent) -> Self {
        Self::A365AiInvokeAgent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::A365AiRunSummary> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::A365AiRunSummary) -> Self {
        Self::A365AiRunSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::A365SpanOutputs> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::A365SpanOutputs) -> Self {
        Self::A365SpanOutputs(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AISpanOutputsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AISpanOutputsAuditRecord) -> Self {
        Self::AISpanOutputsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AadRiskDetectionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AadRiskDetectionAuditRecord) -> Self {
        Self::AadRiskDetectionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AedAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AedAuditRecord) -> Self {
        Self::AedAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AgentAdminActivityRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AgentAdminActivityRecord) -> Self {
        Self::AgentAdminActivityRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AgentSettingAdminActivity>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AgentSettingAdminActivity) -> Self {
        Self::AgentSettingAdminActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AiAppInteractionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AiAppInteractionAuditRecord) -> Self {
        Self::AiAppInteractionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AiExecuteToolAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AiExecuteToolAuditRecord) -> Self {
        Self::AiExecuteToolAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::AiInteractionsChangeNotificationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::AiInteractionsChangeNotificationAuditRecord,
    ) -> Self {
        Self::AiInteractionsChangeNotificationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AiInteractionsExportAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AiInteractionsExportAuditRecord) -> Self {
        Self::AiInteractionsExportAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AiInteractionsSubscriptionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AiInteractionsSubscriptionAuditRecord) -> Self {
        Self::AiInteractionsSubscriptionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AiInvokeAgentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AiInvokeAgentAuditRecord) -> Self {
        Self::AiInvokeAgentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AipDiscover> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AipDiscover) -> Self {
        Self::AipDiscover(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AipFileDeleted> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AipFileDeleted) -> Self {
        Self::AipFileDeleted(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AipHeartBeat> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AipHeartBeat) -> Self {
        Self::AipHeartBeat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AipProtectionActionLogRequest>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AipProtectionActionLogRequest) -> Self {
        Self::AipProtectionActionLogRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AipScannerDiscoverEvent>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AipScannerDiscoverEvent) -> Self {
        Self::AipScannerDiscoverEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AipSensitivityLabelActionLogRequest>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AipSensitivityLabelActionLogRequest) -> Self {
        Self::AipSensitivityLabelActionLogRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AirAdminActionInvestigationData>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AirAdminActionInvestigationData) -> Self {
        Self::AirAdminActionInvestigationData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AirInvestigationData> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AirInvestigationData) -> Self {
        Self::AirInvestigationData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AirManualInvestigationData>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AirManualInvestigationData) -> Self {
        Self::AirManualInvestigationData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AlertSubmissionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AlertSubmissionAuditRecord) -> Self {
        Self::AlertSubmissionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AlertSubmissionResultDetailAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AlertSubmissionResultDetailAuditRecord) -> Self {
        Self::AlertSubmissionResultDetailAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AttackSimAdminAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AttackSimAdminAuditRecord) -> Self {
        Self::AttackSimAdminAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AttackSimAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AttackSimAuditRecord) -> Self {
        Self::AttackSimAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuditConfigAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AuditConfigAuditRecord) -> Self {
        Self::AuditConfigAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuditSearchAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AuditSearchAuditRecord) -> Self {
        Self::AuditSearchAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzfwApplicationRuleAggregationEventRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AzfwApplicationRuleAggregationEventRecord) -> Self {
        Self::AzfwApplicationRuleAggregationEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzfwDnsQueryEventRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AzfwDnsQueryEventRecord) -> Self {
        Self::AzfwDnsQueryEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzfwNetworkRuleEventRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AzfwNetworkRuleEventRecord) -> Self {
        Self::AzfwNetworkRuleEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzureAiSearchAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AzureAiSearchAuditRecord) -> Self {
        Self::AzureAiSearchAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::AzureActiveDirectoryAccountLogonAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::AzureActiveDirectoryAccountLogonAuditRecord,
    ) -> Self {
        Self::AzureActiveDirectoryAccountLogonAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzureActiveDirectoryAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AzureActiveDirectoryAuditRecord) -> Self {
        Self::AzureActiveDirectoryAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzureActiveDirectoryStsLogonAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::AzureActiveDirectoryStsLogonAuditRecord) -> Self {
        Self::AzureActiveDirectoryStsLogonAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CampaignAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CampaignAuditRecord) -> Self {
        Self::CampaignAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CcraiPolicyViolationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CcraiPolicyViolationRecord) -> Self {
        Self::CcraiPolicyViolationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpClassifierHealthRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpClassifierHealthRecord) -> Self {
        Self::CdpClassifierHealthRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpColdCrawlStatusRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpColdCrawlStatusRecord) -> Self {
        Self::CdpColdCrawlStatusRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpConsumptionResourceRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpConsumptionResourceRecord) -> Self {
        Self::CdpConsumptionResourceRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpContentExplorerAggregateRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpContentExplorerAggregateRecord) -> Self {
        Self::CdpContentExplorerAggregateRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpDlpSensitiveEndpointAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpDlpSensitiveEndpointAuditRecord) -> Self {
        Self::CdpDlpSensitiveEndpointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpLogRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpLogRecord) -> Self {
        Self::CdpLogRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpOcrBillingRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpOcrBillingRecord) -> Self {
        Self::CdpOcrBillingRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpResourceScopeChangeEventRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpResourceScopeChangeEventRecord) -> Self {
        Self::CdpResourceScopeChangeEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CdpdlmaiInteractionInsightsRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CdpdlmaiInteractionInsightsRecord) -> Self {
        Self::CdpdlmaiInteractionInsightsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CloudUpdateDeviceConfigAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CloudUpdateDeviceConfigAuditRecord) -> Self {
        Self::CloudUpdateDeviceConfigAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CloudUpdateProfileConfigAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CloudUpdateProfileConfigAuditRecord) -> Self {
        Self::CloudUpdateProfileConfigAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CloudUpdateTenantConfigAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CloudUpdateTenantConfigAuditRecord) -> Self {
        Self::CloudUpdateTenantConfigAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceConnectorAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceConnectorAuditRecord) -> Self {
        Self::ComplianceConnectorAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlmExchangeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlmExchangeAuditRecord) -> Self {
        Self::ComplianceDlmExchangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlmSharePointAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlmSharePointAuditRecord) -> Self {
        Self::ComplianceDlmSharePointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpApplicationsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpApplicationsAuditRecord) -> Self {
        Self::ComplianceDlpApplicationsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ComplianceDlpApplicationsClassificationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ComplianceDlpApplicationsClassificationAuditRecord,
    ) -> Self {
        Self::ComplianceDlpApplicationsClassificationAuditRecord(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpEndpointAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpEndpointAuditRecord) -> Self {
        Self::ComplianceDlpEndpointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpEndpointDiscoveryAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpEndpointDiscoveryAuditRecord) -> Self {
        Self::ComplianceDlpEndpointDiscoveryAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpEnforcementAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpEnforcementAuditRecord) -> Self {
        Self::ComplianceDlpEnforcementAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpExchangeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpExchangeAuditRecord) -> Self {
        Self::ComplianceDlpExchangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ComplianceDlpExchangeClassificationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ComplianceDlpExchangeClassificationAuditRecord,
    ) -> Self {
        Self::ComplianceDlpExchangeClassificationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ComplianceDlpExchangeClassificationCdpRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ComplianceDlpExchangeClassificationCdpRecord,
    ) -> Self {
        Self::ComplianceDlpExchangeClassificationCdpRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpExchangeDiscoveryAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpExchangeDiscoveryAuditRecord) -> Self {
        Self::ComplianceDlpExchangeDiscoveryAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceDlpSharePointAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceDlpSharePointAuditRecord) -> Self {
        Self::ComplianceDlpSharePointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ComplianceDlpSharePointClassificationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ComplianceDlpSharePointClassificationAuditRecord,
    ) -> Self {
        Self::ComplianceDlpSharePointClassificationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ComplianceDlpSharePointClassificationCdpRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ComplianceDlpSharePointClassificationCdpRecord,
    ) -> Self {
        Self::ComplianceDlpSharePointClassificationCdpRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ComplianceDlpSharePointClassificationExtendedAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ComplianceDlpSharePointClassificationExtendedAuditRecord,
    ) -> Self {
        Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceExchangeOcrAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceExchangeOcrAuditRecord) -> Self {
        Self::ComplianceExchangeOcrAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceManagerActionRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceManagerActionRecord) -> Self {
        Self::ComplianceManagerActionRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::CompliancePolicyGradingSharePointAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::CompliancePolicyGradingSharePointAuditRecord,
    ) -> Self {
        Self::CompliancePolicyGradingSharePointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceSettingsChangeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceSettingsChangeAuditRecord) -> Self {
        Self::ComplianceSettingsChangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceSitGradingSharePointAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceSitGradingSharePointAuditRecord) -> Self {
        Self::ComplianceSitGradingSharePointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ComplianceSupervisionExchangeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ComplianceSupervisionExchangeAuditRecord) -> Self {
        Self::ComplianceSupervisionExchangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ConnectedAiAppInteractionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ConnectedAiAppInteractionAuditRecord) -> Self {
        Self::ConnectedAiAppInteractionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ConsumptionResourceAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ConsumptionResourceAuditRecord) -> Self {
        Self::ConsumptionResourceAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ContentStoreMetadataRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ContentStoreMetadataRecord) -> Self {
        Self::ContentStoreMetadataRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotAgentManagementAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotAgentManagementAuditRecord) -> Self {
        Self::CopilotAgentManagementAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotForSecurityLoggingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotForSecurityLoggingAuditRecord) -> Self {
        Self::CopilotForSecurityLoggingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotForSecurityTriggerAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotForSecurityTriggerAuditRecord) -> Self {
        Self::CopilotForSecurityTriggerAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotInteractionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotInteractionAuditRecord) -> Self {
        Self::CopilotInteractionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotPluginSettingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotPluginSettingAuditRecord) -> Self {
        Self::CopilotPluginSettingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotPromptBookSettingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotPromptBookSettingAuditRecord) -> Self {
        Self::CopilotPromptBookSettingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotSessionSharingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotSessionSharingAuditRecord) -> Self {
        Self::CopilotSessionSharingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotSettingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotSettingAuditRecord) -> Self {
        Self::CopilotSettingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CopilotWorkspaceSettingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CopilotWorkspaceSettingAuditRecord) -> Self {
        Self::CopilotWorkspaceSettingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CoreReportingSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CoreReportingSettingsAuditRecord) -> Self {
        Self::CoreReportingSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CortanaBriefingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CortanaBriefingAuditRecord) -> Self {
        Self::CortanaBriefingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::CriticalAssetManagementClassificationRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::CriticalAssetManagementClassificationRecord,
    ) -> Self {
        Self::CriticalAssetManagementClassificationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CrmEntityOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CrmEntityOperationAuditRecord) -> Self {
        Self::CrmEntityOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CrossTenantAccessPolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CrossTenantAccessPolicyAuditRecord) -> Self {
        Self::CrossTenantAccessPolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CustomerKeyServiceEncryptionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::CustomerKeyServiceEncryptionAuditRecord) -> Self {
        Self::CustomerKeyServiceEncryptionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataCenterSecurityCmdletAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DataCenterSecurityCmdletAuditRecord) -> Self {
        Self::DataCenterSecurityCmdletAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataGovernanceAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DataGovernanceAuditRecord) -> Self {
        Self::DataGovernanceAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataInsightsRestApiAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DataInsightsRestApiAuditRecord) -> Self {
        Self::DataInsightsRestApiAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataLakeExportOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DataLakeExportOperationAuditRecord) -> Self {
        Self::DataLakeExportOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataSecurityInvestigationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DataSecurityInvestigationAuditRecord) -> Self {
        Self::DataSecurityInvestigationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataShareOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DataShareOperationAuditRecord) -> Self {
        Self::DataShareOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DefaultAuditData> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DefaultAuditData) -> Self {
        Self::DefaultAuditData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DefenderCaseManagementAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DefenderCaseManagementAuditRecord) -> Self {
        Self::DefenderCaseManagementAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DefenderPreviewFeaturesRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DefenderPreviewFeaturesRecord) -> Self {
        Self::DefenderPreviewFeaturesRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::DefenderSecurityForAiConfigurationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::DefenderSecurityForAiConfigurationAuditRecord,
    ) -> Self {
        Self::DefenderSecurityForAiConfigurationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DeployFeatureActivityRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DeployFeatureActivityRecord) -> Self {
        Self::DeployFeatureActivityRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::DeviceDiscoverySettingsAuthenticatedScansRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::DeviceDiscoverySettingsAuthenticatedScansRecord,
    ) -> Self {
        Self::DeviceDiscoverySettingsAuthenticatedScansRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DeviceDiscoverySettingsExclusionRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DeviceDiscoverySettingsExclusionRecord) -> Self {
        Self::DeviceDiscoverySettingsExclusionRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DeviceDiscoverySettingsRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DeviceDiscoverySettingsRecord) -> Self {
        Self::DeviceDiscoverySettingsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DiscoveryAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DiscoveryAuditRecord) -> Self {
        Self::DiscoveryAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DlpEndpointAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DlpEndpointAuditRecord) -> Self {
        Self::DlpEndpointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DlpImportResultAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DlpImportResultAuditRecord) -> Self {
        Self::DlpImportResultAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::DlpSensitiveInformationTypeRulePackageCmdletRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::DlpSensitiveInformationTypeRulePackageCmdletRecord,
    ) -> Self {
        Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DragonCopilotAccessRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DragonCopilotAccessRecord) -> Self {
        Self::DragonCopilotAccessRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DragonCopilotAdminRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DragonCopilotAdminRecord) -> Self {
        Self::DragonCopilotAdminRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DragonCopilotClinicalDataRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DragonCopilotClinicalDataRecord) -> Self {
        Self::DragonCopilotClinicalDataRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DragonCopilotSessionRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::DragonCopilotSessionRecord) -> Self {
        Self::DragonCopilotSessionRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Dynamics365BusinessCentralAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Dynamics365BusinessCentralAuditRecord) -> Self {
        Self::Dynamics365BusinessCentralAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EhrConnectorAuditBaseRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::EhrConnectorAuditBaseRecord) -> Self {
        Self::EhrConnectorAuditBaseRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EopSubmissionFeedEntityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::EopSubmissionFeedEntityAuditRecord) -> Self {
        Self::EopSubmissionFeedEntityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ExchangeAdminAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ExchangeAdminAuditRecord) -> Self {
        Self::ExchangeAdminAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ExchangeAggregatedMailboxAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ExchangeAggregatedMailboxAuditRecord) -> Self {
        Self::ExchangeAggregatedMailboxAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ExchangeAggregatedOperationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ExchangeAggregatedOperationRecord) -> Self {
        Self::ExchangeAggregatedOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ExchangeMailboxAuditGroupRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ExchangeMailboxAuditGroupRecord) -> Self {
        Self::ExchangeMailboxAuditGroupRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ExchangeMailboxAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ExchangeMailboxAuditRecord) -> Self {
        Self::ExchangeMailboxAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FabricAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::FabricAuditRecord) -> Self {
        Self::FabricAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FabricPolicyRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::FabricPolicyRecord) -> Self {
        Self::FabricPolicyRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HealthcareSignalRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::HealthcareSignalRecord) -> Self {
        Self::HealthcareSignalRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostedRpaAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::HostedRpaAuditRecord) -> Self {
        Self::HostedRpaAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HrSignalAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::HrSignalAuditRecord) -> Self {
        Self::HrSignalAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HygieneEventRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::HygieneEventRecord) -> Self {
        Self::HygieneEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::InformationBarrierPolicyApplicationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::InformationBarrierPolicyApplicationAuditRecord,
    ) -> Self {
        Self::InformationBarrierPolicyApplicationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::InformationWorkerProtectionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::InformationWorkerProtectionAuditRecord) -> Self {
        Self::InformationWorkerProtectionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::InsiderRiskScopedUserInsightsRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::InsiderRiskScopedUserInsightsRecord) -> Self {
        Self::InsiderRiskScopedUserInsightsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::InsiderRiskScopedUsersRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::InsiderRiskScopedUsersRecord) -> Self {
        Self::InsiderRiskScopedUsersRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IntegratedAppsAppAdminActivityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::IntegratedAppsAppAdminActivityAuditRecord) -> Self {
        Self::IntegratedAppsAppAdminActivityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::IntegratedAppsAppSettingsAdminActivityAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::IntegratedAppsAppSettingsAdminActivityAuditRecord,
    ) -> Self {
        Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IrmActivityAuditTrailRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::IrmActivityAuditTrailRecord) -> Self {
        Self::IrmActivityAuditTrailRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IrmUserDefinedDetectionRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::IrmUserDefinedDetectionRecord) -> Self {
        Self::IrmUserDefinedDetectionRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KaizalaAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::KaizalaAuditRecord) -> Self {
        Self::KaizalaAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::LabelAnalyticsAggregateAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::LabelAnalyticsAggregateAuditRecord) -> Self {
        Self::LabelAnalyticsAggregateAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::LabelContentExplorerAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::LabelContentExplorerAuditRecord) -> Self {
        Self::LabelContentExplorerAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::LargeContentMetadataAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::LargeContentMetadataAuditRecord) -> Self {
        Self::LargeContentMetadataAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::M365ComplianceConnectorAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::M365ComplianceConnectorAuditRecord) -> Self {
        Self::M365ComplianceConnectorAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::M365SearchSectionsRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::M365SearchSectionsRecord) -> Self {
        Self::M365SearchSectionsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::M365daadAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::M365daadAuditRecord) -> Self {
        Self::M365daadAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::M365odspAssetMetadataRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::M365odspAssetMetadataRecord) -> Self {
        Self::M365odspAssetMetadataRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MDashAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MDashAuditRecord) -> Self {
        Self::MDashAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MailSubmissionData> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MailSubmissionData) -> Self {
        Self::MailSubmissionData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ManagedServicesAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ManagedServicesAuditRecord) -> Self {
        Self::ManagedServicesAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ManagedTenantsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ManagedTenantsAuditRecord) -> Self {
        Self::ManagedTenantsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MapgAlertsAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MapgAlertsAuditRecord) -> Self {
        Self::MapgAlertsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MapgOnboardAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MapgOnboardAuditRecord) -> Self {
        Self::MapgOnboardAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MapgPolicyAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MapgPolicyAuditRecord) -> Self {
        Self::MapgPolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MapgRemediationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MapgRemediationAuditRecord) -> Self {
        Self::MapgRemediationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::McasAlertsAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::McasAlertsAuditRecord) -> Self {
        Self::McasAlertsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MdaAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MdaAuditRecord) -> Self {
        Self::MdaAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MdaDataSecuritySignalRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MdaDataSecuritySignalRecord) -> Self {
        Self::MdaDataSecuritySignalRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MdatpAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MdatpAuditRecord) -> Self {
        Self::MdatpAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MdcEventsRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MdcEventsRecord) -> Self {
        Self::MdcEventsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MdiAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MdiAuditRecord) -> Self {
        Self::MdiAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MeshWorldsAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MeshWorldsAuditRecord) -> Self {
        Self::MeshWorldsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Microsoft365BackupBackupItemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Microsoft365BackupBackupItemAuditRecord) -> Self {
        Self::Microsoft365BackupBackupItemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Microsoft365BackupBackupPolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Microsoft365BackupBackupPolicyAuditRecord) -> Self {
        Self::Microsoft365BackupBackupPolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::Microsoft365BackupGranularBrowseTaskAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::Microsoft365BackupGranularBrowseTaskAuditRecord,
    ) -> Self {
        Self::Microsoft365BackupGranularBrowseTaskAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Microsoft365BackupRestoreItemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Microsoft365BackupRestoreItemAuditRecord) -> Self {
        Self::Microsoft365BackupRestoreItemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Microsoft365BackupRestoreTaskAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Microsoft365BackupRestoreTaskAuditRecord) -> Self {
        Self::Microsoft365BackupRestoreTaskAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::Microsoft365CopilotScheduledPromptAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::Microsoft365CopilotScheduledPromptAuditRecord,
    ) -> Self {
        Self::Microsoft365CopilotScheduledPromptAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftDefenderExpertsXdrAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftDefenderExpertsXdrAuditRecord) -> Self {
        Self::MicrosoftDefenderExpertsXdrAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftFlowAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftFlowAuditRecord) -> Self {
        Self::MicrosoftFlowAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftFormsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftFormsAuditRecord) -> Self {
        Self::MicrosoftFormsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftGraphDataConnectConsent>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftGraphDataConnectConsent) -> Self {
        Self::MicrosoftGraphDataConnectConsent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftGraphDataConnectOperation>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftGraphDataConnectOperation) -> Self {
        Self::MicrosoftGraphDataConnectOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MicrosoftPurviewDataCatalogOperationRecord,
> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftPurviewDataCatalogOperationRecord) -> Self {
        Self::MicrosoftPurviewDataCatalogOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftPurviewDataMapOperationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftPurviewDataMapOperationRecord) -> Self {
        Self::MicrosoftPurviewDataMapOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MicrosoftPurviewMetadataPolicyOperationRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MicrosoftPurviewMetadataPolicyOperationRecord,
    ) -> Self {
        Self::MicrosoftPurviewMetadataPolicyOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftPurviewPolicyOperationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftPurviewPolicyOperationRecord) -> Self {
        Self::MicrosoftPurviewPolicyOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftPurviewPrivacyAuditEvent>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftPurviewPrivacyAuditEvent) -> Self {
        Self::MicrosoftPurviewPrivacyAuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MicrosoftPurviewUnifiedCatalogOperationRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MicrosoftPurviewUnifiedCatalogOperationRecord,
    ) -> Self {
        Self::MicrosoftPurviewUnifiedCatalogOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftStreamAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftStreamAuditRecord) -> Self {
        Self::MicrosoftStreamAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftTeamsAdminAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftTeamsAdminAuditRecord) -> Self {
        Self::MicrosoftTeamsAdminAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftTeamsAnalyticsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftTeamsAnalyticsAuditRecord) -> Self {
        Self::MicrosoftTeamsAnalyticsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftTeamsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftTeamsAuditRecord) -> Self {
        Self::MicrosoftTeamsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftTeamsDeviceAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftTeamsDeviceAuditRecord) -> Self {
        Self::MicrosoftTeamsDeviceAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MicrosoftTeamsRetentionLabelActionAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MicrosoftTeamsRetentionLabelActionAuditRecord,
    ) -> Self {
        Self::MicrosoftTeamsRetentionLabelActionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MicrosoftTeamsSensitivityLabelActionAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MicrosoftTeamsSensitivityLabelActionAuditRecord,
    ) -> Self {
        Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftTeamsShiftsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftTeamsShiftsAuditRecord) -> Self {
        Self::MicrosoftTeamsShiftsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MicrosoftTeamsUserConcernAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MicrosoftTeamsUserConcernAuditRecord) -> Self {
        Self::MicrosoftTeamsUserConcernAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipAutoLabelExchangeItemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipAutoLabelExchangeItemAuditRecord) -> Self {
        Self::MipAutoLabelExchangeItemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipAutoLabelProgressFeedbackAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipAutoLabelProgressFeedbackAuditRecord) -> Self {
        Self::MipAutoLabelProgressFeedbackAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipAutoLabelSharePointItemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipAutoLabelSharePointItemAuditRecord) -> Self {
        Self::MipAutoLabelSharePointItemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MipAutoLabelSharePointPolicyLocationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MipAutoLabelSharePointPolicyLocationAuditRecord,
    ) -> Self {
        Self::MipAutoLabelSharePointPolicyLocationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MipAutoLabelSimulationSharePointCompletionRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MipAutoLabelSimulationSharePointCompletionRecord,
    ) -> Self {
        Self::MipAutoLabelSimulationSharePointCompletionRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::MipAutoLabelSimulationSharePointProgressRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::MipAutoLabelSimulationSharePointProgressRecord,
    ) -> Self {
        Self::MipAutoLabelSimulationSharePointProgressRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipAutoLabelSimulationStatisticsRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipAutoLabelSimulationStatisticsRecord) -> Self {
        Self::MipAutoLabelSimulationStatisticsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipExactDataMatchAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipExactDataMatchAuditRecord) -> Self {
        Self::MipExactDataMatchAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipLabelAnalyticsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipLabelAnalyticsAuditRecord) -> Self {
        Self::MipLabelAnalyticsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MipLabelAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MipLabelAuditRecord) -> Self {
        Self::MipLabelAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MosAgentInfoRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MosAgentInfoRecord) -> Self {
        Self::MosAgentInfoRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MosAgentInfoRecordV2> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MosAgentInfoRecordV2) -> Self {
        Self::MosAgentInfoRecordV2(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Ms365dCustomDetectionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Ms365dCustomDetectionAuditRecord) -> Self {
        Self::Ms365dCustomDetectionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Ms365dIncidentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Ms365dIncidentAuditRecord) -> Self {
        Self::Ms365dIncidentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Ms365dSuppressionRuleAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Ms365dSuppressionRuleAuditRecord) -> Self {
        Self::Ms365dSuppressionRuleAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MsdeCustomCollectionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MsdeCustomCollectionAuditRecord) -> Self {
        Self::MsdeCustomCollectionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MsdeGeneralSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MsdeGeneralSettingsAuditRecord) -> Self {
        Self::MsdeGeneralSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MsdeIndicatorsSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MsdeIndicatorsSettingsAuditRecord) -> Self {
        Self::MsdeIndicatorsSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MsdeResponseActionsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MsdeResponseActionsAuditRecord) -> Self {
        Self::MsdeResponseActionsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MsdeRolesSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MsdeRolesSettingsAuditRecord) -> Self {
        Self::MsdeRolesSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MspVectorSearchContentMetadataAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MspVectorSearchContentMetadataAuditRecord) -> Self {
        Self::MspVectorSearchContentMetadataAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MsticNationStateNotificationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MsticNationStateNotificationRecord) -> Self {
        Self::MsticNationStateNotificationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MultiStageDispositionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MultiStageDispositionAuditRecord) -> Self {
        Self::MultiStageDispositionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MyAnalyticsSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::MyAnalyticsSettingsAuditRecord) -> Self {
        Self::MyAnalyticsSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::NoisyAlertPolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::NoisyAlertPolicyAuditRecord) -> Self {
        Self::NoisyAlertPolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OfficeNativeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OfficeNativeAuditRecord) -> Self {
        Self::OfficeNativeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OmePortalAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OmePortalAuditRecord) -> Self {
        Self::OmePortalAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::OnDemandSharePointClassificationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::OnDemandSharePointClassificationAuditRecord,
    ) -> Self {
        Self::OnDemandSharePointClassificationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OnPremisesFileShareScannerDlpAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OnPremisesFileShareScannerDlpAuditRecord) -> Self {
        Self::OnPremisesFileShareScannerDlpAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OnPremisesSharePointScannerDlpAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OnPremisesSharePointScannerDlpAuditRecord) -> Self {
        Self::OnPremisesSharePointScannerDlpAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OneDriveAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OneDriveAuditRecord) -> Self {
        Self::OneDriveAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OrganizationalDataInM365AuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OrganizationalDataInM365AuditRecord) -> Self {
        Self::OrganizationalDataInM365AuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OutlookCopilotAutomationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OutlookCopilotAutomationAuditRecord) -> Self {
        Self::OutlookCopilotAutomationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OwaGetAccessTokenForResourceAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::OwaGetAccessTokenForResourceAuditRecord) -> Self {
        Self::OwaGetAccessTokenForResourceAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::P4AiRiskScoreRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::P4AiRiskScoreRecord) -> Self {
        Self::P4AiRiskScoreRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::P4aiAssessmentCategoryRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::P4aiAssessmentCategoryRecord) -> Self {
        Self::P4aiAssessmentCategoryRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::P4aiAssessmentFabricScannerRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::P4aiAssessmentFabricScannerRecord) -> Self {
        Self::P4aiAssessmentFabricScannerRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::P4aiAssessmentLocationResultRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::P4aiAssessmentLocationResultRecord) -> Self {
        Self::P4aiAssessmentLocationResultRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::P4aiAssessmentRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::P4aiAssessmentRecord) -> Self {
        Self::P4aiAssessmentRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PeopleAdminSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PeopleAdminSettingsAuditRecord) -> Self {
        Self::PeopleAdminSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PhysicalBadgingSignalAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PhysicalBadgingSignalAuditRecord) -> Self {
        Self::PhysicalBadgingSignalAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlacesDirectoryAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlacesDirectoryAuditRecord) -> Self {
        Self::PlacesDirectoryAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerChatMessageAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerChatMessageAuditRecord) -> Self {
        Self::PlannerChatMessageAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerChatMessageListAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerChatMessageListAuditRecord) -> Self {
        Self::PlannerChatMessageListAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerCopyPlanAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerCopyPlanAuditRecord) -> Self {
        Self::PlannerCopyPlanAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerGoalAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerGoalAuditRecord) -> Self {
        Self::PlannerGoalAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerGoalListAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerGoalListAuditRecord) -> Self {
        Self::PlannerGoalListAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerPlanAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerPlanAuditRecord) -> Self {
        Self::PlannerPlanAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerPlanListAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerPlanListAuditRecord) -> Self {
        Self::PlannerPlanListAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerPlanSensitivityLabelAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerPlanSensitivityLabelAuditRecord) -> Self {
        Self::PlannerPlanSensitivityLabelAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerRosterAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerRosterAuditRecord) -> Self {
        Self::PlannerRosterAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerRosterSensitivityLabelAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerRosterSensitivityLabelAuditRecord) -> Self {
        Self::PlannerRosterSensitivityLabelAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerTaskAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerTaskAuditRecord) -> Self {
        Self::PlannerTaskAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerTaskListAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerTaskListAuditRecord) -> Self {
        Self::PlannerTaskListAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PlannerTenantSettingsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PlannerTenantSettingsAuditRecord) -> Self {
        Self::PlannerTenantSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PolicyConfigChangeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PolicyConfigChangeAuditRecord) -> Self {
        Self::PolicyConfigChangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerAppsAuditAppRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerAppsAuditAppRecord) -> Self {
        Self::PowerAppsAuditAppRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerAppsAuditPlanRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerAppsAuditPlanRecord) -> Self {
        Self::PowerAppsAuditPlanRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerAppsAuditResourceRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerAppsAuditResourceRecord) -> Self {
        Self::PowerAppsAuditResourceRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerBiAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerBiAuditRecord) -> Self {
        Self::PowerBiAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerBiDlpAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerBiDlpAuditRecord) -> Self {
        Self::PowerBiDlpAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerPagesSiteAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerPagesSiteAuditRecord) -> Self {
        Self::PowerPagesSiteAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerPlatformAdminDlpAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerPlatformAdminDlpAuditRecord) -> Self {
        Self::PowerPlatformAdminDlpAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerPlatformAdminEnvironmentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerPlatformAdminEnvironmentAuditRecord) -> Self {
        Self::PowerPlatformAdminEnvironmentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerPlatformAdministratorActivityRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerPlatformAdministratorActivityRecord) -> Self {
        Self::PowerPlatformAdministratorActivityRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::PowerPlatformLockboxResourceAccessRequestAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::PowerPlatformLockboxResourceAccessRequestAuditRecord,
    ) -> Self {
        Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::PowerPlatformLockboxResourceCommandAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::PowerPlatformLockboxResourceCommandAuditRecord,
    ) -> Self {
        Self::PowerPlatformLockboxResourceCommandAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerPlatformServiceActivityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerPlatformServiceActivityAuditRecord) -> Self {
        Self::PowerPlatformServiceActivityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PowerPlatformTenantIsolationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PowerPlatformTenantIsolationRecord) -> Self {
        Self::PowerPlatformTenantIsolationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivaPrivacyAssessmentOperationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivaPrivacyAssessmentOperationRecord) -> Self {
        Self::PrivaPrivacyAssessmentOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivaPrivacyConsentOperationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivaPrivacyConsentOperationRecord) -> Self {
        Self::PrivaPrivacyConsentOperationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyDataMatchAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyDataMatchAuditRecord) -> Self {
        Self::PrivacyDataMatchAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyDataMinimizationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyDataMinimizationRecord) -> Self {
        Self::PrivacyDataMinimizationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyDigestEmailRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyDigestEmailRecord) -> Self {
        Self::PrivacyDigestEmailRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyOpenAccessAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyOpenAccessAuditRecord) -> Self {
        Self::PrivacyOpenAccessAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyPortalAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyPortalAuditRecord) -> Self {
        Self::PrivacyPortalAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyRemediationActionRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyRemediationActionRecord) -> Self {
        Self::PrivacyRemediationActionRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PrivacyRemediationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PrivacyRemediationRecord) -> Self {
        Self::PrivacyRemediationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ProjectAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectAuditRecord) -> Self {
        Self::ProjectAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ProjectForTheWebAssignedToMeSettingsAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::ProjectForTheWebAssignedToMeSettingsAuditRecord,
    ) -> Self {
        Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ProjectForTheWebProjectAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectForTheWebProjectAuditRecord) -> Self {
        Self::ProjectForTheWebProjectAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ProjectForTheWebProjectSettingsAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectForTheWebProjectSettingsAuditRecord) -> Self {
        Self::ProjectForTheWebProjectSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ProjectForTheWebRoadmapAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectForTheWebRoadmapAuditRecord) -> Self {
        Self::ProjectForTheWebRoadmapAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ProjectForTheWebRoadmapItemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectForTheWebRoadmapItemAuditRecord) -> Self {
        Self::ProjectForTheWebRoadmapItemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::ProjectForTheWebRoadmapSettingsAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectForTheWebRoadmapSettingsAuditRecord) -> Self {
        Self::ProjectForTheWebRoadmapSettingsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ProjectForTheWebTaskAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ProjectForTheWebTaskAuditRecord) -> Self {
        Self::ProjectForTheWebTaskAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PublicFolderAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PublicFolderAuditRecord) -> Self {
        Self::PublicFolderAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PurviewInsiderRiskAlertsRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PurviewInsiderRiskAlertsRecord) -> Self {
        Self::PurviewInsiderRiskAlertsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PurviewInsiderRiskCasesRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PurviewInsiderRiskCasesRecord) -> Self {
        Self::PurviewInsiderRiskCasesRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PurviewMcRecommendationRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PurviewMcRecommendationRecord) -> Self {
        Self::PurviewMcRecommendationRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PurviewPostureAgentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::PurviewPostureAgentAuditRecord) -> Self {
        Self::PurviewPostureAgentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::QuarantineAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::QuarantineAuditRecord) -> Self {
        Self::QuarantineAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RecordsManagementAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::RecordsManagementAuditRecord) -> Self {
        Self::RecordsManagementAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ReportSubmission> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ReportSubmission) -> Self {
        Self::ReportSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ReportSubmissionResultDetail>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ReportSubmissionResultDetail) -> Self {
        Self::ReportSubmissionResultDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RestrictedModeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::RestrictedModeAuditRecord) -> Self {
        Self::RestrictedModeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RetentionPolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::RetentionPolicyAuditRecord) -> Self {
        Self::RetentionPolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RtiOperationsAgentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::RtiOperationsAgentAuditRecord) -> Self {
        Self::RtiOperationsAgentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SbpConfigurationEventRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SbpConfigurationEventRecord) -> Self {
        Self::SbpConfigurationEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SbpUsageEventRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SbpUsageEventRecord) -> Self {
        Self::SbpUsageEventRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ScoreEvidence> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ScoreEvidence) -> Self {
        Self::ScoreEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ScorePlatformGenericAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ScorePlatformGenericAuditRecord) -> Self {
        Self::ScorePlatformGenericAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ScriptRunAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ScriptRunAuditRecord) -> Self {
        Self::ScriptRunAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SearchAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SearchAuditRecord) -> Self {
        Self::SearchAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SecurityComplianceAlertRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SecurityComplianceAlertRecord) -> Self {
        Self::SecurityComplianceAlertRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::SecurityComplianceCenterEopCmdletAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::SecurityComplianceCenterEopCmdletAuditRecord,
    ) -> Self {
        Self::SecurityComplianceCenterEopCmdletAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SecurityComplianceInsightsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SecurityComplianceInsightsAuditRecord) -> Self {
        Self::SecurityComplianceInsightsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SecurityComplianceRbacAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SecurityComplianceRbacAuditRecord) -> Self {
        Self::SecurityComplianceRbacAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SecurityComplianceUserChangeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SecurityComplianceUserChangeAuditRecord) -> Self {
        Self::SecurityComplianceUserChangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::SecurityCopilotIdentityManagementAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::SecurityCopilotIdentityManagementAuditRecord,
    ) -> Self {
        Self::SecurityCopilotIdentityManagementAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::SecurityDevelopmentLifecycleAiLogAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::SecurityDevelopmentLifecycleAiLogAuditRecord,
    ) -> Self {
        Self::SecurityDevelopmentLifecycleAiLogAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SensitiveInfoRemediationAgentDataRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SensitiveInfoRemediationAgentDataRecord) -> Self {
        Self::SensitiveInfoRemediationAgentDataRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SensitivityLabelActionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SensitivityLabelActionAuditRecord) -> Self {
        Self::SensitivityLabelActionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SensitivityLabelPolicyMatchAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SensitivityLabelPolicyMatchAuditRecord) -> Self {
        Self::SensitivityLabelPolicyMatchAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SensitivityLabeledFileActionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SensitivityLabeledFileActionAuditRecord) -> Self {
        Self::SensitivityLabeledFileActionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelAiToolAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelAiToolAuditRecord) -> Self {
        Self::SentinelAiToolAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelGraphAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelGraphAuditRecord) -> Self {
        Self::SentinelGraphAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelJobAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelJobAuditRecord) -> Self {
        Self::SentinelJobAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelKqlOnLakeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelKqlOnLakeAuditRecord) -> Self {
        Self::SentinelKqlOnLakeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelLakeDataOnboardingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelLakeDataOnboardingAuditRecord) -> Self {
        Self::SentinelLakeDataOnboardingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelLakeEncryptionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelLakeEncryptionAuditRecord) -> Self {
        Self::SentinelLakeEncryptionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelLakeOnboardingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelLakeOnboardingAuditRecord) -> Self {
        Self::SentinelLakeOnboardingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelNotebookOnLakeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelNotebookOnLakeAuditRecord) -> Self {
        Self::SentinelNotebookOnLakeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SentinelPackageAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SentinelPackageAuditRecord) -> Self {
        Self::SentinelPackageAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::SharePointAppPermissionOperationAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::SharePointAppPermissionOperationAuditRecord,
    ) -> Self {
        Self::SharePointAppPermissionOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointAuditRecord) -> Self {
        Self::SharePointAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointCommentOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointCommentOperationAuditRecord) -> Self {
        Self::SharePointCommentOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::SharePointContentSecurityPolicyAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointContentSecurityPolicyAuditRecord) -> Self {
        Self::SharePointContentSecurityPolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointContentTypeOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointContentTypeOperationAuditRecord) -> Self {
        Self::SharePointContentTypeOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointESignatureAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointESignatureAuditRecord) -> Self {
        Self::SharePointESignatureAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointFieldOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointFieldOperationAuditRecord) -> Self {
        Self::SharePointFieldOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointFileOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointFileOperationAuditRecord) -> Self {
        Self::SharePointFileOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointListItemOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointListItemOperationAuditRecord) -> Self {
        Self::SharePointListItemOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointListOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointListOperationAuditRecord) -> Self {
        Self::SharePointListOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SharePointSharingOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SharePointSharingOperationAuditRecord) -> Self {
        Self::SharePointSharingOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SkypeForBusinessCmdletsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SkypeForBusinessCmdletsAuditRecord) -> Self {
        Self::SkypeForBusinessCmdletsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SkypeForBusinessPstnUsageAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SkypeForBusinessPstnUsageAuditRecord) -> Self {
        Self::SkypeForBusinessPstnUsageAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SkypeForBusinessUsersBlockedAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SkypeForBusinessUsersBlockedAuditRecord) -> Self {
        Self::SkypeForBusinessUsersBlockedAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SonarDetonationContentMetadata>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SonarDetonationContentMetadata) -> Self {
        Self::SonarDetonationContentMetadata(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SonarDetonationEntityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SonarDetonationEntityAuditRecord) -> Self {
        Self::SonarDetonationEntityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SonarFileDetonationEntityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SonarFileDetonationEntityAuditRecord) -> Self {
        Self::SonarFileDetonationEntityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SonarSubmissionEntityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SonarSubmissionEntityAuditRecord) -> Self {
        Self::SonarSubmissionEntityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SonarUrlDetonationEntityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SonarUrlDetonationEntityAuditRecord) -> Self {
        Self::SonarUrlDetonationEntityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SparkCoreCustomLivePoolRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SparkCoreCustomLivePoolRecord) -> Self {
        Self::SparkCoreCustomLivePoolRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SubmissionEntityAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SubmissionEntityAuditRecord) -> Self {
        Self::SubmissionEntityAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SupervisoryReviewDayXInsightsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SupervisoryReviewDayXInsightsAuditRecord) -> Self {
        Self::SupervisoryReviewDayXInsightsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SyntheticProbeAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::SyntheticProbeAuditRecord) -> Self {
        Self::SyntheticProbeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamCopilotInteractionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TeamCopilotInteractionAuditRecord) -> Self {
        Self::TeamCopilotInteractionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamsEasyApprovalsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TeamsEasyApprovalsAuditRecord) -> Self {
        Self::TeamsEasyApprovalsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamsEvalDataHubAdminOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TeamsEvalDataHubAdminOperationAuditRecord) -> Self {
        Self::TeamsEvalDataHubAdminOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamsEvalDataHubDataAccessAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TeamsEvalDataHubDataAccessAuditRecord) -> Self {
        Self::TeamsEvalDataHubDataAccessAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::TeamsEvalDataHubPermissionChangeAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::TeamsEvalDataHubPermissionChangeAuditRecord,
    ) -> Self {
        Self::TeamsEvalDataHubPermissionChangeAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamsHealthcareAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TeamsHealthcareAuditRecord) -> Self {
        Self::TeamsHealthcareAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamsUpdatesAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TeamsUpdatesAuditRecord) -> Self {
        Self::TeamsUpdatesAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TenantAllowBlockListAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TenantAllowBlockListAuditRecord) -> Self {
        Self::TenantAllowBlockListAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatFinderAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ThreatFinderAuditRecord) -> Self {
        Self::ThreatFinderAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligenceAtpContentData>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligenceAtpContentData) -> Self {
        Self::ThreatIntelligenceAtpContentData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligenceExportAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligenceExportAuditRecord) -> Self {
        Self::ThreatIntelligenceExportAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligenceMailData>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligenceMailData) -> Self {
        Self::ThreatIntelligenceMailData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligenceObjectAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligenceObjectAuditRecord) -> Self {
        Self::ThreatIntelligenceObjectAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligenceUrlClickData>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligenceUrlClickData) -> Self {
        Self::ThreatIntelligenceUrlClickData(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TodoAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TodoAuditRecord) -> Self {
        Self::TodoAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TrainableClassifierAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::TrainableClassifierAuditRecord) -> Self {
        Self::TrainableClassifierAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UamOperationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UamOperationAuditRecord) -> Self {
        Self::UamOperationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UnifiedGroupAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UnifiedGroupAuditRecord) -> Self {
        Self::UnifiedGroupAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UnifiedSimulationMatchedItemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UnifiedSimulationMatchedItemAuditRecord) -> Self {
        Self::UnifiedSimulationMatchedItemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UnifiedSimulationSummaryAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UnifiedSimulationSummaryAuditRecord) -> Self {
        Self::UnifiedSimulationSummaryAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UniversalPrintManagementAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UniversalPrintManagementAuditRecord) -> Self {
        Self::UniversalPrintManagementAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UniversalPrintPrintJobAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UniversalPrintPrintJobAuditRecord) -> Self {
        Self::UniversalPrintPrintJobAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UrbacAssignmentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UrbacAssignmentAuditRecord) -> Self {
        Self::UrbacAssignmentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UrbacEnableStateAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UrbacEnableStateAuditRecord) -> Self {
        Self::UrbacEnableStateAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UrbacRoleAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UrbacRoleAuditRecord) -> Self {
        Self::UrbacRoleAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UserTrainingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UserTrainingAuditRecord) -> Self {
        Self::UserTrainingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UsxWorkspaceOnboardingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::UsxWorkspaceOnboardingAuditRecord) -> Self {
        Self::UsxWorkspaceOnboardingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VfamCreatePolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VfamCreatePolicyAuditRecord) -> Self {
        Self::VfamCreatePolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VfamDeletePolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VfamDeletePolicyAuditRecord) -> Self {
        Self::VfamDeletePolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VfamUpdatePolicyAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VfamUpdatePolicyAuditRecord) -> Self {
        Self::VfamUpdatePolicyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaAmplifyAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaAmplifyAuditRecord) -> Self {
        Self::VivaAmplifyAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaEngageEventsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaEngageEventsAuditRecord) -> Self {
        Self::VivaEngageEventsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaEngageNetworkAssociationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaEngageNetworkAssociationAuditRecord) -> Self {
        Self::VivaEngageNetworkAssociationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaEngageSegmentAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaEngageSegmentAuditRecord) -> Self {
        Self::VivaEngageSegmentAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintAdvancedConfigurationAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintAdvancedConfigurationAuditRecord) -> Self {
        Self::VivaGlintAdvancedConfigurationAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintAgenticCampaignAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintAgenticCampaignAuditRecord) -> Self {
        Self::VivaGlintAgenticCampaignAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintFeedbackProgramAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintFeedbackProgramAuditRecord) -> Self {
        Self::VivaGlintFeedbackProgramAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintOrganizationalDataAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintOrganizationalDataAuditRecord) -> Self {
        Self::VivaGlintOrganizationalDataAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintPulseProgramAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintPulseProgramAuditRecord) -> Self {
        Self::VivaGlintPulseProgramAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::security::VivaGlintPulseProgramRespondentRateAuditRecord,
> for AnyAuditData {
    #[inline]
    fn from(
        v: crate::v1::security::VivaGlintPulseProgramRespondentRateAuditRecord,
    ) -> Self {
        Self::VivaGlintPulseProgramRespondentRateAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintQuestionAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintQuestionAuditRecord) -> Self {
        Self::VivaGlintQuestionAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintRoleAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintRoleAuditRecord) -> Self {
        Self::VivaGlintRoleAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintRubiconAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintRubiconAuditRecord) -> Self {
        Self::VivaGlintRubiconAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintSupportAccessAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintSupportAccessAuditRecord) -> Self {
        Self::VivaGlintSupportAccessAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintSystemAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintSystemAuditRecord) -> Self {
        Self::VivaGlintSystemAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintUserAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintUserAuditRecord) -> Self {
        Self::VivaGlintUserAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGlintUserGroupAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGlintUserGroupAuditRecord) -> Self {
        Self::VivaGlintUserGroupAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaGoalsAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaGoalsAuditRecord) -> Self {
        Self::VivaGoalsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaLearningAdminAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaLearningAdminAuditRecord) -> Self {
        Self::VivaLearningAdminAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaLearningAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaLearningAuditRecord) -> Self {
        Self::VivaLearningAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaPulseAdminAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaPulseAdminAuditRecord) -> Self {
        Self::VivaPulseAdminAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaPulseOrganizerAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaPulseOrganizerAuditRecord) -> Self {
        Self::VivaPulseOrganizerAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaPulseReportAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaPulseReportAuditRecord) -> Self {
        Self::VivaPulseReportAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VivaPulseResponseAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::VivaPulseResponseAuditRecord) -> Self {
        Self::VivaPulseResponseAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WdatpAlertsAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::WdatpAlertsAuditRecord) -> Self {
        Self::WdatpAlertsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WebContentFilteringAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::WebContentFilteringAuditRecord) -> Self {
        Self::WebContentFilteringAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Windows365CustomerLockboxAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::Windows365CustomerLockboxAuditRecord) -> Self {
        Self::Windows365CustomerLockboxAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WorkplaceAnalyticsAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::WorkplaceAnalyticsAuditRecord) -> Self {
        Self::WorkplaceAnalyticsAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::YammerAuditRecord> for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::YammerAuditRecord) -> Self {
        Self::YammerAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::YammerUserHidingAuditRecord>
for AnyAuditData {
    #[inline]
    fn from(v: crate::v1::security::YammerUserHidingAuditRecord) -> Self {
        Self::YammerUserHidingAuditRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyAuditData {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyAuditData {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyAuditData {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyAuditData {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyAuditData {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::security::AuditData>();
    rt::object::auto_traits::<crate::v1::security::A365AiExecuteTool>();
    rt::object::auto_traits::<crate::v1::security::A365AiInferenceCall>();
    rt::object::auto_traits::<crate::v1::security::A365AiInvokeAgent>();
    rt::object::auto_traits::<crate::v1::security::A365AiRunSummary>();
    rt::object::auto_traits::<crate::v1::security::A365SpanOutputs>();
    rt::object::auto_traits::<crate::v1::security::AISpanOutputsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AadRiskDetectionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AedAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AgentAdminActivityRecord>();
    rt::object::auto_traits::<crate::v1::security::AgentSettingAdminActivity>();
    rt::object::auto_traits::<crate::v1::security::AiAppInteractionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AiExecuteToolAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::AiInteractionsChangeNotificationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::AiInteractionsExportAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::AiInteractionsSubscriptionAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::AiInvokeAgentAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AipDiscover>();
    rt::object::auto_traits::<crate::v1::security::AipFileDeleted>();
    rt::object::auto_traits::<crate::v1::security::AipHeartBeat>();
    rt::object::auto_traits::<crate::v1::security::AipProtectionActionLogRequest>();
    rt::object::auto_traits::<crate::v1::security::AipScannerDiscoverEvent>();
    rt::object::auto_traits::<
        crate::v1::security::AipSensitivityLabelActionLogRequest,
    >();
    rt::object::auto_traits::<crate::v1::security::AirAdminActionInvestigationData>();
    rt::object::auto_traits::<crate::v1::security::AirInvestigationData>();
    rt::object::auto_traits::<crate::v1::security::AirManualInvestigationData>();
    rt::object::auto_traits::<crate::v1::security::AlertSubmissionAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::AlertSubmissionResultDetailAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::AttackSimAdminAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AttackSimAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AuditConfigAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::AuditSearchAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::AzfwApplicationRuleAggregationEventRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::AzfwDnsQueryEventRecord>();
    rt::object::auto_traits::<crate::v1::security::AzfwNetworkRuleEventRecord>();
    rt::object::auto_traits::<crate::v1::security::AzureAiSearchAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::AzureActiveDirectoryAccountLogonAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::AzureActiveDirectoryAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::AzureActiveDirectoryStsLogonAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::CampaignAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CcraiPolicyViolationRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpClassifierHealthRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpColdCrawlStatusRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpConsumptionResourceRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpContentExplorerAggregateRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpDlpSensitiveEndpointAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpLogRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpOcrBillingRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpResourceScopeChangeEventRecord>();
    rt::object::auto_traits::<crate::v1::security::CdpdlmaiInteractionInsightsRecord>();
    rt::object::auto_traits::<crate::v1::security::CloudUpdateDeviceConfigAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::CloudUpdateProfileConfigAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::CloudUpdateTenantConfigAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ComplianceConnectorAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ComplianceDlmExchangeAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ComplianceDlmSharePointAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpApplicationsAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpApplicationsClassificationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ComplianceDlpEndpointAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpEndpointDiscoveryAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpEnforcementAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ComplianceDlpExchangeAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpExchangeClassificationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpExchangeClassificationCdpRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpExchangeDiscoveryAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ComplianceDlpSharePointAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpSharePointClassificationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpSharePointClassificationCdpRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceDlpSharePointClassificationExtendedAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ComplianceExchangeOcrAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ComplianceManagerActionRecord>();
    rt::object::auto_traits::<
        crate::v1::security::CompliancePolicyGradingSharePointAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceSettingsChangeAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceSitGradingSharePointAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ComplianceSupervisionExchangeAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ConnectedAiAppInteractionAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ConsumptionResourceAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ContentStoreMetadataRecord>();
    rt::object::auto_traits::<crate::v1::security::CopilotAgentManagementAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::CopilotForSecurityLoggingAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::CopilotForSecurityTriggerAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::CopilotInteractionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CopilotPluginSettingAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::CopilotPromptBookSettingAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::CopilotSessionSharingAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CopilotSettingAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CopilotWorkspaceSettingAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CoreReportingSettingsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CortanaBriefingAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::CriticalAssetManagementClassificationRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::CrmEntityOperationAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::CrossTenantAccessPolicyAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::CustomerKeyServiceEncryptionAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::DataCenterSecurityCmdletAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::DataGovernanceAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::DataInsightsRestApiAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::DataLakeExportOperationAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::DataSecurityInvestigationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::DataShareOperationAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::DefaultAuditData>();
    rt::object::auto_traits::<crate::v1::security::DefenderCaseManagementAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::DefenderPreviewFeaturesRecord>();
    rt::object::auto_traits::<
        crate::v1::security::DefenderSecurityForAiConfigurationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::DeployFeatureActivityRecord>();
    rt::object::auto_traits::<
        crate::v1::security::DeviceDiscoverySettingsAuthenticatedScansRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::DeviceDiscoverySettingsExclusionRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::DeviceDiscoverySettingsRecord>();
    rt::object::auto_traits::<crate::v1::security::DiscoveryAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::DlpEndpointAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::DlpImportResultAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::DlpSensitiveInformationTypeRulePackageCmdletRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::DragonCopilotAccessRecord>();
    rt::object::auto_traits::<crate::v1::security::DragonCopilotAdminRecord>();
    rt::object::auto_traits::<crate::v1::security::DragonCopilotClinicalDataRecord>();
    rt::object::auto_traits::<crate::v1::security::DragonCopilotSessionRecord>();
    rt::object::auto_traits::<
        crate::v1::security::Dynamics365BusinessCentralAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::EhrConnectorAuditBaseRecord>();
    rt::object::auto_traits::<crate::v1::security::EopSubmissionFeedEntityAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ExchangeAdminAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ExchangeAggregatedMailboxAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ExchangeAggregatedOperationRecord>();
    rt::object::auto_traits::<crate::v1::security::ExchangeMailboxAuditGroupRecord>();
    rt::object::auto_traits::<crate::v1::security::ExchangeMailboxAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::FabricAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::FabricPolicyRecord>();
    rt::object::auto_traits::<crate::v1::security::HealthcareSignalRecord>();
    rt::object::auto_traits::<crate::v1::security::HostedRpaAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::HrSignalAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::HygieneEventRecord>();
    rt::object::auto_traits::<
        crate::v1::security::InformationBarrierPolicyApplicationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::InformationWorkerProtectionAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::InsiderRiskScopedUserInsightsRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::InsiderRiskScopedUsersRecord>();
    rt::object::auto_traits::<
        crate::v1::security::IntegratedAppsAppAdminActivityAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::IntegratedAppsAppSettingsAdminActivityAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::IrmActivityAuditTrailRecord>();
    rt::object::auto_traits::<crate::v1::security::IrmUserDefinedDetectionRecord>();
    rt::object::auto_traits::<crate::v1::security::KaizalaAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::LabelAnalyticsAggregateAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::LabelContentExplorerAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::LargeContentMetadataAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::M365ComplianceConnectorAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::M365SearchSectionsRecord>();
    rt::object::auto_traits::<crate::v1::security::M365daadAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::M365odspAssetMetadataRecord>();
    rt::object::auto_traits::<crate::v1::security::MDashAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MailSubmissionData>();
    rt::object::auto_traits::<crate::v1::security::ManagedServicesAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ManagedTenantsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MapgAlertsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MapgOnboardAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MapgPolicyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MapgRemediationAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::McasAlertsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MdaAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MdaDataSecuritySignalRecord>();
    rt::object::auto_traits::<crate::v1::security::MdatpAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MdcEventsRecord>();
    rt::object::auto_traits::<crate::v1::security::MdiAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MeshWorldsAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::Microsoft365BackupBackupItemAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::Microsoft365BackupBackupPolicyAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::Microsoft365BackupGranularBrowseTaskAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::Microsoft365BackupRestoreItemAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::Microsoft365BackupRestoreTaskAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::Microsoft365CopilotScheduledPromptAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftDefenderExpertsXdrAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::MicrosoftFlowAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftFormsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftGraphDataConnectConsent>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftGraphDataConnectOperation>();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftPurviewDataCatalogOperationRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftPurviewDataMapOperationRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftPurviewMetadataPolicyOperationRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftPurviewPolicyOperationRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::MicrosoftPurviewPrivacyAuditEvent>();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftPurviewUnifiedCatalogOperationRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::MicrosoftStreamAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftTeamsAdminAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftTeamsAnalyticsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftTeamsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MicrosoftTeamsDeviceAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftTeamsRetentionLabelActionAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftTeamsSensitivityLabelActionAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::MicrosoftTeamsShiftsAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::MicrosoftTeamsUserConcernAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelExchangeItemAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelProgressFeedbackAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelSharePointItemAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelSharePointPolicyLocationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelSimulationSharePointCompletionRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelSimulationSharePointProgressRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::MipAutoLabelSimulationStatisticsRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::MipExactDataMatchAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MipLabelAnalyticsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MipLabelAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MosAgentInfoRecord>();
    rt::object::auto_traits::<crate::v1::security::MosAgentInfoRecordV2>();
    rt::object::auto_traits::<crate::v1::security::Ms365dCustomDetectionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::Ms365dIncidentAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::Ms365dSuppressionRuleAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MsdeCustomCollectionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MsdeGeneralSettingsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MsdeIndicatorsSettingsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MsdeResponseActionsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MsdeRolesSettingsAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::MspVectorSearchContentMetadataAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::MsticNationStateNotificationRecord>();
    rt::object::auto_traits::<crate::v1::security::MultiStageDispositionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::MyAnalyticsSettingsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::NoisyAlertPolicyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::OfficeNativeAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::OmePortalAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::OnDemandSharePointClassificationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::OnPremisesFileShareScannerDlpAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::OnPremisesSharePointScannerDlpAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::OneDriveAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::OrganizationalDataInM365AuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::OutlookCopilotAutomationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::OwaGetAccessTokenForResourceAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::P4AiRiskScoreRecord>();
    rt::object::auto_traits::<crate::v1::security::P4aiAssessmentCategoryRecord>();
    rt::object::auto_traits::<crate::v1::security::P4aiAssessmentFabricScannerRecord>();
    rt::object::auto_traits::<crate::v1::security::P4aiAssessmentLocationResultRecord>();
    rt::object::auto_traits::<crate::v1::security::P4aiAssessmentRecord>();
    rt::object::auto_traits::<crate::v1::security::PeopleAdminSettingsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PhysicalBadgingSignalAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlacesDirectoryAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerChatMessageAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerChatMessageListAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerCopyPlanAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerGoalAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerGoalListAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerPlanAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerPlanListAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::PlannerPlanSensitivityLabelAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::PlannerRosterAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::PlannerRosterSensitivityLabelAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::PlannerTaskAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerTaskListAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PlannerTenantSettingsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PolicyConfigChangeAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerAppsAuditAppRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerAppsAuditPlanRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerAppsAuditResourceRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerBiAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerBiDlpAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerPagesSiteAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PowerPlatformAdminDlpAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::PowerPlatformAdminEnvironmentAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::PowerPlatformAdministratorActivityRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::PowerPlatformLockboxResourceAccessRequestAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::PowerPlatformLockboxResourceCommandAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::PowerPlatformServiceActivityAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::PowerPlatformTenantIsolationRecord>();
    rt::object::auto_traits::<
        crate::v1::security::PrivaPrivacyAssessmentOperationRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::PrivaPrivacyConsentOperationRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyDataMatchAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyDataMinimizationRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyDigestEmailRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyOpenAccessAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyPortalAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyRemediationActionRecord>();
    rt::object::auto_traits::<crate::v1::security::PrivacyRemediationRecord>();
    rt::object::auto_traits::<crate::v1::security::ProjectAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ProjectForTheWebAssignedToMeSettingsAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ProjectForTheWebProjectAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ProjectForTheWebProjectSettingsAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ProjectForTheWebRoadmapAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::ProjectForTheWebRoadmapItemAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::ProjectForTheWebRoadmapSettingsAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ProjectForTheWebTaskAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PublicFolderAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::PurviewInsiderRiskAlertsRecord>();
    rt::object::auto_traits::<crate::v1::security::PurviewInsiderRiskCasesRecord>();
    rt::object::auto_traits::<crate::v1::security::PurviewMcRecommendationRecord>();
    rt::object::auto_traits::<crate::v1::security::PurviewPostureAgentAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::QuarantineAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::RecordsManagementAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ReportSubmission>();
    rt::object::auto_traits::<crate::v1::security::ReportSubmissionResultDetail>();
    rt::object::auto_traits::<crate::v1::security::RestrictedModeAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::RetentionPolicyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::RtiOperationsAgentAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SbpConfigurationEventRecord>();
    rt::object::auto_traits::<crate::v1::security::SbpUsageEventRecord>();
    rt::object::auto_traits::<crate::v1::security::ScoreEvidence>();
    rt::object::auto_traits::<crate::v1::security::ScorePlatformGenericAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ScriptRunAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SearchAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SecurityComplianceAlertRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SecurityComplianceCenterEopCmdletAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SecurityComplianceInsightsAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SecurityComplianceRbacAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SecurityComplianceUserChangeAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SecurityCopilotIdentityManagementAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SecurityDevelopmentLifecycleAiLogAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SensitiveInfoRemediationAgentDataRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SensitivityLabelActionAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SensitivityLabelPolicyMatchAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SensitivityLabeledFileActionAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SentinelAiToolAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SentinelGraphAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SentinelJobAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SentinelKqlOnLakeAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SentinelLakeDataOnboardingAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SentinelLakeEncryptionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SentinelLakeOnboardingAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SentinelNotebookOnLakeAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::SentinelPackageAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SharePointAppPermissionOperationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SharePointAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SharePointCommentOperationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SharePointContentSecurityPolicyAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SharePointContentTypeOperationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SharePointESignatureAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SharePointFieldOperationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SharePointFileOperationAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SharePointListItemOperationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SharePointListOperationAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SharePointSharingOperationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SkypeForBusinessCmdletsAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SkypeForBusinessPstnUsageAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::SkypeForBusinessUsersBlockedAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SonarDetonationContentMetadata>();
    rt::object::auto_traits::<crate::v1::security::SonarDetonationEntityAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SonarFileDetonationEntityAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SonarSubmissionEntityAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SonarUrlDetonationEntityAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SparkCoreCustomLivePoolRecord>();
    rt::object::auto_traits::<crate::v1::security::SubmissionEntityAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::SupervisoryReviewDayXInsightsAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::SyntheticProbeAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::TeamCopilotInteractionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::TeamsEasyApprovalsAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::TeamsEvalDataHubAdminOperationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::TeamsEvalDataHubDataAccessAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::TeamsEvalDataHubPermissionChangeAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::TeamsHealthcareAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::TeamsUpdatesAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::TenantAllowBlockListAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ThreatFinderAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::ThreatIntelligenceAtpContentData>();
    rt::object::auto_traits::<
        crate::v1::security::ThreatIntelligenceExportAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ThreatIntelligenceMailData>();
    rt::object::auto_traits::<
        crate::v1::security::ThreatIntelligenceObjectAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::ThreatIntelligenceUrlClickData>();
    rt::object::auto_traits::<crate::v1::security::TodoAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::TrainableClassifierAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UamOperationAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UnifiedGroupAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::UnifiedSimulationMatchedItemAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::UnifiedSimulationSummaryAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::UniversalPrintManagementAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::UniversalPrintPrintJobAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UrbacAssignmentAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UrbacEnableStateAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UrbacRoleAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UserTrainingAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::UsxWorkspaceOnboardingAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VfamCreatePolicyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VfamDeletePolicyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VfamUpdatePolicyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaAmplifyAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaEngageEventsAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::VivaEngageNetworkAssociationAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::VivaEngageSegmentAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::VivaGlintAdvancedConfigurationAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::VivaGlintAgenticCampaignAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::VivaGlintFeedbackProgramAuditRecord,
    >();
    rt::object::auto_traits::<
        crate::v1::security::VivaGlintOrganizationalDataAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::VivaGlintPulseProgramAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::VivaGlintPulseProgramRespondentRateAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::VivaGlintQuestionAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGlintRoleAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGlintRubiconAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGlintSupportAccessAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGlintSystemAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGlintUserAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGlintUserGroupAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaGoalsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaLearningAdminAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaLearningAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaPulseAdminAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaPulseOrganizerAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaPulseReportAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::VivaPulseResponseAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::WdatpAlertsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::WebContentFilteringAuditRecord>();
    rt::object::auto_traits::<
        crate::v1::security::Windows365CustomerLockboxAuditRecord,
    >();
    rt::object::auto_traits::<crate::v1::security::WorkplaceAnalyticsAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::YammerAuditRecord>();
    rt::object::auto_traits::<crate::v1::security::YammerUserHidingAuditRecord>();
};
