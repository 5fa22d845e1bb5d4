//! Types of `microsoft.graph.security` by the first letters of their names (`auditc_auditd`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Audit Config events.
///
/// CSDL: `microsoft.graph.security.auditConfigAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuditConfigAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditConfigAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditConfigAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditConfigAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.auditConfigAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditConfigAuditRecord {
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
rt::impl_object!(AuditConfigAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditConfigAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditConfigAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Root entity for the audit log API.
///
/// CSDL: `microsoft.graph.security.auditCoreRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AuditCoreRootPath`](../requests/security/trait.AuditCoreRootPath.html), what a path to one (`EntityPath<AuditCoreRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AuditCoreRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `queries`: `Collection(microsoft.graph.security.auditLogQuery)`, not nullable.
    pub queries: rt::Field<::std::vec::Vec<crate::v1::security::AuditLogQuery>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AuditCoreRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            queries: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AuditCoreRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.security.auditCoreRoot";
    const KEYS: &'static [&'static str] = &["id", "queries"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"queries\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.auditCoreRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "queries", &self.queries);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AuditCoreRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.queries.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.queries);
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
rt::impl_object!(AuditCoreRoot);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AuditCoreRoot { with_id id : ::std::string::String; with_queries queries :
    ::std::vec::Vec < crate ::v1::security::AuditLogQuery >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AuditCoreRoot);
#[cfg(msgraph_v1_search_or_security)]
/// Abstract base type for audit event data.
///
/// CSDL: `microsoft.graph.security.auditData`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
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
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.auditData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
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
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyAuditData {
    const BASE_NAME: &'static str = "microsoft.graph.security.auditData";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.security.a365AiExecuteTool") => {
                Self::A365AiExecuteTool(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.a365AiInferenceCall",
            ) => Self::A365AiInferenceCall(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.a365AiInvokeAgent") => {
                Self::A365AiInvokeAgent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.a365AiRunSummary") => {
                Self::A365AiRunSummary(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.a365SpanOutputs") => {
                Self::A365SpanOutputs(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.aISpanOutputsAuditRecord",
            ) => Self::AISpanOutputsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aadRiskDetectionAuditRecord",
            ) => Self::AadRiskDetectionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.aedAuditRecord") => {
                Self::AedAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.agentAdminActivityRecord",
            ) => Self::AgentAdminActivityRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.agentSettingAdminActivity",
            ) => Self::AgentSettingAdminActivity(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiAppInteractionAuditRecord",
            ) => Self::AiAppInteractionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiExecuteToolAuditRecord",
            ) => Self::AiExecuteToolAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord",
            ) => {
                Self::AiInteractionsChangeNotificationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInteractionsExportAuditRecord",
            ) => Self::AiInteractionsExportAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInteractionsSubscriptionAuditRecord",
            ) => Self::AiInteractionsSubscriptionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aiInvokeAgentAuditRecord",
            ) => Self::AiInvokeAgentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.aipDiscover") => {
                Self::AipDiscover(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.aipFileDeleted") => {
                Self::AipFileDeleted(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.aipHeartBeat") => {
                Self::AipHeartBeat(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.aipProtectionActionLogRequest",
            ) => Self::AipProtectionActionLogRequest(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aipScannerDiscoverEvent",
            ) => Self::AipScannerDiscoverEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.aipSensitivityLabelActionLogRequest",
            ) => Self::AipSensitivityLabelActionLogRequest(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.airAdminActionInvestigationData",
            ) => Self::AirAdminActionInvestigationData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.airInvestigationData",
            ) => Self::AirInvestigationData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.airManualInvestigationData",
            ) => Self::AirManualInvestigationData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.alertSubmissionAuditRecord",
            ) => Self::AlertSubmissionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.alertSubmissionResultDetailAuditRecord",
            ) => Self::AlertSubmissionResultDetailAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.attackSimAdminAuditRecord",
            ) => Self::AttackSimAdminAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.attackSimAuditRecord",
            ) => Self::AttackSimAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.auditConfigAuditRecord",
            ) => Self::AuditConfigAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.auditSearchAuditRecord",
            ) => Self::AuditSearchAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azfwApplicationRuleAggregationEventRecord",
            ) => Self::AzfwApplicationRuleAggregationEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azfwDnsQueryEventRecord",
            ) => Self::AzfwDnsQueryEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azfwNetworkRuleEventRecord",
            ) => Self::AzfwNetworkRuleEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureAISearchAuditRecord",
            ) => Self::AzureAiSearchAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord",
            ) => {
                Self::AzureActiveDirectoryAccountLogonAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.azureActiveDirectoryAuditRecord",
            ) => Self::AzureActiveDirectoryAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord",
            ) => Self::AzureActiveDirectoryStsLogonAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.campaignAuditRecord",
            ) => Self::CampaignAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.ccraiPolicyViolationRecord",
            ) => Self::CcraiPolicyViolationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpClassifierHealthRecord",
            ) => Self::CdpClassifierHealthRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpColdCrawlStatusRecord",
            ) => Self::CdpColdCrawlStatusRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpConsumptionResourceRecord",
            ) => Self::CdpConsumptionResourceRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpContentExplorerAggregateRecord",
            ) => Self::CdpContentExplorerAggregateRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpDlpSensitiveEndpointAuditRecord",
            ) => Self::CdpDlpSensitiveEndpointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.cdpLogRecord") => {
                Self::CdpLogRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpOcrBillingRecord",
            ) => Self::CdpOcrBillingRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpResourceScopeChangeEventRecord",
            ) => Self::CdpResourceScopeChangeEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cdpdlmaiInteractionInsightsRecord",
            ) => Self::CdpdlmaiInteractionInsightsRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudUpdateDeviceConfigAuditRecord",
            ) => Self::CloudUpdateDeviceConfigAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudUpdateProfileConfigAuditRecord",
            ) => Self::CloudUpdateProfileConfigAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudUpdateTenantConfigAuditRecord",
            ) => Self::CloudUpdateTenantConfigAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceConnectorAuditRecord",
            ) => Self::ComplianceConnectorAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLMExchangeAuditRecord",
            ) => Self::ComplianceDlmExchangeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLMSharePointAuditRecord",
            ) => Self::ComplianceDlmSharePointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPApplicationsAuditRecord",
            ) => Self::ComplianceDlpApplicationsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPApplicationsClassificationAuditRecord",
            ) => {
                Self::ComplianceDlpApplicationsClassificationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPEndpointAuditRecord",
            ) => Self::ComplianceDlpEndpointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPEndpointDiscoveryAuditRecord",
            ) => Self::ComplianceDlpEndpointDiscoveryAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPEnforcementAuditRecord",
            ) => Self::ComplianceDlpEnforcementAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeAuditRecord",
            ) => Self::ComplianceDlpExchangeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeClassificationAuditRecord",
            ) => {
                Self::ComplianceDlpExchangeClassificationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeClassificationCdpRecord",
            ) => {
                Self::ComplianceDlpExchangeClassificationCdpRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPExchangeDiscoveryAuditRecord",
            ) => Self::ComplianceDlpExchangeDiscoveryAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointAuditRecord",
            ) => Self::ComplianceDlpSharePointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointClassificationAuditRecord",
            ) => {
                Self::ComplianceDlpSharePointClassificationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointClassificationCdpRecord",
            ) => {
                Self::ComplianceDlpSharePointClassificationCdpRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceDLPSharePointClassificationExtendedAuditRecord",
            ) => {
                Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceExchangeOcrAuditRecord",
            ) => Self::ComplianceExchangeOcrAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceManagerActionRecord",
            ) => Self::ComplianceManagerActionRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.compliancePolicyGradingSharePointAuditRecord",
            ) => {
                Self::CompliancePolicyGradingSharePointAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceSettingsChangeAuditRecord",
            ) => Self::ComplianceSettingsChangeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceSitGradingSharePointAuditRecord",
            ) => Self::ComplianceSitGradingSharePointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.complianceSupervisionExchangeAuditRecord",
            ) => Self::ComplianceSupervisionExchangeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.connectedAIAppInteractionAuditRecord",
            ) => Self::ConnectedAiAppInteractionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.consumptionResourceAuditRecord",
            ) => Self::ConsumptionResourceAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.contentStoreMetadataRecord",
            ) => Self::ContentStoreMetadataRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotAgentManagementAuditRecord",
            ) => Self::CopilotAgentManagementAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotForSecurityLoggingAuditRecord",
            ) => Self::CopilotForSecurityLoggingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotForSecurityTriggerAuditRecord",
            ) => Self::CopilotForSecurityTriggerAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotInteractionAuditRecord",
            ) => Self::CopilotInteractionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotPluginSettingAuditRecord",
            ) => Self::CopilotPluginSettingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotPromptBookSettingAuditRecord",
            ) => Self::CopilotPromptBookSettingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotSessionSharingAuditRecord",
            ) => Self::CopilotSessionSharingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotSettingAuditRecord",
            ) => Self::CopilotSettingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.copilotWorkspaceSettingAuditRecord",
            ) => Self::CopilotWorkspaceSettingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.coreReportingSettingsAuditRecord",
            ) => Self::CoreReportingSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cortanaBriefingAuditRecord",
            ) => Self::CortanaBriefingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.criticalAssetManagementClassificationRecord",
            ) => {
                Self::CriticalAssetManagementClassificationRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.crmEntityOperationAuditRecord",
            ) => Self::CrmEntityOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.crossTenantAccessPolicyAuditRecord",
            ) => Self::CrossTenantAccessPolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.customerKeyServiceEncryptionAuditRecord",
            ) => Self::CustomerKeyServiceEncryptionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataCenterSecurityCmdletAuditRecord",
            ) => Self::DataCenterSecurityCmdletAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataGovernanceAuditRecord",
            ) => Self::DataGovernanceAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataInsightsRestApiAuditRecord",
            ) => Self::DataInsightsRestApiAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataLakeExportOperationAuditRecord",
            ) => Self::DataLakeExportOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataSecurityInvestigationAuditRecord",
            ) => Self::DataSecurityInvestigationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dataShareOperationAuditRecord",
            ) => Self::DataShareOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.defaultAuditData") => {
                Self::DefaultAuditData(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.defenderCaseManagementAuditRecord",
            ) => Self::DefenderCaseManagementAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.defenderPreviewFeaturesRecord",
            ) => Self::DefenderPreviewFeaturesRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.defenderSecurityForAIConfigurationAuditRecord",
            ) => {
                Self::DefenderSecurityForAiConfigurationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.deployFeatureActivityRecord",
            ) => Self::DeployFeatureActivityRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.deviceDiscoverySettingsAuthenticatedScansRecord",
            ) => {
                Self::DeviceDiscoverySettingsAuthenticatedScansRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.deviceDiscoverySettingsExclusionRecord",
            ) => Self::DeviceDiscoverySettingsExclusionRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.deviceDiscoverySettingsRecord",
            ) => Self::DeviceDiscoverySettingsRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.discoveryAuditRecord",
            ) => Self::DiscoveryAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dlpEndpointAuditRecord",
            ) => Self::DlpEndpointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dlpImportResultAuditRecord",
            ) => Self::DlpImportResultAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dlpSensitiveInformationTypeRulePackageCmdletRecord",
            ) => {
                Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotAccessRecord",
            ) => Self::DragonCopilotAccessRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotAdminRecord",
            ) => Self::DragonCopilotAdminRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotClinicalDataRecord",
            ) => Self::DragonCopilotClinicalDataRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dragonCopilotSessionRecord",
            ) => Self::DragonCopilotSessionRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.dynamics365BusinessCentralAuditRecord",
            ) => Self::Dynamics365BusinessCentralAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.ehrConnectorAuditBaseRecord",
            ) => Self::EhrConnectorAuditBaseRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.eopSubmissionFeedEntityAuditRecord",
            ) => Self::EopSubmissionFeedEntityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeAdminAuditRecord",
            ) => Self::ExchangeAdminAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeAggregatedMailboxAuditRecord",
            ) => Self::ExchangeAggregatedMailboxAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeAggregatedOperationRecord",
            ) => Self::ExchangeAggregatedOperationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeMailboxAuditGroupRecord",
            ) => Self::ExchangeMailboxAuditGroupRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.exchangeMailboxAuditRecord",
            ) => Self::ExchangeMailboxAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.fabricAuditRecord") => {
                Self::FabricAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.fabricPolicyRecord",
            ) => Self::FabricPolicyRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.healthcareSignalRecord",
            ) => Self::HealthcareSignalRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.hostedRpaAuditRecord",
            ) => Self::HostedRpaAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.hrSignalAuditRecord",
            ) => Self::HrSignalAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.hygieneEventRecord",
            ) => Self::HygieneEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord",
            ) => {
                Self::InformationBarrierPolicyApplicationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.informationWorkerProtectionAuditRecord",
            ) => Self::InformationWorkerProtectionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.insiderRiskScopedUserInsightsRecord",
            ) => Self::InsiderRiskScopedUserInsightsRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.insiderRiskScopedUsersRecord",
            ) => Self::InsiderRiskScopedUsersRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord",
            ) => Self::IntegratedAppsAppAdminActivityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord",
            ) => {
                Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.irmActivityAuditTrailRecord",
            ) => Self::IrmActivityAuditTrailRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.irmUserDefinedDetectionRecord",
            ) => Self::IrmUserDefinedDetectionRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kaizalaAuditRecord",
            ) => Self::KaizalaAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.labelAnalyticsAggregateAuditRecord",
            ) => Self::LabelAnalyticsAggregateAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.labelContentExplorerAuditRecord",
            ) => Self::LabelContentExplorerAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.largeContentMetadataAuditRecord",
            ) => Self::LargeContentMetadataAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365ComplianceConnectorAuditRecord",
            ) => Self::M365ComplianceConnectorAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365SearchSectionsRecord",
            ) => Self::M365SearchSectionsRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365daadAuditRecord",
            ) => Self::M365daadAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.m365odspAssetMetadataRecord",
            ) => Self::M365odspAssetMetadataRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.mDASHAuditRecord") => {
                Self::MDashAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mailSubmissionData",
            ) => Self::MailSubmissionData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.managedServicesAuditRecord",
            ) => Self::ManagedServicesAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.managedTenantsAuditRecord",
            ) => Self::ManagedTenantsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgAlertsAuditRecord",
            ) => Self::MapgAlertsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgOnboardAuditRecord",
            ) => Self::MapgOnboardAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgPolicyAuditRecord",
            ) => Self::MapgPolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mapgRemediationAuditRecord",
            ) => Self::MapgRemediationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mcasAlertsAuditRecord",
            ) => Self::McasAlertsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.mdaAuditRecord") => {
                Self::MdaAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mdaDataSecuritySignalRecord",
            ) => Self::MdaDataSecuritySignalRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.mdatpAuditRecord") => {
                Self::MdatpAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.mdcEventsRecord") => {
                Self::MdcEventsRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.mdiAuditRecord") => {
                Self::MdiAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.meshWorldsAuditRecord",
            ) => Self::MeshWorldsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupBackupItemAuditRecord",
            ) => Self::Microsoft365BackupBackupItemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord",
            ) => Self::Microsoft365BackupBackupPolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord",
            ) => {
                Self::Microsoft365BackupGranularBrowseTaskAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord",
            ) => Self::Microsoft365BackupRestoreItemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord",
            ) => Self::Microsoft365BackupRestoreTaskAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord",
            ) => {
                Self::Microsoft365CopilotScheduledPromptAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord",
            ) => Self::MicrosoftDefenderExpertsXdrAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftFlowAuditRecord",
            ) => Self::MicrosoftFlowAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftFormsAuditRecord",
            ) => Self::MicrosoftFormsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftGraphDataConnectConsent",
            ) => Self::MicrosoftGraphDataConnectConsent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftGraphDataConnectOperation",
            ) => Self::MicrosoftGraphDataConnectOperation(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord",
            ) => {
                Self::MicrosoftPurviewDataCatalogOperationRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewDataMapOperationRecord",
            ) => Self::MicrosoftPurviewDataMapOperationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord",
            ) => {
                Self::MicrosoftPurviewMetadataPolicyOperationRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewPolicyOperationRecord",
            ) => Self::MicrosoftPurviewPolicyOperationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewPrivacyAuditEvent",
            ) => Self::MicrosoftPurviewPrivacyAuditEvent(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord",
            ) => {
                Self::MicrosoftPurviewUnifiedCatalogOperationRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftStreamAuditRecord",
            ) => Self::MicrosoftStreamAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsAdminAuditRecord",
            ) => Self::MicrosoftTeamsAdminAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord",
            ) => Self::MicrosoftTeamsAnalyticsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsAuditRecord",
            ) => Self::MicrosoftTeamsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsDeviceAuditRecord",
            ) => Self::MicrosoftTeamsDeviceAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord",
            ) => {
                Self::MicrosoftTeamsRetentionLabelActionAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord",
            ) => {
                Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsShiftsAuditRecord",
            ) => Self::MicrosoftTeamsShiftsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.microsoftTeamsUserConcernAuditRecord",
            ) => Self::MicrosoftTeamsUserConcernAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord",
            ) => Self::MipAutoLabelExchangeItemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord",
            ) => Self::MipAutoLabelProgressFeedbackAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord",
            ) => Self::MipAutoLabelSharePointItemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord",
            ) => {
                Self::MipAutoLabelSharePointPolicyLocationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord",
            ) => {
                Self::MipAutoLabelSimulationSharePointCompletionRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord",
            ) => {
                Self::MipAutoLabelSimulationSharePointProgressRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord",
            ) => Self::MipAutoLabelSimulationStatisticsRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipExactDataMatchAuditRecord",
            ) => Self::MipExactDataMatchAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipLabelAnalyticsAuditRecord",
            ) => Self::MipLabelAnalyticsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mipLabelAuditRecord",
            ) => Self::MipLabelAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mosAgentInfoRecord",
            ) => Self::MosAgentInfoRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mosAgentInfoRecordV2",
            ) => Self::MosAgentInfoRecordV2(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.ms365dCustomDetectionAuditRecord",
            ) => Self::Ms365dCustomDetectionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.ms365dIncidentAuditRecord",
            ) => Self::Ms365dIncidentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.ms365dSuppressionRuleAuditRecord",
            ) => Self::Ms365dSuppressionRuleAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeCustomCollectionAuditRecord",
            ) => Self::MsdeCustomCollectionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeGeneralSettingsAuditRecord",
            ) => Self::MsdeGeneralSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeIndicatorsSettingsAuditRecord",
            ) => Self::MsdeIndicatorsSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeResponseActionsAuditRecord",
            ) => Self::MsdeResponseActionsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.msdeRolesSettingsAuditRecord",
            ) => Self::MsdeRolesSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord",
            ) => Self::MspVectorSearchContentMetadataAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.msticNationStateNotificationRecord",
            ) => Self::MsticNationStateNotificationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.multiStageDispositionAuditRecord",
            ) => Self::MultiStageDispositionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.myAnalyticsSettingsAuditRecord",
            ) => Self::MyAnalyticsSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.noisyAlertPolicyAuditRecord",
            ) => Self::NoisyAlertPolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.officeNativeAuditRecord",
            ) => Self::OfficeNativeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.omePortalAuditRecord",
            ) => Self::OmePortalAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.onDemandSharePointClassificationAuditRecord",
            ) => {
                Self::OnDemandSharePointClassificationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord",
            ) => Self::OnPremisesFileShareScannerDlpAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord",
            ) => Self::OnPremisesSharePointScannerDlpAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.oneDriveAuditRecord",
            ) => Self::OneDriveAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.organizationalDataInM365AuditRecord",
            ) => Self::OrganizationalDataInM365AuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.outlookCopilotAutomationAuditRecord",
            ) => Self::OutlookCopilotAutomationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord",
            ) => Self::OwaGetAccessTokenForResourceAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4AIRiskScoreRecord",
            ) => Self::P4AiRiskScoreRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentCategoryRecord",
            ) => Self::P4aiAssessmentCategoryRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentFabricScannerRecord",
            ) => Self::P4aiAssessmentFabricScannerRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentLocationResultRecord",
            ) => Self::P4aiAssessmentLocationResultRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.p4aiAssessmentRecord",
            ) => Self::P4aiAssessmentRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.peopleAdminSettingsAuditRecord",
            ) => Self::PeopleAdminSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.physicalBadgingSignalAuditRecord",
            ) => Self::PhysicalBadgingSignalAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.placesDirectoryAuditRecord",
            ) => Self::PlacesDirectoryAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerChatMessageAuditRecord",
            ) => Self::PlannerChatMessageAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerChatMessageListAuditRecord",
            ) => Self::PlannerChatMessageListAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerCopyPlanAuditRecord",
            ) => Self::PlannerCopyPlanAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerGoalAuditRecord",
            ) => Self::PlannerGoalAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerGoalListAuditRecord",
            ) => Self::PlannerGoalListAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerPlanAuditRecord",
            ) => Self::PlannerPlanAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerPlanListAuditRecord",
            ) => Self::PlannerPlanListAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord",
            ) => Self::PlannerPlanSensitivityLabelAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerRosterAuditRecord",
            ) => Self::PlannerRosterAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord",
            ) => Self::PlannerRosterSensitivityLabelAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerTaskAuditRecord",
            ) => Self::PlannerTaskAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerTaskListAuditRecord",
            ) => Self::PlannerTaskListAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.plannerTenantSettingsAuditRecord",
            ) => Self::PlannerTenantSettingsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.policyConfigChangeAuditRecord",
            ) => Self::PolicyConfigChangeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerAppsAuditAppRecord",
            ) => Self::PowerAppsAuditAppRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerAppsAuditPlanRecord",
            ) => Self::PowerAppsAuditPlanRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerAppsAuditResourceRecord",
            ) => Self::PowerAppsAuditResourceRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerBIAuditRecord",
            ) => Self::PowerBiAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerBIDlpAuditRecord",
            ) => Self::PowerBiDlpAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPagesSiteAuditRecord",
            ) => Self::PowerPagesSiteAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformAdminDlpAuditRecord",
            ) => Self::PowerPlatformAdminDlpAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord",
            ) => Self::PowerPlatformAdminEnvironmentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformAdministratorActivityRecord",
            ) => Self::PowerPlatformAdministratorActivityRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord",
            ) => {
                Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord",
            ) => {
                Self::PowerPlatformLockboxResourceCommandAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformServiceActivityAuditRecord",
            ) => Self::PowerPlatformServiceActivityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.powerPlatformTenantIsolationRecord",
            ) => Self::PowerPlatformTenantIsolationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privaPrivacyAssessmentOperationRecord",
            ) => Self::PrivaPrivacyAssessmentOperationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privaPrivacyConsentOperationRecord",
            ) => Self::PrivaPrivacyConsentOperationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyDataMatchAuditRecord",
            ) => Self::PrivacyDataMatchAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyDataMinimizationRecord",
            ) => Self::PrivacyDataMinimizationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyDigestEmailRecord",
            ) => Self::PrivacyDigestEmailRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyOpenAccessAuditRecord",
            ) => Self::PrivacyOpenAccessAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyPortalAuditRecord",
            ) => Self::PrivacyPortalAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyRemediationActionRecord",
            ) => Self::PrivacyRemediationActionRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.privacyRemediationRecord",
            ) => Self::PrivacyRemediationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectAuditRecord",
            ) => Self::ProjectAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord",
            ) => {
                Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebProjectAuditRecord",
            ) => Self::ProjectForTheWebProjectAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord",
            ) => {
                Self::ProjectForTheWebProjectSettingsAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebRoadmapAuditRecord",
            ) => Self::ProjectForTheWebRoadmapAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord",
            ) => Self::ProjectForTheWebRoadmapItemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord",
            ) => {
                Self::ProjectForTheWebRoadmapSettingsAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.projectForTheWebTaskAuditRecord",
            ) => Self::ProjectForTheWebTaskAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.publicFolderAuditRecord",
            ) => Self::PublicFolderAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewInsiderRiskAlertsRecord",
            ) => Self::PurviewInsiderRiskAlertsRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewInsiderRiskCasesRecord",
            ) => Self::PurviewInsiderRiskCasesRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewMCRecommendationRecord",
            ) => Self::PurviewMcRecommendationRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.purviewPostureAgentAuditRecord",
            ) => Self::PurviewPostureAgentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.quarantineAuditRecord",
            ) => Self::QuarantineAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.recordsManagementAuditRecord",
            ) => Self::RecordsManagementAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.reportSubmission") => {
                Self::ReportSubmission(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.reportSubmissionResultDetail",
            ) => Self::ReportSubmissionResultDetail(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.restrictedModeAuditRecord",
            ) => Self::RestrictedModeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.retentionPolicyAuditRecord",
            ) => Self::RetentionPolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.rtiOperationsAgentAuditRecord",
            ) => Self::RtiOperationsAgentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sbpConfigurationEventRecord",
            ) => Self::SbpConfigurationEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sbpUsageEventRecord",
            ) => Self::SbpUsageEventRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.scoreEvidence") => {
                Self::ScoreEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.scorePlatformGenericAuditRecord",
            ) => Self::ScorePlatformGenericAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.scriptRunAuditRecord",
            ) => Self::ScriptRunAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.searchAuditRecord") => {
                Self::SearchAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceAlertRecord",
            ) => Self::SecurityComplianceAlertRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord",
            ) => {
                Self::SecurityComplianceCenterEopCmdletAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceInsightsAuditRecord",
            ) => Self::SecurityComplianceInsightsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceRBACAuditRecord",
            ) => Self::SecurityComplianceRbacAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityComplianceUserChangeAuditRecord",
            ) => Self::SecurityComplianceUserChangeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.securityCopilotIdentityManagementAuditRecord",
            ) => {
                Self::SecurityCopilotIdentityManagementAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord",
            ) => {
                Self::SecurityDevelopmentLifecycleAiLogAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord",
            ) => Self::SensitiveInfoRemediationAgentDataRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitivityLabelActionAuditRecord",
            ) => Self::SensitivityLabelActionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord",
            ) => Self::SensitivityLabelPolicyMatchAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sensitivityLabeledFileActionAuditRecord",
            ) => Self::SensitivityLabeledFileActionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelAIToolAuditRecord",
            ) => Self::SentinelAiToolAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelGraphAuditRecord",
            ) => Self::SentinelGraphAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelJobAuditRecord",
            ) => Self::SentinelJobAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelKQLOnLakeAuditRecord",
            ) => Self::SentinelKqlOnLakeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord",
            ) => Self::SentinelLakeDataOnboardingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelLakeEncryptionAuditRecord",
            ) => Self::SentinelLakeEncryptionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelLakeOnboardingAuditRecord",
            ) => Self::SentinelLakeOnboardingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelNotebookOnLakeAuditRecord",
            ) => Self::SentinelNotebookOnLakeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sentinelPackageAuditRecord",
            ) => Self::SentinelPackageAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointAppPermissionOperationAuditRecord",
            ) => {
                Self::SharePointAppPermissionOperationAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointAuditRecord",
            ) => Self::SharePointAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointCommentOperationAuditRecord",
            ) => Self::SharePointCommentOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord",
            ) => {
                Self::SharePointContentSecurityPolicyAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointContentTypeOperationAuditRecord",
            ) => Self::SharePointContentTypeOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointESignatureAuditRecord",
            ) => Self::SharePointESignatureAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointFieldOperationAuditRecord",
            ) => Self::SharePointFieldOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointFileOperationAuditRecord",
            ) => Self::SharePointFileOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointListItemOperationAuditRecord",
            ) => Self::SharePointListItemOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointListOperationAuditRecord",
            ) => Self::SharePointListOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sharePointSharingOperationAuditRecord",
            ) => Self::SharePointSharingOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.skypeForBusinessCmdletsAuditRecord",
            ) => Self::SkypeForBusinessCmdletsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord",
            ) => Self::SkypeForBusinessPstnUsageAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord",
            ) => Self::SkypeForBusinessUsersBlockedAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarDetonationContentMetadata",
            ) => Self::SonarDetonationContentMetadata(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarDetonationEntityAuditRecord",
            ) => Self::SonarDetonationEntityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarFileDetonationEntityAuditRecord",
            ) => Self::SonarFileDetonationEntityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarSubmissionEntityAuditRecord",
            ) => Self::SonarSubmissionEntityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sonarUrlDetonationEntityAuditRecord",
            ) => Self::SonarUrlDetonationEntityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.sparkCoreCustomLivePoolRecord",
            ) => Self::SparkCoreCustomLivePoolRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.submissionEntityAuditRecord",
            ) => Self::SubmissionEntityAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord",
            ) => Self::SupervisoryReviewDayXInsightsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.syntheticProbeAuditRecord",
            ) => Self::SyntheticProbeAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamCopilotInteractionAuditRecord",
            ) => Self::TeamCopilotInteractionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEasyApprovalsAuditRecord",
            ) => Self::TeamsEasyApprovalsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord",
            ) => Self::TeamsEvalDataHubAdminOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord",
            ) => Self::TeamsEvalDataHubDataAccessAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord",
            ) => {
                Self::TeamsEvalDataHubPermissionChangeAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsHealthcareAuditRecord",
            ) => Self::TeamsHealthcareAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsUpdatesAuditRecord",
            ) => Self::TeamsUpdatesAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.tenantAllowBlockListAuditRecord",
            ) => Self::TenantAllowBlockListAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatFinderAuditRecord",
            ) => Self::ThreatFinderAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceAtpContentData",
            ) => Self::ThreatIntelligenceAtpContentData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceExportAuditRecord",
            ) => Self::ThreatIntelligenceExportAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceMailData",
            ) => Self::ThreatIntelligenceMailData(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceObjectAuditRecord",
            ) => Self::ThreatIntelligenceObjectAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligenceUrlClickData",
            ) => Self::ThreatIntelligenceUrlClickData(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.todoAuditRecord") => {
                Self::TodoAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.trainableClassifierAuditRecord",
            ) => Self::TrainableClassifierAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.uamOperationAuditRecord",
            ) => Self::UamOperationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedGroupAuditRecord",
            ) => Self::UnifiedGroupAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord",
            ) => Self::UnifiedSimulationMatchedItemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedSimulationSummaryAuditRecord",
            ) => Self::UnifiedSimulationSummaryAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.universalPrintManagementAuditRecord",
            ) => Self::UniversalPrintManagementAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.universalPrintPrintJobAuditRecord",
            ) => Self::UniversalPrintPrintJobAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.urbacAssignmentAuditRecord",
            ) => Self::UrbacAssignmentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.urbacEnableStateAuditRecord",
            ) => Self::UrbacEnableStateAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.urbacRoleAuditRecord",
            ) => Self::UrbacRoleAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.userTrainingAuditRecord",
            ) => Self::UserTrainingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.usxWorkspaceOnboardingAuditRecord",
            ) => Self::UsxWorkspaceOnboardingAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vfamCreatePolicyAuditRecord",
            ) => Self::VfamCreatePolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vfamDeletePolicyAuditRecord",
            ) => Self::VfamDeletePolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vfamUpdatePolicyAuditRecord",
            ) => Self::VfamUpdatePolicyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaAmplifyAuditRecord",
            ) => Self::VivaAmplifyAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaEngageEventsAuditRecord",
            ) => Self::VivaEngageEventsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord",
            ) => Self::VivaEngageNetworkAssociationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaEngageSegmentAuditRecord",
            ) => Self::VivaEngageSegmentAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord",
            ) => Self::VivaGlintAdvancedConfigurationAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord",
            ) => Self::VivaGlintAgenticCampaignAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord",
            ) => Self::VivaGlintFeedbackProgramAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord",
            ) => Self::VivaGlintOrganizationalDataAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintPulseProgramAuditRecord",
            ) => Self::VivaGlintPulseProgramAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord",
            ) => {
                Self::VivaGlintPulseProgramRespondentRateAuditRecord(
                    rt::object::new_boxed(),
                )
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintQuestionAuditRecord",
            ) => Self::VivaGlintQuestionAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintRoleAuditRecord",
            ) => Self::VivaGlintRoleAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintRubiconAuditRecord",
            ) => Self::VivaGlintRubiconAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintSupportAccessAuditRecord",
            ) => Self::VivaGlintSupportAccessAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintSystemAuditRecord",
            ) => Self::VivaGlintSystemAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintUserAuditRecord",
            ) => Self::VivaGlintUserAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGlintUserGroupAuditRecord",
            ) => Self::VivaGlintUserGroupAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaGoalsAuditRecord",
            ) => Self::VivaGoalsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaLearningAdminAuditRecord",
            ) => Self::VivaLearningAdminAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaLearningAuditRecord",
            ) => Self::VivaLearningAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseAdminAuditRecord",
            ) => Self::VivaPulseAdminAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseOrganizerAuditRecord",
            ) => Self::VivaPulseOrganizerAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseReportAuditRecord",
            ) => Self::VivaPulseReportAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.vivaPulseResponseAuditRecord",
            ) => Self::VivaPulseResponseAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.wdatpAlertsAuditRecord",
            ) => Self::WdatpAlertsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.webContentFilteringAuditRecord",
            ) => Self::WebContentFilteringAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.windows365CustomerLockboxAuditRecord",
            ) => Self::Windows365CustomerLockboxAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.workplaceAnalyticsAuditRecord",
            ) => Self::WorkplaceAnalyticsAuditRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.yammerAuditRecord") => {
                Self::YammerAuditRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.yammerUserHidingAuditRecord",
            ) => Self::YammerUserHidingAuditRecord(rt::object::new_boxed()),
            _ => Self::AuditData(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AuditData(v) => &**v,
            Self::A365AiExecuteTool(v) => &**v,
            Self::A365AiInferenceCall(v) => &**v,
            Self::A365AiInvokeAgent(v) => &**v,
            Self::A365AiRunSummary(v) => &**v,
            Self::A365SpanOutputs(v) => &**v,
            Self::AISpanOutputsAuditRecord(v) => &**v,
            Self::AadRiskDetectionAuditRecord(v) => &**v,
            Self::AedAuditRecord(v) => &**v,
            Self::AgentAdminActivityRecord(v) => &**v,
            Self::AgentSettingAdminActivity(v) => &**v,
            Self::AiAppInteractionAuditRecord(v) => &**v,
            Self::AiExecuteToolAuditRecord(v) => &**v,
            Self::AiInteractionsChangeNotificationAuditRecord(v) => &**v,
            Self::AiInteractionsExportAuditRecord(v) => &**v,
            Self::AiInteractionsSubscriptionAuditRecord(v) => &**v,
            Self::AiInvokeAgentAuditRecord(v) => &**v,
            Self::AipDiscover(v) => &**v,
            Self::AipFileDeleted(v) => &**v,
            Self::AipHeartBeat(v) => &**v,
            Self::AipProtectionActionLogRequest(v) => &**v,
            Self::AipScannerDiscoverEvent(v) => &**v,
            Self::AipSensitivityLabelActionLogRequest(v) => &**v,
            Self::AirAdminActionInvestigationData(v) => &**v,
            Self::AirInvestigationData(v) => &**v,
            Self::AirManualInvestigationData(v) => &**v,
            Self::AlertSubmissionAuditRecord(v) => &**v,
            Self::AlertSubmissionResultDetailAuditRecord(v) => &**v,
            Self::AttackSimAdminAuditRecord(v) => &**v,
            Self::AttackSimAuditRecord(v) => &**v,
            Self::AuditConfigAuditRecord(v) => &**v,
            Self::AuditSearchAuditRecord(v) => &**v,
            Self::AzfwApplicationRuleAggregationEventRecord(v) => &**v,
            Self::AzfwDnsQueryEventRecord(v) => &**v,
            Self::AzfwNetworkRuleEventRecord(v) => &**v,
            Self::AzureAiSearchAuditRecord(v) => &**v,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => &**v,
            Self::AzureActiveDirectoryAuditRecord(v) => &**v,
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => &**v,
            Self::CampaignAuditRecord(v) => &**v,
            Self::CcraiPolicyViolationRecord(v) => &**v,
            Self::CdpClassifierHealthRecord(v) => &**v,
            Self::CdpColdCrawlStatusRecord(v) => &**v,
            Self::CdpConsumptionResourceRecord(v) => &**v,
            Self::CdpContentExplorerAggregateRecord(v) => &**v,
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => &**v,
            Self::CdpLogRecord(v) => &**v,
            Self::CdpOcrBillingRecord(v) => &**v,
            Self::CdpResourceScopeChangeEventRecord(v) => &**v,
            Self::CdpdlmaiInteractionInsightsRecord(v) => &**v,
            Self::CloudUpdateDeviceConfigAuditRecord(v) => &**v,
            Self::CloudUpdateProfileConfigAuditRecord(v) => &**v,
            Self::CloudUpdateTenantConfigAuditRecord(v) => &**v,
            Self::ComplianceConnectorAuditRecord(v) => &**v,
            Self::ComplianceDlmExchangeAuditRecord(v) => &**v,
            Self::ComplianceDlmSharePointAuditRecord(v) => &**v,
            Self::ComplianceDlpApplicationsAuditRecord(v) => &**v,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => &**v,
            Self::ComplianceDlpEndpointAuditRecord(v) => &**v,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => &**v,
            Self::ComplianceDlpEnforcementAuditRecord(v) => &**v,
            Self::ComplianceDlpExchangeAuditRecord(v) => &**v,
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => &**v,
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => &**v,
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => &**v,
            Self::ComplianceDlpSharePointAuditRecord(v) => &**v,
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => &**v,
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => &**v,
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => &**v,
            Self::ComplianceExchangeOcrAuditRecord(v) => &**v,
            Self::ComplianceManagerActionRecord(v) => &**v,
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => &**v,
            Self::ComplianceSettingsChangeAuditRecord(v) => &**v,
            Self::ComplianceSitGradingSharePointAuditRecord(v) => &**v,
            Self::ComplianceSupervisionExchangeAuditRecord(v) => &**v,
            Self::ConnectedAiAppInteractionAuditRecord(v) => &**v,
            Self::ConsumptionResourceAuditRecord(v) => &**v,
            Self::ContentStoreMetadataRecord(v) => &**v,
            Self::CopilotAgentManagementAuditRecord(v) => &**v,
            Self::CopilotForSecurityLoggingAuditRecord(v) => &**v,
            Self::CopilotForSecurityTriggerAuditRecord(v) => &**v,
            Self::CopilotInteractionAuditRecord(v) => &**v,
            Self::CopilotPluginSettingAuditRecord(v) => &**v,
            Self::CopilotPromptBookSettingAuditRecord(v) => &**v,
            Self::CopilotSessionSharingAuditRecord(v) => &**v,
            Self::CopilotSettingAuditRecord(v) => &**v,
            Self::CopilotWorkspaceSettingAuditRecord(v) => &**v,
            Self::CoreReportingSettingsAuditRecord(v) => &**v,
            Self::CortanaBriefingAuditRecord(v) => &**v,
            Self::CriticalAssetManagementClassificationRecord(v) => &**v,
            Self::CrmEntityOperationAuditRecord(v) => &**v,
            Self::CrossTenantAccessPolicyAuditRecord(v) => &**v,
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => &**v,
            Self::DataCenterSecurityCmdletAuditRecord(v) => &**v,
            Self::DataGovernanceAuditRecord(v) => &**v,
            Self::DataInsightsRestApiAuditRecord(v) => &**v,
            Self::DataLakeExportOperationAuditRecord(v) => &**v,
            Self::DataSecurityInvestigationAuditRecord(v) => &**v,
            Self::DataShareOperationAuditRecord(v) => &**v,
            Self::DefaultAuditData(v) => &**v,
            Self::DefenderCaseManagementAuditRecord(v) => &**v,
            Self::DefenderPreviewFeaturesRecord(v) => &**v,
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => &**v,
            Self::DeployFeatureActivityRecord(v) => &**v,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => &**v,
            Self::DeviceDiscoverySettingsExclusionRecord(v) => &**v,
            Self::DeviceDiscoverySettingsRecord(v) => &**v,
            Self::DiscoveryAuditRecord(v) => &**v,
            Self::DlpEndpointAuditRecord(v) => &**v,
            Self::DlpImportResultAuditRecord(v) => &**v,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => &**v,
            Self::DragonCopilotAccessRecord(v) => &**v,
            Self::DragonCopilotAdminRecord(v) => &**v,
            Self::DragonCopilotClinicalDataRecord(v) => &**v,
            Self::DragonCopilotSessionRecord(v) => &**v,
            Self::Dynamics365BusinessCentralAuditRecord(v) => &**v,
            Self::EhrConnectorAuditBaseRecord(v) => &**v,
            Self::EopSubmissionFeedEntityAuditRecord(v) => &**v,
            Self::ExchangeAdminAuditRecord(v) => &**v,
            Self::ExchangeAggregatedMailboxAuditRecord(v) => &**v,
            Self::ExchangeAggregatedOperationRecord(v) => &**v,
            Self::ExchangeMailboxAuditGroupRecord(v) => &**v,
            Self::ExchangeMailboxAuditRecord(v) => &**v,
            Self::FabricAuditRecord(v) => &**v,
            Self::FabricPolicyRecord(v) => &**v,
            Self::HealthcareSignalRecord(v) => &**v,
            Self::HostedRpaAuditRecord(v) => &**v,
            Self::HrSignalAuditRecord(v) => &**v,
            Self::HygieneEventRecord(v) => &**v,
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => &**v,
            Self::InformationWorkerProtectionAuditRecord(v) => &**v,
            Self::InsiderRiskScopedUserInsightsRecord(v) => &**v,
            Self::InsiderRiskScopedUsersRecord(v) => &**v,
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => &**v,
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => &**v,
            Self::IrmActivityAuditTrailRecord(v) => &**v,
            Self::IrmUserDefinedDetectionRecord(v) => &**v,
            Self::KaizalaAuditRecord(v) => &**v,
            Self::LabelAnalyticsAggregateAuditRecord(v) => &**v,
            Self::LabelContentExplorerAuditRecord(v) => &**v,
            Self::LargeContentMetadataAuditRecord(v) => &**v,
            Self::M365ComplianceConnectorAuditRecord(v) => &**v,
            Self::M365SearchSectionsRecord(v) => &**v,
            Self::M365daadAuditRecord(v) => &**v,
            Self::M365odspAssetMetadataRecord(v) => &**v,
            Self::MDashAuditRecord(v) => &**v,
            Self::MailSubmissionData(v) => &**v,
            Self::ManagedServicesAuditRecord(v) => &**v,
            Self::ManagedTenantsAuditRecord(v) => &**v,
            Self::MapgAlertsAuditRecord(v) => &**v,
            Self::MapgOnboardAuditRecord(v) => &**v,
            Self::MapgPolicyAuditRecord(v) => &**v,
            Self::MapgRemediationAuditRecord(v) => &**v,
            Self::McasAlertsAuditRecord(v) => &**v,
            Self::MdaAuditRecord(v) => &**v,
            Self::MdaDataSecuritySignalRecord(v) => &**v,
            Self::MdatpAuditRecord(v) => &**v,
            Self::MdcEventsRecord(v) => &**v,
            Self::MdiAuditRecord(v) => &**v,
            Self::MeshWorldsAuditRecord(v) => &**v,
            Self::Microsoft365BackupBackupItemAuditRecord(v) => &**v,
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => &**v,
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => &**v,
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => &**v,
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => &**v,
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => &**v,
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => &**v,
            Self::MicrosoftFlowAuditRecord(v) => &**v,
            Self::MicrosoftFormsAuditRecord(v) => &**v,
            Self::MicrosoftGraphDataConnectConsent(v) => &**v,
            Self::MicrosoftGraphDataConnectOperation(v) => &**v,
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => &**v,
            Self::MicrosoftPurviewDataMapOperationRecord(v) => &**v,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => &**v,
            Self::MicrosoftPurviewPolicyOperationRecord(v) => &**v,
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => &**v,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => &**v,
            Self::MicrosoftStreamAuditRecord(v) => &**v,
            Self::MicrosoftTeamsAdminAuditRecord(v) => &**v,
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => &**v,
            Self::MicrosoftTeamsAuditRecord(v) => &**v,
            Self::MicrosoftTeamsDeviceAuditRecord(v) => &**v,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => &**v,
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => &**v,
            Self::MicrosoftTeamsShiftsAuditRecord(v) => &**v,
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => &**v,
            Self::MipAutoLabelExchangeItemAuditRecord(v) => &**v,
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => &**v,
            Self::MipAutoLabelSharePointItemAuditRecord(v) => &**v,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => &**v,
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => &**v,
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => &**v,
            Self::MipAutoLabelSimulationStatisticsRecord(v) => &**v,
            Self::MipExactDataMatchAuditRecord(v) => &**v,
            Self::MipLabelAnalyticsAuditRecord(v) => &**v,
            Self::MipLabelAuditRecord(v) => &**v,
            Self::MosAgentInfoRecord(v) => &**v,
            Self::MosAgentInfoRecordV2(v) => &**v,
            Self::Ms365dCustomDetectionAuditRecord(v) => &**v,
            Self::Ms365dIncidentAuditRecord(v) => &**v,
            Self::Ms365dSuppressionRuleAuditRecord(v) => &**v,
            Self::MsdeCustomCollectionAuditRecord(v) => &**v,
            Self::MsdeGeneralSettingsAuditRecord(v) => &**v,
            Self::MsdeIndicatorsSettingsAuditRecord(v) => &**v,
            Self::MsdeResponseActionsAuditRecord(v) => &**v,
            Self::MsdeRolesSettingsAuditRecord(v) => &**v,
            Self::MspVectorSearchContentMetadataAuditRecord(v) => &**v,
            Self::MsticNationStateNotificationRecord(v) => &**v,
            Self::MultiStageDispositionAuditRecord(v) => &**v,
            Self::MyAnalyticsSettingsAuditRecord(v) => &**v,
            Self::NoisyAlertPolicyAuditRecord(v) => &**v,
            Self::OfficeNativeAuditRecord(v) => &**v,
            Self::OmePortalAuditRecord(v) => &**v,
            Self::OnDemandSharePointClassificationAuditRecord(v) => &**v,
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => &**v,
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => &**v,
            Self::OneDriveAuditRecord(v) => &**v,
            Self::OrganizationalDataInM365AuditRecord(v) => &**v,
            Self::OutlookCopilotAutomationAuditRecord(v) => &**v,
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => &**v,
            Self::P4AiRiskScoreRecord(v) => &**v,
            Self::P4aiAssessmentCategoryRecord(v) => &**v,
            Self::P4aiAssessmentFabricScannerRecord(v) => &**v,
            Self::P4aiAssessmentLocationResultRecord(v) => &**v,
            Self::P4aiAssessmentRecord(v) => &**v,
            Self::PeopleAdminSettingsAuditRecord(v) => &**v,
            Self::PhysicalBadgingSignalAuditRecord(v) => &**v,
            Self::PlacesDirectoryAuditRecord(v) => &**v,
            Self::PlannerChatMessageAuditRecord(v) => &**v,
            Self::PlannerChatMessageListAuditRecord(v) => &**v,
            Self::PlannerCopyPlanAuditRecord(v) => &**v,
            Self::PlannerGoalAuditRecord(v) => &**v,
            Self::PlannerGoalListAuditRecord(v) => &**v,
            Self::PlannerPlanAuditRecord(v) => &**v,
            Self::PlannerPlanListAuditRecord(v) => &**v,
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => &**v,
            Self::PlannerRosterAuditRecord(v) => &**v,
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => &**v,
            Self::PlannerTaskAuditRecord(v) => &**v,
            Self::PlannerTaskListAuditRecord(v) => &**v,
            Self::PlannerTenantSettingsAuditRecord(v) => &**v,
            Self::PolicyConfigChangeAuditRecord(v) => &**v,
            Self::PowerAppsAuditAppRecord(v) => &**v,
            Self::PowerAppsAuditPlanRecord(v) => &**v,
            Self::PowerAppsAuditResourceRecord(v) => &**v,
            Self::PowerBiAuditRecord(v) => &**v,
            Self::PowerBiDlpAuditRecord(v) => &**v,
            Self::PowerPagesSiteAuditRecord(v) => &**v,
            Self::PowerPlatformAdminDlpAuditRecord(v) => &**v,
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => &**v,
            Self::PowerPlatformAdministratorActivityRecord(v) => &**v,
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => &**v,
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => &**v,
            Self::PowerPlatformServiceActivityAuditRecord(v) => &**v,
            Self::PowerPlatformTenantIsolationRecord(v) => &**v,
            Self::PrivaPrivacyAssessmentOperationRecord(v) => &**v,
            Self::PrivaPrivacyConsentOperationRecord(v) => &**v,
            Self::PrivacyDataMatchAuditRecord(v) => &**v,
            Self::PrivacyDataMinimizationRecord(v) => &**v,
            Self::PrivacyDigestEmailRecord(v) => &**v,
            Self::PrivacyOpenAccessAuditRecord(v) => &**v,
            Self::PrivacyPortalAuditRecord(v) => &**v,
            Self::PrivacyRemediationActionRecord(v) => &**v,
            Self::PrivacyRemediationRecord(v) => &**v,
            Self::ProjectAuditRecord(v) => &**v,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => &**v,
            Self::ProjectForTheWebProjectAuditRecord(v) => &**v,
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => &**v,
            Self::ProjectForTheWebRoadmapAuditRecord(v) => &**v,
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => &**v,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => &**v,
            Self::ProjectForTheWebTaskAuditRecord(v) => &**v,
            Self::PublicFolderAuditRecord(v) => &**v,
            Self::PurviewInsiderRiskAlertsRecord(v) => &**v,
            Self::PurviewInsiderRiskCasesRecord(v) => &**v,
            Self::PurviewMcRecommendationRecord(v) => &**v,
            Self::PurviewPostureAgentAuditRecord(v) => &**v,
            Self::QuarantineAuditRecord(v) => &**v,
            Self::RecordsManagementAuditRecord(v) => &**v,
            Self::ReportSubmission(v) => &**v,
            Self::ReportSubmissionResultDetail(v) => &**v,
            Self::RestrictedModeAuditRecord(v) => &**v,
            Self::RetentionPolicyAuditRecord(v) => &**v,
            Self::RtiOperationsAgentAuditRecord(v) => &**v,
            Self::SbpConfigurationEventRecord(v) => &**v,
            Self::SbpUsageEventRecord(v) => &**v,
            Self::ScoreEvidence(v) => &**v,
            Self::ScorePlatformGenericAuditRecord(v) => &**v,
            Self::ScriptRunAuditRecord(v) => &**v,
            Self::SearchAuditRecord(v) => &**v,
            Self::SecurityComplianceAlertRecord(v) => &**v,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => &**v,
            Self::SecurityComplianceInsightsAuditRecord(v) => &**v,
            Self::SecurityComplianceRbacAuditRecord(v) => &**v,
            Self::SecurityComplianceUserChangeAuditRecord(v) => &**v,
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => &**v,
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => &**v,
            Self::SensitiveInfoRemediationAgentDataRecord(v) => &**v,
            Self::SensitivityLabelActionAuditRecord(v) => &**v,
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => &**v,
            Self::SensitivityLabeledFileActionAuditRecord(v) => &**v,
            Self::SentinelAiToolAuditRecord(v) => &**v,
            Self::SentinelGraphAuditRecord(v) => &**v,
            Self::SentinelJobAuditRecord(v) => &**v,
            Self::SentinelKqlOnLakeAuditRecord(v) => &**v,
            Self::SentinelLakeDataOnboardingAuditRecord(v) => &**v,
            Self::SentinelLakeEncryptionAuditRecord(v) => &**v,
            Self::SentinelLakeOnboardingAuditRecord(v) => &**v,
            Self::SentinelNotebookOnLakeAuditRecord(v) => &**v,
            Self::SentinelPackageAuditRecord(v) => &**v,
            Self::SharePointAppPermissionOperationAuditRecord(v) => &**v,
            Self::SharePointAuditRecord(v) => &**v,
            Self::SharePointCommentOperationAuditRecord(v) => &**v,
            Self::SharePointContentSecurityPolicyAuditRecord(v) => &**v,
            Self::SharePointContentTypeOperationAuditRecord(v) => &**v,
            Self::SharePointESignatureAuditRecord(v) => &**v,
            Self::SharePointFieldOperationAuditRecord(v) => &**v,
            Self::SharePointFileOperationAuditRecord(v) => &**v,
            Self::SharePointListItemOperationAuditRecord(v) => &**v,
            Self::SharePointListOperationAuditRecord(v) => &**v,
            Self::SharePointSharingOperationAuditRecord(v) => &**v,
            Self::SkypeForBusinessCmdletsAuditRecord(v) => &**v,
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => &**v,
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => &**v,
            Self::SonarDetonationContentMetadata(v) => &**v,
            Self::SonarDetonationEntityAuditRecord(v) => &**v,
            Self::SonarFileDetonationEntityAuditRecord(v) => &**v,
            Self::SonarSubmissionEntityAuditRecord(v) => &**v,
            Self::SonarUrlDetonationEntityAuditRecord(v) => &**v,
            Self::SparkCoreCustomLivePoolRecord(v) => &**v,
            Self::SubmissionEntityAuditRecord(v) => &**v,
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => &**v,
            Self::SyntheticProbeAuditRecord(v) => &**v,
            Self::TeamCopilotInteractionAuditRecord(v) => &**v,
            Self::TeamsEasyApprovalsAuditRecord(v) => &**v,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => &**v,
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => &**v,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => &**v,
            Self::TeamsHealthcareAuditRecord(v) => &**v,
            Self::TeamsUpdatesAuditRecord(v) => &**v,
            Self::TenantAllowBlockListAuditRecord(v) => &**v,
            Self::ThreatFinderAuditRecord(v) => &**v,
            Self::ThreatIntelligenceAtpContentData(v) => &**v,
            Self::ThreatIntelligenceExportAuditRecord(v) => &**v,
            Self::ThreatIntelligenceMailData(v) => &**v,
            Self::ThreatIntelligenceObjectAuditRecord(v) => &**v,
            Self::ThreatIntelligenceUrlClickData(v) => &**v,
            Self::TodoAuditRecord(v) => &**v,
            Self::TrainableClassifierAuditRecord(v) => &**v,
            Self::UamOperationAuditRecord(v) => &**v,
            Self::UnifiedGroupAuditRecord(v) => &**v,
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => &**v,
            Self::UnifiedSimulationSummaryAuditRecord(v) => &**v,
            Self::UniversalPrintManagementAuditRecord(v) => &**v,
            Self::UniversalPrintPrintJobAuditRecord(v) => &**v,
            Self::UrbacAssignmentAuditRecord(v) => &**v,
            Self::UrbacEnableStateAuditRecord(v) => &**v,
            Self::UrbacRoleAuditRecord(v) => &**v,
            Self::UserTrainingAuditRecord(v) => &**v,
            Self::UsxWorkspaceOnboardingAuditRecord(v) => &**v,
            Self::VfamCreatePolicyAuditRecord(v) => &**v,
            Self::VfamDeletePolicyAuditRecord(v) => &**v,
            Self::VfamUpdatePolicyAuditRecord(v) => &**v,
            Self::VivaAmplifyAuditRecord(v) => &**v,
            Self::VivaEngageEventsAuditRecord(v) => &**v,
            Self::VivaEngageNetworkAssociationAuditRecord(v) => &**v,
            Self::VivaEngageSegmentAuditRecord(v) => &**v,
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => &**v,
            Self::VivaGlintAgenticCampaignAuditRecord(v) => &**v,
            Self::VivaGlintFeedbackProgramAuditRecord(v) => &**v,
            Self::VivaGlintOrganizationalDataAuditRecord(v) => &**v,
            Self::VivaGlintPulseProgramAuditRecord(v) => &**v,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => &**v,
            Self::VivaGlintQuestionAuditRecord(v) => &**v,
            Self::VivaGlintRoleAuditRecord(v) => &**v,
            Self::VivaGlintRubiconAuditRecord(v) => &**v,
            Self::VivaGlintSupportAccessAuditRecord(v) => &**v,
            Self::VivaGlintSystemAuditRecord(v) => &**v,
            Self::VivaGlintUserAuditRecord(v) => &**v,
            Self::VivaGlintUserGroupAuditRecord(v) => &**v,
            Self::VivaGoalsAuditRecord(v) => &**v,
            Self::VivaLearningAdminAuditRecord(v) => &**v,
            Self::VivaLearningAuditRecord(v) => &**v,
            Self::VivaPulseAdminAuditRecord(v) => &**v,
            Self::VivaPulseOrganizerAuditRecord(v) => &**v,
            Self::VivaPulseReportAuditRecord(v) => &**v,
            Self::VivaPulseResponseAuditRecord(v) => &**v,
            Self::WdatpAlertsAuditRecord(v) => &**v,
            Self::WebContentFilteringAuditRecord(v) => &**v,
            Self::Windows365CustomerLockboxAuditRecord(v) => &**v,
            Self::WorkplaceAnalyticsAuditRecord(v) => &**v,
            Self::YammerAuditRecord(v) => &**v,
            Self::YammerUserHidingAuditRecord(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AuditData(v) => &mut **v,
            Self::A365AiExecuteTool(v) => &mut **v,
            Self::A365AiInferenceCall(v) => &mut **v,
            Self::A365AiInvokeAgent(v) => &mut **v,
            Self::A365AiRunSummary(v) => &mut **v,
            Self::A365SpanOutputs(v) => &mut **v,
            Self::AISpanOutputsAuditRecord(v) => &mut **v,
            Self::AadRiskDetectionAuditRecord(v) => &mut **v,
            Self::AedAuditRecord(v) => &mut **v,
            Self::AgentAdminActivityRecord(v) => &mut **v,
            Self::AgentSettingAdminActivity(v) => &mut **v,
            Self::AiAppInteractionAuditRecord(v) => &mut **v,
            Self::AiExecuteToolAuditRecord(v) => &mut **v,
            Self::AiInteractionsChangeNotificationAuditRecord(v) => &mut **v,
            Self::AiInteractionsExportAuditRecord(v) => &mut **v,
            Self::AiInteractionsSubscriptionAuditRecord(v) => &mut **v,
            Self::AiInvokeAgentAuditRecord(v) => &mut **v,
            Self::AipDiscover(v) => &mut **v,
            Self::AipFileDeleted(v) => &mut **v,
            Self::AipHeartBeat(v) => &mut **v,
            Self::AipProtectionActionLogRequest(v) => &mut **v,
            Self::AipScannerDiscoverEvent(v) => &mut **v,
            Self::AipSensitivityLabelActionLogRequest(v) => &mut **v,
            Self::AirAdminActionInvestigationData(v) => &mut **v,
            Self::AirInvestigationData(v) => &mut **v,
            Self::AirManualInvestigationData(v) => &mut **v,
            Self::AlertSubmissionAuditRecord(v) => &mut **v,
            Self::AlertSubmissionResultDetailAuditRecord(v) => &mut **v,
            Self::AttackSimAdminAuditRecord(v) => &mut **v,
            Self::AttackSimAuditRecord(v) => &mut **v,
            Self::AuditConfigAuditRecord(v) => &mut **v,
            Self::AuditSearchAuditRecord(v) => &mut **v,
            Self::AzfwApplicationRuleAggregationEventRecord(v) => &mut **v,
            Self::AzfwDnsQueryEventRecord(v) => &mut **v,
            Self::AzfwNetworkRuleEventRecord(v) => &mut **v,
            Self::AzureAiSearchAuditRecord(v) => &mut **v,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => &mut **v,
            Self::AzureActiveDirectoryAuditRecord(v) => &mut **v,
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => &mut **v,
            Self::CampaignAuditRecord(v) => &mut **v,
            Self::CcraiPolicyViolationRecord(v) => &mut **v,
            Self::CdpClassifierHealthRecord(v) => &mut **v,
            Self::CdpColdCrawlStatusRecord(v) => &mut **v,
            Self::CdpConsumptionResourceRecord(v) => &mut **v,
            Self::CdpContentExplorerAggregateRecord(v) => &mut **v,
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => &mut **v,
            Self::CdpLogRecord(v) => &mut **v,
            Self::CdpOcrBillingRecord(v) => &mut **v,
            Self::CdpResourceScopeChangeEventRecord(v) => &mut **v,
            Self::CdpdlmaiInteractionInsightsRecord(v) => &mut **v,
            Self::CloudUpdateDeviceConfigAuditRecord(v) => &mut **v,
            Self::CloudUpdateProfileConfigAuditRecord(v) => &mut **v,
            Self::CloudUpdateTenantConfigAuditRecord(v) => &mut **v,
            Self::ComplianceConnectorAuditRecord(v) => &mut **v,
            Self::ComplianceDlmExchangeAuditRecord(v) => &mut **v,
            Self::ComplianceDlmSharePointAuditRecord(v) => &mut **v,
            Self::ComplianceDlpApplicationsAuditRecord(v) => &mut **v,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => &mut **v,
            Self::ComplianceDlpEndpointAuditRecord(v) => &mut **v,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => &mut **v,
            Self::ComplianceDlpEnforcementAuditRecord(v) => &mut **v,
            Self::ComplianceDlpExchangeAuditRecord(v) => &mut **v,
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => &mut **v,
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => &mut **v,
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => &mut **v,
            Self::ComplianceDlpSharePointAuditRecord(v) => &mut **v,
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => &mut **v,
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => &mut **v,
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => &mut **v,
            Self::ComplianceExchangeOcrAuditRecord(v) => &mut **v,
            Self::ComplianceManagerActionRecord(v) => &mut **v,
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => &mut **v,
            Self::ComplianceSettingsChangeAuditRecord(v) => &mut **v,
            Self::ComplianceSitGradingSharePointAuditRecord(v) => &mut **v,
            Self::ComplianceSupervisionExchangeAuditRecord(v) => &mut **v,
            Self::ConnectedAiAppInteractionAuditRecord(v) => &mut **v,
            Self::ConsumptionResourceAuditRecord(v) => &mut **v,
            Self::ContentStoreMetadataRecord(v) => &mut **v,
            Self::CopilotAgentManagementAuditRecord(v) => &mut **v,
            Self::CopilotForSecurityLoggingAuditRecord(v) => &mut **v,
            Self::CopilotForSecurityTriggerAuditRecord(v) => &mut **v,
            Self::CopilotInteractionAuditRecord(v) => &mut **v,
            Self::CopilotPluginSettingAuditRecord(v) => &mut **v,
            Self::CopilotPromptBookSettingAuditRecord(v) => &mut **v,
            Self::CopilotSessionSharingAuditRecord(v) => &mut **v,
            Self::CopilotSettingAuditRecord(v) => &mut **v,
            Self::CopilotWorkspaceSettingAuditRecord(v) => &mut **v,
            Self::CoreReportingSettingsAuditRecord(v) => &mut **v,
            Self::CortanaBriefingAuditRecord(v) => &mut **v,
            Self::CriticalAssetManagementClassificationRecord(v) => &mut **v,
            Self::CrmEntityOperationAuditRecord(v) => &mut **v,
            Self::CrossTenantAccessPolicyAuditRecord(v) => &mut **v,
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => &mut **v,
            Self::DataCenterSecurityCmdletAuditRecord(v) => &mut **v,
            Self::DataGovernanceAuditRecord(v) => &mut **v,
            Self::DataInsightsRestApiAuditRecord(v) => &mut **v,
            Self::DataLakeExportOperationAuditRecord(v) => &mut **v,
            Self::DataSecurityInvestigationAuditRecord(v) => &mut **v,
            Self::DataShareOperationAuditRecord(v) => &mut **v,
            Self::DefaultAuditData(v) => &mut **v,
            Self::DefenderCaseManagementAuditRecord(v) => &mut **v,
            Self::DefenderPreviewFeaturesRecord(v) => &mut **v,
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => &mut **v,
            Self::DeployFeatureActivityRecord(v) => &mut **v,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => &mut **v,
            Self::DeviceDiscoverySettingsExclusionRecord(v) => &mut **v,
            Self::DeviceDiscoverySettingsRecord(v) => &mut **v,
            Self::DiscoveryAuditRecord(v) => &mut **v,
            Self::DlpEndpointAuditRecord(v) => &mut **v,
            Self::DlpImportResultAuditRecord(v) => &mut **v,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => &mut **v,
            Self::DragonCopilotAccessRecord(v) => &mut **v,
            Self::DragonCopilotAdminRecord(v) => &mut **v,
            Self::DragonCopilotClinicalDataRecord(v) => &mut **v,
            Self::DragonCopilotSessionRecord(v) => &mut **v,
            Self::Dynamics365BusinessCentralAuditRecord(v) => &mut **v,
            Self::EhrConnectorAuditBaseRecord(v) => &mut **v,
            Self::EopSubmissionFeedEntityAuditRecord(v) => &mut **v,
            Self::ExchangeAdminAuditRecord(v) => &mut **v,
            Self::ExchangeAggregatedMailboxAuditRecord(v) => &mut **v,
            Self::ExchangeAggregatedOperationRecord(v) => &mut **v,
            Self::ExchangeMailboxAuditGroupRecord(v) => &mut **v,
            Self::ExchangeMailboxAuditRecord(v) => &mut **v,
            Self::FabricAuditRecord(v) => &mut **v,
            Self::FabricPolicyRecord(v) => &mut **v,
            Self::HealthcareSignalRecord(v) => &mut **v,
            Self::HostedRpaAuditRecord(v) => &mut **v,
            Self::HrSignalAuditRecord(v) => &mut **v,
            Self::HygieneEventRecord(v) => &mut **v,
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => &mut **v,
            Self::InformationWorkerProtectionAuditRecord(v) => &mut **v,
            Self::InsiderRiskScopedUserInsightsRecord(v) => &mut **v,
            Self::InsiderRiskScopedUsersRecord(v) => &mut **v,
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => &mut **v,
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => &mut **v,
            Self::IrmActivityAuditTrailRecord(v) => &mut **v,
            Self::IrmUserDefinedDetectionRecord(v) => &mut **v,
            Self::KaizalaAuditRecord(v) => &mut **v,
            Self::LabelAnalyticsAggregateAuditRecord(v) => &mut **v,
            Self::LabelContentExplorerAuditRecord(v) => &mut **v,
            Self::LargeContentMetadataAuditRecord(v) => &mut **v,
            Self::M365ComplianceConnectorAuditRecord(v) => &mut **v,
            Self::M365SearchSectionsRecord(v) => &mut **v,
            Self::M365daadAuditRecord(v) => &mut **v,
            Self::M365odspAssetMetadataRecord(v) => &mut **v,
            Self::MDashAuditRecord(v) => &mut **v,
            Self::MailSubmissionData(v) => &mut **v,
            Self::ManagedServicesAuditRecord(v) => &mut **v,
            Self::ManagedTenantsAuditRecord(v) => &mut **v,
            Self::MapgAlertsAuditRecord(v) => &mut **v,
            Self::MapgOnboardAuditRecord(v) => &mut **v,
            Self::MapgPolicyAuditRecord(v) => &mut **v,
            Self::MapgRemediationAuditRecord(v) => &mut **v,
            Self::McasAlertsAuditRecord(v) => &mut **v,
            Self::MdaAuditRecord(v) => &mut **v,
            Self::MdaDataSecuritySignalRecord(v) => &mut **v,
            Self::MdatpAuditRecord(v) => &mut **v,
            Self::MdcEventsRecord(v) => &mut **v,
            Self::MdiAuditRecord(v) => &mut **v,
            Self::MeshWorldsAuditRecord(v) => &mut **v,
            Self::Microsoft365BackupBackupItemAuditRecord(v) => &mut **v,
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => &mut **v,
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => &mut **v,
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => &mut **v,
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => &mut **v,
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => &mut **v,
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => &mut **v,
            Self::MicrosoftFlowAuditRecord(v) => &mut **v,
            Self::MicrosoftFormsAuditRecord(v) => &mut **v,
            Self::MicrosoftGraphDataConnectConsent(v) => &mut **v,
            Self::MicrosoftGraphDataConnectOperation(v) => &mut **v,
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => &mut **v,
            Self::MicrosoftPurviewDataMapOperationRecord(v) => &mut **v,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => &mut **v,
            Self::MicrosoftPurviewPolicyOperationRecord(v) => &mut **v,
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => &mut **v,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => &mut **v,
            Self::MicrosoftStreamAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsAdminAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsDeviceAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsShiftsAuditRecord(v) => &mut **v,
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => &mut **v,
            Self::MipAutoLabelExchangeItemAuditRecord(v) => &mut **v,
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => &mut **v,
            Self::MipAutoLabelSharePointItemAuditRecord(v) => &mut **v,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => &mut **v,
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => &mut **v,
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => &mut **v,
            Self::MipAutoLabelSimulationStatisticsRecord(v) => &mut **v,
            Self::MipExactDataMatchAuditRecord(v) => &mut **v,
            Self::MipLabelAnalyticsAuditRecord(v) => &mut **v,
            Self::MipLabelAuditRecord(v) => &mut **v,
            Self::MosAgentInfoRecord(v) => &mut **v,
            Self::MosAgentInfoRecordV2(v) => &mut **v,
            Self::Ms365dCustomDetectionAuditRecord(v) => &mut **v,
            Self::Ms365dIncidentAuditRecord(v) => &mut **v,
            Self::Ms365dSuppressionRuleAuditRecord(v) => &mut **v,
            Self::MsdeCustomCollectionAuditRecord(v) => &mut **v,
            Self::MsdeGeneralSettingsAuditRecord(v) => &mut **v,
            Self::MsdeIndicatorsSettingsAuditRecord(v) => &mut **v,
            Self::MsdeResponseActionsAuditRecord(v) => &mut **v,
            Self::MsdeRolesSettingsAuditRecord(v) => &mut **v,
            Self::MspVectorSearchContentMetadataAuditRecord(v) => &mut **v,
            Self::MsticNationStateNotificationRecord(v) => &mut **v,
            Self::MultiStageDispositionAuditRecord(v) => &mut **v,
            Self::MyAnalyticsSettingsAuditRecord(v) => &mut **v,
            Self::NoisyAlertPolicyAuditRecord(v) => &mut **v,
            Self::OfficeNativeAuditRecord(v) => &mut **v,
            Self::OmePortalAuditRecord(v) => &mut **v,
            Self::OnDemandSharePointClassificationAuditRecord(v) => &mut **v,
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => &mut **v,
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => &mut **v,
            Self::OneDriveAuditRecord(v) => &mut **v,
            Self::OrganizationalDataInM365AuditRecord(v) => &mut **v,
            Self::OutlookCopilotAutomationAuditRecord(v) => &mut **v,
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => &mut **v,
            Self::P4AiRiskScoreRecord(v) => &mut **v,
            Self::P4aiAssessmentCategoryRecord(v) => &mut **v,
            Self::P4aiAssessmentFabricScannerRecord(v) => &mut **v,
            Self::P4aiAssessmentLocationResultRecord(v) => &mut **v,
            Self::P4aiAssessmentRecord(v) => &mut **v,
            Self::PeopleAdminSettingsAuditRecord(v) => &mut **v,
            Self::PhysicalBadgingSignalAuditRecord(v) => &mut **v,
            Self::PlacesDirectoryAuditRecord(v) => &mut **v,
            Self::PlannerChatMessageAuditRecord(v) => &mut **v,
            Self::PlannerChatMessageListAuditRecord(v) => &mut **v,
            Self::PlannerCopyPlanAuditRecord(v) => &mut **v,
            Self::PlannerGoalAuditRecord(v) => &mut **v,
            Self::PlannerGoalListAuditRecord(v) => &mut **v,
            Self::PlannerPlanAuditRecord(v) => &mut **v,
            Self::PlannerPlanListAuditRecord(v) => &mut **v,
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => &mut **v,
            Self::PlannerRosterAuditRecord(v) => &mut **v,
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => &mut **v,
            Self::PlannerTaskAuditRecord(v) => &mut **v,
            Self::PlannerTaskListAuditRecord(v) => &mut **v,
            Self::PlannerTenantSettingsAuditRecord(v) => &mut **v,
            Self::PolicyConfigChangeAuditRecord(v) => &mut **v,
            Self::PowerAppsAuditAppRecord(v) => &mut **v,
            Self::PowerAppsAuditPlanRecord(v) => &mut **v,
            Self::PowerAppsAuditResourceRecord(v) => &mut **v,
            Self::PowerBiAuditRecord(v) => &mut **v,
            Self::PowerBiDlpAuditRecord(v) => &mut **v,
            Self::PowerPagesSiteAuditRecord(v) => &mut **v,
            Self::PowerPlatformAdminDlpAuditRecord(v) => &mut **v,
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => &mut **v,
            Self::PowerPlatformAdministratorActivityRecord(v) => &mut **v,
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => &mut **v,
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => &mut **v,
            Self::PowerPlatformServiceActivityAuditRecord(v) => &mut **v,
            Self::PowerPlatformTenantIsolationRecord(v) => &mut **v,
            Self::PrivaPrivacyAssessmentOperationRecord(v) => &mut **v,
            Self::PrivaPrivacyConsentOperationRecord(v) => &mut **v,
            Self::PrivacyDataMatchAuditRecord(v) => &mut **v,
            Self::PrivacyDataMinimizationRecord(v) => &mut **v,
            Self::PrivacyDigestEmailRecord(v) => &mut **v,
            Self::PrivacyOpenAccessAuditRecord(v) => &mut **v,
            Self::PrivacyPortalAuditRecord(v) => &mut **v,
            Self::PrivacyRemediationActionRecord(v) => &mut **v,
            Self::PrivacyRemediationRecord(v) => &mut **v,
            Self::ProjectAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebProjectAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebRoadmapAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => &mut **v,
            Self::ProjectForTheWebTaskAuditRecord(v) => &mut **v,
            Self::PublicFolderAuditRecord(v) => &mut **v,
            Self::PurviewInsiderRiskAlertsRecord(v) => &mut **v,
            Self::PurviewInsiderRiskCasesRecord(v) => &mut **v,
            Self::PurviewMcRecommendationRecord(v) => &mut **v,
            Self::PurviewPostureAgentAuditRecord(v) => &mut **v,
            Self::QuarantineAuditRecord(v) => &mut **v,
            Self::RecordsManagementAuditRecord(v) => &mut **v,
            Self::ReportSubmission(v) => &mut **v,
            Self::ReportSubmissionResultDetail(v) => &mut **v,
            Self::RestrictedModeAuditRecord(v) => &mut **v,
            Self::RetentionPolicyAuditRecord(v) => &mut **v,
            Self::RtiOperationsAgentAuditRecord(v) => &mut **v,
            Self::SbpConfigurationEventRecord(v) => &mut **v,
            Self::SbpUsageEventRecord(v) => &mut **v,
            Self::ScoreEvidence(v) => &mut **v,
            Self::ScorePlatformGenericAuditRecord(v) => &mut **v,
            Self::ScriptRunAuditRecord(v) => &mut **v,
            Self::SearchAuditRecord(v) => &mut **v,
            Self::SecurityComplianceAlertRecord(v) => &mut **v,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => &mut **v,
            Self::SecurityComplianceInsightsAuditRecord(v) => &mut **v,
            Self::SecurityComplianceRbacAuditRecord(v) => &mut **v,
            Self::SecurityComplianceUserChangeAuditRecord(v) => &mut **v,
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => &mut **v,
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => &mut **v,
            Self::SensitiveInfoRemediationAgentDataRecord(v) => &mut **v,
            Self::SensitivityLabelActionAuditRecord(v) => &mut **v,
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => &mut **v,
            Self::SensitivityLabeledFileActionAuditRecord(v) => &mut **v,
            Self::SentinelAiToolAuditRecord(v) => &mut **v,
            Self::SentinelGraphAuditRecord(v) => &mut **v,
            Self::SentinelJobAuditRecord(v) => &mut **v,
            Self::SentinelKqlOnLakeAuditRecord(v) => &mut **v,
            Self::SentinelLakeDataOnboardingAuditRecord(v) => &mut **v,
            Self::SentinelLakeEncryptionAuditRecord(v) => &mut **v,
            Self::SentinelLakeOnboardingAuditRecord(v) => &mut **v,
            Self::SentinelNotebookOnLakeAuditRecord(v) => &mut **v,
            Self::SentinelPackageAuditRecord(v) => &mut **v,
            Self::SharePointAppPermissionOperationAuditRecord(v) => &mut **v,
            Self::SharePointAuditRecord(v) => &mut **v,
            Self::SharePointCommentOperationAuditRecord(v) => &mut **v,
            Self::SharePointContentSecurityPolicyAuditRecord(v) => &mut **v,
            Self::SharePointContentTypeOperationAuditRecord(v) => &mut **v,
            Self::SharePointESignatureAuditRecord(v) => &mut **v,
            Self::SharePointFieldOperationAuditRecord(v) => &mut **v,
            Self::SharePointFileOperationAuditRecord(v) => &mut **v,
            Self::SharePointListItemOperationAuditRecord(v) => &mut **v,
            Self::SharePointListOperationAuditRecord(v) => &mut **v,
            Self::SharePointSharingOperationAuditRecord(v) => &mut **v,
            Self::SkypeForBusinessCmdletsAuditRecord(v) => &mut **v,
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => &mut **v,
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => &mut **v,
            Self::SonarDetonationContentMetadata(v) => &mut **v,
            Self::SonarDetonationEntityAuditRecord(v) => &mut **v,
            Self::SonarFileDetonationEntityAuditRecord(v) => &mut **v,
            Self::SonarSubmissionEntityAuditRecord(v) => &mut **v,
            Self::SonarUrlDetonationEntityAuditRecord(v) => &mut **v,
            Self::SparkCoreCustomLivePoolRecord(v) => &mut **v,
            Self::SubmissionEntityAuditRecord(v) => &mut **v,
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => &mut **v,
            Self::SyntheticProbeAuditRecord(v) => &mut **v,
            Self::TeamCopilotInteractionAuditRecord(v) => &mut **v,
            Self::TeamsEasyApprovalsAuditRecord(v) => &mut **v,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => &mut **v,
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => &mut **v,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => &mut **v,
            Self::TeamsHealthcareAuditRecord(v) => &mut **v,
            Self::TeamsUpdatesAuditRecord(v) => &mut **v,
            Self::TenantAllowBlockListAuditRecord(v) => &mut **v,
            Self::ThreatFinderAuditRecord(v) => &mut **v,
            Self::ThreatIntelligenceAtpContentData(v) => &mut **v,
            Self::ThreatIntelligenceExportAuditRecord(v) => &mut **v,
            Self::ThreatIntelligenceMailData(v) => &mut **v,
            Self::ThreatIntelligenceObjectAuditRecord(v) => &mut **v,
            Self::ThreatIntelligenceUrlClickData(v) => &mut **v,
            Self::TodoAuditRecord(v) => &mut **v,
            Self::TrainableClassifierAuditRecord(v) => &mut **v,
            Self::UamOperationAuditRecord(v) => &mut **v,
            Self::UnifiedGroupAuditRecord(v) => &mut **v,
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => &mut **v,
            Self::UnifiedSimulationSummaryAuditRecord(v) => &mut **v,
            Self::UniversalPrintManagementAuditRecord(v) => &mut **v,
            Self::UniversalPrintPrintJobAuditRecord(v) => &mut **v,
            Self::UrbacAssignmentAuditRecord(v) => &mut **v,
            Self::UrbacEnableStateAuditRecord(v) => &mut **v,
            Self::UrbacRoleAuditRecord(v) => &mut **v,
            Self::UserTrainingAuditRecord(v) => &mut **v,
            Self::UsxWorkspaceOnboardingAuditRecord(v) => &mut **v,
            Self::VfamCreatePolicyAuditRecord(v) => &mut **v,
            Self::VfamDeletePolicyAuditRecord(v) => &mut **v,
            Self::VfamUpdatePolicyAuditRecord(v) => &mut **v,
            Self::VivaAmplifyAuditRecord(v) => &mut **v,
            Self::VivaEngageEventsAuditRecord(v) => &mut **v,
            Self::VivaEngageNetworkAssociationAuditRecord(v) => &mut **v,
            Self::VivaEngageSegmentAuditRecord(v) => &mut **v,
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => &mut **v,
            Self::VivaGlintAgenticCampaignAuditRecord(v) => &mut **v,
            Self::VivaGlintFeedbackProgramAuditRecord(v) => &mut **v,
            Self::VivaGlintOrganizationalDataAuditRecord(v) => &mut **v,
            Self::VivaGlintPulseProgramAuditRecord(v) => &mut **v,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => &mut **v,
            Self::VivaGlintQuestionAuditRecord(v) => &mut **v,
            Self::VivaGlintRoleAuditRecord(v) => &mut **v,
            Self::VivaGlintRubiconAuditRecord(v) => &mut **v,
            Self::VivaGlintSupportAccessAuditRecord(v) => &mut **v,
            Self::VivaGlintSystemAuditRecord(v) => &mut **v,
            Self::VivaGlintUserAuditRecord(v) => &mut **v,
            Self::VivaGlintUserGroupAuditRecord(v) => &mut **v,
            Self::VivaGoalsAuditRecord(v) => &mut **v,
            Self::VivaLearningAdminAuditRecord(v) => &mut **v,
            Self::VivaLearningAuditRecord(v) => &mut **v,
            Self::VivaPulseAdminAuditRecord(v) => &mut **v,
            Self::VivaPulseOrganizerAuditRecord(v) => &mut **v,
            Self::VivaPulseReportAuditRecord(v) => &mut **v,
            Self::VivaPulseResponseAuditRecord(v) => &mut **v,
            Self::WdatpAlertsAuditRecord(v) => &mut **v,
            Self::WebContentFilteringAuditRecord(v) => &mut **v,
            Self::Windows365CustomerLockboxAuditRecord(v) => &mut **v,
            Self::WorkplaceAnalyticsAuditRecord(v) => &mut **v,
            Self::YammerAuditRecord(v) => &mut **v,
            Self::YammerUserHidingAuditRecord(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyAuditData {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
    }
    /// `dynamicProperties` of any variant.
    #[inline]
    pub fn dynamic_properties(
        &self,
    ) -> &rt::Field<crate::v1::security::AuditRecordTypeDictionary> {
        match self {
            Self::AuditData(v) => &v.dynamic_properties,
            Self::A365AiExecuteTool(v) => &v.dynamic_properties,
            Self::A365AiInferenceCall(v) => &v.dynamic_properties,
            Self::A365AiInvokeAgent(v) => &v.dynamic_properties,
            Self::A365AiRunSummary(v) => &v.dynamic_properties,
            Self::A365SpanOutputs(v) => &v.dynamic_properties,
            Self::AISpanOutputsAuditRecord(v) => &v.dynamic_properties,
            Self::AadRiskDetectionAuditRecord(v) => &v.dynamic_properties,
            Self::AedAuditRecord(v) => &v.dynamic_properties,
            Self::AgentAdminActivityRecord(v) => &v.dynamic_properties,
            Self::AgentSettingAdminActivity(v) => &v.dynamic_properties,
            Self::AiAppInteractionAuditRecord(v) => &v.dynamic_properties,
            Self::AiExecuteToolAuditRecord(v) => &v.dynamic_properties,
            Self::AiInteractionsChangeNotificationAuditRecord(v) => &v.dynamic_properties,
            Self::AiInteractionsExportAuditRecord(v) => &v.dynamic_properties,
            Self::AiInteractionsSubscriptionAuditRecord(v) => &v.dynamic_properties,
            Self::AiInvokeAgentAuditRecord(v) => &v.dynamic_properties,
            Self::AipDiscover(v) => &v.dynamic_properties,
            Self::AipFileDeleted(v) => &v.dynamic_properties,
            Self::AipHeartBeat(v) => &v.dynamic_properties,
            Self::AipProtectionActionLogRequest(v) => &v.dynamic_properties,
            Self::AipScannerDiscoverEvent(v) => &v.dynamic_properties,
            Self::AipSensitivityLabelActionLogRequest(v) => &v.dynamic_properties,
            Self::AirAdminActionInvestigationData(v) => &v.dynamic_properties,
            Self::AirInvestigationData(v) => &v.dynamic_properties,
            Self::AirManualInvestigationData(v) => &v.dynamic_properties,
            Self::AlertSubmissionAuditRecord(v) => &v.dynamic_properties,
            Self::AlertSubmissionResultDetailAuditRecord(v) => &v.dynamic_properties,
            Self::AttackSimAdminAuditRecord(v) => &v.dynamic_properties,
            Self::AttackSimAuditRecord(v) => &v.dynamic_properties,
            Self::AuditConfigAuditRecord(v) => &v.dynamic_properties,
            Self::AuditSearchAuditRecord(v) => &v.dynamic_properties,
            Self::AzfwApplicationRuleAggregationEventRecord(v) => &v.dynamic_properties,
            Self::AzfwDnsQueryEventRecord(v) => &v.dynamic_properties,
            Self::AzfwNetworkRuleEventRecord(v) => &v.dynamic_properties,
            Self::AzureAiSearchAuditRecord(v) => &v.dynamic_properties,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => &v.dynamic_properties,
            Self::AzureActiveDirectoryAuditRecord(v) => &v.dynamic_properties,
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => &v.dynamic_properties,
            Self::CampaignAuditRecord(v) => &v.dynamic_properties,
            Self::CcraiPolicyViolationRecord(v) => &v.dynamic_properties,
            Self::CdpClassifierHealthRecord(v) => &v.dynamic_properties,
            Self::CdpColdCrawlStatusRecord(v) => &v.dynamic_properties,
            Self::CdpConsumptionResourceRecord(v) => &v.dynamic_properties,
            Self::CdpContentExplorerAggregateRecord(v) => &v.dynamic_properties,
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => &v.dynamic_properties,
            Self::CdpLogRecord(v) => &v.dynamic_properties,
            Self::CdpOcrBillingRecord(v) => &v.dynamic_properties,
            Self::CdpResourceScopeChangeEventRecord(v) => &v.dynamic_properties,
            Self::CdpdlmaiInteractionInsightsRecord(v) => &v.dynamic_properties,
            Self::CloudUpdateDeviceConfigAuditRecord(v) => &v.dynamic_properties,
            Self::CloudUpdateProfileConfigAuditRecord(v) => &v.dynamic_properties,
            Self::CloudUpdateTenantConfigAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceConnectorAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlmExchangeAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlmSharePointAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpApplicationsAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceDlpEndpointAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpEnforcementAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpExchangeAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpSharePointAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceExchangeOcrAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceManagerActionRecord(v) => &v.dynamic_properties,
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::ComplianceSettingsChangeAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceSitGradingSharePointAuditRecord(v) => &v.dynamic_properties,
            Self::ComplianceSupervisionExchangeAuditRecord(v) => &v.dynamic_properties,
            Self::ConnectedAiAppInteractionAuditRecord(v) => &v.dynamic_properties,
            Self::ConsumptionResourceAuditRecord(v) => &v.dynamic_properties,
            Self::ContentStoreMetadataRecord(v) => &v.dynamic_properties,
            Self::CopilotAgentManagementAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotForSecurityLoggingAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotForSecurityTriggerAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotInteractionAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotPluginSettingAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotPromptBookSettingAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotSessionSharingAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotSettingAuditRecord(v) => &v.dynamic_properties,
            Self::CopilotWorkspaceSettingAuditRecord(v) => &v.dynamic_properties,
            Self::CoreReportingSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::CortanaBriefingAuditRecord(v) => &v.dynamic_properties,
            Self::CriticalAssetManagementClassificationRecord(v) => &v.dynamic_properties,
            Self::CrmEntityOperationAuditRecord(v) => &v.dynamic_properties,
            Self::CrossTenantAccessPolicyAuditRecord(v) => &v.dynamic_properties,
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => &v.dynamic_properties,
            Self::DataCenterSecurityCmdletAuditRecord(v) => &v.dynamic_properties,
            Self::DataGovernanceAuditRecord(v) => &v.dynamic_properties,
            Self::DataInsightsRestApiAuditRecord(v) => &v.dynamic_properties,
            Self::DataLakeExportOperationAuditRecord(v) => &v.dynamic_properties,
            Self::DataSecurityInvestigationAuditRecord(v) => &v.dynamic_properties,
            Self::DataShareOperationAuditRecord(v) => &v.dynamic_properties,
            Self::DefaultAuditData(v) => &v.dynamic_properties,
            Self::DefenderCaseManagementAuditRecord(v) => &v.dynamic_properties,
            Self::DefenderPreviewFeaturesRecord(v) => &v.dynamic_properties,
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::DeployFeatureActivityRecord(v) => &v.dynamic_properties,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => {
                &v.dynamic_properties
            }
            Self::DeviceDiscoverySettingsExclusionRecord(v) => &v.dynamic_properties,
            Self::DeviceDiscoverySettingsRecord(v) => &v.dynamic_properties,
            Self::DiscoveryAuditRecord(v) => &v.dynamic_properties,
            Self::DlpEndpointAuditRecord(v) => &v.dynamic_properties,
            Self::DlpImportResultAuditRecord(v) => &v.dynamic_properties,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => {
                &v.dynamic_properties
            }
            Self::DragonCopilotAccessRecord(v) => &v.dynamic_properties,
            Self::DragonCopilotAdminRecord(v) => &v.dynamic_properties,
            Self::DragonCopilotClinicalDataRecord(v) => &v.dynamic_properties,
            Self::DragonCopilotSessionRecord(v) => &v.dynamic_properties,
            Self::Dynamics365BusinessCentralAuditRecord(v) => &v.dynamic_properties,
            Self::EhrConnectorAuditBaseRecord(v) => &v.dynamic_properties,
            Self::EopSubmissionFeedEntityAuditRecord(v) => &v.dynamic_properties,
            Self::ExchangeAdminAuditRecord(v) => &v.dynamic_properties,
            Self::ExchangeAggregatedMailboxAuditRecord(v) => &v.dynamic_properties,
            Self::ExchangeAggregatedOperationRecord(v) => &v.dynamic_properties,
            Self::ExchangeMailboxAuditGroupRecord(v) => &v.dynamic_properties,
            Self::ExchangeMailboxAuditRecord(v) => &v.dynamic_properties,
            Self::FabricAuditRecord(v) => &v.dynamic_properties,
            Self::FabricPolicyRecord(v) => &v.dynamic_properties,
            Self::HealthcareSignalRecord(v) => &v.dynamic_properties,
            Self::HostedRpaAuditRecord(v) => &v.dynamic_properties,
            Self::HrSignalAuditRecord(v) => &v.dynamic_properties,
            Self::HygieneEventRecord(v) => &v.dynamic_properties,
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::InformationWorkerProtectionAuditRecord(v) => &v.dynamic_properties,
            Self::InsiderRiskScopedUserInsightsRecord(v) => &v.dynamic_properties,
            Self::InsiderRiskScopedUsersRecord(v) => &v.dynamic_properties,
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => &v.dynamic_properties,
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::IrmActivityAuditTrailRecord(v) => &v.dynamic_properties,
            Self::IrmUserDefinedDetectionRecord(v) => &v.dynamic_properties,
            Self::KaizalaAuditRecord(v) => &v.dynamic_properties,
            Self::LabelAnalyticsAggregateAuditRecord(v) => &v.dynamic_properties,
            Self::LabelContentExplorerAuditRecord(v) => &v.dynamic_properties,
            Self::LargeContentMetadataAuditRecord(v) => &v.dynamic_properties,
            Self::M365ComplianceConnectorAuditRecord(v) => &v.dynamic_properties,
            Self::M365SearchSectionsRecord(v) => &v.dynamic_properties,
            Self::M365daadAuditRecord(v) => &v.dynamic_properties,
            Self::M365odspAssetMetadataRecord(v) => &v.dynamic_properties,
            Self::MDashAuditRecord(v) => &v.dynamic_properties,
            Self::MailSubmissionData(v) => &v.dynamic_properties,
            Self::ManagedServicesAuditRecord(v) => &v.dynamic_properties,
            Self::ManagedTenantsAuditRecord(v) => &v.dynamic_properties,
            Self::MapgAlertsAuditRecord(v) => &v.dynamic_properties,
            Self::MapgOnboardAuditRecord(v) => &v.dynamic_properties,
            Self::MapgPolicyAuditRecord(v) => &v.dynamic_properties,
            Self::MapgRemediationAuditRecord(v) => &v.dynamic_properties,
            Self::McasAlertsAuditRecord(v) => &v.dynamic_properties,
            Self::MdaAuditRecord(v) => &v.dynamic_properties,
            Self::MdaDataSecuritySignalRecord(v) => &v.dynamic_properties,
            Self::MdatpAuditRecord(v) => &v.dynamic_properties,
            Self::MdcEventsRecord(v) => &v.dynamic_properties,
            Self::MdiAuditRecord(v) => &v.dynamic_properties,
            Self::MeshWorldsAuditRecord(v) => &v.dynamic_properties,
            Self::Microsoft365BackupBackupItemAuditRecord(v) => &v.dynamic_properties,
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => &v.dynamic_properties,
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => &v.dynamic_properties,
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => &v.dynamic_properties,
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftFlowAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftFormsAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftGraphDataConnectConsent(v) => &v.dynamic_properties,
            Self::MicrosoftGraphDataConnectOperation(v) => &v.dynamic_properties,
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => &v.dynamic_properties,
            Self::MicrosoftPurviewDataMapOperationRecord(v) => &v.dynamic_properties,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => {
                &v.dynamic_properties
            }
            Self::MicrosoftPurviewPolicyOperationRecord(v) => &v.dynamic_properties,
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => &v.dynamic_properties,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => {
                &v.dynamic_properties
            }
            Self::MicrosoftStreamAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftTeamsAdminAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftTeamsAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftTeamsDeviceAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::MicrosoftTeamsShiftsAuditRecord(v) => &v.dynamic_properties,
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => &v.dynamic_properties,
            Self::MipAutoLabelExchangeItemAuditRecord(v) => &v.dynamic_properties,
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => &v.dynamic_properties,
            Self::MipAutoLabelSharePointItemAuditRecord(v) => &v.dynamic_properties,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => {
                &v.dynamic_properties
            }
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => {
                &v.dynamic_properties
            }
            Self::MipAutoLabelSimulationStatisticsRecord(v) => &v.dynamic_properties,
            Self::MipExactDataMatchAuditRecord(v) => &v.dynamic_properties,
            Self::MipLabelAnalyticsAuditRecord(v) => &v.dynamic_properties,
            Self::MipLabelAuditRecord(v) => &v.dynamic_properties,
            Self::MosAgentInfoRecord(v) => &v.dynamic_properties,
            Self::MosAgentInfoRecordV2(v) => &v.dynamic_properties,
            Self::Ms365dCustomDetectionAuditRecord(v) => &v.dynamic_properties,
            Self::Ms365dIncidentAuditRecord(v) => &v.dynamic_properties,
            Self::Ms365dSuppressionRuleAuditRecord(v) => &v.dynamic_properties,
            Self::MsdeCustomCollectionAuditRecord(v) => &v.dynamic_properties,
            Self::MsdeGeneralSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::MsdeIndicatorsSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::MsdeResponseActionsAuditRecord(v) => &v.dynamic_properties,
            Self::MsdeRolesSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::MspVectorSearchContentMetadataAuditRecord(v) => &v.dynamic_properties,
            Self::MsticNationStateNotificationRecord(v) => &v.dynamic_properties,
            Self::MultiStageDispositionAuditRecord(v) => &v.dynamic_properties,
            Self::MyAnalyticsSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::NoisyAlertPolicyAuditRecord(v) => &v.dynamic_properties,
            Self::OfficeNativeAuditRecord(v) => &v.dynamic_properties,
            Self::OmePortalAuditRecord(v) => &v.dynamic_properties,
            Self::OnDemandSharePointClassificationAuditRecord(v) => &v.dynamic_properties,
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => &v.dynamic_properties,
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => &v.dynamic_properties,
            Self::OneDriveAuditRecord(v) => &v.dynamic_properties,
            Self::OrganizationalDataInM365AuditRecord(v) => &v.dynamic_properties,
            Self::OutlookCopilotAutomationAuditRecord(v) => &v.dynamic_properties,
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => &v.dynamic_properties,
            Self::P4AiRiskScoreRecord(v) => &v.dynamic_properties,
            Self::P4aiAssessmentCategoryRecord(v) => &v.dynamic_properties,
            Self::P4aiAssessmentFabricScannerRecord(v) => &v.dynamic_properties,
            Self::P4aiAssessmentLocationResultRecord(v) => &v.dynamic_properties,
            Self::P4aiAssessmentRecord(v) => &v.dynamic_properties,
            Self::PeopleAdminSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::PhysicalBadgingSignalAuditRecord(v) => &v.dynamic_properties,
            Self::PlacesDirectoryAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerChatMessageAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerChatMessageListAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerCopyPlanAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerGoalAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerGoalListAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerPlanAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerPlanListAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerRosterAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerTaskAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerTaskListAuditRecord(v) => &v.dynamic_properties,
            Self::PlannerTenantSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::PolicyConfigChangeAuditRecord(v) => &v.dynamic_properties,
            Self::PowerAppsAuditAppRecord(v) => &v.dynamic_properties,
            Self::PowerAppsAuditPlanRecord(v) => &v.dynamic_properties,
            Self::PowerAppsAuditResourceRecord(v) => &v.dynamic_properties,
            Self::PowerBiAuditRecord(v) => &v.dynamic_properties,
            Self::PowerBiDlpAuditRecord(v) => &v.dynamic_properties,
            Self::PowerPagesSiteAuditRecord(v) => &v.dynamic_properties,
            Self::PowerPlatformAdminDlpAuditRecord(v) => &v.dynamic_properties,
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => &v.dynamic_properties,
            Self::PowerPlatformAdministratorActivityRecord(v) => &v.dynamic_properties,
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::PowerPlatformServiceActivityAuditRecord(v) => &v.dynamic_properties,
            Self::PowerPlatformTenantIsolationRecord(v) => &v.dynamic_properties,
            Self::PrivaPrivacyAssessmentOperationRecord(v) => &v.dynamic_properties,
            Self::PrivaPrivacyConsentOperationRecord(v) => &v.dynamic_properties,
            Self::PrivacyDataMatchAuditRecord(v) => &v.dynamic_properties,
            Self::PrivacyDataMinimizationRecord(v) => &v.dynamic_properties,
            Self::PrivacyDigestEmailRecord(v) => &v.dynamic_properties,
            Self::PrivacyOpenAccessAuditRecord(v) => &v.dynamic_properties,
            Self::PrivacyPortalAuditRecord(v) => &v.dynamic_properties,
            Self::PrivacyRemediationActionRecord(v) => &v.dynamic_properties,
            Self::PrivacyRemediationRecord(v) => &v.dynamic_properties,
            Self::ProjectAuditRecord(v) => &v.dynamic_properties,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::ProjectForTheWebProjectAuditRecord(v) => &v.dynamic_properties,
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::ProjectForTheWebRoadmapAuditRecord(v) => &v.dynamic_properties,
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => &v.dynamic_properties,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => &v.dynamic_properties,
            Self::ProjectForTheWebTaskAuditRecord(v) => &v.dynamic_properties,
            Self::PublicFolderAuditRecord(v) => &v.dynamic_properties,
            Self::PurviewInsiderRiskAlertsRecord(v) => &v.dynamic_properties,
            Self::PurviewInsiderRiskCasesRecord(v) => &v.dynamic_properties,
            Self::PurviewMcRecommendationRecord(v) => &v.dynamic_properties,
            Self::PurviewPostureAgentAuditRecord(v) => &v.dynamic_properties,
            Self::QuarantineAuditRecord(v) => &v.dynamic_properties,
            Self::RecordsManagementAuditRecord(v) => &v.dynamic_properties,
            Self::ReportSubmission(v) => &v.dynamic_properties,
            Self::ReportSubmissionResultDetail(v) => &v.dynamic_properties,
            Self::RestrictedModeAuditRecord(v) => &v.dynamic_properties,
            Self::RetentionPolicyAuditRecord(v) => &v.dynamic_properties,
            Self::RtiOperationsAgentAuditRecord(v) => &v.dynamic_properties,
            Self::SbpConfigurationEventRecord(v) => &v.dynamic_properties,
            Self::SbpUsageEventRecord(v) => &v.dynamic_properties,
            Self::ScoreEvidence(v) => &v.dynamic_properties,
            Self::ScorePlatformGenericAuditRecord(v) => &v.dynamic_properties,
            Self::ScriptRunAuditRecord(v) => &v.dynamic_properties,
            Self::SearchAuditRecord(v) => &v.dynamic_properties,
            Self::SecurityComplianceAlertRecord(v) => &v.dynamic_properties,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::SecurityComplianceInsightsAuditRecord(v) => &v.dynamic_properties,
            Self::SecurityComplianceRbacAuditRecord(v) => &v.dynamic_properties,
            Self::SecurityComplianceUserChangeAuditRecord(v) => &v.dynamic_properties,
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::SensitiveInfoRemediationAgentDataRecord(v) => &v.dynamic_properties,
            Self::SensitivityLabelActionAuditRecord(v) => &v.dynamic_properties,
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => &v.dynamic_properties,
            Self::SensitivityLabeledFileActionAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelAiToolAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelGraphAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelJobAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelKqlOnLakeAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelLakeDataOnboardingAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelLakeEncryptionAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelLakeOnboardingAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelNotebookOnLakeAuditRecord(v) => &v.dynamic_properties,
            Self::SentinelPackageAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointAppPermissionOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointCommentOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointContentSecurityPolicyAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointContentTypeOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointESignatureAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointFieldOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointFileOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointListItemOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointListOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SharePointSharingOperationAuditRecord(v) => &v.dynamic_properties,
            Self::SkypeForBusinessCmdletsAuditRecord(v) => &v.dynamic_properties,
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => &v.dynamic_properties,
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => &v.dynamic_properties,
            Self::SonarDetonationContentMetadata(v) => &v.dynamic_properties,
            Self::SonarDetonationEntityAuditRecord(v) => &v.dynamic_properties,
            Self::SonarFileDetonationEntityAuditRecord(v) => &v.dynamic_properties,
            Self::SonarSubmissionEntityAuditRecord(v) => &v.dynamic_properties,
            Self::SonarUrlDetonationEntityAuditRecord(v) => &v.dynamic_properties,
            Self::SparkCoreCustomLivePoolRecord(v) => &v.dynamic_properties,
            Self::SubmissionEntityAuditRecord(v) => &v.dynamic_properties,
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => &v.dynamic_properties,
            Self::SyntheticProbeAuditRecord(v) => &v.dynamic_properties,
            Self::TeamCopilotInteractionAuditRecord(v) => &v.dynamic_properties,
            Self::TeamsEasyApprovalsAuditRecord(v) => &v.dynamic_properties,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => &v.dynamic_properties,
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => &v.dynamic_properties,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => &v.dynamic_properties,
            Self::TeamsHealthcareAuditRecord(v) => &v.dynamic_properties,
            Self::TeamsUpdatesAuditRecord(v) => &v.dynamic_properties,
            Self::TenantAllowBlockListAuditRecord(v) => &v.dynamic_properties,
            Self::ThreatFinderAuditRecord(v) => &v.dynamic_properties,
            Self::ThreatIntelligenceAtpContentData(v) => &v.dynamic_properties,
            Self::ThreatIntelligenceExportAuditRecord(v) => &v.dynamic_properties,
            Self::ThreatIntelligenceMailData(v) => &v.dynamic_properties,
            Self::ThreatIntelligenceObjectAuditRecord(v) => &v.dynamic_properties,
            Self::ThreatIntelligenceUrlClickData(v) => &v.dynamic_properties,
            Self::TodoAuditRecord(v) => &v.dynamic_properties,
            Self::TrainableClassifierAuditRecord(v) => &v.dynamic_properties,
            Self::UamOperationAuditRecord(v) => &v.dynamic_properties,
            Self::UnifiedGroupAuditRecord(v) => &v.dynamic_properties,
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => &v.dynamic_properties,
            Self::UnifiedSimulationSummaryAuditRecord(v) => &v.dynamic_properties,
            Self::UniversalPrintManagementAuditRecord(v) => &v.dynamic_properties,
            Self::UniversalPrintPrintJobAuditRecord(v) => &v.dynamic_properties,
            Self::UrbacAssignmentAuditRecord(v) => &v.dynamic_properties,
            Self::UrbacEnableStateAuditRecord(v) => &v.dynamic_properties,
            Self::UrbacRoleAuditRecord(v) => &v.dynamic_properties,
            Self::UserTrainingAuditRecord(v) => &v.dynamic_properties,
            Self::UsxWorkspaceOnboardingAuditRecord(v) => &v.dynamic_properties,
            Self::VfamCreatePolicyAuditRecord(v) => &v.dynamic_properties,
            Self::VfamDeletePolicyAuditRecord(v) => &v.dynamic_properties,
            Self::VfamUpdatePolicyAuditRecord(v) => &v.dynamic_properties,
            Self::VivaAmplifyAuditRecord(v) => &v.dynamic_properties,
            Self::VivaEngageEventsAuditRecord(v) => &v.dynamic_properties,
            Self::VivaEngageNetworkAssociationAuditRecord(v) => &v.dynamic_properties,
            Self::VivaEngageSegmentAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintAgenticCampaignAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintFeedbackProgramAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintOrganizationalDataAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintPulseProgramAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => {
                &v.dynamic_properties
            }
            Self::VivaGlintQuestionAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintRoleAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintRubiconAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintSupportAccessAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintSystemAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintUserAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGlintUserGroupAuditRecord(v) => &v.dynamic_properties,
            Self::VivaGoalsAuditRecord(v) => &v.dynamic_properties,
            Self::VivaLearningAdminAuditRecord(v) => &v.dynamic_properties,
            Self::VivaLearningAuditRecord(v) => &v.dynamic_properties,
            Self::VivaPulseAdminAuditRecord(v) => &v.dynamic_properties,
            Self::VivaPulseOrganizerAuditRecord(v) => &v.dynamic_properties,
            Self::VivaPulseReportAuditRecord(v) => &v.dynamic_properties,
            Self::VivaPulseResponseAuditRecord(v) => &v.dynamic_properties,
            Self::WdatpAlertsAuditRecord(v) => &v.dynamic_properties,
            Self::WebContentFilteringAuditRecord(v) => &v.dynamic_properties,
            Self::Windows365CustomerLockboxAuditRecord(v) => &v.dynamic_properties,
            Self::WorkplaceAnalyticsAuditRecord(v) => &v.dynamic_properties,
            Self::YammerAuditRecord(v) => &v.dynamic_properties,
            Self::YammerUserHidingAuditRecord(v) => &v.dynamic_properties,
        }
    }
    /// `dynamicProperties` of any variant.
    #[inline]
    pub fn dynamic_properties_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::AuditRecordTypeDictionary> {
        match self {
            Self::AuditData(v) => &mut v.dynamic_properties,
            Self::A365AiExecuteTool(v) => &mut v.dynamic_properties,
            Self::A365AiInferenceCall(v) => &mut v.dynamic_properties,
            Self::A365AiInvokeAgent(v) => &mut v.dynamic_properties,
            Self::A365AiRunSummary(v) => &mut v.dynamic_properties,
            Self::A365SpanOutputs(v) => &mut v.dynamic_properties,
            Self::AISpanOutputsAuditRecord(v) => &mut v.dynamic_properties,
            Self::AadRiskDetectionAuditRecord(v) => &mut v.dynamic_properties,
            Self::AedAuditRecord(v) => &mut v.dynamic_properties,
            Self::AgentAdminActivityRecord(v) => &mut v.dynamic_properties,
            Self::AgentSettingAdminActivity(v) => &mut v.dynamic_properties,
            Self::AiAppInteractionAuditRecord(v) => &mut v.dynamic_properties,
            Self::AiExecuteToolAuditRecord(v) => &mut v.dynamic_properties,
            Self::AiInteractionsChangeNotificationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::AiInteractionsExportAuditRecord(v) => &mut v.dynamic_properties,
            Self::AiInteractionsSubscriptionAuditRecord(v) => &mut v.dynamic_properties,
            Self::AiInvokeAgentAuditRecord(v) => &mut v.dynamic_properties,
            Self::AipDiscover(v) => &mut v.dynamic_properties,
            Self::AipFileDeleted(v) => &mut v.dynamic_properties,
            Self::AipHeartBeat(v) => &mut v.dynamic_properties,
            Self::AipProtectionActionLogRequest(v) => &mut v.dynamic_properties,
            Self::AipScannerDiscoverEvent(v) => &mut v.dynamic_properties,
            Self::AipSensitivityLabelActionLogRequest(v) => &mut v.dynamic_properties,
            Self::AirAdminActionInvestigationData(v) => &mut v.dynamic_properties,
            Self::AirInvestigationData(v) => &mut v.dynamic_properties,
            Self::AirManualInvestigationData(v) => &mut v.dynamic_properties,
            Self::AlertSubmissionAuditRecord(v) => &mut v.dynamic_properties,
            Self::AlertSubmissionResultDetailAuditRecord(v) => &mut v.dynamic_properties,
            Self::AttackSimAdminAuditRecord(v) => &mut v.dynamic_properties,
            Self::AttackSimAuditRecord(v) => &mut v.dynamic_properties,
            Self::AuditConfigAuditRecord(v) => &mut v.dynamic_properties,
            Self::AuditSearchAuditRecord(v) => &mut v.dynamic_properties,
            Self::AzfwApplicationRuleAggregationEventRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::AzfwDnsQueryEventRecord(v) => &mut v.dynamic_properties,
            Self::AzfwNetworkRuleEventRecord(v) => &mut v.dynamic_properties,
            Self::AzureAiSearchAuditRecord(v) => &mut v.dynamic_properties,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::AzureActiveDirectoryAuditRecord(v) => &mut v.dynamic_properties,
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => &mut v.dynamic_properties,
            Self::CampaignAuditRecord(v) => &mut v.dynamic_properties,
            Self::CcraiPolicyViolationRecord(v) => &mut v.dynamic_properties,
            Self::CdpClassifierHealthRecord(v) => &mut v.dynamic_properties,
            Self::CdpColdCrawlStatusRecord(v) => &mut v.dynamic_properties,
            Self::CdpConsumptionResourceRecord(v) => &mut v.dynamic_properties,
            Self::CdpContentExplorerAggregateRecord(v) => &mut v.dynamic_properties,
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => &mut v.dynamic_properties,
            Self::CdpLogRecord(v) => &mut v.dynamic_properties,
            Self::CdpOcrBillingRecord(v) => &mut v.dynamic_properties,
            Self::CdpResourceScopeChangeEventRecord(v) => &mut v.dynamic_properties,
            Self::CdpdlmaiInteractionInsightsRecord(v) => &mut v.dynamic_properties,
            Self::CloudUpdateDeviceConfigAuditRecord(v) => &mut v.dynamic_properties,
            Self::CloudUpdateProfileConfigAuditRecord(v) => &mut v.dynamic_properties,
            Self::CloudUpdateTenantConfigAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceConnectorAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlmExchangeAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlmSharePointAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlpApplicationsAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpEndpointAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpEnforcementAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlpExchangeAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpSharePointAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceExchangeOcrAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceManagerActionRecord(v) => &mut v.dynamic_properties,
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceSettingsChangeAuditRecord(v) => &mut v.dynamic_properties,
            Self::ComplianceSitGradingSharePointAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ComplianceSupervisionExchangeAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ConnectedAiAppInteractionAuditRecord(v) => &mut v.dynamic_properties,
            Self::ConsumptionResourceAuditRecord(v) => &mut v.dynamic_properties,
            Self::ContentStoreMetadataRecord(v) => &mut v.dynamic_properties,
            Self::CopilotAgentManagementAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotForSecurityLoggingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotForSecurityTriggerAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotInteractionAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotPluginSettingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotPromptBookSettingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotSessionSharingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotSettingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CopilotWorkspaceSettingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CoreReportingSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::CortanaBriefingAuditRecord(v) => &mut v.dynamic_properties,
            Self::CriticalAssetManagementClassificationRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::CrmEntityOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::CrossTenantAccessPolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => &mut v.dynamic_properties,
            Self::DataCenterSecurityCmdletAuditRecord(v) => &mut v.dynamic_properties,
            Self::DataGovernanceAuditRecord(v) => &mut v.dynamic_properties,
            Self::DataInsightsRestApiAuditRecord(v) => &mut v.dynamic_properties,
            Self::DataLakeExportOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::DataSecurityInvestigationAuditRecord(v) => &mut v.dynamic_properties,
            Self::DataShareOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::DefaultAuditData(v) => &mut v.dynamic_properties,
            Self::DefenderCaseManagementAuditRecord(v) => &mut v.dynamic_properties,
            Self::DefenderPreviewFeaturesRecord(v) => &mut v.dynamic_properties,
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::DeployFeatureActivityRecord(v) => &mut v.dynamic_properties,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::DeviceDiscoverySettingsExclusionRecord(v) => &mut v.dynamic_properties,
            Self::DeviceDiscoverySettingsRecord(v) => &mut v.dynamic_properties,
            Self::DiscoveryAuditRecord(v) => &mut v.dynamic_properties,
            Self::DlpEndpointAuditRecord(v) => &mut v.dynamic_properties,
            Self::DlpImportResultAuditRecord(v) => &mut v.dynamic_properties,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::DragonCopilotAccessRecord(v) => &mut v.dynamic_properties,
            Self::DragonCopilotAdminRecord(v) => &mut v.dynamic_properties,
            Self::DragonCopilotClinicalDataRecord(v) => &mut v.dynamic_properties,
            Self::DragonCopilotSessionRecord(v) => &mut v.dynamic_properties,
            Self::Dynamics365BusinessCentralAuditRecord(v) => &mut v.dynamic_properties,
            Self::EhrConnectorAuditBaseRecord(v) => &mut v.dynamic_properties,
            Self::EopSubmissionFeedEntityAuditRecord(v) => &mut v.dynamic_properties,
            Self::ExchangeAdminAuditRecord(v) => &mut v.dynamic_properties,
            Self::ExchangeAggregatedMailboxAuditRecord(v) => &mut v.dynamic_properties,
            Self::ExchangeAggregatedOperationRecord(v) => &mut v.dynamic_properties,
            Self::ExchangeMailboxAuditGroupRecord(v) => &mut v.dynamic_properties,
            Self::ExchangeMailboxAuditRecord(v) => &mut v.dynamic_properties,
            Self::FabricAuditRecord(v) => &mut v.dynamic_properties,
            Self::FabricPolicyRecord(v) => &mut v.dynamic_properties,
            Self::HealthcareSignalRecord(v) => &mut v.dynamic_properties,
            Self::HostedRpaAuditRecord(v) => &mut v.dynamic_properties,
            Self::HrSignalAuditRecord(v) => &mut v.dynamic_properties,
            Self::HygieneEventRecord(v) => &mut v.dynamic_properties,
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::InformationWorkerProtectionAuditRecord(v) => &mut v.dynamic_properties,
            Self::InsiderRiskScopedUserInsightsRecord(v) => &mut v.dynamic_properties,
            Self::InsiderRiskScopedUsersRecord(v) => &mut v.dynamic_properties,
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::IrmActivityAuditTrailRecord(v) => &mut v.dynamic_properties,
            Self::IrmUserDefinedDetectionRecord(v) => &mut v.dynamic_properties,
            Self::KaizalaAuditRecord(v) => &mut v.dynamic_properties,
            Self::LabelAnalyticsAggregateAuditRecord(v) => &mut v.dynamic_properties,
            Self::LabelContentExplorerAuditRecord(v) => &mut v.dynamic_properties,
            Self::LargeContentMetadataAuditRecord(v) => &mut v.dynamic_properties,
            Self::M365ComplianceConnectorAuditRecord(v) => &mut v.dynamic_properties,
            Self::M365SearchSectionsRecord(v) => &mut v.dynamic_properties,
            Self::M365daadAuditRecord(v) => &mut v.dynamic_properties,
            Self::M365odspAssetMetadataRecord(v) => &mut v.dynamic_properties,
            Self::MDashAuditRecord(v) => &mut v.dynamic_properties,
            Self::MailSubmissionData(v) => &mut v.dynamic_properties,
            Self::ManagedServicesAuditRecord(v) => &mut v.dynamic_properties,
            Self::ManagedTenantsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MapgAlertsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MapgOnboardAuditRecord(v) => &mut v.dynamic_properties,
            Self::MapgPolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::MapgRemediationAuditRecord(v) => &mut v.dynamic_properties,
            Self::McasAlertsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MdaAuditRecord(v) => &mut v.dynamic_properties,
            Self::MdaDataSecuritySignalRecord(v) => &mut v.dynamic_properties,
            Self::MdatpAuditRecord(v) => &mut v.dynamic_properties,
            Self::MdcEventsRecord(v) => &mut v.dynamic_properties,
            Self::MdiAuditRecord(v) => &mut v.dynamic_properties,
            Self::MeshWorldsAuditRecord(v) => &mut v.dynamic_properties,
            Self::Microsoft365BackupBackupItemAuditRecord(v) => &mut v.dynamic_properties,
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftFlowAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftFormsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftGraphDataConnectConsent(v) => &mut v.dynamic_properties,
            Self::MicrosoftGraphDataConnectOperation(v) => &mut v.dynamic_properties,
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MicrosoftPurviewDataMapOperationRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MicrosoftPurviewPolicyOperationRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => &mut v.dynamic_properties,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MicrosoftStreamAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftTeamsAdminAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftTeamsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftTeamsDeviceAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MicrosoftTeamsShiftsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => &mut v.dynamic_properties,
            Self::MipAutoLabelExchangeItemAuditRecord(v) => &mut v.dynamic_properties,
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => &mut v.dynamic_properties,
            Self::MipAutoLabelSharePointItemAuditRecord(v) => &mut v.dynamic_properties,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MipAutoLabelSimulationStatisticsRecord(v) => &mut v.dynamic_properties,
            Self::MipExactDataMatchAuditRecord(v) => &mut v.dynamic_properties,
            Self::MipLabelAnalyticsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MipLabelAuditRecord(v) => &mut v.dynamic_properties,
            Self::MosAgentInfoRecord(v) => &mut v.dynamic_properties,
            Self::MosAgentInfoRecordV2(v) => &mut v.dynamic_properties,
            Self::Ms365dCustomDetectionAuditRecord(v) => &mut v.dynamic_properties,
            Self::Ms365dIncidentAuditRecord(v) => &mut v.dynamic_properties,
            Self::Ms365dSuppressionRuleAuditRecord(v) => &mut v.dynamic_properties,
            Self::MsdeCustomCollectionAuditRecord(v) => &mut v.dynamic_properties,
            Self::MsdeGeneralSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MsdeIndicatorsSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MsdeResponseActionsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MsdeRolesSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::MspVectorSearchContentMetadataAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::MsticNationStateNotificationRecord(v) => &mut v.dynamic_properties,
            Self::MultiStageDispositionAuditRecord(v) => &mut v.dynamic_properties,
            Self::MyAnalyticsSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::NoisyAlertPolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::OfficeNativeAuditRecord(v) => &mut v.dynamic_properties,
            Self::OmePortalAuditRecord(v) => &mut v.dynamic_properties,
            Self::OnDemandSharePointClassificationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::OneDriveAuditRecord(v) => &mut v.dynamic_properties,
            Self::OrganizationalDataInM365AuditRecord(v) => &mut v.dynamic_properties,
            Self::OutlookCopilotAutomationAuditRecord(v) => &mut v.dynamic_properties,
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => &mut v.dynamic_properties,
            Self::P4AiRiskScoreRecord(v) => &mut v.dynamic_properties,
            Self::P4aiAssessmentCategoryRecord(v) => &mut v.dynamic_properties,
            Self::P4aiAssessmentFabricScannerRecord(v) => &mut v.dynamic_properties,
            Self::P4aiAssessmentLocationResultRecord(v) => &mut v.dynamic_properties,
            Self::P4aiAssessmentRecord(v) => &mut v.dynamic_properties,
            Self::PeopleAdminSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::PhysicalBadgingSignalAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlacesDirectoryAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerChatMessageAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerChatMessageListAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerCopyPlanAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerGoalAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerGoalListAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerPlanAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerPlanListAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerRosterAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::PlannerTaskAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerTaskListAuditRecord(v) => &mut v.dynamic_properties,
            Self::PlannerTenantSettingsAuditRecord(v) => &mut v.dynamic_properties,
            Self::PolicyConfigChangeAuditRecord(v) => &mut v.dynamic_properties,
            Self::PowerAppsAuditAppRecord(v) => &mut v.dynamic_properties,
            Self::PowerAppsAuditPlanRecord(v) => &mut v.dynamic_properties,
            Self::PowerAppsAuditResourceRecord(v) => &mut v.dynamic_properties,
            Self::PowerBiAuditRecord(v) => &mut v.dynamic_properties,
            Self::PowerBiDlpAuditRecord(v) => &mut v.dynamic_properties,
            Self::PowerPagesSiteAuditRecord(v) => &mut v.dynamic_properties,
            Self::PowerPlatformAdminDlpAuditRecord(v) => &mut v.dynamic_properties,
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::PowerPlatformAdministratorActivityRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::PowerPlatformServiceActivityAuditRecord(v) => &mut v.dynamic_properties,
            Self::PowerPlatformTenantIsolationRecord(v) => &mut v.dynamic_properties,
            Self::PrivaPrivacyAssessmentOperationRecord(v) => &mut v.dynamic_properties,
            Self::PrivaPrivacyConsentOperationRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyDataMatchAuditRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyDataMinimizationRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyDigestEmailRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyOpenAccessAuditRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyPortalAuditRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyRemediationActionRecord(v) => &mut v.dynamic_properties,
            Self::PrivacyRemediationRecord(v) => &mut v.dynamic_properties,
            Self::ProjectAuditRecord(v) => &mut v.dynamic_properties,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ProjectForTheWebProjectAuditRecord(v) => &mut v.dynamic_properties,
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ProjectForTheWebRoadmapAuditRecord(v) => &mut v.dynamic_properties,
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => &mut v.dynamic_properties,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::ProjectForTheWebTaskAuditRecord(v) => &mut v.dynamic_properties,
            Self::PublicFolderAuditRecord(v) => &mut v.dynamic_properties,
            Self::PurviewInsiderRiskAlertsRecord(v) => &mut v.dynamic_properties,
            Self::PurviewInsiderRiskCasesRecord(v) => &mut v.dynamic_properties,
            Self::PurviewMcRecommendationRecord(v) => &mut v.dynamic_properties,
            Self::PurviewPostureAgentAuditRecord(v) => &mut v.dynamic_properties,
            Self::QuarantineAuditRecord(v) => &mut v.dynamic_properties,
            Self::RecordsManagementAuditRecord(v) => &mut v.dynamic_properties,
            Self::ReportSubmission(v) => &mut v.dynamic_properties,
            Self::ReportSubmissionResultDetail(v) => &mut v.dynamic_properties,
            Self::RestrictedModeAuditRecord(v) => &mut v.dynamic_properties,
            Self::RetentionPolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::RtiOperationsAgentAuditRecord(v) => &mut v.dynamic_properties,
            Self::SbpConfigurationEventRecord(v) => &mut v.dynamic_properties,
            Self::SbpUsageEventRecord(v) => &mut v.dynamic_properties,
            Self::ScoreEvidence(v) => &mut v.dynamic_properties,
            Self::ScorePlatformGenericAuditRecord(v) => &mut v.dynamic_properties,
            Self::ScriptRunAuditRecord(v) => &mut v.dynamic_properties,
            Self::SearchAuditRecord(v) => &mut v.dynamic_properties,
            Self::SecurityComplianceAlertRecord(v) => &mut v.dynamic_properties,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SecurityComplianceInsightsAuditRecord(v) => &mut v.dynamic_properties,
            Self::SecurityComplianceRbacAuditRecord(v) => &mut v.dynamic_properties,
            Self::SecurityComplianceUserChangeAuditRecord(v) => &mut v.dynamic_properties,
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SensitiveInfoRemediationAgentDataRecord(v) => &mut v.dynamic_properties,
            Self::SensitivityLabelActionAuditRecord(v) => &mut v.dynamic_properties,
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => &mut v.dynamic_properties,
            Self::SensitivityLabeledFileActionAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelAiToolAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelGraphAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelJobAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelKqlOnLakeAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelLakeDataOnboardingAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelLakeEncryptionAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelLakeOnboardingAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelNotebookOnLakeAuditRecord(v) => &mut v.dynamic_properties,
            Self::SentinelPackageAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointAppPermissionOperationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SharePointAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointCommentOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointContentSecurityPolicyAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SharePointContentTypeOperationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SharePointESignatureAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointFieldOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointFileOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointListItemOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointListOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::SharePointSharingOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::SkypeForBusinessCmdletsAuditRecord(v) => &mut v.dynamic_properties,
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => &mut v.dynamic_properties,
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => &mut v.dynamic_properties,
            Self::SonarDetonationContentMetadata(v) => &mut v.dynamic_properties,
            Self::SonarDetonationEntityAuditRecord(v) => &mut v.dynamic_properties,
            Self::SonarFileDetonationEntityAuditRecord(v) => &mut v.dynamic_properties,
            Self::SonarSubmissionEntityAuditRecord(v) => &mut v.dynamic_properties,
            Self::SonarUrlDetonationEntityAuditRecord(v) => &mut v.dynamic_properties,
            Self::SparkCoreCustomLivePoolRecord(v) => &mut v.dynamic_properties,
            Self::SubmissionEntityAuditRecord(v) => &mut v.dynamic_properties,
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::SyntheticProbeAuditRecord(v) => &mut v.dynamic_properties,
            Self::TeamCopilotInteractionAuditRecord(v) => &mut v.dynamic_properties,
            Self::TeamsEasyApprovalsAuditRecord(v) => &mut v.dynamic_properties,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => &mut v.dynamic_properties,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::TeamsHealthcareAuditRecord(v) => &mut v.dynamic_properties,
            Self::TeamsUpdatesAuditRecord(v) => &mut v.dynamic_properties,
            Self::TenantAllowBlockListAuditRecord(v) => &mut v.dynamic_properties,
            Self::ThreatFinderAuditRecord(v) => &mut v.dynamic_properties,
            Self::ThreatIntelligenceAtpContentData(v) => &mut v.dynamic_properties,
            Self::ThreatIntelligenceExportAuditRecord(v) => &mut v.dynamic_properties,
            Self::ThreatIntelligenceMailData(v) => &mut v.dynamic_properties,
            Self::ThreatIntelligenceObjectAuditRecord(v) => &mut v.dynamic_properties,
            Self::ThreatIntelligenceUrlClickData(v) => &mut v.dynamic_properties,
            Self::TodoAuditRecord(v) => &mut v.dynamic_properties,
            Self::TrainableClassifierAuditRecord(v) => &mut v.dynamic_properties,
            Self::UamOperationAuditRecord(v) => &mut v.dynamic_properties,
            Self::UnifiedGroupAuditRecord(v) => &mut v.dynamic_properties,
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => &mut v.dynamic_properties,
            Self::UnifiedSimulationSummaryAuditRecord(v) => &mut v.dynamic_properties,
            Self::UniversalPrintManagementAuditRecord(v) => &mut v.dynamic_properties,
            Self::UniversalPrintPrintJobAuditRecord(v) => &mut v.dynamic_properties,
            Self::UrbacAssignmentAuditRecord(v) => &mut v.dynamic_properties,
            Self::UrbacEnableStateAuditRecord(v) => &mut v.dynamic_properties,
            Self::UrbacRoleAuditRecord(v) => &mut v.dynamic_properties,
            Self::UserTrainingAuditRecord(v) => &mut v.dynamic_properties,
            Self::UsxWorkspaceOnboardingAuditRecord(v) => &mut v.dynamic_properties,
            Self::VfamCreatePolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::VfamDeletePolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::VfamUpdatePolicyAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaAmplifyAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaEngageEventsAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaEngageNetworkAssociationAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaEngageSegmentAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::VivaGlintAgenticCampaignAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintFeedbackProgramAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintOrganizationalDataAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintPulseProgramAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => {
                &mut v.dynamic_properties
            }
            Self::VivaGlintQuestionAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintRoleAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintRubiconAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintSupportAccessAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintSystemAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintUserAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGlintUserGroupAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaGoalsAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaLearningAdminAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaLearningAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaPulseAdminAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaPulseOrganizerAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaPulseReportAuditRecord(v) => &mut v.dynamic_properties,
            Self::VivaPulseResponseAuditRecord(v) => &mut v.dynamic_properties,
            Self::WdatpAlertsAuditRecord(v) => &mut v.dynamic_properties,
            Self::WebContentFilteringAuditRecord(v) => &mut v.dynamic_properties,
            Self::Windows365CustomerLockboxAuditRecord(v) => &mut v.dynamic_properties,
            Self::WorkplaceAnalyticsAuditRecord(v) => &mut v.dynamic_properties,
            Self::YammerAuditRecord(v) => &mut v.dynamic_properties,
            Self::YammerUserHidingAuditRecord(v) => &mut v.dynamic_properties,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyAuditData);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAuditData);
