//! Types of `microsoft.graph.security` by the first letters of their names (`a3_at`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Audit data for A365 AI Execute Tool events.
///
/// CSDL: `microsoft.graph.security.a365AiExecuteTool`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct A365AiExecuteTool {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for A365AiExecuteTool {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for A365AiExecuteTool {
    const TYPE_NAME: &'static str = "microsoft.graph.security.a365AiExecuteTool";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.a365AiExecuteTool\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for A365AiExecuteTool {
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
rt::impl_object!(A365AiExecuteTool);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    A365AiExecuteTool { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(A365AiExecuteTool);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for A365 AI Inference Call events.
///
/// CSDL: `microsoft.graph.security.a365AiInferenceCall`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct A365AiInferenceCall {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for A365AiInferenceCall {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for A365AiInferenceCall {
    const TYPE_NAME: &'static str = "microsoft.graph.security.a365AiInferenceCall";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.a365AiInferenceCall\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for A365AiInferenceCall {
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
rt::impl_object!(A365AiInferenceCall);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    A365AiInferenceCall { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(A365AiInferenceCall);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for A365 AI Invoke Agent events.
///
/// CSDL: `microsoft.graph.security.a365AiInvokeAgent`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct A365AiInvokeAgent {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for A365AiInvokeAgent {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for A365AiInvokeAgent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.a365AiInvokeAgent";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.a365AiInvokeAgent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for A365AiInvokeAgent {
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
rt::impl_object!(A365AiInvokeAgent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    A365AiInvokeAgent { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(A365AiInvokeAgent);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for A365 AI Run Summary events.
///
/// CSDL: `microsoft.graph.security.a365AiRunSummary`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct A365AiRunSummary {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for A365AiRunSummary {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for A365AiRunSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.security.a365AiRunSummary";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.a365AiRunSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for A365AiRunSummary {
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
rt::impl_object!(A365AiRunSummary);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    A365AiRunSummary { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(A365AiRunSummary);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for A365 Span Outputs events.
///
/// CSDL: `microsoft.graph.security.a365SpanOutputs`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct A365SpanOutputs {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for A365SpanOutputs {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for A365SpanOutputs {
    const TYPE_NAME: &'static str = "microsoft.graph.security.a365SpanOutputs";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.a365SpanOutputs\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for A365SpanOutputs {
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
rt::impl_object!(A365SpanOutputs);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    A365SpanOutputs { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(A365SpanOutputs);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AAD Risk Detection events.
///
/// CSDL: `microsoft.graph.security.aadRiskDetectionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AadRiskDetectionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AadRiskDetectionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AadRiskDetectionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aadRiskDetectionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aadRiskDetectionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AadRiskDetectionAuditRecord {
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
rt::impl_object!(AadRiskDetectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AadRiskDetectionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AadRiskDetectionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.activeDirectoryDomainEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ActiveDirectoryDomainEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `activeDirectoryDomainName`: `Edm.String`, nullable.
    pub active_directory_domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `trustedDomains`: `Collection(microsoft.graph.security.activeDirectoryDomainEvidence)`, not nullable.
    pub trusted_domains: rt::Field<
        ::std::vec::Vec<crate::v1::security::ActiveDirectoryDomainEvidence>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ActiveDirectoryDomainEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            active_directory_domain_name: rt::Field::Absent,
            trusted_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ActiveDirectoryDomainEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.activeDirectoryDomainEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "activeDirectoryDomainName",
        "trustedDomains",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"activeDirectoryDomainName\":    ",
        ",\"trustedDomains\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.activeDirectoryDomainEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(
            7usize,
            "active_directory_domain_name",
            &self.active_directory_domain_name,
        );
        v.field(8usize, "trusted_domains", &self.trusted_domains);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ActiveDirectoryDomainEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.active_directory_domain_name.read_from(r),
            8usize => self.trusted_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.active_directory_domain_name);
        w.field(8usize, &self.trusted_domains);
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
rt::impl_object!(ActiveDirectoryDomainEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ActiveDirectoryDomainEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_active_directory_domain_name
    active_directory_domain_name : ::std::string::String; with_trusted_domains
    trusted_domains : ::std::vec::Vec < crate
    ::v1::security::ActiveDirectoryDomainEvidence >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ActiveDirectoryDomainEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.additionalDataOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdditionalDataOptions {
    /// `allVersions` (value 1).
    AllVersions,
    /// `linkedFiles` (value 2).
    LinkedFiles,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `advancedIndexing` (value 8).
    AdvancedIndexing,
    /// `listAttachments` (value 16).
    ListAttachments,
    /// `htmlTranscripts` (value 32).
    HtmlTranscripts,
    /// `messageConversationExpansion` (value 64).
    MessageConversationExpansion,
    /// `locationsWithoutHits` (value 256).
    LocationsWithoutHits,
    /// `allItemsInFolder` (value 512).
    AllItemsInFolder,
    /// `cloudNativeHtmlConversion` (value 1024).
    CloudNativeHtmlConversion,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AdditionalDataOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.security.additionalDataOptions";
    const MEMBERS: &'static [&'static str] = &[
        "allVersions",
        "linkedFiles",
        "unknownFutureValue",
        "advancedIndexing",
        "listAttachments",
        "htmlTranscripts",
        "messageConversationExpansion",
        "locationsWithoutHits",
        "allItemsInFolder",
        "cloudNativeHtmlConversion",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allVersions" => Self::AllVersions,
                "linkedFiles" => Self::LinkedFiles,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "advancedIndexing" => Self::AdvancedIndexing,
                "listAttachments" => Self::ListAttachments,
                "htmlTranscripts" => Self::HtmlTranscripts,
                "messageConversationExpansion" => Self::MessageConversationExpansion,
                "locationsWithoutHits" => Self::LocationsWithoutHits,
                "allItemsInFolder" => Self::AllItemsInFolder,
                "cloudNativeHtmlConversion" => Self::CloudNativeHtmlConversion,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::AllVersions => "allVersions",
            Self::LinkedFiles => "linkedFiles",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::AdvancedIndexing => "advancedIndexing",
            Self::ListAttachments => "listAttachments",
            Self::HtmlTranscripts => "htmlTranscripts",
            Self::MessageConversationExpansion => "messageConversationExpansion",
            Self::LocationsWithoutHits => "locationsWithoutHits",
            Self::AllItemsInFolder => "allItemsInFolder",
            Self::CloudNativeHtmlConversion => "cloudNativeHtmlConversion",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AdditionalDataOptions);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdditionalDataOptions);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.additionalOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AdditionalOptions {
    /// `none` (value 0).
    None,
    /// `teamsAndYammerConversations` (value 1).
    TeamsAndYammerConversations,
    /// `cloudAttachments` (value 2).
    CloudAttachments,
    /// `allDocumentVersions` (value 4).
    AllDocumentVersions,
    /// `subfolderContents` (value 8).
    SubfolderContents,
    /// `listAttachments` (value 16).
    ListAttachments,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// `htmlTranscripts` (value 64).
    HtmlTranscripts,
    /// `advancedIndexing` (value 128).
    AdvancedIndexing,
    /// `allItemsInFolder` (value 256).
    AllItemsInFolder,
    /// `includeFolderAndPath` (value 512).
    IncludeFolderAndPath,
    /// `condensePaths` (value 1024).
    CondensePaths,
    /// `friendlyName` (value 2048).
    FriendlyName,
    /// `splitSource` (value 4096).
    SplitSource,
    /// `includeReport` (value 16384).
    IncludeReport,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AdditionalOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.security.additionalOptions";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "teamsAndYammerConversations",
        "cloudAttachments",
        "allDocumentVersions",
        "subfolderContents",
        "listAttachments",
        "unknownFutureValue",
        "htmlTranscripts",
        "advancedIndexing",
        "allItemsInFolder",
        "includeFolderAndPath",
        "condensePaths",
        "friendlyName",
        "splitSource",
        "includeReport",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "teamsAndYammerConversations" => Self::TeamsAndYammerConversations,
                "cloudAttachments" => Self::CloudAttachments,
                "allDocumentVersions" => Self::AllDocumentVersions,
                "subfolderContents" => Self::SubfolderContents,
                "listAttachments" => Self::ListAttachments,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "htmlTranscripts" => Self::HtmlTranscripts,
                "advancedIndexing" => Self::AdvancedIndexing,
                "allItemsInFolder" => Self::AllItemsInFolder,
                "includeFolderAndPath" => Self::IncludeFolderAndPath,
                "condensePaths" => Self::CondensePaths,
                "friendlyName" => Self::FriendlyName,
                "splitSource" => Self::SplitSource,
                "includeReport" => Self::IncludeReport,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::TeamsAndYammerConversations => "teamsAndYammerConversations",
            Self::CloudAttachments => "cloudAttachments",
            Self::AllDocumentVersions => "allDocumentVersions",
            Self::SubfolderContents => "subfolderContents",
            Self::ListAttachments => "listAttachments",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::HtmlTranscripts => "htmlTranscripts",
            Self::AdvancedIndexing => "advancedIndexing",
            Self::AllItemsInFolder => "allItemsInFolder",
            Self::IncludeFolderAndPath => "includeFolderAndPath",
            Self::CondensePaths => "condensePaths",
            Self::FriendlyName => "friendlyName",
            Self::SplitSource => "splitSource",
            Self::IncludeReport => "includeReport",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AdditionalOptions);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AdditionalOptions);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Advanced eDiscovery events.
///
/// CSDL: `microsoft.graph.security.aedAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AedAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AedAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AedAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aedAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aedAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AedAuditRecord {
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
rt::impl_object!(AedAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AedAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AedAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Agent Admin Activity events.
///
/// CSDL: `microsoft.graph.security.agentAdminActivityRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AgentAdminActivityRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AgentAdminActivityRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AgentAdminActivityRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.agentAdminActivityRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.agentAdminActivityRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AgentAdminActivityRecord {
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
rt::impl_object!(AgentAdminActivityRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AgentAdminActivityRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgentAdminActivityRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Agent Setting Admin Activity events.
///
/// CSDL: `microsoft.graph.security.agentSettingAdminActivity`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AgentSettingAdminActivity {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AgentSettingAdminActivity {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AgentSettingAdminActivity {
    const TYPE_NAME: &'static str = "microsoft.graph.security.agentSettingAdminActivity";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.agentSettingAdminActivity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AgentSettingAdminActivity {
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
rt::impl_object!(AgentSettingAdminActivity);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AgentSettingAdminActivity { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AgentSettingAdminActivity);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI Span Outputs events.
///
/// CSDL: `microsoft.graph.security.aISpanOutputsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AISpanOutputsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AISpanOutputsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AISpanOutputsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aISpanOutputsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aISpanOutputsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AISpanOutputsAuditRecord {
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
rt::impl_object!(AISpanOutputsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AISpanOutputsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AISpanOutputsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.aiAgentEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiAgentEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `agentId`: `Edm.String`, nullable.
    pub agent_id: rt::Field<::std::string::String>,
    /// CSDL: property `agentName`: `Edm.String`, nullable.
    pub agent_name: rt::Field<::std::string::String>,
    /// CSDL: property `hostingPlatformType`: `microsoft.graph.security.aiAgentPlatform`, nullable.
    pub hosting_platform_type: rt::Field<crate::v1::security::AiAgentPlatform>,
    /// CSDL: property `instructions`: `Edm.String`, nullable.
    pub instructions: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiAgentEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            agent_id: rt::Field::Absent,
            agent_name: rt::Field::Absent,
            hosting_platform_type: rt::Field::Absent,
            instructions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiAgentEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiAgentEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "agentId",
        "agentName",
        "hostingPlatformType",
        "instructions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"agentId\":                      ",
        ",\"agentName\":                    ",
        ",\"hostingPlatformType\":          ",
        ",\"instructions\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.aiAgentEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "agent_id", &self.agent_id);
        v.field(8usize, "agent_name", &self.agent_name);
        v.field(9usize, "hosting_platform_type", &self.hosting_platform_type);
        v.field(10usize, "instructions", &self.instructions);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiAgentEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.agent_id.read_from(r),
            8usize => self.agent_name.read_from(r),
            9usize => self.hosting_platform_type.read_from(r),
            10usize => self.instructions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.agent_id);
        w.field(8usize, &self.agent_name);
        w.field(9usize, &self.hosting_platform_type);
        w.field(10usize, &self.instructions);
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
rt::impl_object!(AiAgentEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiAgentEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_agent_id agent_id : ::std::string::String;
    with_agent_name agent_name : ::std::string::String; with_hosting_platform_type
    hosting_platform_type : crate ::v1::security::AiAgentPlatform; with_instructions
    instructions : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiAgentEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.aiAgentPlatform`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AiAgentPlatform {
    /// `unknown` (value 0).
    Unknown,
    /// `azureAIFoundry` (value 10).
    AzureAiFoundry,
    /// `copilotStudio` (value 20).
    CopilotStudio,
    /// `copilot` (value 30).
    Copilot,
    /// `unknownFutureValue` (value 40).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AiAgentPlatform {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiAgentPlatform";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "azureAIFoundry",
        "copilotStudio",
        "copilot",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "azureAIFoundry" => Self::AzureAiFoundry,
                "copilotStudio" => Self::CopilotStudio,
                "copilot" => Self::Copilot,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::AzureAiFoundry => "azureAIFoundry",
            Self::CopilotStudio => "copilotStudio",
            Self::Copilot => "copilot",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AiAgentPlatform);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiAgentPlatform);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI App Interaction events.
///
/// CSDL: `microsoft.graph.security.aiAppInteractionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiAppInteractionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiAppInteractionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiAppInteractionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiAppInteractionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aiAppInteractionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiAppInteractionAuditRecord {
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
rt::impl_object!(AiAppInteractionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiAppInteractionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiAppInteractionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI Execute Tool events.
///
/// CSDL: `microsoft.graph.security.aiExecuteToolAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiExecuteToolAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiExecuteToolAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiExecuteToolAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiExecuteToolAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aiExecuteToolAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiExecuteToolAuditRecord {
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
rt::impl_object!(AiExecuteToolAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiExecuteToolAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiExecuteToolAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI Interactions Change Notification events.
///
/// CSDL: `microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiInteractionsChangeNotificationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiInteractionsChangeNotificationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiInteractionsChangeNotificationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aiInteractionsChangeNotificationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiInteractionsChangeNotificationAuditRecord {
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
rt::impl_object!(AiInteractionsChangeNotificationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiInteractionsChangeNotificationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionsChangeNotificationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI Interactions Export events.
///
/// CSDL: `microsoft.graph.security.aiInteractionsExportAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiInteractionsExportAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiInteractionsExportAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiInteractionsExportAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiInteractionsExportAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aiInteractionsExportAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiInteractionsExportAuditRecord {
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
rt::impl_object!(AiInteractionsExportAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiInteractionsExportAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionsExportAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI Interactions Subscription events.
///
/// CSDL: `microsoft.graph.security.aiInteractionsSubscriptionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiInteractionsSubscriptionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiInteractionsSubscriptionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiInteractionsSubscriptionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiInteractionsSubscriptionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aiInteractionsSubscriptionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiInteractionsSubscriptionAuditRecord {
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
rt::impl_object!(AiInteractionsSubscriptionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiInteractionsSubscriptionAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInteractionsSubscriptionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AI Invoke Agent events.
///
/// CSDL: `microsoft.graph.security.aiInvokeAgentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AiInvokeAgentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AiInvokeAgentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AiInvokeAgentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aiInvokeAgentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aiInvokeAgentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AiInvokeAgentAuditRecord {
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
rt::impl_object!(AiInvokeAgentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AiInvokeAgentAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AiInvokeAgentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIP Discover events.
///
/// CSDL: `microsoft.graph.security.aipDiscover`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AipDiscover {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AipDiscover {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AipDiscover {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aipDiscover";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aipDiscover\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AipDiscover {
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
rt::impl_object!(AipDiscover);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AipDiscover { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AipDiscover);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIP File Deleted events.
///
/// CSDL: `microsoft.graph.security.aipFileDeleted`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AipFileDeleted {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AipFileDeleted {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AipFileDeleted {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aipFileDeleted";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aipFileDeleted\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AipFileDeleted {
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
rt::impl_object!(AipFileDeleted);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AipFileDeleted { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AipFileDeleted);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIP Heart Beat events.
///
/// CSDL: `microsoft.graph.security.aipHeartBeat`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AipHeartBeat {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AipHeartBeat {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AipHeartBeat {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aipHeartBeat";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aipHeartBeat\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AipHeartBeat {
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
rt::impl_object!(AipHeartBeat);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AipHeartBeat { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AipHeartBeat);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIP Protection Action log request events.
///
/// CSDL: `microsoft.graph.security.aipProtectionActionLogRequest`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AipProtectionActionLogRequest {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AipProtectionActionLogRequest {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AipProtectionActionLogRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aipProtectionActionLogRequest";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aipProtectionActionLogRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AipProtectionActionLogRequest {
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
rt::impl_object!(AipProtectionActionLogRequest);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AipProtectionActionLogRequest { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AipProtectionActionLogRequest);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIP Scanner Discover Event events.
///
/// CSDL: `microsoft.graph.security.aipScannerDiscoverEvent`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AipScannerDiscoverEvent {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AipScannerDiscoverEvent {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AipScannerDiscoverEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aipScannerDiscoverEvent";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aipScannerDiscoverEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AipScannerDiscoverEvent {
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
rt::impl_object!(AipScannerDiscoverEvent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AipScannerDiscoverEvent { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AipScannerDiscoverEvent);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIP Sensitivity Label Action log request events.
///
/// CSDL: `microsoft.graph.security.aipSensitivityLabelActionLogRequest`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AipSensitivityLabelActionLogRequest {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AipSensitivityLabelActionLogRequest {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AipSensitivityLabelActionLogRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.security.aipSensitivityLabelActionLogRequest";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.aipSensitivityLabelActionLogRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AipSensitivityLabelActionLogRequest {
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
rt::impl_object!(AipSensitivityLabelActionLogRequest);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AipSensitivityLabelActionLogRequest { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AipSensitivityLabelActionLogRequest);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIR Admin Action Investigation events.
///
/// CSDL: `microsoft.graph.security.airAdminActionInvestigationData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AirAdminActionInvestigationData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AirAdminActionInvestigationData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AirAdminActionInvestigationData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.airAdminActionInvestigationData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.airAdminActionInvestigationData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AirAdminActionInvestigationData {
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
rt::impl_object!(AirAdminActionInvestigationData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AirAdminActionInvestigationData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AirAdminActionInvestigationData);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIR Investigation events.
///
/// CSDL: `microsoft.graph.security.airInvestigationData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AirInvestigationData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AirInvestigationData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AirInvestigationData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.airInvestigationData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.airInvestigationData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AirInvestigationData {
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
rt::impl_object!(AirInvestigationData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AirInvestigationData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AirInvestigationData);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for AIR Manual Investigation events.
///
/// CSDL: `microsoft.graph.security.airManualInvestigationData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AirManualInvestigationData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AirManualInvestigationData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AirManualInvestigationData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.airManualInvestigationData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.airManualInvestigationData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AirManualInvestigationData {
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
rt::impl_object!(AirManualInvestigationData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AirManualInvestigationData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AirManualInvestigationData);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alert`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AlertPath`](../requests/security/trait.AlertPath.html), what a path to one (`EntityPath<Alert, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Alert {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `actorDisplayName`: `Edm.String`, nullable.
    pub actor_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `additionalData`: `microsoft.graph.security.dictionary`, nullable.
    pub additional_data: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `alertPolicyId`: `Edm.String`, nullable.
    pub alert_policy_id: rt::Field<::std::string::String>,
    /// CSDL: property `alertWebUrl`: `Edm.String`, nullable.
    pub alert_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `assignedTo`: `Edm.String`, nullable.
    pub assigned_to: rt::Field<::std::string::String>,
    /// CSDL: property `categories`: `Collection(Edm.String)`, nullable.
    pub categories: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `classification`: `microsoft.graph.security.alertClassification`, nullable.
    pub classification: rt::Field<crate::v1::security::AlertClassification>,
    /// CSDL: property `comments`: `Collection(microsoft.graph.security.alertComment)`, nullable.
    pub comments: rt::Field<::std::vec::Vec<crate::v1::security::AlertComment>>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `customDetails`: `microsoft.graph.security.dictionary`, nullable.
    pub custom_details: rt::Field<crate::v1::security::Dictionary>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `detectionSource`: `microsoft.graph.security.detectionSource`, nullable.
    pub detection_source: rt::Field<crate::v1::security::DetectionSource>,
    /// CSDL: property `detectorId`: `Edm.String`, nullable.
    pub detector_id: rt::Field<::std::string::String>,
    /// CSDL: property `determination`: `microsoft.graph.security.alertDetermination`, nullable.
    pub determination: rt::Field<crate::v1::security::AlertDetermination>,
    /// CSDL: property `evidence`: `Collection(microsoft.graph.security.alertEvidence)`, nullable.
    pub evidence: rt::Field<::std::vec::Vec<crate::v1::security::AnyAlertEvidence>>,
    /// CSDL: property `firstActivityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `incidentId`: `Edm.String`, nullable.
    pub incident_id: rt::Field<::std::string::String>,
    /// CSDL: property `incidentWebUrl`: `Edm.String`, nullable.
    pub incident_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `investigationState`: `microsoft.graph.security.investigationState`, nullable.
    pub investigation_state: rt::Field<crate::v1::security::InvestigationState>,
    /// CSDL: property `lastActivityDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_activity_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `mitreTechniques`: `Collection(Edm.String)`, nullable.
    pub mitre_techniques: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `productName`: `Edm.String`, nullable.
    pub product_name: rt::Field<::std::string::String>,
    /// CSDL: property `providerAlertId`: `Edm.String`, nullable.
    pub provider_alert_id: rt::Field<::std::string::String>,
    /// CSDL: property `recommendedActions`: `Edm.String`, nullable.
    pub recommended_actions: rt::Field<::std::string::String>,
    /// CSDL: property `resolvedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub resolved_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `serviceSource`: `microsoft.graph.security.serviceSource`, not nullable.
    pub service_source: rt::Field<crate::v1::security::ServiceSource>,
    /// CSDL: property `severity`: `microsoft.graph.security.alertSeverity`, not nullable.
    pub severity: rt::Field<crate::v1::security::AlertSeverity>,
    /// CSDL: property `status`: `microsoft.graph.security.alertStatus`, not nullable.
    pub status: rt::Field<crate::v1::security::AlertStatus>,
    /// CSDL: property `systemTags`: `Collection(Edm.String)`, nullable.
    pub system_tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `threatDisplayName`: `Edm.String`, nullable.
    pub threat_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `threatFamilyName`: `Edm.String`, nullable.
    pub threat_family_name: rt::Field<::std::string::String>,
    /// CSDL: property `title`: `Edm.String`, nullable.
    pub title: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Alert {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            actor_display_name: rt::Field::Absent,
            additional_data: rt::Field::Absent,
            alert_policy_id: rt::Field::Absent,
            alert_web_url: rt::Field::Absent,
            assigned_to: rt::Field::Absent,
            categories: rt::Field::Absent,
            category: rt::Field::Absent,
            classification: rt::Field::Absent,
            comments: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            custom_details: rt::Field::Absent,
            description: rt::Field::Absent,
            detection_source: rt::Field::Absent,
            detector_id: rt::Field::Absent,
            determination: rt::Field::Absent,
            evidence: rt::Field::Absent,
            first_activity_date_time: rt::Field::Absent,
            incident_id: rt::Field::Absent,
            incident_web_url: rt::Field::Absent,
            investigation_state: rt::Field::Absent,
            last_activity_date_time: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            mitre_techniques: rt::Field::Absent,
            product_name: rt::Field::Absent,
            provider_alert_id: rt::Field::Absent,
            recommended_actions: rt::Field::Absent,
            resolved_date_time: rt::Field::Absent,
            service_source: rt::Field::Absent,
            severity: rt::Field::Absent,
            status: rt::Field::Absent,
            system_tags: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            threat_display_name: rt::Field::Absent,
            threat_family_name: rt::Field::Absent,
            title: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Alert {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alert";
    const KEYS: &'static [&'static str] = &[
        "id",
        "actorDisplayName",
        "additionalData",
        "alertPolicyId",
        "alertWebUrl",
        "assignedTo",
        "categories",
        "category",
        "classification",
        "comments",
        "createdDateTime",
        "customDetails",
        "description",
        "detectionSource",
        "detectorId",
        "determination",
        "evidence",
        "firstActivityDateTime",
        "incidentId",
        "incidentWebUrl",
        "investigationState",
        "lastActivityDateTime",
        "lastUpdateDateTime",
        "mitreTechniques",
        "productName",
        "providerAlertId",
        "recommendedActions",
        "resolvedDateTime",
        "serviceSource",
        "severity",
        "status",
        "systemTags",
        "tenantId",
        "threatDisplayName",
        "threatFamilyName",
        "title",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"actorDisplayName\":             ",
        ",\"additionalData\":               ",
        ",\"alertPolicyId\":                ",
        ",\"alertWebUrl\":                  ",
        ",\"assignedTo\":                   ",
        ",\"categories\":                   ",
        ",\"category\":                     ",
        ",\"classification\":               ",
        ",\"comments\":                     ",
        ",\"createdDateTime\":              ",
        ",\"customDetails\":                ",
        ",\"description\":                  ",
        ",\"detectionSource\":              ",
        ",\"detectorId\":                   ",
        ",\"determination\":                ",
        ",\"evidence\":                     ",
        ",\"firstActivityDateTime\":        ",
        ",\"incidentId\":                   ",
        ",\"incidentWebUrl\":               ",
        ",\"investigationState\":           ",
        ",\"lastActivityDateTime\":         ",
        ",\"lastUpdateDateTime\":           ",
        ",\"mitreTechniques\":              ",
        ",\"productName\":                  ",
        ",\"providerAlertId\":              ",
        ",\"recommendedActions\":           ",
        ",\"resolvedDateTime\":             ",
        ",\"serviceSource\":                ",
        ",\"severity\":                     ",
        ",\"status\":                       ",
        ",\"systemTags\":                   ",
        ",\"tenantId\":                     ",
        ",\"threatDisplayName\":            ",
        ",\"threatFamilyName\":             ",
        ",\"title\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.alert\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "actor_display_name", &self.actor_display_name);
        v.field(2usize, "additional_data", &self.additional_data);
        v.field(3usize, "alert_policy_id", &self.alert_policy_id);
        v.field(4usize, "alert_web_url", &self.alert_web_url);
        v.field(5usize, "assigned_to", &self.assigned_to);
        v.field(6usize, "categories", &self.categories);
        v.field(7usize, "category", &self.category);
        v.field(8usize, "classification", &self.classification);
        v.field(9usize, "comments", &self.comments);
        v.field(10usize, "created_date_time", &self.created_date_time);
        v.field(11usize, "custom_details", &self.custom_details);
        v.field(12usize, "description", &self.description);
        v.field(13usize, "detection_source", &self.detection_source);
        v.field(14usize, "detector_id", &self.detector_id);
        v.field(15usize, "determination", &self.determination);
        v.field(16usize, "evidence", &self.evidence);
        v.field(17usize, "first_activity_date_time", &self.first_activity_date_time);
        v.field(18usize, "incident_id", &self.incident_id);
        v.field(19usize, "incident_web_url", &self.incident_web_url);
        v.field(20usize, "investigation_state", &self.investigation_state);
        v.field(21usize, "last_activity_date_time", &self.last_activity_date_time);
        v.field(22usize, "last_update_date_time", &self.last_update_date_time);
        v.field(23usize, "mitre_techniques", &self.mitre_techniques);
        v.field(24usize, "product_name", &self.product_name);
        v.field(25usize, "provider_alert_id", &self.provider_alert_id);
        v.field(26usize, "recommended_actions", &self.recommended_actions);
        v.field(27usize, "resolved_date_time", &self.resolved_date_time);
        v.field(28usize, "service_source", &self.service_source);
        v.field(29usize, "severity", &self.severity);
        v.field(30usize, "status", &self.status);
        v.field(31usize, "system_tags", &self.system_tags);
        v.field(32usize, "tenant_id", &self.tenant_id);
        v.field(33usize, "threat_display_name", &self.threat_display_name);
        v.field(34usize, "threat_family_name", &self.threat_family_name);
        v.field(35usize, "title", &self.title);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Alert {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.actor_display_name.read_from(r),
            2usize => self.additional_data.read_from(r),
            3usize => self.alert_policy_id.read_from(r),
            4usize => self.alert_web_url.read_from(r),
            5usize => self.assigned_to.read_from(r),
            6usize => self.categories.read_from(r),
            7usize => self.category.read_from(r),
            8usize => self.classification.read_from(r),
            9usize => self.comments.read_from(r),
            10usize => self.created_date_time.read_from(r),
            11usize => self.custom_details.read_from(r),
            12usize => self.description.read_from(r),
            13usize => self.detection_source.read_from(r),
            14usize => self.detector_id.read_from(r),
            15usize => self.determination.read_from(r),
            16usize => self.evidence.read_from(r),
            17usize => self.first_activity_date_time.read_from(r),
            18usize => self.incident_id.read_from(r),
            19usize => self.incident_web_url.read_from(r),
            20usize => self.investigation_state.read_from(r),
            21usize => self.last_activity_date_time.read_from(r),
            22usize => self.last_update_date_time.read_from(r),
            23usize => self.mitre_techniques.read_from(r),
            24usize => self.product_name.read_from(r),
            25usize => self.provider_alert_id.read_from(r),
            26usize => self.recommended_actions.read_from(r),
            27usize => self.resolved_date_time.read_from(r),
            28usize => self.service_source.read_from(r),
            29usize => self.severity.read_from(r),
            30usize => self.status.read_from(r),
            31usize => self.system_tags.read_from(r),
            32usize => self.tenant_id.read_from(r),
            33usize => self.threat_display_name.read_from(r),
            34usize => self.threat_family_name.read_from(r),
            35usize => self.title.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.actor_display_name);
        w.field(2usize, &self.additional_data);
        w.field(3usize, &self.alert_policy_id);
        w.field(4usize, &self.alert_web_url);
        w.field(5usize, &self.assigned_to);
        w.field(6usize, &self.categories);
        w.field(7usize, &self.category);
        w.field(8usize, &self.classification);
        w.field(9usize, &self.comments);
        w.field(10usize, &self.created_date_time);
        w.field(11usize, &self.custom_details);
        w.field(12usize, &self.description);
        w.field(13usize, &self.detection_source);
        w.field(14usize, &self.detector_id);
        w.field(15usize, &self.determination);
        w.field(16usize, &self.evidence);
        w.field(17usize, &self.first_activity_date_time);
        w.field(18usize, &self.incident_id);
        w.field(19usize, &self.incident_web_url);
        w.field(20usize, &self.investigation_state);
        w.field(21usize, &self.last_activity_date_time);
        w.field(22usize, &self.last_update_date_time);
        w.field(23usize, &self.mitre_techniques);
        w.field(24usize, &self.product_name);
        w.field(25usize, &self.provider_alert_id);
        w.field(26usize, &self.recommended_actions);
        w.field(27usize, &self.resolved_date_time);
        w.field(28usize, &self.service_source);
        w.field(29usize, &self.severity);
        w.field(30usize, &self.status);
        w.field(31usize, &self.system_tags);
        w.field(32usize, &self.tenant_id);
        w.field(33usize, &self.threat_display_name);
        w.field(34usize, &self.threat_family_name);
        w.field(35usize, &self.title);
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
rt::impl_object!(Alert);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Alert { with_id id : ::std::string::String; with_actor_display_name
    actor_display_name : ::std::string::String; with_additional_data additional_data :
    crate ::v1::security::Dictionary; with_alert_policy_id alert_policy_id :
    ::std::string::String; with_alert_web_url alert_web_url : ::std::string::String;
    with_assigned_to assigned_to : ::std::string::String; with_categories categories :
    ::std::vec::Vec < ::std::string::String >; with_category category :
    ::std::string::String; with_classification classification : crate
    ::v1::security::AlertClassification; with_comments comments : ::std::vec::Vec < crate
    ::v1::security::AlertComment >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_custom_details custom_details : crate
    ::v1::security::Dictionary; with_description description : ::std::string::String;
    with_detection_source detection_source : crate ::v1::security::DetectionSource;
    with_detector_id detector_id : ::std::string::String; with_determination
    determination : crate ::v1::security::AlertDetermination; with_evidence evidence :
    ::std::vec::Vec < crate ::v1::security::AnyAlertEvidence >;
    with_first_activity_date_time first_activity_date_time : rt::edm::DateTimeOffset;
    with_incident_id incident_id : ::std::string::String; with_incident_web_url
    incident_web_url : ::std::string::String; with_investigation_state
    investigation_state : crate ::v1::security::InvestigationState;
    with_last_activity_date_time last_activity_date_time : rt::edm::DateTimeOffset;
    with_last_update_date_time last_update_date_time : rt::edm::DateTimeOffset;
    with_mitre_techniques mitre_techniques : ::std::vec::Vec < ::std::string::String >;
    with_product_name product_name : ::std::string::String; with_provider_alert_id
    provider_alert_id : ::std::string::String; with_recommended_actions
    recommended_actions : ::std::string::String; with_resolved_date_time
    resolved_date_time : rt::edm::DateTimeOffset; with_service_source service_source :
    crate ::v1::security::ServiceSource; with_severity severity : crate
    ::v1::security::AlertSeverity; with_status status : crate
    ::v1::security::AlertStatus; with_system_tags system_tags : ::std::vec::Vec <
    ::std::string::String >; with_tenant_id tenant_id : ::std::string::String;
    with_threat_display_name threat_display_name : ::std::string::String;
    with_threat_family_name threat_family_name : ::std::string::String; with_title title
    : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Alert);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alertClassification`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertClassification {
    /// `unknown` (value 0).
    Unknown,
    /// `falsePositive` (value 10).
    FalsePositive,
    /// `truePositive` (value 20).
    TruePositive,
    /// `informationalExpectedActivity` (value 30).
    InformationalExpectedActivity,
    /// `unknownFutureValue` (value 39).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertClassification";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "falsePositive",
        "truePositive",
        "informationalExpectedActivity",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "falsePositive" => Self::FalsePositive,
                "truePositive" => Self::TruePositive,
                "informationalExpectedActivity" => Self::InformationalExpectedActivity,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::FalsePositive => "falsePositive",
            Self::TruePositive => "truePositive",
            Self::InformationalExpectedActivity => "informationalExpectedActivity",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertClassification);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertClassification);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alertComment`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertComment {
    /// CSDL: property `comment`: `Edm.String`, nullable.
    pub comment: rt::Field<::std::string::String>,
    /// CSDL: property `createdByDisplayName`: `Edm.String`, nullable.
    pub created_by_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertComment {
    #[inline]
    fn default() -> Self {
        Self {
            comment: rt::Field::Absent,
            created_by_display_name: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertComment {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertComment";
    const KEYS: &'static [&'static str] = &[
        "comment",
        "createdByDisplayName",
        "createdDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"comment\":                      ",
        ",\"createdByDisplayName\":         ",
        ",\"createdDateTime\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.alertComment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "comment", &self.comment);
        v.field(1usize, "created_by_display_name", &self.created_by_display_name);
        v.field(2usize, "created_date_time", &self.created_date_time);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertComment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.comment.read_from(r),
            1usize => self.created_by_display_name.read_from(r),
            2usize => self.created_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.comment);
        w.field(1usize, &self.created_by_display_name);
        w.field(2usize, &self.created_date_time);
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
rt::impl_object!(AlertComment);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertComment { with_comment comment : ::std::string::String;
    with_created_by_display_name created_by_display_name : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertComment);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alertDetermination`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertDetermination {
    /// `unknown` (value 0).
    Unknown,
    /// `apt` (value 10).
    Apt,
    /// `malware` (value 20).
    Malware,
    /// `securityPersonnel` (value 30).
    SecurityPersonnel,
    /// `securityTesting` (value 40).
    SecurityTesting,
    /// `unwantedSoftware` (value 50).
    UnwantedSoftware,
    /// `other` (value 60).
    Other,
    /// `multiStagedAttack` (value 70).
    MultiStagedAttack,
    /// `compromisedAccount` (value 80).
    CompromisedAccount,
    /// `phishing` (value 90).
    Phishing,
    /// `maliciousUserActivity` (value 100).
    MaliciousUserActivity,
    /// `notMalicious` (value 110).
    NotMalicious,
    /// `notEnoughDataToValidate` (value 120).
    NotEnoughDataToValidate,
    /// `confirmedActivity` (value 130).
    ConfirmedActivity,
    /// `lineOfBusinessApplication` (value 140).
    LineOfBusinessApplication,
    /// `unknownFutureValue` (value 149).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertDetermination {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertDetermination";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "apt",
        "malware",
        "securityPersonnel",
        "securityTesting",
        "unwantedSoftware",
        "other",
        "multiStagedAttack",
        "compromisedAccount",
        "phishing",
        "maliciousUserActivity",
        "notMalicious",
        "notEnoughDataToValidate",
        "confirmedActivity",
        "lineOfBusinessApplication",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "apt" => Self::Apt,
                "malware" => Self::Malware,
                "securityPersonnel" => Self::SecurityPersonnel,
                "securityTesting" => Self::SecurityTesting,
                "unwantedSoftware" => Self::UnwantedSoftware,
                "other" => Self::Other,
                "multiStagedAttack" => Self::MultiStagedAttack,
                "compromisedAccount" => Self::CompromisedAccount,
                "phishing" => Self::Phishing,
                "maliciousUserActivity" => Self::MaliciousUserActivity,
                "notMalicious" => Self::NotMalicious,
                "notEnoughDataToValidate" => Self::NotEnoughDataToValidate,
                "confirmedActivity" => Self::ConfirmedActivity,
                "lineOfBusinessApplication" => Self::LineOfBusinessApplication,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Apt => "apt",
            Self::Malware => "malware",
            Self::SecurityPersonnel => "securityPersonnel",
            Self::SecurityTesting => "securityTesting",
            Self::UnwantedSoftware => "unwantedSoftware",
            Self::Other => "other",
            Self::MultiStagedAttack => "multiStagedAttack",
            Self::CompromisedAccount => "compromisedAccount",
            Self::Phishing => "phishing",
            Self::MaliciousUserActivity => "maliciousUserActivity",
            Self::NotMalicious => "notMalicious",
            Self::NotEnoughDataToValidate => "notEnoughDataToValidate",
            Self::ConfirmedActivity => "confirmedActivity",
            Self::LineOfBusinessApplication => "lineOfBusinessApplication",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertDetermination);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertDetermination);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alertEvidence`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.alertEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
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
rt::impl_object!(AlertEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.security.alertEvidence` or any type derived from it, selected by `@odata.type` (49 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyAlertEvidence {
    AlertEvidence(::std::boxed::Box<crate::v1::security::AlertEvidence>),
    ActiveDirectoryDomainEvidence(
        ::std::boxed::Box<crate::v1::security::ActiveDirectoryDomainEvidence>,
    ),
    AiAgentEvidence(::std::boxed::Box<crate::v1::security::AiAgentEvidence>),
    AmazonResourceEvidence(
        ::std::boxed::Box<crate::v1::security::AmazonResourceEvidence>,
    ),
    AnalyzedMessageEvidence(
        ::std::boxed::Box<crate::v1::security::AnalyzedMessageEvidence>,
    ),
    AzureResourceEvidence(::std::boxed::Box<crate::v1::security::AzureResourceEvidence>),
    BlobContainerEvidence(::std::boxed::Box<crate::v1::security::BlobContainerEvidence>),
    BlobEvidence(::std::boxed::Box<crate::v1::security::BlobEvidence>),
    CloudApplicationEvidence(
        ::std::boxed::Box<crate::v1::security::CloudApplicationEvidence>,
    ),
    CloudLogonRequestEvidence(
        ::std::boxed::Box<crate::v1::security::CloudLogonRequestEvidence>,
    ),
    CloudLogonSessionEvidence(
        ::std::boxed::Box<crate::v1::security::CloudLogonSessionEvidence>,
    ),
    ContainerEvidence(::std::boxed::Box<crate::v1::security::ContainerEvidence>),
    ContainerImageEvidence(
        ::std::boxed::Box<crate::v1::security::ContainerImageEvidence>,
    ),
    ContainerRegistryEvidence(
        ::std::boxed::Box<crate::v1::security::ContainerRegistryEvidence>,
    ),
    DeviceEvidence(::std::boxed::Box<crate::v1::security::DeviceEvidence>),
    DnsEvidence(::std::boxed::Box<crate::v1::security::DnsEvidence>),
    FileEvidence(::std::boxed::Box<crate::v1::security::FileEvidence>),
    FileHashEvidence(::std::boxed::Box<crate::v1::security::FileHashEvidence>),
    GitHubOrganizationEvidence(
        ::std::boxed::Box<crate::v1::security::GitHubOrganizationEvidence>,
    ),
    GitHubRepoEvidence(::std::boxed::Box<crate::v1::security::GitHubRepoEvidence>),
    GitHubUserEvidence(::std::boxed::Box<crate::v1::security::GitHubUserEvidence>),
    GoogleCloudResourceEvidence(
        ::std::boxed::Box<crate::v1::security::GoogleCloudResourceEvidence>,
    ),
    HostLogonSessionEvidence(
        ::std::boxed::Box<crate::v1::security::HostLogonSessionEvidence>,
    ),
    IoTDeviceEvidence(::std::boxed::Box<crate::v1::security::IoTDeviceEvidence>),
    IpEvidence(::std::boxed::Box<crate::v1::security::IpEvidence>),
    KubernetesClusterEvidence(
        ::std::boxed::Box<crate::v1::security::KubernetesClusterEvidence>,
    ),
    KubernetesControllerEvidence(
        ::std::boxed::Box<crate::v1::security::KubernetesControllerEvidence>,
    ),
    KubernetesNamespaceEvidence(
        ::std::boxed::Box<crate::v1::security::KubernetesNamespaceEvidence>,
    ),
    KubernetesPodEvidence(::std::boxed::Box<crate::v1::security::KubernetesPodEvidence>),
    KubernetesSecretEvidence(
        ::std::boxed::Box<crate::v1::security::KubernetesSecretEvidence>,
    ),
    KubernetesServiceAccountEvidence(
        ::std::boxed::Box<crate::v1::security::KubernetesServiceAccountEvidence>,
    ),
    KubernetesServiceEvidence(
        ::std::boxed::Box<crate::v1::security::KubernetesServiceEvidence>,
    ),
    MailClusterEvidence(::std::boxed::Box<crate::v1::security::MailClusterEvidence>),
    MailboxConfigurationEvidence(
        ::std::boxed::Box<crate::v1::security::MailboxConfigurationEvidence>,
    ),
    MailboxEvidence(::std::boxed::Box<crate::v1::security::MailboxEvidence>),
    MalwareEvidence(::std::boxed::Box<crate::v1::security::MalwareEvidence>),
    NetworkConnectionEvidence(
        ::std::boxed::Box<crate::v1::security::NetworkConnectionEvidence>,
    ),
    NicEvidence(::std::boxed::Box<crate::v1::security::NicEvidence>),
    OauthApplicationEvidence(
        ::std::boxed::Box<crate::v1::security::OauthApplicationEvidence>,
    ),
    ProcessEvidence(::std::boxed::Box<crate::v1::security::ProcessEvidence>),
    RegistryKeyEvidence(::std::boxed::Box<crate::v1::security::RegistryKeyEvidence>),
    RegistryValueEvidence(::std::boxed::Box<crate::v1::security::RegistryValueEvidence>),
    SasTokenEvidence(::std::boxed::Box<crate::v1::security::SasTokenEvidence>),
    SecurityGroupEvidence(::std::boxed::Box<crate::v1::security::SecurityGroupEvidence>),
    ServicePrincipalEvidence(
        ::std::boxed::Box<crate::v1::security::ServicePrincipalEvidence>,
    ),
    SubmissionMailEvidence(
        ::std::boxed::Box<crate::v1::security::SubmissionMailEvidence>,
    ),
    TeamsMessageEvidence(::std::boxed::Box<crate::v1::security::TeamsMessageEvidence>),
    UrlEvidence(::std::boxed::Box<crate::v1::security::UrlEvidence>),
    UserEvidence(::std::boxed::Box<crate::v1::security::UserEvidence>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyAlertEvidence {
    #[inline]
    fn default() -> Self {
        Self::AlertEvidence(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AlertEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::AlertEvidence) -> Self {
        Self::AlertEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ActiveDirectoryDomainEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::ActiveDirectoryDomainEvidence) -> Self {
        Self::ActiveDirectoryDomainEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AiAgentEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::AiAgentEvidence) -> Self {
        Self::AiAgentEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AmazonResourceEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::AmazonResourceEvidence) -> Self {
        Self::AmazonResourceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AnalyzedMessageEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::AnalyzedMessageEvidence) -> Self {
        Self::AnalyzedMessageEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::AzureResourceEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::AzureResourceEvidence) -> Self {
        Self::AzureResourceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::BlobContainerEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::BlobContainerEvidence) -> Self {
        Self::BlobContainerEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::BlobEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::BlobEvidence) -> Self {
        Self::BlobEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CloudApplicationEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::CloudApplicationEvidence) -> Self {
        Self::CloudApplicationEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CloudLogonRequestEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::CloudLogonRequestEvidence) -> Self {
        Self::CloudLogonRequestEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::CloudLogonSessionEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::CloudLogonSessionEvidence) -> Self {
        Self::CloudLogonSessionEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ContainerEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::ContainerEvidence) -> Self {
        Self::ContainerEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ContainerImageEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::ContainerImageEvidence) -> Self {
        Self::ContainerImageEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ContainerRegistryEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::ContainerRegistryEvidence) -> Self {
        Self::ContainerRegistryEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DeviceEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::DeviceEvidence) -> Self {
        Self::DeviceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::DnsEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::DnsEvidence) -> Self {
        Self::DnsEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FileEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::FileEvidence) -> Self {
        Self::FileEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::FileHashEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::FileHashEvidence) -> Self {
        Self::FileHashEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::GitHubOrganizationEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::GitHubOrganizationEvidence) -> Self {
        Self::GitHubOrganizationEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::GitHubRepoEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::GitHubRepoEvidence) -> Self {
        Self::GitHubRepoEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::GitHubUserEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::GitHubUserEvidence) -> Self {
        Self::GitHubUserEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::GoogleCloudResourceEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::GoogleCloudResourceEvidence) -> Self {
        Self::GoogleCloudResourceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostLogonSessionEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::HostLogonSessionEvidence) -> Self {
        Self::HostLogonSessionEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IoTDeviceEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::IoTDeviceEvidence) -> Self {
        Self::IoTDeviceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IpEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::IpEvidence) -> Self {
        Self::IpEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesClusterEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesClusterEvidence) -> Self {
        Self::KubernetesClusterEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesControllerEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesControllerEvidence) -> Self {
        Self::KubernetesControllerEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesNamespaceEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesNamespaceEvidence) -> Self {
        Self::KubernetesNamespaceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesPodEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesPodEvidence) -> Self {
        Self::KubernetesPodEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesSecretEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesSecretEvidence) -> Self {
        Self::KubernetesSecretEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesServiceAccountEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesServiceAccountEvidence) -> Self {
        Self::KubernetesServiceAccountEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::KubernetesServiceEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::KubernetesServiceEvidence) -> Self {
        Self::KubernetesServiceEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MailClusterEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::MailClusterEvidence) -> Self {
        Self::MailClusterEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MailboxConfigurationEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::MailboxConfigurationEvidence) -> Self {
        Self::MailboxConfigurationEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MailboxEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::MailboxEvidence) -> Self {
        Self::MailboxEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::MalwareEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::MalwareEvidence) -> Self {
        Self::MalwareEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::NetworkConnectionEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::NetworkConnectionEvidence) -> Self {
        Self::NetworkConnectionEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::NicEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::NicEvidence) -> Self {
        Self::NicEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::OauthApplicationEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::OauthApplicationEvidence) -> Self {
        Self::OauthApplicationEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ProcessEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::ProcessEvidence) -> Self {
        Self::ProcessEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RegistryKeyEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::RegistryKeyEvidence) -> Self {
        Self::RegistryKeyEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::RegistryValueEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::RegistryValueEvidence) -> Self {
        Self::RegistryValueEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SasTokenEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::SasTokenEvidence) -> Self {
        Self::SasTokenEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SecurityGroupEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::SecurityGroupEvidence) -> Self {
        Self::SecurityGroupEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::ServicePrincipalEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::ServicePrincipalEvidence) -> Self {
        Self::ServicePrincipalEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SubmissionMailEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::SubmissionMailEvidence) -> Self {
        Self::SubmissionMailEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::TeamsMessageEvidence>
for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::TeamsMessageEvidence) -> Self {
        Self::TeamsMessageEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UrlEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::UrlEvidence) -> Self {
        Self::UrlEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UserEvidence> for AnyAlertEvidence {
    #[inline]
    fn from(v: crate::v1::security::UserEvidence) -> Self {
        Self::UserEvidence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyAlertEvidence {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyAlertEvidence {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyAlertEvidence {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyAlertEvidence {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyAlertEvidence {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::security::AlertEvidence>();
    rt::object::auto_traits::<crate::v1::security::ActiveDirectoryDomainEvidence>();
    rt::object::auto_traits::<crate::v1::security::AiAgentEvidence>();
    rt::object::auto_traits::<crate::v1::security::AmazonResourceEvidence>();
    rt::object::auto_traits::<crate::v1::security::AnalyzedMessageEvidence>();
    rt::object::auto_traits::<crate::v1::security::AzureResourceEvidence>();
    rt::object::auto_traits::<crate::v1::security::BlobContainerEvidence>();
    rt::object::auto_traits::<crate::v1::security::BlobEvidence>();
    rt::object::auto_traits::<crate::v1::security::CloudApplicationEvidence>();
    rt::object::auto_traits::<crate::v1::security::CloudLogonRequestEvidence>();
    rt::object::auto_traits::<crate::v1::security::CloudLogonSessionEvidence>();
    rt::object::auto_traits::<crate::v1::security::ContainerEvidence>();
    rt::object::auto_traits::<crate::v1::security::ContainerImageEvidence>();
    rt::object::auto_traits::<crate::v1::security::ContainerRegistryEvidence>();
    rt::object::auto_traits::<crate::v1::security::DeviceEvidence>();
    rt::object::auto_traits::<crate::v1::security::DnsEvidence>();
    rt::object::auto_traits::<crate::v1::security::FileEvidence>();
    rt::object::auto_traits::<crate::v1::security::FileHashEvidence>();
    rt::object::auto_traits::<crate::v1::security::GitHubOrganizationEvidence>();
    rt::object::auto_traits::<crate::v1::security::GitHubRepoEvidence>();
    rt::object::auto_traits::<crate::v1::security::GitHubUserEvidence>();
    rt::object::auto_traits::<crate::v1::security::GoogleCloudResourceEvidence>();
    rt::object::auto_traits::<crate::v1::security::HostLogonSessionEvidence>();
    rt::object::auto_traits::<crate::v1::security::IoTDeviceEvidence>();
    rt::object::auto_traits::<crate::v1::security::IpEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesClusterEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesControllerEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesNamespaceEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesPodEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesSecretEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesServiceAccountEvidence>();
    rt::object::auto_traits::<crate::v1::security::KubernetesServiceEvidence>();
    rt::object::auto_traits::<crate::v1::security::MailClusterEvidence>();
    rt::object::auto_traits::<crate::v1::security::MailboxConfigurationEvidence>();
    rt::object::auto_traits::<crate::v1::security::MailboxEvidence>();
    rt::object::auto_traits::<crate::v1::security::MalwareEvidence>();
    rt::object::auto_traits::<crate::v1::security::NetworkConnectionEvidence>();
    rt::object::auto_traits::<crate::v1::security::NicEvidence>();
    rt::object::auto_traits::<crate::v1::security::OauthApplicationEvidence>();
    rt::object::auto_traits::<crate::v1::security::ProcessEvidence>();
    rt::object::auto_traits::<crate::v1::security::RegistryKeyEvidence>();
    rt::object::auto_traits::<crate::v1::security::RegistryValueEvidence>();
    rt::object::auto_traits::<crate::v1::security::SasTokenEvidence>();
    rt::object::auto_traits::<crate::v1::security::SecurityGroupEvidence>();
    rt::object::auto_traits::<crate::v1::security::ServicePrincipalEvidence>();
    rt::object::auto_traits::<crate::v1::security::SubmissionMailEvidence>();
    rt::object::auto_traits::<crate::v1::security::TeamsMessageEvidence>();
    rt::object::auto_traits::<crate::v1::security::UrlEvidence>();
    rt::object::auto_traits::<crate::v1::security::UserEvidence>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyAlertEvidence {
    const BASE_NAME: &'static str = "microsoft.graph.security.alertEvidence";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.security.activeDirectoryDomainEvidence",
            ) => Self::ActiveDirectoryDomainEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.aiAgentEvidence") => {
                Self::AiAgentEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.amazonResourceEvidence",
            ) => Self::AmazonResourceEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.analyzedMessageEvidence",
            ) => Self::AnalyzedMessageEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.azureResourceEvidence",
            ) => Self::AzureResourceEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.blobContainerEvidence",
            ) => Self::BlobContainerEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.blobEvidence") => {
                Self::BlobEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudApplicationEvidence",
            ) => Self::CloudApplicationEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudLogonRequestEvidence",
            ) => Self::CloudLogonRequestEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.cloudLogonSessionEvidence",
            ) => Self::CloudLogonSessionEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.containerEvidence") => {
                Self::ContainerEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.containerImageEvidence",
            ) => Self::ContainerImageEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.containerRegistryEvidence",
            ) => Self::ContainerRegistryEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.deviceEvidence") => {
                Self::DeviceEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.dnsEvidence") => {
                Self::DnsEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.fileEvidence") => {
                Self::FileEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.fileHashEvidence") => {
                Self::FileHashEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.gitHubOrganizationEvidence",
            ) => Self::GitHubOrganizationEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.gitHubRepoEvidence",
            ) => Self::GitHubRepoEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.gitHubUserEvidence",
            ) => Self::GitHubUserEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.googleCloudResourceEvidence",
            ) => Self::GoogleCloudResourceEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.hostLogonSessionEvidence",
            ) => Self::HostLogonSessionEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.ioTDeviceEvidence") => {
                Self::IoTDeviceEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.ipEvidence") => {
                Self::IpEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesClusterEvidence",
            ) => Self::KubernetesClusterEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesControllerEvidence",
            ) => Self::KubernetesControllerEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesNamespaceEvidence",
            ) => Self::KubernetesNamespaceEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesPodEvidence",
            ) => Self::KubernetesPodEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesSecretEvidence",
            ) => Self::KubernetesSecretEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesServiceAccountEvidence",
            ) => Self::KubernetesServiceAccountEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.kubernetesServiceEvidence",
            ) => Self::KubernetesServiceEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mailClusterEvidence",
            ) => Self::MailClusterEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.mailboxConfigurationEvidence",
            ) => Self::MailboxConfigurationEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.mailboxEvidence") => {
                Self::MailboxEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.malwareEvidence") => {
                Self::MalwareEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.networkConnectionEvidence",
            ) => Self::NetworkConnectionEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.nicEvidence") => {
                Self::NicEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.oauthApplicationEvidence",
            ) => Self::OauthApplicationEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.processEvidence") => {
                Self::ProcessEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.registryKeyEvidence",
            ) => Self::RegistryKeyEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.registryValueEvidence",
            ) => Self::RegistryValueEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.sasTokenEvidence") => {
                Self::SasTokenEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.securityGroupEvidence",
            ) => Self::SecurityGroupEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.servicePrincipalEvidence",
            ) => Self::ServicePrincipalEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.submissionMailEvidence",
            ) => Self::SubmissionMailEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.security.teamsMessageEvidence",
            ) => Self::TeamsMessageEvidence(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.urlEvidence") => {
                Self::UrlEvidence(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.userEvidence") => {
                Self::UserEvidence(rt::object::new_boxed())
            }
            _ => Self::AlertEvidence(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::AlertEvidence(v) => &**v,
            Self::ActiveDirectoryDomainEvidence(v) => &**v,
            Self::AiAgentEvidence(v) => &**v,
            Self::AmazonResourceEvidence(v) => &**v,
            Self::AnalyzedMessageEvidence(v) => &**v,
            Self::AzureResourceEvidence(v) => &**v,
            Self::BlobContainerEvidence(v) => &**v,
            Self::BlobEvidence(v) => &**v,
            Self::CloudApplicationEvidence(v) => &**v,
            Self::CloudLogonRequestEvidence(v) => &**v,
            Self::CloudLogonSessionEvidence(v) => &**v,
            Self::ContainerEvidence(v) => &**v,
            Self::ContainerImageEvidence(v) => &**v,
            Self::ContainerRegistryEvidence(v) => &**v,
            Self::DeviceEvidence(v) => &**v,
            Self::DnsEvidence(v) => &**v,
            Self::FileEvidence(v) => &**v,
            Self::FileHashEvidence(v) => &**v,
            Self::GitHubOrganizationEvidence(v) => &**v,
            Self::GitHubRepoEvidence(v) => &**v,
            Self::GitHubUserEvidence(v) => &**v,
            Self::GoogleCloudResourceEvidence(v) => &**v,
            Self::HostLogonSessionEvidence(v) => &**v,
            Self::IoTDeviceEvidence(v) => &**v,
            Self::IpEvidence(v) => &**v,
            Self::KubernetesClusterEvidence(v) => &**v,
            Self::KubernetesControllerEvidence(v) => &**v,
            Self::KubernetesNamespaceEvidence(v) => &**v,
            Self::KubernetesPodEvidence(v) => &**v,
            Self::KubernetesSecretEvidence(v) => &**v,
            Self::KubernetesServiceAccountEvidence(v) => &**v,
            Self::KubernetesServiceEvidence(v) => &**v,
            Self::MailClusterEvidence(v) => &**v,
            Self::MailboxConfigurationEvidence(v) => &**v,
            Self::MailboxEvidence(v) => &**v,
            Self::MalwareEvidence(v) => &**v,
            Self::NetworkConnectionEvidence(v) => &**v,
            Self::NicEvidence(v) => &**v,
            Self::OauthApplicationEvidence(v) => &**v,
            Self::ProcessEvidence(v) => &**v,
            Self::RegistryKeyEvidence(v) => &**v,
            Self::RegistryValueEvidence(v) => &**v,
            Self::SasTokenEvidence(v) => &**v,
            Self::SecurityGroupEvidence(v) => &**v,
            Self::ServicePrincipalEvidence(v) => &**v,
            Self::SubmissionMailEvidence(v) => &**v,
            Self::TeamsMessageEvidence(v) => &**v,
            Self::UrlEvidence(v) => &**v,
            Self::UserEvidence(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::AlertEvidence(v) => &mut **v,
            Self::ActiveDirectoryDomainEvidence(v) => &mut **v,
            Self::AiAgentEvidence(v) => &mut **v,
            Self::AmazonResourceEvidence(v) => &mut **v,
            Self::AnalyzedMessageEvidence(v) => &mut **v,
            Self::AzureResourceEvidence(v) => &mut **v,
            Self::BlobContainerEvidence(v) => &mut **v,
            Self::BlobEvidence(v) => &mut **v,
            Self::CloudApplicationEvidence(v) => &mut **v,
            Self::CloudLogonRequestEvidence(v) => &mut **v,
            Self::CloudLogonSessionEvidence(v) => &mut **v,
            Self::ContainerEvidence(v) => &mut **v,
            Self::ContainerImageEvidence(v) => &mut **v,
            Self::ContainerRegistryEvidence(v) => &mut **v,
            Self::DeviceEvidence(v) => &mut **v,
            Self::DnsEvidence(v) => &mut **v,
            Self::FileEvidence(v) => &mut **v,
            Self::FileHashEvidence(v) => &mut **v,
            Self::GitHubOrganizationEvidence(v) => &mut **v,
            Self::GitHubRepoEvidence(v) => &mut **v,
            Self::GitHubUserEvidence(v) => &mut **v,
            Self::GoogleCloudResourceEvidence(v) => &mut **v,
            Self::HostLogonSessionEvidence(v) => &mut **v,
            Self::IoTDeviceEvidence(v) => &mut **v,
            Self::IpEvidence(v) => &mut **v,
            Self::KubernetesClusterEvidence(v) => &mut **v,
            Self::KubernetesControllerEvidence(v) => &mut **v,
            Self::KubernetesNamespaceEvidence(v) => &mut **v,
            Self::KubernetesPodEvidence(v) => &mut **v,
            Self::KubernetesSecretEvidence(v) => &mut **v,
            Self::KubernetesServiceAccountEvidence(v) => &mut **v,
            Self::KubernetesServiceEvidence(v) => &mut **v,
            Self::MailClusterEvidence(v) => &mut **v,
            Self::MailboxConfigurationEvidence(v) => &mut **v,
            Self::MailboxEvidence(v) => &mut **v,
            Self::MalwareEvidence(v) => &mut **v,
            Self::NetworkConnectionEvidence(v) => &mut **v,
            Self::NicEvidence(v) => &mut **v,
            Self::OauthApplicationEvidence(v) => &mut **v,
            Self::ProcessEvidence(v) => &mut **v,
            Self::RegistryKeyEvidence(v) => &mut **v,
            Self::RegistryValueEvidence(v) => &mut **v,
            Self::SasTokenEvidence(v) => &mut **v,
            Self::SecurityGroupEvidence(v) => &mut **v,
            Self::ServicePrincipalEvidence(v) => &mut **v,
            Self::SubmissionMailEvidence(v) => &mut **v,
            Self::TeamsMessageEvidence(v) => &mut **v,
            Self::UrlEvidence(v) => &mut **v,
            Self::UserEvidence(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyAlertEvidence {
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
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AlertEvidence(v) => &v.created_date_time,
            Self::ActiveDirectoryDomainEvidence(v) => &v.created_date_time,
            Self::AiAgentEvidence(v) => &v.created_date_time,
            Self::AmazonResourceEvidence(v) => &v.created_date_time,
            Self::AnalyzedMessageEvidence(v) => &v.created_date_time,
            Self::AzureResourceEvidence(v) => &v.created_date_time,
            Self::BlobContainerEvidence(v) => &v.created_date_time,
            Self::BlobEvidence(v) => &v.created_date_time,
            Self::CloudApplicationEvidence(v) => &v.created_date_time,
            Self::CloudLogonRequestEvidence(v) => &v.created_date_time,
            Self::CloudLogonSessionEvidence(v) => &v.created_date_time,
            Self::ContainerEvidence(v) => &v.created_date_time,
            Self::ContainerImageEvidence(v) => &v.created_date_time,
            Self::ContainerRegistryEvidence(v) => &v.created_date_time,
            Self::DeviceEvidence(v) => &v.created_date_time,
            Self::DnsEvidence(v) => &v.created_date_time,
            Self::FileEvidence(v) => &v.created_date_time,
            Self::FileHashEvidence(v) => &v.created_date_time,
            Self::GitHubOrganizationEvidence(v) => &v.created_date_time,
            Self::GitHubRepoEvidence(v) => &v.created_date_time,
            Self::GitHubUserEvidence(v) => &v.created_date_time,
            Self::GoogleCloudResourceEvidence(v) => &v.created_date_time,
            Self::HostLogonSessionEvidence(v) => &v.created_date_time,
            Self::IoTDeviceEvidence(v) => &v.created_date_time,
            Self::IpEvidence(v) => &v.created_date_time,
            Self::KubernetesClusterEvidence(v) => &v.created_date_time,
            Self::KubernetesControllerEvidence(v) => &v.created_date_time,
            Self::KubernetesNamespaceEvidence(v) => &v.created_date_time,
            Self::KubernetesPodEvidence(v) => &v.created_date_time,
            Self::KubernetesSecretEvidence(v) => &v.created_date_time,
            Self::KubernetesServiceAccountEvidence(v) => &v.created_date_time,
            Self::KubernetesServiceEvidence(v) => &v.created_date_time,
            Self::MailClusterEvidence(v) => &v.created_date_time,
            Self::MailboxConfigurationEvidence(v) => &v.created_date_time,
            Self::MailboxEvidence(v) => &v.created_date_time,
            Self::MalwareEvidence(v) => &v.created_date_time,
            Self::NetworkConnectionEvidence(v) => &v.created_date_time,
            Self::NicEvidence(v) => &v.created_date_time,
            Self::OauthApplicationEvidence(v) => &v.created_date_time,
            Self::ProcessEvidence(v) => &v.created_date_time,
            Self::RegistryKeyEvidence(v) => &v.created_date_time,
            Self::RegistryValueEvidence(v) => &v.created_date_time,
            Self::SasTokenEvidence(v) => &v.created_date_time,
            Self::SecurityGroupEvidence(v) => &v.created_date_time,
            Self::ServicePrincipalEvidence(v) => &v.created_date_time,
            Self::SubmissionMailEvidence(v) => &v.created_date_time,
            Self::TeamsMessageEvidence(v) => &v.created_date_time,
            Self::UrlEvidence(v) => &v.created_date_time,
            Self::UserEvidence(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::AlertEvidence(v) => &mut v.created_date_time,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.created_date_time,
            Self::AiAgentEvidence(v) => &mut v.created_date_time,
            Self::AmazonResourceEvidence(v) => &mut v.created_date_time,
            Self::AnalyzedMessageEvidence(v) => &mut v.created_date_time,
            Self::AzureResourceEvidence(v) => &mut v.created_date_time,
            Self::BlobContainerEvidence(v) => &mut v.created_date_time,
            Self::BlobEvidence(v) => &mut v.created_date_time,
            Self::CloudApplicationEvidence(v) => &mut v.created_date_time,
            Self::CloudLogonRequestEvidence(v) => &mut v.created_date_time,
            Self::CloudLogonSessionEvidence(v) => &mut v.created_date_time,
            Self::ContainerEvidence(v) => &mut v.created_date_time,
            Self::ContainerImageEvidence(v) => &mut v.created_date_time,
            Self::ContainerRegistryEvidence(v) => &mut v.created_date_time,
            Self::DeviceEvidence(v) => &mut v.created_date_time,
            Self::DnsEvidence(v) => &mut v.created_date_time,
            Self::FileEvidence(v) => &mut v.created_date_time,
            Self::FileHashEvidence(v) => &mut v.created_date_time,
            Self::GitHubOrganizationEvidence(v) => &mut v.created_date_time,
            Self::GitHubRepoEvidence(v) => &mut v.created_date_time,
            Self::GitHubUserEvidence(v) => &mut v.created_date_time,
            Self::GoogleCloudResourceEvidence(v) => &mut v.created_date_time,
            Self::HostLogonSessionEvidence(v) => &mut v.created_date_time,
            Self::IoTDeviceEvidence(v) => &mut v.created_date_time,
            Self::IpEvidence(v) => &mut v.created_date_time,
            Self::KubernetesClusterEvidence(v) => &mut v.created_date_time,
            Self::KubernetesControllerEvidence(v) => &mut v.created_date_time,
            Self::KubernetesNamespaceEvidence(v) => &mut v.created_date_time,
            Self::KubernetesPodEvidence(v) => &mut v.created_date_time,
            Self::KubernetesSecretEvidence(v) => &mut v.created_date_time,
            Self::KubernetesServiceAccountEvidence(v) => &mut v.created_date_time,
            Self::KubernetesServiceEvidence(v) => &mut v.created_date_time,
            Self::MailClusterEvidence(v) => &mut v.created_date_time,
            Self::MailboxConfigurationEvidence(v) => &mut v.created_date_time,
            Self::MailboxEvidence(v) => &mut v.created_date_time,
            Self::MalwareEvidence(v) => &mut v.created_date_time,
            Self::NetworkConnectionEvidence(v) => &mut v.created_date_time,
            Self::NicEvidence(v) => &mut v.created_date_time,
            Self::OauthApplicationEvidence(v) => &mut v.created_date_time,
            Self::ProcessEvidence(v) => &mut v.created_date_time,
            Self::RegistryKeyEvidence(v) => &mut v.created_date_time,
            Self::RegistryValueEvidence(v) => &mut v.created_date_time,
            Self::SasTokenEvidence(v) => &mut v.created_date_time,
            Self::SecurityGroupEvidence(v) => &mut v.created_date_time,
            Self::ServicePrincipalEvidence(v) => &mut v.created_date_time,
            Self::SubmissionMailEvidence(v) => &mut v.created_date_time,
            Self::TeamsMessageEvidence(v) => &mut v.created_date_time,
            Self::UrlEvidence(v) => &mut v.created_date_time,
            Self::UserEvidence(v) => &mut v.created_date_time,
        }
    }
    /// `detailedRoles` of any variant.
    #[inline]
    pub fn detailed_roles(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AlertEvidence(v) => &v.detailed_roles,
            Self::ActiveDirectoryDomainEvidence(v) => &v.detailed_roles,
            Self::AiAgentEvidence(v) => &v.detailed_roles,
            Self::AmazonResourceEvidence(v) => &v.detailed_roles,
            Self::AnalyzedMessageEvidence(v) => &v.detailed_roles,
            Self::AzureResourceEvidence(v) => &v.detailed_roles,
            Self::BlobContainerEvidence(v) => &v.detailed_roles,
            Self::BlobEvidence(v) => &v.detailed_roles,
            Self::CloudApplicationEvidence(v) => &v.detailed_roles,
            Self::CloudLogonRequestEvidence(v) => &v.detailed_roles,
            Self::CloudLogonSessionEvidence(v) => &v.detailed_roles,
            Self::ContainerEvidence(v) => &v.detailed_roles,
            Self::ContainerImageEvidence(v) => &v.detailed_roles,
            Self::ContainerRegistryEvidence(v) => &v.detailed_roles,
            Self::DeviceEvidence(v) => &v.detailed_roles,
            Self::DnsEvidence(v) => &v.detailed_roles,
            Self::FileEvidence(v) => &v.detailed_roles,
            Self::FileHashEvidence(v) => &v.detailed_roles,
            Self::GitHubOrganizationEvidence(v) => &v.detailed_roles,
            Self::GitHubRepoEvidence(v) => &v.detailed_roles,
            Self::GitHubUserEvidence(v) => &v.detailed_roles,
            Self::GoogleCloudResourceEvidence(v) => &v.detailed_roles,
            Self::HostLogonSessionEvidence(v) => &v.detailed_roles,
            Self::IoTDeviceEvidence(v) => &v.detailed_roles,
            Self::IpEvidence(v) => &v.detailed_roles,
            Self::KubernetesClusterEvidence(v) => &v.detailed_roles,
            Self::KubernetesControllerEvidence(v) => &v.detailed_roles,
            Self::KubernetesNamespaceEvidence(v) => &v.detailed_roles,
            Self::KubernetesPodEvidence(v) => &v.detailed_roles,
            Self::KubernetesSecretEvidence(v) => &v.detailed_roles,
            Self::KubernetesServiceAccountEvidence(v) => &v.detailed_roles,
            Self::KubernetesServiceEvidence(v) => &v.detailed_roles,
            Self::MailClusterEvidence(v) => &v.detailed_roles,
            Self::MailboxConfigurationEvidence(v) => &v.detailed_roles,
            Self::MailboxEvidence(v) => &v.detailed_roles,
            Self::MalwareEvidence(v) => &v.detailed_roles,
            Self::NetworkConnectionEvidence(v) => &v.detailed_roles,
            Self::NicEvidence(v) => &v.detailed_roles,
            Self::OauthApplicationEvidence(v) => &v.detailed_roles,
            Self::ProcessEvidence(v) => &v.detailed_roles,
            Self::RegistryKeyEvidence(v) => &v.detailed_roles,
            Self::RegistryValueEvidence(v) => &v.detailed_roles,
            Self::SasTokenEvidence(v) => &v.detailed_roles,
            Self::SecurityGroupEvidence(v) => &v.detailed_roles,
            Self::ServicePrincipalEvidence(v) => &v.detailed_roles,
            Self::SubmissionMailEvidence(v) => &v.detailed_roles,
            Self::TeamsMessageEvidence(v) => &v.detailed_roles,
            Self::UrlEvidence(v) => &v.detailed_roles,
            Self::UserEvidence(v) => &v.detailed_roles,
        }
    }
    /// `detailedRoles` of any variant.
    #[inline]
    pub fn detailed_roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AlertEvidence(v) => &mut v.detailed_roles,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.detailed_roles,
            Self::AiAgentEvidence(v) => &mut v.detailed_roles,
            Self::AmazonResourceEvidence(v) => &mut v.detailed_roles,
            Self::AnalyzedMessageEvidence(v) => &mut v.detailed_roles,
            Self::AzureResourceEvidence(v) => &mut v.detailed_roles,
            Self::BlobContainerEvidence(v) => &mut v.detailed_roles,
            Self::BlobEvidence(v) => &mut v.detailed_roles,
            Self::CloudApplicationEvidence(v) => &mut v.detailed_roles,
            Self::CloudLogonRequestEvidence(v) => &mut v.detailed_roles,
            Self::CloudLogonSessionEvidence(v) => &mut v.detailed_roles,
            Self::ContainerEvidence(v) => &mut v.detailed_roles,
            Self::ContainerImageEvidence(v) => &mut v.detailed_roles,
            Self::ContainerRegistryEvidence(v) => &mut v.detailed_roles,
            Self::DeviceEvidence(v) => &mut v.detailed_roles,
            Self::DnsEvidence(v) => &mut v.detailed_roles,
            Self::FileEvidence(v) => &mut v.detailed_roles,
            Self::FileHashEvidence(v) => &mut v.detailed_roles,
            Self::GitHubOrganizationEvidence(v) => &mut v.detailed_roles,
            Self::GitHubRepoEvidence(v) => &mut v.detailed_roles,
            Self::GitHubUserEvidence(v) => &mut v.detailed_roles,
            Self::GoogleCloudResourceEvidence(v) => &mut v.detailed_roles,
            Self::HostLogonSessionEvidence(v) => &mut v.detailed_roles,
            Self::IoTDeviceEvidence(v) => &mut v.detailed_roles,
            Self::IpEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesClusterEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesControllerEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesNamespaceEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesPodEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesSecretEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesServiceAccountEvidence(v) => &mut v.detailed_roles,
            Self::KubernetesServiceEvidence(v) => &mut v.detailed_roles,
            Self::MailClusterEvidence(v) => &mut v.detailed_roles,
            Self::MailboxConfigurationEvidence(v) => &mut v.detailed_roles,
            Self::MailboxEvidence(v) => &mut v.detailed_roles,
            Self::MalwareEvidence(v) => &mut v.detailed_roles,
            Self::NetworkConnectionEvidence(v) => &mut v.detailed_roles,
            Self::NicEvidence(v) => &mut v.detailed_roles,
            Self::OauthApplicationEvidence(v) => &mut v.detailed_roles,
            Self::ProcessEvidence(v) => &mut v.detailed_roles,
            Self::RegistryKeyEvidence(v) => &mut v.detailed_roles,
            Self::RegistryValueEvidence(v) => &mut v.detailed_roles,
            Self::SasTokenEvidence(v) => &mut v.detailed_roles,
            Self::SecurityGroupEvidence(v) => &mut v.detailed_roles,
            Self::ServicePrincipalEvidence(v) => &mut v.detailed_roles,
            Self::SubmissionMailEvidence(v) => &mut v.detailed_roles,
            Self::TeamsMessageEvidence(v) => &mut v.detailed_roles,
            Self::UrlEvidence(v) => &mut v.detailed_roles,
            Self::UserEvidence(v) => &mut v.detailed_roles,
        }
    }
    /// `remediationStatus` of any variant.
    #[inline]
    pub fn remediation_status(
        &self,
    ) -> &rt::Field<crate::v1::security::EvidenceRemediationStatus> {
        match self {
            Self::AlertEvidence(v) => &v.remediation_status,
            Self::ActiveDirectoryDomainEvidence(v) => &v.remediation_status,
            Self::AiAgentEvidence(v) => &v.remediation_status,
            Self::AmazonResourceEvidence(v) => &v.remediation_status,
            Self::AnalyzedMessageEvidence(v) => &v.remediation_status,
            Self::AzureResourceEvidence(v) => &v.remediation_status,
            Self::BlobContainerEvidence(v) => &v.remediation_status,
            Self::BlobEvidence(v) => &v.remediation_status,
            Self::CloudApplicationEvidence(v) => &v.remediation_status,
            Self::CloudLogonRequestEvidence(v) => &v.remediation_status,
            Self::CloudLogonSessionEvidence(v) => &v.remediation_status,
            Self::ContainerEvidence(v) => &v.remediation_status,
            Self::ContainerImageEvidence(v) => &v.remediation_status,
            Self::ContainerRegistryEvidence(v) => &v.remediation_status,
            Self::DeviceEvidence(v) => &v.remediation_status,
            Self::DnsEvidence(v) => &v.remediation_status,
            Self::FileEvidence(v) => &v.remediation_status,
            Self::FileHashEvidence(v) => &v.remediation_status,
            Self::GitHubOrganizationEvidence(v) => &v.remediation_status,
            Self::GitHubRepoEvidence(v) => &v.remediation_status,
            Self::GitHubUserEvidence(v) => &v.remediation_status,
            Self::GoogleCloudResourceEvidence(v) => &v.remediation_status,
            Self::HostLogonSessionEvidence(v) => &v.remediation_status,
            Self::IoTDeviceEvidence(v) => &v.remediation_status,
            Self::IpEvidence(v) => &v.remediation_status,
            Self::KubernetesClusterEvidence(v) => &v.remediation_status,
            Self::KubernetesControllerEvidence(v) => &v.remediation_status,
            Self::KubernetesNamespaceEvidence(v) => &v.remediation_status,
            Self::KubernetesPodEvidence(v) => &v.remediation_status,
            Self::KubernetesSecretEvidence(v) => &v.remediation_status,
            Self::KubernetesServiceAccountEvidence(v) => &v.remediation_status,
            Self::KubernetesServiceEvidence(v) => &v.remediation_status,
            Self::MailClusterEvidence(v) => &v.remediation_status,
            Self::MailboxConfigurationEvidence(v) => &v.remediation_status,
            Self::MailboxEvidence(v) => &v.remediation_status,
            Self::MalwareEvidence(v) => &v.remediation_status,
            Self::NetworkConnectionEvidence(v) => &v.remediation_status,
            Self::NicEvidence(v) => &v.remediation_status,
            Self::OauthApplicationEvidence(v) => &v.remediation_status,
            Self::ProcessEvidence(v) => &v.remediation_status,
            Self::RegistryKeyEvidence(v) => &v.remediation_status,
            Self::RegistryValueEvidence(v) => &v.remediation_status,
            Self::SasTokenEvidence(v) => &v.remediation_status,
            Self::SecurityGroupEvidence(v) => &v.remediation_status,
            Self::ServicePrincipalEvidence(v) => &v.remediation_status,
            Self::SubmissionMailEvidence(v) => &v.remediation_status,
            Self::TeamsMessageEvidence(v) => &v.remediation_status,
            Self::UrlEvidence(v) => &v.remediation_status,
            Self::UserEvidence(v) => &v.remediation_status,
        }
    }
    /// `remediationStatus` of any variant.
    #[inline]
    pub fn remediation_status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::EvidenceRemediationStatus> {
        match self {
            Self::AlertEvidence(v) => &mut v.remediation_status,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.remediation_status,
            Self::AiAgentEvidence(v) => &mut v.remediation_status,
            Self::AmazonResourceEvidence(v) => &mut v.remediation_status,
            Self::AnalyzedMessageEvidence(v) => &mut v.remediation_status,
            Self::AzureResourceEvidence(v) => &mut v.remediation_status,
            Self::BlobContainerEvidence(v) => &mut v.remediation_status,
            Self::BlobEvidence(v) => &mut v.remediation_status,
            Self::CloudApplicationEvidence(v) => &mut v.remediation_status,
            Self::CloudLogonRequestEvidence(v) => &mut v.remediation_status,
            Self::CloudLogonSessionEvidence(v) => &mut v.remediation_status,
            Self::ContainerEvidence(v) => &mut v.remediation_status,
            Self::ContainerImageEvidence(v) => &mut v.remediation_status,
            Self::ContainerRegistryEvidence(v) => &mut v.remediation_status,
            Self::DeviceEvidence(v) => &mut v.remediation_status,
            Self::DnsEvidence(v) => &mut v.remediation_status,
            Self::FileEvidence(v) => &mut v.remediation_status,
            Self::FileHashEvidence(v) => &mut v.remediation_status,
            Self::GitHubOrganizationEvidence(v) => &mut v.remediation_status,
            Self::GitHubRepoEvidence(v) => &mut v.remediation_status,
            Self::GitHubUserEvidence(v) => &mut v.remediation_status,
            Self::GoogleCloudResourceEvidence(v) => &mut v.remediation_status,
            Self::HostLogonSessionEvidence(v) => &mut v.remediation_status,
            Self::IoTDeviceEvidence(v) => &mut v.remediation_status,
            Self::IpEvidence(v) => &mut v.remediation_status,
            Self::KubernetesClusterEvidence(v) => &mut v.remediation_status,
            Self::KubernetesControllerEvidence(v) => &mut v.remediation_status,
            Self::KubernetesNamespaceEvidence(v) => &mut v.remediation_status,
            Self::KubernetesPodEvidence(v) => &mut v.remediation_status,
            Self::KubernetesSecretEvidence(v) => &mut v.remediation_status,
            Self::KubernetesServiceAccountEvidence(v) => &mut v.remediation_status,
            Self::KubernetesServiceEvidence(v) => &mut v.remediation_status,
            Self::MailClusterEvidence(v) => &mut v.remediation_status,
            Self::MailboxConfigurationEvidence(v) => &mut v.remediation_status,
            Self::MailboxEvidence(v) => &mut v.remediation_status,
            Self::MalwareEvidence(v) => &mut v.remediation_status,
            Self::NetworkConnectionEvidence(v) => &mut v.remediation_status,
            Self::NicEvidence(v) => &mut v.remediation_status,
            Self::OauthApplicationEvidence(v) => &mut v.remediation_status,
            Self::ProcessEvidence(v) => &mut v.remediation_status,
            Self::RegistryKeyEvidence(v) => &mut v.remediation_status,
            Self::RegistryValueEvidence(v) => &mut v.remediation_status,
            Self::SasTokenEvidence(v) => &mut v.remediation_status,
            Self::SecurityGroupEvidence(v) => &mut v.remediation_status,
            Self::ServicePrincipalEvidence(v) => &mut v.remediation_status,
            Self::SubmissionMailEvidence(v) => &mut v.remediation_status,
            Self::TeamsMessageEvidence(v) => &mut v.remediation_status,
            Self::UrlEvidence(v) => &mut v.remediation_status,
            Self::UserEvidence(v) => &mut v.remediation_status,
        }
    }
    /// `remediationStatusDetails` of any variant.
    #[inline]
    pub fn remediation_status_details(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::AlertEvidence(v) => &v.remediation_status_details,
            Self::ActiveDirectoryDomainEvidence(v) => &v.remediation_status_details,
            Self::AiAgentEvidence(v) => &v.remediation_status_details,
            Self::AmazonResourceEvidence(v) => &v.remediation_status_details,
            Self::AnalyzedMessageEvidence(v) => &v.remediation_status_details,
            Self::AzureResourceEvidence(v) => &v.remediation_status_details,
            Self::BlobContainerEvidence(v) => &v.remediation_status_details,
            Self::BlobEvidence(v) => &v.remediation_status_details,
            Self::CloudApplicationEvidence(v) => &v.remediation_status_details,
            Self::CloudLogonRequestEvidence(v) => &v.remediation_status_details,
            Self::CloudLogonSessionEvidence(v) => &v.remediation_status_details,
            Self::ContainerEvidence(v) => &v.remediation_status_details,
            Self::ContainerImageEvidence(v) => &v.remediation_status_details,
            Self::ContainerRegistryEvidence(v) => &v.remediation_status_details,
            Self::DeviceEvidence(v) => &v.remediation_status_details,
            Self::DnsEvidence(v) => &v.remediation_status_details,
            Self::FileEvidence(v) => &v.remediation_status_details,
            Self::FileHashEvidence(v) => &v.remediation_status_details,
            Self::GitHubOrganizationEvidence(v) => &v.remediation_status_details,
            Self::GitHubRepoEvidence(v) => &v.remediation_status_details,
            Self::GitHubUserEvidence(v) => &v.remediation_status_details,
            Self::GoogleCloudResourceEvidence(v) => &v.remediation_status_details,
            Self::HostLogonSessionEvidence(v) => &v.remediation_status_details,
            Self::IoTDeviceEvidence(v) => &v.remediation_status_details,
            Self::IpEvidence(v) => &v.remediation_status_details,
            Self::KubernetesClusterEvidence(v) => &v.remediation_status_details,
            Self::KubernetesControllerEvidence(v) => &v.remediation_status_details,
            Self::KubernetesNamespaceEvidence(v) => &v.remediation_status_details,
            Self::KubernetesPodEvidence(v) => &v.remediation_status_details,
            Self::KubernetesSecretEvidence(v) => &v.remediation_status_details,
            Self::KubernetesServiceAccountEvidence(v) => &v.remediation_status_details,
            Self::KubernetesServiceEvidence(v) => &v.remediation_status_details,
            Self::MailClusterEvidence(v) => &v.remediation_status_details,
            Self::MailboxConfigurationEvidence(v) => &v.remediation_status_details,
            Self::MailboxEvidence(v) => &v.remediation_status_details,
            Self::MalwareEvidence(v) => &v.remediation_status_details,
            Self::NetworkConnectionEvidence(v) => &v.remediation_status_details,
            Self::NicEvidence(v) => &v.remediation_status_details,
            Self::OauthApplicationEvidence(v) => &v.remediation_status_details,
            Self::ProcessEvidence(v) => &v.remediation_status_details,
            Self::RegistryKeyEvidence(v) => &v.remediation_status_details,
            Self::RegistryValueEvidence(v) => &v.remediation_status_details,
            Self::SasTokenEvidence(v) => &v.remediation_status_details,
            Self::SecurityGroupEvidence(v) => &v.remediation_status_details,
            Self::ServicePrincipalEvidence(v) => &v.remediation_status_details,
            Self::SubmissionMailEvidence(v) => &v.remediation_status_details,
            Self::TeamsMessageEvidence(v) => &v.remediation_status_details,
            Self::UrlEvidence(v) => &v.remediation_status_details,
            Self::UserEvidence(v) => &v.remediation_status_details,
        }
    }
    /// `remediationStatusDetails` of any variant.
    #[inline]
    pub fn remediation_status_details_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::AlertEvidence(v) => &mut v.remediation_status_details,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.remediation_status_details,
            Self::AiAgentEvidence(v) => &mut v.remediation_status_details,
            Self::AmazonResourceEvidence(v) => &mut v.remediation_status_details,
            Self::AnalyzedMessageEvidence(v) => &mut v.remediation_status_details,
            Self::AzureResourceEvidence(v) => &mut v.remediation_status_details,
            Self::BlobContainerEvidence(v) => &mut v.remediation_status_details,
            Self::BlobEvidence(v) => &mut v.remediation_status_details,
            Self::CloudApplicationEvidence(v) => &mut v.remediation_status_details,
            Self::CloudLogonRequestEvidence(v) => &mut v.remediation_status_details,
            Self::CloudLogonSessionEvidence(v) => &mut v.remediation_status_details,
            Self::ContainerEvidence(v) => &mut v.remediation_status_details,
            Self::ContainerImageEvidence(v) => &mut v.remediation_status_details,
            Self::ContainerRegistryEvidence(v) => &mut v.remediation_status_details,
            Self::DeviceEvidence(v) => &mut v.remediation_status_details,
            Self::DnsEvidence(v) => &mut v.remediation_status_details,
            Self::FileEvidence(v) => &mut v.remediation_status_details,
            Self::FileHashEvidence(v) => &mut v.remediation_status_details,
            Self::GitHubOrganizationEvidence(v) => &mut v.remediation_status_details,
            Self::GitHubRepoEvidence(v) => &mut v.remediation_status_details,
            Self::GitHubUserEvidence(v) => &mut v.remediation_status_details,
            Self::GoogleCloudResourceEvidence(v) => &mut v.remediation_status_details,
            Self::HostLogonSessionEvidence(v) => &mut v.remediation_status_details,
            Self::IoTDeviceEvidence(v) => &mut v.remediation_status_details,
            Self::IpEvidence(v) => &mut v.remediation_status_details,
            Self::KubernetesClusterEvidence(v) => &mut v.remediation_status_details,
            Self::KubernetesControllerEvidence(v) => &mut v.remediation_status_details,
            Self::KubernetesNamespaceEvidence(v) => &mut v.remediation_status_details,
            Self::KubernetesPodEvidence(v) => &mut v.remediation_status_details,
            Self::KubernetesSecretEvidence(v) => &mut v.remediation_status_details,
            Self::KubernetesServiceAccountEvidence(v) => {
                &mut v.remediation_status_details
            }
            Self::KubernetesServiceEvidence(v) => &mut v.remediation_status_details,
            Self::MailClusterEvidence(v) => &mut v.remediation_status_details,
            Self::MailboxConfigurationEvidence(v) => &mut v.remediation_status_details,
            Self::MailboxEvidence(v) => &mut v.remediation_status_details,
            Self::MalwareEvidence(v) => &mut v.remediation_status_details,
            Self::NetworkConnectionEvidence(v) => &mut v.remediation_status_details,
            Self::NicEvidence(v) => &mut v.remediation_status_details,
            Self::OauthApplicationEvidence(v) => &mut v.remediation_status_details,
            Self::ProcessEvidence(v) => &mut v.remediation_status_details,
            Self::RegistryKeyEvidence(v) => &mut v.remediation_status_details,
            Self::RegistryValueEvidence(v) => &mut v.remediation_status_details,
            Self::SasTokenEvidence(v) => &mut v.remediation_status_details,
            Self::SecurityGroupEvidence(v) => &mut v.remediation_status_details,
            Self::ServicePrincipalEvidence(v) => &mut v.remediation_status_details,
            Self::SubmissionMailEvidence(v) => &mut v.remediation_status_details,
            Self::TeamsMessageEvidence(v) => &mut v.remediation_status_details,
            Self::UrlEvidence(v) => &mut v.remediation_status_details,
            Self::UserEvidence(v) => &mut v.remediation_status_details,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>> {
        match self {
            Self::AlertEvidence(v) => &v.roles,
            Self::ActiveDirectoryDomainEvidence(v) => &v.roles,
            Self::AiAgentEvidence(v) => &v.roles,
            Self::AmazonResourceEvidence(v) => &v.roles,
            Self::AnalyzedMessageEvidence(v) => &v.roles,
            Self::AzureResourceEvidence(v) => &v.roles,
            Self::BlobContainerEvidence(v) => &v.roles,
            Self::BlobEvidence(v) => &v.roles,
            Self::CloudApplicationEvidence(v) => &v.roles,
            Self::CloudLogonRequestEvidence(v) => &v.roles,
            Self::CloudLogonSessionEvidence(v) => &v.roles,
            Self::ContainerEvidence(v) => &v.roles,
            Self::ContainerImageEvidence(v) => &v.roles,
            Self::ContainerRegistryEvidence(v) => &v.roles,
            Self::DeviceEvidence(v) => &v.roles,
            Self::DnsEvidence(v) => &v.roles,
            Self::FileEvidence(v) => &v.roles,
            Self::FileHashEvidence(v) => &v.roles,
            Self::GitHubOrganizationEvidence(v) => &v.roles,
            Self::GitHubRepoEvidence(v) => &v.roles,
            Self::GitHubUserEvidence(v) => &v.roles,
            Self::GoogleCloudResourceEvidence(v) => &v.roles,
            Self::HostLogonSessionEvidence(v) => &v.roles,
            Self::IoTDeviceEvidence(v) => &v.roles,
            Self::IpEvidence(v) => &v.roles,
            Self::KubernetesClusterEvidence(v) => &v.roles,
            Self::KubernetesControllerEvidence(v) => &v.roles,
            Self::KubernetesNamespaceEvidence(v) => &v.roles,
            Self::KubernetesPodEvidence(v) => &v.roles,
            Self::KubernetesSecretEvidence(v) => &v.roles,
            Self::KubernetesServiceAccountEvidence(v) => &v.roles,
            Self::KubernetesServiceEvidence(v) => &v.roles,
            Self::MailClusterEvidence(v) => &v.roles,
            Self::MailboxConfigurationEvidence(v) => &v.roles,
            Self::MailboxEvidence(v) => &v.roles,
            Self::MalwareEvidence(v) => &v.roles,
            Self::NetworkConnectionEvidence(v) => &v.roles,
            Self::NicEvidence(v) => &v.roles,
            Self::OauthApplicationEvidence(v) => &v.roles,
            Self::ProcessEvidence(v) => &v.roles,
            Self::RegistryKeyEvidence(v) => &v.roles,
            Self::RegistryValueEvidence(v) => &v.roles,
            Self::SasTokenEvidence(v) => &v.roles,
            Self::SecurityGroupEvidence(v) => &v.roles,
            Self::ServicePrincipalEvidence(v) => &v.roles,
            Self::SubmissionMailEvidence(v) => &v.roles,
            Self::TeamsMessageEvidence(v) => &v.roles,
            Self::UrlEvidence(v) => &v.roles,
            Self::UserEvidence(v) => &v.roles,
        }
    }
    /// `roles` of any variant.
    #[inline]
    pub fn roles_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>> {
        match self {
            Self::AlertEvidence(v) => &mut v.roles,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.roles,
            Self::AiAgentEvidence(v) => &mut v.roles,
            Self::AmazonResourceEvidence(v) => &mut v.roles,
            Self::AnalyzedMessageEvidence(v) => &mut v.roles,
            Self::AzureResourceEvidence(v) => &mut v.roles,
            Self::BlobContainerEvidence(v) => &mut v.roles,
            Self::BlobEvidence(v) => &mut v.roles,
            Self::CloudApplicationEvidence(v) => &mut v.roles,
            Self::CloudLogonRequestEvidence(v) => &mut v.roles,
            Self::CloudLogonSessionEvidence(v) => &mut v.roles,
            Self::ContainerEvidence(v) => &mut v.roles,
            Self::ContainerImageEvidence(v) => &mut v.roles,
            Self::ContainerRegistryEvidence(v) => &mut v.roles,
            Self::DeviceEvidence(v) => &mut v.roles,
            Self::DnsEvidence(v) => &mut v.roles,
            Self::FileEvidence(v) => &mut v.roles,
            Self::FileHashEvidence(v) => &mut v.roles,
            Self::GitHubOrganizationEvidence(v) => &mut v.roles,
            Self::GitHubRepoEvidence(v) => &mut v.roles,
            Self::GitHubUserEvidence(v) => &mut v.roles,
            Self::GoogleCloudResourceEvidence(v) => &mut v.roles,
            Self::HostLogonSessionEvidence(v) => &mut v.roles,
            Self::IoTDeviceEvidence(v) => &mut v.roles,
            Self::IpEvidence(v) => &mut v.roles,
            Self::KubernetesClusterEvidence(v) => &mut v.roles,
            Self::KubernetesControllerEvidence(v) => &mut v.roles,
            Self::KubernetesNamespaceEvidence(v) => &mut v.roles,
            Self::KubernetesPodEvidence(v) => &mut v.roles,
            Self::KubernetesSecretEvidence(v) => &mut v.roles,
            Self::KubernetesServiceAccountEvidence(v) => &mut v.roles,
            Self::KubernetesServiceEvidence(v) => &mut v.roles,
            Self::MailClusterEvidence(v) => &mut v.roles,
            Self::MailboxConfigurationEvidence(v) => &mut v.roles,
            Self::MailboxEvidence(v) => &mut v.roles,
            Self::MalwareEvidence(v) => &mut v.roles,
            Self::NetworkConnectionEvidence(v) => &mut v.roles,
            Self::NicEvidence(v) => &mut v.roles,
            Self::OauthApplicationEvidence(v) => &mut v.roles,
            Self::ProcessEvidence(v) => &mut v.roles,
            Self::RegistryKeyEvidence(v) => &mut v.roles,
            Self::RegistryValueEvidence(v) => &mut v.roles,
            Self::SasTokenEvidence(v) => &mut v.roles,
            Self::SecurityGroupEvidence(v) => &mut v.roles,
            Self::ServicePrincipalEvidence(v) => &mut v.roles,
            Self::SubmissionMailEvidence(v) => &mut v.roles,
            Self::TeamsMessageEvidence(v) => &mut v.roles,
            Self::UrlEvidence(v) => &mut v.roles,
            Self::UserEvidence(v) => &mut v.roles,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AlertEvidence(v) => &v.tags,
            Self::ActiveDirectoryDomainEvidence(v) => &v.tags,
            Self::AiAgentEvidence(v) => &v.tags,
            Self::AmazonResourceEvidence(v) => &v.tags,
            Self::AnalyzedMessageEvidence(v) => &v.tags,
            Self::AzureResourceEvidence(v) => &v.tags,
            Self::BlobContainerEvidence(v) => &v.tags,
            Self::BlobEvidence(v) => &v.tags,
            Self::CloudApplicationEvidence(v) => &v.tags,
            Self::CloudLogonRequestEvidence(v) => &v.tags,
            Self::CloudLogonSessionEvidence(v) => &v.tags,
            Self::ContainerEvidence(v) => &v.tags,
            Self::ContainerImageEvidence(v) => &v.tags,
            Self::ContainerRegistryEvidence(v) => &v.tags,
            Self::DeviceEvidence(v) => &v.tags,
            Self::DnsEvidence(v) => &v.tags,
            Self::FileEvidence(v) => &v.tags,
            Self::FileHashEvidence(v) => &v.tags,
            Self::GitHubOrganizationEvidence(v) => &v.tags,
            Self::GitHubRepoEvidence(v) => &v.tags,
            Self::GitHubUserEvidence(v) => &v.tags,
            Self::GoogleCloudResourceEvidence(v) => &v.tags,
            Self::HostLogonSessionEvidence(v) => &v.tags,
            Self::IoTDeviceEvidence(v) => &v.tags,
            Self::IpEvidence(v) => &v.tags,
            Self::KubernetesClusterEvidence(v) => &v.tags,
            Self::KubernetesControllerEvidence(v) => &v.tags,
            Self::KubernetesNamespaceEvidence(v) => &v.tags,
            Self::KubernetesPodEvidence(v) => &v.tags,
            Self::KubernetesSecretEvidence(v) => &v.tags,
            Self::KubernetesServiceAccountEvidence(v) => &v.tags,
            Self::KubernetesServiceEvidence(v) => &v.tags,
            Self::MailClusterEvidence(v) => &v.tags,
            Self::MailboxConfigurationEvidence(v) => &v.tags,
            Self::MailboxEvidence(v) => &v.tags,
            Self::MalwareEvidence(v) => &v.tags,
            Self::NetworkConnectionEvidence(v) => &v.tags,
            Self::NicEvidence(v) => &v.tags,
            Self::OauthApplicationEvidence(v) => &v.tags,
            Self::ProcessEvidence(v) => &v.tags,
            Self::RegistryKeyEvidence(v) => &v.tags,
            Self::RegistryValueEvidence(v) => &v.tags,
            Self::SasTokenEvidence(v) => &v.tags,
            Self::SecurityGroupEvidence(v) => &v.tags,
            Self::ServicePrincipalEvidence(v) => &v.tags,
            Self::SubmissionMailEvidence(v) => &v.tags,
            Self::TeamsMessageEvidence(v) => &v.tags,
            Self::UrlEvidence(v) => &v.tags,
            Self::UserEvidence(v) => &v.tags,
        }
    }
    /// `tags` of any variant.
    #[inline]
    pub fn tags_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::AlertEvidence(v) => &mut v.tags,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.tags,
            Self::AiAgentEvidence(v) => &mut v.tags,
            Self::AmazonResourceEvidence(v) => &mut v.tags,
            Self::AnalyzedMessageEvidence(v) => &mut v.tags,
            Self::AzureResourceEvidence(v) => &mut v.tags,
            Self::BlobContainerEvidence(v) => &mut v.tags,
            Self::BlobEvidence(v) => &mut v.tags,
            Self::CloudApplicationEvidence(v) => &mut v.tags,
            Self::CloudLogonRequestEvidence(v) => &mut v.tags,
            Self::CloudLogonSessionEvidence(v) => &mut v.tags,
            Self::ContainerEvidence(v) => &mut v.tags,
            Self::ContainerImageEvidence(v) => &mut v.tags,
            Self::ContainerRegistryEvidence(v) => &mut v.tags,
            Self::DeviceEvidence(v) => &mut v.tags,
            Self::DnsEvidence(v) => &mut v.tags,
            Self::FileEvidence(v) => &mut v.tags,
            Self::FileHashEvidence(v) => &mut v.tags,
            Self::GitHubOrganizationEvidence(v) => &mut v.tags,
            Self::GitHubRepoEvidence(v) => &mut v.tags,
            Self::GitHubUserEvidence(v) => &mut v.tags,
            Self::GoogleCloudResourceEvidence(v) => &mut v.tags,
            Self::HostLogonSessionEvidence(v) => &mut v.tags,
            Self::IoTDeviceEvidence(v) => &mut v.tags,
            Self::IpEvidence(v) => &mut v.tags,
            Self::KubernetesClusterEvidence(v) => &mut v.tags,
            Self::KubernetesControllerEvidence(v) => &mut v.tags,
            Self::KubernetesNamespaceEvidence(v) => &mut v.tags,
            Self::KubernetesPodEvidence(v) => &mut v.tags,
            Self::KubernetesSecretEvidence(v) => &mut v.tags,
            Self::KubernetesServiceAccountEvidence(v) => &mut v.tags,
            Self::KubernetesServiceEvidence(v) => &mut v.tags,
            Self::MailClusterEvidence(v) => &mut v.tags,
            Self::MailboxConfigurationEvidence(v) => &mut v.tags,
            Self::MailboxEvidence(v) => &mut v.tags,
            Self::MalwareEvidence(v) => &mut v.tags,
            Self::NetworkConnectionEvidence(v) => &mut v.tags,
            Self::NicEvidence(v) => &mut v.tags,
            Self::OauthApplicationEvidence(v) => &mut v.tags,
            Self::ProcessEvidence(v) => &mut v.tags,
            Self::RegistryKeyEvidence(v) => &mut v.tags,
            Self::RegistryValueEvidence(v) => &mut v.tags,
            Self::SasTokenEvidence(v) => &mut v.tags,
            Self::SecurityGroupEvidence(v) => &mut v.tags,
            Self::ServicePrincipalEvidence(v) => &mut v.tags,
            Self::SubmissionMailEvidence(v) => &mut v.tags,
            Self::TeamsMessageEvidence(v) => &mut v.tags,
            Self::UrlEvidence(v) => &mut v.tags,
            Self::UserEvidence(v) => &mut v.tags,
        }
    }
    /// `verdict` of any variant.
    #[inline]
    pub fn verdict(&self) -> &rt::Field<crate::v1::security::EvidenceVerdict> {
        match self {
            Self::AlertEvidence(v) => &v.verdict,
            Self::ActiveDirectoryDomainEvidence(v) => &v.verdict,
            Self::AiAgentEvidence(v) => &v.verdict,
            Self::AmazonResourceEvidence(v) => &v.verdict,
            Self::AnalyzedMessageEvidence(v) => &v.verdict,
            Self::AzureResourceEvidence(v) => &v.verdict,
            Self::BlobContainerEvidence(v) => &v.verdict,
            Self::BlobEvidence(v) => &v.verdict,
            Self::CloudApplicationEvidence(v) => &v.verdict,
            Self::CloudLogonRequestEvidence(v) => &v.verdict,
            Self::CloudLogonSessionEvidence(v) => &v.verdict,
            Self::ContainerEvidence(v) => &v.verdict,
            Self::ContainerImageEvidence(v) => &v.verdict,
            Self::ContainerRegistryEvidence(v) => &v.verdict,
            Self::DeviceEvidence(v) => &v.verdict,
            Self::DnsEvidence(v) => &v.verdict,
            Self::FileEvidence(v) => &v.verdict,
            Self::FileHashEvidence(v) => &v.verdict,
            Self::GitHubOrganizationEvidence(v) => &v.verdict,
            Self::GitHubRepoEvidence(v) => &v.verdict,
            Self::GitHubUserEvidence(v) => &v.verdict,
            Self::GoogleCloudResourceEvidence(v) => &v.verdict,
            Self::HostLogonSessionEvidence(v) => &v.verdict,
            Self::IoTDeviceEvidence(v) => &v.verdict,
            Self::IpEvidence(v) => &v.verdict,
            Self::KubernetesClusterEvidence(v) => &v.verdict,
            Self::KubernetesControllerEvidence(v) => &v.verdict,
            Self::KubernetesNamespaceEvidence(v) => &v.verdict,
            Self::KubernetesPodEvidence(v) => &v.verdict,
            Self::KubernetesSecretEvidence(v) => &v.verdict,
            Self::KubernetesServiceAccountEvidence(v) => &v.verdict,
            Self::KubernetesServiceEvidence(v) => &v.verdict,
            Self::MailClusterEvidence(v) => &v.verdict,
            Self::MailboxConfigurationEvidence(v) => &v.verdict,
            Self::MailboxEvidence(v) => &v.verdict,
            Self::MalwareEvidence(v) => &v.verdict,
            Self::NetworkConnectionEvidence(v) => &v.verdict,
            Self::NicEvidence(v) => &v.verdict,
            Self::OauthApplicationEvidence(v) => &v.verdict,
            Self::ProcessEvidence(v) => &v.verdict,
            Self::RegistryKeyEvidence(v) => &v.verdict,
            Self::RegistryValueEvidence(v) => &v.verdict,
            Self::SasTokenEvidence(v) => &v.verdict,
            Self::SecurityGroupEvidence(v) => &v.verdict,
            Self::ServicePrincipalEvidence(v) => &v.verdict,
            Self::SubmissionMailEvidence(v) => &v.verdict,
            Self::TeamsMessageEvidence(v) => &v.verdict,
            Self::UrlEvidence(v) => &v.verdict,
            Self::UserEvidence(v) => &v.verdict,
        }
    }
    /// `verdict` of any variant.
    #[inline]
    pub fn verdict_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::EvidenceVerdict> {
        match self {
            Self::AlertEvidence(v) => &mut v.verdict,
            Self::ActiveDirectoryDomainEvidence(v) => &mut v.verdict,
            Self::AiAgentEvidence(v) => &mut v.verdict,
            Self::AmazonResourceEvidence(v) => &mut v.verdict,
            Self::AnalyzedMessageEvidence(v) => &mut v.verdict,
            Self::AzureResourceEvidence(v) => &mut v.verdict,
            Self::BlobContainerEvidence(v) => &mut v.verdict,
            Self::BlobEvidence(v) => &mut v.verdict,
            Self::CloudApplicationEvidence(v) => &mut v.verdict,
            Self::CloudLogonRequestEvidence(v) => &mut v.verdict,
            Self::CloudLogonSessionEvidence(v) => &mut v.verdict,
            Self::ContainerEvidence(v) => &mut v.verdict,
            Self::ContainerImageEvidence(v) => &mut v.verdict,
            Self::ContainerRegistryEvidence(v) => &mut v.verdict,
            Self::DeviceEvidence(v) => &mut v.verdict,
            Self::DnsEvidence(v) => &mut v.verdict,
            Self::FileEvidence(v) => &mut v.verdict,
            Self::FileHashEvidence(v) => &mut v.verdict,
            Self::GitHubOrganizationEvidence(v) => &mut v.verdict,
            Self::GitHubRepoEvidence(v) => &mut v.verdict,
            Self::GitHubUserEvidence(v) => &mut v.verdict,
            Self::GoogleCloudResourceEvidence(v) => &mut v.verdict,
            Self::HostLogonSessionEvidence(v) => &mut v.verdict,
            Self::IoTDeviceEvidence(v) => &mut v.verdict,
            Self::IpEvidence(v) => &mut v.verdict,
            Self::KubernetesClusterEvidence(v) => &mut v.verdict,
            Self::KubernetesControllerEvidence(v) => &mut v.verdict,
            Self::KubernetesNamespaceEvidence(v) => &mut v.verdict,
            Self::KubernetesPodEvidence(v) => &mut v.verdict,
            Self::KubernetesSecretEvidence(v) => &mut v.verdict,
            Self::KubernetesServiceAccountEvidence(v) => &mut v.verdict,
            Self::KubernetesServiceEvidence(v) => &mut v.verdict,
            Self::MailClusterEvidence(v) => &mut v.verdict,
            Self::MailboxConfigurationEvidence(v) => &mut v.verdict,
            Self::MailboxEvidence(v) => &mut v.verdict,
            Self::MalwareEvidence(v) => &mut v.verdict,
            Self::NetworkConnectionEvidence(v) => &mut v.verdict,
            Self::NicEvidence(v) => &mut v.verdict,
            Self::OauthApplicationEvidence(v) => &mut v.verdict,
            Self::ProcessEvidence(v) => &mut v.verdict,
            Self::RegistryKeyEvidence(v) => &mut v.verdict,
            Self::RegistryValueEvidence(v) => &mut v.verdict,
            Self::SasTokenEvidence(v) => &mut v.verdict,
            Self::SecurityGroupEvidence(v) => &mut v.verdict,
            Self::ServicePrincipalEvidence(v) => &mut v.verdict,
            Self::SubmissionMailEvidence(v) => &mut v.verdict,
            Self::TeamsMessageEvidence(v) => &mut v.verdict,
            Self::UrlEvidence(v) => &mut v.verdict,
            Self::UserEvidence(v) => &mut v.verdict,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyAlertEvidence);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyAlertEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alertSeverity`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertSeverity {
    /// `unknown` (value 0).
    Unknown,
    /// `informational` (value 32).
    Informational,
    /// `low` (value 64).
    Low,
    /// `medium` (value 128).
    Medium,
    /// `high` (value 256).
    High,
    /// `unknownFutureValue` (value 511).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertSeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertSeverity";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "informational",
        "low",
        "medium",
        "high",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "informational" => Self::Informational,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Informational => "informational",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertSeverity);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertSeverity);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.alertStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AlertStatus {
    /// `unknown` (value 0).
    Unknown,
    /// `new` (value 2).
    New,
    /// `inProgress` (value 4).
    InProgress,
    /// `resolved` (value 8).
    Resolved,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AlertStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "new",
        "inProgress",
        "resolved",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "new" => Self::New,
                "inProgress" => Self::InProgress,
                "resolved" => Self::Resolved,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::New => "new",
            Self::InProgress => "inProgress",
            Self::Resolved => "resolved",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AlertStatus);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertStatus);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Alert Submission events.
///
/// CSDL: `microsoft.graph.security.alertSubmissionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertSubmissionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertSubmissionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertSubmissionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertSubmissionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.alertSubmissionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertSubmissionAuditRecord {
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
rt::impl_object!(AlertSubmissionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertSubmissionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertSubmissionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Alert Submission Result Detail events.
///
/// CSDL: `microsoft.graph.security.alertSubmissionResultDetailAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AlertSubmissionResultDetailAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AlertSubmissionResultDetailAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AlertSubmissionResultDetailAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.alertSubmissionResultDetailAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.alertSubmissionResultDetailAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AlertSubmissionResultDetailAuditRecord {
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
rt::impl_object!(AlertSubmissionResultDetailAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AlertSubmissionResultDetailAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AlertSubmissionResultDetailAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.amazonResourceEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AmazonResourceEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `amazonAccountId`: `Edm.String`, nullable.
    pub amazon_account_id: rt::Field<::std::string::String>,
    /// CSDL: property `amazonResourceId`: `Edm.String`, nullable.
    pub amazon_resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `Edm.String`, nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AmazonResourceEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            amazon_account_id: rt::Field::Absent,
            amazon_resource_id: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AmazonResourceEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.amazonResourceEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "amazonAccountId",
        "amazonResourceId",
        "resourceName",
        "resourceType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"amazonAccountId\":              ",
        ",\"amazonResourceId\":             ",
        ",\"resourceName\":                 ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.amazonResourceEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "amazon_account_id", &self.amazon_account_id);
        v.field(8usize, "amazon_resource_id", &self.amazon_resource_id);
        v.field(9usize, "resource_name", &self.resource_name);
        v.field(10usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AmazonResourceEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.amazon_account_id.read_from(r),
            8usize => self.amazon_resource_id.read_from(r),
            9usize => self.resource_name.read_from(r),
            10usize => self.resource_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.amazon_account_id);
        w.field(8usize, &self.amazon_resource_id);
        w.field(9usize, &self.resource_name);
        w.field(10usize, &self.resource_type);
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
rt::impl_object!(AmazonResourceEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AmazonResourceEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_amazon_account_id amazon_account_id :
    ::std::string::String; with_amazon_resource_id amazon_resource_id :
    ::std::string::String; with_resource_name resource_name : ::std::string::String;
    with_resource_type resource_type : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AmazonResourceEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmail`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`AnalyzedEmailPath`](../requests/security/trait.AnalyzedEmailPath.html), what a path to one (`EntityPath<AnalyzedEmail, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmail {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `alertIds`: `Collection(Edm.String)`, nullable.
    pub alert_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `attachments`: `Collection(microsoft.graph.security.analyzedEmailAttachment)`, nullable.
    pub attachments: rt::Field<
        ::std::vec::Vec<crate::v1::security::AnalyzedEmailAttachment>,
    >,
    /// CSDL: property `authenticationDetails`: `microsoft.graph.security.analyzedEmailAuthenticationDetail`, nullable.
    pub authentication_details: rt::Field<
        crate::v1::security::AnalyzedEmailAuthenticationDetail,
    >,
    /// CSDL: property `bulkComplaintLevel`: `Edm.String`, nullable.
    pub bulk_complaint_level: rt::Field<::std::string::String>,
    /// CSDL: property `clientType`: `Edm.String`, nullable.
    pub client_type: rt::Field<::std::string::String>,
    /// CSDL: property `contexts`: `Collection(Edm.String)`, nullable.
    pub contexts: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `detectionMethods`: `Collection(Edm.String)`, nullable.
    pub detection_methods: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `directionality`: `microsoft.graph.security.antispamDirectionality`, nullable.
    pub directionality: rt::Field<crate::v1::security::AntispamDirectionality>,
    /// CSDL: property `distributionList`: `Edm.String`, nullable.
    pub distribution_list: rt::Field<::std::string::String>,
    /// CSDL: property `dlpRules`: `Collection(microsoft.graph.security.analyzedEmailDlpRuleInfo)`, nullable.
    pub dlp_rules: rt::Field<
        ::std::vec::Vec<crate::v1::security::AnalyzedEmailDlpRuleInfo>,
    >,
    /// CSDL: property `emailClusterId`: `Edm.String`, nullable.
    pub email_cluster_id: rt::Field<::std::string::String>,
    /// CSDL: property `exchangeTransportRules`: `Collection(microsoft.graph.security.analyzedEmailExchangeTransportRuleInfo)`, nullable.
    pub exchange_transport_rules: rt::Field<
        ::std::vec::Vec<crate::v1::security::AnalyzedEmailExchangeTransportRuleInfo>,
    >,
    /// CSDL: property `forwardingDetail`: `Edm.String`, nullable.
    pub forwarding_detail: rt::Field<::std::string::String>,
    /// CSDL: property `inboundConnectorFormattedName`: `Edm.String`, nullable.
    pub inbound_connector_formatted_name: rt::Field<::std::string::String>,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `latestDelivery`: `microsoft.graph.security.analyzedEmailDeliveryDetail`, nullable.
    pub latest_delivery: rt::Field<crate::v1::security::AnalyzedEmailDeliveryDetail>,
    /// CSDL: property `loggedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub logged_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `networkMessageId`: `Edm.String`, nullable.
    pub network_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `originalDelivery`: `microsoft.graph.security.analyzedEmailDeliveryDetail`, nullable.
    pub original_delivery: rt::Field<crate::v1::security::AnalyzedEmailDeliveryDetail>,
    /// CSDL: property `overrideSources`: `Collection(Edm.String)`, nullable.
    pub override_sources: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `phishConfidenceLevel`: `Edm.String`, nullable.
    pub phish_confidence_level: rt::Field<::std::string::String>,
    /// CSDL: property `policy`: `Edm.String`, nullable.
    pub policy: rt::Field<::std::string::String>,
    /// CSDL: property `policyAction`: `Edm.String`, nullable.
    pub policy_action: rt::Field<::std::string::String>,
    /// CSDL: property `policyType`: `Edm.String`, nullable.
    pub policy_type: rt::Field<::std::string::String>,
    /// CSDL: property `primaryOverrideSource`: `Edm.String`, nullable.
    pub primary_override_source: rt::Field<::std::string::String>,
    /// CSDL: property `recipientDetail`: `microsoft.graph.security.analyzedEmailRecipientDetail`, nullable.
    pub recipient_detail: rt::Field<crate::v1::security::AnalyzedEmailRecipientDetail>,
    /// CSDL: property `recipientEmailAddress`: `Edm.String`, nullable.
    pub recipient_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `returnPath`: `Edm.String`, nullable.
    pub return_path: rt::Field<::std::string::String>,
    /// CSDL: property `senderDetail`: `microsoft.graph.security.analyzedEmailSenderDetail`, nullable.
    pub sender_detail: rt::Field<crate::v1::security::AnalyzedEmailSenderDetail>,
    /// CSDL: property `sizeInBytes`: `Edm.Int32`, nullable.
    pub size_in_bytes: rt::Field<i32>,
    /// CSDL: property `spamConfidenceLevel`: `Edm.String`, nullable.
    pub spam_confidence_level: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `threatDetectionDetails`: `Collection(microsoft.graph.security.threatDetectionDetail)`, nullable.
    pub threat_detection_details: rt::Field<
        ::std::vec::Vec<crate::v1::security::ThreatDetectionDetail>,
    >,
    /// CSDL: property `threatTypes`: `Collection(microsoft.graph.security.threatType)`, nullable.
    pub threat_types: rt::Field<::std::vec::Vec<crate::v1::security::ThreatType>>,
    /// CSDL: property `timelineEvents`: `Collection(microsoft.graph.security.timelineEvent)`, nullable.
    pub timeline_events: rt::Field<::std::vec::Vec<crate::v1::security::TimelineEvent>>,
    /// CSDL: property `urls`: `Collection(microsoft.graph.security.analyzedEmailUrl)`, nullable.
    pub urls: rt::Field<::std::vec::Vec<crate::v1::security::AnalyzedEmailUrl>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmail {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alert_ids: rt::Field::Absent,
            attachments: rt::Field::Absent,
            authentication_details: rt::Field::Absent,
            bulk_complaint_level: rt::Field::Absent,
            client_type: rt::Field::Absent,
            contexts: rt::Field::Absent,
            detection_methods: rt::Field::Absent,
            directionality: rt::Field::Absent,
            distribution_list: rt::Field::Absent,
            dlp_rules: rt::Field::Absent,
            email_cluster_id: rt::Field::Absent,
            exchange_transport_rules: rt::Field::Absent,
            forwarding_detail: rt::Field::Absent,
            inbound_connector_formatted_name: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            language: rt::Field::Absent,
            latest_delivery: rt::Field::Absent,
            logged_date_time: rt::Field::Absent,
            network_message_id: rt::Field::Absent,
            original_delivery: rt::Field::Absent,
            override_sources: rt::Field::Absent,
            phish_confidence_level: rt::Field::Absent,
            policy: rt::Field::Absent,
            policy_action: rt::Field::Absent,
            policy_type: rt::Field::Absent,
            primary_override_source: rt::Field::Absent,
            recipient_detail: rt::Field::Absent,
            recipient_email_address: rt::Field::Absent,
            return_path: rt::Field::Absent,
            sender_detail: rt::Field::Absent,
            size_in_bytes: rt::Field::Absent,
            spam_confidence_level: rt::Field::Absent,
            subject: rt::Field::Absent,
            threat_detection_details: rt::Field::Absent,
            threat_types: rt::Field::Absent,
            timeline_events: rt::Field::Absent,
            urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmail";
    const KEYS: &'static [&'static str] = &[
        "id",
        "alertIds",
        "attachments",
        "authenticationDetails",
        "bulkComplaintLevel",
        "clientType",
        "contexts",
        "detectionMethods",
        "directionality",
        "distributionList",
        "dlpRules",
        "emailClusterId",
        "exchangeTransportRules",
        "forwardingDetail",
        "inboundConnectorFormattedName",
        "internetMessageId",
        "language",
        "latestDelivery",
        "loggedDateTime",
        "networkMessageId",
        "originalDelivery",
        "overrideSources",
        "phishConfidenceLevel",
        "policy",
        "policyAction",
        "policyType",
        "primaryOverrideSource",
        "recipientDetail",
        "recipientEmailAddress",
        "returnPath",
        "senderDetail",
        "sizeInBytes",
        "spamConfidenceLevel",
        "subject",
        "threatDetectionDetails",
        "threatTypes",
        "timelineEvents",
        "urls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"alertIds\":                     ",
        ",\"attachments\":                  ",
        ",\"authenticationDetails\":        ",
        ",\"bulkComplaintLevel\":           ",
        ",\"clientType\":                   ",
        ",\"contexts\":                     ",
        ",\"detectionMethods\":             ",
        ",\"directionality\":               ",
        ",\"distributionList\":             ",
        ",\"dlpRules\":                     ",
        ",\"emailClusterId\":               ",
        ",\"exchangeTransportRules\":       ",
        ",\"forwardingDetail\":             ",
        ",\"inboundConnectorFormattedName\":",
        ",\"internetMessageId\":            ",
        ",\"language\":                     ",
        ",\"latestDelivery\":               ",
        ",\"loggedDateTime\":               ",
        ",\"networkMessageId\":             ",
        ",\"originalDelivery\":             ",
        ",\"overrideSources\":              ",
        ",\"phishConfidenceLevel\":         ",
        ",\"policy\":                       ",
        ",\"policyAction\":                 ",
        ",\"policyType\":                   ",
        ",\"primaryOverrideSource\":        ",
        ",\"recipientDetail\":              ",
        ",\"recipientEmailAddress\":        ",
        ",\"returnPath\":                   ",
        ",\"senderDetail\":                 ",
        ",\"sizeInBytes\":                  ",
        ",\"spamConfidenceLevel\":          ",
        ",\"subject\":                      ",
        ",\"threatDetectionDetails\":       ",
        ",\"threatTypes\":                  ",
        ",\"timelineEvents\":               ",
        ",\"urls\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "alert_ids", &self.alert_ids);
        v.field(2usize, "attachments", &self.attachments);
        v.field(3usize, "authentication_details", &self.authentication_details);
        v.field(4usize, "bulk_complaint_level", &self.bulk_complaint_level);
        v.field(5usize, "client_type", &self.client_type);
        v.field(6usize, "contexts", &self.contexts);
        v.field(7usize, "detection_methods", &self.detection_methods);
        v.field(8usize, "directionality", &self.directionality);
        v.field(9usize, "distribution_list", &self.distribution_list);
        v.field(10usize, "dlp_rules", &self.dlp_rules);
        v.field(11usize, "email_cluster_id", &self.email_cluster_id);
        v.field(12usize, "exchange_transport_rules", &self.exchange_transport_rules);
        v.field(13usize, "forwarding_detail", &self.forwarding_detail);
        v.field(
            14usize,
            "inbound_connector_formatted_name",
            &self.inbound_connector_formatted_name,
        );
        v.field(15usize, "internet_message_id", &self.internet_message_id);
        v.field(16usize, "language", &self.language);
        v.field(17usize, "latest_delivery", &self.latest_delivery);
        v.field(18usize, "logged_date_time", &self.logged_date_time);
        v.field(19usize, "network_message_id", &self.network_message_id);
        v.field(20usize, "original_delivery", &self.original_delivery);
        v.field(21usize, "override_sources", &self.override_sources);
        v.field(22usize, "phish_confidence_level", &self.phish_confidence_level);
        v.field(23usize, "policy", &self.policy);
        v.field(24usize, "policy_action", &self.policy_action);
        v.field(25usize, "policy_type", &self.policy_type);
        v.field(26usize, "primary_override_source", &self.primary_override_source);
        v.field(27usize, "recipient_detail", &self.recipient_detail);
        v.field(28usize, "recipient_email_address", &self.recipient_email_address);
        v.field(29usize, "return_path", &self.return_path);
        v.field(30usize, "sender_detail", &self.sender_detail);
        v.field(31usize, "size_in_bytes", &self.size_in_bytes);
        v.field(32usize, "spam_confidence_level", &self.spam_confidence_level);
        v.field(33usize, "subject", &self.subject);
        v.field(34usize, "threat_detection_details", &self.threat_detection_details);
        v.field(35usize, "threat_types", &self.threat_types);
        v.field(36usize, "timeline_events", &self.timeline_events);
        v.field(37usize, "urls", &self.urls);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alert_ids.read_from(r),
            2usize => self.attachments.read_from(r),
            3usize => self.authentication_details.read_from(r),
            4usize => self.bulk_complaint_level.read_from(r),
            5usize => self.client_type.read_from(r),
            6usize => self.contexts.read_from(r),
            7usize => self.detection_methods.read_from(r),
            8usize => self.directionality.read_from(r),
            9usize => self.distribution_list.read_from(r),
            10usize => self.dlp_rules.read_from(r),
            11usize => self.email_cluster_id.read_from(r),
            12usize => self.exchange_transport_rules.read_from(r),
            13usize => self.forwarding_detail.read_from(r),
            14usize => self.inbound_connector_formatted_name.read_from(r),
            15usize => self.internet_message_id.read_from(r),
            16usize => self.language.read_from(r),
            17usize => self.latest_delivery.read_from(r),
            18usize => self.logged_date_time.read_from(r),
            19usize => self.network_message_id.read_from(r),
            20usize => self.original_delivery.read_from(r),
            21usize => self.override_sources.read_from(r),
            22usize => self.phish_confidence_level.read_from(r),
            23usize => self.policy.read_from(r),
            24usize => self.policy_action.read_from(r),
            25usize => self.policy_type.read_from(r),
            26usize => self.primary_override_source.read_from(r),
            27usize => self.recipient_detail.read_from(r),
            28usize => self.recipient_email_address.read_from(r),
            29usize => self.return_path.read_from(r),
            30usize => self.sender_detail.read_from(r),
            31usize => self.size_in_bytes.read_from(r),
            32usize => self.spam_confidence_level.read_from(r),
            33usize => self.subject.read_from(r),
            34usize => self.threat_detection_details.read_from(r),
            35usize => self.threat_types.read_from(r),
            36usize => self.timeline_events.read_from(r),
            37usize => self.urls.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alert_ids);
        w.field(2usize, &self.attachments);
        w.field(3usize, &self.authentication_details);
        w.field(4usize, &self.bulk_complaint_level);
        w.field(5usize, &self.client_type);
        w.field(6usize, &self.contexts);
        w.field(7usize, &self.detection_methods);
        w.field(8usize, &self.directionality);
        w.field(9usize, &self.distribution_list);
        w.field(10usize, &self.dlp_rules);
        w.field(11usize, &self.email_cluster_id);
        w.field(12usize, &self.exchange_transport_rules);
        w.field(13usize, &self.forwarding_detail);
        w.field(14usize, &self.inbound_connector_formatted_name);
        w.field(15usize, &self.internet_message_id);
        w.field(16usize, &self.language);
        w.field(17usize, &self.latest_delivery);
        w.field(18usize, &self.logged_date_time);
        w.field(19usize, &self.network_message_id);
        w.field(20usize, &self.original_delivery);
        w.field(21usize, &self.override_sources);
        w.field(22usize, &self.phish_confidence_level);
        w.field(23usize, &self.policy);
        w.field(24usize, &self.policy_action);
        w.field(25usize, &self.policy_type);
        w.field(26usize, &self.primary_override_source);
        w.field(27usize, &self.recipient_detail);
        w.field(28usize, &self.recipient_email_address);
        w.field(29usize, &self.return_path);
        w.field(30usize, &self.sender_detail);
        w.field(31usize, &self.size_in_bytes);
        w.field(32usize, &self.spam_confidence_level);
        w.field(33usize, &self.subject);
        w.field(34usize, &self.threat_detection_details);
        w.field(35usize, &self.threat_types);
        w.field(36usize, &self.timeline_events);
        w.field(37usize, &self.urls);
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
rt::impl_object!(AnalyzedEmail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmail { with_id id : ::std::string::String; with_alert_ids alert_ids :
    ::std::vec::Vec < ::std::string::String >; with_attachments attachments :
    ::std::vec::Vec < crate ::v1::security::AnalyzedEmailAttachment >;
    with_authentication_details authentication_details : crate
    ::v1::security::AnalyzedEmailAuthenticationDetail; with_bulk_complaint_level
    bulk_complaint_level : ::std::string::String; with_client_type client_type :
    ::std::string::String; with_contexts contexts : ::std::vec::Vec <
    ::std::string::String >; with_detection_methods detection_methods : ::std::vec::Vec <
    ::std::string::String >; with_directionality directionality : crate
    ::v1::security::AntispamDirectionality; with_distribution_list distribution_list :
    ::std::string::String; with_dlp_rules dlp_rules : ::std::vec::Vec < crate
    ::v1::security::AnalyzedEmailDlpRuleInfo >; with_email_cluster_id email_cluster_id :
    ::std::string::String; with_exchange_transport_rules exchange_transport_rules :
    ::std::vec::Vec < crate ::v1::security::AnalyzedEmailExchangeTransportRuleInfo >;
    with_forwarding_detail forwarding_detail : ::std::string::String;
    with_inbound_connector_formatted_name inbound_connector_formatted_name :
    ::std::string::String; with_internet_message_id internet_message_id :
    ::std::string::String; with_language language : ::std::string::String;
    with_latest_delivery latest_delivery : crate
    ::v1::security::AnalyzedEmailDeliveryDetail; with_logged_date_time logged_date_time :
    rt::edm::DateTimeOffset; with_network_message_id network_message_id :
    ::std::string::String; with_original_delivery original_delivery : crate
    ::v1::security::AnalyzedEmailDeliveryDetail; with_override_sources override_sources :
    ::std::vec::Vec < ::std::string::String >; with_phish_confidence_level
    phish_confidence_level : ::std::string::String; with_policy policy :
    ::std::string::String; with_policy_action policy_action : ::std::string::String;
    with_policy_type policy_type : ::std::string::String; with_primary_override_source
    primary_override_source : ::std::string::String; with_recipient_detail
    recipient_detail : crate ::v1::security::AnalyzedEmailRecipientDetail;
    with_recipient_email_address recipient_email_address : ::std::string::String;
    with_return_path return_path : ::std::string::String; with_sender_detail
    sender_detail : crate ::v1::security::AnalyzedEmailSenderDetail; with_size_in_bytes
    size_in_bytes : i32; with_spam_confidence_level spam_confidence_level :
    ::std::string::String; with_subject subject : ::std::string::String;
    with_threat_detection_details threat_detection_details : ::std::vec::Vec < crate
    ::v1::security::ThreatDetectionDetail >; with_threat_types threat_types :
    ::std::vec::Vec < crate ::v1::security::ThreatType >; with_timeline_events
    timeline_events : ::std::vec::Vec < crate ::v1::security::TimelineEvent >; with_urls
    urls : ::std::vec::Vec < crate ::v1::security::AnalyzedEmailUrl >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailAttachment`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailAttachment {
    /// CSDL: property `detonationDetails`: `microsoft.graph.security.detonationDetails`, nullable.
    pub detonation_details: rt::Field<crate::v1::security::DetonationDetails>,
    /// CSDL: property `fileExtension`: `Edm.String`, nullable.
    pub file_extension: rt::Field<::std::string::String>,
    /// CSDL: property `fileName`: `Edm.String`, nullable.
    pub file_name: rt::Field<::std::string::String>,
    /// CSDL: property `fileSize`: `Edm.Int32`, nullable.
    pub file_size: rt::Field<i32>,
    /// CSDL: property `fileType`: `Edm.String`, nullable.
    pub file_type: rt::Field<::std::string::String>,
    /// CSDL: property `malwareFamily`: `Edm.String`, nullable.
    pub malware_family: rt::Field<::std::string::String>,
    /// CSDL: property `sha256`: `Edm.String`, nullable.
    pub sha256: rt::Field<::std::string::String>,
    /// CSDL: property `tenantAllowBlockListDetailInfo`: `Edm.String`, nullable.
    pub tenant_allow_block_list_detail_info: rt::Field<::std::string::String>,
    /// CSDL: property `threatType`: `microsoft.graph.security.threatType`, nullable.
    pub threat_type: rt::Field<crate::v1::security::ThreatType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            detonation_details: rt::Field::Absent,
            file_extension: rt::Field::Absent,
            file_name: rt::Field::Absent,
            file_size: rt::Field::Absent,
            file_type: rt::Field::Absent,
            malware_family: rt::Field::Absent,
            sha256: rt::Field::Absent,
            tenant_allow_block_list_detail_info: rt::Field::Absent,
            threat_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailAttachment";
    const KEYS: &'static [&'static str] = &[
        "detonationDetails",
        "fileExtension",
        "fileName",
        "fileSize",
        "fileType",
        "malwareFamily",
        "sha256",
        "tenantAllowBlockListDetailInfo",
        "threatType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detonationDetails\":            ",
        ",\"fileExtension\":                ",
        ",\"fileName\":                     ",
        ",\"fileSize\":                     ",
        ",\"fileType\":                     ",
        ",\"malwareFamily\":                ",
        ",\"sha256\":                       ",
        ",\"tenantAllowBlockListDetailInfo\":",
        ",\"threatType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detonation_details", &self.detonation_details);
        v.field(1usize, "file_extension", &self.file_extension);
        v.field(2usize, "file_name", &self.file_name);
        v.field(3usize, "file_size", &self.file_size);
        v.field(4usize, "file_type", &self.file_type);
        v.field(5usize, "malware_family", &self.malware_family);
        v.field(6usize, "sha256", &self.sha256);
        v.field(
            7usize,
            "tenant_allow_block_list_detail_info",
            &self.tenant_allow_block_list_detail_info,
        );
        v.field(8usize, "threat_type", &self.threat_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detonation_details.read_from(r),
            1usize => self.file_extension.read_from(r),
            2usize => self.file_name.read_from(r),
            3usize => self.file_size.read_from(r),
            4usize => self.file_type.read_from(r),
            5usize => self.malware_family.read_from(r),
            6usize => self.sha256.read_from(r),
            7usize => self.tenant_allow_block_list_detail_info.read_from(r),
            8usize => self.threat_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detonation_details);
        w.field(1usize, &self.file_extension);
        w.field(2usize, &self.file_name);
        w.field(3usize, &self.file_size);
        w.field(4usize, &self.file_type);
        w.field(5usize, &self.malware_family);
        w.field(6usize, &self.sha256);
        w.field(7usize, &self.tenant_allow_block_list_detail_info);
        w.field(8usize, &self.threat_type);
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
rt::impl_object!(AnalyzedEmailAttachment);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailAttachment { with_detonation_details detonation_details : crate
    ::v1::security::DetonationDetails; with_file_extension file_extension :
    ::std::string::String; with_file_name file_name : ::std::string::String;
    with_file_size file_size : i32; with_file_type file_type : ::std::string::String;
    with_malware_family malware_family : ::std::string::String; with_sha256 sha256 :
    ::std::string::String; with_tenant_allow_block_list_detail_info
    tenant_allow_block_list_detail_info : ::std::string::String; with_threat_type
    threat_type : crate ::v1::security::ThreatType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailAttachment);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailAuthenticationDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailAuthenticationDetail {
    /// CSDL: property `compositeAuthentication`: `Edm.String`, nullable.
    pub composite_authentication: rt::Field<::std::string::String>,
    /// CSDL: property `dkim`: `Edm.String`, nullable.
    pub dkim: rt::Field<::std::string::String>,
    /// CSDL: property `dmarc`: `Edm.String`, nullable.
    pub dmarc: rt::Field<::std::string::String>,
    /// CSDL: property `senderPolicyFramework`: `Edm.String`, nullable.
    pub sender_policy_framework: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailAuthenticationDetail {
    #[inline]
    fn default() -> Self {
        Self {
            composite_authentication: rt::Field::Absent,
            dkim: rt::Field::Absent,
            dmarc: rt::Field::Absent,
            sender_policy_framework: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailAuthenticationDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailAuthenticationDetail";
    const KEYS: &'static [&'static str] = &[
        "compositeAuthentication",
        "dkim",
        "dmarc",
        "senderPolicyFramework",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"compositeAuthentication\":      ",
        ",\"dkim\":                         ",
        ",\"dmarc\":                        ",
        ",\"senderPolicyFramework\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailAuthenticationDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "composite_authentication", &self.composite_authentication);
        v.field(1usize, "dkim", &self.dkim);
        v.field(2usize, "dmarc", &self.dmarc);
        v.field(3usize, "sender_policy_framework", &self.sender_policy_framework);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailAuthenticationDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.composite_authentication.read_from(r),
            1usize => self.dkim.read_from(r),
            2usize => self.dmarc.read_from(r),
            3usize => self.sender_policy_framework.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.composite_authentication);
        w.field(1usize, &self.dkim);
        w.field(2usize, &self.dmarc);
        w.field(3usize, &self.sender_policy_framework);
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
rt::impl_object!(AnalyzedEmailAuthenticationDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailAuthenticationDetail { with_composite_authentication
    composite_authentication : ::std::string::String; with_dkim dkim :
    ::std::string::String; with_dmarc dmarc : ::std::string::String;
    with_sender_policy_framework sender_policy_framework : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailAuthenticationDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailDeliveryDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailDeliveryDetail {
    /// CSDL: property `action`: `microsoft.graph.security.deliveryAction`, nullable.
    pub action: rt::Field<crate::v1::security::DeliveryAction>,
    /// CSDL: property `latestThreats`: `Edm.String`, nullable.
    pub latest_threats: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `microsoft.graph.security.deliveryLocation`, nullable.
    pub location: rt::Field<crate::v1::security::DeliveryLocation>,
    /// CSDL: property `originalThreats`: `Edm.String`, nullable.
    pub original_threats: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailDeliveryDetail {
    #[inline]
    fn default() -> Self {
        Self {
            action: rt::Field::Absent,
            latest_threats: rt::Field::Absent,
            location: rt::Field::Absent,
            original_threats: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailDeliveryDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailDeliveryDetail";
    const KEYS: &'static [&'static str] = &[
        "action",
        "latestThreats",
        "location",
        "originalThreats",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"action\":                       ",
        ",\"latestThreats\":                ",
        ",\"location\":                     ",
        ",\"originalThreats\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailDeliveryDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action", &self.action);
        v.field(1usize, "latest_threats", &self.latest_threats);
        v.field(2usize, "location", &self.location);
        v.field(3usize, "original_threats", &self.original_threats);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailDeliveryDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action.read_from(r),
            1usize => self.latest_threats.read_from(r),
            2usize => self.location.read_from(r),
            3usize => self.original_threats.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action);
        w.field(1usize, &self.latest_threats);
        w.field(2usize, &self.location);
        w.field(3usize, &self.original_threats);
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
rt::impl_object!(AnalyzedEmailDeliveryDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailDeliveryDetail { with_action action : crate
    ::v1::security::DeliveryAction; with_latest_threats latest_threats :
    ::std::string::String; with_location location : crate
    ::v1::security::DeliveryLocation; with_original_threats original_threats :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailDeliveryDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailDlpRuleInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailDlpRuleInfo {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailDlpRuleInfo {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            rule_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailDlpRuleInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailDlpRuleInfo";
    const KEYS: &'static [&'static str] = &["name", "ruleId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"ruleId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailDlpRuleInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "rule_id", &self.rule_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailDlpRuleInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.rule_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.rule_id);
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
rt::impl_object!(AnalyzedEmailDlpRuleInfo);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailDlpRuleInfo { with_name name : ::std::string::String; with_rule_id
    rule_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailDlpRuleInfo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailExchangeTransportRuleInfo`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailExchangeTransportRuleInfo {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `ruleId`: `Edm.String`, nullable.
    pub rule_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailExchangeTransportRuleInfo {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            rule_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailExchangeTransportRuleInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailExchangeTransportRuleInfo";
    const KEYS: &'static [&'static str] = &["name", "ruleId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"ruleId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailExchangeTransportRuleInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "rule_id", &self.rule_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailExchangeTransportRuleInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.rule_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.rule_id);
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
rt::impl_object!(AnalyzedEmailExchangeTransportRuleInfo);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailExchangeTransportRuleInfo { with_name name : ::std::string::String;
    with_rule_id rule_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailExchangeTransportRuleInfo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailRecipientDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailRecipientDetail {
    /// CSDL: property `ccRecipients`: `Collection(Edm.String)`, nullable.
    pub cc_recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailRecipientDetail {
    #[inline]
    fn default() -> Self {
        Self {
            cc_recipients: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailRecipientDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailRecipientDetail";
    const KEYS: &'static [&'static str] = &["ccRecipients", "domainName"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ccRecipients\":                 ",
        ",\"domainName\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailRecipientDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cc_recipients", &self.cc_recipients);
        v.field(1usize, "domain_name", &self.domain_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailRecipientDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cc_recipients.read_from(r),
            1usize => self.domain_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cc_recipients);
        w.field(1usize, &self.domain_name);
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
rt::impl_object!(AnalyzedEmailRecipientDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailRecipientDetail { with_cc_recipients cc_recipients : ::std::vec::Vec <
    ::std::string::String >; with_domain_name domain_name : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailRecipientDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailSenderDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailSenderDetail {
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainCreationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub domain_creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainOwner`: `Edm.String`, nullable.
    pub domain_owner: rt::Field<::std::string::String>,
    /// CSDL: property `fromAddress`: `Edm.String`, nullable.
    pub from_address: rt::Field<::std::string::String>,
    /// CSDL: property `ipv4`: `Edm.String`, nullable.
    pub ipv4: rt::Field<::std::string::String>,
    /// CSDL: property `location`: `Edm.String`, nullable.
    pub location: rt::Field<::std::string::String>,
    /// CSDL: property `mailFromAddress`: `Edm.String`, nullable.
    pub mail_from_address: rt::Field<::std::string::String>,
    /// CSDL: property `mailFromDomainName`: `Edm.String`, nullable.
    pub mail_from_domain_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailSenderDetail {
    #[inline]
    fn default() -> Self {
        Self {
            display_name: rt::Field::Absent,
            domain_creation_date_time: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            domain_owner: rt::Field::Absent,
            from_address: rt::Field::Absent,
            ipv4: rt::Field::Absent,
            location: rt::Field::Absent,
            mail_from_address: rt::Field::Absent,
            mail_from_domain_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailSenderDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailSenderDetail";
    const KEYS: &'static [&'static str] = &[
        "displayName",
        "domainCreationDateTime",
        "domainName",
        "domainOwner",
        "fromAddress",
        "ipv4",
        "location",
        "mailFromAddress",
        "mailFromDomainName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"displayName\":                  ",
        ",\"domainCreationDateTime\":       ",
        ",\"domainName\":                   ",
        ",\"domainOwner\":                  ",
        ",\"fromAddress\":                  ",
        ",\"ipv4\":                         ",
        ",\"location\":                     ",
        ",\"mailFromAddress\":              ",
        ",\"mailFromDomainName\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailSenderDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "display_name", &self.display_name);
        v.field(1usize, "domain_creation_date_time", &self.domain_creation_date_time);
        v.field(2usize, "domain_name", &self.domain_name);
        v.field(3usize, "domain_owner", &self.domain_owner);
        v.field(4usize, "from_address", &self.from_address);
        v.field(5usize, "ipv4", &self.ipv4);
        v.field(6usize, "location", &self.location);
        v.field(7usize, "mail_from_address", &self.mail_from_address);
        v.field(8usize, "mail_from_domain_name", &self.mail_from_domain_name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailSenderDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.display_name.read_from(r),
            1usize => self.domain_creation_date_time.read_from(r),
            2usize => self.domain_name.read_from(r),
            3usize => self.domain_owner.read_from(r),
            4usize => self.from_address.read_from(r),
            5usize => self.ipv4.read_from(r),
            6usize => self.location.read_from(r),
            7usize => self.mail_from_address.read_from(r),
            8usize => self.mail_from_domain_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.display_name);
        w.field(1usize, &self.domain_creation_date_time);
        w.field(2usize, &self.domain_name);
        w.field(3usize, &self.domain_owner);
        w.field(4usize, &self.from_address);
        w.field(5usize, &self.ipv4);
        w.field(6usize, &self.location);
        w.field(7usize, &self.mail_from_address);
        w.field(8usize, &self.mail_from_domain_name);
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
rt::impl_object!(AnalyzedEmailSenderDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailSenderDetail { with_display_name display_name : ::std::string::String;
    with_domain_creation_date_time domain_creation_date_time : rt::edm::DateTimeOffset;
    with_domain_name domain_name : ::std::string::String; with_domain_owner domain_owner
    : ::std::string::String; with_from_address from_address : ::std::string::String;
    with_ipv4 ipv4 : ::std::string::String; with_location location :
    ::std::string::String; with_mail_from_address mail_from_address :
    ::std::string::String; with_mail_from_domain_name mail_from_domain_name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailSenderDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedEmailUrl`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedEmailUrl {
    /// CSDL: property `detectionMethod`: `Edm.String`, nullable.
    pub detection_method: rt::Field<::std::string::String>,
    /// CSDL: property `detonationDetails`: `microsoft.graph.security.detonationDetails`, nullable.
    pub detonation_details: rt::Field<crate::v1::security::DetonationDetails>,
    /// CSDL: property `tenantAllowBlockListDetailInfo`: `Edm.String`, nullable.
    pub tenant_allow_block_list_detail_info: rt::Field<::std::string::String>,
    /// CSDL: property `threatType`: `microsoft.graph.security.threatType`, nullable.
    pub threat_type: rt::Field<crate::v1::security::ThreatType>,
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedEmailUrl {
    #[inline]
    fn default() -> Self {
        Self {
            detection_method: rt::Field::Absent,
            detonation_details: rt::Field::Absent,
            tenant_allow_block_list_detail_info: rt::Field::Absent,
            threat_type: rt::Field::Absent,
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedEmailUrl {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedEmailUrl";
    const KEYS: &'static [&'static str] = &[
        "detectionMethod",
        "detonationDetails",
        "tenantAllowBlockListDetailInfo",
        "threatType",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"detectionMethod\":              ",
        ",\"detonationDetails\":            ",
        ",\"tenantAllowBlockListDetailInfo\":",
        ",\"threatType\":                   ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedEmailUrl\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "detection_method", &self.detection_method);
        v.field(1usize, "detonation_details", &self.detonation_details);
        v.field(
            2usize,
            "tenant_allow_block_list_detail_info",
            &self.tenant_allow_block_list_detail_info,
        );
        v.field(3usize, "threat_type", &self.threat_type);
        v.field(4usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedEmailUrl {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.detection_method.read_from(r),
            1usize => self.detonation_details.read_from(r),
            2usize => self.tenant_allow_block_list_detail_info.read_from(r),
            3usize => self.threat_type.read_from(r),
            4usize => self.url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.detection_method);
        w.field(1usize, &self.detonation_details);
        w.field(2usize, &self.tenant_allow_block_list_detail_info);
        w.field(3usize, &self.threat_type);
        w.field(4usize, &self.url);
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
rt::impl_object!(AnalyzedEmailUrl);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedEmailUrl { with_detection_method detection_method : ::std::string::String;
    with_detonation_details detonation_details : crate ::v1::security::DetonationDetails;
    with_tenant_allow_block_list_detail_info tenant_allow_block_list_detail_info :
    ::std::string::String; with_threat_type threat_type : crate
    ::v1::security::ThreatType; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedEmailUrl);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.analyzedMessageEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AnalyzedMessageEvidence {
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `detailedRoles`: `Collection(Edm.String)`, nullable.
    pub detailed_roles: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `remediationStatus`: `microsoft.graph.security.evidenceRemediationStatus`, not nullable.
    pub remediation_status: rt::Field<crate::v1::security::EvidenceRemediationStatus>,
    /// CSDL: property `remediationStatusDetails`: `Edm.String`, nullable.
    pub remediation_status_details: rt::Field<::std::string::String>,
    /// CSDL: property `roles`: `Collection(microsoft.graph.security.evidenceRole)`, not nullable.
    pub roles: rt::Field<::std::vec::Vec<crate::v1::security::EvidenceRole>>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `verdict`: `microsoft.graph.security.evidenceVerdict`, not nullable.
    pub verdict: rt::Field<crate::v1::security::EvidenceVerdict>,
    /// CSDL: property `antiSpamDirection`: `Edm.String`, nullable.
    pub anti_spam_direction: rt::Field<::std::string::String>,
    /// CSDL: property `attachmentsCount`: `Edm.Int64`, nullable.
    pub attachments_count: rt::Field<i64>,
    /// CSDL: property `deliveryAction`: `Edm.String`, nullable.
    pub delivery_action: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryLocation`: `Edm.String`, nullable.
    pub delivery_location: rt::Field<::std::string::String>,
    /// CSDL: property `internetMessageId`: `Edm.String`, nullable.
    pub internet_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `language`: `Edm.String`, nullable.
    pub language: rt::Field<::std::string::String>,
    /// CSDL: property `networkMessageId`: `Edm.String`, nullable.
    pub network_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `p1Sender`: `microsoft.graph.security.emailSender`, nullable.
    pub p1_sender: rt::Field<crate::v1::security::EmailSender>,
    /// CSDL: property `p2Sender`: `microsoft.graph.security.emailSender`, nullable.
    pub p2_sender: rt::Field<crate::v1::security::EmailSender>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipientEmailAddress`: `Edm.String`, nullable.
    pub recipient_email_address: rt::Field<::std::string::String>,
    /// CSDL: property `senderIp`: `Edm.String`, nullable.
    pub sender_ip: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `threatDetectionMethods`: `Collection(Edm.String)`, nullable.
    pub threat_detection_methods: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `threats`: `Collection(Edm.String)`, nullable.
    pub threats: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `urlCount`: `Edm.Int64`, nullable.
    pub url_count: rt::Field<i64>,
    /// CSDL: property `urls`: `Collection(Edm.String)`, nullable.
    pub urls: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `urn`: `Edm.String`, nullable.
    pub urn: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnalyzedMessageEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            created_date_time: rt::Field::Absent,
            detailed_roles: rt::Field::Absent,
            remediation_status: rt::Field::Absent,
            remediation_status_details: rt::Field::Absent,
            roles: rt::Field::Absent,
            tags: rt::Field::Absent,
            verdict: rt::Field::Absent,
            anti_spam_direction: rt::Field::Absent,
            attachments_count: rt::Field::Absent,
            delivery_action: rt::Field::Absent,
            delivery_location: rt::Field::Absent,
            internet_message_id: rt::Field::Absent,
            language: rt::Field::Absent,
            network_message_id: rt::Field::Absent,
            p1_sender: rt::Field::Absent,
            p2_sender: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            recipient_email_address: rt::Field::Absent,
            sender_ip: rt::Field::Absent,
            subject: rt::Field::Absent,
            threat_detection_methods: rt::Field::Absent,
            threats: rt::Field::Absent,
            url_count: rt::Field::Absent,
            urls: rt::Field::Absent,
            urn: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AnalyzedMessageEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.analyzedMessageEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "antiSpamDirection",
        "attachmentsCount",
        "deliveryAction",
        "deliveryLocation",
        "internetMessageId",
        "language",
        "networkMessageId",
        "p1Sender",
        "p2Sender",
        "receivedDateTime",
        "recipientEmailAddress",
        "senderIp",
        "subject",
        "threatDetectionMethods",
        "threats",
        "urlCount",
        "urls",
        "urn",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"antiSpamDirection\":            ",
        ",\"attachmentsCount\":             ",
        ",\"deliveryAction\":               ",
        ",\"deliveryLocation\":             ",
        ",\"internetMessageId\":            ",
        ",\"language\":                     ",
        ",\"networkMessageId\":             ",
        ",\"p1Sender\":                     ",
        ",\"p2Sender\":                     ",
        ",\"receivedDateTime\":             ",
        ",\"recipientEmailAddress\":        ",
        ",\"senderIp\":                     ",
        ",\"subject\":                      ",
        ",\"threatDetectionMethods\":       ",
        ",\"threats\":                      ",
        ",\"urlCount\":                     ",
        ",\"urls\":                         ",
        ",\"urn\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.analyzedMessageEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "anti_spam_direction", &self.anti_spam_direction);
        v.field(8usize, "attachments_count", &self.attachments_count);
        v.field(9usize, "delivery_action", &self.delivery_action);
        v.field(10usize, "delivery_location", &self.delivery_location);
        v.field(11usize, "internet_message_id", &self.internet_message_id);
        v.field(12usize, "language", &self.language);
        v.field(13usize, "network_message_id", &self.network_message_id);
        v.field(14usize, "p1_sender", &self.p1_sender);
        v.field(15usize, "p2_sender", &self.p2_sender);
        v.field(16usize, "received_date_time", &self.received_date_time);
        v.field(17usize, "recipient_email_address", &self.recipient_email_address);
        v.field(18usize, "sender_ip", &self.sender_ip);
        v.field(19usize, "subject", &self.subject);
        v.field(20usize, "threat_detection_methods", &self.threat_detection_methods);
        v.field(21usize, "threats", &self.threats);
        v.field(22usize, "url_count", &self.url_count);
        v.field(23usize, "urls", &self.urls);
        v.field(24usize, "urn", &self.urn);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AnalyzedMessageEvidence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.created_date_time.read_from(r),
            1usize => self.detailed_roles.read_from(r),
            2usize => self.remediation_status.read_from(r),
            3usize => self.remediation_status_details.read_from(r),
            4usize => self.roles.read_from(r),
            5usize => self.tags.read_from(r),
            6usize => self.verdict.read_from(r),
            7usize => self.anti_spam_direction.read_from(r),
            8usize => self.attachments_count.read_from(r),
            9usize => self.delivery_action.read_from(r),
            10usize => self.delivery_location.read_from(r),
            11usize => self.internet_message_id.read_from(r),
            12usize => self.language.read_from(r),
            13usize => self.network_message_id.read_from(r),
            14usize => self.p1_sender.read_from(r),
            15usize => self.p2_sender.read_from(r),
            16usize => self.received_date_time.read_from(r),
            17usize => self.recipient_email_address.read_from(r),
            18usize => self.sender_ip.read_from(r),
            19usize => self.subject.read_from(r),
            20usize => self.threat_detection_methods.read_from(r),
            21usize => self.threats.read_from(r),
            22usize => self.url_count.read_from(r),
            23usize => self.urls.read_from(r),
            24usize => self.urn.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.created_date_time);
        w.field(1usize, &self.detailed_roles);
        w.field(2usize, &self.remediation_status);
        w.field(3usize, &self.remediation_status_details);
        w.field(4usize, &self.roles);
        w.field(5usize, &self.tags);
        w.field(6usize, &self.verdict);
        w.field(7usize, &self.anti_spam_direction);
        w.field(8usize, &self.attachments_count);
        w.field(9usize, &self.delivery_action);
        w.field(10usize, &self.delivery_location);
        w.field(11usize, &self.internet_message_id);
        w.field(12usize, &self.language);
        w.field(13usize, &self.network_message_id);
        w.field(14usize, &self.p1_sender);
        w.field(15usize, &self.p2_sender);
        w.field(16usize, &self.received_date_time);
        w.field(17usize, &self.recipient_email_address);
        w.field(18usize, &self.sender_ip);
        w.field(19usize, &self.subject);
        w.field(20usize, &self.threat_detection_methods);
        w.field(21usize, &self.threats);
        w.field(22usize, &self.url_count);
        w.field(23usize, &self.urls);
        w.field(24usize, &self.urn);
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
rt::impl_object!(AnalyzedMessageEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AnalyzedMessageEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_anti_spam_direction anti_spam_direction :
    ::std::string::String; with_attachments_count attachments_count : i64;
    with_delivery_action delivery_action : ::std::string::String; with_delivery_location
    delivery_location : ::std::string::String; with_internet_message_id
    internet_message_id : ::std::string::String; with_language language :
    ::std::string::String; with_network_message_id network_message_id :
    ::std::string::String; with_p1_sender p1_sender : crate ::v1::security::EmailSender;
    with_p2_sender p2_sender : crate ::v1::security::EmailSender; with_received_date_time
    received_date_time : rt::edm::DateTimeOffset; with_recipient_email_address
    recipient_email_address : ::std::string::String; with_sender_ip sender_ip :
    ::std::string::String; with_subject subject : ::std::string::String;
    with_threat_detection_methods threat_detection_methods : ::std::vec::Vec <
    ::std::string::String >; with_threats threats : ::std::vec::Vec <
    ::std::string::String >; with_url_count url_count : i64; with_urls urls :
    ::std::vec::Vec < ::std::string::String >; with_urn urn : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnalyzedMessageEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.antispamDirectionality`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AntispamDirectionality {
    /// `unknown` (value 0).
    Unknown,
    /// `inbound` (value 1).
    Inbound,
    /// `outbound` (value 2).
    Outbound,
    /// `intraOrg` (value 3).
    IntraOrg,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AntispamDirectionality {
    const TYPE_NAME: &'static str = "microsoft.graph.security.antispamDirectionality";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inbound",
        "outbound",
        "intraOrg",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
                "intraOrg" => Self::IntraOrg,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::IntraOrg => "intraOrg",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AntispamDirectionality);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AntispamDirectionality);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.antispamTeamsDirection`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AntispamTeamsDirection {
    /// `unknown` (value 0).
    Unknown,
    /// `inbound` (value 1).
    Inbound,
    /// `outbound` (value 2).
    Outbound,
    /// `intraorg` (value 3).
    Intraorg,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for AntispamTeamsDirection {
    const TYPE_NAME: &'static str = "microsoft.graph.security.antispamTeamsDirection";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "inbound",
        "outbound",
        "intraorg",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "inbound" => Self::Inbound,
                "outbound" => Self::Outbound,
                "intraorg" => Self::Intraorg,
                "unknownFutureValue" => Self::UnknownFutureValue,
                _ => return ::std::option::Option::None,
            },
        )
    }
    #[inline]
    fn unrecognized(s: ::std::string::String) -> Self {
        Self::Unrecognized(s)
    }
    #[inline]
    fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Inbound => "inbound",
            Self::Outbound => "outbound",
            Self::Intraorg => "intraorg",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(AntispamTeamsDirection);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AntispamTeamsDirection);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.article`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ArticlePath`](../requests/security/trait.ArticlePath.html), what a path to one (`EntityPath<Article, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Article {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `body`: `microsoft.graph.security.formattedContent`, not nullable.
    pub body: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `imageUrl`: `Edm.String`, nullable.
    pub image_url: rt::Field<::std::string::String>,
    /// CSDL: property `isFeatured`: `Edm.Boolean`, not nullable.
    pub is_featured: rt::Field<bool>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `summary`: `microsoft.graph.security.formattedContent`, not nullable.
    pub summary: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `title`: `Edm.String`, not nullable.
    pub title: rt::Field<::std::string::String>,
    /// CSDL: navigation property `indicators`: `Collection(microsoft.graph.security.articleIndicator)`, not nullable.
    pub indicators: rt::Field<::std::vec::Vec<crate::v1::security::ArticleIndicator>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Article {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            body: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            image_url: rt::Field::Absent,
            is_featured: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            summary: rt::Field::Absent,
            tags: rt::Field::Absent,
            title: rt::Field::Absent,
            indicators: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Article {
    const TYPE_NAME: &'static str = "microsoft.graph.security.article";
    const KEYS: &'static [&'static str] = &[
        "id",
        "body",
        "createdDateTime",
        "imageUrl",
        "isFeatured",
        "lastUpdatedDateTime",
        "summary",
        "tags",
        "title",
        "indicators",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"body\":                         ",
        ",\"createdDateTime\":              ",
        ",\"imageUrl\":                     ",
        ",\"isFeatured\":                   ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"summary\":                      ",
        ",\"tags\":                         ",
        ",\"title\":                        ",
        ",\"indicators\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.article\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "body", &self.body);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "image_url", &self.image_url);
        v.field(4usize, "is_featured", &self.is_featured);
        v.field(5usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(6usize, "summary", &self.summary);
        v.field(7usize, "tags", &self.tags);
        v.field(8usize, "title", &self.title);
        v.field(9usize, "indicators", &self.indicators);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Article {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.body.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.image_url.read_from(r),
            4usize => self.is_featured.read_from(r),
            5usize => self.last_updated_date_time.read_from(r),
            6usize => self.summary.read_from(r),
            7usize => self.tags.read_from(r),
            8usize => self.title.read_from(r),
            9usize => self.indicators.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.body);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.image_url);
        w.field(4usize, &self.is_featured);
        w.field(5usize, &self.last_updated_date_time);
        w.field(6usize, &self.summary);
        w.field(7usize, &self.tags);
        w.field(8usize, &self.title);
        w.field(9usize, &self.indicators);
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
rt::impl_object!(Article);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Article { with_id id : ::std::string::String; with_body body : crate
    ::v1::security::FormattedContent; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_image_url image_url : ::std::string::String;
    with_is_featured is_featured : bool; with_last_updated_date_time
    last_updated_date_time : rt::edm::DateTimeOffset; with_summary summary : crate
    ::v1::security::FormattedContent; with_tags tags : ::std::vec::Vec <
    ::std::string::String >; with_title title : ::std::string::String; with_indicators
    indicators : ::std::vec::Vec < crate ::v1::security::ArticleIndicator >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Article);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.articleIndicator`, entity type, derived from `microsoft.graph.security.indicator`, key `id`.
///
/// Request builders: [`IndicatorPath`](../requests/security/trait.IndicatorPath.html), what a path to one (`EntityPath<ArticleIndicator, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ArticleIndicator {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `source`: `microsoft.graph.security.indicatorSource`, not nullable.
    pub source: rt::Field<crate::v1::security::IndicatorSource>,
    /// CSDL: navigation property `artifact`: `microsoft.graph.security.artifact`, not nullable.
    pub artifact: rt::Field<crate::v1::security::AnyArtifact>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ArticleIndicator {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            source: rt::Field::Absent,
            artifact: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ArticleIndicator {
    const TYPE_NAME: &'static str = "microsoft.graph.security.articleIndicator";
    const KEYS: &'static [&'static str] = &["id", "source", "artifact"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"source\":                       ",
        ",\"artifact\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.articleIndicator\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "source", &self.source);
        v.field(2usize, "artifact", &self.artifact);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ArticleIndicator {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.source.read_from(r),
            2usize => self.artifact.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.source);
        w.field(2usize, &self.artifact);
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
rt::impl_object!(ArticleIndicator);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ArticleIndicator { with_id id : ::std::string::String; with_source source : crate
    ::v1::security::IndicatorSource; with_artifact artifact : crate
    ::v1::security::AnyArtifact; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ArticleIndicator);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.artifact`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Artifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Artifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Artifact {
    const TYPE_NAME: &'static str = "microsoft.graph.security.artifact";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.security.artifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Artifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
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
rt::impl_object!(Artifact);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(Artifact { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Artifact);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.security.artifact` or any type derived from it, selected by `@odata.type` (11 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyArtifact {
    Artifact(::std::boxed::Box<crate::v1::security::Artifact>),
    Host(::std::boxed::Box<crate::v1::security::Host>),
    HostComponent(::std::boxed::Box<crate::v1::security::HostComponent>),
    HostCookie(::std::boxed::Box<crate::v1::security::HostCookie>),
    HostSslCertificate(::std::boxed::Box<crate::v1::security::HostSslCertificate>),
    HostTracker(::std::boxed::Box<crate::v1::security::HostTracker>),
    Hostname(::std::boxed::Box<crate::v1::security::Hostname>),
    IpAddress(::std::boxed::Box<crate::v1::security::IpAddress>),
    PassiveDnsRecord(::std::boxed::Box<crate::v1::security::PassiveDnsRecord>),
    SslCertificate(::std::boxed::Box<crate::v1::security::SslCertificate>),
    #[cfg(msgraph_v1_search)]
    UnclassifiedArtifact(::std::boxed::Box<crate::v1::security::UnclassifiedArtifact>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyArtifact {
    #[inline]
    fn default() -> Self {
        Self::Artifact(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Artifact> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::Artifact) -> Self {
        Self::Artifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Host> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::Host) -> Self {
        Self::Host(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostComponent> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::HostComponent) -> Self {
        Self::HostComponent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostCookie> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::HostCookie) -> Self {
        Self::HostCookie(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostSslCertificate> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::HostSslCertificate) -> Self {
        Self::HostSslCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::HostTracker> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::HostTracker) -> Self {
        Self::HostTracker(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::Hostname> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::Hostname) -> Self {
        Self::Hostname(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::IpAddress> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::IpAddress) -> Self {
        Self::IpAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::PassiveDnsRecord> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::PassiveDnsRecord) -> Self {
        Self::PassiveDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::SslCertificate> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::SslCertificate) -> Self {
        Self::SslCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::UnclassifiedArtifact> for AnyArtifact {
    #[inline]
    fn from(v: crate::v1::security::UnclassifiedArtifact) -> Self {
        Self::UnclassifiedArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyArtifact {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyArtifact {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyArtifact {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyArtifact {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyArtifact {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::security::Artifact>();
    rt::object::auto_traits::<crate::v1::security::Host>();
    rt::object::auto_traits::<crate::v1::security::HostComponent>();
    rt::object::auto_traits::<crate::v1::security::HostCookie>();
    rt::object::auto_traits::<crate::v1::security::HostSslCertificate>();
    rt::object::auto_traits::<crate::v1::security::HostTracker>();
    rt::object::auto_traits::<crate::v1::security::Hostname>();
    rt::object::auto_traits::<crate::v1::security::IpAddress>();
    rt::object::auto_traits::<crate::v1::security::PassiveDnsRecord>();
    rt::object::auto_traits::<crate::v1::security::SslCertificate>();
    #[cfg(msgraph_v1_search)]
    rt::object::auto_traits::<crate::v1::security::UnclassifiedArtifact>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyArtifact {
    const BASE_NAME: &'static str = "microsoft.graph.security.artifact";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.security.host") => {
                Self::Host(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.hostComponent") => {
                Self::HostComponent(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.hostCookie") => {
                Self::HostCookie(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.security.hostSslCertificate",
            ) => Self::HostSslCertificate(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.hostTracker") => {
                Self::HostTracker(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.hostname") => {
                Self::Hostname(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.ipAddress") => {
                Self::IpAddress(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.passiveDnsRecord") => {
                Self::PassiveDnsRecord(rt::object::new_boxed())
            }
            ::std::option::Option::Some("microsoft.graph.security.sslCertificate") => {
                Self::SslCertificate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.security.unclassifiedArtifact",
            ) => Self::UnclassifiedArtifact(rt::object::new_boxed()),
            _ => Self::Artifact(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Artifact(v) => &**v,
            Self::Host(v) => &**v,
            Self::HostComponent(v) => &**v,
            Self::HostCookie(v) => &**v,
            Self::HostSslCertificate(v) => &**v,
            Self::HostTracker(v) => &**v,
            Self::Hostname(v) => &**v,
            Self::IpAddress(v) => &**v,
            Self::PassiveDnsRecord(v) => &**v,
            Self::SslCertificate(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Artifact(v) => &mut **v,
            Self::Host(v) => &mut **v,
            Self::HostComponent(v) => &mut **v,
            Self::HostCookie(v) => &mut **v,
            Self::HostSslCertificate(v) => &mut **v,
            Self::HostTracker(v) => &mut **v,
            Self::Hostname(v) => &mut **v,
            Self::IpAddress(v) => &mut **v,
            Self::PassiveDnsRecord(v) => &mut **v,
            Self::SslCertificate(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyArtifact {
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
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Artifact(v) => &v.id,
            Self::Host(v) => &v.id,
            Self::HostComponent(v) => &v.id,
            Self::HostCookie(v) => &v.id,
            Self::HostSslCertificate(v) => &v.id,
            Self::HostTracker(v) => &v.id,
            Self::Hostname(v) => &v.id,
            Self::IpAddress(v) => &v.id,
            Self::PassiveDnsRecord(v) => &v.id,
            Self::SslCertificate(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Artifact(v) => &mut v.id,
            Self::Host(v) => &mut v.id,
            Self::HostComponent(v) => &mut v.id,
            Self::HostCookie(v) => &mut v.id,
            Self::HostSslCertificate(v) => &mut v.id,
            Self::HostTracker(v) => &mut v.id,
            Self::Hostname(v) => &mut v.id,
            Self::IpAddress(v) => &mut v.id,
            Self::PassiveDnsRecord(v) => &mut v.id,
            Self::SslCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyArtifact);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyArtifact);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Attack Sim Admin events.
///
/// CSDL: `microsoft.graph.security.attackSimAdminAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AttackSimAdminAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AttackSimAdminAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AttackSimAdminAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.attackSimAdminAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.attackSimAdminAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AttackSimAdminAuditRecord {
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
rt::impl_object!(AttackSimAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AttackSimAdminAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Attack Sim events.
///
/// CSDL: `microsoft.graph.security.attackSimAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AttackSimAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AttackSimAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AttackSimAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.attackSimAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.attackSimAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AttackSimAuditRecord {
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
rt::impl_object!(AttackSimAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AttackSimAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AttackSimAuditRecord);
