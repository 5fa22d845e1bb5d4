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
impl rt::Poly for AnyAuditData {
    const BASE_NAME: &'static str = "microsoft.graph.security.auditData";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.security.a365AiExecuteTool") => {
                rt::object::read_boxed(r, Self::A365AiExecuteTool)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.a365AiInferenceCall",
            ) => rt::object::read_boxed(r, Self::A365AiInferenceCall),
            ::std::option::Option::Some("microsoft.graph.security.a365AiInvokeAgent") => {
                rt::object::read_boxed(r, Self::A365AiInvokeAgent)
            }
            ::std::option::Option::Some("microsoft.graph.security.a365AiRunSummary") => {
                rt::object::read_boxed(r, Self::A365AiRunSummary)
            }
            ::std::option::Option::Some("microsoft.graph.security.a365SpanOutputs") => {
                rt::object::read_boxed(r, Self::A365SpanOutputs)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.aISpanOutputsAuditRecord",
            ) => rt::object::read_boxed(r, Self::AISpanOutputsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.aadRiskDetectionAuditRecord",
            ) => rt::object::read_boxed(r, Self::AadRiskDetectionAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.aedAuditRecord") => {
                rt::object::read_boxed(r, Self::AedAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.agentAdminActivityRecord",
            ) => rt::object::read_boxed(r, Self::AgentAdminActivityRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.agentSettingAdminActivity",
            ) => rt::object::read_boxed(r, Self::AgentSettingAdminActivity),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiAppInteractionAuditRecord",
            ) => rt::object::read_boxed(r, Self::AiAppInteractionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiExecuteToolAuditRecord",
            ) => rt::object::read_boxed(r, Self::AiExecuteToolAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AiInteractionsChangeNotificationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInteractionsExportAuditRecord",
            ) => rt::object::read_boxed(r, Self::AiInteractionsExportAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInteractionsSubscriptionAuditRecord",
            ) => rt::object::read_boxed(r, Self::AiInteractionsSubscriptionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInvokeAgentAuditRecord",
            ) => rt::object::read_boxed(r, Self::AiInvokeAgentAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.aipDiscover") => {
                rt::object::read_boxed(r, Self::AipDiscover)
            }
            ::std::option::Option::Some("microsoft.graph.security.aipFileDeleted") => {
                rt::object::read_boxed(r, Self::AipFileDeleted)
            }
            ::std::option::Option::Some("microsoft.graph.security.aipHeartBeat") => {
                rt::object::read_boxed(r, Self::AipHeartBeat)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.aipProtectionActionLogRequest",
            ) => rt::object::read_boxed(r, Self::AipProtectionActionLogRequest),
            ::std::option::Option::Some(
                "microsoft.graph.security.aipScannerDiscoverEvent",
            ) => rt::object::read_boxed(r, Self::AipScannerDiscoverEvent),
            ::std::option::Option::Some(
                "microsoft.graph.security.aipSensitivityLabelActionLogRequest",
            ) => rt::object::read_boxed(r, Self::AipSensitivityLabelActionLogRequest),
            ::std::option::Option::Some(
                "microsoft.graph.security.airAdminActionInvestigationData",
            ) => rt::object::read_boxed(r, Self::AirAdminActionInvestigationData),
            ::std::option::Option::Some(
                "microsoft.graph.security.airInvestigationData",
            ) => rt::object::read_boxed(r, Self::AirInvestigationData),
            ::std::option::Option::Some(
                "microsoft.graph.security.airManualInvestigationData",
            ) => rt::object::read_boxed(r, Self::AirManualInvestigationData),
            ::std::option::Option::Some(
                "microsoft.graph.security.alertSubmissionAuditRecord",
            ) => rt::object::read_boxed(r, Self::AlertSubmissionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.alertSubmissionResultDetailAuditRecord",
            ) => rt::object::read_boxed(r, Self::AlertSubmissionResultDetailAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.attackSimAdminAuditRecord",
            ) => rt::object::read_boxed(r, Self::AttackSimAdminAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.attackSimAuditRecord",
            ) => rt::object::read_boxed(r, Self::AttackSimAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.auditConfigAuditRecord",
            ) => rt::object::read_boxed(r, Self::AuditConfigAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.auditSearchAuditRecord",
            ) => rt::object::read_boxed(r, Self::AuditSearchAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.azfwApplicationRuleAggregationEventRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AzfwApplicationRuleAggregationEventRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.azfwDnsQueryEventRecord",
            ) => rt::object::read_boxed(r, Self::AzfwDnsQueryEventRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.azfwNetworkRuleEventRecord",
            ) => rt::object::read_boxed(r, Self::AzfwNetworkRuleEventRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureAISearchAuditRecord",
            ) => rt::object::read_boxed(r, Self::AzureAiSearchAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AzureActiveDirectoryAccountLogonAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.azureActiveDirectoryAuditRecord",
            ) => rt::object::read_boxed(r, Self::AzureActiveDirectoryAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord",
            ) => rt::object::read_boxed(r, Self::AzureActiveDirectoryStsLogonAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.campaignAuditRecord",
            ) => rt::object::read_boxed(r, Self::CampaignAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.ccraiPolicyViolationRecord",
            ) => rt::object::read_boxed(r, Self::CcraiPolicyViolationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpClassifierHealthRecord",
            ) => rt::object::read_boxed(r, Self::CdpClassifierHealthRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpColdCrawlStatusRecord",
            ) => rt::object::read_boxed(r, Self::CdpColdCrawlStatusRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpConsumptionResourceRecord",
            ) => rt::object::read_boxed(r, Self::CdpConsumptionResourceRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpContentExplorerAggregateRecord",
            ) => rt::object::read_boxed(r, Self::CdpContentExplorerAggregateRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpDlpSensitiveEndpointAuditRecord",
            ) => rt::object::read_boxed(r, Self::CdpDlpSensitiveEndpointAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.cdpLogRecord") => {
                rt::object::read_boxed(r, Self::CdpLogRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpOcrBillingRecord",
            ) => rt::object::read_boxed(r, Self::CdpOcrBillingRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpResourceScopeChangeEventRecord",
            ) => rt::object::read_boxed(r, Self::CdpResourceScopeChangeEventRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpdlmaiInteractionInsightsRecord",
            ) => rt::object::read_boxed(r, Self::CdpdlmaiInteractionInsightsRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudUpdateDeviceConfigAuditRecord",
            ) => rt::object::read_boxed(r, Self::CloudUpdateDeviceConfigAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudUpdateProfileConfigAuditRecord",
            ) => rt::object::read_boxed(r, Self::CloudUpdateProfileConfigAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudUpdateTenantConfigAuditRecord",
            ) => rt::object::read_boxed(r, Self::CloudUpdateTenantConfigAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceConnectorAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceConnectorAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLMExchangeAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlmExchangeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLMSharePointAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlmSharePointAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPApplicationsAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlpApplicationsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPApplicationsClassificationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpApplicationsClassificationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPEndpointAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlpEndpointAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPEndpointDiscoveryAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpEndpointDiscoveryAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPEnforcementAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlpEnforcementAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlpExchangeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeClassificationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpExchangeClassificationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeClassificationCdpRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpExchangeClassificationCdpRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeDiscoveryAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpExchangeDiscoveryAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceDlpSharePointAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointClassificationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpSharePointClassificationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointClassificationCdpRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpSharePointClassificationCdpRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointClassificationExtendedAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceDlpSharePointClassificationExtendedAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceExchangeOcrAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceExchangeOcrAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceManagerActionRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceManagerActionRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.compliancePolicyGradingSharePointAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::CompliancePolicyGradingSharePointAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceSettingsChangeAuditRecord",
            ) => rt::object::read_boxed(r, Self::ComplianceSettingsChangeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceSitGradingSharePointAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ComplianceSitGradingSharePointAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceSupervisionExchangeAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::ComplianceSupervisionExchangeAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.connectedAIAppInteractionAuditRecord",
            ) => rt::object::read_boxed(r, Self::ConnectedAiAppInteractionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.consumptionResourceAuditRecord",
            ) => rt::object::read_boxed(r, Self::ConsumptionResourceAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.contentStoreMetadataRecord",
            ) => rt::object::read_boxed(r, Self::ContentStoreMetadataRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotAgentManagementAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotAgentManagementAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotForSecurityLoggingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotForSecurityLoggingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotForSecurityTriggerAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotForSecurityTriggerAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotInteractionAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotInteractionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotPluginSettingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotPluginSettingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotPromptBookSettingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotPromptBookSettingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotSessionSharingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotSessionSharingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotSettingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotSettingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotWorkspaceSettingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CopilotWorkspaceSettingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.coreReportingSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::CoreReportingSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.cortanaBriefingAuditRecord",
            ) => rt::object::read_boxed(r, Self::CortanaBriefingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.criticalAssetManagementClassificationRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::CriticalAssetManagementClassificationRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.crmEntityOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::CrmEntityOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.crossTenantAccessPolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::CrossTenantAccessPolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.customerKeyServiceEncryptionAuditRecord",
            ) => rt::object::read_boxed(r, Self::CustomerKeyServiceEncryptionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataCenterSecurityCmdletAuditRecord",
            ) => rt::object::read_boxed(r, Self::DataCenterSecurityCmdletAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataGovernanceAuditRecord",
            ) => rt::object::read_boxed(r, Self::DataGovernanceAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataInsightsRestApiAuditRecord",
            ) => rt::object::read_boxed(r, Self::DataInsightsRestApiAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataLakeExportOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::DataLakeExportOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataSecurityInvestigationAuditRecord",
            ) => rt::object::read_boxed(r, Self::DataSecurityInvestigationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataShareOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::DataShareOperationAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.defaultAuditData") => {
                rt::object::read_boxed(r, Self::DefaultAuditData)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.defenderCaseManagementAuditRecord",
            ) => rt::object::read_boxed(r, Self::DefenderCaseManagementAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.defenderPreviewFeaturesRecord",
            ) => rt::object::read_boxed(r, Self::DefenderPreviewFeaturesRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.defenderSecurityForAIConfigurationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DefenderSecurityForAiConfigurationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.deployFeatureActivityRecord",
            ) => rt::object::read_boxed(r, Self::DeployFeatureActivityRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.deviceDiscoverySettingsAuthenticatedScansRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceDiscoverySettingsAuthenticatedScansRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.deviceDiscoverySettingsExclusionRecord",
            ) => rt::object::read_boxed(r, Self::DeviceDiscoverySettingsExclusionRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.deviceDiscoverySettingsRecord",
            ) => rt::object::read_boxed(r, Self::DeviceDiscoverySettingsRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.discoveryAuditRecord",
            ) => rt::object::read_boxed(r, Self::DiscoveryAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dlpEndpointAuditRecord",
            ) => rt::object::read_boxed(r, Self::DlpEndpointAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dlpImportResultAuditRecord",
            ) => rt::object::read_boxed(r, Self::DlpImportResultAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dlpSensitiveInformationTypeRulePackageCmdletRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DlpSensitiveInformationTypeRulePackageCmdletRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotAccessRecord",
            ) => rt::object::read_boxed(r, Self::DragonCopilotAccessRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotAdminRecord",
            ) => rt::object::read_boxed(r, Self::DragonCopilotAdminRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotClinicalDataRecord",
            ) => rt::object::read_boxed(r, Self::DragonCopilotClinicalDataRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotSessionRecord",
            ) => rt::object::read_boxed(r, Self::DragonCopilotSessionRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.dynamics365BusinessCentralAuditRecord",
            ) => rt::object::read_boxed(r, Self::Dynamics365BusinessCentralAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.ehrConnectorAuditBaseRecord",
            ) => rt::object::read_boxed(r, Self::EhrConnectorAuditBaseRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.eopSubmissionFeedEntityAuditRecord",
            ) => rt::object::read_boxed(r, Self::EopSubmissionFeedEntityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeAdminAuditRecord",
            ) => rt::object::read_boxed(r, Self::ExchangeAdminAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeAggregatedMailboxAuditRecord",
            ) => rt::object::read_boxed(r, Self::ExchangeAggregatedMailboxAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeAggregatedOperationRecord",
            ) => rt::object::read_boxed(r, Self::ExchangeAggregatedOperationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeMailboxAuditGroupRecord",
            ) => rt::object::read_boxed(r, Self::ExchangeMailboxAuditGroupRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeMailboxAuditRecord",
            ) => rt::object::read_boxed(r, Self::ExchangeMailboxAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.fabricAuditRecord") => {
                rt::object::read_boxed(r, Self::FabricAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.fabricPolicyRecord",
            ) => rt::object::read_boxed(r, Self::FabricPolicyRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.healthcareSignalRecord",
            ) => rt::object::read_boxed(r, Self::HealthcareSignalRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.hostedRpaAuditRecord",
            ) => rt::object::read_boxed(r, Self::HostedRpaAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.hrSignalAuditRecord",
            ) => rt::object::read_boxed(r, Self::HrSignalAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.hygieneEventRecord",
            ) => rt::object::read_boxed(r, Self::HygieneEventRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::InformationBarrierPolicyApplicationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.informationWorkerProtectionAuditRecord",
            ) => rt::object::read_boxed(r, Self::InformationWorkerProtectionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.insiderRiskScopedUserInsightsRecord",
            ) => rt::object::read_boxed(r, Self::InsiderRiskScopedUserInsightsRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.insiderRiskScopedUsersRecord",
            ) => rt::object::read_boxed(r, Self::InsiderRiskScopedUsersRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IntegratedAppsAppAdminActivityAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IntegratedAppsAppSettingsAdminActivityAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.irmActivityAuditTrailRecord",
            ) => rt::object::read_boxed(r, Self::IrmActivityAuditTrailRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.irmUserDefinedDetectionRecord",
            ) => rt::object::read_boxed(r, Self::IrmUserDefinedDetectionRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.kaizalaAuditRecord",
            ) => rt::object::read_boxed(r, Self::KaizalaAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.labelAnalyticsAggregateAuditRecord",
            ) => rt::object::read_boxed(r, Self::LabelAnalyticsAggregateAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.labelContentExplorerAuditRecord",
            ) => rt::object::read_boxed(r, Self::LabelContentExplorerAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.largeContentMetadataAuditRecord",
            ) => rt::object::read_boxed(r, Self::LargeContentMetadataAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365ComplianceConnectorAuditRecord",
            ) => rt::object::read_boxed(r, Self::M365ComplianceConnectorAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365SearchSectionsRecord",
            ) => rt::object::read_boxed(r, Self::M365SearchSectionsRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365daadAuditRecord",
            ) => rt::object::read_boxed(r, Self::M365daadAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365odspAssetMetadataRecord",
            ) => rt::object::read_boxed(r, Self::M365odspAssetMetadataRecord),
            ::std::option::Option::Some("microsoft.graph.security.mDASHAuditRecord") => {
                rt::object::read_boxed(r, Self::MDashAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mailSubmissionData",
            ) => rt::object::read_boxed(r, Self::MailSubmissionData),
            ::std::option::Option::Some(
                "microsoft.graph.security.managedServicesAuditRecord",
            ) => rt::object::read_boxed(r, Self::ManagedServicesAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.managedTenantsAuditRecord",
            ) => rt::object::read_boxed(r, Self::ManagedTenantsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgAlertsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MapgAlertsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgOnboardAuditRecord",
            ) => rt::object::read_boxed(r, Self::MapgOnboardAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgPolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::MapgPolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgRemediationAuditRecord",
            ) => rt::object::read_boxed(r, Self::MapgRemediationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mcasAlertsAuditRecord",
            ) => rt::object::read_boxed(r, Self::McasAlertsAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.mdaAuditRecord") => {
                rt::object::read_boxed(r, Self::MdaAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mdaDataSecuritySignalRecord",
            ) => rt::object::read_boxed(r, Self::MdaDataSecuritySignalRecord),
            ::std::option::Option::Some("microsoft.graph.security.mdatpAuditRecord") => {
                rt::object::read_boxed(r, Self::MdatpAuditRecord)
            }
            ::std::option::Option::Some("microsoft.graph.security.mdcEventsRecord") => {
                rt::object::read_boxed(r, Self::MdcEventsRecord)
            }
            ::std::option::Option::Some("microsoft.graph.security.mdiAuditRecord") => {
                rt::object::read_boxed(r, Self::MdiAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.meshWorldsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MeshWorldsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupBackupItemAuditRecord",
            ) => rt::object::read_boxed(r, Self::Microsoft365BackupBackupItemAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Microsoft365BackupBackupPolicyAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Microsoft365BackupGranularBrowseTaskAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::Microsoft365BackupRestoreItemAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::Microsoft365BackupRestoreTaskAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Microsoft365CopilotScheduledPromptAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftDefenderExpertsXdrAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftFlowAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftFlowAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftFormsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftFormsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftGraphDataConnectConsent",
            ) => rt::object::read_boxed(r, Self::MicrosoftGraphDataConnectConsent),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftGraphDataConnectOperation",
            ) => rt::object::read_boxed(r, Self::MicrosoftGraphDataConnectOperation),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftPurviewDataCatalogOperationRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewDataMapOperationRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftPurviewDataMapOperationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftPurviewMetadataPolicyOperationRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewPolicyOperationRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftPurviewPolicyOperationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewPrivacyAuditEvent",
            ) => rt::object::read_boxed(r, Self::MicrosoftPurviewPrivacyAuditEvent),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftPurviewUnifiedCatalogOperationRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftStreamAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftStreamAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsAdminAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftTeamsAdminAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftTeamsAnalyticsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftTeamsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsDeviceAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftTeamsDeviceAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftTeamsRetentionLabelActionAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftTeamsSensitivityLabelActionAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsShiftsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftTeamsShiftsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsUserConcernAuditRecord",
            ) => rt::object::read_boxed(r, Self::MicrosoftTeamsUserConcernAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord",
            ) => rt::object::read_boxed(r, Self::MipAutoLabelExchangeItemAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord",
            ) => rt::object::read_boxed(r, Self::MipAutoLabelProgressFeedbackAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord",
            ) => rt::object::read_boxed(r, Self::MipAutoLabelSharePointItemAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MipAutoLabelSharePointPolicyLocationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MipAutoLabelSimulationSharePointCompletionRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MipAutoLabelSimulationSharePointProgressRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord",
            ) => rt::object::read_boxed(r, Self::MipAutoLabelSimulationStatisticsRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipExactDataMatchAuditRecord",
            ) => rt::object::read_boxed(r, Self::MipExactDataMatchAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipLabelAnalyticsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MipLabelAnalyticsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipLabelAuditRecord",
            ) => rt::object::read_boxed(r, Self::MipLabelAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mosAgentInfoRecord",
            ) => rt::object::read_boxed(r, Self::MosAgentInfoRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mosAgentInfoRecordV2",
            ) => rt::object::read_boxed(r, Self::MosAgentInfoRecordV2),
            ::std::option::Option::Some(
                "microsoft.graph.security.ms365dCustomDetectionAuditRecord",
            ) => rt::object::read_boxed(r, Self::Ms365dCustomDetectionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.ms365dIncidentAuditRecord",
            ) => rt::object::read_boxed(r, Self::Ms365dIncidentAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.ms365dSuppressionRuleAuditRecord",
            ) => rt::object::read_boxed(r, Self::Ms365dSuppressionRuleAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeCustomCollectionAuditRecord",
            ) => rt::object::read_boxed(r, Self::MsdeCustomCollectionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeGeneralSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MsdeGeneralSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeIndicatorsSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MsdeIndicatorsSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeResponseActionsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MsdeResponseActionsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeRolesSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MsdeRolesSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MspVectorSearchContentMetadataAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.msticNationStateNotificationRecord",
            ) => rt::object::read_boxed(r, Self::MsticNationStateNotificationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.multiStageDispositionAuditRecord",
            ) => rt::object::read_boxed(r, Self::MultiStageDispositionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.myAnalyticsSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::MyAnalyticsSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.noisyAlertPolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::NoisyAlertPolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.officeNativeAuditRecord",
            ) => rt::object::read_boxed(r, Self::OfficeNativeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.omePortalAuditRecord",
            ) => rt::object::read_boxed(r, Self::OmePortalAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.onDemandSharePointClassificationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::OnDemandSharePointClassificationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::OnPremisesFileShareScannerDlpAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::OnPremisesSharePointScannerDlpAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.oneDriveAuditRecord",
            ) => rt::object::read_boxed(r, Self::OneDriveAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.organizationalDataInM365AuditRecord",
            ) => rt::object::read_boxed(r, Self::OrganizationalDataInM365AuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.outlookCopilotAutomationAuditRecord",
            ) => rt::object::read_boxed(r, Self::OutlookCopilotAutomationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord",
            ) => rt::object::read_boxed(r, Self::OwaGetAccessTokenForResourceAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4AIRiskScoreRecord",
            ) => rt::object::read_boxed(r, Self::P4AiRiskScoreRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentCategoryRecord",
            ) => rt::object::read_boxed(r, Self::P4aiAssessmentCategoryRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentFabricScannerRecord",
            ) => rt::object::read_boxed(r, Self::P4aiAssessmentFabricScannerRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentLocationResultRecord",
            ) => rt::object::read_boxed(r, Self::P4aiAssessmentLocationResultRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentRecord",
            ) => rt::object::read_boxed(r, Self::P4aiAssessmentRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.peopleAdminSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::PeopleAdminSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.physicalBadgingSignalAuditRecord",
            ) => rt::object::read_boxed(r, Self::PhysicalBadgingSignalAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.placesDirectoryAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlacesDirectoryAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerChatMessageAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerChatMessageAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerChatMessageListAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerChatMessageListAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerCopyPlanAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerCopyPlanAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerGoalAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerGoalAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerGoalListAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerGoalListAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerPlanAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerPlanAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerPlanListAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerPlanListAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerPlanSensitivityLabelAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerRosterAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerRosterAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::PlannerRosterSensitivityLabelAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerTaskAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerTaskAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerTaskListAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerTaskListAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerTenantSettingsAuditRecord",
            ) => rt::object::read_boxed(r, Self::PlannerTenantSettingsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.policyConfigChangeAuditRecord",
            ) => rt::object::read_boxed(r, Self::PolicyConfigChangeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerAppsAuditAppRecord",
            ) => rt::object::read_boxed(r, Self::PowerAppsAuditAppRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerAppsAuditPlanRecord",
            ) => rt::object::read_boxed(r, Self::PowerAppsAuditPlanRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerAppsAuditResourceRecord",
            ) => rt::object::read_boxed(r, Self::PowerAppsAuditResourceRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerBIAuditRecord",
            ) => rt::object::read_boxed(r, Self::PowerBiAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerBIDlpAuditRecord",
            ) => rt::object::read_boxed(r, Self::PowerBiDlpAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPagesSiteAuditRecord",
            ) => rt::object::read_boxed(r, Self::PowerPagesSiteAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformAdminDlpAuditRecord",
            ) => rt::object::read_boxed(r, Self::PowerPlatformAdminDlpAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::PowerPlatformAdminEnvironmentAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformAdministratorActivityRecord",
            ) => {
                rt::object::read_boxed(r, Self::PowerPlatformAdministratorActivityRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PowerPlatformLockboxResourceAccessRequestAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PowerPlatformLockboxResourceCommandAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformServiceActivityAuditRecord",
            ) => rt::object::read_boxed(r, Self::PowerPlatformServiceActivityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformTenantIsolationRecord",
            ) => rt::object::read_boxed(r, Self::PowerPlatformTenantIsolationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privaPrivacyAssessmentOperationRecord",
            ) => rt::object::read_boxed(r, Self::PrivaPrivacyAssessmentOperationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privaPrivacyConsentOperationRecord",
            ) => rt::object::read_boxed(r, Self::PrivaPrivacyConsentOperationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyDataMatchAuditRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyDataMatchAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyDataMinimizationRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyDataMinimizationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyDigestEmailRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyDigestEmailRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyOpenAccessAuditRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyOpenAccessAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyPortalAuditRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyPortalAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyRemediationActionRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyRemediationActionRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyRemediationRecord",
            ) => rt::object::read_boxed(r, Self::PrivacyRemediationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectAuditRecord",
            ) => rt::object::read_boxed(r, Self::ProjectAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ProjectForTheWebAssignedToMeSettingsAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebProjectAuditRecord",
            ) => rt::object::read_boxed(r, Self::ProjectForTheWebProjectAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ProjectForTheWebProjectSettingsAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebRoadmapAuditRecord",
            ) => rt::object::read_boxed(r, Self::ProjectForTheWebRoadmapAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord",
            ) => rt::object::read_boxed(r, Self::ProjectForTheWebRoadmapItemAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ProjectForTheWebRoadmapSettingsAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebTaskAuditRecord",
            ) => rt::object::read_boxed(r, Self::ProjectForTheWebTaskAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.publicFolderAuditRecord",
            ) => rt::object::read_boxed(r, Self::PublicFolderAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewInsiderRiskAlertsRecord",
            ) => rt::object::read_boxed(r, Self::PurviewInsiderRiskAlertsRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewInsiderRiskCasesRecord",
            ) => rt::object::read_boxed(r, Self::PurviewInsiderRiskCasesRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewMCRecommendationRecord",
            ) => rt::object::read_boxed(r, Self::PurviewMcRecommendationRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewPostureAgentAuditRecord",
            ) => rt::object::read_boxed(r, Self::PurviewPostureAgentAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.quarantineAuditRecord",
            ) => rt::object::read_boxed(r, Self::QuarantineAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.recordsManagementAuditRecord",
            ) => rt::object::read_boxed(r, Self::RecordsManagementAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.reportSubmission") => {
                rt::object::read_boxed(r, Self::ReportSubmission)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.reportSubmissionResultDetail",
            ) => rt::object::read_boxed(r, Self::ReportSubmissionResultDetail),
            ::std::option::Option::Some(
                "microsoft.graph.security.restrictedModeAuditRecord",
            ) => rt::object::read_boxed(r, Self::RestrictedModeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.retentionPolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::RetentionPolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.rtiOperationsAgentAuditRecord",
            ) => rt::object::read_boxed(r, Self::RtiOperationsAgentAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sbpConfigurationEventRecord",
            ) => rt::object::read_boxed(r, Self::SbpConfigurationEventRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sbpUsageEventRecord",
            ) => rt::object::read_boxed(r, Self::SbpUsageEventRecord),
            ::std::option::Option::Some("microsoft.graph.security.scoreEvidence") => {
                rt::object::read_boxed(r, Self::ScoreEvidence)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.scorePlatformGenericAuditRecord",
            ) => rt::object::read_boxed(r, Self::ScorePlatformGenericAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.scriptRunAuditRecord",
            ) => rt::object::read_boxed(r, Self::ScriptRunAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.searchAuditRecord") => {
                rt::object::read_boxed(r, Self::SearchAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceAlertRecord",
            ) => rt::object::read_boxed(r, Self::SecurityComplianceAlertRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SecurityComplianceCenterEopCmdletAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceInsightsAuditRecord",
            ) => rt::object::read_boxed(r, Self::SecurityComplianceInsightsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceRBACAuditRecord",
            ) => rt::object::read_boxed(r, Self::SecurityComplianceRbacAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceUserChangeAuditRecord",
            ) => rt::object::read_boxed(r, Self::SecurityComplianceUserChangeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityCopilotIdentityManagementAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SecurityCopilotIdentityManagementAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SecurityDevelopmentLifecycleAiLogAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord",
            ) => rt::object::read_boxed(r, Self::SensitiveInfoRemediationAgentDataRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitivityLabelActionAuditRecord",
            ) => rt::object::read_boxed(r, Self::SensitivityLabelActionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord",
            ) => rt::object::read_boxed(r, Self::SensitivityLabelPolicyMatchAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitivityLabeledFileActionAuditRecord",
            ) => rt::object::read_boxed(r, Self::SensitivityLabeledFileActionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelAIToolAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelAiToolAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelGraphAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelGraphAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelJobAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelJobAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelKQLOnLakeAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelKqlOnLakeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelLakeDataOnboardingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelLakeEncryptionAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelLakeEncryptionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelLakeOnboardingAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelLakeOnboardingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelNotebookOnLakeAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelNotebookOnLakeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelPackageAuditRecord",
            ) => rt::object::read_boxed(r, Self::SentinelPackageAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointAppPermissionOperationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SharePointAppPermissionOperationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointCommentOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointCommentOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SharePointContentSecurityPolicyAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointContentTypeOperationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SharePointContentTypeOperationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointESignatureAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointESignatureAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointFieldOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointFieldOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointFileOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointFileOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointListItemOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointListItemOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointListOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointListOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointSharingOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::SharePointSharingOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.skypeForBusinessCmdletsAuditRecord",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessCmdletsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessPstnUsageAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessUsersBlockedAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarDetonationContentMetadata",
            ) => rt::object::read_boxed(r, Self::SonarDetonationContentMetadata),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarDetonationEntityAuditRecord",
            ) => rt::object::read_boxed(r, Self::SonarDetonationEntityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarFileDetonationEntityAuditRecord",
            ) => rt::object::read_boxed(r, Self::SonarFileDetonationEntityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarSubmissionEntityAuditRecord",
            ) => rt::object::read_boxed(r, Self::SonarSubmissionEntityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarUrlDetonationEntityAuditRecord",
            ) => rt::object::read_boxed(r, Self::SonarUrlDetonationEntityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.sparkCoreCustomLivePoolRecord",
            ) => rt::object::read_boxed(r, Self::SparkCoreCustomLivePoolRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.submissionEntityAuditRecord",
            ) => rt::object::read_boxed(r, Self::SubmissionEntityAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord",
            ) => {
                rt::object::read_boxed(r, Self::SupervisoryReviewDayXInsightsAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.syntheticProbeAuditRecord",
            ) => rt::object::read_boxed(r, Self::SyntheticProbeAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamCopilotInteractionAuditRecord",
            ) => rt::object::read_boxed(r, Self::TeamCopilotInteractionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEasyApprovalsAuditRecord",
            ) => rt::object::read_boxed(r, Self::TeamsEasyApprovalsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::TeamsEvalDataHubAdminOperationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord",
            ) => rt::object::read_boxed(r, Self::TeamsEvalDataHubDataAccessAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::TeamsEvalDataHubPermissionChangeAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsHealthcareAuditRecord",
            ) => rt::object::read_boxed(r, Self::TeamsHealthcareAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsUpdatesAuditRecord",
            ) => rt::object::read_boxed(r, Self::TeamsUpdatesAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.tenantAllowBlockListAuditRecord",
            ) => rt::object::read_boxed(r, Self::TenantAllowBlockListAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatFinderAuditRecord",
            ) => rt::object::read_boxed(r, Self::ThreatFinderAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceAtpContentData",
            ) => rt::object::read_boxed(r, Self::ThreatIntelligenceAtpContentData),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceExportAuditRecord",
            ) => rt::object::read_boxed(r, Self::ThreatIntelligenceExportAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceMailData",
            ) => rt::object::read_boxed(r, Self::ThreatIntelligenceMailData),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceObjectAuditRecord",
            ) => rt::object::read_boxed(r, Self::ThreatIntelligenceObjectAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceUrlClickData",
            ) => rt::object::read_boxed(r, Self::ThreatIntelligenceUrlClickData),
            ::std::option::Option::Some("microsoft.graph.security.todoAuditRecord") => {
                rt::object::read_boxed(r, Self::TodoAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.trainableClassifierAuditRecord",
            ) => rt::object::read_boxed(r, Self::TrainableClassifierAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.uamOperationAuditRecord",
            ) => rt::object::read_boxed(r, Self::UamOperationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedGroupAuditRecord",
            ) => rt::object::read_boxed(r, Self::UnifiedGroupAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord",
            ) => rt::object::read_boxed(r, Self::UnifiedSimulationMatchedItemAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedSimulationSummaryAuditRecord",
            ) => rt::object::read_boxed(r, Self::UnifiedSimulationSummaryAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.universalPrintManagementAuditRecord",
            ) => rt::object::read_boxed(r, Self::UniversalPrintManagementAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.universalPrintPrintJobAuditRecord",
            ) => rt::object::read_boxed(r, Self::UniversalPrintPrintJobAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.urbacAssignmentAuditRecord",
            ) => rt::object::read_boxed(r, Self::UrbacAssignmentAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.urbacEnableStateAuditRecord",
            ) => rt::object::read_boxed(r, Self::UrbacEnableStateAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.urbacRoleAuditRecord",
            ) => rt::object::read_boxed(r, Self::UrbacRoleAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.userTrainingAuditRecord",
            ) => rt::object::read_boxed(r, Self::UserTrainingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.usxWorkspaceOnboardingAuditRecord",
            ) => rt::object::read_boxed(r, Self::UsxWorkspaceOnboardingAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vfamCreatePolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::VfamCreatePolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vfamDeletePolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::VfamDeletePolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vfamUpdatePolicyAuditRecord",
            ) => rt::object::read_boxed(r, Self::VfamUpdatePolicyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaAmplifyAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaAmplifyAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaEngageEventsAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaEngageEventsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaEngageNetworkAssociationAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaEngageSegmentAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaEngageSegmentAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VivaGlintAdvancedConfigurationAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintAgenticCampaignAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintFeedbackProgramAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintOrganizationalDataAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintPulseProgramAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintPulseProgramAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VivaGlintPulseProgramRespondentRateAuditRecord,
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintQuestionAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintQuestionAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintRoleAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintRoleAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintRubiconAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintRubiconAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintSupportAccessAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintSupportAccessAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintSystemAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintSystemAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintUserAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintUserAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintUserGroupAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGlintUserGroupAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGoalsAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaGoalsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaLearningAdminAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaLearningAdminAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaLearningAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaLearningAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseAdminAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaPulseAdminAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseOrganizerAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaPulseOrganizerAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseReportAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaPulseReportAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseResponseAuditRecord",
            ) => rt::object::read_boxed(r, Self::VivaPulseResponseAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.wdatpAlertsAuditRecord",
            ) => rt::object::read_boxed(r, Self::WdatpAlertsAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.webContentFilteringAuditRecord",
            ) => rt::object::read_boxed(r, Self::WebContentFilteringAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.windows365CustomerLockboxAuditRecord",
            ) => rt::object::read_boxed(r, Self::Windows365CustomerLockboxAuditRecord),
            ::std::option::Option::Some(
                "microsoft.graph.security.workplaceAnalyticsAuditRecord",
            ) => rt::object::read_boxed(r, Self::WorkplaceAnalyticsAuditRecord),
            ::std::option::Option::Some("microsoft.graph.security.yammerAuditRecord") => {
                rt::object::read_boxed(r, Self::YammerAuditRecord)
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.yammerUserHidingAuditRecord",
            ) => rt::object::read_boxed(r, Self::YammerUserHidingAuditRecord),
            _ => rt::object::read_boxed(r, Self::AuditData),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::AuditData(v) => {
                rt::object::write_members(&**v, w, ::std::option::Option::None)
            }
            Self::A365AiExecuteTool(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.a365AiExecuteTool",
                    ),
                )
            }
            Self::A365AiInferenceCall(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.a365AiInferenceCall",
                    ),
                )
            }
            Self::A365AiInvokeAgent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.a365AiInvokeAgent",
                    ),
                )
            }
            Self::A365AiRunSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.a365AiRunSummary",
                    ),
                )
            }
            Self::A365SpanOutputs(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.a365SpanOutputs",
                    ),
                )
            }
            Self::AISpanOutputsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aISpanOutputsAuditRecord",
                    ),
                )
            }
            Self::AadRiskDetectionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aadRiskDetectionAuditRecord",
                    ),
                )
            }
            Self::AedAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aedAuditRecord",
                    ),
                )
            }
            Self::AgentAdminActivityRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.agentAdminActivityRecord",
                    ),
                )
            }
            Self::AgentSettingAdminActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.agentSettingAdminActivity",
                    ),
                )
            }
            Self::AiAppInteractionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aiAppInteractionAuditRecord",
                    ),
                )
            }
            Self::AiExecuteToolAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aiExecuteToolAuditRecord",
                    ),
                )
            }
            Self::AiInteractionsChangeNotificationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord",
                    ),
                )
            }
            Self::AiInteractionsExportAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aiInteractionsExportAuditRecord",
                    ),
                )
            }
            Self::AiInteractionsSubscriptionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aiInteractionsSubscriptionAuditRecord",
                    ),
                )
            }
            Self::AiInvokeAgentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aiInvokeAgentAuditRecord",
                    ),
                )
            }
            Self::AipDiscover(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.aipDiscover"),
                )
            }
            Self::AipFileDeleted(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aipFileDeleted",
                    ),
                )
            }
            Self::AipHeartBeat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.aipHeartBeat"),
                )
            }
            Self::AipProtectionActionLogRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aipProtectionActionLogRequest",
                    ),
                )
            }
            Self::AipScannerDiscoverEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aipScannerDiscoverEvent",
                    ),
                )
            }
            Self::AipSensitivityLabelActionLogRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.aipSensitivityLabelActionLogRequest",
                    ),
                )
            }
            Self::AirAdminActionInvestigationData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.airAdminActionInvestigationData",
                    ),
                )
            }
            Self::AirInvestigationData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.airInvestigationData",
                    ),
                )
            }
            Self::AirManualInvestigationData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.airManualInvestigationData",
                    ),
                )
            }
            Self::AlertSubmissionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.alertSubmissionAuditRecord",
                    ),
                )
            }
            Self::AlertSubmissionResultDetailAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.alertSubmissionResultDetailAuditRecord",
                    ),
                )
            }
            Self::AttackSimAdminAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.attackSimAdminAuditRecord",
                    ),
                )
            }
            Self::AttackSimAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.attackSimAuditRecord",
                    ),
                )
            }
            Self::AuditConfigAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.auditConfigAuditRecord",
                    ),
                )
            }
            Self::AuditSearchAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.auditSearchAuditRecord",
                    ),
                )
            }
            Self::AzfwApplicationRuleAggregationEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azfwApplicationRuleAggregationEventRecord",
                    ),
                )
            }
            Self::AzfwDnsQueryEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azfwDnsQueryEventRecord",
                    ),
                )
            }
            Self::AzfwNetworkRuleEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azfwNetworkRuleEventRecord",
                    ),
                )
            }
            Self::AzureAiSearchAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azureAISearchAuditRecord",
                    ),
                )
            }
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord",
                    ),
                )
            }
            Self::AzureActiveDirectoryAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azureActiveDirectoryAuditRecord",
                    ),
                )
            }
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord",
                    ),
                )
            }
            Self::CampaignAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.campaignAuditRecord",
                    ),
                )
            }
            Self::CcraiPolicyViolationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ccraiPolicyViolationRecord",
                    ),
                )
            }
            Self::CdpClassifierHealthRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpClassifierHealthRecord",
                    ),
                )
            }
            Self::CdpColdCrawlStatusRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpColdCrawlStatusRecord",
                    ),
                )
            }
            Self::CdpConsumptionResourceRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpConsumptionResourceRecord",
                    ),
                )
            }
            Self::CdpContentExplorerAggregateRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpContentExplorerAggregateRecord",
                    ),
                )
            }
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpDlpSensitiveEndpointAuditRecord",
                    ),
                )
            }
            Self::CdpLogRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.cdpLogRecord"),
                )
            }
            Self::CdpOcrBillingRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpOcrBillingRecord",
                    ),
                )
            }
            Self::CdpResourceScopeChangeEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpResourceScopeChangeEventRecord",
                    ),
                )
            }
            Self::CdpdlmaiInteractionInsightsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cdpdlmaiInteractionInsightsRecord",
                    ),
                )
            }
            Self::CloudUpdateDeviceConfigAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cloudUpdateDeviceConfigAuditRecord",
                    ),
                )
            }
            Self::CloudUpdateProfileConfigAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cloudUpdateProfileConfigAuditRecord",
                    ),
                )
            }
            Self::CloudUpdateTenantConfigAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cloudUpdateTenantConfigAuditRecord",
                    ),
                )
            }
            Self::ComplianceConnectorAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceConnectorAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlmExchangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLMExchangeAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlmSharePointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLMSharePointAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpApplicationsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPApplicationsAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPApplicationsClassificationAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpEndpointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPEndpointAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPEndpointDiscoveryAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpEnforcementAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPEnforcementAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpExchangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPExchangeAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPExchangeClassificationAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPExchangeClassificationCdpRecord",
                    ),
                )
            }
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPExchangeDiscoveryAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpSharePointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPSharePointAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPSharePointClassificationAuditRecord",
                    ),
                )
            }
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPSharePointClassificationCdpRecord",
                    ),
                )
            }
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceDLPSharePointClassificationExtendedAuditRecord",
                    ),
                )
            }
            Self::ComplianceExchangeOcrAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceExchangeOcrAuditRecord",
                    ),
                )
            }
            Self::ComplianceManagerActionRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceManagerActionRecord",
                    ),
                )
            }
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.compliancePolicyGradingSharePointAuditRecord",
                    ),
                )
            }
            Self::ComplianceSettingsChangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceSettingsChangeAuditRecord",
                    ),
                )
            }
            Self::ComplianceSitGradingSharePointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceSitGradingSharePointAuditRecord",
                    ),
                )
            }
            Self::ComplianceSupervisionExchangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.complianceSupervisionExchangeAuditRecord",
                    ),
                )
            }
            Self::ConnectedAiAppInteractionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.connectedAIAppInteractionAuditRecord",
                    ),
                )
            }
            Self::ConsumptionResourceAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.consumptionResourceAuditRecord",
                    ),
                )
            }
            Self::ContentStoreMetadataRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.contentStoreMetadataRecord",
                    ),
                )
            }
            Self::CopilotAgentManagementAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotAgentManagementAuditRecord",
                    ),
                )
            }
            Self::CopilotForSecurityLoggingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotForSecurityLoggingAuditRecord",
                    ),
                )
            }
            Self::CopilotForSecurityTriggerAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotForSecurityTriggerAuditRecord",
                    ),
                )
            }
            Self::CopilotInteractionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotInteractionAuditRecord",
                    ),
                )
            }
            Self::CopilotPluginSettingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotPluginSettingAuditRecord",
                    ),
                )
            }
            Self::CopilotPromptBookSettingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotPromptBookSettingAuditRecord",
                    ),
                )
            }
            Self::CopilotSessionSharingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotSessionSharingAuditRecord",
                    ),
                )
            }
            Self::CopilotSettingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotSettingAuditRecord",
                    ),
                )
            }
            Self::CopilotWorkspaceSettingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.copilotWorkspaceSettingAuditRecord",
                    ),
                )
            }
            Self::CoreReportingSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.coreReportingSettingsAuditRecord",
                    ),
                )
            }
            Self::CortanaBriefingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.cortanaBriefingAuditRecord",
                    ),
                )
            }
            Self::CriticalAssetManagementClassificationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.criticalAssetManagementClassificationRecord",
                    ),
                )
            }
            Self::CrmEntityOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.crmEntityOperationAuditRecord",
                    ),
                )
            }
            Self::CrossTenantAccessPolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.crossTenantAccessPolicyAuditRecord",
                    ),
                )
            }
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.customerKeyServiceEncryptionAuditRecord",
                    ),
                )
            }
            Self::DataCenterSecurityCmdletAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataCenterSecurityCmdletAuditRecord",
                    ),
                )
            }
            Self::DataGovernanceAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataGovernanceAuditRecord",
                    ),
                )
            }
            Self::DataInsightsRestApiAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataInsightsRestApiAuditRecord",
                    ),
                )
            }
            Self::DataLakeExportOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataLakeExportOperationAuditRecord",
                    ),
                )
            }
            Self::DataSecurityInvestigationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataSecurityInvestigationAuditRecord",
                    ),
                )
            }
            Self::DataShareOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataShareOperationAuditRecord",
                    ),
                )
            }
            Self::DefaultAuditData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.defaultAuditData",
                    ),
                )
            }
            Self::DefenderCaseManagementAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.defenderCaseManagementAuditRecord",
                    ),
                )
            }
            Self::DefenderPreviewFeaturesRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.defenderPreviewFeaturesRecord",
                    ),
                )
            }
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.defenderSecurityForAIConfigurationAuditRecord",
                    ),
                )
            }
            Self::DeployFeatureActivityRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.deployFeatureActivityRecord",
                    ),
                )
            }
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.deviceDiscoverySettingsAuthenticatedScansRecord",
                    ),
                )
            }
            Self::DeviceDiscoverySettingsExclusionRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.deviceDiscoverySettingsExclusionRecord",
                    ),
                )
            }
            Self::DeviceDiscoverySettingsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.deviceDiscoverySettingsRecord",
                    ),
                )
            }
            Self::DiscoveryAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.discoveryAuditRecord",
                    ),
                )
            }
            Self::DlpEndpointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dlpEndpointAuditRecord",
                    ),
                )
            }
            Self::DlpImportResultAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dlpImportResultAuditRecord",
                    ),
                )
            }
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dlpSensitiveInformationTypeRulePackageCmdletRecord",
                    ),
                )
            }
            Self::DragonCopilotAccessRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dragonCopilotAccessRecord",
                    ),
                )
            }
            Self::DragonCopilotAdminRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dragonCopilotAdminRecord",
                    ),
                )
            }
            Self::DragonCopilotClinicalDataRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dragonCopilotClinicalDataRecord",
                    ),
                )
            }
            Self::DragonCopilotSessionRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dragonCopilotSessionRecord",
                    ),
                )
            }
            Self::Dynamics365BusinessCentralAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dynamics365BusinessCentralAuditRecord",
                    ),
                )
            }
            Self::EhrConnectorAuditBaseRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ehrConnectorAuditBaseRecord",
                    ),
                )
            }
            Self::EopSubmissionFeedEntityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.eopSubmissionFeedEntityAuditRecord",
                    ),
                )
            }
            Self::ExchangeAdminAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.exchangeAdminAuditRecord",
                    ),
                )
            }
            Self::ExchangeAggregatedMailboxAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.exchangeAggregatedMailboxAuditRecord",
                    ),
                )
            }
            Self::ExchangeAggregatedOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.exchangeAggregatedOperationRecord",
                    ),
                )
            }
            Self::ExchangeMailboxAuditGroupRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.exchangeMailboxAuditGroupRecord",
                    ),
                )
            }
            Self::ExchangeMailboxAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.exchangeMailboxAuditRecord",
                    ),
                )
            }
            Self::FabricAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.fabricAuditRecord",
                    ),
                )
            }
            Self::FabricPolicyRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.fabricPolicyRecord",
                    ),
                )
            }
            Self::HealthcareSignalRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.healthcareSignalRecord",
                    ),
                )
            }
            Self::HostedRpaAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.hostedRpaAuditRecord",
                    ),
                )
            }
            Self::HrSignalAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.hrSignalAuditRecord",
                    ),
                )
            }
            Self::HygieneEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.hygieneEventRecord",
                    ),
                )
            }
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord",
                    ),
                )
            }
            Self::InformationWorkerProtectionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.informationWorkerProtectionAuditRecord",
                    ),
                )
            }
            Self::InsiderRiskScopedUserInsightsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.insiderRiskScopedUserInsightsRecord",
                    ),
                )
            }
            Self::InsiderRiskScopedUsersRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.insiderRiskScopedUsersRecord",
                    ),
                )
            }
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord",
                    ),
                )
            }
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord",
                    ),
                )
            }
            Self::IrmActivityAuditTrailRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.irmActivityAuditTrailRecord",
                    ),
                )
            }
            Self::IrmUserDefinedDetectionRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.irmUserDefinedDetectionRecord",
                    ),
                )
            }
            Self::KaizalaAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.kaizalaAuditRecord",
                    ),
                )
            }
            Self::LabelAnalyticsAggregateAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.labelAnalyticsAggregateAuditRecord",
                    ),
                )
            }
            Self::LabelContentExplorerAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.labelContentExplorerAuditRecord",
                    ),
                )
            }
            Self::LargeContentMetadataAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.largeContentMetadataAuditRecord",
                    ),
                )
            }
            Self::M365ComplianceConnectorAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.m365ComplianceConnectorAuditRecord",
                    ),
                )
            }
            Self::M365SearchSectionsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.m365SearchSectionsRecord",
                    ),
                )
            }
            Self::M365daadAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.m365daadAuditRecord",
                    ),
                )
            }
            Self::M365odspAssetMetadataRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.m365odspAssetMetadataRecord",
                    ),
                )
            }
            Self::MDashAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mDASHAuditRecord",
                    ),
                )
            }
            Self::MailSubmissionData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mailSubmissionData",
                    ),
                )
            }
            Self::ManagedServicesAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.managedServicesAuditRecord",
                    ),
                )
            }
            Self::ManagedTenantsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.managedTenantsAuditRecord",
                    ),
                )
            }
            Self::MapgAlertsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mapgAlertsAuditRecord",
                    ),
                )
            }
            Self::MapgOnboardAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mapgOnboardAuditRecord",
                    ),
                )
            }
            Self::MapgPolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mapgPolicyAuditRecord",
                    ),
                )
            }
            Self::MapgRemediationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mapgRemediationAuditRecord",
                    ),
                )
            }
            Self::McasAlertsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mcasAlertsAuditRecord",
                    ),
                )
            }
            Self::MdaAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mdaAuditRecord",
                    ),
                )
            }
            Self::MdaDataSecuritySignalRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mdaDataSecuritySignalRecord",
                    ),
                )
            }
            Self::MdatpAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mdatpAuditRecord",
                    ),
                )
            }
            Self::MdcEventsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mdcEventsRecord",
                    ),
                )
            }
            Self::MdiAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mdiAuditRecord",
                    ),
                )
            }
            Self::MeshWorldsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.meshWorldsAuditRecord",
                    ),
                )
            }
            Self::Microsoft365BackupBackupItemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoft365BackupBackupItemAuditRecord",
                    ),
                )
            }
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord",
                    ),
                )
            }
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord",
                    ),
                )
            }
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord",
                    ),
                )
            }
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord",
                    ),
                )
            }
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord",
                    ),
                )
            }
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord",
                    ),
                )
            }
            Self::MicrosoftFlowAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftFlowAuditRecord",
                    ),
                )
            }
            Self::MicrosoftFormsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftFormsAuditRecord",
                    ),
                )
            }
            Self::MicrosoftGraphDataConnectConsent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftGraphDataConnectConsent",
                    ),
                )
            }
            Self::MicrosoftGraphDataConnectOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftGraphDataConnectOperation",
                    ),
                )
            }
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord",
                    ),
                )
            }
            Self::MicrosoftPurviewDataMapOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftPurviewDataMapOperationRecord",
                    ),
                )
            }
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord",
                    ),
                )
            }
            Self::MicrosoftPurviewPolicyOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftPurviewPolicyOperationRecord",
                    ),
                )
            }
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftPurviewPrivacyAuditEvent",
                    ),
                )
            }
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord",
                    ),
                )
            }
            Self::MicrosoftStreamAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftStreamAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsAdminAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsAdminAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsDeviceAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsDeviceAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsShiftsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsShiftsAuditRecord",
                    ),
                )
            }
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.microsoftTeamsUserConcernAuditRecord",
                    ),
                )
            }
            Self::MipAutoLabelExchangeItemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord",
                    ),
                )
            }
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord",
                    ),
                )
            }
            Self::MipAutoLabelSharePointItemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord",
                    ),
                )
            }
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord",
                    ),
                )
            }
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord",
                    ),
                )
            }
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord",
                    ),
                )
            }
            Self::MipAutoLabelSimulationStatisticsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord",
                    ),
                )
            }
            Self::MipExactDataMatchAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipExactDataMatchAuditRecord",
                    ),
                )
            }
            Self::MipLabelAnalyticsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipLabelAnalyticsAuditRecord",
                    ),
                )
            }
            Self::MipLabelAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mipLabelAuditRecord",
                    ),
                )
            }
            Self::MosAgentInfoRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mosAgentInfoRecord",
                    ),
                )
            }
            Self::MosAgentInfoRecordV2(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mosAgentInfoRecordV2",
                    ),
                )
            }
            Self::Ms365dCustomDetectionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ms365dCustomDetectionAuditRecord",
                    ),
                )
            }
            Self::Ms365dIncidentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ms365dIncidentAuditRecord",
                    ),
                )
            }
            Self::Ms365dSuppressionRuleAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ms365dSuppressionRuleAuditRecord",
                    ),
                )
            }
            Self::MsdeCustomCollectionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.msdeCustomCollectionAuditRecord",
                    ),
                )
            }
            Self::MsdeGeneralSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.msdeGeneralSettingsAuditRecord",
                    ),
                )
            }
            Self::MsdeIndicatorsSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.msdeIndicatorsSettingsAuditRecord",
                    ),
                )
            }
            Self::MsdeResponseActionsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.msdeResponseActionsAuditRecord",
                    ),
                )
            }
            Self::MsdeRolesSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.msdeRolesSettingsAuditRecord",
                    ),
                )
            }
            Self::MspVectorSearchContentMetadataAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord",
                    ),
                )
            }
            Self::MsticNationStateNotificationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.msticNationStateNotificationRecord",
                    ),
                )
            }
            Self::MultiStageDispositionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.multiStageDispositionAuditRecord",
                    ),
                )
            }
            Self::MyAnalyticsSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.myAnalyticsSettingsAuditRecord",
                    ),
                )
            }
            Self::NoisyAlertPolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.noisyAlertPolicyAuditRecord",
                    ),
                )
            }
            Self::OfficeNativeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.officeNativeAuditRecord",
                    ),
                )
            }
            Self::OmePortalAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.omePortalAuditRecord",
                    ),
                )
            }
            Self::OnDemandSharePointClassificationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.onDemandSharePointClassificationAuditRecord",
                    ),
                )
            }
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord",
                    ),
                )
            }
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord",
                    ),
                )
            }
            Self::OneDriveAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.oneDriveAuditRecord",
                    ),
                )
            }
            Self::OrganizationalDataInM365AuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.organizationalDataInM365AuditRecord",
                    ),
                )
            }
            Self::OutlookCopilotAutomationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.outlookCopilotAutomationAuditRecord",
                    ),
                )
            }
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord",
                    ),
                )
            }
            Self::P4AiRiskScoreRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.p4AIRiskScoreRecord",
                    ),
                )
            }
            Self::P4aiAssessmentCategoryRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.p4aiAssessmentCategoryRecord",
                    ),
                )
            }
            Self::P4aiAssessmentFabricScannerRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.p4aiAssessmentFabricScannerRecord",
                    ),
                )
            }
            Self::P4aiAssessmentLocationResultRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.p4aiAssessmentLocationResultRecord",
                    ),
                )
            }
            Self::P4aiAssessmentRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.p4aiAssessmentRecord",
                    ),
                )
            }
            Self::PeopleAdminSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.peopleAdminSettingsAuditRecord",
                    ),
                )
            }
            Self::PhysicalBadgingSignalAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.physicalBadgingSignalAuditRecord",
                    ),
                )
            }
            Self::PlacesDirectoryAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.placesDirectoryAuditRecord",
                    ),
                )
            }
            Self::PlannerChatMessageAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerChatMessageAuditRecord",
                    ),
                )
            }
            Self::PlannerChatMessageListAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerChatMessageListAuditRecord",
                    ),
                )
            }
            Self::PlannerCopyPlanAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerCopyPlanAuditRecord",
                    ),
                )
            }
            Self::PlannerGoalAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerGoalAuditRecord",
                    ),
                )
            }
            Self::PlannerGoalListAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerGoalListAuditRecord",
                    ),
                )
            }
            Self::PlannerPlanAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerPlanAuditRecord",
                    ),
                )
            }
            Self::PlannerPlanListAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerPlanListAuditRecord",
                    ),
                )
            }
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord",
                    ),
                )
            }
            Self::PlannerRosterAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerRosterAuditRecord",
                    ),
                )
            }
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord",
                    ),
                )
            }
            Self::PlannerTaskAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerTaskAuditRecord",
                    ),
                )
            }
            Self::PlannerTaskListAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerTaskListAuditRecord",
                    ),
                )
            }
            Self::PlannerTenantSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.plannerTenantSettingsAuditRecord",
                    ),
                )
            }
            Self::PolicyConfigChangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.policyConfigChangeAuditRecord",
                    ),
                )
            }
            Self::PowerAppsAuditAppRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerAppsAuditAppRecord",
                    ),
                )
            }
            Self::PowerAppsAuditPlanRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerAppsAuditPlanRecord",
                    ),
                )
            }
            Self::PowerAppsAuditResourceRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerAppsAuditResourceRecord",
                    ),
                )
            }
            Self::PowerBiAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerBIAuditRecord",
                    ),
                )
            }
            Self::PowerBiDlpAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerBIDlpAuditRecord",
                    ),
                )
            }
            Self::PowerPagesSiteAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPagesSiteAuditRecord",
                    ),
                )
            }
            Self::PowerPlatformAdminDlpAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformAdminDlpAuditRecord",
                    ),
                )
            }
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord",
                    ),
                )
            }
            Self::PowerPlatformAdministratorActivityRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformAdministratorActivityRecord",
                    ),
                )
            }
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord",
                    ),
                )
            }
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord",
                    ),
                )
            }
            Self::PowerPlatformServiceActivityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformServiceActivityAuditRecord",
                    ),
                )
            }
            Self::PowerPlatformTenantIsolationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.powerPlatformTenantIsolationRecord",
                    ),
                )
            }
            Self::PrivaPrivacyAssessmentOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privaPrivacyAssessmentOperationRecord",
                    ),
                )
            }
            Self::PrivaPrivacyConsentOperationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privaPrivacyConsentOperationRecord",
                    ),
                )
            }
            Self::PrivacyDataMatchAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyDataMatchAuditRecord",
                    ),
                )
            }
            Self::PrivacyDataMinimizationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyDataMinimizationRecord",
                    ),
                )
            }
            Self::PrivacyDigestEmailRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyDigestEmailRecord",
                    ),
                )
            }
            Self::PrivacyOpenAccessAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyOpenAccessAuditRecord",
                    ),
                )
            }
            Self::PrivacyPortalAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyPortalAuditRecord",
                    ),
                )
            }
            Self::PrivacyRemediationActionRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyRemediationActionRecord",
                    ),
                )
            }
            Self::PrivacyRemediationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.privacyRemediationRecord",
                    ),
                )
            }
            Self::ProjectAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebProjectAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebProjectAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebRoadmapAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebRoadmapAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord",
                    ),
                )
            }
            Self::ProjectForTheWebTaskAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.projectForTheWebTaskAuditRecord",
                    ),
                )
            }
            Self::PublicFolderAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.publicFolderAuditRecord",
                    ),
                )
            }
            Self::PurviewInsiderRiskAlertsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.purviewInsiderRiskAlertsRecord",
                    ),
                )
            }
            Self::PurviewInsiderRiskCasesRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.purviewInsiderRiskCasesRecord",
                    ),
                )
            }
            Self::PurviewMcRecommendationRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.purviewMCRecommendationRecord",
                    ),
                )
            }
            Self::PurviewPostureAgentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.purviewPostureAgentAuditRecord",
                    ),
                )
            }
            Self::QuarantineAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.quarantineAuditRecord",
                    ),
                )
            }
            Self::RecordsManagementAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.recordsManagementAuditRecord",
                    ),
                )
            }
            Self::ReportSubmission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.reportSubmission",
                    ),
                )
            }
            Self::ReportSubmissionResultDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.reportSubmissionResultDetail",
                    ),
                )
            }
            Self::RestrictedModeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.restrictedModeAuditRecord",
                    ),
                )
            }
            Self::RetentionPolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.retentionPolicyAuditRecord",
                    ),
                )
            }
            Self::RtiOperationsAgentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.rtiOperationsAgentAuditRecord",
                    ),
                )
            }
            Self::SbpConfigurationEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sbpConfigurationEventRecord",
                    ),
                )
            }
            Self::SbpUsageEventRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sbpUsageEventRecord",
                    ),
                )
            }
            Self::ScoreEvidence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.scoreEvidence",
                    ),
                )
            }
            Self::ScorePlatformGenericAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.scorePlatformGenericAuditRecord",
                    ),
                )
            }
            Self::ScriptRunAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.scriptRunAuditRecord",
                    ),
                )
            }
            Self::SearchAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.searchAuditRecord",
                    ),
                )
            }
            Self::SecurityComplianceAlertRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityComplianceAlertRecord",
                    ),
                )
            }
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord",
                    ),
                )
            }
            Self::SecurityComplianceInsightsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityComplianceInsightsAuditRecord",
                    ),
                )
            }
            Self::SecurityComplianceRbacAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityComplianceRBACAuditRecord",
                    ),
                )
            }
            Self::SecurityComplianceUserChangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityComplianceUserChangeAuditRecord",
                    ),
                )
            }
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityCopilotIdentityManagementAuditRecord",
                    ),
                )
            }
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord",
                    ),
                )
            }
            Self::SensitiveInfoRemediationAgentDataRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord",
                    ),
                )
            }
            Self::SensitivityLabelActionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sensitivityLabelActionAuditRecord",
                    ),
                )
            }
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord",
                    ),
                )
            }
            Self::SensitivityLabeledFileActionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sensitivityLabeledFileActionAuditRecord",
                    ),
                )
            }
            Self::SentinelAiToolAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelAIToolAuditRecord",
                    ),
                )
            }
            Self::SentinelGraphAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelGraphAuditRecord",
                    ),
                )
            }
            Self::SentinelJobAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelJobAuditRecord",
                    ),
                )
            }
            Self::SentinelKqlOnLakeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelKQLOnLakeAuditRecord",
                    ),
                )
            }
            Self::SentinelLakeDataOnboardingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord",
                    ),
                )
            }
            Self::SentinelLakeEncryptionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelLakeEncryptionAuditRecord",
                    ),
                )
            }
            Self::SentinelLakeOnboardingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelLakeOnboardingAuditRecord",
                    ),
                )
            }
            Self::SentinelNotebookOnLakeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelNotebookOnLakeAuditRecord",
                    ),
                )
            }
            Self::SentinelPackageAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sentinelPackageAuditRecord",
                    ),
                )
            }
            Self::SharePointAppPermissionOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointAppPermissionOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointAuditRecord",
                    ),
                )
            }
            Self::SharePointCommentOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointCommentOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointContentSecurityPolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord",
                    ),
                )
            }
            Self::SharePointContentTypeOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointContentTypeOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointESignatureAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointESignatureAuditRecord",
                    ),
                )
            }
            Self::SharePointFieldOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointFieldOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointFileOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointFileOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointListItemOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointListItemOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointListOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointListOperationAuditRecord",
                    ),
                )
            }
            Self::SharePointSharingOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sharePointSharingOperationAuditRecord",
                    ),
                )
            }
            Self::SkypeForBusinessCmdletsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.skypeForBusinessCmdletsAuditRecord",
                    ),
                )
            }
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord",
                    ),
                )
            }
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord",
                    ),
                )
            }
            Self::SonarDetonationContentMetadata(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sonarDetonationContentMetadata",
                    ),
                )
            }
            Self::SonarDetonationEntityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sonarDetonationEntityAuditRecord",
                    ),
                )
            }
            Self::SonarFileDetonationEntityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sonarFileDetonationEntityAuditRecord",
                    ),
                )
            }
            Self::SonarSubmissionEntityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sonarSubmissionEntityAuditRecord",
                    ),
                )
            }
            Self::SonarUrlDetonationEntityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sonarUrlDetonationEntityAuditRecord",
                    ),
                )
            }
            Self::SparkCoreCustomLivePoolRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sparkCoreCustomLivePoolRecord",
                    ),
                )
            }
            Self::SubmissionEntityAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.submissionEntityAuditRecord",
                    ),
                )
            }
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord",
                    ),
                )
            }
            Self::SyntheticProbeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.syntheticProbeAuditRecord",
                    ),
                )
            }
            Self::TeamCopilotInteractionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamCopilotInteractionAuditRecord",
                    ),
                )
            }
            Self::TeamsEasyApprovalsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamsEasyApprovalsAuditRecord",
                    ),
                )
            }
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord",
                    ),
                )
            }
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord",
                    ),
                )
            }
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord",
                    ),
                )
            }
            Self::TeamsHealthcareAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamsHealthcareAuditRecord",
                    ),
                )
            }
            Self::TeamsUpdatesAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.teamsUpdatesAuditRecord",
                    ),
                )
            }
            Self::TenantAllowBlockListAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.tenantAllowBlockListAuditRecord",
                    ),
                )
            }
            Self::ThreatFinderAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatFinderAuditRecord",
                    ),
                )
            }
            Self::ThreatIntelligenceAtpContentData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatIntelligenceAtpContentData",
                    ),
                )
            }
            Self::ThreatIntelligenceExportAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatIntelligenceExportAuditRecord",
                    ),
                )
            }
            Self::ThreatIntelligenceMailData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatIntelligenceMailData",
                    ),
                )
            }
            Self::ThreatIntelligenceObjectAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatIntelligenceObjectAuditRecord",
                    ),
                )
            }
            Self::ThreatIntelligenceUrlClickData(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatIntelligenceUrlClickData",
                    ),
                )
            }
            Self::TodoAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.todoAuditRecord",
                    ),
                )
            }
            Self::TrainableClassifierAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.trainableClassifierAuditRecord",
                    ),
                )
            }
            Self::UamOperationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.uamOperationAuditRecord",
                    ),
                )
            }
            Self::UnifiedGroupAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.unifiedGroupAuditRecord",
                    ),
                )
            }
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord",
                    ),
                )
            }
            Self::UnifiedSimulationSummaryAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.unifiedSimulationSummaryAuditRecord",
                    ),
                )
            }
            Self::UniversalPrintManagementAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.universalPrintManagementAuditRecord",
                    ),
                )
            }
            Self::UniversalPrintPrintJobAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.universalPrintPrintJobAuditRecord",
                    ),
                )
            }
            Self::UrbacAssignmentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.urbacAssignmentAuditRecord",
                    ),
                )
            }
            Self::UrbacEnableStateAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.urbacEnableStateAuditRecord",
                    ),
                )
            }
            Self::UrbacRoleAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.urbacRoleAuditRecord",
                    ),
                )
            }
            Self::UserTrainingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.userTrainingAuditRecord",
                    ),
                )
            }
            Self::UsxWorkspaceOnboardingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.usxWorkspaceOnboardingAuditRecord",
                    ),
                )
            }
            Self::VfamCreatePolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vfamCreatePolicyAuditRecord",
                    ),
                )
            }
            Self::VfamDeletePolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vfamDeletePolicyAuditRecord",
                    ),
                )
            }
            Self::VfamUpdatePolicyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vfamUpdatePolicyAuditRecord",
                    ),
                )
            }
            Self::VivaAmplifyAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaAmplifyAuditRecord",
                    ),
                )
            }
            Self::VivaEngageEventsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaEngageEventsAuditRecord",
                    ),
                )
            }
            Self::VivaEngageNetworkAssociationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord",
                    ),
                )
            }
            Self::VivaEngageSegmentAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaEngageSegmentAuditRecord",
                    ),
                )
            }
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord",
                    ),
                )
            }
            Self::VivaGlintAgenticCampaignAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord",
                    ),
                )
            }
            Self::VivaGlintFeedbackProgramAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord",
                    ),
                )
            }
            Self::VivaGlintOrganizationalDataAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord",
                    ),
                )
            }
            Self::VivaGlintPulseProgramAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintPulseProgramAuditRecord",
                    ),
                )
            }
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord",
                    ),
                )
            }
            Self::VivaGlintQuestionAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintQuestionAuditRecord",
                    ),
                )
            }
            Self::VivaGlintRoleAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintRoleAuditRecord",
                    ),
                )
            }
            Self::VivaGlintRubiconAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintRubiconAuditRecord",
                    ),
                )
            }
            Self::VivaGlintSupportAccessAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintSupportAccessAuditRecord",
                    ),
                )
            }
            Self::VivaGlintSystemAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintSystemAuditRecord",
                    ),
                )
            }
            Self::VivaGlintUserAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintUserAuditRecord",
                    ),
                )
            }
            Self::VivaGlintUserGroupAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGlintUserGroupAuditRecord",
                    ),
                )
            }
            Self::VivaGoalsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaGoalsAuditRecord",
                    ),
                )
            }
            Self::VivaLearningAdminAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaLearningAdminAuditRecord",
                    ),
                )
            }
            Self::VivaLearningAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaLearningAuditRecord",
                    ),
                )
            }
            Self::VivaPulseAdminAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaPulseAdminAuditRecord",
                    ),
                )
            }
            Self::VivaPulseOrganizerAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaPulseOrganizerAuditRecord",
                    ),
                )
            }
            Self::VivaPulseReportAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaPulseReportAuditRecord",
                    ),
                )
            }
            Self::VivaPulseResponseAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vivaPulseResponseAuditRecord",
                    ),
                )
            }
            Self::WdatpAlertsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.wdatpAlertsAuditRecord",
                    ),
                )
            }
            Self::WebContentFilteringAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.webContentFilteringAuditRecord",
                    ),
                )
            }
            Self::Windows365CustomerLockboxAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.windows365CustomerLockboxAuditRecord",
                    ),
                )
            }
            Self::WorkplaceAnalyticsAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.workplaceAnalyticsAuditRecord",
                    ),
                )
            }
            Self::YammerAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.yammerAuditRecord",
                    ),
                )
            }
            Self::YammerUserHidingAuditRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.yammerUserHidingAuditRecord",
                    ),
                )
            }
        }
    }
}
