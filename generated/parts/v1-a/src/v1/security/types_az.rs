//! Types of `microsoft.graph.security` by the first letters of their names (`az`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azfw Application Rule Aggregation Event events.
///
/// CSDL: `microsoft.graph.security.azfwApplicationRuleAggregationEventRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzfwApplicationRuleAggregationEventRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzfwApplicationRuleAggregationEventRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzfwApplicationRuleAggregationEventRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azfwApplicationRuleAggregationEventRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azfwApplicationRuleAggregationEventRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzfwApplicationRuleAggregationEventRecord {
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
rt::impl_object!(AzfwApplicationRuleAggregationEventRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzfwApplicationRuleAggregationEventRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzfwApplicationRuleAggregationEventRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azfw Dns Query Event events.
///
/// CSDL: `microsoft.graph.security.azfwDnsQueryEventRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzfwDnsQueryEventRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzfwDnsQueryEventRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzfwDnsQueryEventRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azfwDnsQueryEventRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azfwDnsQueryEventRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzfwDnsQueryEventRecord {
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
rt::impl_object!(AzfwDnsQueryEventRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzfwDnsQueryEventRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzfwDnsQueryEventRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azfw Network Rule Event events.
///
/// CSDL: `microsoft.graph.security.azfwNetworkRuleEventRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzfwNetworkRuleEventRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzfwNetworkRuleEventRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzfwNetworkRuleEventRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azfwNetworkRuleEventRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azfwNetworkRuleEventRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzfwNetworkRuleEventRecord {
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
rt::impl_object!(AzfwNetworkRuleEventRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzfwNetworkRuleEventRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzfwNetworkRuleEventRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azure AI Search Audit events.
///
/// CSDL: `microsoft.graph.security.azureAISearchAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzureAiSearchAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzureAiSearchAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzureAiSearchAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azureAISearchAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azureAISearchAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzureAiSearchAuditRecord {
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
rt::impl_object!(AzureAiSearchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzureAiSearchAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureAiSearchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azure Active Directory Account Logon events.
///
/// CSDL: `microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzureActiveDirectoryAccountLogonAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzureActiveDirectoryAccountLogonAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzureActiveDirectoryAccountLogonAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azureActiveDirectoryAccountLogonAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzureActiveDirectoryAccountLogonAuditRecord {
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
rt::impl_object!(AzureActiveDirectoryAccountLogonAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzureActiveDirectoryAccountLogonAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureActiveDirectoryAccountLogonAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azure Active Directory events.
///
/// CSDL: `microsoft.graph.security.azureActiveDirectoryAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzureActiveDirectoryAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzureActiveDirectoryAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzureActiveDirectoryAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azureActiveDirectoryAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azureActiveDirectoryAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzureActiveDirectoryAuditRecord {
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
rt::impl_object!(AzureActiveDirectoryAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzureActiveDirectoryAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureActiveDirectoryAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Azure Active Directory STS Logon events.
///
/// CSDL: `microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzureActiveDirectoryStsLogonAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzureActiveDirectoryStsLogonAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzureActiveDirectoryStsLogonAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.azureActiveDirectoryStsLogonAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzureActiveDirectoryStsLogonAuditRecord {
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
rt::impl_object!(AzureActiveDirectoryStsLogonAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzureActiveDirectoryStsLogonAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureActiveDirectoryStsLogonAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.azureResourceEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct AzureResourceEvidence {
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
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceName`: `Edm.String`, nullable.
    pub resource_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceType`: `Edm.String`, nullable.
    pub resource_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AzureResourceEvidence {
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
            resource_id: rt::Field::Absent,
            resource_name: rt::Field::Absent,
            resource_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for AzureResourceEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.azureResourceEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "resourceId",
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
        ",\"resourceId\":                   ",
        ",\"resourceName\":                 ",
        ",\"resourceType\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.azureResourceEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "resource_id", &self.resource_id);
        v.field(8usize, "resource_name", &self.resource_name);
        v.field(9usize, "resource_type", &self.resource_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for AzureResourceEvidence {
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
            7usize => self.resource_id.read_from(r),
            8usize => self.resource_name.read_from(r),
            9usize => self.resource_type.read_from(r),
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
        w.field(7usize, &self.resource_id);
        w.field(8usize, &self.resource_name);
        w.field(9usize, &self.resource_type);
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
rt::impl_object!(AzureResourceEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    AzureResourceEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_resource_id resource_id :
    ::std::string::String; with_resource_name resource_name : ::std::string::String;
    with_resource_type resource_type : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AzureResourceEvidence);
