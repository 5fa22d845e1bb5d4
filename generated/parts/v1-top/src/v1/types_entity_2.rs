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
#[cfg(msgraph_v1_any_area_but_compliance)]
unsafe impl ::std::marker::Send for AnyEntity {}
#[cfg(msgraph_v1_any_area_but_compliance)]
unsafe impl ::std::marker::Sync for AnyEntity {}
#[cfg(msgraph_v1_any_area_but_compliance)]
impl ::std::marker::Unpin for AnyEntity {}
#[cfg(msgraph_v1_any_area_but_compliance)]
impl ::std::panic::UnwindSafe for AnyEntity {}
#[cfg(msgraph_v1_any_area_but_compliance)]
impl ::std::panic::RefUnwindSafe for AnyEntity {}
#[cfg(msgraph_v1_any_area_but_compliance)]
const _: () = {
    rt::object::auto_traits::<crate::v1::Entity>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::AadUserConversationMember>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackage>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageAssignment>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageAssignmentPolicy>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageAssignmentRequest>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::AccessPackageAssignmentRequestWorkflowExtension,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageAssignmentWorkflowExtension>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageCatalog>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageMultipleChoiceQuestion>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageQuestion>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageResource>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageResourceEnvironment>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageResourceRequest>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageResourceRole>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageResourceRoleScope>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageResourceScope>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageSubject>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageSuggestion>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessPackageTextInputQuestion>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewHistoryDefinition>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewHistoryInstance>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewInstance>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewInstanceDecisionItem>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewReviewer>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewScheduleDefinition>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewSet>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AccessReviewStage>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ActivitiesContainer>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ActivityBasedTimeoutPolicy>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ActivityHistoryItem>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::AddLargeGalleryViewOperation>();
    #[cfg(msgraph_v1_core_or_communications)]
    rt::object::auto_traits::<crate::v1::AdhocCall>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::AdminConsentRequestPolicy>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::AdminMicrosoft365Apps>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::AdminReportSettings>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AdministrativeUnit>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AgentIdentity>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::AgentIdentityBlueprint>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::AgentIdentityBlueprintPrincipal>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AgentUser>();
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::Agreement>();
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )] rt::object::auto_traits::<crate::v1::AgreementAcceptance>();
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AgreementFile>();
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AgreementFileLocalization>();
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AgreementFileProperties>();
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AgreementFileVersion>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::AiInteraction>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::AiInteractionHistory>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::AiOnlineMeeting>();
    #[cfg(msgraph_v1_copilot_or_search)] rt::object::auto_traits::<crate::v1::AiUser>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AkamaiWebApplicationFirewallProvider>();
    #[cfg(msgraph_v1_search_or_security)] rt::object::auto_traits::<crate::v1::Alert>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::AllowedValue>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidCompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidCustomConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidGeneralDeviceConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidLobApp>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::AndroidManagedAppProtection>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidManagedAppRegistration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidStoreApp>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidWorkProfileCompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidWorkProfileCustomConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::AnonymousGuestConversationMember>();
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::v1::AppCatalogs>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AppConsentApprovalRoute>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AppConsentRequest>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AppLogCollectionRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AppManagementPolicy>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AppRoleAssignment>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::AppScope>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AppleDeviceFeaturesConfigurationBase>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AppleManagedIdentityProvider>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::ApplePushNotificationCertificate>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Application>();
    #[cfg(msgraph_v1_application_templates_or_search)]
    rt::object::auto_traits::<crate::v1::ApplicationTemplate>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::Approval>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::ApprovalStage>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ApprovedClientApp>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::ArkoseFraudProtectionProvider>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AssociatedTeamInfo>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Attachment>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AttachmentBase>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AttachmentSession>();
    #[cfg(msgraph_v1_core_or_security)]
    rt::object::auto_traits::<crate::v1::AttackSimulationOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::AttackSimulationRoot>();
    #[cfg(msgraph_v1_core_or_communications_or_solutions)]
    rt::object::auto_traits::<crate::v1::AttendanceRecord>();
    #[cfg(msgraph_v1_core_or_functions)]
    rt::object::auto_traits::<crate::v1::AttributeMappingFunctionSchema>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::AttributeSet>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::AudioRoutingGroup>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::AuditEvent>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Authentication>();
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationCombinationConfiguration>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationContextClassReference>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationEventListener>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationEventsFlow>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationFlowsPolicy>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::AuthenticationMethodConfiguration>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationMethodModeDetail>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::AuthenticationMethodTarget>();
    #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationMethodsPolicy>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationMethodsRoot>();
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationStrengthPolicy>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::AuthenticationStrengthRoot>();
    #[cfg(msgraph_v1_privacy_or_search_or_security)]
    rt::object::auto_traits::<crate::v1::AuthoredNote>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::AuthorizationPolicy>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::AvailableAccessPackage>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<
        crate::v1::AzureCommunicationServicesUserConversationMember,
    >();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::B2xIdentityUserFlow>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BackupRestoreRoot>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
    rt::object::auto_traits::<crate::v1::BaseItem>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::BaseItemVersion>();
    #[cfg(msgraph_v1_places_or_search)]
    rt::object::auto_traits::<crate::v1::BaseMapFeature>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::BaseSitePage>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::Bitlocker>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::BitlockerRecoveryKey>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingAppointment>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingBusiness>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingCurrency>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingCustomQuestion>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingCustomer>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingCustomerBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingService>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingStaffMember>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BookingStaffMemberBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::BrowseSessionBase>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::BrowserSharedCookie>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::BrowserSite>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::BrowserSiteList>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::Building>();
    #[cfg(msgraph_v1_places_or_search)]
    rt::object::auto_traits::<crate::v1::BuildingMap>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::BuiltInIdentityProvider>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::BulkUpload>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::CaPoliciesDeletableRoot>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Calendar>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::CalendarGroup>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::CalendarPermission>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::CalendarSharingMessage>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::Call>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CallAiInsight>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::CallEvent>();
    #[cfg(msgraph_v1_core_or_communications)]
    rt::object::auto_traits::<crate::v1::CallRecording>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::call_records::CallRecord>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::call_records::Organizer>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::call_records::Participant>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::call_records::ParticipantBase>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::call_records::Segment>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::call_records::Session>();
    #[cfg(msgraph_v1_core_or_communications)]
    rt::object::auto_traits::<crate::v1::CallTranscript>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::CancelMediaProcessingOperation>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::CanvasLayout>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::CertificateAuthorityDetail>();
    #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
    rt::object::auto_traits::<crate::v1::CertificateBasedAuthConfiguration>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::CertificateBasedAuthPki>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::ChangeTrackedEntity>();
    #[cfg(msgraph_v1_core_or_teamwork)] rt::object::auto_traits::<crate::v1::Channel>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Chat>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::ChatMessage>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::ChatMessageHostedContent>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ChatMessageInfo>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ChecklistItem>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ClaimsMappingPolicy>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::CloudClipboardItem>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::CloudClipboardRoot>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::CloudFlareWebApplicationFirewallProvider>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::CloudPc>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcAuditEvent>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcDeviceImage>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcGalleryImage>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcOnPremisesConnection>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcProvisioningPolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcProvisioningPolicyAssignment>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcReport>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcServicePlan>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcUserSetting>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::CloudPcUserSettingAssignment>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
    rt::object::auto_traits::<crate::v1::ColumnDefinition>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ColumnLink>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::CommsOperation>();
    #[cfg(msgraph_v1_employee_experience_or_search)]
    rt::object::auto_traits::<crate::v1::Community>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::CompanySubscription>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::ComplianceManagementPartner>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::ConditionalAccessRoot>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::ConditionalAccessTemplate>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ConfigurationBaseline>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ConfigurationDrift>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ConfigurationManagement>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ConfigurationMonitor>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ConfigurationMonitoringResult>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ConfigurationSnapshotJob>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::ConnectedOrganization>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Contact>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ContactFolder>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ContentActivity>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::ContentSharingSession>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ContentType>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Contract>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::ControlConfiguration>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Conversation>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::ConversationMember>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ConversationThread>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotAdmin>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotAdminCatalog>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotAdminLimitedMode>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotAdminSetting>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotPackage>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotPackageDetail>();
    #[cfg(msgraph_v1_copilot_or_search)]
    rt::object::auto_traits::<crate::v1::CopilotReportRoot>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::CrossTenantAccessPolicy>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::CrossTenantAccessPolicyConfigurationDefault>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::CustomAuthenticationExtension>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::CustomCalloutExtension>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::CustomDataProvidedResource>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::CustomDataProvidedResourceAccessReviewUploadSession,
    >();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::CustomDataProvidedResourceFile>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::CustomDataProvidedResourceUploadSession>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::CustomExtensionStageSetting>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::CustomSecurityAttributeDefinition>();
    #[cfg(msgraph_v1_data_policy_operations_or_search)]
    rt::object::auto_traits::<crate::v1::DataPolicyOperation>();
    #[cfg(msgraph_v1_core_or_security)]
    rt::object::auto_traits::<crate::v1::DataSecurityAndGovernance>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::DayNote>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::DefaultManagedAppProtection>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminAccessAssignment>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminCustomer>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminRelationship>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminRelationshipOperation>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminRelationshipRequest>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminServiceManagementDetail>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::DelegatedAdminServiceProviderConstraints>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::DelegatedPermissionClassification>();
    #[cfg(msgraph_v1_search_or_teamwork)]
    rt::object::auto_traits::<crate::v1::DeletedChat>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::DeletedItemContainer>();
    #[cfg(msgraph_v1_search_or_teamwork)]
    rt::object::auto_traits::<crate::v1::DeletedTeam>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::DeltaParticipants>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::Desk>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DetectedApp>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Device>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceAndAppManagementRoleAssignment>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceAndAppManagementRoleDefinition>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceAppManagement>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::DeviceCategory>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceActionItem>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceDeviceOverview>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceDeviceStatus>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceCompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceCompliancePolicyAssignment>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceCompliancePolicyDeviceStateSummary>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceCompliancePolicySettingStateSummary>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::DeviceCompliancePolicyState>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceScheduledActionForRule>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceSettingState>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceUserOverview>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceComplianceUserStatus>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationAssignment>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationDeviceOverview>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationDeviceStateSummary>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationDeviceStatus>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationState>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationUserOverview>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceConfigurationUserStatus>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceEnrollmentConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceEnrollmentLimitConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    >();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceInstallState>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceLocalCredentialInfo>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::DeviceLogCollectionResponse>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceManagement>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::DeviceManagementCachedReportConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceManagementExchangeConnector>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceManagementExportJob>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceManagementPartner>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceManagementReports>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::DeviceManagementTroubleshootingEvent>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::DeviceRegistrationPolicy>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::Directory>();
    #[cfg(msgraph_v1_audit_logs_or_search)]
    rt::object::auto_traits::<crate::v1::DirectoryAudit>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::DirectoryDefinition>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::DirectoryObject>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::DirectoryObjectPartnerReference>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::DirectoryRole>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::DirectoryRoleTemplate>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::DocumentSetVersion>();
    #[cfg(msgraph_v1_domains_or_search)] rt::object::auto_traits::<crate::v1::Domain>();
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::v1::DomainDnsCnameRecord>();
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::v1::DomainDnsMxRecord>();
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::v1::DomainDnsRecord>();
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::v1::DomainDnsSrvRecord>();
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::v1::DomainDnsTxtRecord>();
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    rt::object::auto_traits::<crate::v1::DomainDnsUnavailableRecord>();
    #[cfg(msgraph_v1_drives_or_search)] rt::object::auto_traits::<crate::v1::Drive>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::DriveItem>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::DriveItemVersion>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::DriveProtectionRule>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::DriveProtectionUnit>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::DriveProtectionUnitsBulkAdditionJob>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::DriveRestoreArtifact>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::EBookInstallSummary>();
    #[cfg(msgraph_v1_admin_or_search)] rt::object::auto_traits::<crate::v1::Edge>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::EditionUpgradeConfiguration>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationAssignment>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationAssignmentDefaults>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationAssignmentResource>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationAssignmentSettings>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationCategory>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationClass>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationFeedbackOutcome>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationFeedbackResourceOutcome>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationGradingCategory>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationGradingScheme>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationModule>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationModuleResource>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationOrganization>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationOutcome>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationPointsOutcome>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationRubric>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationRubricOutcome>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationSchool>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationSubmission>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationSubmissionResource>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::EducationUser>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::EmailAuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::EmailAuthenticationMethodConfiguration>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::EmailFileAssessmentRequest>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::EmailNotificationsSetting>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::EmergencyCallEvent>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::EmployeeExperienceUser>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::EndUserNotification>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::EndUserNotificationDetail>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::EndUserSettings>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Endpoint>();
    #[cfg(msgraph_v1_core_or_employee_experience)]
    rt::object::auto_traits::<crate::v1::EngagementAsyncOperation>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::EngagementConversation>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::EngagementConversationDiscussionMessage>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::EngagementConversationMessage>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::EngagementConversationMessageReaction>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::EngagementConversationQuestionMessage>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::EngagementConversationSystemMessage>();
    #[cfg(msgraph_v1_core_or_employee_experience)]
    rt::object::auto_traits::<crate::v1::EngagementRole>();
    #[cfg(msgraph_v1_core_or_employee_experience)]
    rt::object::auto_traits::<crate::v1::EngagementRoleMember>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::EnrollmentConfigurationAssignment>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::EnrollmentTroubleshootingEvent>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::EnterpriseCodeSigningCertificate>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::EntitlementManagement>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::EntitlementManagementSettings>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::entra_recovery_services::Recovery>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<
        crate::v1::entra_recovery_services::RecoveryChangeObjectBase,
    >();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::entra_recovery_services::RecoveryJob>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::entra_recovery_services::RecoveryJobBase>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::entra_recovery_services::RecoveryPreviewJob>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::entra_recovery_services::Snapshot>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Event>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::EventMessage>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::EventMessageRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::EventMessageResponse>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ExchangeAdmin>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ExchangeMessageTrace>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ExchangeMessageTraceDetail>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ExchangeProtectionPolicy>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ExchangeRestoreSession>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ExchangeSettings>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Extension>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ExtensionProperty>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ExternalAuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::ExternalAuthenticationMethodConfiguration>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::ConnectionOperation>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::ExternalActivity>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::ExternalActivityResult>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::ExternalConnection>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::ExternalGroup>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::ExternalItem>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::Identity>();
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    rt::object::auto_traits::<crate::v1::external_connectors::Schema>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::ExternalDomainName>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::FeatureRolloutPolicy>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::FederatedIdentityCredential>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::FederatedTokenValidationPolicy>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::Fido2AuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::Fido2AuthenticationMethodConfiguration>();
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    rt::object::auto_traits::<crate::v1::Fido2CombinationConfiguration>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::FieldValueSet>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::FileAssessmentRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::FileAttachment>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::FileStorage>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::FileStorageContainer>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::FileStorageContainerType>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::FileStorageContainerTypeRegistration>();
    #[cfg(msgraph_v1_core_or_filter_operators)]
    rt::object::auto_traits::<crate::v1::FilterOperatorSchema>();
    #[cfg(msgraph_v1_places_or_search)]
    rt::object::auto_traits::<crate::v1::FixtureMap>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::Floor>();
    #[cfg(msgraph_v1_places_or_search)]
    rt::object::auto_traits::<crate::v1::FootprintMap>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::FraudProtectionProvider>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::GovernanceInsight>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::GranularDriveRestoreArtifact>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::GranularMailboxRestoreArtifact>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::GranularRestoreArtifactBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::GranularSiteRestoreArtifact>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Group>();
    #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
    rt::object::auto_traits::<crate::v1::GroupLifecyclePolicy>();
    #[cfg(msgraph_v1_core_or_group_settings)]
    rt::object::auto_traits::<crate::v1::GroupSetting>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::GroupSettingTemplate>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::HomeRealmDiscoveryPolicy>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::HorizontalSection>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::HorizontalSectionColumn>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::HumanSecurityFraudProtectionProvider>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityApiConnector>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityBuiltInUserFlowAttribute>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityContainer>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityCustomUserFlowAttribute>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::CustomTaskExtension>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::Insights>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::identity_governance::LifecycleManagementSettings,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::identity_governance::LifecycleWorkflowsContainer,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::Run>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::Task>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::TaskDefinition>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::TaskProcessingResult>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::TaskReport>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::UserProcessingResult>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::identity_governance::WorkflowTemplate>();
    #[cfg(msgraph_v1_identity_providers_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityProvider>();
    #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityProviderBase>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityUserFlow>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityUserFlowAttribute>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityUserFlowAttributeAssignment>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::IdentityVerifiedIdRoot>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::ImportedWindowsAutopilotDeviceIdentity>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::InferenceClassification>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::InferenceClassificationOverride>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::InsightsSettings>();
    #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::InternalDomainFederation>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::InternetExplorerMode>();
    #[cfg(msgraph_v1_invitations_or_search)]
    rt::object::auto_traits::<crate::v1::Invitation>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::InviteParticipantsOperation>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosCertificateProfile>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosCompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosCustomConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosDeviceFeaturesConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosGeneralDeviceConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosLobApp>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::IosLobAppProvisioningConfigurationAssignment>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::IosManagedAppProtection>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosManagedAppRegistration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosMobileAppConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosStoreApp>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosUpdateConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosUpdateDeviceStatus>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosVppApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosVppEBook>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosVppEBookAssignment>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::IosiPadOsWebClip>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ItemActivity>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ItemActivityStat>();
    #[cfg(msgraph_v1_core_or_drives_or_sites)]
    rt::object::auto_traits::<crate::v1::ItemAnalytics>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ItemAttachment>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ItemInsights>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::ItemRetentionLabel>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::LabelContentRight>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::LandingPage>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::LandingPageDetail>();
    #[cfg(msgraph_v1_employee_experience_or_search)]
    rt::object::auto_traits::<crate::v1::LearningAssignment>();
    #[cfg(msgraph_v1_employee_experience_or_search)]
    rt::object::auto_traits::<crate::v1::LearningContent>();
    #[cfg(msgraph_v1_employee_experience_or_search)]
    rt::object::auto_traits::<crate::v1::LearningCourseActivity>();
    #[cfg(msgraph_v1_employee_experience_or_search)]
    rt::object::auto_traits::<crate::v1::LearningProvider>();
    #[cfg(msgraph_v1_employee_experience_or_search)]
    rt::object::auto_traits::<crate::v1::LearningSelfInitiatedCourse>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::LevelMap>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::LicenseDetails>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::LinkedResource>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::List>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ListItem>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::ListItemVersion>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::LocalizedNotificationMessage>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::LoginPage>();
    #[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
    rt::object::auto_traits::<crate::v1::LongRunningOperation>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::M365AppsInstallationOptions>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsCompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsCustomConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsDeviceFeaturesConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsDmgApp>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsGeneralDeviceConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsLobApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsMicrosoftDefenderApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsMicrosoftEdgeApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MacOsOfficeSuiteApp>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::MailAssessmentRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::MailFolder>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::MailSearchFolder>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Mailbox>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::MailboxFolder>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::MailboxItem>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::MailboxProtectionRule>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::MailboxProtectionUnit>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::MailboxProtectionUnitsBulkAdditionJob>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::MailboxRestoreArtifact>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MalwareStateForWindowsDevice>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedAndroidLobApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedAndroidStoreApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedApp>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::ManagedAppConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedAppOperation>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::ManagedAppPolicy>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::ManagedAppPolicyDeploymentSummary>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::ManagedAppProtection>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedAppRegistration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedAppStatus>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedAppStatusRaw>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::ManagedDevice>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedDeviceMobileAppConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::ManagedDeviceMobileAppConfigurationAssignment,
    >();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus,
    >();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary,
    >();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::ManagedDeviceMobileAppConfigurationUserStatus,
    >();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::ManagedDeviceMobileAppConfigurationUserSummary,
    >();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::ManagedDeviceOverview>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedEBook>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedEBookAssignment>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedIosLobApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedIosStoreApp>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::ManagedMobileApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::ManagedMobileLobApp>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::MdmWindowsInformationProtectionPolicy>();
    #[cfg(msgraph_v1_core_or_communications_or_solutions)]
    rt::object::auto_traits::<crate::v1::MeetingAttendanceReport>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::MembershipOutlierInsight>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Message>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::MessageRule>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::MessageTracingRoot>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::MicrosoftAccountUserConversationMember>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    >();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget,
    >();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MicrosoftStoreForBusinessApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileAppAssignment>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileAppCategory>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileAppContent>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileAppContentFile>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileAppRelationship>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileAppTroubleshootingEvent>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileContainedApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileLobApp>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::MobileThreatDefenseConnector>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::MultiTenantOrganization>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<
        crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate,
    >();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::MultiTenantOrganizationJoinRequestRecord>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::MultiTenantOrganizationMember>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<
        crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate,
    >();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::MultiValueLegacyExtendedProperty>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::MuteParticipantOperation>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::Notebook>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::NotificationMessageTemplate>();
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    rt::object::auto_traits::<crate::v1::OAuth2PermissionGrant>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OfferShiftRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OfficeGraphInsights>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OidcIdentityProvider>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionListener>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionStartCustomExtension>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionStartListener>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionSubmitCustomExtension>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnAttributeCollectionSubmitListener>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnAuthenticationMethodLoadStartListener>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnEmailOtpSendListener>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnFraudProtectionLoadStartListener>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnInteractiveAuthFlowStartListener>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::OnOtpSendCustomExtension>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::OnPasswordSubmitCustomExtension>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnPasswordSubmitListener>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::OnPremisesConditionalAccessSettings>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::OnPremisesDirectorySynchronization>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OnPremisesSyncBehavior>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartCustomExtension>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnTokenIssuanceStartListener>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnUserCreateStartListener>();
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::OnVerifiedIdClaimValidationCustomExtension>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::OnVerifiedIdClaimValidationListener>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::OneDriveForBusinessBrowseSession>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::OneDriveForBusinessProtectionPolicy>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::OneDriveForBusinessRestoreSession>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::Onenote>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::OnenoteEntityBaseModel>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::OnenoteEntityHierarchyModel>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::OnenoteEntitySchemaObjectModel>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::OnenoteOperation>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::OnenotePage>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::OnenoteResource>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::OnenoteSection>();
    #[cfg(msgraph_v1_core_or_communications)]
    rt::object::auto_traits::<crate::v1::OnlineMeeting>();
    #[cfg(msgraph_v1_core_or_communications_or_solutions)]
    rt::object::auto_traits::<crate::v1::OnlineMeetingBase>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::OnlineMeetingEngagementConversation>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OpenShift>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OpenShiftChangeRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OpenTypeExtension>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::Operation>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OrgContact>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Organization>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OrganizationalBranding>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OrganizationalBrandingLocalization>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::OrganizationalBrandingProperties>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OutlookCategory>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OutlookItem>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::OutlookUser>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::OwnerlessGroupPolicy>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::Participant>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::ParticipantJoiningNotification>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::ParticipantLeftNotification>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::Partners>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::AzureUsage>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::BilledReconciliation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::BilledUsage>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::Billing>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::BillingReconciliation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::ExportSuccessOperation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::FailedOperation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::Manifest>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::Operation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::RunningOperation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::UnbilledReconciliation>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::partners_billing::UnbilledUsage>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::PasskeyAuthenticationMethodTarget>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::PasskeyProfile>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PasswordAuthenticationMethod>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::Payload>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::PeopleAdminSettings>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
    rt::object::auto_traits::<crate::v1::Permission>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PermissionGrantConditionSet>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PermissionGrantPolicy>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Person>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PhoneAuthenticationMethod>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::PhoneUserConversationMember>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PinnedChatMessageInfo>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::Place>();
    #[cfg(msgraph_v1_planner_or_search)] rt::object::auto_traits::<crate::v1::Planner>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerAssignedToTaskBoardTaskFormat>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerBucket>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerBucketTaskBoardTaskFormat>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::PlannerGroup>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerPlan>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerPlanDetails>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerProgressTaskBoardTaskFormat>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerTask>();
    #[cfg(msgraph_v1_core_or_planner)]
    rt::object::auto_traits::<crate::v1::PlannerTaskDetails>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::PlannerUser>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::PlatformCredentialAuthenticationMethod>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::PlayPromptOperation>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::PolicyBase>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::PolicyRoot>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::PolicyTemplate>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Post>();
    #[cfg(msgraph_v1_core_or_communications)]
    rt::object::auto_traits::<crate::v1::Presence>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrintConnector>();
    #[cfg(msgraph_v1_core_or_print)]
    rt::object::auto_traits::<crate::v1::PrintDocument>();
    #[cfg(msgraph_v1_core_or_print)] rt::object::auto_traits::<crate::v1::PrintJob>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrintOperation>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrintService>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrintServiceEndpoint>();
    #[cfg(msgraph_v1_core_or_print)] rt::object::auto_traits::<crate::v1::PrintTask>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrintTaskDefinition>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrintTaskTrigger>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::PrintUsage>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::PrintUsageByPrinter>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::PrintUsageByUser>();
    #[cfg(msgraph_v1_print_or_search)] rt::object::auto_traits::<crate::v1::Printer>();
    #[cfg(msgraph_v1_core_or_print)] rt::object::auto_traits::<crate::v1::PrinterBase>();
    #[cfg(msgraph_v1_print_or_search)]
    rt::object::auto_traits::<crate::v1::PrinterCreateOperation>();
    #[cfg(msgraph_v1_core_or_print)]
    rt::object::auto_traits::<crate::v1::PrinterShare>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessGroup>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessGroupAssignmentSchedule>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessGroupEligibilitySchedule>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<
        crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest,
    >();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessRoot>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessSchedule>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessScheduleInstance>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::PrivilegedAccessScheduleRequest>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ProfileCardProperty>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ProfilePhoto>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ProfilePropertySetting>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ProfileSource>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::PronounsSettings>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ProtectionPolicyBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ProtectionRuleBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ProtectionUnitBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ProtectionUnitsBulkJobBase>();
    #[cfg(msgraph_v1_audit_logs_or_search)]
    rt::object::auto_traits::<crate::v1::ProvisioningObjectSummary>();
    #[cfg(msgraph_v1_directory_or_search)]
    rt::object::auto_traits::<crate::v1::PublicKeyInfrastructureRoot>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::QrCode>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::QrCodePinAuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<crate::v1::QrCodePinAuthenticationMethodConfiguration>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::QrPin>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::RbacApplication>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::ReadingAssignmentSubmission>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::ReadingCoachPassage>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::RecordOperation>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::RecycleBin>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::RecycleBinItem>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ReferenceAttachment>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::ReflectCheckInResponse>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::RelyingPartyDetailedSummary>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::RemoteAssistancePartner>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::RemoteDesktopSecurityConfiguration>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::RemoteTenantGroup>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::ReportsRoot>();
    #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::Request>();
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    rt::object::auto_traits::<crate::v1::ResellerDelegatedAdminRelationship>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::ResourceOperation>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ResourceSpecificPermissionGrant>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::RestoreArtifactBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::RestoreArtifactsBulkRequestBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::RestorePoint>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::RestoreSessionBase>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::RichLongRunningOperation>();
    #[cfg(msgraph_v1_identity_protection_or_search)]
    rt::object::auto_traits::<crate::v1::RiskDetection>();
    #[cfg(msgraph_v1_identity_protection_or_search)]
    rt::object::auto_traits::<crate::v1::RiskyServicePrincipal>();
    #[cfg(msgraph_v1_identity_protection_or_search)]
    rt::object::auto_traits::<crate::v1::RiskyServicePrincipalHistoryItem>();
    #[cfg(msgraph_v1_identity_protection_or_search)]
    rt::object::auto_traits::<crate::v1::RiskyUser>();
    #[cfg(msgraph_v1_identity_protection_or_search)]
    rt::object::auto_traits::<crate::v1::RiskyUserHistoryItem>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::RoleAssignment>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::RoleDefinition>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::Room>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::RoomList>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::SamlOrWsFedExternalDomainFederation>();
    #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::SamlOrWsFedProvider>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Schedule>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ScheduleChangeRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::SchedulingGroup>();
    #[cfg(msgraph_v1_schema_extensions_or_search)]
    rt::object::auto_traits::<crate::v1::SchemaExtension>();
    #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
    rt::object::auto_traits::<crate::v1::ScopedRoleMembership>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::search::Acronym>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::search::Bookmark>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::search::Qna>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::search::SearchAnswer>();
    #[cfg(msgraph_v1_search)] rt::object::auto_traits::<crate::v1::SearchEntity>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::Section>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::SectionGroup>();
    #[cfg(msgraph_v1_places_or_search)]
    rt::object::auto_traits::<crate::v1::SectionMap>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::SecureScore>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::SecureScoreControlProfile>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Alert>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::AnalyzedEmail>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Article>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::ArticleIndicator>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Artifact>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::AuditCoreRoot>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::AuditLogQuery>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::AuditLogRecord>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::AuthorityTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::AutoAuditingConfiguration>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Case>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::CaseOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::CasesRoot>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::CategoryTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::CitationTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::CollaborationRoot>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::DataSet>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::DataSource>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::DataSourceContainer>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::DepartmentTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryAddToReviewSetOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryCase>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryCaseMember>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryCaseSettings>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryCustodian>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryEstimateOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryExportOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryHoldOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryHoldPolicySyncOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryIndexOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryNoncustodialDataSource>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryPurgeDataOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryReviewSet>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryReviewSetQuery>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryReviewTag>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoverySearch>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoverySearchExportOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::EdiscoveryTagOperation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::FilePlanDescriptor>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::FilePlanDescriptorTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::FilePlanReferenceTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HealthIssue>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Host>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostComponent>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostCookie>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostPair>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostPort>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostReputation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostSslCertificate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::HostTracker>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Hostname>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::IdentityAccounts>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::IdentityContainer>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Incident>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Indicator>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::IntelligenceProfile>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::IntelligenceProfileIndicator>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::IpAddress>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::LabelsRoot>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::NetworkAdapter>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::PassiveDnsRecord>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::RetentionEvent>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::RetentionEventType>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::RetentionLabel>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Search>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Sensor>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::SensorCandidate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<
        crate::v1::security::SensorCandidateActivationConfiguration,
    >();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::SettingsContainer>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::SiteSource>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::SslCertificate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::SubcategoryTemplate>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Subdomain>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Tag>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::ThreatIntelligence>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::TriggerTypesRoot>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::TriggersRoot>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::security::UnclassifiedArtifact>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::UnifiedGroupSource>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::User>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::UserSource>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::Vulnerability>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::VulnerabilityComponent>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::WhoisBaseRecord>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::WhoisHistoryRecord>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::security::WhoisRecord>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::SecurityReportsRoot>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::SendDtmfTonesOperation>();
    #[cfg(msgraph_v1_core_or_security)]
    rt::object::auto_traits::<crate::v1::SensitivityLabel>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ServiceAnnouncement>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ServiceAnnouncementAttachment>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ServiceAnnouncementBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::ServiceApp>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ServiceHealth>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ServiceHealthIssue>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ServicePrincipal>();
    #[cfg(msgraph_v1_identity_protection_or_search)]
    rt::object::auto_traits::<crate::v1::ServicePrincipalRiskDetection>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::ServiceProviderConstraints>();
    #[cfg(msgraph_v1_core_or_storage)]
    rt::object::auto_traits::<crate::v1::ServiceStorageQuotaBreakdown>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::ServiceUpdateMessage>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::SettingStateDeviceSummary>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SharePointBrowseSession>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointGroup>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointGroupMember>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<
        crate::v1::SharePointMigrationFinishManifestFileUploadEvent,
    >();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJob>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobCancelledEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobDeletedEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobErrorEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobPostponedEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobProgressEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobQueuedEvent>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::SharePointMigrationJobStartEvent>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SharePointProtectionPolicy>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SharePointRestoreSession>();
    #[cfg(msgraph_v1_search_or_shares)]
    rt::object::auto_traits::<crate::v1::SharedDriveItem>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::SharedInsight>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::SharedPcConfiguration>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::SharedWithChannelTeamInfo>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::Sharepoint>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::SharepointSettings>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Shift>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::ShiftPreferences>();
    #[cfg(msgraph_v1_audit_logs_or_search)]
    rt::object::auto_traits::<crate::v1::SignIn>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::Simulation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::SimulationAutomation>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::SimulationAutomationRun>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SingleValueLegacyExtendedProperty>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::Site>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::SitePage>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SiteProtectionRule>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SiteProtectionUnit>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SiteProtectionUnitsBulkAdditionJob>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SiteRestoreArtifact>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::SkypeForBusinessUserConversationMember>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::SkypeUserConversationMember>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::SmsAuthenticationMethodConfiguration>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::SmsAuthenticationMethodTarget>();
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    rt::object::auto_traits::<crate::v1::SocialIdentityProvider>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SoftwareOathAuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::SoftwareOathAuthenticationMethodConfiguration,
    >();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::SoftwareUpdateStatusSummary>();
    #[cfg(msgraph_v1_education_or_search)]
    rt::object::auto_traits::<crate::v1::SpeakerAssignmentSubmission>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::StandardWebPart>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::StartHoldMusicOperation>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::StopHoldMusicOperation>();
    #[cfg(msgraph_v1_core_or_storage)]
    rt::object::auto_traits::<crate::v1::StorageQuotaBreakdown>();
    #[cfg(msgraph_v1_search_or_storage)]
    rt::object::auto_traits::<crate::v1::StorageSettings>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::StsPolicy>();
    #[cfg(msgraph_v1_privacy_or_search_or_security)]
    rt::object::auto_traits::<crate::v1::SubjectRightsRequest>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::SubscribeToToneOperation>();
    #[cfg(msgraph_v1_search_or_subscribed_skus)]
    rt::object::auto_traits::<crate::v1::SubscribedSku>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
    rt::object::auto_traits::<crate::v1::Subscription>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SwapShiftsChangeRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Synchronization>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::SynchronizationJob>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SynchronizationSchema>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::SynchronizationTemplate>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TargetDeviceGroup>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::TargetedChatMessage>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::TargetedManagedAppConfiguration>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::TargetedManagedAppPolicyAssignment>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::TargetedManagedAppProtection>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TaskFileAttachment>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Team>();
    #[cfg(msgraph_v1_core_or_teamwork)] rt::object::auto_traits::<crate::v1::TeamInfo>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::teams_administration::NumberAssignment>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::teams_administration::PolicyIdentifierDetail>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::teams_administration::TeamsAdminRoot>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::teams_administration::TeamsPolicyAssignment>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<
        crate::v1::teams_administration::TeamsPolicyUserAssignment,
    >();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<crate::v1::teams_administration::TeamsUserConfiguration>();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<
        crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
    >();
    #[cfg(msgraph_v1_admin_or_search)]
    rt::object::auto_traits::<
        crate::v1::teams_administration::TelephoneNumberManagementRoot,
    >();
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::v1::TeamsApp>();
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::v1::TeamsAppDefinition>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TeamsAppInstallation>();
    #[cfg(msgraph_v1_search_or_teamwork)]
    rt::object::auto_traits::<crate::v1::TeamsAppSettings>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TeamsAsyncOperation>();
    #[cfg(msgraph_v1_core_or_teamwork)] rt::object::auto_traits::<crate::v1::TeamsTab>();
    #[cfg(msgraph_v1_search_or_teams_templates)]
    rt::object::auto_traits::<crate::v1::TeamsTemplate>();
    #[cfg(msgraph_v1_search_or_teamwork)]
    rt::object::auto_traits::<crate::v1::Teamwork>();
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    rt::object::auto_traits::<crate::v1::TeamworkBot>();
    #[cfg(msgraph_v1_core_or_teamwork)]
    rt::object::auto_traits::<crate::v1::TeamworkHostedContent>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TeamworkTag>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TeamworkTagMember>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::TemporaryAccessPassAuthenticationMethod>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
    >();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::TenantAppManagementPolicy>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::TenantDataSecurityAndGovernance>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::TenantProtectionScopeContainer>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::term_store::Group>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::term_store::Relation>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::term_store::Set>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::term_store::Store>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::term_store::Term>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::TermsAndConditions>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::TermsAndConditionsAcceptanceStatus>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::TermsAndConditionsAssignment>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::TermsOfUseContainer>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::TextWebPart>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::ThreatAssessmentRequest>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::ThreatAssessmentResult>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::ThumbnailSet>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TimeCard>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TimeOff>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TimeOffReason>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TimeOffRequest>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Todo>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TodoTask>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TodoTaskList>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TokenIssuancePolicy>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::TokenLifetimePolicy>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::Training>();
    #[cfg(msgraph_v1_search_or_security)]
    rt::object::auto_traits::<crate::v1::TrainingLanguageDetail>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::Trending>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRbacResourceAction>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRbacResourceNamespace>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignment>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignmentSchedule>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignmentScheduleInstance>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleAssignmentScheduleRequest>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleDefinition>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleEligibilitySchedule>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleEligibilityScheduleInstance>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleEligibilityScheduleRequest>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicy>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyApprovalRule>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyAssignment>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<
        crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
    >();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyEnablementRule>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyExpirationRule>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyNotificationRule>();
    #[cfg(msgraph_v1_policies_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleManagementPolicyRule>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleScheduleBase>();
    #[cfg(msgraph_v1_role_management_or_search)]
    rt::object::auto_traits::<crate::v1::UnifiedRoleScheduleInstanceBase>();
    #[cfg(msgraph_v1_core_or_storage)]
    rt::object::auto_traits::<crate::v1::UnifiedStorageQuota>();
    #[cfg(msgraph_v1_places_or_search)] rt::object::auto_traits::<crate::v1::UnitMap>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::UnmuteParticipantOperation>();
    #[cfg(msgraph_v1_communications_or_search)]
    rt::object::auto_traits::<crate::v1::UpdateRecordingStatusOperation>();
    #[cfg(msgraph_v1_information_protection_or_search)]
    rt::object::auto_traits::<crate::v1::UrlAssessmentRequest>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::UsageRightsIncluded>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UsedInsight>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::User>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UserActivity>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::UserConsentRequest>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::UserDataSecurityAndGovernance>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsBaseline>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsCategory>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsDevicePerformance>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsDeviceScores>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsDeviceStartupHistory>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsDeviceStartupProcess>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsMetric>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsMetricHistory>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsModelScores>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsOverview>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserExperienceAnalyticsScoreHistory>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
    >();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::UserFlowLanguageConfiguration>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::UserFlowLanguagePage>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UserInsightsSettings>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::UserInstallStateSummary>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::UserProtectionScopeContainer>();
    #[cfg(msgraph_v1_reports_or_search)]
    rt::object::auto_traits::<crate::v1::UserRegistrationDetails>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::UserScopeTeamsAppInstallation>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UserSettings>();
    #[cfg(msgraph_v1_identity_governance_or_search)]
    rt::object::auto_traits::<crate::v1::UserSignInInsight>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UserSolutionRoot>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UserStorage>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::UserTeamwork>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::VerifiableCredentialAuthenticationMethodTarget,
    >();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
    >();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::VerifiedIdProfile>();
    #[cfg(msgraph_v1_core_or_sites)]
    rt::object::auto_traits::<crate::v1::VerticalSection>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::VirtualEndpoint>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEvent>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventPresenter>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventRegistration>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationConfiguration>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationCustomQuestion>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationPredefinedQuestion>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventRegistrationQuestionBase>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventSession>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventTownhall>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<
        crate::v1::VirtualEventTownhallRegistrationConfiguration,
    >();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventWebinar>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventWebinarRegistrationConfiguration>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventsRoot>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )] rt::object::auto_traits::<crate::v1::VoiceAuthenticationMethodConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::VppToken>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WebApp>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::WebApplicationFirewallProvider>();
    #[cfg(msgraph_v1_identity_or_search)]
    rt::object::auto_traits::<crate::v1::WebApplicationFirewallVerificationModel>();
    #[cfg(msgraph_v1_core_or_sites)] rt::object::auto_traits::<crate::v1::WebPart>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::Win32LobApp>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10CompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10CustomConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10EndpointProtectionConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::Windows10EnrollmentCompletionPageConfiguration,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::Windows10EnterpriseModernAppManagementConfiguration,
    >();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10GeneralConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10MobileCompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10SecureAssessmentConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows10TeamGeneralConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows81CompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::Windows81GeneralConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsAppX>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::WindowsAutopilotDeploymentProfile>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::WindowsAutopilotDeploymentProfileAssignment>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsAutopilotDeviceIdentity>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
    >();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::WindowsDeviceMalwareState>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::WindowsHelloForBusinessAuthenticationMethod>();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::WindowsInformationProtection>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::WindowsInformationProtectionAppLearningSummary,
    >();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionAppLockerFile>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<
        crate::v1::WindowsInformationProtectionNetworkLearningSummary,
    >();
    #[cfg(msgraph_v1_core_or_device_app_management)]
    rt::object::auto_traits::<crate::v1::WindowsInformationProtectionPolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsMalwareInformation>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsMicrosoftEdgeApp>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsMobileMsi>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsPhone81CompliancePolicy>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsPhone81CustomConfiguration>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsPhone81GeneralConfiguration>();
    #[cfg(msgraph_v1_core_or_device_management)]
    rt::object::auto_traits::<crate::v1::WindowsProtectionState>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::WindowsSetting>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::WindowsSettingInstance>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsUniversalAppX>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsUniversalAppXContainedApp>();
    #[cfg(msgraph_v1_device_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsUpdateForBusinessConfiguration>();
    #[cfg(msgraph_v1_device_app_management_or_search)]
    rt::object::auto_traits::<crate::v1::WindowsWebApp>();
    #[cfg(msgraph_v1_core)]
    rt::object::auto_traits::<crate::v1::WorkHoursAndLocationsSetting>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::WorkPlanOccurrence>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::WorkPlanRecurrence>();
    #[cfg(msgraph_v1_drives_or_search)] rt::object::auto_traits::<crate::v1::Workbook>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookApplication>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChart>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartAreaFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartAxes>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartAxis>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartAxisFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartAxisTitle>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartAxisTitleFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartDataLabelFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartDataLabels>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartFill>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartFont>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartGridlines>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartGridlinesFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartLegend>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartLegendFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartLineFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartPoint>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartPointFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartSeries>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartSeriesFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartTitle>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookChartTitleFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookComment>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookCommentReply>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookFilter>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookFormatProtection>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookFunctionResult>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookFunctions>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookNamedItem>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookOperation>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookPivotTable>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRange>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRangeBorder>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRangeFill>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRangeFont>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRangeFormat>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRangeSort>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookRangeView>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookTable>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookTableColumn>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookTableRow>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookTableSort>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookWorksheet>();
    #[cfg(msgraph_v1_drives_or_search)]
    rt::object::auto_traits::<crate::v1::WorkbookWorksheetProtection>();
    #[cfg(msgraph_v1_search_or_teamwork)]
    rt::object::auto_traits::<crate::v1::WorkforceIntegration>();
    #[cfg(msgraph_v1_core)] rt::object::auto_traits::<crate::v1::WorkingTimeSchedule>();
    #[cfg(msgraph_v1_places_or_search)]
    rt::object::auto_traits::<crate::v1::Workspace>();
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    rt::object::auto_traits::<
        crate::v1::X509CertificateAuthenticationMethodConfiguration,
    >();
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    rt::object::auto_traits::<crate::v1::X509CertificateCombinationConfiguration>();
};
