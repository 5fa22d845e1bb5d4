//! Types of `microsoft.graph` by the first letters of their names (`entity_2`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SecureScoreControlProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SecureScoreControlProfile) -> Self {
        Self::SecureScoreControlProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Alert> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Alert) -> Self {
        Self::SecurityAlert(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AnalyzedEmail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AnalyzedEmail) -> Self {
        Self::AnalyzedEmail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Article> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Article) -> Self {
        Self::Article(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ArticleIndicator> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::ArticleIndicator) -> Self {
        Self::ArticleIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Artifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Artifact) -> Self {
        Self::Artifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuditCoreRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuditCoreRoot) -> Self {
        Self::AuditCoreRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuditLogQuery> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuditLogQuery) -> Self {
        Self::AuditLogQuery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuditLogRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuditLogRecord) -> Self {
        Self::AuditLogRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AuthorityTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuthorityTemplate) -> Self {
        Self::AuthorityTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AutoAuditingConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AutoAuditingConfiguration) -> Self {
        Self::AutoAuditingConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Case> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Case) -> Self {
        Self::Case(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CaseOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CaseOperation) -> Self {
        Self::CaseOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CasesRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CasesRoot) -> Self {
        Self::CasesRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CategoryTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CategoryTemplate) -> Self {
        Self::CategoryTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CitationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CitationTemplate) -> Self {
        Self::CitationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CollaborationRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CollaborationRoot) -> Self {
        Self::CollaborationRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DataSet) -> Self {
        Self::DataSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DataSource) -> Self {
        Self::DataSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DataSourceContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DataSourceContainer) -> Self {
        Self::DataSourceContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DepartmentTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DepartmentTemplate) -> Self {
        Self::DepartmentTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryAddToReviewSetOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryAddToReviewSetOperation) -> Self {
        Self::EdiscoveryAddToReviewSetOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCase) -> Self {
        Self::EdiscoveryCase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCaseMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCaseMember) -> Self {
        Self::EdiscoveryCaseMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCaseSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCaseSettings) -> Self {
        Self::EdiscoveryCaseSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCustodian> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCustodian) -> Self {
        Self::EdiscoveryCustodian(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryEstimateOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryEstimateOperation) -> Self {
        Self::EdiscoveryEstimateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryExportOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryExportOperation) -> Self {
        Self::EdiscoveryExportOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryHoldOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryHoldOperation) -> Self {
        Self::EdiscoveryHoldOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryHoldPolicySyncOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryHoldPolicySyncOperation) -> Self {
        Self::EdiscoveryHoldPolicySyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryIndexOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryIndexOperation) -> Self {
        Self::EdiscoveryIndexOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryNoncustodialDataSource>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryNoncustodialDataSource) -> Self {
        Self::EdiscoveryNoncustodialDataSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryPurgeDataOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryPurgeDataOperation) -> Self {
        Self::EdiscoveryPurgeDataOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryReviewSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryReviewSet) -> Self {
        Self::EdiscoveryReviewSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryReviewSetQuery> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryReviewSetQuery) -> Self {
        Self::EdiscoveryReviewSetQuery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryReviewTag> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryReviewTag) -> Self {
        Self::EdiscoveryReviewTag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoverySearch> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoverySearch) -> Self {
        Self::EdiscoverySearch(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoverySearchExportOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoverySearchExportOperation) -> Self {
        Self::EdiscoverySearchExportOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::EdiscoveryTagOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryTagOperation) -> Self {
        Self::EdiscoveryTagOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FilePlanDescriptor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::FilePlanDescriptor) -> Self {
        Self::FilePlanDescriptor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FilePlanDescriptorTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::FilePlanDescriptorTemplate) -> Self {
        Self::FilePlanDescriptorTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FilePlanReferenceTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::FilePlanReferenceTemplate) -> Self {
        Self::FilePlanReferenceTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HealthIssue> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HealthIssue) -> Self {
        Self::HealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Host> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Host) -> Self {
        Self::Host(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostComponent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostComponent) -> Self {
        Self::HostComponent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostCookie> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostCookie) -> Self {
        Self::HostCookie(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostPair> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostPair) -> Self {
        Self::HostPair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostPort> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostPort) -> Self {
        Self::HostPort(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostReputation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostReputation) -> Self {
        Self::HostReputation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostSslCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostSslCertificate) -> Self {
        Self::HostSslCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostTracker> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostTracker) -> Self {
        Self::HostTracker(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Hostname> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Hostname) -> Self {
        Self::Hostname(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IdentityAccounts> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IdentityAccounts) -> Self {
        Self::IdentityAccounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IdentityContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IdentityContainer) -> Self {
        Self::SecurityIdentityContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Incident> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Incident) -> Self {
        Self::Incident(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Indicator> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Indicator) -> Self {
        Self::Indicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IntelligenceProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IntelligenceProfile) -> Self {
        Self::IntelligenceProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IntelligenceProfileIndicator>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IntelligenceProfileIndicator) -> Self {
        Self::IntelligenceProfileIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IpAddress> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IpAddress) -> Self {
        Self::IpAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::LabelsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::LabelsRoot) -> Self {
        Self::LabelsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::NetworkAdapter> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::NetworkAdapter) -> Self {
        Self::NetworkAdapter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PassiveDnsRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::PassiveDnsRecord) -> Self {
        Self::PassiveDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RetentionEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::RetentionEvent) -> Self {
        Self::RetentionEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RetentionEventType> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::RetentionEventType) -> Self {
        Self::RetentionEventType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RetentionLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::RetentionLabel) -> Self {
        Self::RetentionLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Search> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Search) -> Self {
        Self::Search(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Sensor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Sensor) -> Self {
        Self::Sensor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SensorCandidate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SensorCandidate) -> Self {
        Self::SensorCandidate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SensorCandidateActivationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SensorCandidateActivationConfiguration) -> Self {
        Self::SensorCandidateActivationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SettingsContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SettingsContainer) -> Self {
        Self::SettingsContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SiteSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SiteSource) -> Self {
        Self::SiteSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SslCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SslCertificate) -> Self {
        Self::SslCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SubcategoryTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SubcategoryTemplate) -> Self {
        Self::SubcategoryTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Subdomain> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Subdomain) -> Self {
        Self::Subdomain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Tag> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Tag) -> Self {
        Self::Tag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligence> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligence) -> Self {
        Self::ThreatIntelligence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TriggerTypesRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::TriggerTypesRoot) -> Self {
        Self::TriggerTypesRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TriggersRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::TriggersRoot) -> Self {
        Self::TriggersRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UnclassifiedArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::UnclassifiedArtifact) -> Self {
        Self::UnclassifiedArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UnifiedGroupSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::UnifiedGroupSource) -> Self {
        Self::UnifiedGroupSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::User> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::User) -> Self {
        Self::SecurityUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UserSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::UserSource) -> Self {
        Self::UserSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Vulnerability> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Vulnerability) -> Self {
        Self::Vulnerability(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::VulnerabilityComponent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::VulnerabilityComponent) -> Self {
        Self::VulnerabilityComponent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WhoisBaseRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::WhoisBaseRecord) -> Self {
        Self::WhoisBaseRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WhoisHistoryRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::WhoisHistoryRecord) -> Self {
        Self::WhoisHistoryRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WhoisRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::WhoisRecord) -> Self {
        Self::WhoisRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SecurityReportsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SecurityReportsRoot) -> Self {
        Self::SecurityReportsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SendDtmfTonesOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SendDtmfTonesOperation) -> Self {
        Self::SendDtmfTonesOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SensitivityLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SensitivityLabel) -> Self {
        Self::SensitivityLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceAnnouncement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncement) -> Self {
        Self::ServiceAnnouncement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceAnnouncementAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncementAttachment) -> Self {
        Self::ServiceAnnouncementAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceAnnouncementBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncementBase) -> Self {
        Self::ServiceAnnouncementBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceApp) -> Self {
        Self::ServiceApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceHealth> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceHealth) -> Self {
        Self::ServiceHealth(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceHealthIssue> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceHealthIssue) -> Self {
        Self::ServiceHealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServicePrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServicePrincipal) -> Self {
        Self::ServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServicePrincipalRiskDetection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServicePrincipalRiskDetection) -> Self {
        Self::ServicePrincipalRiskDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceProviderConstraints> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceProviderConstraints) -> Self {
        Self::ServiceProviderConstraints(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceStorageQuotaBreakdown> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceStorageQuotaBreakdown) -> Self {
        Self::ServiceStorageQuotaBreakdown(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ServiceUpdateMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceUpdateMessage) -> Self {
        Self::ServiceUpdateMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SettingStateDeviceSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SettingStateDeviceSummary) -> Self {
        Self::SettingStateDeviceSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointBrowseSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointBrowseSession) -> Self {
        Self::SharePointBrowseSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointGroup) -> Self {
        Self::SharePointGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointGroupMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointGroupMember) -> Self {
        Self::SharePointGroupMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationEvent) -> Self {
        Self::SharePointMigrationEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationFinishManifestFileUploadEvent>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationFinishManifestFileUploadEvent) -> Self {
        Self::SharePointMigrationFinishManifestFileUploadEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJob) -> Self {
        Self::SharePointMigrationJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobCancelledEvent>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobCancelledEvent) -> Self {
        Self::SharePointMigrationJobCancelledEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobDeletedEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobDeletedEvent) -> Self {
        Self::SharePointMigrationJobDeletedEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobErrorEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobErrorEvent) -> Self {
        Self::SharePointMigrationJobErrorEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobPostponedEvent>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobPostponedEvent) -> Self {
        Self::SharePointMigrationJobPostponedEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobProgressEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobProgressEvent) -> Self {
        Self::SharePointMigrationJobProgressEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobQueuedEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobQueuedEvent) -> Self {
        Self::SharePointMigrationJobQueuedEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointMigrationJobStartEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointMigrationJobStartEvent) -> Self {
        Self::SharePointMigrationJobStartEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointProtectionPolicy) -> Self {
        Self::SharePointProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharePointRestoreSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharePointRestoreSession) -> Self {
        Self::SharePointRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_shares)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedDriveItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharedDriveItem) -> Self {
        Self::SharedDriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharedInsight) -> Self {
        Self::SharedInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedPcConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharedPcConfiguration) -> Self {
        Self::SharedPcConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharedWithChannelTeamInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharedWithChannelTeamInfo) -> Self {
        Self::SharedWithChannelTeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Sharepoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Sharepoint) -> Self {
        Self::Sharepoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SharepointSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SharepointSettings) -> Self {
        Self::SharepointSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Shift> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Shift) -> Self {
        Self::Shift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ShiftPreferences> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ShiftPreferences) -> Self {
        Self::ShiftPreferences(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SignIn> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SignIn) -> Self {
        Self::SignIn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Simulation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Simulation) -> Self {
        Self::Simulation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SimulationAutomation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SimulationAutomation) -> Self {
        Self::SimulationAutomation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SimulationAutomationRun> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SimulationAutomationRun) -> Self {
        Self::SimulationAutomationRun(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SingleValueLegacyExtendedProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SingleValueLegacyExtendedProperty) -> Self {
        Self::SingleValueLegacyExtendedProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Site> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Site) -> Self {
        Self::Site(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SitePage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SitePage) -> Self {
        Self::SitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteProtectionRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SiteProtectionRule) -> Self {
        Self::SiteProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteProtectionUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SiteProtectionUnit) -> Self {
        Self::SiteProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteProtectionUnitsBulkAdditionJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SiteProtectionUnitsBulkAdditionJob) -> Self {
        Self::SiteProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SiteRestoreArtifact) -> Self {
        Self::SiteRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SiteRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::SiteRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SkypeForBusinessUserConversationMember>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SkypeForBusinessUserConversationMember) -> Self {
        Self::SkypeForBusinessUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SkypeUserConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SkypeUserConversationMember) -> Self {
        Self::SkypeUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SmsAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SmsAuthenticationMethodConfiguration) -> Self {
        Self::SmsAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SmsAuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SmsAuthenticationMethodTarget) -> Self {
        Self::SmsAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SocialIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SocialIdentityProvider) -> Self {
        Self::SocialIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SoftwareOathAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SoftwareOathAuthenticationMethod) -> Self {
        Self::SoftwareOathAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SoftwareOathAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SoftwareOathAuthenticationMethodConfiguration) -> Self {
        Self::SoftwareOathAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SoftwareUpdateStatusSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SoftwareUpdateStatusSummary) -> Self {
        Self::SoftwareUpdateStatusSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SpeakerAssignmentSubmission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SpeakerAssignmentSubmission) -> Self {
        Self::SpeakerAssignmentSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StandardWebPart> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::StandardWebPart) -> Self {
        Self::StandardWebPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StartHoldMusicOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::StartHoldMusicOperation) -> Self {
        Self::StartHoldMusicOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StopHoldMusicOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::StopHoldMusicOperation) -> Self {
        Self::StopHoldMusicOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StorageQuotaBreakdown> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::StorageQuotaBreakdown) -> Self {
        Self::StorageQuotaBreakdown(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StorageSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::StorageSettings) -> Self {
        Self::StorageSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::StsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::StsPolicy) -> Self {
        Self::StsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubjectRightsRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SubjectRightsRequest) -> Self {
        Self::SubjectRightsRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubscribeToToneOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SubscribeToToneOperation) -> Self {
        Self::SubscribeToToneOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_subscribed_skus)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SubscribedSku> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SubscribedSku) -> Self {
        Self::SubscribedSku(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Subscription> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Subscription) -> Self {
        Self::Subscription(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SwapShiftsChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SwapShiftsChangeRequest) -> Self {
        Self::SwapShiftsChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Synchronization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Synchronization) -> Self {
        Self::Synchronization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SynchronizationJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SynchronizationJob) -> Self {
        Self::SynchronizationJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SynchronizationSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SynchronizationSchema) -> Self {
        Self::SynchronizationSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SynchronizationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SynchronizationTemplate) -> Self {
        Self::SynchronizationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetDeviceGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TargetDeviceGroup) -> Self {
        Self::TargetDeviceGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedChatMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TargetedChatMessage) -> Self {
        Self::TargetedChatMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppConfiguration) -> Self {
        Self::TargetedManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppPolicyAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppPolicyAssignment) -> Self {
        Self::TargetedManagedAppPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TargetedManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TargetedManagedAppProtection) -> Self {
        Self::TargetedManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TaskFileAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TaskFileAttachment) -> Self {
        Self::TaskFileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Team> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Team) -> Self {
        Self::Team(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamInfo) -> Self {
        Self::TeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::NumberAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::NumberAssignment) -> Self {
        Self::NumberAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::PolicyIdentifierDetail>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::PolicyIdentifierDetail) -> Self {
        Self::PolicyIdentifierDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::TeamsAdminRoot>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::TeamsAdminRoot) -> Self {
        Self::TeamsAdminRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::TeamsPolicyAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::TeamsPolicyAssignment) -> Self {
        Self::TeamsPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::TeamsPolicyUserAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::TeamsPolicyUserAssignment) -> Self {
        Self::TeamsPolicyUserAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::TeamsUserConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::TeamsUserConfiguration) -> Self {
        Self::TeamsUserConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
    ) -> Self {
        Self::TelephoneNumberLongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::teams_administration::TelephoneNumberManagementRoot>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::teams_administration::TelephoneNumberManagementRoot) -> Self {
        Self::TelephoneNumberManagementRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsApp) -> Self {
        Self::TeamsApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsAppDefinition) -> Self {
        Self::TeamsAppDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppInstallation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsAppInstallation) -> Self {
        Self::TeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAppSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsAppSettings) -> Self {
        Self::TeamsAppSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsAsyncOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsAsyncOperation) -> Self {
        Self::TeamsAsyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsTab> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsTab) -> Self {
        Self::TeamsTab(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_teams_templates)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamsTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamsTemplate) -> Self {
        Self::TeamsTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Teamwork> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Teamwork) -> Self {
        Self::Teamwork(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkBot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamworkBot) -> Self {
        Self::TeamworkBot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkHostedContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamworkHostedContent) -> Self {
        Self::TeamworkHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkTag> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamworkTag) -> Self {
        Self::TeamworkTag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TeamworkTagMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TeamworkTagMember) -> Self {
        Self::TeamworkTagMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TemporaryAccessPassAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TemporaryAccessPassAuthenticationMethod) -> Self {
        Self::TemporaryAccessPassAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration) -> Self {
        Self::TemporaryAccessPassAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantAppManagementPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TenantAppManagementPolicy) -> Self {
        Self::TenantAppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantDataSecurityAndGovernance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TenantDataSecurityAndGovernance) -> Self {
        Self::TenantDataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TenantProtectionScopeContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TenantProtectionScopeContainer) -> Self {
        Self::TenantProtectionScopeContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::term_store::Group> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::term_store::Group) -> Self {
        Self::TermStoreGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::term_store::Relation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::term_store::Relation) -> Self {
        Self::Relation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::term_store::Set> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::term_store::Set) -> Self {
        Self::Set(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::term_store::Store> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::term_store::Store) -> Self {
        Self::Store(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::term_store::Term> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::term_store::Term) -> Self {
        Self::Term(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TermsAndConditions> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TermsAndConditions) -> Self {
        Self::TermsAndConditions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TermsAndConditionsAcceptanceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TermsAndConditionsAcceptanceStatus) -> Self {
        Self::TermsAndConditionsAcceptanceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TermsAndConditionsAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TermsAndConditionsAssignment) -> Self {
        Self::TermsAndConditionsAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TermsOfUseContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TermsOfUseContainer) -> Self {
        Self::TermsOfUseContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TextWebPart> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TextWebPart) -> Self {
        Self::TextWebPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ThreatAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ThreatAssessmentRequest) -> Self {
        Self::ThreatAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ThreatAssessmentResult> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ThreatAssessmentResult) -> Self {
        Self::ThreatAssessmentResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ThumbnailSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ThumbnailSet) -> Self {
        Self::ThumbnailSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeCard> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TimeCard) -> Self {
        Self::TimeCard(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOff> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TimeOff) -> Self {
        Self::TimeOff(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOffReason> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TimeOffReason) -> Self {
        Self::TimeOffReason(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TimeOffRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TimeOffRequest) -> Self {
        Self::TimeOffRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Todo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Todo) -> Self {
        Self::Todo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TodoTask> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TodoTask) -> Self {
        Self::TodoTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TodoTaskList> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TodoTaskList) -> Self {
        Self::TodoTaskList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenIssuancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TokenIssuancePolicy) -> Self {
        Self::TokenIssuancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TokenLifetimePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TokenLifetimePolicy) -> Self {
        Self::TokenLifetimePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Training> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Training) -> Self {
        Self::Training(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::TrainingLanguageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::TrainingLanguageDetail) -> Self {
        Self::TrainingLanguageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Trending> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Trending) -> Self {
        Self::Trending(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRbacResourceAction> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRbacResourceAction) -> Self {
        Self::UnifiedRbacResourceAction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRbacResourceNamespace> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRbacResourceNamespace) -> Self {
        Self::UnifiedRbacResourceNamespace(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignment) -> Self {
        Self::UnifiedRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentSchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentSchedule) -> Self {
        Self::UnifiedRoleAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentScheduleInstance) -> Self {
        Self::UnifiedRoleAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleAssignmentScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleAssignmentScheduleRequest) -> Self {
        Self::UnifiedRoleAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleDefinition) -> Self {
        Self::UnifiedRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilitySchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilitySchedule) -> Self {
        Self::UnifiedRoleEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilityScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilityScheduleInstance) -> Self {
        Self::UnifiedRoleEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleEligibilityScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleEligibilityScheduleRequest) -> Self {
        Self::UnifiedRoleEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicy) -> Self {
        Self::UnifiedRoleManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyApprovalRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyApprovalRule) -> Self {
        Self::UnifiedRoleManagementPolicyApprovalRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyAssignment) -> Self {
        Self::UnifiedRoleManagementPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule) -> Self {
        Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyEnablementRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyEnablementRule) -> Self {
        Self::UnifiedRoleManagementPolicyEnablementRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyExpirationRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyExpirationRule) -> Self {
        Self::UnifiedRoleManagementPolicyExpirationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyNotificationRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyNotificationRule) -> Self {
        Self::UnifiedRoleManagementPolicyNotificationRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleManagementPolicyRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleManagementPolicyRule) -> Self {
        Self::UnifiedRoleManagementPolicyRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleScheduleBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleScheduleBase) -> Self {
        Self::UnifiedRoleScheduleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedRoleScheduleInstanceBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedRoleScheduleInstanceBase) -> Self {
        Self::UnifiedRoleScheduleInstanceBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnifiedStorageQuota> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnifiedStorageQuota) -> Self {
        Self::UnifiedStorageQuota(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnitMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnitMap) -> Self {
        Self::UnitMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UnmuteParticipantOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UnmuteParticipantOperation) -> Self {
        Self::UnmuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UpdateRecordingStatusOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UpdateRecordingStatusOperation) -> Self {
        Self::UpdateRecordingStatusOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UrlAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UrlAssessmentRequest) -> Self {
        Self::UrlAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UsageRightsIncluded> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UsageRightsIncluded) -> Self {
        Self::UsageRightsIncluded(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UsedInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UsedInsight) -> Self {
        Self::UsedInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::User> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::User) -> Self {
        Self::User(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserActivity) -> Self {
        Self::UserActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserConsentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserConsentRequest) -> Self {
        Self::UserConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserDataSecurityAndGovernance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserDataSecurityAndGovernance) -> Self {
        Self::UserDataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthApplicationPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance) -> Self {
        Self::UserExperienceAnalyticsAppHealthDevicePerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
    ) -> Self {
        Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance,
> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance) -> Self {
        Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsBaseline> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsBaseline) -> Self {
        Self::UserExperienceAnalyticsBaseline(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsCategory) -> Self {
        Self::UserExperienceAnalyticsCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsDevicePerformance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsDevicePerformance) -> Self {
        Self::UserExperienceAnalyticsDevicePerformance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsDeviceScores> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsDeviceScores) -> Self {
        Self::UserExperienceAnalyticsDeviceScores(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsDeviceStartupHistory>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsDeviceStartupHistory) -> Self {
        Self::UserExperienceAnalyticsDeviceStartupHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsDeviceStartupProcess>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsDeviceStartupProcess) -> Self {
        Self::UserExperienceAnalyticsDeviceStartupProcess(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsMetric> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsMetric) -> Self {
        Self::UserExperienceAnalyticsMetric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsMetricHistory>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsMetricHistory) -> Self {
        Self::UserExperienceAnalyticsMetricHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsModelScores> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsModelScores) -> Self {
        Self::UserExperienceAnalyticsModelScores(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsOverview) -> Self {
        Self::UserExperienceAnalyticsOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsScoreHistory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsScoreHistory) -> Self {
        Self::UserExperienceAnalyticsScoreHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice) -> Self {
        Self::UserExperienceAnalyticsWorkFromAnywhereDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
    ) -> Self {
        Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric) -> Self {
        Self::UserExperienceAnalyticsWorkFromAnywhereMetric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
    ) -> Self {
        Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserFlowLanguageConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserFlowLanguageConfiguration) -> Self {
        Self::UserFlowLanguageConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserFlowLanguagePage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserFlowLanguagePage) -> Self {
        Self::UserFlowLanguagePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserInsightsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserInsightsSettings) -> Self {
        Self::UserInsightsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserInstallStateSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserInstallStateSummary) -> Self {
        Self::UserInstallStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserProtectionScopeContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserProtectionScopeContainer) -> Self {
        Self::UserProtectionScopeContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserRegistrationDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserRegistrationDetails) -> Self {
        Self::UserRegistrationDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserScopeTeamsAppInstallation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserScopeTeamsAppInstallation) -> Self {
        Self::UserScopeTeamsAppInstallation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserSettings) -> Self {
        Self::UserSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserSignInInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserSignInInsight) -> Self {
        Self::UserSignInInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserSolutionRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserSolutionRoot) -> Self {
        Self::UserSolutionRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserStorage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserStorage) -> Self {
        Self::UserStorage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::UserTeamwork> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::UserTeamwork) -> Self {
        Self::UserTeamwork(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VerifiableCredentialAuthenticationMethodTarget>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VerifiableCredentialAuthenticationMethodTarget) -> Self {
        Self::VerifiableCredentialAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
    ) -> Self {
        Self::VerifiableCredentialsAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VerifiedIdProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VerifiedIdProfile) -> Self {
        Self::VerifiedIdProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VerticalSection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VerticalSection) -> Self {
        Self::VerticalSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEndpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEndpoint) -> Self {
        Self::VirtualEndpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEvent) -> Self {
        Self::VirtualEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventPresenter> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventPresenter) -> Self {
        Self::VirtualEventPresenter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistration) -> Self {
        Self::VirtualEventRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationConfiguration) -> Self {
        Self::VirtualEventRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationCustomQuestion>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationCustomQuestion) -> Self {
        Self::VirtualEventRegistrationCustomQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationPredefinedQuestion>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationPredefinedQuestion) -> Self {
        Self::VirtualEventRegistrationPredefinedQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationQuestionBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationQuestionBase) -> Self {
        Self::VirtualEventRegistrationQuestionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventSession) -> Self {
        Self::VirtualEventSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventTownhall> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventTownhall) -> Self {
        Self::VirtualEventTownhall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventTownhallRegistrationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventTownhallRegistrationConfiguration) -> Self {
        Self::VirtualEventTownhallRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventWebinar> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventWebinar) -> Self {
        Self::VirtualEventWebinar(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventWebinarRegistrationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventWebinarRegistrationConfiguration) -> Self {
        Self::VirtualEventWebinarRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VirtualEventsRoot) -> Self {
        Self::VirtualEventsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VoiceAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VoiceAuthenticationMethodConfiguration) -> Self {
        Self::VoiceAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VppToken> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::VppToken) -> Self {
        Self::VppToken(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WebApp) -> Self {
        Self::WebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebApplicationFirewallProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WebApplicationFirewallProvider) -> Self {
        Self::WebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebApplicationFirewallVerificationModel>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WebApplicationFirewallVerificationModel) -> Self {
        Self::WebApplicationFirewallVerificationModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WebPart> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WebPart) -> Self {
        Self::WebPart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Win32LobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Win32LobApp) -> Self {
        Self::Win32LobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10CompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10CompliancePolicy) -> Self {
        Self::Windows10CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10CustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10CustomConfiguration) -> Self {
        Self::Windows10CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10EndpointProtectionConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10EndpointProtectionConfiguration) -> Self {
        Self::Windows10EndpointProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10EnrollmentCompletionPageConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10EnrollmentCompletionPageConfiguration) -> Self {
        Self::Windows10EnrollmentCompletionPageConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10EnterpriseModernAppManagementConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10EnterpriseModernAppManagementConfiguration) -> Self {
        Self::Windows10EnterpriseModernAppManagementConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10GeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10GeneralConfiguration) -> Self {
        Self::Windows10GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10MobileCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10MobileCompliancePolicy) -> Self {
        Self::Windows10MobileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10SecureAssessmentConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10SecureAssessmentConfiguration) -> Self {
        Self::Windows10SecureAssessmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows10TeamGeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows10TeamGeneralConfiguration) -> Self {
        Self::Windows10TeamGeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows81CompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows81CompliancePolicy) -> Self {
        Self::Windows81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Windows81GeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Windows81GeneralConfiguration) -> Self {
        Self::Windows81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAppX> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsAppX) -> Self {
        Self::WindowsAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAutopilotDeploymentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsAutopilotDeploymentProfile) -> Self {
        Self::WindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAutopilotDeploymentProfileAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsAutopilotDeploymentProfileAssignment) -> Self {
        Self::WindowsAutopilotDeploymentProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsAutopilotDeviceIdentity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsAutopilotDeviceIdentity) -> Self {
        Self::WindowsAutopilotDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration) -> Self {
        Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsDeviceMalwareState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsDeviceMalwareState) -> Self {
        Self::WindowsDeviceMalwareState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsHelloForBusinessAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsHelloForBusinessAuthenticationMethod) -> Self {
        Self::WindowsHelloForBusinessAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtection) -> Self {
        Self::WindowsInformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionAppLearningSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionAppLearningSummary) -> Self {
        Self::WindowsInformationProtectionAppLearningSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionAppLockerFile>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionAppLockerFile) -> Self {
        Self::WindowsInformationProtectionAppLockerFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionNetworkLearningSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionNetworkLearningSummary) -> Self {
        Self::WindowsInformationProtectionNetworkLearningSummary(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsInformationProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsInformationProtectionPolicy) -> Self {
        Self::WindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsMalwareInformation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsMalwareInformation) -> Self {
        Self::WindowsMalwareInformation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsMicrosoftEdgeApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsMicrosoftEdgeApp) -> Self {
        Self::WindowsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsMobileMsi> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsMobileMsi) -> Self {
        Self::WindowsMobileMsi(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsPhone81CompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsPhone81CompliancePolicy) -> Self {
        Self::WindowsPhone81CompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsPhone81CustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsPhone81CustomConfiguration) -> Self {
        Self::WindowsPhone81CustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsPhone81GeneralConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsPhone81GeneralConfiguration) -> Self {
        Self::WindowsPhone81GeneralConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsProtectionState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsProtectionState) -> Self {
        Self::WindowsProtectionState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsSetting) -> Self {
        Self::WindowsSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsSettingInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsSettingInstance) -> Self {
        Self::WindowsSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUniversalAppX> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsUniversalAppX) -> Self {
        Self::WindowsUniversalAppX(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUniversalAppXContainedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsUniversalAppXContainedApp) -> Self {
        Self::WindowsUniversalAppXContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsUpdateForBusinessConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsUpdateForBusinessConfiguration) -> Self {
        Self::WindowsUpdateForBusinessConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WindowsWebApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WindowsWebApp) -> Self {
        Self::WindowsWebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkHoursAndLocationsSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkHoursAndLocationsSetting) -> Self {
        Self::WorkHoursAndLocationsSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkPlanOccurrence> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkPlanOccurrence) -> Self {
        Self::WorkPlanOccurrence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkPlanRecurrence> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkPlanRecurrence) -> Self {
        Self::WorkPlanRecurrence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Workbook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Workbook) -> Self {
        Self::Workbook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookApplication> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookApplication) -> Self {
        Self::WorkbookApplication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChart> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChart) -> Self {
        Self::WorkbookChart(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartAreaFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartAreaFormat) -> Self {
        Self::WorkbookChartAreaFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartAxes> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartAxes) -> Self {
        Self::WorkbookChartAxes(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartAxis> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartAxis) -> Self {
        Self::WorkbookChartAxis(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartAxisFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartAxisFormat) -> Self {
        Self::WorkbookChartAxisFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartAxisTitle> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartAxisTitle) -> Self {
        Self::WorkbookChartAxisTitle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartAxisTitleFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartAxisTitleFormat) -> Self {
        Self::WorkbookChartAxisTitleFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartDataLabelFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartDataLabelFormat) -> Self {
        Self::WorkbookChartDataLabelFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartDataLabels> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartDataLabels) -> Self {
        Self::WorkbookChartDataLabels(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartFill> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartFill) -> Self {
        Self::WorkbookChartFill(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartFont> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartFont) -> Self {
        Self::WorkbookChartFont(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartGridlines> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartGridlines) -> Self {
        Self::WorkbookChartGridlines(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartGridlinesFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartGridlinesFormat) -> Self {
        Self::WorkbookChartGridlinesFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartLegend> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartLegend) -> Self {
        Self::WorkbookChartLegend(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartLegendFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartLegendFormat) -> Self {
        Self::WorkbookChartLegendFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartLineFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartLineFormat) -> Self {
        Self::WorkbookChartLineFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartPoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartPoint) -> Self {
        Self::WorkbookChartPoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartPointFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartPointFormat) -> Self {
        Self::WorkbookChartPointFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartSeries> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartSeries) -> Self {
        Self::WorkbookChartSeries(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartSeriesFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartSeriesFormat) -> Self {
        Self::WorkbookChartSeriesFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartTitle> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartTitle) -> Self {
        Self::WorkbookChartTitle(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookChartTitleFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookChartTitleFormat) -> Self {
        Self::WorkbookChartTitleFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookComment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookComment) -> Self {
        Self::WorkbookComment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookCommentReply> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookCommentReply) -> Self {
        Self::WorkbookCommentReply(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookFilter> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookFilter) -> Self {
        Self::WorkbookFilter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookFormatProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookFormatProtection) -> Self {
        Self::WorkbookFormatProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookFunctionResult> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookFunctionResult) -> Self {
        Self::WorkbookFunctionResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookFunctions> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookFunctions) -> Self {
        Self::WorkbookFunctions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookNamedItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookNamedItem) -> Self {
        Self::WorkbookNamedItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookOperation) -> Self {
        Self::WorkbookOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookPivotTable> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookPivotTable) -> Self {
        Self::WorkbookPivotTable(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRange> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRange) -> Self {
        Self::WorkbookRange(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRangeBorder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRangeBorder) -> Self {
        Self::WorkbookRangeBorder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRangeFill> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRangeFill) -> Self {
        Self::WorkbookRangeFill(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRangeFont> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRangeFont) -> Self {
        Self::WorkbookRangeFont(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRangeFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRangeFormat) -> Self {
        Self::WorkbookRangeFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRangeSort> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRangeSort) -> Self {
        Self::WorkbookRangeSort(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookRangeView> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookRangeView) -> Self {
        Self::WorkbookRangeView(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookTable> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookTable) -> Self {
        Self::WorkbookTable(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookTableColumn> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookTableColumn) -> Self {
        Self::WorkbookTableColumn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookTableRow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookTableRow) -> Self {
        Self::WorkbookTableRow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookTableSort> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookTableSort) -> Self {
        Self::WorkbookTableSort(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookWorksheet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookWorksheet) -> Self {
        Self::WorkbookWorksheet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkbookWorksheetProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkbookWorksheetProtection) -> Self {
        Self::WorkbookWorksheetProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkforceIntegration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkforceIntegration) -> Self {
        Self::WorkforceIntegration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::WorkingTimeSchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::WorkingTimeSchedule) -> Self {
        Self::WorkingTimeSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Workspace> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Workspace) -> Self {
        Self::Workspace(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::X509CertificateAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::X509CertificateAuthenticationMethodConfiguration) -> Self {
        Self::X509CertificateAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::X509CertificateCombinationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::X509CertificateCombinationConfiguration) -> Self {
        Self::X509CertificateCombinationConfiguration(::std::boxed::Box::new(v))
    }
}
