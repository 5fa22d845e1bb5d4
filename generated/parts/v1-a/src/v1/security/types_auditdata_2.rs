//! Types of `microsoft.graph.security` by the first letters of their names (`auditdata_2`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

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
        let obj: &mut dyn rt::object::Members = match &mut v {
            Self::AuditData(o) => &mut **o,
            Self::A365AiExecuteTool(o) => &mut **o,
            Self::A365AiInferenceCall(o) => &mut **o,
            Self::A365AiInvokeAgent(o) => &mut **o,
            Self::A365AiRunSummary(o) => &mut **o,
            Self::A365SpanOutputs(o) => &mut **o,
            Self::AISpanOutputsAuditRecord(o) => &mut **o,
            Self::AadRiskDetectionAuditRecord(o) => &mut **o,
            Self::AedAuditRecord(o) => &mut **o,
            Self::AgentAdminActivityRecord(o) => &mut **o,
            Self::AgentSettingAdminActivity(o) => &mut **o,
            Self::AiAppInteractionAuditRecord(o) => &mut **o,
            Self::AiExecuteToolAuditRecord(o) => &mut **o,
            Self::AiInteractionsChangeNotificationAuditRecord(o) => &mut **o,
            Self::AiInteractionsExportAuditRecord(o) => &mut **o,
            Self::AiInteractionsSubscriptionAuditRecord(o) => &mut **o,
            Self::AiInvokeAgentAuditRecord(o) => &mut **o,
            Self::AipDiscover(o) => &mut **o,
            Self::AipFileDeleted(o) => &mut **o,
            Self::AipHeartBeat(o) => &mut **o,
            Self::AipProtectionActionLogRequest(o) => &mut **o,
            Self::AipScannerDiscoverEvent(o) => &mut **o,
            Self::AipSensitivityLabelActionLogRequest(o) => &mut **o,
            Self::AirAdminActionInvestigationData(o) => &mut **o,
            Self::AirInvestigationData(o) => &mut **o,
            Self::AirManualInvestigationData(o) => &mut **o,
            Self::AlertSubmissionAuditRecord(o) => &mut **o,
            Self::AlertSubmissionResultDetailAuditRecord(o) => &mut **o,
            Self::AttackSimAdminAuditRecord(o) => &mut **o,
            Self::AttackSimAuditRecord(o) => &mut **o,
            Self::AuditConfigAuditRecord(o) => &mut **o,
            Self::AuditSearchAuditRecord(o) => &mut **o,
            Self::AzfwApplicationRuleAggregationEventRecord(o) => &mut **o,
            Self::AzfwDnsQueryEventRecord(o) => &mut **o,
            Self::AzfwNetworkRuleEventRecord(o) => &mut **o,
            Self::AzureAiSearchAuditRecord(o) => &mut **o,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(o) => &mut **o,
            Self::AzureActiveDirectoryAuditRecord(o) => &mut **o,
            Self::AzureActiveDirectoryStsLogonAuditRecord(o) => &mut **o,
            Self::CampaignAuditRecord(o) => &mut **o,
            Self::CcraiPolicyViolationRecord(o) => &mut **o,
            Self::CdpClassifierHealthRecord(o) => &mut **o,
            Self::CdpColdCrawlStatusRecord(o) => &mut **o,
            Self::CdpConsumptionResourceRecord(o) => &mut **o,
            Self::CdpContentExplorerAggregateRecord(o) => &mut **o,
            Self::CdpDlpSensitiveEndpointAuditRecord(o) => &mut **o,
            Self::CdpLogRecord(o) => &mut **o,
            Self::CdpOcrBillingRecord(o) => &mut **o,
            Self::CdpResourceScopeChangeEventRecord(o) => &mut **o,
            Self::CdpdlmaiInteractionInsightsRecord(o) => &mut **o,
            Self::CloudUpdateDeviceConfigAuditRecord(o) => &mut **o,
            Self::CloudUpdateProfileConfigAuditRecord(o) => &mut **o,
            Self::CloudUpdateTenantConfigAuditRecord(o) => &mut **o,
            Self::ComplianceConnectorAuditRecord(o) => &mut **o,
            Self::ComplianceDlmExchangeAuditRecord(o) => &mut **o,
            Self::ComplianceDlmSharePointAuditRecord(o) => &mut **o,
            Self::ComplianceDlpApplicationsAuditRecord(o) => &mut **o,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(o) => &mut **o,
            Self::ComplianceDlpEndpointAuditRecord(o) => &mut **o,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(o) => &mut **o,
            Self::ComplianceDlpEnforcementAuditRecord(o) => &mut **o,
            Self::ComplianceDlpExchangeAuditRecord(o) => &mut **o,
            Self::ComplianceDlpExchangeClassificationAuditRecord(o) => &mut **o,
            Self::ComplianceDlpExchangeClassificationCdpRecord(o) => &mut **o,
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(o) => &mut **o,
            Self::ComplianceDlpSharePointAuditRecord(o) => &mut **o,
            Self::ComplianceDlpSharePointClassificationAuditRecord(o) => &mut **o,
            Self::ComplianceDlpSharePointClassificationCdpRecord(o) => &mut **o,
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(o) => &mut **o,
            Self::ComplianceExchangeOcrAuditRecord(o) => &mut **o,
            Self::ComplianceManagerActionRecord(o) => &mut **o,
            Self::CompliancePolicyGradingSharePointAuditRecord(o) => &mut **o,
            Self::ComplianceSettingsChangeAuditRecord(o) => &mut **o,
            Self::ComplianceSitGradingSharePointAuditRecord(o) => &mut **o,
            Self::ComplianceSupervisionExchangeAuditRecord(o) => &mut **o,
            Self::ConnectedAiAppInteractionAuditRecord(o) => &mut **o,
            Self::ConsumptionResourceAuditRecord(o) => &mut **o,
            Self::ContentStoreMetadataRecord(o) => &mut **o,
            Self::CopilotAgentManagementAuditRecord(o) => &mut **o,
            Self::CopilotForSecurityLoggingAuditRecord(o) => &mut **o,
            Self::CopilotForSecurityTriggerAuditRecord(o) => &mut **o,
            Self::CopilotInteractionAuditRecord(o) => &mut **o,
            Self::CopilotPluginSettingAuditRecord(o) => &mut **o,
            Self::CopilotPromptBookSettingAuditRecord(o) => &mut **o,
            Self::CopilotSessionSharingAuditRecord(o) => &mut **o,
            Self::CopilotSettingAuditRecord(o) => &mut **o,
            Self::CopilotWorkspaceSettingAuditRecord(o) => &mut **o,
            Self::CoreReportingSettingsAuditRecord(o) => &mut **o,
            Self::CortanaBriefingAuditRecord(o) => &mut **o,
            Self::CriticalAssetManagementClassificationRecord(o) => &mut **o,
            Self::CrmEntityOperationAuditRecord(o) => &mut **o,
            Self::CrossTenantAccessPolicyAuditRecord(o) => &mut **o,
            Self::CustomerKeyServiceEncryptionAuditRecord(o) => &mut **o,
            Self::DataCenterSecurityCmdletAuditRecord(o) => &mut **o,
            Self::DataGovernanceAuditRecord(o) => &mut **o,
            Self::DataInsightsRestApiAuditRecord(o) => &mut **o,
            Self::DataLakeExportOperationAuditRecord(o) => &mut **o,
            Self::DataSecurityInvestigationAuditRecord(o) => &mut **o,
            Self::DataShareOperationAuditRecord(o) => &mut **o,
            Self::DefaultAuditData(o) => &mut **o,
            Self::DefenderCaseManagementAuditRecord(o) => &mut **o,
            Self::DefenderPreviewFeaturesRecord(o) => &mut **o,
            Self::DefenderSecurityForAiConfigurationAuditRecord(o) => &mut **o,
            Self::DeployFeatureActivityRecord(o) => &mut **o,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(o) => &mut **o,
            Self::DeviceDiscoverySettingsExclusionRecord(o) => &mut **o,
            Self::DeviceDiscoverySettingsRecord(o) => &mut **o,
            Self::DiscoveryAuditRecord(o) => &mut **o,
            Self::DlpEndpointAuditRecord(o) => &mut **o,
            Self::DlpImportResultAuditRecord(o) => &mut **o,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(o) => &mut **o,
            Self::DragonCopilotAccessRecord(o) => &mut **o,
            Self::DragonCopilotAdminRecord(o) => &mut **o,
            Self::DragonCopilotClinicalDataRecord(o) => &mut **o,
            Self::DragonCopilotSessionRecord(o) => &mut **o,
            Self::Dynamics365BusinessCentralAuditRecord(o) => &mut **o,
            Self::EhrConnectorAuditBaseRecord(o) => &mut **o,
            Self::EopSubmissionFeedEntityAuditRecord(o) => &mut **o,
            Self::ExchangeAdminAuditRecord(o) => &mut **o,
            Self::ExchangeAggregatedMailboxAuditRecord(o) => &mut **o,
            Self::ExchangeAggregatedOperationRecord(o) => &mut **o,
            Self::ExchangeMailboxAuditGroupRecord(o) => &mut **o,
            Self::ExchangeMailboxAuditRecord(o) => &mut **o,
            Self::FabricAuditRecord(o) => &mut **o,
            Self::FabricPolicyRecord(o) => &mut **o,
            Self::HealthcareSignalRecord(o) => &mut **o,
            Self::HostedRpaAuditRecord(o) => &mut **o,
            Self::HrSignalAuditRecord(o) => &mut **o,
            Self::HygieneEventRecord(o) => &mut **o,
            Self::InformationBarrierPolicyApplicationAuditRecord(o) => &mut **o,
            Self::InformationWorkerProtectionAuditRecord(o) => &mut **o,
            Self::InsiderRiskScopedUserInsightsRecord(o) => &mut **o,
            Self::InsiderRiskScopedUsersRecord(o) => &mut **o,
            Self::IntegratedAppsAppAdminActivityAuditRecord(o) => &mut **o,
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(o) => &mut **o,
            Self::IrmActivityAuditTrailRecord(o) => &mut **o,
            Self::IrmUserDefinedDetectionRecord(o) => &mut **o,
            Self::KaizalaAuditRecord(o) => &mut **o,
            Self::LabelAnalyticsAggregateAuditRecord(o) => &mut **o,
            Self::LabelContentExplorerAuditRecord(o) => &mut **o,
            Self::LargeContentMetadataAuditRecord(o) => &mut **o,
            Self::M365ComplianceConnectorAuditRecord(o) => &mut **o,
            Self::M365SearchSectionsRecord(o) => &mut **o,
            Self::M365daadAuditRecord(o) => &mut **o,
            Self::M365odspAssetMetadataRecord(o) => &mut **o,
            Self::MDashAuditRecord(o) => &mut **o,
            Self::MailSubmissionData(o) => &mut **o,
            Self::ManagedServicesAuditRecord(o) => &mut **o,
            Self::ManagedTenantsAuditRecord(o) => &mut **o,
            Self::MapgAlertsAuditRecord(o) => &mut **o,
            Self::MapgOnboardAuditRecord(o) => &mut **o,
            Self::MapgPolicyAuditRecord(o) => &mut **o,
            Self::MapgRemediationAuditRecord(o) => &mut **o,
            Self::McasAlertsAuditRecord(o) => &mut **o,
            Self::MdaAuditRecord(o) => &mut **o,
            Self::MdaDataSecuritySignalRecord(o) => &mut **o,
            Self::MdatpAuditRecord(o) => &mut **o,
            Self::MdcEventsRecord(o) => &mut **o,
            Self::MdiAuditRecord(o) => &mut **o,
            Self::MeshWorldsAuditRecord(o) => &mut **o,
            Self::Microsoft365BackupBackupItemAuditRecord(o) => &mut **o,
            Self::Microsoft365BackupBackupPolicyAuditRecord(o) => &mut **o,
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(o) => &mut **o,
            Self::Microsoft365BackupRestoreItemAuditRecord(o) => &mut **o,
            Self::Microsoft365BackupRestoreTaskAuditRecord(o) => &mut **o,
            Self::Microsoft365CopilotScheduledPromptAuditRecord(o) => &mut **o,
            Self::MicrosoftDefenderExpertsXdrAuditRecord(o) => &mut **o,
            Self::MicrosoftFlowAuditRecord(o) => &mut **o,
            Self::MicrosoftFormsAuditRecord(o) => &mut **o,
            Self::MicrosoftGraphDataConnectConsent(o) => &mut **o,
            Self::MicrosoftGraphDataConnectOperation(o) => &mut **o,
            Self::MicrosoftPurviewDataCatalogOperationRecord(o) => &mut **o,
            Self::MicrosoftPurviewDataMapOperationRecord(o) => &mut **o,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(o) => &mut **o,
            Self::MicrosoftPurviewPolicyOperationRecord(o) => &mut **o,
            Self::MicrosoftPurviewPrivacyAuditEvent(o) => &mut **o,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(o) => &mut **o,
            Self::MicrosoftStreamAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsAdminAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsAnalyticsAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsDeviceAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsShiftsAuditRecord(o) => &mut **o,
            Self::MicrosoftTeamsUserConcernAuditRecord(o) => &mut **o,
            Self::MipAutoLabelExchangeItemAuditRecord(o) => &mut **o,
            Self::MipAutoLabelProgressFeedbackAuditRecord(o) => &mut **o,
            Self::MipAutoLabelSharePointItemAuditRecord(o) => &mut **o,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(o) => &mut **o,
            Self::MipAutoLabelSimulationSharePointCompletionRecord(o) => &mut **o,
            Self::MipAutoLabelSimulationSharePointProgressRecord(o) => &mut **o,
            Self::MipAutoLabelSimulationStatisticsRecord(o) => &mut **o,
            Self::MipExactDataMatchAuditRecord(o) => &mut **o,
            Self::MipLabelAnalyticsAuditRecord(o) => &mut **o,
            Self::MipLabelAuditRecord(o) => &mut **o,
            Self::MosAgentInfoRecord(o) => &mut **o,
            Self::MosAgentInfoRecordV2(o) => &mut **o,
            Self::Ms365dCustomDetectionAuditRecord(o) => &mut **o,
            Self::Ms365dIncidentAuditRecord(o) => &mut **o,
            Self::Ms365dSuppressionRuleAuditRecord(o) => &mut **o,
            Self::MsdeCustomCollectionAuditRecord(o) => &mut **o,
            Self::MsdeGeneralSettingsAuditRecord(o) => &mut **o,
            Self::MsdeIndicatorsSettingsAuditRecord(o) => &mut **o,
            Self::MsdeResponseActionsAuditRecord(o) => &mut **o,
            Self::MsdeRolesSettingsAuditRecord(o) => &mut **o,
            Self::MspVectorSearchContentMetadataAuditRecord(o) => &mut **o,
            Self::MsticNationStateNotificationRecord(o) => &mut **o,
            Self::MultiStageDispositionAuditRecord(o) => &mut **o,
            Self::MyAnalyticsSettingsAuditRecord(o) => &mut **o,
            Self::NoisyAlertPolicyAuditRecord(o) => &mut **o,
            Self::OfficeNativeAuditRecord(o) => &mut **o,
            Self::OmePortalAuditRecord(o) => &mut **o,
            Self::OnDemandSharePointClassificationAuditRecord(o) => &mut **o,
            Self::OnPremisesFileShareScannerDlpAuditRecord(o) => &mut **o,
            Self::OnPremisesSharePointScannerDlpAuditRecord(o) => &mut **o,
            Self::OneDriveAuditRecord(o) => &mut **o,
            Self::OrganizationalDataInM365AuditRecord(o) => &mut **o,
            Self::OutlookCopilotAutomationAuditRecord(o) => &mut **o,
            Self::OwaGetAccessTokenForResourceAuditRecord(o) => &mut **o,
            Self::P4AiRiskScoreRecord(o) => &mut **o,
            Self::P4aiAssessmentCategoryRecord(o) => &mut **o,
            Self::P4aiAssessmentFabricScannerRecord(o) => &mut **o,
            Self::P4aiAssessmentLocationResultRecord(o) => &mut **o,
            Self::P4aiAssessmentRecord(o) => &mut **o,
            Self::PeopleAdminSettingsAuditRecord(o) => &mut **o,
            Self::PhysicalBadgingSignalAuditRecord(o) => &mut **o,
            Self::PlacesDirectoryAuditRecord(o) => &mut **o,
            Self::PlannerChatMessageAuditRecord(o) => &mut **o,
            Self::PlannerChatMessageListAuditRecord(o) => &mut **o,
            Self::PlannerCopyPlanAuditRecord(o) => &mut **o,
            Self::PlannerGoalAuditRecord(o) => &mut **o,
            Self::PlannerGoalListAuditRecord(o) => &mut **o,
            Self::PlannerPlanAuditRecord(o) => &mut **o,
            Self::PlannerPlanListAuditRecord(o) => &mut **o,
            Self::PlannerPlanSensitivityLabelAuditRecord(o) => &mut **o,
            Self::PlannerRosterAuditRecord(o) => &mut **o,
            Self::PlannerRosterSensitivityLabelAuditRecord(o) => &mut **o,
            Self::PlannerTaskAuditRecord(o) => &mut **o,
            Self::PlannerTaskListAuditRecord(o) => &mut **o,
            Self::PlannerTenantSettingsAuditRecord(o) => &mut **o,
            Self::PolicyConfigChangeAuditRecord(o) => &mut **o,
            Self::PowerAppsAuditAppRecord(o) => &mut **o,
            Self::PowerAppsAuditPlanRecord(o) => &mut **o,
            Self::PowerAppsAuditResourceRecord(o) => &mut **o,
            Self::PowerBiAuditRecord(o) => &mut **o,
            Self::PowerBiDlpAuditRecord(o) => &mut **o,
            Self::PowerPagesSiteAuditRecord(o) => &mut **o,
            Self::PowerPlatformAdminDlpAuditRecord(o) => &mut **o,
            Self::PowerPlatformAdminEnvironmentAuditRecord(o) => &mut **o,
            Self::PowerPlatformAdministratorActivityRecord(o) => &mut **o,
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(o) => &mut **o,
            Self::PowerPlatformLockboxResourceCommandAuditRecord(o) => &mut **o,
            Self::PowerPlatformServiceActivityAuditRecord(o) => &mut **o,
            Self::PowerPlatformTenantIsolationRecord(o) => &mut **o,
            Self::PrivaPrivacyAssessmentOperationRecord(o) => &mut **o,
            Self::PrivaPrivacyConsentOperationRecord(o) => &mut **o,
            Self::PrivacyDataMatchAuditRecord(o) => &mut **o,
            Self::PrivacyDataMinimizationRecord(o) => &mut **o,
            Self::PrivacyDigestEmailRecord(o) => &mut **o,
            Self::PrivacyOpenAccessAuditRecord(o) => &mut **o,
            Self::PrivacyPortalAuditRecord(o) => &mut **o,
            Self::PrivacyRemediationActionRecord(o) => &mut **o,
            Self::PrivacyRemediationRecord(o) => &mut **o,
            Self::ProjectAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebProjectAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebProjectSettingsAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebRoadmapAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebRoadmapItemAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(o) => &mut **o,
            Self::ProjectForTheWebTaskAuditRecord(o) => &mut **o,
            Self::PublicFolderAuditRecord(o) => &mut **o,
            Self::PurviewInsiderRiskAlertsRecord(o) => &mut **o,
            Self::PurviewInsiderRiskCasesRecord(o) => &mut **o,
            Self::PurviewMcRecommendationRecord(o) => &mut **o,
            Self::PurviewPostureAgentAuditRecord(o) => &mut **o,
            Self::QuarantineAuditRecord(o) => &mut **o,
            Self::RecordsManagementAuditRecord(o) => &mut **o,
            Self::ReportSubmission(o) => &mut **o,
            Self::ReportSubmissionResultDetail(o) => &mut **o,
            Self::RestrictedModeAuditRecord(o) => &mut **o,
            Self::RetentionPolicyAuditRecord(o) => &mut **o,
            Self::RtiOperationsAgentAuditRecord(o) => &mut **o,
            Self::SbpConfigurationEventRecord(o) => &mut **o,
            Self::SbpUsageEventRecord(o) => &mut **o,
            Self::ScoreEvidence(o) => &mut **o,
            Self::ScorePlatformGenericAuditRecord(o) => &mut **o,
            Self::ScriptRunAuditRecord(o) => &mut **o,
            Self::SearchAuditRecord(o) => &mut **o,
            Self::SecurityComplianceAlertRecord(o) => &mut **o,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(o) => &mut **o,
            Self::SecurityComplianceInsightsAuditRecord(o) => &mut **o,
            Self::SecurityComplianceRbacAuditRecord(o) => &mut **o,
            Self::SecurityComplianceUserChangeAuditRecord(o) => &mut **o,
            Self::SecurityCopilotIdentityManagementAuditRecord(o) => &mut **o,
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(o) => &mut **o,
            Self::SensitiveInfoRemediationAgentDataRecord(o) => &mut **o,
            Self::SensitivityLabelActionAuditRecord(o) => &mut **o,
            Self::SensitivityLabelPolicyMatchAuditRecord(o) => &mut **o,
            Self::SensitivityLabeledFileActionAuditRecord(o) => &mut **o,
            Self::SentinelAiToolAuditRecord(o) => &mut **o,
            Self::SentinelGraphAuditRecord(o) => &mut **o,
            Self::SentinelJobAuditRecord(o) => &mut **o,
            Self::SentinelKqlOnLakeAuditRecord(o) => &mut **o,
            Self::SentinelLakeDataOnboardingAuditRecord(o) => &mut **o,
            Self::SentinelLakeEncryptionAuditRecord(o) => &mut **o,
            Self::SentinelLakeOnboardingAuditRecord(o) => &mut **o,
            Self::SentinelNotebookOnLakeAuditRecord(o) => &mut **o,
            Self::SentinelPackageAuditRecord(o) => &mut **o,
            Self::SharePointAppPermissionOperationAuditRecord(o) => &mut **o,
            Self::SharePointAuditRecord(o) => &mut **o,
            Self::SharePointCommentOperationAuditRecord(o) => &mut **o,
            Self::SharePointContentSecurityPolicyAuditRecord(o) => &mut **o,
            Self::SharePointContentTypeOperationAuditRecord(o) => &mut **o,
            Self::SharePointESignatureAuditRecord(o) => &mut **o,
            Self::SharePointFieldOperationAuditRecord(o) => &mut **o,
            Self::SharePointFileOperationAuditRecord(o) => &mut **o,
            Self::SharePointListItemOperationAuditRecord(o) => &mut **o,
            Self::SharePointListOperationAuditRecord(o) => &mut **o,
            Self::SharePointSharingOperationAuditRecord(o) => &mut **o,
            Self::SkypeForBusinessCmdletsAuditRecord(o) => &mut **o,
            Self::SkypeForBusinessPstnUsageAuditRecord(o) => &mut **o,
            Self::SkypeForBusinessUsersBlockedAuditRecord(o) => &mut **o,
            Self::SonarDetonationContentMetadata(o) => &mut **o,
            Self::SonarDetonationEntityAuditRecord(o) => &mut **o,
            Self::SonarFileDetonationEntityAuditRecord(o) => &mut **o,
            Self::SonarSubmissionEntityAuditRecord(o) => &mut **o,
            Self::SonarUrlDetonationEntityAuditRecord(o) => &mut **o,
            Self::SparkCoreCustomLivePoolRecord(o) => &mut **o,
            Self::SubmissionEntityAuditRecord(o) => &mut **o,
            Self::SupervisoryReviewDayXInsightsAuditRecord(o) => &mut **o,
            Self::SyntheticProbeAuditRecord(o) => &mut **o,
            Self::TeamCopilotInteractionAuditRecord(o) => &mut **o,
            Self::TeamsEasyApprovalsAuditRecord(o) => &mut **o,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(o) => &mut **o,
            Self::TeamsEvalDataHubDataAccessAuditRecord(o) => &mut **o,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(o) => &mut **o,
            Self::TeamsHealthcareAuditRecord(o) => &mut **o,
            Self::TeamsUpdatesAuditRecord(o) => &mut **o,
            Self::TenantAllowBlockListAuditRecord(o) => &mut **o,
            Self::ThreatFinderAuditRecord(o) => &mut **o,
            Self::ThreatIntelligenceAtpContentData(o) => &mut **o,
            Self::ThreatIntelligenceExportAuditRecord(o) => &mut **o,
            Self::ThreatIntelligenceMailData(o) => &mut **o,
            Self::ThreatIntelligenceObjectAuditRecord(o) => &mut **o,
            Self::ThreatIntelligenceUrlClickData(o) => &mut **o,
            Self::TodoAuditRecord(o) => &mut **o,
            Self::TrainableClassifierAuditRecord(o) => &mut **o,
            Self::UamOperationAuditRecord(o) => &mut **o,
            Self::UnifiedGroupAuditRecord(o) => &mut **o,
            Self::UnifiedSimulationMatchedItemAuditRecord(o) => &mut **o,
            Self::UnifiedSimulationSummaryAuditRecord(o) => &mut **o,
            Self::UniversalPrintManagementAuditRecord(o) => &mut **o,
            Self::UniversalPrintPrintJobAuditRecord(o) => &mut **o,
            Self::UrbacAssignmentAuditRecord(o) => &mut **o,
            Self::UrbacEnableStateAuditRecord(o) => &mut **o,
            Self::UrbacRoleAuditRecord(o) => &mut **o,
            Self::UserTrainingAuditRecord(o) => &mut **o,
            Self::UsxWorkspaceOnboardingAuditRecord(o) => &mut **o,
            Self::VfamCreatePolicyAuditRecord(o) => &mut **o,
            Self::VfamDeletePolicyAuditRecord(o) => &mut **o,
            Self::VfamUpdatePolicyAuditRecord(o) => &mut **o,
            Self::VivaAmplifyAuditRecord(o) => &mut **o,
            Self::VivaEngageEventsAuditRecord(o) => &mut **o,
            Self::VivaEngageNetworkAssociationAuditRecord(o) => &mut **o,
            Self::VivaEngageSegmentAuditRecord(o) => &mut **o,
            Self::VivaGlintAdvancedConfigurationAuditRecord(o) => &mut **o,
            Self::VivaGlintAgenticCampaignAuditRecord(o) => &mut **o,
            Self::VivaGlintFeedbackProgramAuditRecord(o) => &mut **o,
            Self::VivaGlintOrganizationalDataAuditRecord(o) => &mut **o,
            Self::VivaGlintPulseProgramAuditRecord(o) => &mut **o,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(o) => &mut **o,
            Self::VivaGlintQuestionAuditRecord(o) => &mut **o,
            Self::VivaGlintRoleAuditRecord(o) => &mut **o,
            Self::VivaGlintRubiconAuditRecord(o) => &mut **o,
            Self::VivaGlintSupportAccessAuditRecord(o) => &mut **o,
            Self::VivaGlintSystemAuditRecord(o) => &mut **o,
            Self::VivaGlintUserAuditRecord(o) => &mut **o,
            Self::VivaGlintUserGroupAuditRecord(o) => &mut **o,
            Self::VivaGoalsAuditRecord(o) => &mut **o,
            Self::VivaLearningAdminAuditRecord(o) => &mut **o,
            Self::VivaLearningAuditRecord(o) => &mut **o,
            Self::VivaPulseAdminAuditRecord(o) => &mut **o,
            Self::VivaPulseOrganizerAuditRecord(o) => &mut **o,
            Self::VivaPulseReportAuditRecord(o) => &mut **o,
            Self::VivaPulseResponseAuditRecord(o) => &mut **o,
            Self::WdatpAlertsAuditRecord(o) => &mut **o,
            Self::WebContentFilteringAuditRecord(o) => &mut **o,
            Self::Windows365CustomerLockboxAuditRecord(o) => &mut **o,
            Self::WorkplaceAnalyticsAuditRecord(o) => &mut **o,
            Self::YammerAuditRecord(o) => &mut **o,
            Self::YammerUserHidingAuditRecord(o) => &mut **o,
        };
        match rt::object::read_members(r, obj) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
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
#[cfg(msgraph_v1_search_or_security)]
impl AnyAuditData {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::AuditData(_) => "microsoft.graph.security.auditData",
            Self::A365AiExecuteTool(_) => "microsoft.graph.security.a365AiExecuteTool",
            Self::A365AiInferenceCall(_) => {
                "microsoft.graph.security.a365AiInferenceCall"
            }
            Self::A365AiInvokeAgent(_) => "microsoft.graph.security.a365AiInvokeAgent",
            Self::A365AiRunSummary(_) => "microsoft.graph.security.a365AiRunSummary",
            Self::A365SpanOutputs(_) => "microsoft.graph.security.a365SpanOutputs",
            Self::AISpanOutputsAuditRecord(_) => {
                "microsoft.graph.security.aISpanOutputsAuditRecord"
            }
            Self::AadRiskDetectionAuditRecord(_) => {
                "microsoft.graph.security.aadRiskDetectionAuditRecord"
            }
            Self::AedAuditRecord(_) => "microsoft.graph.security.aedAuditRecord",
            Self::AgentAdminActivityRecord(_) => {
                "microsoft.graph.security.agentAdminActivityRecord"
            }
            Self::AgentSettingAdminActivity(_) => {
                "microsoft.graph.security.agentSettingAdminActivity"
            }
            Self::AiAppInteractionAuditRecord(_) => {
                "microsoft.graph.security.aiAppInteractionAuditRecord"
            }
            Self::AiExecuteToolAuditRecord(_) => {
                "microsoft.graph.security.aiExecuteToolAuditRecord"
            }
            Self::AiInteractionsChangeNotificationAuditRecord(_) => {
                "microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord"
            }
            Self::AiInteractionsExportAuditRecord(_) => {
                "microsoft.graph.security.aiInteractionsExportAuditRecord"
            }
            Self::AiInteractionsSubscriptionAuditRecord(_) => {
                "microsoft.graph.security.aiInteractionsSubscriptionAuditRecord"
            }
            Self::AiInvokeAgentAuditRecord(_) => {
                "microsoft.graph.security.aiInvokeAgentAuditRecord"
            }
            Self::AipDiscover(_) => "microsoft.graph.security.aipDiscover",
            Self::AipFileDeleted(_) => "microsoft.graph.security.aipFileDeleted",
            Self::AipHeartBeat(_) => "microsoft.graph.security.aipHeartBeat",
            Self::AipProtectionActionLogRequest(_) => {
                "microsoft.graph.security.aipProtectionActionLogRequest"
            }
            Self::AipScannerDiscoverEvent(_) => {
                "microsoft.graph.security.aipScannerDiscoverEvent"
            }
            Self::AipSensitivityLabelActionLogRequest(_) => {
                "microsoft.graph.security.aipSensitivityLabelActionLogRequest"
            }
            Self::AirAdminActionInvestigationData(_) => {
                "microsoft.graph.security.airAdminActionInvestigationData"
            }
            Self::AirInvestigationData(_) => {
                "microsoft.graph.security.airInvestigationData"
            }
            Self::AirManualInvestigationData(_) => {
                "microsoft.graph.security.airManualInvestigationData"
            }
            Self::AlertSubmissionAuditRecord(_) => {
                "microsoft.graph.security.alertSubmissionAuditRecord"
            }
            Self::AlertSubmissionResultDetailAuditRecord(_) => {
                "microsoft.graph.security.alertSubmissionResultDetailAuditRecord"
            }
            Self::AttackSimAdminAuditRecord(_) => {
                "microsoft.graph.security.attackSimAdminAuditRecord"
            }
            Self::AttackSimAuditRecord(_) => {
                "microsoft.graph.security.attackSimAuditRecord"
            }
            Self::AuditConfigAuditRecord(_) => {
                "microsoft.graph.security.auditConfigAuditRecord"
            }
            Self::AuditSearchAuditRecord(_) => {
                "microsoft.graph.security.auditSearchAuditRecord"
            }
            Self::AzfwApplicationRuleAggregationEventRecord(_) => {
                "microsoft.graph.security.azfwApplicationRuleAggregationEventRecord"
            }
            Self::AzfwDnsQueryEventRecord(_) => {
                "microsoft.graph.security.azfwDnsQueryEventRecord"
            }
            Self::AzfwNetworkRuleEventRecord(_) => {
                "microsoft.graph.security.azfwNetworkRuleEventRecord"
            }
            Self::AzureAiSearchAuditRecord(_) => {
                "microsoft.graph.security.azureAISearchAuditRecord"
            }
            Self::AzureActiveDirectoryAccountLogonAuditRecord(_) => {
                "microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord"
            }
            Self::AzureActiveDirectoryAuditRecord(_) => {
                "microsoft.graph.security.azureActiveDirectoryAuditRecord"
            }
            Self::AzureActiveDirectoryStsLogonAuditRecord(_) => {
                "microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord"
            }
            Self::CampaignAuditRecord(_) => {
                "microsoft.graph.security.campaignAuditRecord"
            }
            Self::CcraiPolicyViolationRecord(_) => {
                "microsoft.graph.security.ccraiPolicyViolationRecord"
            }
            Self::CdpClassifierHealthRecord(_) => {
                "microsoft.graph.security.cdpClassifierHealthRecord"
            }
            Self::CdpColdCrawlStatusRecord(_) => {
                "microsoft.graph.security.cdpColdCrawlStatusRecord"
            }
            Self::CdpConsumptionResourceRecord(_) => {
                "microsoft.graph.security.cdpConsumptionResourceRecord"
            }
            Self::CdpContentExplorerAggregateRecord(_) => {
                "microsoft.graph.security.cdpContentExplorerAggregateRecord"
            }
            Self::CdpDlpSensitiveEndpointAuditRecord(_) => {
                "microsoft.graph.security.cdpDlpSensitiveEndpointAuditRecord"
            }
            Self::CdpLogRecord(_) => "microsoft.graph.security.cdpLogRecord",
            Self::CdpOcrBillingRecord(_) => {
                "microsoft.graph.security.cdpOcrBillingRecord"
            }
            Self::CdpResourceScopeChangeEventRecord(_) => {
                "microsoft.graph.security.cdpResourceScopeChangeEventRecord"
            }
            Self::CdpdlmaiInteractionInsightsRecord(_) => {
                "microsoft.graph.security.cdpdlmaiInteractionInsightsRecord"
            }
            Self::CloudUpdateDeviceConfigAuditRecord(_) => {
                "microsoft.graph.security.cloudUpdateDeviceConfigAuditRecord"
            }
            Self::CloudUpdateProfileConfigAuditRecord(_) => {
                "microsoft.graph.security.cloudUpdateProfileConfigAuditRecord"
            }
            Self::CloudUpdateTenantConfigAuditRecord(_) => {
                "microsoft.graph.security.cloudUpdateTenantConfigAuditRecord"
            }
            Self::ComplianceConnectorAuditRecord(_) => {
                "microsoft.graph.security.complianceConnectorAuditRecord"
            }
            Self::ComplianceDlmExchangeAuditRecord(_) => {
                "microsoft.graph.security.complianceDLMExchangeAuditRecord"
            }
            Self::ComplianceDlmSharePointAuditRecord(_) => {
                "microsoft.graph.security.complianceDLMSharePointAuditRecord"
            }
            Self::ComplianceDlpApplicationsAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPApplicationsAuditRecord"
            }
            Self::ComplianceDlpApplicationsClassificationAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPApplicationsClassificationAuditRecord"
            }
            Self::ComplianceDlpEndpointAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPEndpointAuditRecord"
            }
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPEndpointDiscoveryAuditRecord"
            }
            Self::ComplianceDlpEnforcementAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPEnforcementAuditRecord"
            }
            Self::ComplianceDlpExchangeAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPExchangeAuditRecord"
            }
            Self::ComplianceDlpExchangeClassificationAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPExchangeClassificationAuditRecord"
            }
            Self::ComplianceDlpExchangeClassificationCdpRecord(_) => {
                "microsoft.graph.security.complianceDLPExchangeClassificationCdpRecord"
            }
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPExchangeDiscoveryAuditRecord"
            }
            Self::ComplianceDlpSharePointAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPSharePointAuditRecord"
            }
            Self::ComplianceDlpSharePointClassificationAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPSharePointClassificationAuditRecord"
            }
            Self::ComplianceDlpSharePointClassificationCdpRecord(_) => {
                "microsoft.graph.security.complianceDLPSharePointClassificationCdpRecord"
            }
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(_) => {
                "microsoft.graph.security.complianceDLPSharePointClassificationExtendedAuditRecord"
            }
            Self::ComplianceExchangeOcrAuditRecord(_) => {
                "microsoft.graph.security.complianceExchangeOcrAuditRecord"
            }
            Self::ComplianceManagerActionRecord(_) => {
                "microsoft.graph.security.complianceManagerActionRecord"
            }
            Self::CompliancePolicyGradingSharePointAuditRecord(_) => {
                "microsoft.graph.security.compliancePolicyGradingSharePointAuditRecord"
            }
            Self::ComplianceSettingsChangeAuditRecord(_) => {
                "microsoft.graph.security.complianceSettingsChangeAuditRecord"
            }
            Self::ComplianceSitGradingSharePointAuditRecord(_) => {
                "microsoft.graph.security.complianceSitGradingSharePointAuditRecord"
            }
            Self::ComplianceSupervisionExchangeAuditRecord(_) => {
                "microsoft.graph.security.complianceSupervisionExchangeAuditRecord"
            }
            Self::ConnectedAiAppInteractionAuditRecord(_) => {
                "microsoft.graph.security.connectedAIAppInteractionAuditRecord"
            }
            Self::ConsumptionResourceAuditRecord(_) => {
                "microsoft.graph.security.consumptionResourceAuditRecord"
            }
            Self::ContentStoreMetadataRecord(_) => {
                "microsoft.graph.security.contentStoreMetadataRecord"
            }
            Self::CopilotAgentManagementAuditRecord(_) => {
                "microsoft.graph.security.copilotAgentManagementAuditRecord"
            }
            Self::CopilotForSecurityLoggingAuditRecord(_) => {
                "microsoft.graph.security.copilotForSecurityLoggingAuditRecord"
            }
            Self::CopilotForSecurityTriggerAuditRecord(_) => {
                "microsoft.graph.security.copilotForSecurityTriggerAuditRecord"
            }
            Self::CopilotInteractionAuditRecord(_) => {
                "microsoft.graph.security.copilotInteractionAuditRecord"
            }
            Self::CopilotPluginSettingAuditRecord(_) => {
                "microsoft.graph.security.copilotPluginSettingAuditRecord"
            }
            Self::CopilotPromptBookSettingAuditRecord(_) => {
                "microsoft.graph.security.copilotPromptBookSettingAuditRecord"
            }
            Self::CopilotSessionSharingAuditRecord(_) => {
                "microsoft.graph.security.copilotSessionSharingAuditRecord"
            }
            Self::CopilotSettingAuditRecord(_) => {
                "microsoft.graph.security.copilotSettingAuditRecord"
            }
            Self::CopilotWorkspaceSettingAuditRecord(_) => {
                "microsoft.graph.security.copilotWorkspaceSettingAuditRecord"
            }
            Self::CoreReportingSettingsAuditRecord(_) => {
                "microsoft.graph.security.coreReportingSettingsAuditRecord"
            }
            Self::CortanaBriefingAuditRecord(_) => {
                "microsoft.graph.security.cortanaBriefingAuditRecord"
            }
            Self::CriticalAssetManagementClassificationRecord(_) => {
                "microsoft.graph.security.criticalAssetManagementClassificationRecord"
            }
            Self::CrmEntityOperationAuditRecord(_) => {
                "microsoft.graph.security.crmEntityOperationAuditRecord"
            }
            Self::CrossTenantAccessPolicyAuditRecord(_) => {
                "microsoft.graph.security.crossTenantAccessPolicyAuditRecord"
            }
            Self::CustomerKeyServiceEncryptionAuditRecord(_) => {
                "microsoft.graph.security.customerKeyServiceEncryptionAuditRecord"
            }
            Self::DataCenterSecurityCmdletAuditRecord(_) => {
                "microsoft.graph.security.dataCenterSecurityCmdletAuditRecord"
            }
            Self::DataGovernanceAuditRecord(_) => {
                "microsoft.graph.security.dataGovernanceAuditRecord"
            }
            Self::DataInsightsRestApiAuditRecord(_) => {
                "microsoft.graph.security.dataInsightsRestApiAuditRecord"
            }
            Self::DataLakeExportOperationAuditRecord(_) => {
                "microsoft.graph.security.dataLakeExportOperationAuditRecord"
            }
            Self::DataSecurityInvestigationAuditRecord(_) => {
                "microsoft.graph.security.dataSecurityInvestigationAuditRecord"
            }
            Self::DataShareOperationAuditRecord(_) => {
                "microsoft.graph.security.dataShareOperationAuditRecord"
            }
            Self::DefaultAuditData(_) => "microsoft.graph.security.defaultAuditData",
            Self::DefenderCaseManagementAuditRecord(_) => {
                "microsoft.graph.security.defenderCaseManagementAuditRecord"
            }
            Self::DefenderPreviewFeaturesRecord(_) => {
                "microsoft.graph.security.defenderPreviewFeaturesRecord"
            }
            Self::DefenderSecurityForAiConfigurationAuditRecord(_) => {
                "microsoft.graph.security.defenderSecurityForAIConfigurationAuditRecord"
            }
            Self::DeployFeatureActivityRecord(_) => {
                "microsoft.graph.security.deployFeatureActivityRecord"
            }
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(_) => {
                "microsoft.graph.security.deviceDiscoverySettingsAuthenticatedScansRecord"
            }
            Self::DeviceDiscoverySettingsExclusionRecord(_) => {
                "microsoft.graph.security.deviceDiscoverySettingsExclusionRecord"
            }
            Self::DeviceDiscoverySettingsRecord(_) => {
                "microsoft.graph.security.deviceDiscoverySettingsRecord"
            }
            Self::DiscoveryAuditRecord(_) => {
                "microsoft.graph.security.discoveryAuditRecord"
            }
            Self::DlpEndpointAuditRecord(_) => {
                "microsoft.graph.security.dlpEndpointAuditRecord"
            }
            Self::DlpImportResultAuditRecord(_) => {
                "microsoft.graph.security.dlpImportResultAuditRecord"
            }
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(_) => {
                "microsoft.graph.security.dlpSensitiveInformationTypeRulePackageCmdletRecord"
            }
            Self::DragonCopilotAccessRecord(_) => {
                "microsoft.graph.security.dragonCopilotAccessRecord"
            }
            Self::DragonCopilotAdminRecord(_) => {
                "microsoft.graph.security.dragonCopilotAdminRecord"
            }
            Self::DragonCopilotClinicalDataRecord(_) => {
                "microsoft.graph.security.dragonCopilotClinicalDataRecord"
            }
            Self::DragonCopilotSessionRecord(_) => {
                "microsoft.graph.security.dragonCopilotSessionRecord"
            }
            Self::Dynamics365BusinessCentralAuditRecord(_) => {
                "microsoft.graph.security.dynamics365BusinessCentralAuditRecord"
            }
            Self::EhrConnectorAuditBaseRecord(_) => {
                "microsoft.graph.security.ehrConnectorAuditBaseRecord"
            }
            Self::EopSubmissionFeedEntityAuditRecord(_) => {
                "microsoft.graph.security.eopSubmissionFeedEntityAuditRecord"
            }
            Self::ExchangeAdminAuditRecord(_) => {
                "microsoft.graph.security.exchangeAdminAuditRecord"
            }
            Self::ExchangeAggregatedMailboxAuditRecord(_) => {
                "microsoft.graph.security.exchangeAggregatedMailboxAuditRecord"
            }
            Self::ExchangeAggregatedOperationRecord(_) => {
                "microsoft.graph.security.exchangeAggregatedOperationRecord"
            }
            Self::ExchangeMailboxAuditGroupRecord(_) => {
                "microsoft.graph.security.exchangeMailboxAuditGroupRecord"
            }
            Self::ExchangeMailboxAuditRecord(_) => {
                "microsoft.graph.security.exchangeMailboxAuditRecord"
            }
            Self::FabricAuditRecord(_) => "microsoft.graph.security.fabricAuditRecord",
            Self::FabricPolicyRecord(_) => "microsoft.graph.security.fabricPolicyRecord",
            Self::HealthcareSignalRecord(_) => {
                "microsoft.graph.security.healthcareSignalRecord"
            }
            Self::HostedRpaAuditRecord(_) => {
                "microsoft.graph.security.hostedRpaAuditRecord"
            }
            Self::HrSignalAuditRecord(_) => {
                "microsoft.graph.security.hrSignalAuditRecord"
            }
            Self::HygieneEventRecord(_) => "microsoft.graph.security.hygieneEventRecord",
            Self::InformationBarrierPolicyApplicationAuditRecord(_) => {
                "microsoft.graph.security.informationBarrierPolicyApplicationAuditRecord"
            }
            Self::InformationWorkerProtectionAuditRecord(_) => {
                "microsoft.graph.security.informationWorkerProtectionAuditRecord"
            }
            Self::InsiderRiskScopedUserInsightsRecord(_) => {
                "microsoft.graph.security.insiderRiskScopedUserInsightsRecord"
            }
            Self::InsiderRiskScopedUsersRecord(_) => {
                "microsoft.graph.security.insiderRiskScopedUsersRecord"
            }
            Self::IntegratedAppsAppAdminActivityAuditRecord(_) => {
                "microsoft.graph.security.integratedAppsAppAdminActivityAuditRecord"
            }
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(_) => {
                "microsoft.graph.security.integratedAppsAppSettingsAdminActivityAuditRecord"
            }
            Self::IrmActivityAuditTrailRecord(_) => {
                "microsoft.graph.security.irmActivityAuditTrailRecord"
            }
            Self::IrmUserDefinedDetectionRecord(_) => {
                "microsoft.graph.security.irmUserDefinedDetectionRecord"
            }
            Self::KaizalaAuditRecord(_) => "microsoft.graph.security.kaizalaAuditRecord",
            Self::LabelAnalyticsAggregateAuditRecord(_) => {
                "microsoft.graph.security.labelAnalyticsAggregateAuditRecord"
            }
            Self::LabelContentExplorerAuditRecord(_) => {
                "microsoft.graph.security.labelContentExplorerAuditRecord"
            }
            Self::LargeContentMetadataAuditRecord(_) => {
                "microsoft.graph.security.largeContentMetadataAuditRecord"
            }
            Self::M365ComplianceConnectorAuditRecord(_) => {
                "microsoft.graph.security.m365ComplianceConnectorAuditRecord"
            }
            Self::M365SearchSectionsRecord(_) => {
                "microsoft.graph.security.m365SearchSectionsRecord"
            }
            Self::M365daadAuditRecord(_) => {
                "microsoft.graph.security.m365daadAuditRecord"
            }
            Self::M365odspAssetMetadataRecord(_) => {
                "microsoft.graph.security.m365odspAssetMetadataRecord"
            }
            Self::MDashAuditRecord(_) => "microsoft.graph.security.mDASHAuditRecord",
            Self::MailSubmissionData(_) => "microsoft.graph.security.mailSubmissionData",
            Self::ManagedServicesAuditRecord(_) => {
                "microsoft.graph.security.managedServicesAuditRecord"
            }
            Self::ManagedTenantsAuditRecord(_) => {
                "microsoft.graph.security.managedTenantsAuditRecord"
            }
            Self::MapgAlertsAuditRecord(_) => {
                "microsoft.graph.security.mapgAlertsAuditRecord"
            }
            Self::MapgOnboardAuditRecord(_) => {
                "microsoft.graph.security.mapgOnboardAuditRecord"
            }
            Self::MapgPolicyAuditRecord(_) => {
                "microsoft.graph.security.mapgPolicyAuditRecord"
            }
            Self::MapgRemediationAuditRecord(_) => {
                "microsoft.graph.security.mapgRemediationAuditRecord"
            }
            Self::McasAlertsAuditRecord(_) => {
                "microsoft.graph.security.mcasAlertsAuditRecord"
            }
            Self::MdaAuditRecord(_) => "microsoft.graph.security.mdaAuditRecord",
            Self::MdaDataSecuritySignalRecord(_) => {
                "microsoft.graph.security.mdaDataSecuritySignalRecord"
            }
            Self::MdatpAuditRecord(_) => "microsoft.graph.security.mdatpAuditRecord",
            Self::MdcEventsRecord(_) => "microsoft.graph.security.mdcEventsRecord",
            Self::MdiAuditRecord(_) => "microsoft.graph.security.mdiAuditRecord",
            Self::MeshWorldsAuditRecord(_) => {
                "microsoft.graph.security.meshWorldsAuditRecord"
            }
            Self::Microsoft365BackupBackupItemAuditRecord(_) => {
                "microsoft.graph.security.microsoft365BackupBackupItemAuditRecord"
            }
            Self::Microsoft365BackupBackupPolicyAuditRecord(_) => {
                "microsoft.graph.security.microsoft365BackupBackupPolicyAuditRecord"
            }
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(_) => {
                "microsoft.graph.security.microsoft365BackupGranularBrowseTaskAuditRecord"
            }
            Self::Microsoft365BackupRestoreItemAuditRecord(_) => {
                "microsoft.graph.security.microsoft365BackupRestoreItemAuditRecord"
            }
            Self::Microsoft365BackupRestoreTaskAuditRecord(_) => {
                "microsoft.graph.security.microsoft365BackupRestoreTaskAuditRecord"
            }
            Self::Microsoft365CopilotScheduledPromptAuditRecord(_) => {
                "microsoft.graph.security.microsoft365CopilotScheduledPromptAuditRecord"
            }
            Self::MicrosoftDefenderExpertsXdrAuditRecord(_) => {
                "microsoft.graph.security.microsoftDefenderExpertsXDRAuditRecord"
            }
            Self::MicrosoftFlowAuditRecord(_) => {
                "microsoft.graph.security.microsoftFlowAuditRecord"
            }
            Self::MicrosoftFormsAuditRecord(_) => {
                "microsoft.graph.security.microsoftFormsAuditRecord"
            }
            Self::MicrosoftGraphDataConnectConsent(_) => {
                "microsoft.graph.security.microsoftGraphDataConnectConsent"
            }
            Self::MicrosoftGraphDataConnectOperation(_) => {
                "microsoft.graph.security.microsoftGraphDataConnectOperation"
            }
            Self::MicrosoftPurviewDataCatalogOperationRecord(_) => {
                "microsoft.graph.security.microsoftPurviewDataCatalogOperationRecord"
            }
            Self::MicrosoftPurviewDataMapOperationRecord(_) => {
                "microsoft.graph.security.microsoftPurviewDataMapOperationRecord"
            }
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(_) => {
                "microsoft.graph.security.microsoftPurviewMetadataPolicyOperationRecord"
            }
            Self::MicrosoftPurviewPolicyOperationRecord(_) => {
                "microsoft.graph.security.microsoftPurviewPolicyOperationRecord"
            }
            Self::MicrosoftPurviewPrivacyAuditEvent(_) => {
                "microsoft.graph.security.microsoftPurviewPrivacyAuditEvent"
            }
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(_) => {
                "microsoft.graph.security.microsoftPurviewUnifiedCatalogOperationRecord"
            }
            Self::MicrosoftStreamAuditRecord(_) => {
                "microsoft.graph.security.microsoftStreamAuditRecord"
            }
            Self::MicrosoftTeamsAdminAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsAdminAuditRecord"
            }
            Self::MicrosoftTeamsAnalyticsAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsAnalyticsAuditRecord"
            }
            Self::MicrosoftTeamsAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsAuditRecord"
            }
            Self::MicrosoftTeamsDeviceAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsDeviceAuditRecord"
            }
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsRetentionLabelActionAuditRecord"
            }
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsSensitivityLabelActionAuditRecord"
            }
            Self::MicrosoftTeamsShiftsAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsShiftsAuditRecord"
            }
            Self::MicrosoftTeamsUserConcernAuditRecord(_) => {
                "microsoft.graph.security.microsoftTeamsUserConcernAuditRecord"
            }
            Self::MipAutoLabelExchangeItemAuditRecord(_) => {
                "microsoft.graph.security.mipAutoLabelExchangeItemAuditRecord"
            }
            Self::MipAutoLabelProgressFeedbackAuditRecord(_) => {
                "microsoft.graph.security.mipAutoLabelProgressFeedbackAuditRecord"
            }
            Self::MipAutoLabelSharePointItemAuditRecord(_) => {
                "microsoft.graph.security.mipAutoLabelSharePointItemAuditRecord"
            }
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(_) => {
                "microsoft.graph.security.mipAutoLabelSharePointPolicyLocationAuditRecord"
            }
            Self::MipAutoLabelSimulationSharePointCompletionRecord(_) => {
                "microsoft.graph.security.mipAutoLabelSimulationSharePointCompletionRecord"
            }
            Self::MipAutoLabelSimulationSharePointProgressRecord(_) => {
                "microsoft.graph.security.mipAutoLabelSimulationSharePointProgressRecord"
            }
            Self::MipAutoLabelSimulationStatisticsRecord(_) => {
                "microsoft.graph.security.mipAutoLabelSimulationStatisticsRecord"
            }
            Self::MipExactDataMatchAuditRecord(_) => {
                "microsoft.graph.security.mipExactDataMatchAuditRecord"
            }
            Self::MipLabelAnalyticsAuditRecord(_) => {
                "microsoft.graph.security.mipLabelAnalyticsAuditRecord"
            }
            Self::MipLabelAuditRecord(_) => {
                "microsoft.graph.security.mipLabelAuditRecord"
            }
            Self::MosAgentInfoRecord(_) => "microsoft.graph.security.mosAgentInfoRecord",
            Self::MosAgentInfoRecordV2(_) => {
                "microsoft.graph.security.mosAgentInfoRecordV2"
            }
            Self::Ms365dCustomDetectionAuditRecord(_) => {
                "microsoft.graph.security.ms365dCustomDetectionAuditRecord"
            }
            Self::Ms365dIncidentAuditRecord(_) => {
                "microsoft.graph.security.ms365dIncidentAuditRecord"
            }
            Self::Ms365dSuppressionRuleAuditRecord(_) => {
                "microsoft.graph.security.ms365dSuppressionRuleAuditRecord"
            }
            Self::MsdeCustomCollectionAuditRecord(_) => {
                "microsoft.graph.security.msdeCustomCollectionAuditRecord"
            }
            Self::MsdeGeneralSettingsAuditRecord(_) => {
                "microsoft.graph.security.msdeGeneralSettingsAuditRecord"
            }
            Self::MsdeIndicatorsSettingsAuditRecord(_) => {
                "microsoft.graph.security.msdeIndicatorsSettingsAuditRecord"
            }
            Self::MsdeResponseActionsAuditRecord(_) => {
                "microsoft.graph.security.msdeResponseActionsAuditRecord"
            }
            Self::MsdeRolesSettingsAuditRecord(_) => {
                "microsoft.graph.security.msdeRolesSettingsAuditRecord"
            }
            Self::MspVectorSearchContentMetadataAuditRecord(_) => {
                "microsoft.graph.security.mspVectorSearchContentMetadataAuditRecord"
            }
            Self::MsticNationStateNotificationRecord(_) => {
                "microsoft.graph.security.msticNationStateNotificationRecord"
            }
            Self::MultiStageDispositionAuditRecord(_) => {
                "microsoft.graph.security.multiStageDispositionAuditRecord"
            }
            Self::MyAnalyticsSettingsAuditRecord(_) => {
                "microsoft.graph.security.myAnalyticsSettingsAuditRecord"
            }
            Self::NoisyAlertPolicyAuditRecord(_) => {
                "microsoft.graph.security.noisyAlertPolicyAuditRecord"
            }
            Self::OfficeNativeAuditRecord(_) => {
                "microsoft.graph.security.officeNativeAuditRecord"
            }
            Self::OmePortalAuditRecord(_) => {
                "microsoft.graph.security.omePortalAuditRecord"
            }
            Self::OnDemandSharePointClassificationAuditRecord(_) => {
                "microsoft.graph.security.onDemandSharePointClassificationAuditRecord"
            }
            Self::OnPremisesFileShareScannerDlpAuditRecord(_) => {
                "microsoft.graph.security.onPremisesFileShareScannerDLPAuditRecord"
            }
            Self::OnPremisesSharePointScannerDlpAuditRecord(_) => {
                "microsoft.graph.security.onPremisesSharePointScannerDLPAuditRecord"
            }
            Self::OneDriveAuditRecord(_) => {
                "microsoft.graph.security.oneDriveAuditRecord"
            }
            Self::OrganizationalDataInM365AuditRecord(_) => {
                "microsoft.graph.security.organizationalDataInM365AuditRecord"
            }
            Self::OutlookCopilotAutomationAuditRecord(_) => {
                "microsoft.graph.security.outlookCopilotAutomationAuditRecord"
            }
            Self::OwaGetAccessTokenForResourceAuditRecord(_) => {
                "microsoft.graph.security.owaGetAccessTokenForResourceAuditRecord"
            }
            Self::P4AiRiskScoreRecord(_) => {
                "microsoft.graph.security.p4AIRiskScoreRecord"
            }
            Self::P4aiAssessmentCategoryRecord(_) => {
                "microsoft.graph.security.p4aiAssessmentCategoryRecord"
            }
            Self::P4aiAssessmentFabricScannerRecord(_) => {
                "microsoft.graph.security.p4aiAssessmentFabricScannerRecord"
            }
            Self::P4aiAssessmentLocationResultRecord(_) => {
                "microsoft.graph.security.p4aiAssessmentLocationResultRecord"
            }
            Self::P4aiAssessmentRecord(_) => {
                "microsoft.graph.security.p4aiAssessmentRecord"
            }
            Self::PeopleAdminSettingsAuditRecord(_) => {
                "microsoft.graph.security.peopleAdminSettingsAuditRecord"
            }
            Self::PhysicalBadgingSignalAuditRecord(_) => {
                "microsoft.graph.security.physicalBadgingSignalAuditRecord"
            }
            Self::PlacesDirectoryAuditRecord(_) => {
                "microsoft.graph.security.placesDirectoryAuditRecord"
            }
            Self::PlannerChatMessageAuditRecord(_) => {
                "microsoft.graph.security.plannerChatMessageAuditRecord"
            }
            Self::PlannerChatMessageListAuditRecord(_) => {
                "microsoft.graph.security.plannerChatMessageListAuditRecord"
            }
            Self::PlannerCopyPlanAuditRecord(_) => {
                "microsoft.graph.security.plannerCopyPlanAuditRecord"
            }
            Self::PlannerGoalAuditRecord(_) => {
                "microsoft.graph.security.plannerGoalAuditRecord"
            }
            Self::PlannerGoalListAuditRecord(_) => {
                "microsoft.graph.security.plannerGoalListAuditRecord"
            }
            Self::PlannerPlanAuditRecord(_) => {
                "microsoft.graph.security.plannerPlanAuditRecord"
            }
            Self::PlannerPlanListAuditRecord(_) => {
                "microsoft.graph.security.plannerPlanListAuditRecord"
            }
            Self::PlannerPlanSensitivityLabelAuditRecord(_) => {
                "microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord"
            }
            Self::PlannerRosterAuditRecord(_) => {
                "microsoft.graph.security.plannerRosterAuditRecord"
            }
            Self::PlannerRosterSensitivityLabelAuditRecord(_) => {
                "microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord"
            }
            Self::PlannerTaskAuditRecord(_) => {
                "microsoft.graph.security.plannerTaskAuditRecord"
            }
            Self::PlannerTaskListAuditRecord(_) => {
                "microsoft.graph.security.plannerTaskListAuditRecord"
            }
            Self::PlannerTenantSettingsAuditRecord(_) => {
                "microsoft.graph.security.plannerTenantSettingsAuditRecord"
            }
            Self::PolicyConfigChangeAuditRecord(_) => {
                "microsoft.graph.security.policyConfigChangeAuditRecord"
            }
            Self::PowerAppsAuditAppRecord(_) => {
                "microsoft.graph.security.powerAppsAuditAppRecord"
            }
            Self::PowerAppsAuditPlanRecord(_) => {
                "microsoft.graph.security.powerAppsAuditPlanRecord"
            }
            Self::PowerAppsAuditResourceRecord(_) => {
                "microsoft.graph.security.powerAppsAuditResourceRecord"
            }
            Self::PowerBiAuditRecord(_) => "microsoft.graph.security.powerBIAuditRecord",
            Self::PowerBiDlpAuditRecord(_) => {
                "microsoft.graph.security.powerBIDlpAuditRecord"
            }
            Self::PowerPagesSiteAuditRecord(_) => {
                "microsoft.graph.security.powerPagesSiteAuditRecord"
            }
            Self::PowerPlatformAdminDlpAuditRecord(_) => {
                "microsoft.graph.security.powerPlatformAdminDlpAuditRecord"
            }
            Self::PowerPlatformAdminEnvironmentAuditRecord(_) => {
                "microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord"
            }
            Self::PowerPlatformAdministratorActivityRecord(_) => {
                "microsoft.graph.security.powerPlatformAdministratorActivityRecord"
            }
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(_) => {
                "microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord"
            }
            Self::PowerPlatformLockboxResourceCommandAuditRecord(_) => {
                "microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord"
            }
            Self::PowerPlatformServiceActivityAuditRecord(_) => {
                "microsoft.graph.security.powerPlatformServiceActivityAuditRecord"
            }
            Self::PowerPlatformTenantIsolationRecord(_) => {
                "microsoft.graph.security.powerPlatformTenantIsolationRecord"
            }
            Self::PrivaPrivacyAssessmentOperationRecord(_) => {
                "microsoft.graph.security.privaPrivacyAssessmentOperationRecord"
            }
            Self::PrivaPrivacyConsentOperationRecord(_) => {
                "microsoft.graph.security.privaPrivacyConsentOperationRecord"
            }
            Self::PrivacyDataMatchAuditRecord(_) => {
                "microsoft.graph.security.privacyDataMatchAuditRecord"
            }
            Self::PrivacyDataMinimizationRecord(_) => {
                "microsoft.graph.security.privacyDataMinimizationRecord"
            }
            Self::PrivacyDigestEmailRecord(_) => {
                "microsoft.graph.security.privacyDigestEmailRecord"
            }
            Self::PrivacyOpenAccessAuditRecord(_) => {
                "microsoft.graph.security.privacyOpenAccessAuditRecord"
            }
            Self::PrivacyPortalAuditRecord(_) => {
                "microsoft.graph.security.privacyPortalAuditRecord"
            }
            Self::PrivacyRemediationActionRecord(_) => {
                "microsoft.graph.security.privacyRemediationActionRecord"
            }
            Self::PrivacyRemediationRecord(_) => {
                "microsoft.graph.security.privacyRemediationRecord"
            }
            Self::ProjectAuditRecord(_) => "microsoft.graph.security.projectAuditRecord",
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord"
            }
            Self::ProjectForTheWebProjectAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebProjectAuditRecord"
            }
            Self::ProjectForTheWebProjectSettingsAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord"
            }
            Self::ProjectForTheWebRoadmapAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebRoadmapAuditRecord"
            }
            Self::ProjectForTheWebRoadmapItemAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord"
            }
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord"
            }
            Self::ProjectForTheWebTaskAuditRecord(_) => {
                "microsoft.graph.security.projectForTheWebTaskAuditRecord"
            }
            Self::PublicFolderAuditRecord(_) => {
                "microsoft.graph.security.publicFolderAuditRecord"
            }
            Self::PurviewInsiderRiskAlertsRecord(_) => {
                "microsoft.graph.security.purviewInsiderRiskAlertsRecord"
            }
            Self::PurviewInsiderRiskCasesRecord(_) => {
                "microsoft.graph.security.purviewInsiderRiskCasesRecord"
            }
            Self::PurviewMcRecommendationRecord(_) => {
                "microsoft.graph.security.purviewMCRecommendationRecord"
            }
            Self::PurviewPostureAgentAuditRecord(_) => {
                "microsoft.graph.security.purviewPostureAgentAuditRecord"
            }
            Self::QuarantineAuditRecord(_) => {
                "microsoft.graph.security.quarantineAuditRecord"
            }
            Self::RecordsManagementAuditRecord(_) => {
                "microsoft.graph.security.recordsManagementAuditRecord"
            }
            Self::ReportSubmission(_) => "microsoft.graph.security.reportSubmission",
            Self::ReportSubmissionResultDetail(_) => {
                "microsoft.graph.security.reportSubmissionResultDetail"
            }
            Self::RestrictedModeAuditRecord(_) => {
                "microsoft.graph.security.restrictedModeAuditRecord"
            }
            Self::RetentionPolicyAuditRecord(_) => {
                "microsoft.graph.security.retentionPolicyAuditRecord"
            }
            Self::RtiOperationsAgentAuditRecord(_) => {
                "microsoft.graph.security.rtiOperationsAgentAuditRecord"
            }
            Self::SbpConfigurationEventRecord(_) => {
                "microsoft.graph.security.sbpConfigurationEventRecord"
            }
            Self::SbpUsageEventRecord(_) => {
                "microsoft.graph.security.sbpUsageEventRecord"
            }
            Self::ScoreEvidence(_) => "microsoft.graph.security.scoreEvidence",
            Self::ScorePlatformGenericAuditRecord(_) => {
                "microsoft.graph.security.scorePlatformGenericAuditRecord"
            }
            Self::ScriptRunAuditRecord(_) => {
                "microsoft.graph.security.scriptRunAuditRecord"
            }
            Self::SearchAuditRecord(_) => "microsoft.graph.security.searchAuditRecord",
            Self::SecurityComplianceAlertRecord(_) => {
                "microsoft.graph.security.securityComplianceAlertRecord"
            }
            Self::SecurityComplianceCenterEopCmdletAuditRecord(_) => {
                "microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord"
            }
            Self::SecurityComplianceInsightsAuditRecord(_) => {
                "microsoft.graph.security.securityComplianceInsightsAuditRecord"
            }
            Self::SecurityComplianceRbacAuditRecord(_) => {
                "microsoft.graph.security.securityComplianceRBACAuditRecord"
            }
            Self::SecurityComplianceUserChangeAuditRecord(_) => {
                "microsoft.graph.security.securityComplianceUserChangeAuditRecord"
            }
            Self::SecurityCopilotIdentityManagementAuditRecord(_) => {
                "microsoft.graph.security.securityCopilotIdentityManagementAuditRecord"
            }
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(_) => {
                "microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord"
            }
            Self::SensitiveInfoRemediationAgentDataRecord(_) => {
                "microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord"
            }
            Self::SensitivityLabelActionAuditRecord(_) => {
                "microsoft.graph.security.sensitivityLabelActionAuditRecord"
            }
            Self::SensitivityLabelPolicyMatchAuditRecord(_) => {
                "microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord"
            }
            Self::SensitivityLabeledFileActionAuditRecord(_) => {
                "microsoft.graph.security.sensitivityLabeledFileActionAuditRecord"
            }
            Self::SentinelAiToolAuditRecord(_) => {
                "microsoft.graph.security.sentinelAIToolAuditRecord"
            }
            Self::SentinelGraphAuditRecord(_) => {
                "microsoft.graph.security.sentinelGraphAuditRecord"
            }
            Self::SentinelJobAuditRecord(_) => {
                "microsoft.graph.security.sentinelJobAuditRecord"
            }
            Self::SentinelKqlOnLakeAuditRecord(_) => {
                "microsoft.graph.security.sentinelKQLOnLakeAuditRecord"
            }
            Self::SentinelLakeDataOnboardingAuditRecord(_) => {
                "microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord"
            }
            Self::SentinelLakeEncryptionAuditRecord(_) => {
                "microsoft.graph.security.sentinelLakeEncryptionAuditRecord"
            }
            Self::SentinelLakeOnboardingAuditRecord(_) => {
                "microsoft.graph.security.sentinelLakeOnboardingAuditRecord"
            }
            Self::SentinelNotebookOnLakeAuditRecord(_) => {
                "microsoft.graph.security.sentinelNotebookOnLakeAuditRecord"
            }
            Self::SentinelPackageAuditRecord(_) => {
                "microsoft.graph.security.sentinelPackageAuditRecord"
            }
            Self::SharePointAppPermissionOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointAppPermissionOperationAuditRecord"
            }
            Self::SharePointAuditRecord(_) => {
                "microsoft.graph.security.sharePointAuditRecord"
            }
            Self::SharePointCommentOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointCommentOperationAuditRecord"
            }
            Self::SharePointContentSecurityPolicyAuditRecord(_) => {
                "microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord"
            }
            Self::SharePointContentTypeOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointContentTypeOperationAuditRecord"
            }
            Self::SharePointESignatureAuditRecord(_) => {
                "microsoft.graph.security.sharePointESignatureAuditRecord"
            }
            Self::SharePointFieldOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointFieldOperationAuditRecord"
            }
            Self::SharePointFileOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointFileOperationAuditRecord"
            }
            Self::SharePointListItemOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointListItemOperationAuditRecord"
            }
            Self::SharePointListOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointListOperationAuditRecord"
            }
            Self::SharePointSharingOperationAuditRecord(_) => {
                "microsoft.graph.security.sharePointSharingOperationAuditRecord"
            }
            Self::SkypeForBusinessCmdletsAuditRecord(_) => {
                "microsoft.graph.security.skypeForBusinessCmdletsAuditRecord"
            }
            Self::SkypeForBusinessPstnUsageAuditRecord(_) => {
                "microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord"
            }
            Self::SkypeForBusinessUsersBlockedAuditRecord(_) => {
                "microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord"
            }
            Self::SonarDetonationContentMetadata(_) => {
                "microsoft.graph.security.sonarDetonationContentMetadata"
            }
            Self::SonarDetonationEntityAuditRecord(_) => {
                "microsoft.graph.security.sonarDetonationEntityAuditRecord"
            }
            Self::SonarFileDetonationEntityAuditRecord(_) => {
                "microsoft.graph.security.sonarFileDetonationEntityAuditRecord"
            }
            Self::SonarSubmissionEntityAuditRecord(_) => {
                "microsoft.graph.security.sonarSubmissionEntityAuditRecord"
            }
            Self::SonarUrlDetonationEntityAuditRecord(_) => {
                "microsoft.graph.security.sonarUrlDetonationEntityAuditRecord"
            }
            Self::SparkCoreCustomLivePoolRecord(_) => {
                "microsoft.graph.security.sparkCoreCustomLivePoolRecord"
            }
            Self::SubmissionEntityAuditRecord(_) => {
                "microsoft.graph.security.submissionEntityAuditRecord"
            }
            Self::SupervisoryReviewDayXInsightsAuditRecord(_) => {
                "microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord"
            }
            Self::SyntheticProbeAuditRecord(_) => {
                "microsoft.graph.security.syntheticProbeAuditRecord"
            }
            Self::TeamCopilotInteractionAuditRecord(_) => {
                "microsoft.graph.security.teamCopilotInteractionAuditRecord"
            }
            Self::TeamsEasyApprovalsAuditRecord(_) => {
                "microsoft.graph.security.teamsEasyApprovalsAuditRecord"
            }
            Self::TeamsEvalDataHubAdminOperationAuditRecord(_) => {
                "microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord"
            }
            Self::TeamsEvalDataHubDataAccessAuditRecord(_) => {
                "microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord"
            }
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(_) => {
                "microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord"
            }
            Self::TeamsHealthcareAuditRecord(_) => {
                "microsoft.graph.security.teamsHealthcareAuditRecord"
            }
            Self::TeamsUpdatesAuditRecord(_) => {
                "microsoft.graph.security.teamsUpdatesAuditRecord"
            }
            Self::TenantAllowBlockListAuditRecord(_) => {
                "microsoft.graph.security.tenantAllowBlockListAuditRecord"
            }
            Self::ThreatFinderAuditRecord(_) => {
                "microsoft.graph.security.threatFinderAuditRecord"
            }
            Self::ThreatIntelligenceAtpContentData(_) => {
                "microsoft.graph.security.threatIntelligenceAtpContentData"
            }
            Self::ThreatIntelligenceExportAuditRecord(_) => {
                "microsoft.graph.security.threatIntelligenceExportAuditRecord"
            }
            Self::ThreatIntelligenceMailData(_) => {
                "microsoft.graph.security.threatIntelligenceMailData"
            }
            Self::ThreatIntelligenceObjectAuditRecord(_) => {
                "microsoft.graph.security.threatIntelligenceObjectAuditRecord"
            }
            Self::ThreatIntelligenceUrlClickData(_) => {
                "microsoft.graph.security.threatIntelligenceUrlClickData"
            }
            Self::TodoAuditRecord(_) => "microsoft.graph.security.todoAuditRecord",
            Self::TrainableClassifierAuditRecord(_) => {
                "microsoft.graph.security.trainableClassifierAuditRecord"
            }
            Self::UamOperationAuditRecord(_) => {
                "microsoft.graph.security.uamOperationAuditRecord"
            }
            Self::UnifiedGroupAuditRecord(_) => {
                "microsoft.graph.security.unifiedGroupAuditRecord"
            }
            Self::UnifiedSimulationMatchedItemAuditRecord(_) => {
                "microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord"
            }
            Self::UnifiedSimulationSummaryAuditRecord(_) => {
                "microsoft.graph.security.unifiedSimulationSummaryAuditRecord"
            }
            Self::UniversalPrintManagementAuditRecord(_) => {
                "microsoft.graph.security.universalPrintManagementAuditRecord"
            }
            Self::UniversalPrintPrintJobAuditRecord(_) => {
                "microsoft.graph.security.universalPrintPrintJobAuditRecord"
            }
            Self::UrbacAssignmentAuditRecord(_) => {
                "microsoft.graph.security.urbacAssignmentAuditRecord"
            }
            Self::UrbacEnableStateAuditRecord(_) => {
                "microsoft.graph.security.urbacEnableStateAuditRecord"
            }
            Self::UrbacRoleAuditRecord(_) => {
                "microsoft.graph.security.urbacRoleAuditRecord"
            }
            Self::UserTrainingAuditRecord(_) => {
                "microsoft.graph.security.userTrainingAuditRecord"
            }
            Self::UsxWorkspaceOnboardingAuditRecord(_) => {
                "microsoft.graph.security.usxWorkspaceOnboardingAuditRecord"
            }
            Self::VfamCreatePolicyAuditRecord(_) => {
                "microsoft.graph.security.vfamCreatePolicyAuditRecord"
            }
            Self::VfamDeletePolicyAuditRecord(_) => {
                "microsoft.graph.security.vfamDeletePolicyAuditRecord"
            }
            Self::VfamUpdatePolicyAuditRecord(_) => {
                "microsoft.graph.security.vfamUpdatePolicyAuditRecord"
            }
            Self::VivaAmplifyAuditRecord(_) => {
                "microsoft.graph.security.vivaAmplifyAuditRecord"
            }
            Self::VivaEngageEventsAuditRecord(_) => {
                "microsoft.graph.security.vivaEngageEventsAuditRecord"
            }
            Self::VivaEngageNetworkAssociationAuditRecord(_) => {
                "microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord"
            }
            Self::VivaEngageSegmentAuditRecord(_) => {
                "microsoft.graph.security.vivaEngageSegmentAuditRecord"
            }
            Self::VivaGlintAdvancedConfigurationAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord"
            }
            Self::VivaGlintAgenticCampaignAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord"
            }
            Self::VivaGlintFeedbackProgramAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord"
            }
            Self::VivaGlintOrganizationalDataAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord"
            }
            Self::VivaGlintPulseProgramAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintPulseProgramAuditRecord"
            }
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord"
            }
            Self::VivaGlintQuestionAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintQuestionAuditRecord"
            }
            Self::VivaGlintRoleAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintRoleAuditRecord"
            }
            Self::VivaGlintRubiconAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintRubiconAuditRecord"
            }
            Self::VivaGlintSupportAccessAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintSupportAccessAuditRecord"
            }
            Self::VivaGlintSystemAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintSystemAuditRecord"
            }
            Self::VivaGlintUserAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintUserAuditRecord"
            }
            Self::VivaGlintUserGroupAuditRecord(_) => {
                "microsoft.graph.security.vivaGlintUserGroupAuditRecord"
            }
            Self::VivaGoalsAuditRecord(_) => {
                "microsoft.graph.security.vivaGoalsAuditRecord"
            }
            Self::VivaLearningAdminAuditRecord(_) => {
                "microsoft.graph.security.vivaLearningAdminAuditRecord"
            }
            Self::VivaLearningAuditRecord(_) => {
                "microsoft.graph.security.vivaLearningAuditRecord"
            }
            Self::VivaPulseAdminAuditRecord(_) => {
                "microsoft.graph.security.vivaPulseAdminAuditRecord"
            }
            Self::VivaPulseOrganizerAuditRecord(_) => {
                "microsoft.graph.security.vivaPulseOrganizerAuditRecord"
            }
            Self::VivaPulseReportAuditRecord(_) => {
                "microsoft.graph.security.vivaPulseReportAuditRecord"
            }
            Self::VivaPulseResponseAuditRecord(_) => {
                "microsoft.graph.security.vivaPulseResponseAuditRecord"
            }
            Self::WdatpAlertsAuditRecord(_) => {
                "microsoft.graph.security.wdatpAlertsAuditRecord"
            }
            Self::WebContentFilteringAuditRecord(_) => {
                "microsoft.graph.security.webContentFilteringAuditRecord"
            }
            Self::Windows365CustomerLockboxAuditRecord(_) => {
                "microsoft.graph.security.windows365CustomerLockboxAuditRecord"
            }
            Self::WorkplaceAnalyticsAuditRecord(_) => {
                "microsoft.graph.security.workplaceAnalyticsAuditRecord"
            }
            Self::YammerAuditRecord(_) => "microsoft.graph.security.yammerAuditRecord",
            Self::YammerUserHidingAuditRecord(_) => {
                "microsoft.graph.security.yammerUserHidingAuditRecord"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::AuditData(v) => &v.extra,
            Self::A365AiExecuteTool(v) => &v.extra,
            Self::A365AiInferenceCall(v) => &v.extra,
            Self::A365AiInvokeAgent(v) => &v.extra,
            Self::A365AiRunSummary(v) => &v.extra,
            Self::A365SpanOutputs(v) => &v.extra,
            Self::AISpanOutputsAuditRecord(v) => &v.extra,
            Self::AadRiskDetectionAuditRecord(v) => &v.extra,
            Self::AedAuditRecord(v) => &v.extra,
            Self::AgentAdminActivityRecord(v) => &v.extra,
            Self::AgentSettingAdminActivity(v) => &v.extra,
            Self::AiAppInteractionAuditRecord(v) => &v.extra,
            Self::AiExecuteToolAuditRecord(v) => &v.extra,
            Self::AiInteractionsChangeNotificationAuditRecord(v) => &v.extra,
            Self::AiInteractionsExportAuditRecord(v) => &v.extra,
            Self::AiInteractionsSubscriptionAuditRecord(v) => &v.extra,
            Self::AiInvokeAgentAuditRecord(v) => &v.extra,
            Self::AipDiscover(v) => &v.extra,
            Self::AipFileDeleted(v) => &v.extra,
            Self::AipHeartBeat(v) => &v.extra,
            Self::AipProtectionActionLogRequest(v) => &v.extra,
            Self::AipScannerDiscoverEvent(v) => &v.extra,
            Self::AipSensitivityLabelActionLogRequest(v) => &v.extra,
            Self::AirAdminActionInvestigationData(v) => &v.extra,
            Self::AirInvestigationData(v) => &v.extra,
            Self::AirManualInvestigationData(v) => &v.extra,
            Self::AlertSubmissionAuditRecord(v) => &v.extra,
            Self::AlertSubmissionResultDetailAuditRecord(v) => &v.extra,
            Self::AttackSimAdminAuditRecord(v) => &v.extra,
            Self::AttackSimAuditRecord(v) => &v.extra,
            Self::AuditConfigAuditRecord(v) => &v.extra,
            Self::AuditSearchAuditRecord(v) => &v.extra,
            Self::AzfwApplicationRuleAggregationEventRecord(v) => &v.extra,
            Self::AzfwDnsQueryEventRecord(v) => &v.extra,
            Self::AzfwNetworkRuleEventRecord(v) => &v.extra,
            Self::AzureAiSearchAuditRecord(v) => &v.extra,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => &v.extra,
            Self::AzureActiveDirectoryAuditRecord(v) => &v.extra,
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => &v.extra,
            Self::CampaignAuditRecord(v) => &v.extra,
            Self::CcraiPolicyViolationRecord(v) => &v.extra,
            Self::CdpClassifierHealthRecord(v) => &v.extra,
            Self::CdpColdCrawlStatusRecord(v) => &v.extra,
            Self::CdpConsumptionResourceRecord(v) => &v.extra,
            Self::CdpContentExplorerAggregateRecord(v) => &v.extra,
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => &v.extra,
            Self::CdpLogRecord(v) => &v.extra,
            Self::CdpOcrBillingRecord(v) => &v.extra,
            Self::CdpResourceScopeChangeEventRecord(v) => &v.extra,
            Self::CdpdlmaiInteractionInsightsRecord(v) => &v.extra,
            Self::CloudUpdateDeviceConfigAuditRecord(v) => &v.extra,
            Self::CloudUpdateProfileConfigAuditRecord(v) => &v.extra,
            Self::CloudUpdateTenantConfigAuditRecord(v) => &v.extra,
            Self::ComplianceConnectorAuditRecord(v) => &v.extra,
            Self::ComplianceDlmExchangeAuditRecord(v) => &v.extra,
            Self::ComplianceDlmSharePointAuditRecord(v) => &v.extra,
            Self::ComplianceDlpApplicationsAuditRecord(v) => &v.extra,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => &v.extra,
            Self::ComplianceDlpEndpointAuditRecord(v) => &v.extra,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => &v.extra,
            Self::ComplianceDlpEnforcementAuditRecord(v) => &v.extra,
            Self::ComplianceDlpExchangeAuditRecord(v) => &v.extra,
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => &v.extra,
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => &v.extra,
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => &v.extra,
            Self::ComplianceDlpSharePointAuditRecord(v) => &v.extra,
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => &v.extra,
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => &v.extra,
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => &v.extra,
            Self::ComplianceExchangeOcrAuditRecord(v) => &v.extra,
            Self::ComplianceManagerActionRecord(v) => &v.extra,
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => &v.extra,
            Self::ComplianceSettingsChangeAuditRecord(v) => &v.extra,
            Self::ComplianceSitGradingSharePointAuditRecord(v) => &v.extra,
            Self::ComplianceSupervisionExchangeAuditRecord(v) => &v.extra,
            Self::ConnectedAiAppInteractionAuditRecord(v) => &v.extra,
            Self::ConsumptionResourceAuditRecord(v) => &v.extra,
            Self::ContentStoreMetadataRecord(v) => &v.extra,
            Self::CopilotAgentManagementAuditRecord(v) => &v.extra,
            Self::CopilotForSecurityLoggingAuditRecord(v) => &v.extra,
            Self::CopilotForSecurityTriggerAuditRecord(v) => &v.extra,
            Self::CopilotInteractionAuditRecord(v) => &v.extra,
            Self::CopilotPluginSettingAuditRecord(v) => &v.extra,
            Self::CopilotPromptBookSettingAuditRecord(v) => &v.extra,
            Self::CopilotSessionSharingAuditRecord(v) => &v.extra,
            Self::CopilotSettingAuditRecord(v) => &v.extra,
            Self::CopilotWorkspaceSettingAuditRecord(v) => &v.extra,
            Self::CoreReportingSettingsAuditRecord(v) => &v.extra,
            Self::CortanaBriefingAuditRecord(v) => &v.extra,
            Self::CriticalAssetManagementClassificationRecord(v) => &v.extra,
            Self::CrmEntityOperationAuditRecord(v) => &v.extra,
            Self::CrossTenantAccessPolicyAuditRecord(v) => &v.extra,
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => &v.extra,
            Self::DataCenterSecurityCmdletAuditRecord(v) => &v.extra,
            Self::DataGovernanceAuditRecord(v) => &v.extra,
            Self::DataInsightsRestApiAuditRecord(v) => &v.extra,
            Self::DataLakeExportOperationAuditRecord(v) => &v.extra,
            Self::DataSecurityInvestigationAuditRecord(v) => &v.extra,
            Self::DataShareOperationAuditRecord(v) => &v.extra,
            Self::DefaultAuditData(v) => &v.extra,
            Self::DefenderCaseManagementAuditRecord(v) => &v.extra,
            Self::DefenderPreviewFeaturesRecord(v) => &v.extra,
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => &v.extra,
            Self::DeployFeatureActivityRecord(v) => &v.extra,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => &v.extra,
            Self::DeviceDiscoverySettingsExclusionRecord(v) => &v.extra,
            Self::DeviceDiscoverySettingsRecord(v) => &v.extra,
            Self::DiscoveryAuditRecord(v) => &v.extra,
            Self::DlpEndpointAuditRecord(v) => &v.extra,
            Self::DlpImportResultAuditRecord(v) => &v.extra,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => &v.extra,
            Self::DragonCopilotAccessRecord(v) => &v.extra,
            Self::DragonCopilotAdminRecord(v) => &v.extra,
            Self::DragonCopilotClinicalDataRecord(v) => &v.extra,
            Self::DragonCopilotSessionRecord(v) => &v.extra,
            Self::Dynamics365BusinessCentralAuditRecord(v) => &v.extra,
            Self::EhrConnectorAuditBaseRecord(v) => &v.extra,
            Self::EopSubmissionFeedEntityAuditRecord(v) => &v.extra,
            Self::ExchangeAdminAuditRecord(v) => &v.extra,
            Self::ExchangeAggregatedMailboxAuditRecord(v) => &v.extra,
            Self::ExchangeAggregatedOperationRecord(v) => &v.extra,
            Self::ExchangeMailboxAuditGroupRecord(v) => &v.extra,
            Self::ExchangeMailboxAuditRecord(v) => &v.extra,
            Self::FabricAuditRecord(v) => &v.extra,
            Self::FabricPolicyRecord(v) => &v.extra,
            Self::HealthcareSignalRecord(v) => &v.extra,
            Self::HostedRpaAuditRecord(v) => &v.extra,
            Self::HrSignalAuditRecord(v) => &v.extra,
            Self::HygieneEventRecord(v) => &v.extra,
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => &v.extra,
            Self::InformationWorkerProtectionAuditRecord(v) => &v.extra,
            Self::InsiderRiskScopedUserInsightsRecord(v) => &v.extra,
            Self::InsiderRiskScopedUsersRecord(v) => &v.extra,
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => &v.extra,
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => &v.extra,
            Self::IrmActivityAuditTrailRecord(v) => &v.extra,
            Self::IrmUserDefinedDetectionRecord(v) => &v.extra,
            Self::KaizalaAuditRecord(v) => &v.extra,
            Self::LabelAnalyticsAggregateAuditRecord(v) => &v.extra,
            Self::LabelContentExplorerAuditRecord(v) => &v.extra,
            Self::LargeContentMetadataAuditRecord(v) => &v.extra,
            Self::M365ComplianceConnectorAuditRecord(v) => &v.extra,
            Self::M365SearchSectionsRecord(v) => &v.extra,
            Self::M365daadAuditRecord(v) => &v.extra,
            Self::M365odspAssetMetadataRecord(v) => &v.extra,
            Self::MDashAuditRecord(v) => &v.extra,
            Self::MailSubmissionData(v) => &v.extra,
            Self::ManagedServicesAuditRecord(v) => &v.extra,
            Self::ManagedTenantsAuditRecord(v) => &v.extra,
            Self::MapgAlertsAuditRecord(v) => &v.extra,
            Self::MapgOnboardAuditRecord(v) => &v.extra,
            Self::MapgPolicyAuditRecord(v) => &v.extra,
            Self::MapgRemediationAuditRecord(v) => &v.extra,
            Self::McasAlertsAuditRecord(v) => &v.extra,
            Self::MdaAuditRecord(v) => &v.extra,
            Self::MdaDataSecuritySignalRecord(v) => &v.extra,
            Self::MdatpAuditRecord(v) => &v.extra,
            Self::MdcEventsRecord(v) => &v.extra,
            Self::MdiAuditRecord(v) => &v.extra,
            Self::MeshWorldsAuditRecord(v) => &v.extra,
            Self::Microsoft365BackupBackupItemAuditRecord(v) => &v.extra,
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => &v.extra,
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => &v.extra,
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => &v.extra,
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => &v.extra,
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => &v.extra,
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => &v.extra,
            Self::MicrosoftFlowAuditRecord(v) => &v.extra,
            Self::MicrosoftFormsAuditRecord(v) => &v.extra,
            Self::MicrosoftGraphDataConnectConsent(v) => &v.extra,
            Self::MicrosoftGraphDataConnectOperation(v) => &v.extra,
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => &v.extra,
            Self::MicrosoftPurviewDataMapOperationRecord(v) => &v.extra,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => &v.extra,
            Self::MicrosoftPurviewPolicyOperationRecord(v) => &v.extra,
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => &v.extra,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => &v.extra,
            Self::MicrosoftStreamAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsAdminAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsDeviceAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsShiftsAuditRecord(v) => &v.extra,
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => &v.extra,
            Self::MipAutoLabelExchangeItemAuditRecord(v) => &v.extra,
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => &v.extra,
            Self::MipAutoLabelSharePointItemAuditRecord(v) => &v.extra,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => &v.extra,
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => &v.extra,
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => &v.extra,
            Self::MipAutoLabelSimulationStatisticsRecord(v) => &v.extra,
            Self::MipExactDataMatchAuditRecord(v) => &v.extra,
            Self::MipLabelAnalyticsAuditRecord(v) => &v.extra,
            Self::MipLabelAuditRecord(v) => &v.extra,
            Self::MosAgentInfoRecord(v) => &v.extra,
            Self::MosAgentInfoRecordV2(v) => &v.extra,
            Self::Ms365dCustomDetectionAuditRecord(v) => &v.extra,
            Self::Ms365dIncidentAuditRecord(v) => &v.extra,
            Self::Ms365dSuppressionRuleAuditRecord(v) => &v.extra,
            Self::MsdeCustomCollectionAuditRecord(v) => &v.extra,
            Self::MsdeGeneralSettingsAuditRecord(v) => &v.extra,
            Self::MsdeIndicatorsSettingsAuditRecord(v) => &v.extra,
            Self::MsdeResponseActionsAuditRecord(v) => &v.extra,
            Self::MsdeRolesSettingsAuditRecord(v) => &v.extra,
            Self::MspVectorSearchContentMetadataAuditRecord(v) => &v.extra,
            Self::MsticNationStateNotificationRecord(v) => &v.extra,
            Self::MultiStageDispositionAuditRecord(v) => &v.extra,
            Self::MyAnalyticsSettingsAuditRecord(v) => &v.extra,
            Self::NoisyAlertPolicyAuditRecord(v) => &v.extra,
            Self::OfficeNativeAuditRecord(v) => &v.extra,
            Self::OmePortalAuditRecord(v) => &v.extra,
            Self::OnDemandSharePointClassificationAuditRecord(v) => &v.extra,
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => &v.extra,
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => &v.extra,
            Self::OneDriveAuditRecord(v) => &v.extra,
            Self::OrganizationalDataInM365AuditRecord(v) => &v.extra,
            Self::OutlookCopilotAutomationAuditRecord(v) => &v.extra,
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => &v.extra,
            Self::P4AiRiskScoreRecord(v) => &v.extra,
            Self::P4aiAssessmentCategoryRecord(v) => &v.extra,
            Self::P4aiAssessmentFabricScannerRecord(v) => &v.extra,
            Self::P4aiAssessmentLocationResultRecord(v) => &v.extra,
            Self::P4aiAssessmentRecord(v) => &v.extra,
            Self::PeopleAdminSettingsAuditRecord(v) => &v.extra,
            Self::PhysicalBadgingSignalAuditRecord(v) => &v.extra,
            Self::PlacesDirectoryAuditRecord(v) => &v.extra,
            Self::PlannerChatMessageAuditRecord(v) => &v.extra,
            Self::PlannerChatMessageListAuditRecord(v) => &v.extra,
            Self::PlannerCopyPlanAuditRecord(v) => &v.extra,
            Self::PlannerGoalAuditRecord(v) => &v.extra,
            Self::PlannerGoalListAuditRecord(v) => &v.extra,
            Self::PlannerPlanAuditRecord(v) => &v.extra,
            Self::PlannerPlanListAuditRecord(v) => &v.extra,
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => &v.extra,
            Self::PlannerRosterAuditRecord(v) => &v.extra,
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => &v.extra,
            Self::PlannerTaskAuditRecord(v) => &v.extra,
            Self::PlannerTaskListAuditRecord(v) => &v.extra,
            Self::PlannerTenantSettingsAuditRecord(v) => &v.extra,
            Self::PolicyConfigChangeAuditRecord(v) => &v.extra,
            Self::PowerAppsAuditAppRecord(v) => &v.extra,
            Self::PowerAppsAuditPlanRecord(v) => &v.extra,
            Self::PowerAppsAuditResourceRecord(v) => &v.extra,
            Self::PowerBiAuditRecord(v) => &v.extra,
            Self::PowerBiDlpAuditRecord(v) => &v.extra,
            Self::PowerPagesSiteAuditRecord(v) => &v.extra,
            Self::PowerPlatformAdminDlpAuditRecord(v) => &v.extra,
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => &v.extra,
            Self::PowerPlatformAdministratorActivityRecord(v) => &v.extra,
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => &v.extra,
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => &v.extra,
            Self::PowerPlatformServiceActivityAuditRecord(v) => &v.extra,
            Self::PowerPlatformTenantIsolationRecord(v) => &v.extra,
            Self::PrivaPrivacyAssessmentOperationRecord(v) => &v.extra,
            Self::PrivaPrivacyConsentOperationRecord(v) => &v.extra,
            Self::PrivacyDataMatchAuditRecord(v) => &v.extra,
            Self::PrivacyDataMinimizationRecord(v) => &v.extra,
            Self::PrivacyDigestEmailRecord(v) => &v.extra,
            Self::PrivacyOpenAccessAuditRecord(v) => &v.extra,
            Self::PrivacyPortalAuditRecord(v) => &v.extra,
            Self::PrivacyRemediationActionRecord(v) => &v.extra,
            Self::PrivacyRemediationRecord(v) => &v.extra,
            Self::ProjectAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebProjectAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebRoadmapAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => &v.extra,
            Self::ProjectForTheWebTaskAuditRecord(v) => &v.extra,
            Self::PublicFolderAuditRecord(v) => &v.extra,
            Self::PurviewInsiderRiskAlertsRecord(v) => &v.extra,
            Self::PurviewInsiderRiskCasesRecord(v) => &v.extra,
            Self::PurviewMcRecommendationRecord(v) => &v.extra,
            Self::PurviewPostureAgentAuditRecord(v) => &v.extra,
            Self::QuarantineAuditRecord(v) => &v.extra,
            Self::RecordsManagementAuditRecord(v) => &v.extra,
            Self::ReportSubmission(v) => &v.extra,
            Self::ReportSubmissionResultDetail(v) => &v.extra,
            Self::RestrictedModeAuditRecord(v) => &v.extra,
            Self::RetentionPolicyAuditRecord(v) => &v.extra,
            Self::RtiOperationsAgentAuditRecord(v) => &v.extra,
            Self::SbpConfigurationEventRecord(v) => &v.extra,
            Self::SbpUsageEventRecord(v) => &v.extra,
            Self::ScoreEvidence(v) => &v.extra,
            Self::ScorePlatformGenericAuditRecord(v) => &v.extra,
            Self::ScriptRunAuditRecord(v) => &v.extra,
            Self::SearchAuditRecord(v) => &v.extra,
            Self::SecurityComplianceAlertRecord(v) => &v.extra,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => &v.extra,
            Self::SecurityComplianceInsightsAuditRecord(v) => &v.extra,
            Self::SecurityComplianceRbacAuditRecord(v) => &v.extra,
            Self::SecurityComplianceUserChangeAuditRecord(v) => &v.extra,
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => &v.extra,
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => &v.extra,
            Self::SensitiveInfoRemediationAgentDataRecord(v) => &v.extra,
            Self::SensitivityLabelActionAuditRecord(v) => &v.extra,
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => &v.extra,
            Self::SensitivityLabeledFileActionAuditRecord(v) => &v.extra,
            Self::SentinelAiToolAuditRecord(v) => &v.extra,
            Self::SentinelGraphAuditRecord(v) => &v.extra,
            Self::SentinelJobAuditRecord(v) => &v.extra,
            Self::SentinelKqlOnLakeAuditRecord(v) => &v.extra,
            Self::SentinelLakeDataOnboardingAuditRecord(v) => &v.extra,
            Self::SentinelLakeEncryptionAuditRecord(v) => &v.extra,
            Self::SentinelLakeOnboardingAuditRecord(v) => &v.extra,
            Self::SentinelNotebookOnLakeAuditRecord(v) => &v.extra,
            Self::SentinelPackageAuditRecord(v) => &v.extra,
            Self::SharePointAppPermissionOperationAuditRecord(v) => &v.extra,
            Self::SharePointAuditRecord(v) => &v.extra,
            Self::SharePointCommentOperationAuditRecord(v) => &v.extra,
            Self::SharePointContentSecurityPolicyAuditRecord(v) => &v.extra,
            Self::SharePointContentTypeOperationAuditRecord(v) => &v.extra,
            Self::SharePointESignatureAuditRecord(v) => &v.extra,
            Self::SharePointFieldOperationAuditRecord(v) => &v.extra,
            Self::SharePointFileOperationAuditRecord(v) => &v.extra,
            Self::SharePointListItemOperationAuditRecord(v) => &v.extra,
            Self::SharePointListOperationAuditRecord(v) => &v.extra,
            Self::SharePointSharingOperationAuditRecord(v) => &v.extra,
            Self::SkypeForBusinessCmdletsAuditRecord(v) => &v.extra,
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => &v.extra,
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => &v.extra,
            Self::SonarDetonationContentMetadata(v) => &v.extra,
            Self::SonarDetonationEntityAuditRecord(v) => &v.extra,
            Self::SonarFileDetonationEntityAuditRecord(v) => &v.extra,
            Self::SonarSubmissionEntityAuditRecord(v) => &v.extra,
            Self::SonarUrlDetonationEntityAuditRecord(v) => &v.extra,
            Self::SparkCoreCustomLivePoolRecord(v) => &v.extra,
            Self::SubmissionEntityAuditRecord(v) => &v.extra,
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => &v.extra,
            Self::SyntheticProbeAuditRecord(v) => &v.extra,
            Self::TeamCopilotInteractionAuditRecord(v) => &v.extra,
            Self::TeamsEasyApprovalsAuditRecord(v) => &v.extra,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => &v.extra,
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => &v.extra,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => &v.extra,
            Self::TeamsHealthcareAuditRecord(v) => &v.extra,
            Self::TeamsUpdatesAuditRecord(v) => &v.extra,
            Self::TenantAllowBlockListAuditRecord(v) => &v.extra,
            Self::ThreatFinderAuditRecord(v) => &v.extra,
            Self::ThreatIntelligenceAtpContentData(v) => &v.extra,
            Self::ThreatIntelligenceExportAuditRecord(v) => &v.extra,
            Self::ThreatIntelligenceMailData(v) => &v.extra,
            Self::ThreatIntelligenceObjectAuditRecord(v) => &v.extra,
            Self::ThreatIntelligenceUrlClickData(v) => &v.extra,
            Self::TodoAuditRecord(v) => &v.extra,
            Self::TrainableClassifierAuditRecord(v) => &v.extra,
            Self::UamOperationAuditRecord(v) => &v.extra,
            Self::UnifiedGroupAuditRecord(v) => &v.extra,
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => &v.extra,
            Self::UnifiedSimulationSummaryAuditRecord(v) => &v.extra,
            Self::UniversalPrintManagementAuditRecord(v) => &v.extra,
            Self::UniversalPrintPrintJobAuditRecord(v) => &v.extra,
            Self::UrbacAssignmentAuditRecord(v) => &v.extra,
            Self::UrbacEnableStateAuditRecord(v) => &v.extra,
            Self::UrbacRoleAuditRecord(v) => &v.extra,
            Self::UserTrainingAuditRecord(v) => &v.extra,
            Self::UsxWorkspaceOnboardingAuditRecord(v) => &v.extra,
            Self::VfamCreatePolicyAuditRecord(v) => &v.extra,
            Self::VfamDeletePolicyAuditRecord(v) => &v.extra,
            Self::VfamUpdatePolicyAuditRecord(v) => &v.extra,
            Self::VivaAmplifyAuditRecord(v) => &v.extra,
            Self::VivaEngageEventsAuditRecord(v) => &v.extra,
            Self::VivaEngageNetworkAssociationAuditRecord(v) => &v.extra,
            Self::VivaEngageSegmentAuditRecord(v) => &v.extra,
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => &v.extra,
            Self::VivaGlintAgenticCampaignAuditRecord(v) => &v.extra,
            Self::VivaGlintFeedbackProgramAuditRecord(v) => &v.extra,
            Self::VivaGlintOrganizationalDataAuditRecord(v) => &v.extra,
            Self::VivaGlintPulseProgramAuditRecord(v) => &v.extra,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => &v.extra,
            Self::VivaGlintQuestionAuditRecord(v) => &v.extra,
            Self::VivaGlintRoleAuditRecord(v) => &v.extra,
            Self::VivaGlintRubiconAuditRecord(v) => &v.extra,
            Self::VivaGlintSupportAccessAuditRecord(v) => &v.extra,
            Self::VivaGlintSystemAuditRecord(v) => &v.extra,
            Self::VivaGlintUserAuditRecord(v) => &v.extra,
            Self::VivaGlintUserGroupAuditRecord(v) => &v.extra,
            Self::VivaGoalsAuditRecord(v) => &v.extra,
            Self::VivaLearningAdminAuditRecord(v) => &v.extra,
            Self::VivaLearningAuditRecord(v) => &v.extra,
            Self::VivaPulseAdminAuditRecord(v) => &v.extra,
            Self::VivaPulseOrganizerAuditRecord(v) => &v.extra,
            Self::VivaPulseReportAuditRecord(v) => &v.extra,
            Self::VivaPulseResponseAuditRecord(v) => &v.extra,
            Self::WdatpAlertsAuditRecord(v) => &v.extra,
            Self::WebContentFilteringAuditRecord(v) => &v.extra,
            Self::Windows365CustomerLockboxAuditRecord(v) => &v.extra,
            Self::WorkplaceAnalyticsAuditRecord(v) => &v.extra,
            Self::YammerAuditRecord(v) => &v.extra,
            Self::YammerUserHidingAuditRecord(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::AuditData(v) => &mut v.extra,
            Self::A365AiExecuteTool(v) => &mut v.extra,
            Self::A365AiInferenceCall(v) => &mut v.extra,
            Self::A365AiInvokeAgent(v) => &mut v.extra,
            Self::A365AiRunSummary(v) => &mut v.extra,
            Self::A365SpanOutputs(v) => &mut v.extra,
            Self::AISpanOutputsAuditRecord(v) => &mut v.extra,
            Self::AadRiskDetectionAuditRecord(v) => &mut v.extra,
            Self::AedAuditRecord(v) => &mut v.extra,
            Self::AgentAdminActivityRecord(v) => &mut v.extra,
            Self::AgentSettingAdminActivity(v) => &mut v.extra,
            Self::AiAppInteractionAuditRecord(v) => &mut v.extra,
            Self::AiExecuteToolAuditRecord(v) => &mut v.extra,
            Self::AiInteractionsChangeNotificationAuditRecord(v) => &mut v.extra,
            Self::AiInteractionsExportAuditRecord(v) => &mut v.extra,
            Self::AiInteractionsSubscriptionAuditRecord(v) => &mut v.extra,
            Self::AiInvokeAgentAuditRecord(v) => &mut v.extra,
            Self::AipDiscover(v) => &mut v.extra,
            Self::AipFileDeleted(v) => &mut v.extra,
            Self::AipHeartBeat(v) => &mut v.extra,
            Self::AipProtectionActionLogRequest(v) => &mut v.extra,
            Self::AipScannerDiscoverEvent(v) => &mut v.extra,
            Self::AipSensitivityLabelActionLogRequest(v) => &mut v.extra,
            Self::AirAdminActionInvestigationData(v) => &mut v.extra,
            Self::AirInvestigationData(v) => &mut v.extra,
            Self::AirManualInvestigationData(v) => &mut v.extra,
            Self::AlertSubmissionAuditRecord(v) => &mut v.extra,
            Self::AlertSubmissionResultDetailAuditRecord(v) => &mut v.extra,
            Self::AttackSimAdminAuditRecord(v) => &mut v.extra,
            Self::AttackSimAuditRecord(v) => &mut v.extra,
            Self::AuditConfigAuditRecord(v) => &mut v.extra,
            Self::AuditSearchAuditRecord(v) => &mut v.extra,
            Self::AzfwApplicationRuleAggregationEventRecord(v) => &mut v.extra,
            Self::AzfwDnsQueryEventRecord(v) => &mut v.extra,
            Self::AzfwNetworkRuleEventRecord(v) => &mut v.extra,
            Self::AzureAiSearchAuditRecord(v) => &mut v.extra,
            Self::AzureActiveDirectoryAccountLogonAuditRecord(v) => &mut v.extra,
            Self::AzureActiveDirectoryAuditRecord(v) => &mut v.extra,
            Self::AzureActiveDirectoryStsLogonAuditRecord(v) => &mut v.extra,
            Self::CampaignAuditRecord(v) => &mut v.extra,
            Self::CcraiPolicyViolationRecord(v) => &mut v.extra,
            Self::CdpClassifierHealthRecord(v) => &mut v.extra,
            Self::CdpColdCrawlStatusRecord(v) => &mut v.extra,
            Self::CdpConsumptionResourceRecord(v) => &mut v.extra,
            Self::CdpContentExplorerAggregateRecord(v) => &mut v.extra,
            Self::CdpDlpSensitiveEndpointAuditRecord(v) => &mut v.extra,
            Self::CdpLogRecord(v) => &mut v.extra,
            Self::CdpOcrBillingRecord(v) => &mut v.extra,
            Self::CdpResourceScopeChangeEventRecord(v) => &mut v.extra,
            Self::CdpdlmaiInteractionInsightsRecord(v) => &mut v.extra,
            Self::CloudUpdateDeviceConfigAuditRecord(v) => &mut v.extra,
            Self::CloudUpdateProfileConfigAuditRecord(v) => &mut v.extra,
            Self::CloudUpdateTenantConfigAuditRecord(v) => &mut v.extra,
            Self::ComplianceConnectorAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlmExchangeAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlmSharePointAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpApplicationsAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpApplicationsClassificationAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpEndpointAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpEndpointDiscoveryAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpEnforcementAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpExchangeAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpExchangeClassificationAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpExchangeClassificationCdpRecord(v) => &mut v.extra,
            Self::ComplianceDlpExchangeDiscoveryAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpSharePointAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpSharePointClassificationAuditRecord(v) => &mut v.extra,
            Self::ComplianceDlpSharePointClassificationCdpRecord(v) => &mut v.extra,
            Self::ComplianceDlpSharePointClassificationExtendedAuditRecord(v) => {
                &mut v.extra
            }
            Self::ComplianceExchangeOcrAuditRecord(v) => &mut v.extra,
            Self::ComplianceManagerActionRecord(v) => &mut v.extra,
            Self::CompliancePolicyGradingSharePointAuditRecord(v) => &mut v.extra,
            Self::ComplianceSettingsChangeAuditRecord(v) => &mut v.extra,
            Self::ComplianceSitGradingSharePointAuditRecord(v) => &mut v.extra,
            Self::ComplianceSupervisionExchangeAuditRecord(v) => &mut v.extra,
            Self::ConnectedAiAppInteractionAuditRecord(v) => &mut v.extra,
            Self::ConsumptionResourceAuditRecord(v) => &mut v.extra,
            Self::ContentStoreMetadataRecord(v) => &mut v.extra,
            Self::CopilotAgentManagementAuditRecord(v) => &mut v.extra,
            Self::CopilotForSecurityLoggingAuditRecord(v) => &mut v.extra,
            Self::CopilotForSecurityTriggerAuditRecord(v) => &mut v.extra,
            Self::CopilotInteractionAuditRecord(v) => &mut v.extra,
            Self::CopilotPluginSettingAuditRecord(v) => &mut v.extra,
            Self::CopilotPromptBookSettingAuditRecord(v) => &mut v.extra,
            Self::CopilotSessionSharingAuditRecord(v) => &mut v.extra,
            Self::CopilotSettingAuditRecord(v) => &mut v.extra,
            Self::CopilotWorkspaceSettingAuditRecord(v) => &mut v.extra,
            Self::CoreReportingSettingsAuditRecord(v) => &mut v.extra,
            Self::CortanaBriefingAuditRecord(v) => &mut v.extra,
            Self::CriticalAssetManagementClassificationRecord(v) => &mut v.extra,
            Self::CrmEntityOperationAuditRecord(v) => &mut v.extra,
            Self::CrossTenantAccessPolicyAuditRecord(v) => &mut v.extra,
            Self::CustomerKeyServiceEncryptionAuditRecord(v) => &mut v.extra,
            Self::DataCenterSecurityCmdletAuditRecord(v) => &mut v.extra,
            Self::DataGovernanceAuditRecord(v) => &mut v.extra,
            Self::DataInsightsRestApiAuditRecord(v) => &mut v.extra,
            Self::DataLakeExportOperationAuditRecord(v) => &mut v.extra,
            Self::DataSecurityInvestigationAuditRecord(v) => &mut v.extra,
            Self::DataShareOperationAuditRecord(v) => &mut v.extra,
            Self::DefaultAuditData(v) => &mut v.extra,
            Self::DefenderCaseManagementAuditRecord(v) => &mut v.extra,
            Self::DefenderPreviewFeaturesRecord(v) => &mut v.extra,
            Self::DefenderSecurityForAiConfigurationAuditRecord(v) => &mut v.extra,
            Self::DeployFeatureActivityRecord(v) => &mut v.extra,
            Self::DeviceDiscoverySettingsAuthenticatedScansRecord(v) => &mut v.extra,
            Self::DeviceDiscoverySettingsExclusionRecord(v) => &mut v.extra,
            Self::DeviceDiscoverySettingsRecord(v) => &mut v.extra,
            Self::DiscoveryAuditRecord(v) => &mut v.extra,
            Self::DlpEndpointAuditRecord(v) => &mut v.extra,
            Self::DlpImportResultAuditRecord(v) => &mut v.extra,
            Self::DlpSensitiveInformationTypeRulePackageCmdletRecord(v) => &mut v.extra,
            Self::DragonCopilotAccessRecord(v) => &mut v.extra,
            Self::DragonCopilotAdminRecord(v) => &mut v.extra,
            Self::DragonCopilotClinicalDataRecord(v) => &mut v.extra,
            Self::DragonCopilotSessionRecord(v) => &mut v.extra,
            Self::Dynamics365BusinessCentralAuditRecord(v) => &mut v.extra,
            Self::EhrConnectorAuditBaseRecord(v) => &mut v.extra,
            Self::EopSubmissionFeedEntityAuditRecord(v) => &mut v.extra,
            Self::ExchangeAdminAuditRecord(v) => &mut v.extra,
            Self::ExchangeAggregatedMailboxAuditRecord(v) => &mut v.extra,
            Self::ExchangeAggregatedOperationRecord(v) => &mut v.extra,
            Self::ExchangeMailboxAuditGroupRecord(v) => &mut v.extra,
            Self::ExchangeMailboxAuditRecord(v) => &mut v.extra,
            Self::FabricAuditRecord(v) => &mut v.extra,
            Self::FabricPolicyRecord(v) => &mut v.extra,
            Self::HealthcareSignalRecord(v) => &mut v.extra,
            Self::HostedRpaAuditRecord(v) => &mut v.extra,
            Self::HrSignalAuditRecord(v) => &mut v.extra,
            Self::HygieneEventRecord(v) => &mut v.extra,
            Self::InformationBarrierPolicyApplicationAuditRecord(v) => &mut v.extra,
            Self::InformationWorkerProtectionAuditRecord(v) => &mut v.extra,
            Self::InsiderRiskScopedUserInsightsRecord(v) => &mut v.extra,
            Self::InsiderRiskScopedUsersRecord(v) => &mut v.extra,
            Self::IntegratedAppsAppAdminActivityAuditRecord(v) => &mut v.extra,
            Self::IntegratedAppsAppSettingsAdminActivityAuditRecord(v) => &mut v.extra,
            Self::IrmActivityAuditTrailRecord(v) => &mut v.extra,
            Self::IrmUserDefinedDetectionRecord(v) => &mut v.extra,
            Self::KaizalaAuditRecord(v) => &mut v.extra,
            Self::LabelAnalyticsAggregateAuditRecord(v) => &mut v.extra,
            Self::LabelContentExplorerAuditRecord(v) => &mut v.extra,
            Self::LargeContentMetadataAuditRecord(v) => &mut v.extra,
            Self::M365ComplianceConnectorAuditRecord(v) => &mut v.extra,
            Self::M365SearchSectionsRecord(v) => &mut v.extra,
            Self::M365daadAuditRecord(v) => &mut v.extra,
            Self::M365odspAssetMetadataRecord(v) => &mut v.extra,
            Self::MDashAuditRecord(v) => &mut v.extra,
            Self::MailSubmissionData(v) => &mut v.extra,
            Self::ManagedServicesAuditRecord(v) => &mut v.extra,
            Self::ManagedTenantsAuditRecord(v) => &mut v.extra,
            Self::MapgAlertsAuditRecord(v) => &mut v.extra,
            Self::MapgOnboardAuditRecord(v) => &mut v.extra,
            Self::MapgPolicyAuditRecord(v) => &mut v.extra,
            Self::MapgRemediationAuditRecord(v) => &mut v.extra,
            Self::McasAlertsAuditRecord(v) => &mut v.extra,
            Self::MdaAuditRecord(v) => &mut v.extra,
            Self::MdaDataSecuritySignalRecord(v) => &mut v.extra,
            Self::MdatpAuditRecord(v) => &mut v.extra,
            Self::MdcEventsRecord(v) => &mut v.extra,
            Self::MdiAuditRecord(v) => &mut v.extra,
            Self::MeshWorldsAuditRecord(v) => &mut v.extra,
            Self::Microsoft365BackupBackupItemAuditRecord(v) => &mut v.extra,
            Self::Microsoft365BackupBackupPolicyAuditRecord(v) => &mut v.extra,
            Self::Microsoft365BackupGranularBrowseTaskAuditRecord(v) => &mut v.extra,
            Self::Microsoft365BackupRestoreItemAuditRecord(v) => &mut v.extra,
            Self::Microsoft365BackupRestoreTaskAuditRecord(v) => &mut v.extra,
            Self::Microsoft365CopilotScheduledPromptAuditRecord(v) => &mut v.extra,
            Self::MicrosoftDefenderExpertsXdrAuditRecord(v) => &mut v.extra,
            Self::MicrosoftFlowAuditRecord(v) => &mut v.extra,
            Self::MicrosoftFormsAuditRecord(v) => &mut v.extra,
            Self::MicrosoftGraphDataConnectConsent(v) => &mut v.extra,
            Self::MicrosoftGraphDataConnectOperation(v) => &mut v.extra,
            Self::MicrosoftPurviewDataCatalogOperationRecord(v) => &mut v.extra,
            Self::MicrosoftPurviewDataMapOperationRecord(v) => &mut v.extra,
            Self::MicrosoftPurviewMetadataPolicyOperationRecord(v) => &mut v.extra,
            Self::MicrosoftPurviewPolicyOperationRecord(v) => &mut v.extra,
            Self::MicrosoftPurviewPrivacyAuditEvent(v) => &mut v.extra,
            Self::MicrosoftPurviewUnifiedCatalogOperationRecord(v) => &mut v.extra,
            Self::MicrosoftStreamAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsAdminAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsAnalyticsAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsDeviceAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsRetentionLabelActionAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsSensitivityLabelActionAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsShiftsAuditRecord(v) => &mut v.extra,
            Self::MicrosoftTeamsUserConcernAuditRecord(v) => &mut v.extra,
            Self::MipAutoLabelExchangeItemAuditRecord(v) => &mut v.extra,
            Self::MipAutoLabelProgressFeedbackAuditRecord(v) => &mut v.extra,
            Self::MipAutoLabelSharePointItemAuditRecord(v) => &mut v.extra,
            Self::MipAutoLabelSharePointPolicyLocationAuditRecord(v) => &mut v.extra,
            Self::MipAutoLabelSimulationSharePointCompletionRecord(v) => &mut v.extra,
            Self::MipAutoLabelSimulationSharePointProgressRecord(v) => &mut v.extra,
            Self::MipAutoLabelSimulationStatisticsRecord(v) => &mut v.extra,
            Self::MipExactDataMatchAuditRecord(v) => &mut v.extra,
            Self::MipLabelAnalyticsAuditRecord(v) => &mut v.extra,
            Self::MipLabelAuditRecord(v) => &mut v.extra,
            Self::MosAgentInfoRecord(v) => &mut v.extra,
            Self::MosAgentInfoRecordV2(v) => &mut v.extra,
            Self::Ms365dCustomDetectionAuditRecord(v) => &mut v.extra,
            Self::Ms365dIncidentAuditRecord(v) => &mut v.extra,
            Self::Ms365dSuppressionRuleAuditRecord(v) => &mut v.extra,
            Self::MsdeCustomCollectionAuditRecord(v) => &mut v.extra,
            Self::MsdeGeneralSettingsAuditRecord(v) => &mut v.extra,
            Self::MsdeIndicatorsSettingsAuditRecord(v) => &mut v.extra,
            Self::MsdeResponseActionsAuditRecord(v) => &mut v.extra,
            Self::MsdeRolesSettingsAuditRecord(v) => &mut v.extra,
            Self::MspVectorSearchContentMetadataAuditRecord(v) => &mut v.extra,
            Self::MsticNationStateNotificationRecord(v) => &mut v.extra,
            Self::MultiStageDispositionAuditRecord(v) => &mut v.extra,
            Self::MyAnalyticsSettingsAuditRecord(v) => &mut v.extra,
            Self::NoisyAlertPolicyAuditRecord(v) => &mut v.extra,
            Self::OfficeNativeAuditRecord(v) => &mut v.extra,
            Self::OmePortalAuditRecord(v) => &mut v.extra,
            Self::OnDemandSharePointClassificationAuditRecord(v) => &mut v.extra,
            Self::OnPremisesFileShareScannerDlpAuditRecord(v) => &mut v.extra,
            Self::OnPremisesSharePointScannerDlpAuditRecord(v) => &mut v.extra,
            Self::OneDriveAuditRecord(v) => &mut v.extra,
            Self::OrganizationalDataInM365AuditRecord(v) => &mut v.extra,
            Self::OutlookCopilotAutomationAuditRecord(v) => &mut v.extra,
            Self::OwaGetAccessTokenForResourceAuditRecord(v) => &mut v.extra,
            Self::P4AiRiskScoreRecord(v) => &mut v.extra,
            Self::P4aiAssessmentCategoryRecord(v) => &mut v.extra,
            Self::P4aiAssessmentFabricScannerRecord(v) => &mut v.extra,
            Self::P4aiAssessmentLocationResultRecord(v) => &mut v.extra,
            Self::P4aiAssessmentRecord(v) => &mut v.extra,
            Self::PeopleAdminSettingsAuditRecord(v) => &mut v.extra,
            Self::PhysicalBadgingSignalAuditRecord(v) => &mut v.extra,
            Self::PlacesDirectoryAuditRecord(v) => &mut v.extra,
            Self::PlannerChatMessageAuditRecord(v) => &mut v.extra,
            Self::PlannerChatMessageListAuditRecord(v) => &mut v.extra,
            Self::PlannerCopyPlanAuditRecord(v) => &mut v.extra,
            Self::PlannerGoalAuditRecord(v) => &mut v.extra,
            Self::PlannerGoalListAuditRecord(v) => &mut v.extra,
            Self::PlannerPlanAuditRecord(v) => &mut v.extra,
            Self::PlannerPlanListAuditRecord(v) => &mut v.extra,
            Self::PlannerPlanSensitivityLabelAuditRecord(v) => &mut v.extra,
            Self::PlannerRosterAuditRecord(v) => &mut v.extra,
            Self::PlannerRosterSensitivityLabelAuditRecord(v) => &mut v.extra,
            Self::PlannerTaskAuditRecord(v) => &mut v.extra,
            Self::PlannerTaskListAuditRecord(v) => &mut v.extra,
            Self::PlannerTenantSettingsAuditRecord(v) => &mut v.extra,
            Self::PolicyConfigChangeAuditRecord(v) => &mut v.extra,
            Self::PowerAppsAuditAppRecord(v) => &mut v.extra,
            Self::PowerAppsAuditPlanRecord(v) => &mut v.extra,
            Self::PowerAppsAuditResourceRecord(v) => &mut v.extra,
            Self::PowerBiAuditRecord(v) => &mut v.extra,
            Self::PowerBiDlpAuditRecord(v) => &mut v.extra,
            Self::PowerPagesSiteAuditRecord(v) => &mut v.extra,
            Self::PowerPlatformAdminDlpAuditRecord(v) => &mut v.extra,
            Self::PowerPlatformAdminEnvironmentAuditRecord(v) => &mut v.extra,
            Self::PowerPlatformAdministratorActivityRecord(v) => &mut v.extra,
            Self::PowerPlatformLockboxResourceAccessRequestAuditRecord(v) => &mut v.extra,
            Self::PowerPlatformLockboxResourceCommandAuditRecord(v) => &mut v.extra,
            Self::PowerPlatformServiceActivityAuditRecord(v) => &mut v.extra,
            Self::PowerPlatformTenantIsolationRecord(v) => &mut v.extra,
            Self::PrivaPrivacyAssessmentOperationRecord(v) => &mut v.extra,
            Self::PrivaPrivacyConsentOperationRecord(v) => &mut v.extra,
            Self::PrivacyDataMatchAuditRecord(v) => &mut v.extra,
            Self::PrivacyDataMinimizationRecord(v) => &mut v.extra,
            Self::PrivacyDigestEmailRecord(v) => &mut v.extra,
            Self::PrivacyOpenAccessAuditRecord(v) => &mut v.extra,
            Self::PrivacyPortalAuditRecord(v) => &mut v.extra,
            Self::PrivacyRemediationActionRecord(v) => &mut v.extra,
            Self::PrivacyRemediationRecord(v) => &mut v.extra,
            Self::ProjectAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebAssignedToMeSettingsAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebProjectAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebProjectSettingsAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebRoadmapAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebRoadmapItemAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebRoadmapSettingsAuditRecord(v) => &mut v.extra,
            Self::ProjectForTheWebTaskAuditRecord(v) => &mut v.extra,
            Self::PublicFolderAuditRecord(v) => &mut v.extra,
            Self::PurviewInsiderRiskAlertsRecord(v) => &mut v.extra,
            Self::PurviewInsiderRiskCasesRecord(v) => &mut v.extra,
            Self::PurviewMcRecommendationRecord(v) => &mut v.extra,
            Self::PurviewPostureAgentAuditRecord(v) => &mut v.extra,
            Self::QuarantineAuditRecord(v) => &mut v.extra,
            Self::RecordsManagementAuditRecord(v) => &mut v.extra,
            Self::ReportSubmission(v) => &mut v.extra,
            Self::ReportSubmissionResultDetail(v) => &mut v.extra,
            Self::RestrictedModeAuditRecord(v) => &mut v.extra,
            Self::RetentionPolicyAuditRecord(v) => &mut v.extra,
            Self::RtiOperationsAgentAuditRecord(v) => &mut v.extra,
            Self::SbpConfigurationEventRecord(v) => &mut v.extra,
            Self::SbpUsageEventRecord(v) => &mut v.extra,
            Self::ScoreEvidence(v) => &mut v.extra,
            Self::ScorePlatformGenericAuditRecord(v) => &mut v.extra,
            Self::ScriptRunAuditRecord(v) => &mut v.extra,
            Self::SearchAuditRecord(v) => &mut v.extra,
            Self::SecurityComplianceAlertRecord(v) => &mut v.extra,
            Self::SecurityComplianceCenterEopCmdletAuditRecord(v) => &mut v.extra,
            Self::SecurityComplianceInsightsAuditRecord(v) => &mut v.extra,
            Self::SecurityComplianceRbacAuditRecord(v) => &mut v.extra,
            Self::SecurityComplianceUserChangeAuditRecord(v) => &mut v.extra,
            Self::SecurityCopilotIdentityManagementAuditRecord(v) => &mut v.extra,
            Self::SecurityDevelopmentLifecycleAiLogAuditRecord(v) => &mut v.extra,
            Self::SensitiveInfoRemediationAgentDataRecord(v) => &mut v.extra,
            Self::SensitivityLabelActionAuditRecord(v) => &mut v.extra,
            Self::SensitivityLabelPolicyMatchAuditRecord(v) => &mut v.extra,
            Self::SensitivityLabeledFileActionAuditRecord(v) => &mut v.extra,
            Self::SentinelAiToolAuditRecord(v) => &mut v.extra,
            Self::SentinelGraphAuditRecord(v) => &mut v.extra,
            Self::SentinelJobAuditRecord(v) => &mut v.extra,
            Self::SentinelKqlOnLakeAuditRecord(v) => &mut v.extra,
            Self::SentinelLakeDataOnboardingAuditRecord(v) => &mut v.extra,
            Self::SentinelLakeEncryptionAuditRecord(v) => &mut v.extra,
            Self::SentinelLakeOnboardingAuditRecord(v) => &mut v.extra,
            Self::SentinelNotebookOnLakeAuditRecord(v) => &mut v.extra,
            Self::SentinelPackageAuditRecord(v) => &mut v.extra,
            Self::SharePointAppPermissionOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointAuditRecord(v) => &mut v.extra,
            Self::SharePointCommentOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointContentSecurityPolicyAuditRecord(v) => &mut v.extra,
            Self::SharePointContentTypeOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointESignatureAuditRecord(v) => &mut v.extra,
            Self::SharePointFieldOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointFileOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointListItemOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointListOperationAuditRecord(v) => &mut v.extra,
            Self::SharePointSharingOperationAuditRecord(v) => &mut v.extra,
            Self::SkypeForBusinessCmdletsAuditRecord(v) => &mut v.extra,
            Self::SkypeForBusinessPstnUsageAuditRecord(v) => &mut v.extra,
            Self::SkypeForBusinessUsersBlockedAuditRecord(v) => &mut v.extra,
            Self::SonarDetonationContentMetadata(v) => &mut v.extra,
            Self::SonarDetonationEntityAuditRecord(v) => &mut v.extra,
            Self::SonarFileDetonationEntityAuditRecord(v) => &mut v.extra,
            Self::SonarSubmissionEntityAuditRecord(v) => &mut v.extra,
            Self::SonarUrlDetonationEntityAuditRecord(v) => &mut v.extra,
            Self::SparkCoreCustomLivePoolRecord(v) => &mut v.extra,
            Self::SubmissionEntityAuditRecord(v) => &mut v.extra,
            Self::SupervisoryReviewDayXInsightsAuditRecord(v) => &mut v.extra,
            Self::SyntheticProbeAuditRecord(v) => &mut v.extra,
            Self::TeamCopilotInteractionAuditRecord(v) => &mut v.extra,
            Self::TeamsEasyApprovalsAuditRecord(v) => &mut v.extra,
            Self::TeamsEvalDataHubAdminOperationAuditRecord(v) => &mut v.extra,
            Self::TeamsEvalDataHubDataAccessAuditRecord(v) => &mut v.extra,
            Self::TeamsEvalDataHubPermissionChangeAuditRecord(v) => &mut v.extra,
            Self::TeamsHealthcareAuditRecord(v) => &mut v.extra,
            Self::TeamsUpdatesAuditRecord(v) => &mut v.extra,
            Self::TenantAllowBlockListAuditRecord(v) => &mut v.extra,
            Self::ThreatFinderAuditRecord(v) => &mut v.extra,
            Self::ThreatIntelligenceAtpContentData(v) => &mut v.extra,
            Self::ThreatIntelligenceExportAuditRecord(v) => &mut v.extra,
            Self::ThreatIntelligenceMailData(v) => &mut v.extra,
            Self::ThreatIntelligenceObjectAuditRecord(v) => &mut v.extra,
            Self::ThreatIntelligenceUrlClickData(v) => &mut v.extra,
            Self::TodoAuditRecord(v) => &mut v.extra,
            Self::TrainableClassifierAuditRecord(v) => &mut v.extra,
            Self::UamOperationAuditRecord(v) => &mut v.extra,
            Self::UnifiedGroupAuditRecord(v) => &mut v.extra,
            Self::UnifiedSimulationMatchedItemAuditRecord(v) => &mut v.extra,
            Self::UnifiedSimulationSummaryAuditRecord(v) => &mut v.extra,
            Self::UniversalPrintManagementAuditRecord(v) => &mut v.extra,
            Self::UniversalPrintPrintJobAuditRecord(v) => &mut v.extra,
            Self::UrbacAssignmentAuditRecord(v) => &mut v.extra,
            Self::UrbacEnableStateAuditRecord(v) => &mut v.extra,
            Self::UrbacRoleAuditRecord(v) => &mut v.extra,
            Self::UserTrainingAuditRecord(v) => &mut v.extra,
            Self::UsxWorkspaceOnboardingAuditRecord(v) => &mut v.extra,
            Self::VfamCreatePolicyAuditRecord(v) => &mut v.extra,
            Self::VfamDeletePolicyAuditRecord(v) => &mut v.extra,
            Self::VfamUpdatePolicyAuditRecord(v) => &mut v.extra,
            Self::VivaAmplifyAuditRecord(v) => &mut v.extra,
            Self::VivaEngageEventsAuditRecord(v) => &mut v.extra,
            Self::VivaEngageNetworkAssociationAuditRecord(v) => &mut v.extra,
            Self::VivaEngageSegmentAuditRecord(v) => &mut v.extra,
            Self::VivaGlintAdvancedConfigurationAuditRecord(v) => &mut v.extra,
            Self::VivaGlintAgenticCampaignAuditRecord(v) => &mut v.extra,
            Self::VivaGlintFeedbackProgramAuditRecord(v) => &mut v.extra,
            Self::VivaGlintOrganizationalDataAuditRecord(v) => &mut v.extra,
            Self::VivaGlintPulseProgramAuditRecord(v) => &mut v.extra,
            Self::VivaGlintPulseProgramRespondentRateAuditRecord(v) => &mut v.extra,
            Self::VivaGlintQuestionAuditRecord(v) => &mut v.extra,
            Self::VivaGlintRoleAuditRecord(v) => &mut v.extra,
            Self::VivaGlintRubiconAuditRecord(v) => &mut v.extra,
            Self::VivaGlintSupportAccessAuditRecord(v) => &mut v.extra,
            Self::VivaGlintSystemAuditRecord(v) => &mut v.extra,
            Self::VivaGlintUserAuditRecord(v) => &mut v.extra,
            Self::VivaGlintUserGroupAuditRecord(v) => &mut v.extra,
            Self::VivaGoalsAuditRecord(v) => &mut v.extra,
            Self::VivaLearningAdminAuditRecord(v) => &mut v.extra,
            Self::VivaLearningAuditRecord(v) => &mut v.extra,
            Self::VivaPulseAdminAuditRecord(v) => &mut v.extra,
            Self::VivaPulseOrganizerAuditRecord(v) => &mut v.extra,
            Self::VivaPulseReportAuditRecord(v) => &mut v.extra,
            Self::VivaPulseResponseAuditRecord(v) => &mut v.extra,
            Self::WdatpAlertsAuditRecord(v) => &mut v.extra,
            Self::WebContentFilteringAuditRecord(v) => &mut v.extra,
            Self::Windows365CustomerLockboxAuditRecord(v) => &mut v.extra,
            Self::WorkplaceAnalyticsAuditRecord(v) => &mut v.extra,
            Self::YammerAuditRecord(v) => &mut v.extra,
            Self::YammerUserHidingAuditRecord(v) => &mut v.extra,
        }
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
