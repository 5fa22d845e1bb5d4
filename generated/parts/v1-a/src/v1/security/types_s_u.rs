//! Types of `microsoft.graph.security` by the first letters of their names (`s_u`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.sasTokenEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SasTokenEvidence {
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
    /// CSDL: property `allowedIpAddresses`: `Edm.String`, nullable.
    pub allowed_ip_addresses: rt::Field<::std::string::String>,
    /// CSDL: property `allowedResourceTypes`: `Collection(Edm.String)`, nullable.
    pub allowed_resource_types: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `allowedServices`: `Collection(Edm.String)`, nullable.
    pub allowed_services: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `expiryDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `permissions`: `Collection(Edm.String)`, nullable.
    pub permissions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `protocol`: `Edm.String`, nullable.
    pub protocol: rt::Field<::std::string::String>,
    /// CSDL: property `signatureHash`: `Edm.String`, nullable.
    pub signature_hash: rt::Field<::std::string::String>,
    /// CSDL: property `signedWith`: `Edm.String`, nullable.
    pub signed_with: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `storageResource`: `microsoft.graph.security.azureResourceEvidence`, nullable.
    pub storage_resource: rt::Field<crate::v1::security::AzureResourceEvidence>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SasTokenEvidence {
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
            allowed_ip_addresses: rt::Field::Absent,
            allowed_resource_types: rt::Field::Absent,
            allowed_services: rt::Field::Absent,
            expiry_date_time: rt::Field::Absent,
            permissions: rt::Field::Absent,
            protocol: rt::Field::Absent,
            signature_hash: rt::Field::Absent,
            signed_with: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            storage_resource: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SasTokenEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sasTokenEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "allowedIpAddresses",
        "allowedResourceTypes",
        "allowedServices",
        "expiryDateTime",
        "permissions",
        "protocol",
        "signatureHash",
        "signedWith",
        "startDateTime",
        "storageResource",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"allowedIpAddresses\":           ",
        ",\"allowedResourceTypes\":         ",
        ",\"allowedServices\":              ",
        ",\"expiryDateTime\":               ",
        ",\"permissions\":                  ",
        ",\"protocol\":                     ",
        ",\"signatureHash\":                ",
        ",\"signedWith\":                   ",
        ",\"startDateTime\":                ",
        ",\"storageResource\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.sasTokenEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "allowed_ip_addresses", &self.allowed_ip_addresses);
        v.field(8usize, "allowed_resource_types", &self.allowed_resource_types);
        v.field(9usize, "allowed_services", &self.allowed_services);
        v.field(10usize, "expiry_date_time", &self.expiry_date_time);
        v.field(11usize, "permissions", &self.permissions);
        v.field(12usize, "protocol", &self.protocol);
        v.field(13usize, "signature_hash", &self.signature_hash);
        v.field(14usize, "signed_with", &self.signed_with);
        v.field(15usize, "start_date_time", &self.start_date_time);
        v.field(16usize, "storage_resource", &self.storage_resource);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SasTokenEvidence {
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
            7usize => self.allowed_ip_addresses.read_from(r),
            8usize => self.allowed_resource_types.read_from(r),
            9usize => self.allowed_services.read_from(r),
            10usize => self.expiry_date_time.read_from(r),
            11usize => self.permissions.read_from(r),
            12usize => self.protocol.read_from(r),
            13usize => self.signature_hash.read_from(r),
            14usize => self.signed_with.read_from(r),
            15usize => self.start_date_time.read_from(r),
            16usize => self.storage_resource.read_from(r),
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
        w.field(7usize, &self.allowed_ip_addresses);
        w.field(8usize, &self.allowed_resource_types);
        w.field(9usize, &self.allowed_services);
        w.field(10usize, &self.expiry_date_time);
        w.field(11usize, &self.permissions);
        w.field(12usize, &self.protocol);
        w.field(13usize, &self.signature_hash);
        w.field(14usize, &self.signed_with);
        w.field(15usize, &self.start_date_time);
        w.field(16usize, &self.storage_resource);
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
rt::impl_object!(SasTokenEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SasTokenEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_allowed_ip_addresses allowed_ip_addresses :
    ::std::string::String; with_allowed_resource_types allowed_resource_types :
    ::std::vec::Vec < ::std::string::String >; with_allowed_services allowed_services :
    ::std::vec::Vec < ::std::string::String >; with_expiry_date_time expiry_date_time :
    rt::edm::DateTimeOffset; with_permissions permissions : ::std::vec::Vec <
    ::std::string::String >; with_protocol protocol : ::std::string::String;
    with_signature_hash signature_hash : ::std::string::String; with_signed_with
    signed_with : ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_storage_resource storage_resource : crate
    ::v1::security::AzureResourceEvidence; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SasTokenEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SBP Configuration Event events.
///
/// CSDL: `microsoft.graph.security.sbpConfigurationEventRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SbpConfigurationEventRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SbpConfigurationEventRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SbpConfigurationEventRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sbpConfigurationEventRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sbpConfigurationEventRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SbpConfigurationEventRecord {
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
rt::impl_object!(SbpConfigurationEventRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SbpConfigurationEventRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SbpConfigurationEventRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SBP Usage Event events.
///
/// CSDL: `microsoft.graph.security.sbpUsageEventRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SbpUsageEventRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SbpUsageEventRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SbpUsageEventRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sbpUsageEventRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sbpUsageEventRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SbpUsageEventRecord {
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
rt::impl_object!(SbpUsageEventRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SbpUsageEventRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SbpUsageEventRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Secure Score evidence events.
///
/// CSDL: `microsoft.graph.security.scoreEvidence`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ScoreEvidence {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ScoreEvidence {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ScoreEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.scoreEvidence";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.scoreEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ScoreEvidence {
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
rt::impl_object!(ScoreEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ScoreEvidence { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScoreEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Score Platform Generic events.
///
/// CSDL: `microsoft.graph.security.scorePlatformGenericAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ScorePlatformGenericAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ScorePlatformGenericAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ScorePlatformGenericAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.scorePlatformGenericAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.scorePlatformGenericAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ScorePlatformGenericAuditRecord {
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
rt::impl_object!(ScorePlatformGenericAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ScorePlatformGenericAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScorePlatformGenericAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Script Run events.
///
/// CSDL: `microsoft.graph.security.scriptRunAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ScriptRunAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ScriptRunAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ScriptRunAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.scriptRunAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.scriptRunAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ScriptRunAuditRecord {
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
rt::impl_object!(ScriptRunAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ScriptRunAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ScriptRunAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for search events.
///
/// CSDL: `microsoft.graph.security.searchAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SearchAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SearchAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SearchAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.searchAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.searchAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SearchAuditRecord {
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
rt::impl_object!(SearchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SearchAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SearchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Compliance Alert events.
///
/// CSDL: `microsoft.graph.security.securityComplianceAlertRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityComplianceAlertRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityComplianceAlertRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityComplianceAlertRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityComplianceAlertRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityComplianceAlertRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityComplianceAlertRecord {
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
rt::impl_object!(SecurityComplianceAlertRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityComplianceAlertRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityComplianceAlertRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Compliance Center EOP cmdlet events.
///
/// CSDL: `microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityComplianceCenterEopCmdletAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityComplianceCenterEopCmdletAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityComplianceCenterEopCmdletAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityComplianceCenterEOPCmdletAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityComplianceCenterEopCmdletAuditRecord {
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
rt::impl_object!(SecurityComplianceCenterEopCmdletAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityComplianceCenterEopCmdletAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityComplianceCenterEopCmdletAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Compliance Insights events.
///
/// CSDL: `microsoft.graph.security.securityComplianceInsightsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityComplianceInsightsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityComplianceInsightsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityComplianceInsightsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityComplianceInsightsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityComplianceInsightsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityComplianceInsightsAuditRecord {
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
rt::impl_object!(SecurityComplianceInsightsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityComplianceInsightsAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityComplianceInsightsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Compliance RBAC events.
///
/// CSDL: `microsoft.graph.security.securityComplianceRBACAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityComplianceRbacAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityComplianceRbacAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityComplianceRbacAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityComplianceRBACAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityComplianceRBACAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityComplianceRbacAuditRecord {
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
rt::impl_object!(SecurityComplianceRbacAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityComplianceRbacAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityComplianceRbacAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Compliance User Change events.
///
/// CSDL: `microsoft.graph.security.securityComplianceUserChangeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityComplianceUserChangeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityComplianceUserChangeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityComplianceUserChangeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityComplianceUserChangeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityComplianceUserChangeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityComplianceUserChangeAuditRecord {
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
rt::impl_object!(SecurityComplianceUserChangeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityComplianceUserChangeAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityComplianceUserChangeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Copilot Identity Management events.
///
/// CSDL: `microsoft.graph.security.securityCopilotIdentityManagementAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityCopilotIdentityManagementAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityCopilotIdentityManagementAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityCopilotIdentityManagementAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityCopilotIdentityManagementAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityCopilotIdentityManagementAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityCopilotIdentityManagementAuditRecord {
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
rt::impl_object!(SecurityCopilotIdentityManagementAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityCopilotIdentityManagementAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityCopilotIdentityManagementAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Security Development Lifecycle AI Log events.
///
/// CSDL: `microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityDevelopmentLifecycleAiLogAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityDevelopmentLifecycleAiLogAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityDevelopmentLifecycleAiLogAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.securityDevelopmentLifecycleAILogAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityDevelopmentLifecycleAiLogAuditRecord {
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
rt::impl_object!(SecurityDevelopmentLifecycleAiLogAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityDevelopmentLifecycleAiLogAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityDevelopmentLifecycleAiLogAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.securityGroupEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SecurityGroupEvidence {
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
    /// CSDL: property `activeDirectoryObjectGuid`: `Edm.Guid`, nullable.
    pub active_directory_object_guid: rt::Field<rt::edm::Guid>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `distinguishedName`: `Edm.String`, nullable.
    pub distinguished_name: rt::Field<::std::string::String>,
    /// CSDL: property `friendlyName`: `Edm.String`, nullable.
    pub friendly_name: rt::Field<::std::string::String>,
    /// CSDL: property `securityGroupId`: `Edm.String`, nullable.
    pub security_group_id: rt::Field<::std::string::String>,
    /// CSDL: property `sid`: `Edm.String`, nullable.
    pub sid: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SecurityGroupEvidence {
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
            active_directory_object_guid: rt::Field::Absent,
            display_name: rt::Field::Absent,
            distinguished_name: rt::Field::Absent,
            friendly_name: rt::Field::Absent,
            security_group_id: rt::Field::Absent,
            sid: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SecurityGroupEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.securityGroupEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "activeDirectoryObjectGuid",
        "displayName",
        "distinguishedName",
        "friendlyName",
        "securityGroupId",
        "sid",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"activeDirectoryObjectGuid\":    ",
        ",\"displayName\":                  ",
        ",\"distinguishedName\":            ",
        ",\"friendlyName\":                 ",
        ",\"securityGroupId\":              ",
        ",\"sid\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.securityGroupEvidence\"";
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
            "active_directory_object_guid",
            &self.active_directory_object_guid,
        );
        v.field(8usize, "display_name", &self.display_name);
        v.field(9usize, "distinguished_name", &self.distinguished_name);
        v.field(10usize, "friendly_name", &self.friendly_name);
        v.field(11usize, "security_group_id", &self.security_group_id);
        v.field(12usize, "sid", &self.sid);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SecurityGroupEvidence {
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
            7usize => self.active_directory_object_guid.read_from(r),
            8usize => self.display_name.read_from(r),
            9usize => self.distinguished_name.read_from(r),
            10usize => self.friendly_name.read_from(r),
            11usize => self.security_group_id.read_from(r),
            12usize => self.sid.read_from(r),
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
        w.field(7usize, &self.active_directory_object_guid);
        w.field(8usize, &self.display_name);
        w.field(9usize, &self.distinguished_name);
        w.field(10usize, &self.friendly_name);
        w.field(11usize, &self.security_group_id);
        w.field(12usize, &self.sid);
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
rt::impl_object!(SecurityGroupEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SecurityGroupEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_active_directory_object_guid
    active_directory_object_guid : rt::edm::Guid; with_display_name display_name :
    ::std::string::String; with_distinguished_name distinguished_name :
    ::std::string::String; with_friendly_name friendly_name : ::std::string::String;
    with_security_group_id security_group_id : ::std::string::String; with_sid sid :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SecurityGroupEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sensitive Info Remediation Agent events.
///
/// CSDL: `microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SensitiveInfoRemediationAgentDataRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SensitiveInfoRemediationAgentDataRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SensitiveInfoRemediationAgentDataRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sensitiveInfoRemediationAgentDataRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SensitiveInfoRemediationAgentDataRecord {
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
rt::impl_object!(SensitiveInfoRemediationAgentDataRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SensitiveInfoRemediationAgentDataRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitiveInfoRemediationAgentDataRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sensitivity Label Action events.
///
/// CSDL: `microsoft.graph.security.sensitivityLabelActionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SensitivityLabelActionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SensitivityLabelActionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SensitivityLabelActionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sensitivityLabelActionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sensitivityLabelActionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SensitivityLabelActionAuditRecord {
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
rt::impl_object!(SensitivityLabelActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SensitivityLabelActionAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sensitivity Label Policy Match events.
///
/// CSDL: `microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SensitivityLabelPolicyMatchAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SensitivityLabelPolicyMatchAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SensitivityLabelPolicyMatchAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sensitivityLabelPolicyMatchAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SensitivityLabelPolicyMatchAuditRecord {
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
rt::impl_object!(SensitivityLabelPolicyMatchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SensitivityLabelPolicyMatchAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabelPolicyMatchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sensitivity Labeled File Action events.
///
/// CSDL: `microsoft.graph.security.sensitivityLabeledFileActionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SensitivityLabeledFileActionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SensitivityLabeledFileActionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SensitivityLabeledFileActionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sensitivityLabeledFileActionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sensitivityLabeledFileActionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SensitivityLabeledFileActionAuditRecord {
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
rt::impl_object!(SensitivityLabeledFileActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SensitivityLabeledFileActionAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SensitivityLabeledFileActionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel AI Tool events.
///
/// CSDL: `microsoft.graph.security.sentinelAIToolAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelAiToolAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelAiToolAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelAiToolAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelAIToolAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelAIToolAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelAiToolAuditRecord {
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
rt::impl_object!(SentinelAiToolAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelAiToolAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelAiToolAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Graph events.
///
/// CSDL: `microsoft.graph.security.sentinelGraphAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelGraphAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelGraphAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelGraphAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelGraphAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelGraphAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelGraphAuditRecord {
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
rt::impl_object!(SentinelGraphAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelGraphAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelGraphAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Job events.
///
/// CSDL: `microsoft.graph.security.sentinelJobAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelJobAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelJobAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelJobAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelJobAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelJobAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelJobAuditRecord {
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
rt::impl_object!(SentinelJobAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelJobAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelJobAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel KQL On Lake events.
///
/// CSDL: `microsoft.graph.security.sentinelKQLOnLakeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelKqlOnLakeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelKqlOnLakeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelKqlOnLakeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelKQLOnLakeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelKQLOnLakeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelKqlOnLakeAuditRecord {
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
rt::impl_object!(SentinelKqlOnLakeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelKqlOnLakeAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelKqlOnLakeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Lake Data Onboarding events.
///
/// CSDL: `microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelLakeDataOnboardingAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelLakeDataOnboardingAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelLakeDataOnboardingAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelLakeDataOnboardingAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelLakeDataOnboardingAuditRecord {
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
rt::impl_object!(SentinelLakeDataOnboardingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelLakeDataOnboardingAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelLakeDataOnboardingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Lake Encryption events.
///
/// CSDL: `microsoft.graph.security.sentinelLakeEncryptionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelLakeEncryptionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelLakeEncryptionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelLakeEncryptionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelLakeEncryptionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelLakeEncryptionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelLakeEncryptionAuditRecord {
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
rt::impl_object!(SentinelLakeEncryptionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelLakeEncryptionAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelLakeEncryptionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Lake Onboarding events.
///
/// CSDL: `microsoft.graph.security.sentinelLakeOnboardingAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelLakeOnboardingAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelLakeOnboardingAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelLakeOnboardingAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelLakeOnboardingAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelLakeOnboardingAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelLakeOnboardingAuditRecord {
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
rt::impl_object!(SentinelLakeOnboardingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelLakeOnboardingAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelLakeOnboardingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Notebook On Lake events.
///
/// CSDL: `microsoft.graph.security.sentinelNotebookOnLakeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelNotebookOnLakeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelNotebookOnLakeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelNotebookOnLakeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelNotebookOnLakeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelNotebookOnLakeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelNotebookOnLakeAuditRecord {
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
rt::impl_object!(SentinelNotebookOnLakeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelNotebookOnLakeAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelNotebookOnLakeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sentinel Package events.
///
/// CSDL: `microsoft.graph.security.sentinelPackageAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SentinelPackageAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SentinelPackageAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SentinelPackageAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sentinelPackageAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sentinelPackageAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SentinelPackageAuditRecord {
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
rt::impl_object!(SentinelPackageAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SentinelPackageAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SentinelPackageAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.servicePrincipalEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ServicePrincipalEvidence {
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
    /// CSDL: property `appId`: `Edm.String`, nullable.
    pub app_id: rt::Field<::std::string::String>,
    /// CSDL: property `appOwnerTenantId`: `Edm.String`, nullable.
    pub app_owner_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalName`: `Edm.String`, nullable.
    pub service_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalObjectId`: `Edm.String`, nullable.
    pub service_principal_object_id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePrincipalType`: `microsoft.graph.security.servicePrincipalType`, nullable.
    pub service_principal_type: rt::Field<crate::v1::security::ServicePrincipalType>,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ServicePrincipalEvidence {
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
            app_id: rt::Field::Absent,
            app_owner_tenant_id: rt::Field::Absent,
            service_principal_name: rt::Field::Absent,
            service_principal_object_id: rt::Field::Absent,
            service_principal_type: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ServicePrincipalEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.servicePrincipalEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "appId",
        "appOwnerTenantId",
        "servicePrincipalName",
        "servicePrincipalObjectId",
        "servicePrincipalType",
        "tenantId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"appId\":                        ",
        ",\"appOwnerTenantId\":             ",
        ",\"servicePrincipalName\":         ",
        ",\"servicePrincipalObjectId\":     ",
        ",\"servicePrincipalType\":         ",
        ",\"tenantId\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.servicePrincipalEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "app_id", &self.app_id);
        v.field(8usize, "app_owner_tenant_id", &self.app_owner_tenant_id);
        v.field(9usize, "service_principal_name", &self.service_principal_name);
        v.field(
            10usize,
            "service_principal_object_id",
            &self.service_principal_object_id,
        );
        v.field(11usize, "service_principal_type", &self.service_principal_type);
        v.field(12usize, "tenant_id", &self.tenant_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ServicePrincipalEvidence {
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
            7usize => self.app_id.read_from(r),
            8usize => self.app_owner_tenant_id.read_from(r),
            9usize => self.service_principal_name.read_from(r),
            10usize => self.service_principal_object_id.read_from(r),
            11usize => self.service_principal_type.read_from(r),
            12usize => self.tenant_id.read_from(r),
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
        w.field(7usize, &self.app_id);
        w.field(8usize, &self.app_owner_tenant_id);
        w.field(9usize, &self.service_principal_name);
        w.field(10usize, &self.service_principal_object_id);
        w.field(11usize, &self.service_principal_type);
        w.field(12usize, &self.tenant_id);
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
rt::impl_object!(ServicePrincipalEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ServicePrincipalEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_app_id app_id : ::std::string::String;
    with_app_owner_tenant_id app_owner_tenant_id : ::std::string::String;
    with_service_principal_name service_principal_name : ::std::string::String;
    with_service_principal_object_id service_principal_object_id : ::std::string::String;
    with_service_principal_type service_principal_type : crate
    ::v1::security::ServicePrincipalType; with_tenant_id tenant_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.servicePrincipalType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServicePrincipalType {
    /// `unknown` (value 0).
    Unknown,
    /// `application` (value 1).
    Application,
    /// `managedIdentity` (value 2).
    ManagedIdentity,
    /// `legacy` (value 3).
    Legacy,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ServicePrincipalType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.servicePrincipalType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "application",
        "managedIdentity",
        "legacy",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "application" => Self::Application,
                "managedIdentity" => Self::ManagedIdentity,
                "legacy" => Self::Legacy,
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
            Self::Application => "application",
            Self::ManagedIdentity => "managedIdentity",
            Self::Legacy => "legacy",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ServicePrincipalType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServicePrincipalType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.serviceSource`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServiceSource {
    /// `unknown` (value 0).
    Unknown,
    /// `microsoftDefenderForEndpoint` (value 1).
    MicrosoftDefenderForEndpoint,
    /// `microsoftDefenderForIdentity` (value 2).
    MicrosoftDefenderForIdentity,
    /// `microsoftDefenderForCloudApps` (value 4).
    MicrosoftDefenderForCloudApps,
    /// `microsoftDefenderForOffice365` (value 8).
    MicrosoftDefenderForOffice365,
    /// `microsoft365Defender` (value 16).
    Microsoft365Defender,
    /// `azureAdIdentityProtection` (value 32).
    AzureAdIdentityProtection,
    /// `microsoftAppGovernance` (value 64).
    MicrosoftAppGovernance,
    /// `dataLossPrevention` (value 128).
    DataLossPrevention,
    /// `unknownFutureValue` (value 255).
    UnknownFutureValue,
    /// `microsoftDefenderForCloud` (value 256).
    MicrosoftDefenderForCloud,
    /// `microsoftSentinel` (value 512).
    MicrosoftSentinel,
    /// `microsoftInsiderRiskManagement` (value 1024).
    MicrosoftInsiderRiskManagement,
    /// `microsoftThreatIntelligence` (value 2048).
    MicrosoftThreatIntelligence,
    /// `microsoftSecurityForAI` (value 4096).
    MicrosoftSecurityForAi,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ServiceSource {
    const TYPE_NAME: &'static str = "microsoft.graph.security.serviceSource";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "microsoftDefenderForEndpoint",
        "microsoftDefenderForIdentity",
        "microsoftDefenderForCloudApps",
        "microsoftDefenderForOffice365",
        "microsoft365Defender",
        "azureAdIdentityProtection",
        "microsoftAppGovernance",
        "dataLossPrevention",
        "unknownFutureValue",
        "microsoftDefenderForCloud",
        "microsoftSentinel",
        "microsoftInsiderRiskManagement",
        "microsoftThreatIntelligence",
        "microsoftSecurityForAI",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "microsoftDefenderForEndpoint" => Self::MicrosoftDefenderForEndpoint,
                "microsoftDefenderForIdentity" => Self::MicrosoftDefenderForIdentity,
                "microsoftDefenderForCloudApps" => Self::MicrosoftDefenderForCloudApps,
                "microsoftDefenderForOffice365" => Self::MicrosoftDefenderForOffice365,
                "microsoft365Defender" => Self::Microsoft365Defender,
                "azureAdIdentityProtection" => Self::AzureAdIdentityProtection,
                "microsoftAppGovernance" => Self::MicrosoftAppGovernance,
                "dataLossPrevention" => Self::DataLossPrevention,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "microsoftDefenderForCloud" => Self::MicrosoftDefenderForCloud,
                "microsoftSentinel" => Self::MicrosoftSentinel,
                "microsoftInsiderRiskManagement" => Self::MicrosoftInsiderRiskManagement,
                "microsoftThreatIntelligence" => Self::MicrosoftThreatIntelligence,
                "microsoftSecurityForAI" => Self::MicrosoftSecurityForAi,
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
            Self::MicrosoftDefenderForEndpoint => "microsoftDefenderForEndpoint",
            Self::MicrosoftDefenderForIdentity => "microsoftDefenderForIdentity",
            Self::MicrosoftDefenderForCloudApps => "microsoftDefenderForCloudApps",
            Self::MicrosoftDefenderForOffice365 => "microsoftDefenderForOffice365",
            Self::Microsoft365Defender => "microsoft365Defender",
            Self::AzureAdIdentityProtection => "azureAdIdentityProtection",
            Self::MicrosoftAppGovernance => "microsoftAppGovernance",
            Self::DataLossPrevention => "dataLossPrevention",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::MicrosoftDefenderForCloud => "microsoftDefenderForCloud",
            Self::MicrosoftSentinel => "microsoftSentinel",
            Self::MicrosoftInsiderRiskManagement => "microsoftInsiderRiskManagement",
            Self::MicrosoftThreatIntelligence => "microsoftThreatIntelligence",
            Self::MicrosoftSecurityForAi => "microsoftSecurityForAI",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ServiceSource);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ServiceSource);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint App Permission Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointAppPermissionOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointAppPermissionOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointAppPermissionOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointAppPermissionOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointAppPermissionOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointAppPermissionOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointAppPermissionOperationAuditRecord {
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
rt::impl_object!(SharePointAppPermissionOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointAppPermissionOperationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointAppPermissionOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint events.
///
/// CSDL: `microsoft.graph.security.sharePointAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointAuditRecord {
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
rt::impl_object!(SharePointAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint Comment Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointCommentOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointCommentOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointCommentOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointCommentOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointCommentOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointCommentOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointCommentOperationAuditRecord {
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
rt::impl_object!(SharePointCommentOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointCommentOperationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointCommentOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint Content Security Policy events.
///
/// CSDL: `microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointContentSecurityPolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointContentSecurityPolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointContentSecurityPolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointContentSecurityPolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointContentSecurityPolicyAuditRecord {
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
rt::impl_object!(SharePointContentSecurityPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointContentSecurityPolicyAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointContentSecurityPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint Content Type Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointContentTypeOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointContentTypeOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointContentTypeOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointContentTypeOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointContentTypeOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointContentTypeOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointContentTypeOperationAuditRecord {
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
rt::impl_object!(SharePointContentTypeOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointContentTypeOperationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointContentTypeOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint E Signature events.
///
/// CSDL: `microsoft.graph.security.sharePointESignatureAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointESignatureAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointESignatureAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointESignatureAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointESignatureAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointESignatureAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointESignatureAuditRecord {
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
rt::impl_object!(SharePointESignatureAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointESignatureAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointESignatureAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint Field Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointFieldOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointFieldOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointFieldOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointFieldOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointFieldOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointFieldOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointFieldOperationAuditRecord {
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
rt::impl_object!(SharePointFieldOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointFieldOperationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointFieldOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint File Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointFileOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointFileOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointFileOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointFileOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointFileOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointFileOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointFileOperationAuditRecord {
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
rt::impl_object!(SharePointFileOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointFileOperationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointFileOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint List Item Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointListItemOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointListItemOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointListItemOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointListItemOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointListItemOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointListItemOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointListItemOperationAuditRecord {
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
rt::impl_object!(SharePointListItemOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointListItemOperationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointListItemOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint List Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointListOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointListOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointListOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointListOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointListOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointListOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointListOperationAuditRecord {
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
rt::impl_object!(SharePointListOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointListOperationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointListOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for SharePoint Sharing Operation events.
///
/// CSDL: `microsoft.graph.security.sharePointSharingOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SharePointSharingOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SharePointSharingOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SharePointSharingOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sharePointSharingOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sharePointSharingOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SharePointSharingOperationAuditRecord {
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
rt::impl_object!(SharePointSharingOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SharePointSharingOperationAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SharePointSharingOperationAuditRecord);
#[cfg(msgraph_v1_security)]
/// CSDL: `microsoft.graph.security.singlePropertySchema`, complex type.
///
/// Features: `v1` or `v1-security`.
#[derive(Clone)]
pub struct SinglePropertySchema {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_security)]
impl ::std::default::Default for SinglePropertySchema {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_security)]
impl rt::Object for SinglePropertySchema {
    const TYPE_NAME: &'static str = "microsoft.graph.security.singlePropertySchema";
    const KEYS: &'static [&'static str] = &["name", "type"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.singlePropertySchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "type_", &self.type_);
    }
}
#[cfg(msgraph_v1_security)]
impl rt::object::Members for SinglePropertySchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.type_);
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
#[cfg(msgraph_v1_security)]
rt::impl_object!(SinglePropertySchema);
#[cfg(msgraph_v1_security)]
rt::impl_setters!(
    SinglePropertySchema { with_name name : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(msgraph_v1_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SinglePropertySchema);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Skype for Business cmdlets events.
///
/// CSDL: `microsoft.graph.security.skypeForBusinessCmdletsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SkypeForBusinessCmdletsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SkypeForBusinessCmdletsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SkypeForBusinessCmdletsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.skypeForBusinessCmdletsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.skypeForBusinessCmdletsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SkypeForBusinessCmdletsAuditRecord {
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
rt::impl_object!(SkypeForBusinessCmdletsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SkypeForBusinessCmdletsAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessCmdletsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Skype for Business PSTN Usage events.
///
/// CSDL: `microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SkypeForBusinessPstnUsageAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SkypeForBusinessPstnUsageAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SkypeForBusinessPstnUsageAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.skypeForBusinessPSTNUsageAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SkypeForBusinessPstnUsageAuditRecord {
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
rt::impl_object!(SkypeForBusinessPstnUsageAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SkypeForBusinessPstnUsageAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessPstnUsageAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Skype for Business Users Blocked events.
///
/// CSDL: `microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SkypeForBusinessUsersBlockedAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SkypeForBusinessUsersBlockedAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SkypeForBusinessUsersBlockedAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.skypeForBusinessUsersBlockedAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SkypeForBusinessUsersBlockedAuditRecord {
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
rt::impl_object!(SkypeForBusinessUsersBlockedAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SkypeForBusinessUsersBlockedAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SkypeForBusinessUsersBlockedAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sonar Detonation Content Meta events.
///
/// CSDL: `microsoft.graph.security.sonarDetonationContentMetadata`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SonarDetonationContentMetadata {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SonarDetonationContentMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SonarDetonationContentMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sonarDetonationContentMetadata";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sonarDetonationContentMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SonarDetonationContentMetadata {
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
rt::impl_object!(SonarDetonationContentMetadata);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SonarDetonationContentMetadata { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SonarDetonationContentMetadata);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sonar Detonation Entity events.
///
/// CSDL: `microsoft.graph.security.sonarDetonationEntityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SonarDetonationEntityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SonarDetonationEntityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SonarDetonationEntityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sonarDetonationEntityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sonarDetonationEntityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SonarDetonationEntityAuditRecord {
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
rt::impl_object!(SonarDetonationEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SonarDetonationEntityAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SonarDetonationEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sonar File Detonation Entity events.
///
/// CSDL: `microsoft.graph.security.sonarFileDetonationEntityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SonarFileDetonationEntityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SonarFileDetonationEntityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SonarFileDetonationEntityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sonarFileDetonationEntityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sonarFileDetonationEntityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SonarFileDetonationEntityAuditRecord {
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
rt::impl_object!(SonarFileDetonationEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SonarFileDetonationEntityAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SonarFileDetonationEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sonar Submission Entity events.
///
/// CSDL: `microsoft.graph.security.sonarSubmissionEntityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SonarSubmissionEntityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SonarSubmissionEntityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SonarSubmissionEntityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sonarSubmissionEntityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sonarSubmissionEntityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SonarSubmissionEntityAuditRecord {
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
rt::impl_object!(SonarSubmissionEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SonarSubmissionEntityAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SonarSubmissionEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Sonar URL Detonation Entity events.
///
/// CSDL: `microsoft.graph.security.sonarUrlDetonationEntityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SonarUrlDetonationEntityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SonarUrlDetonationEntityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SonarUrlDetonationEntityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sonarUrlDetonationEntityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sonarUrlDetonationEntityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SonarUrlDetonationEntityAuditRecord {
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
rt::impl_object!(SonarUrlDetonationEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SonarUrlDetonationEntityAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SonarUrlDetonationEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.sourceType`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum SourceType {
    /// `mailbox` (value 1).
    Mailbox,
    /// `site` (value 2).
    Site,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for SourceType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sourceType";
    const MEMBERS: &'static [&'static str] = &["mailbox", "site", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "mailbox" => Self::Mailbox,
                "site" => Self::Site,
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
            Self::Mailbox => "mailbox",
            Self::Site => "site",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(SourceType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SourceType);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Spark Core Custom Live Pool events.
///
/// CSDL: `microsoft.graph.security.sparkCoreCustomLivePoolRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SparkCoreCustomLivePoolRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SparkCoreCustomLivePoolRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SparkCoreCustomLivePoolRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sparkCoreCustomLivePoolRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.sparkCoreCustomLivePoolRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SparkCoreCustomLivePoolRecord {
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
rt::impl_object!(SparkCoreCustomLivePoolRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SparkCoreCustomLivePoolRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SparkCoreCustomLivePoolRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.sslCertificate`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: [`SslCertificatePath`](../requests/security/trait.SslCertificatePath.html), what a path to one (`EntityPath<SslCertificate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SslCertificate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fingerprint`: `Edm.String`, nullable.
    pub fingerprint: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `issueDateTime`: `Edm.DateTimeOffset`, nullable.
    pub issue_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `issuer`: `microsoft.graph.security.sslCertificateEntity`, nullable.
    pub issuer: rt::Field<crate::v1::security::SslCertificateEntity>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// CSDL: property `sha1`: `Edm.String`, nullable.
    pub sha1: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `microsoft.graph.security.sslCertificateEntity`, nullable.
    pub subject: rt::Field<crate::v1::security::SslCertificateEntity>,
    /// CSDL: navigation property `relatedHosts`: `Collection(microsoft.graph.security.host)`, not nullable.
    pub related_hosts: rt::Field<::std::vec::Vec<crate::v1::security::AnyHost>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SslCertificate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            fingerprint: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            issue_date_time: rt::Field::Absent,
            issuer: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            sha1: rt::Field::Absent,
            subject: rt::Field::Absent,
            related_hosts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SslCertificate {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sslCertificate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "expirationDateTime",
        "fingerprint",
        "firstSeenDateTime",
        "issueDateTime",
        "issuer",
        "lastSeenDateTime",
        "serialNumber",
        "sha1",
        "subject",
        "relatedHosts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"expirationDateTime\":           ",
        ",\"fingerprint\":                  ",
        ",\"firstSeenDateTime\":            ",
        ",\"issueDateTime\":                ",
        ",\"issuer\":                       ",
        ",\"lastSeenDateTime\":             ",
        ",\"serialNumber\":                 ",
        ",\"sha1\":                         ",
        ",\"subject\":                      ",
        ",\"relatedHosts\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.sslCertificate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "expiration_date_time", &self.expiration_date_time);
        v.field(2usize, "fingerprint", &self.fingerprint);
        v.field(3usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(4usize, "issue_date_time", &self.issue_date_time);
        v.field(5usize, "issuer", &self.issuer);
        v.field(6usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(7usize, "serial_number", &self.serial_number);
        v.field(8usize, "sha1", &self.sha1);
        v.field(9usize, "subject", &self.subject);
        v.field(10usize, "related_hosts", &self.related_hosts);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SslCertificate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.expiration_date_time.read_from(r),
            2usize => self.fingerprint.read_from(r),
            3usize => self.first_seen_date_time.read_from(r),
            4usize => self.issue_date_time.read_from(r),
            5usize => self.issuer.read_from(r),
            6usize => self.last_seen_date_time.read_from(r),
            7usize => self.serial_number.read_from(r),
            8usize => self.sha1.read_from(r),
            9usize => self.subject.read_from(r),
            10usize => self.related_hosts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.expiration_date_time);
        w.field(2usize, &self.fingerprint);
        w.field(3usize, &self.first_seen_date_time);
        w.field(4usize, &self.issue_date_time);
        w.field(5usize, &self.issuer);
        w.field(6usize, &self.last_seen_date_time);
        w.field(7usize, &self.serial_number);
        w.field(8usize, &self.sha1);
        w.field(9usize, &self.subject);
        w.field(10usize, &self.related_hosts);
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
rt::impl_object!(SslCertificate);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SslCertificate { with_id id : ::std::string::String; with_expiration_date_time
    expiration_date_time : rt::edm::DateTimeOffset; with_fingerprint fingerprint :
    ::std::string::String; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_issue_date_time issue_date_time :
    rt::edm::DateTimeOffset; with_issuer issuer : crate
    ::v1::security::SslCertificateEntity; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_serial_number serial_number : ::std::string::String;
    with_sha1 sha1 : ::std::string::String; with_subject subject : crate
    ::v1::security::SslCertificateEntity; with_related_hosts related_hosts :
    ::std::vec::Vec < crate ::v1::security::AnyHost >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SslCertificate);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.sslCertificateEntity`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SslCertificateEntity {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `alternateNames`: `Collection(Edm.String)`, nullable.
    pub alternate_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `commonName`: `Edm.String`, nullable.
    pub common_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `givenName`: `Edm.String`, nullable.
    pub given_name: rt::Field<::std::string::String>,
    /// CSDL: property `organizationName`: `Edm.String`, nullable.
    pub organization_name: rt::Field<::std::string::String>,
    /// CSDL: property `organizationUnitName`: `Edm.String`, nullable.
    pub organization_unit_name: rt::Field<::std::string::String>,
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// CSDL: property `surname`: `Edm.String`, nullable.
    pub surname: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SslCertificateEntity {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            alternate_names: rt::Field::Absent,
            common_name: rt::Field::Absent,
            email: rt::Field::Absent,
            given_name: rt::Field::Absent,
            organization_name: rt::Field::Absent,
            organization_unit_name: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            surname: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SslCertificateEntity {
    const TYPE_NAME: &'static str = "microsoft.graph.security.sslCertificateEntity";
    const KEYS: &'static [&'static str] = &[
        "address",
        "alternateNames",
        "commonName",
        "email",
        "givenName",
        "organizationName",
        "organizationUnitName",
        "serialNumber",
        "surname",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"alternateNames\":               ",
        ",\"commonName\":                   ",
        ",\"email\":                        ",
        ",\"givenName\":                    ",
        ",\"organizationName\":             ",
        ",\"organizationUnitName\":         ",
        ",\"serialNumber\":                 ",
        ",\"surname\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.sslCertificateEntity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "alternate_names", &self.alternate_names);
        v.field(2usize, "common_name", &self.common_name);
        v.field(3usize, "email", &self.email);
        v.field(4usize, "given_name", &self.given_name);
        v.field(5usize, "organization_name", &self.organization_name);
        v.field(6usize, "organization_unit_name", &self.organization_unit_name);
        v.field(7usize, "serial_number", &self.serial_number);
        v.field(8usize, "surname", &self.surname);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SslCertificateEntity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.alternate_names.read_from(r),
            2usize => self.common_name.read_from(r),
            3usize => self.email.read_from(r),
            4usize => self.given_name.read_from(r),
            5usize => self.organization_name.read_from(r),
            6usize => self.organization_unit_name.read_from(r),
            7usize => self.serial_number.read_from(r),
            8usize => self.surname.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.alternate_names);
        w.field(2usize, &self.common_name);
        w.field(3usize, &self.email);
        w.field(4usize, &self.given_name);
        w.field(5usize, &self.organization_name);
        w.field(6usize, &self.organization_unit_name);
        w.field(7usize, &self.serial_number);
        w.field(8usize, &self.surname);
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
rt::impl_object!(SslCertificateEntity);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SslCertificateEntity { with_address address : crate ::v1::PhysicalAddress;
    with_alternate_names alternate_names : ::std::vec::Vec < ::std::string::String >;
    with_common_name common_name : ::std::string::String; with_email email :
    ::std::string::String; with_given_name given_name : ::std::string::String;
    with_organization_name organization_name : ::std::string::String;
    with_organization_unit_name organization_unit_name : ::std::string::String;
    with_serial_number serial_number : ::std::string::String; with_surname surname :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SslCertificateEntity);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.statisticsOptions`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum StatisticsOptions {
    /// `includeRefiners` (value 1).
    IncludeRefiners,
    /// `includeQueryStats` (value 2).
    IncludeQueryStats,
    /// `includeUnindexedStats` (value 4).
    IncludeUnindexedStats,
    /// `advancedIndexing` (value 8).
    AdvancedIndexing,
    /// `locationsWithoutHits` (value 16).
    LocationsWithoutHits,
    /// `unknownFutureValue` (value 32).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for StatisticsOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.security.statisticsOptions";
    const MEMBERS: &'static [&'static str] = &[
        "includeRefiners",
        "includeQueryStats",
        "includeUnindexedStats",
        "advancedIndexing",
        "locationsWithoutHits",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "includeRefiners" => Self::IncludeRefiners,
                "includeQueryStats" => Self::IncludeQueryStats,
                "includeUnindexedStats" => Self::IncludeUnindexedStats,
                "advancedIndexing" => Self::AdvancedIndexing,
                "locationsWithoutHits" => Self::LocationsWithoutHits,
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
            Self::IncludeRefiners => "includeRefiners",
            Self::IncludeQueryStats => "includeQueryStats",
            Self::IncludeUnindexedStats => "includeUnindexedStats",
            Self::AdvancedIndexing => "advancedIndexing",
            Self::LocationsWithoutHits => "locationsWithoutHits",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(StatisticsOptions);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(StatisticsOptions);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.stream`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Stream {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Stream {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Stream {
    const TYPE_NAME: &'static str = "microsoft.graph.security.stream";
    const KEYS: &'static [&'static str] = &["name"];
    const KEYS_JSON: &'static [&'static str] = &[",\"name\":                         "];
    const TAG: &'static str = "\"#microsoft.graph.security.stream\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Stream {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
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
rt::impl_object!(Stream);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(Stream { with_name name : ::std::string::String; });
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Stream);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.security.stringValueDictionary`, complex type, open.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct StringValueDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for StringValueDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for StringValueDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.security.stringValueDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.security.stringValueDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for StringValueDictionary {
    #[inline]
    #[allow(unused_variables)]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    #[allow(unused_variables)]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {}
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(StringValueDictionary);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(StringValueDictionary);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.subdomain`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`SubdomainPath`](../requests/security/trait.SubdomainPath.html), what a path to one (`EntityPath<Subdomain, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Subdomain {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Subdomain {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Subdomain {
    const TYPE_NAME: &'static str = "microsoft.graph.security.subdomain";
    const KEYS: &'static [&'static str] = &["id", "firstSeenDateTime", "host"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"firstSeenDateTime\":            ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.subdomain\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(2usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Subdomain {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.first_seen_date_time.read_from(r),
            2usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.first_seen_date_time);
        w.field(2usize, &self.host);
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
rt::impl_object!(Subdomain);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Subdomain { with_id id : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_host host : crate
    ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Subdomain);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Submission Entity events.
///
/// CSDL: `microsoft.graph.security.submissionEntityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubmissionEntityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SubmissionEntityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SubmissionEntityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.submissionEntityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.submissionEntityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SubmissionEntityAuditRecord {
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
rt::impl_object!(SubmissionEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SubmissionEntityAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubmissionEntityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.submissionMailEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SubmissionMailEvidence {
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
    /// CSDL: property `networkMessageId`: `Edm.String`, nullable.
    pub network_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `recipient`: `Edm.String`, nullable.
    pub recipient: rt::Field<::std::string::String>,
    /// CSDL: property `reportType`: `Edm.String`, nullable.
    pub report_type: rt::Field<::std::string::String>,
    /// CSDL: property `sender`: `Edm.String`, nullable.
    pub sender: rt::Field<::std::string::String>,
    /// CSDL: property `senderIp`: `Edm.String`, nullable.
    pub sender_ip: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `submissionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub submission_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `submissionId`: `Edm.String`, nullable.
    pub submission_id: rt::Field<::std::string::String>,
    /// CSDL: property `submitter`: `Edm.String`, nullable.
    pub submitter: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SubmissionMailEvidence {
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
            network_message_id: rt::Field::Absent,
            recipient: rt::Field::Absent,
            report_type: rt::Field::Absent,
            sender: rt::Field::Absent,
            sender_ip: rt::Field::Absent,
            subject: rt::Field::Absent,
            submission_date_time: rt::Field::Absent,
            submission_id: rt::Field::Absent,
            submitter: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SubmissionMailEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.submissionMailEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "networkMessageId",
        "recipient",
        "reportType",
        "sender",
        "senderIp",
        "subject",
        "submissionDateTime",
        "submissionId",
        "submitter",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"networkMessageId\":             ",
        ",\"recipient\":                    ",
        ",\"reportType\":                   ",
        ",\"sender\":                       ",
        ",\"senderIp\":                     ",
        ",\"subject\":                      ",
        ",\"submissionDateTime\":           ",
        ",\"submissionId\":                 ",
        ",\"submitter\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.submissionMailEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "network_message_id", &self.network_message_id);
        v.field(8usize, "recipient", &self.recipient);
        v.field(9usize, "report_type", &self.report_type);
        v.field(10usize, "sender", &self.sender);
        v.field(11usize, "sender_ip", &self.sender_ip);
        v.field(12usize, "subject", &self.subject);
        v.field(13usize, "submission_date_time", &self.submission_date_time);
        v.field(14usize, "submission_id", &self.submission_id);
        v.field(15usize, "submitter", &self.submitter);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SubmissionMailEvidence {
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
            7usize => self.network_message_id.read_from(r),
            8usize => self.recipient.read_from(r),
            9usize => self.report_type.read_from(r),
            10usize => self.sender.read_from(r),
            11usize => self.sender_ip.read_from(r),
            12usize => self.subject.read_from(r),
            13usize => self.submission_date_time.read_from(r),
            14usize => self.submission_id.read_from(r),
            15usize => self.submitter.read_from(r),
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
        w.field(7usize, &self.network_message_id);
        w.field(8usize, &self.recipient);
        w.field(9usize, &self.report_type);
        w.field(10usize, &self.sender);
        w.field(11usize, &self.sender_ip);
        w.field(12usize, &self.subject);
        w.field(13usize, &self.submission_date_time);
        w.field(14usize, &self.submission_id);
        w.field(15usize, &self.submitter);
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
rt::impl_object!(SubmissionMailEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SubmissionMailEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_network_message_id network_message_id :
    ::std::string::String; with_recipient recipient : ::std::string::String;
    with_report_type report_type : ::std::string::String; with_sender sender :
    ::std::string::String; with_sender_ip sender_ip : ::std::string::String; with_subject
    subject : ::std::string::String; with_submission_date_time submission_date_time :
    rt::edm::DateTimeOffset; with_submission_id submission_id : ::std::string::String;
    with_submitter submitter : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SubmissionMailEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Supervisory Review Day X Insights events.
///
/// CSDL: `microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SupervisoryReviewDayXInsightsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SupervisoryReviewDayXInsightsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SupervisoryReviewDayXInsightsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.supervisoryReviewDayXInsightsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SupervisoryReviewDayXInsightsAuditRecord {
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
rt::impl_object!(SupervisoryReviewDayXInsightsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SupervisoryReviewDayXInsightsAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SupervisoryReviewDayXInsightsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Synthetic Probe events.
///
/// CSDL: `microsoft.graph.security.syntheticProbeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct SyntheticProbeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for SyntheticProbeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for SyntheticProbeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.syntheticProbeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.syntheticProbeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for SyntheticProbeAuditRecord {
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
rt::impl_object!(SyntheticProbeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    SyntheticProbeAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(SyntheticProbeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Team Copilot Interaction events.
///
/// CSDL: `microsoft.graph.security.teamCopilotInteractionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamCopilotInteractionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamCopilotInteractionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamCopilotInteractionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamCopilotInteractionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamCopilotInteractionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamCopilotInteractionAuditRecord {
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
rt::impl_object!(TeamCopilotInteractionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamCopilotInteractionAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamCopilotInteractionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.teamsDeliveryLocation`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsDeliveryLocation {
    /// `unknown` (value 0).
    Unknown,
    /// `teams` (value 1).
    Teams,
    /// `quarantine` (value 2).
    Quarantine,
    /// `failed` (value 3).
    Failed,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TeamsDeliveryLocation {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsDeliveryLocation";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "teams",
        "quarantine",
        "failed",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "teams" => Self::Teams,
                "quarantine" => Self::Quarantine,
                "failed" => Self::Failed,
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
            Self::Teams => "teams",
            Self::Quarantine => "quarantine",
            Self::Failed => "failed",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TeamsDeliveryLocation);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsDeliveryLocation);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Teams Easy Approvals events.
///
/// CSDL: `microsoft.graph.security.teamsEasyApprovalsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsEasyApprovalsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsEasyApprovalsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsEasyApprovalsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsEasyApprovalsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsEasyApprovalsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsEasyApprovalsAuditRecord {
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
rt::impl_object!(TeamsEasyApprovalsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsEasyApprovalsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsEasyApprovalsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Teams Eval Data Hub Admin Operation events.
///
/// CSDL: `microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsEvalDataHubAdminOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsEvalDataHubAdminOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsEvalDataHubAdminOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsEvalDataHubAdminOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsEvalDataHubAdminOperationAuditRecord {
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
rt::impl_object!(TeamsEvalDataHubAdminOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsEvalDataHubAdminOperationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsEvalDataHubAdminOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Teams Eval Data Hub Data Access events.
///
/// CSDL: `microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsEvalDataHubDataAccessAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsEvalDataHubDataAccessAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsEvalDataHubDataAccessAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsEvalDataHubDataAccessAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsEvalDataHubDataAccessAuditRecord {
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
rt::impl_object!(TeamsEvalDataHubDataAccessAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsEvalDataHubDataAccessAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsEvalDataHubDataAccessAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Teams Eval Data Hub Permission Change events.
///
/// CSDL: `microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsEvalDataHubPermissionChangeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsEvalDataHubPermissionChangeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsEvalDataHubPermissionChangeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsEvalDataHubPermissionChangeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsEvalDataHubPermissionChangeAuditRecord {
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
rt::impl_object!(TeamsEvalDataHubPermissionChangeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsEvalDataHubPermissionChangeAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsEvalDataHubPermissionChangeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Teams Healthcare events.
///
/// CSDL: `microsoft.graph.security.teamsHealthcareAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsHealthcareAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsHealthcareAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsHealthcareAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsHealthcareAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsHealthcareAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsHealthcareAuditRecord {
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
rt::impl_object!(TeamsHealthcareAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsHealthcareAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsHealthcareAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.teamsMessageDeliveryAction`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TeamsMessageDeliveryAction {
    /// `unknown` (value 0).
    Unknown,
    /// `deliveredAsSpam` (value 1).
    DeliveredAsSpam,
    /// `delivered` (value 2).
    Delivered,
    /// `blocked` (value 3).
    Blocked,
    /// `replaced` (value 4).
    Replaced,
    /// `unknownFutureValue` (value 31).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TeamsMessageDeliveryAction {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsMessageDeliveryAction";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "deliveredAsSpam",
        "delivered",
        "blocked",
        "replaced",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "deliveredAsSpam" => Self::DeliveredAsSpam,
                "delivered" => Self::Delivered,
                "blocked" => Self::Blocked,
                "replaced" => Self::Replaced,
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
            Self::DeliveredAsSpam => "deliveredAsSpam",
            Self::Delivered => "delivered",
            Self::Blocked => "blocked",
            Self::Replaced => "replaced",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TeamsMessageDeliveryAction);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsMessageDeliveryAction);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.teamsMessageEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsMessageEvidence {
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
    /// CSDL: property `campaignId`: `Edm.String`, nullable.
    pub campaign_id: rt::Field<::std::string::String>,
    /// CSDL: property `channelId`: `Edm.String`, nullable.
    pub channel_id: rt::Field<::std::string::String>,
    /// CSDL: property `deliveryAction`: `microsoft.graph.security.teamsMessageDeliveryAction`, nullable.
    pub delivery_action: rt::Field<crate::v1::security::TeamsMessageDeliveryAction>,
    /// CSDL: property `deliveryLocation`: `microsoft.graph.security.teamsDeliveryLocation`, nullable.
    pub delivery_location: rt::Field<crate::v1::security::TeamsDeliveryLocation>,
    /// CSDL: property `files`: `Collection(microsoft.graph.security.fileEvidence)`, nullable.
    pub files: rt::Field<::std::vec::Vec<crate::v1::security::FileEvidence>>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// CSDL: property `isExternal`: `Edm.Boolean`, nullable.
    pub is_external: rt::Field<bool>,
    /// CSDL: property `isOwned`: `Edm.Boolean`, nullable.
    pub is_owned: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `messageDirection`: `microsoft.graph.security.antispamTeamsDirection`, nullable.
    pub message_direction: rt::Field<crate::v1::security::AntispamTeamsDirection>,
    /// CSDL: property `messageId`: `Edm.String`, nullable.
    pub message_id: rt::Field<::std::string::String>,
    /// CSDL: property `owningTenantId`: `Edm.Guid`, nullable.
    pub owning_tenant_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `parentMessageId`: `Edm.String`, nullable.
    pub parent_message_id: rt::Field<::std::string::String>,
    /// CSDL: property `receivedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub received_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recipients`: `Collection(Edm.String)`, nullable.
    pub recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `senderFromAddress`: `Edm.String`, nullable.
    pub sender_from_address: rt::Field<::std::string::String>,
    /// CSDL: property `senderIP`: `Edm.String`, nullable.
    pub sender_ip: rt::Field<::std::string::String>,
    /// CSDL: property `sourceAppName`: `Edm.String`, nullable.
    pub source_app_name: rt::Field<::std::string::String>,
    /// CSDL: property `sourceId`: `Edm.String`, nullable.
    pub source_id: rt::Field<::std::string::String>,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `suspiciousRecipients`: `Collection(Edm.String)`, nullable.
    pub suspicious_recipients: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `threadId`: `Edm.String`, nullable.
    pub thread_id: rt::Field<::std::string::String>,
    /// CSDL: property `threadType`: `Edm.String`, nullable.
    pub thread_type: rt::Field<::std::string::String>,
    /// CSDL: property `urls`: `Collection(microsoft.graph.security.urlEvidence)`, nullable.
    pub urls: rt::Field<::std::vec::Vec<crate::v1::security::UrlEvidence>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsMessageEvidence {
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
            campaign_id: rt::Field::Absent,
            channel_id: rt::Field::Absent,
            delivery_action: rt::Field::Absent,
            delivery_location: rt::Field::Absent,
            files: rt::Field::Absent,
            group_id: rt::Field::Absent,
            is_external: rt::Field::Absent,
            is_owned: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            message_direction: rt::Field::Absent,
            message_id: rt::Field::Absent,
            owning_tenant_id: rt::Field::Absent,
            parent_message_id: rt::Field::Absent,
            received_date_time: rt::Field::Absent,
            recipients: rt::Field::Absent,
            sender_from_address: rt::Field::Absent,
            sender_ip: rt::Field::Absent,
            source_app_name: rt::Field::Absent,
            source_id: rt::Field::Absent,
            subject: rt::Field::Absent,
            suspicious_recipients: rt::Field::Absent,
            thread_id: rt::Field::Absent,
            thread_type: rt::Field::Absent,
            urls: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsMessageEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsMessageEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "campaignId",
        "channelId",
        "deliveryAction",
        "deliveryLocation",
        "files",
        "groupId",
        "isExternal",
        "isOwned",
        "lastModifiedDateTime",
        "messageDirection",
        "messageId",
        "owningTenantId",
        "parentMessageId",
        "receivedDateTime",
        "recipients",
        "senderFromAddress",
        "senderIP",
        "sourceAppName",
        "sourceId",
        "subject",
        "suspiciousRecipients",
        "threadId",
        "threadType",
        "urls",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"campaignId\":                   ",
        ",\"channelId\":                    ",
        ",\"deliveryAction\":               ",
        ",\"deliveryLocation\":             ",
        ",\"files\":                        ",
        ",\"groupId\":                      ",
        ",\"isExternal\":                   ",
        ",\"isOwned\":                      ",
        ",\"lastModifiedDateTime\":         ",
        ",\"messageDirection\":             ",
        ",\"messageId\":                    ",
        ",\"owningTenantId\":               ",
        ",\"parentMessageId\":              ",
        ",\"receivedDateTime\":             ",
        ",\"recipients\":                   ",
        ",\"senderFromAddress\":            ",
        ",\"senderIP\":                     ",
        ",\"sourceAppName\":                ",
        ",\"sourceId\":                     ",
        ",\"subject\":                      ",
        ",\"suspiciousRecipients\":         ",
        ",\"threadId\":                     ",
        ",\"threadType\":                   ",
        ",\"urls\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsMessageEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "campaign_id", &self.campaign_id);
        v.field(8usize, "channel_id", &self.channel_id);
        v.field(9usize, "delivery_action", &self.delivery_action);
        v.field(10usize, "delivery_location", &self.delivery_location);
        v.field(11usize, "files", &self.files);
        v.field(12usize, "group_id", &self.group_id);
        v.field(13usize, "is_external", &self.is_external);
        v.field(14usize, "is_owned", &self.is_owned);
        v.field(15usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(16usize, "message_direction", &self.message_direction);
        v.field(17usize, "message_id", &self.message_id);
        v.field(18usize, "owning_tenant_id", &self.owning_tenant_id);
        v.field(19usize, "parent_message_id", &self.parent_message_id);
        v.field(20usize, "received_date_time", &self.received_date_time);
        v.field(21usize, "recipients", &self.recipients);
        v.field(22usize, "sender_from_address", &self.sender_from_address);
        v.field(23usize, "sender_ip", &self.sender_ip);
        v.field(24usize, "source_app_name", &self.source_app_name);
        v.field(25usize, "source_id", &self.source_id);
        v.field(26usize, "subject", &self.subject);
        v.field(27usize, "suspicious_recipients", &self.suspicious_recipients);
        v.field(28usize, "thread_id", &self.thread_id);
        v.field(29usize, "thread_type", &self.thread_type);
        v.field(30usize, "urls", &self.urls);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsMessageEvidence {
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
            7usize => self.campaign_id.read_from(r),
            8usize => self.channel_id.read_from(r),
            9usize => self.delivery_action.read_from(r),
            10usize => self.delivery_location.read_from(r),
            11usize => self.files.read_from(r),
            12usize => self.group_id.read_from(r),
            13usize => self.is_external.read_from(r),
            14usize => self.is_owned.read_from(r),
            15usize => self.last_modified_date_time.read_from(r),
            16usize => self.message_direction.read_from(r),
            17usize => self.message_id.read_from(r),
            18usize => self.owning_tenant_id.read_from(r),
            19usize => self.parent_message_id.read_from(r),
            20usize => self.received_date_time.read_from(r),
            21usize => self.recipients.read_from(r),
            22usize => self.sender_from_address.read_from(r),
            23usize => self.sender_ip.read_from(r),
            24usize => self.source_app_name.read_from(r),
            25usize => self.source_id.read_from(r),
            26usize => self.subject.read_from(r),
            27usize => self.suspicious_recipients.read_from(r),
            28usize => self.thread_id.read_from(r),
            29usize => self.thread_type.read_from(r),
            30usize => self.urls.read_from(r),
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
        w.field(7usize, &self.campaign_id);
        w.field(8usize, &self.channel_id);
        w.field(9usize, &self.delivery_action);
        w.field(10usize, &self.delivery_location);
        w.field(11usize, &self.files);
        w.field(12usize, &self.group_id);
        w.field(13usize, &self.is_external);
        w.field(14usize, &self.is_owned);
        w.field(15usize, &self.last_modified_date_time);
        w.field(16usize, &self.message_direction);
        w.field(17usize, &self.message_id);
        w.field(18usize, &self.owning_tenant_id);
        w.field(19usize, &self.parent_message_id);
        w.field(20usize, &self.received_date_time);
        w.field(21usize, &self.recipients);
        w.field(22usize, &self.sender_from_address);
        w.field(23usize, &self.sender_ip);
        w.field(24usize, &self.source_app_name);
        w.field(25usize, &self.source_id);
        w.field(26usize, &self.subject);
        w.field(27usize, &self.suspicious_recipients);
        w.field(28usize, &self.thread_id);
        w.field(29usize, &self.thread_type);
        w.field(30usize, &self.urls);
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
rt::impl_object!(TeamsMessageEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsMessageEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_campaign_id campaign_id :
    ::std::string::String; with_channel_id channel_id : ::std::string::String;
    with_delivery_action delivery_action : crate
    ::v1::security::TeamsMessageDeliveryAction; with_delivery_location delivery_location
    : crate ::v1::security::TeamsDeliveryLocation; with_files files : ::std::vec::Vec <
    crate ::v1::security::FileEvidence >; with_group_id group_id : ::std::string::String;
    with_is_external is_external : bool; with_is_owned is_owned : bool;
    with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_message_direction message_direction : crate
    ::v1::security::AntispamTeamsDirection; with_message_id message_id :
    ::std::string::String; with_owning_tenant_id owning_tenant_id : rt::edm::Guid;
    with_parent_message_id parent_message_id : ::std::string::String;
    with_received_date_time received_date_time : rt::edm::DateTimeOffset; with_recipients
    recipients : ::std::vec::Vec < ::std::string::String >; with_sender_from_address
    sender_from_address : ::std::string::String; with_sender_ip sender_ip :
    ::std::string::String; with_source_app_name source_app_name : ::std::string::String;
    with_source_id source_id : ::std::string::String; with_subject subject :
    ::std::string::String; with_suspicious_recipients suspicious_recipients :
    ::std::vec::Vec < ::std::string::String >; with_thread_id thread_id :
    ::std::string::String; with_thread_type thread_type : ::std::string::String;
    with_urls urls : ::std::vec::Vec < crate ::v1::security::UrlEvidence >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsMessageEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Teams Updates events.
///
/// CSDL: `microsoft.graph.security.teamsUpdatesAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TeamsUpdatesAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TeamsUpdatesAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TeamsUpdatesAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.teamsUpdatesAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.teamsUpdatesAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TeamsUpdatesAuditRecord {
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
rt::impl_object!(TeamsUpdatesAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TeamsUpdatesAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TeamsUpdatesAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Tenant Allow Block List events.
///
/// CSDL: `microsoft.graph.security.tenantAllowBlockListAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TenantAllowBlockListAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TenantAllowBlockListAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TenantAllowBlockListAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.tenantAllowBlockListAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.tenantAllowBlockListAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TenantAllowBlockListAuditRecord {
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
rt::impl_object!(TenantAllowBlockListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TenantAllowBlockListAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TenantAllowBlockListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.threatDetectionDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatDetectionDetail {
    /// CSDL: property `confidenceLevel`: `Edm.String`, nullable.
    pub confidence_level: rt::Field<::std::string::String>,
    /// CSDL: property `priorityAccountProtection`: `Edm.String`, nullable.
    pub priority_account_protection: rt::Field<::std::string::String>,
    /// CSDL: property `threats`: `Edm.String`, nullable.
    pub threats: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatDetectionDetail {
    #[inline]
    fn default() -> Self {
        Self {
            confidence_level: rt::Field::Absent,
            priority_account_protection: rt::Field::Absent,
            threats: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatDetectionDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatDetectionDetail";
    const KEYS: &'static [&'static str] = &[
        "confidenceLevel",
        "priorityAccountProtection",
        "threats",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"confidenceLevel\":              ",
        ",\"priorityAccountProtection\":    ",
        ",\"threats\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.threatDetectionDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "confidence_level", &self.confidence_level);
        v.field(
            1usize,
            "priority_account_protection",
            &self.priority_account_protection,
        );
        v.field(2usize, "threats", &self.threats);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatDetectionDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.confidence_level.read_from(r),
            1usize => self.priority_account_protection.read_from(r),
            2usize => self.threats.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.confidence_level);
        w.field(1usize, &self.priority_account_protection);
        w.field(2usize, &self.threats);
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
rt::impl_object!(ThreatDetectionDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatDetectionDetail { with_confidence_level confidence_level :
    ::std::string::String; with_priority_account_protection priority_account_protection :
    ::std::string::String; with_threats threats : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatDetectionDetail);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Threat Finder events.
///
/// CSDL: `microsoft.graph.security.threatFinderAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatFinderAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatFinderAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatFinderAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatFinderAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.threatFinderAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatFinderAuditRecord {
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
rt::impl_object!(ThreatFinderAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatFinderAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatFinderAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.threatIntelligence`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ThreatIntelligencePath`](../requests/security/trait.ThreatIntelligencePath.html), what a path to one (`EntityPath<ThreatIntelligence, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatIntelligence {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `articleIndicators`: `Collection(microsoft.graph.security.articleIndicator)`, not nullable.
    pub article_indicators: rt::Field<
        ::std::vec::Vec<crate::v1::security::ArticleIndicator>,
    >,
    /// CSDL: containment navigation property `articles`: `Collection(microsoft.graph.security.article)`, not nullable.
    pub articles: rt::Field<::std::vec::Vec<crate::v1::security::Article>>,
    /// CSDL: containment navigation property `hostComponents`: `Collection(microsoft.graph.security.hostComponent)`, not nullable.
    pub host_components: rt::Field<::std::vec::Vec<crate::v1::security::HostComponent>>,
    /// CSDL: containment navigation property `hostCookies`: `Collection(microsoft.graph.security.hostCookie)`, not nullable.
    pub host_cookies: rt::Field<::std::vec::Vec<crate::v1::security::HostCookie>>,
    /// CSDL: containment navigation property `hostPairs`: `Collection(microsoft.graph.security.hostPair)`, not nullable.
    pub host_pairs: rt::Field<::std::vec::Vec<crate::v1::security::HostPair>>,
    /// CSDL: containment navigation property `hostPorts`: `Collection(microsoft.graph.security.hostPort)`, not nullable.
    pub host_ports: rt::Field<::std::vec::Vec<crate::v1::security::HostPort>>,
    /// CSDL: containment navigation property `hosts`: `Collection(microsoft.graph.security.host)`, not nullable.
    pub hosts: rt::Field<::std::vec::Vec<crate::v1::security::AnyHost>>,
    /// CSDL: containment navigation property `hostSslCertificates`: `Collection(microsoft.graph.security.hostSslCertificate)`, not nullable.
    pub host_ssl_certificates: rt::Field<
        ::std::vec::Vec<crate::v1::security::HostSslCertificate>,
    >,
    /// CSDL: containment navigation property `hostTrackers`: `Collection(microsoft.graph.security.hostTracker)`, not nullable.
    pub host_trackers: rt::Field<::std::vec::Vec<crate::v1::security::HostTracker>>,
    /// CSDL: containment navigation property `intelligenceProfileIndicators`: `Collection(microsoft.graph.security.intelligenceProfileIndicator)`, not nullable.
    pub intelligence_profile_indicators: rt::Field<
        ::std::vec::Vec<crate::v1::security::IntelligenceProfileIndicator>,
    >,
    /// CSDL: containment navigation property `intelProfiles`: `Collection(microsoft.graph.security.intelligenceProfile)`, not nullable.
    pub intel_profiles: rt::Field<
        ::std::vec::Vec<crate::v1::security::IntelligenceProfile>,
    >,
    /// CSDL: containment navigation property `passiveDnsRecords`: `Collection(microsoft.graph.security.passiveDnsRecord)`, not nullable.
    pub passive_dns_records: rt::Field<
        ::std::vec::Vec<crate::v1::security::PassiveDnsRecord>,
    >,
    /// CSDL: containment navigation property `sslCertificates`: `Collection(microsoft.graph.security.sslCertificate)`, not nullable.
    pub ssl_certificates: rt::Field<
        ::std::vec::Vec<crate::v1::security::SslCertificate>,
    >,
    /// CSDL: containment navigation property `subdomains`: `Collection(microsoft.graph.security.subdomain)`, not nullable.
    pub subdomains: rt::Field<::std::vec::Vec<crate::v1::security::Subdomain>>,
    /// CSDL: containment navigation property `vulnerabilities`: `Collection(microsoft.graph.security.vulnerability)`, not nullable.
    pub vulnerabilities: rt::Field<::std::vec::Vec<crate::v1::security::Vulnerability>>,
    /// CSDL: containment navigation property `whoisHistoryRecords`: `Collection(microsoft.graph.security.whoisHistoryRecord)`, not nullable.
    pub whois_history_records: rt::Field<
        ::std::vec::Vec<crate::v1::security::WhoisHistoryRecord>,
    >,
    /// CSDL: containment navigation property `whoisRecords`: `Collection(microsoft.graph.security.whoisRecord)`, not nullable.
    pub whois_records: rt::Field<::std::vec::Vec<crate::v1::security::WhoisRecord>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatIntelligence {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            article_indicators: rt::Field::Absent,
            articles: rt::Field::Absent,
            host_components: rt::Field::Absent,
            host_cookies: rt::Field::Absent,
            host_pairs: rt::Field::Absent,
            host_ports: rt::Field::Absent,
            hosts: rt::Field::Absent,
            host_ssl_certificates: rt::Field::Absent,
            host_trackers: rt::Field::Absent,
            intelligence_profile_indicators: rt::Field::Absent,
            intel_profiles: rt::Field::Absent,
            passive_dns_records: rt::Field::Absent,
            ssl_certificates: rt::Field::Absent,
            subdomains: rt::Field::Absent,
            vulnerabilities: rt::Field::Absent,
            whois_history_records: rt::Field::Absent,
            whois_records: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatIntelligence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatIntelligence";
    const KEYS: &'static [&'static str] = &[
        "id",
        "articleIndicators",
        "articles",
        "hostComponents",
        "hostCookies",
        "hostPairs",
        "hostPorts",
        "hosts",
        "hostSslCertificates",
        "hostTrackers",
        "intelligenceProfileIndicators",
        "intelProfiles",
        "passiveDnsRecords",
        "sslCertificates",
        "subdomains",
        "vulnerabilities",
        "whoisHistoryRecords",
        "whoisRecords",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"articleIndicators\":            ",
        ",\"articles\":                     ",
        ",\"hostComponents\":               ",
        ",\"hostCookies\":                  ",
        ",\"hostPairs\":                    ",
        ",\"hostPorts\":                    ",
        ",\"hosts\":                        ",
        ",\"hostSslCertificates\":          ",
        ",\"hostTrackers\":                 ",
        ",\"intelligenceProfileIndicators\":",
        ",\"intelProfiles\":                ",
        ",\"passiveDnsRecords\":            ",
        ",\"sslCertificates\":              ",
        ",\"subdomains\":                   ",
        ",\"vulnerabilities\":              ",
        ",\"whoisHistoryRecords\":          ",
        ",\"whoisRecords\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.threatIntelligence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "article_indicators", &self.article_indicators);
        v.field(2usize, "articles", &self.articles);
        v.field(3usize, "host_components", &self.host_components);
        v.field(4usize, "host_cookies", &self.host_cookies);
        v.field(5usize, "host_pairs", &self.host_pairs);
        v.field(6usize, "host_ports", &self.host_ports);
        v.field(7usize, "hosts", &self.hosts);
        v.field(8usize, "host_ssl_certificates", &self.host_ssl_certificates);
        v.field(9usize, "host_trackers", &self.host_trackers);
        v.field(
            10usize,
            "intelligence_profile_indicators",
            &self.intelligence_profile_indicators,
        );
        v.field(11usize, "intel_profiles", &self.intel_profiles);
        v.field(12usize, "passive_dns_records", &self.passive_dns_records);
        v.field(13usize, "ssl_certificates", &self.ssl_certificates);
        v.field(14usize, "subdomains", &self.subdomains);
        v.field(15usize, "vulnerabilities", &self.vulnerabilities);
        v.field(16usize, "whois_history_records", &self.whois_history_records);
        v.field(17usize, "whois_records", &self.whois_records);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatIntelligence {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.article_indicators.read_from(r),
            2usize => self.articles.read_from(r),
            3usize => self.host_components.read_from(r),
            4usize => self.host_cookies.read_from(r),
            5usize => self.host_pairs.read_from(r),
            6usize => self.host_ports.read_from(r),
            7usize => self.hosts.read_from(r),
            8usize => self.host_ssl_certificates.read_from(r),
            9usize => self.host_trackers.read_from(r),
            10usize => self.intelligence_profile_indicators.read_from(r),
            11usize => self.intel_profiles.read_from(r),
            12usize => self.passive_dns_records.read_from(r),
            13usize => self.ssl_certificates.read_from(r),
            14usize => self.subdomains.read_from(r),
            15usize => self.vulnerabilities.read_from(r),
            16usize => self.whois_history_records.read_from(r),
            17usize => self.whois_records.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.article_indicators);
        w.field(2usize, &self.articles);
        w.field(3usize, &self.host_components);
        w.field(4usize, &self.host_cookies);
        w.field(5usize, &self.host_pairs);
        w.field(6usize, &self.host_ports);
        w.field(7usize, &self.hosts);
        w.field(8usize, &self.host_ssl_certificates);
        w.field(9usize, &self.host_trackers);
        w.field(10usize, &self.intelligence_profile_indicators);
        w.field(11usize, &self.intel_profiles);
        w.field(12usize, &self.passive_dns_records);
        w.field(13usize, &self.ssl_certificates);
        w.field(14usize, &self.subdomains);
        w.field(15usize, &self.vulnerabilities);
        w.field(16usize, &self.whois_history_records);
        w.field(17usize, &self.whois_records);
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
rt::impl_object!(ThreatIntelligence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatIntelligence { with_id id : ::std::string::String; with_article_indicators
    article_indicators : ::std::vec::Vec < crate ::v1::security::ArticleIndicator >;
    with_articles articles : ::std::vec::Vec < crate ::v1::security::Article >;
    with_host_components host_components : ::std::vec::Vec < crate
    ::v1::security::HostComponent >; with_host_cookies host_cookies : ::std::vec::Vec <
    crate ::v1::security::HostCookie >; with_host_pairs host_pairs : ::std::vec::Vec <
    crate ::v1::security::HostPair >; with_host_ports host_ports : ::std::vec::Vec <
    crate ::v1::security::HostPort >; with_hosts hosts : ::std::vec::Vec < crate
    ::v1::security::AnyHost >; with_host_ssl_certificates host_ssl_certificates :
    ::std::vec::Vec < crate ::v1::security::HostSslCertificate >; with_host_trackers
    host_trackers : ::std::vec::Vec < crate ::v1::security::HostTracker >;
    with_intelligence_profile_indicators intelligence_profile_indicators :
    ::std::vec::Vec < crate ::v1::security::IntelligenceProfileIndicator >;
    with_intel_profiles intel_profiles : ::std::vec::Vec < crate
    ::v1::security::IntelligenceProfile >; with_passive_dns_records passive_dns_records :
    ::std::vec::Vec < crate ::v1::security::PassiveDnsRecord >; with_ssl_certificates
    ssl_certificates : ::std::vec::Vec < crate ::v1::security::SslCertificate >;
    with_subdomains subdomains : ::std::vec::Vec < crate ::v1::security::Subdomain >;
    with_vulnerabilities vulnerabilities : ::std::vec::Vec < crate
    ::v1::security::Vulnerability >; with_whois_history_records whois_history_records :
    ::std::vec::Vec < crate ::v1::security::WhoisHistoryRecord >; with_whois_records
    whois_records : ::std::vec::Vec < crate ::v1::security::WhoisRecord >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatIntelligence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Threat Intelligence Atp Content events.
///
/// CSDL: `microsoft.graph.security.threatIntelligenceAtpContentData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatIntelligenceAtpContentData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatIntelligenceAtpContentData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatIntelligenceAtpContentData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatIntelligenceAtpContentData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.threatIntelligenceAtpContentData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatIntelligenceAtpContentData {
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
rt::impl_object!(ThreatIntelligenceAtpContentData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatIntelligenceAtpContentData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatIntelligenceAtpContentData);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Threat Intelligence Export events.
///
/// CSDL: `microsoft.graph.security.threatIntelligenceExportAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatIntelligenceExportAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatIntelligenceExportAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatIntelligenceExportAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatIntelligenceExportAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.threatIntelligenceExportAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatIntelligenceExportAuditRecord {
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
rt::impl_object!(ThreatIntelligenceExportAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatIntelligenceExportAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatIntelligenceExportAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Threat Intelligence Mail events.
///
/// CSDL: `microsoft.graph.security.threatIntelligenceMailData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatIntelligenceMailData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatIntelligenceMailData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatIntelligenceMailData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatIntelligenceMailData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.threatIntelligenceMailData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatIntelligenceMailData {
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
rt::impl_object!(ThreatIntelligenceMailData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatIntelligenceMailData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatIntelligenceMailData);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Threat Intelligence Object events.
///
/// CSDL: `microsoft.graph.security.threatIntelligenceObjectAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatIntelligenceObjectAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatIntelligenceObjectAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatIntelligenceObjectAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatIntelligenceObjectAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.threatIntelligenceObjectAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatIntelligenceObjectAuditRecord {
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
rt::impl_object!(ThreatIntelligenceObjectAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatIntelligenceObjectAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatIntelligenceObjectAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Threat Intelligence Url Click events.
///
/// CSDL: `microsoft.graph.security.threatIntelligenceUrlClickData`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ThreatIntelligenceUrlClickData {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ThreatIntelligenceUrlClickData {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ThreatIntelligenceUrlClickData {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatIntelligenceUrlClickData";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.threatIntelligenceUrlClickData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ThreatIntelligenceUrlClickData {
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
rt::impl_object!(ThreatIntelligenceUrlClickData);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ThreatIntelligenceUrlClickData { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatIntelligenceUrlClickData);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.threatType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ThreatType {
    /// `unknown` (value 0).
    Unknown,
    /// `spam` (value 1).
    Spam,
    /// `malware` (value 2).
    Malware,
    /// `phish` (value 3).
    Phish,
    /// `none` (value 4).
    None,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ThreatType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.threatType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "spam",
        "malware",
        "phish",
        "none",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "spam" => Self::Spam,
                "malware" => Self::Malware,
                "phish" => Self::Phish,
                "none" => Self::None,
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
            Self::Spam => "spam",
            Self::Malware => "malware",
            Self::Phish => "phish",
            Self::None => "none",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ThreatType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ThreatType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.timelineEvent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TimelineEvent {
    /// CSDL: property `eventDateTime`: `Edm.DateTimeOffset`, nullable.
    pub event_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `eventDetails`: `Edm.String`, nullable.
    pub event_details: rt::Field<::std::string::String>,
    /// CSDL: property `eventResult`: `Edm.String`, nullable.
    pub event_result: rt::Field<::std::string::String>,
    /// CSDL: property `eventSource`: `microsoft.graph.security.eventSource`, nullable.
    pub event_source: rt::Field<crate::v1::security::EventSource>,
    /// CSDL: property `eventThreats`: `Collection(Edm.String)`, nullable.
    pub event_threats: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `eventType`: `microsoft.graph.security.timelineEventType`, nullable.
    pub event_type: rt::Field<crate::v1::security::TimelineEventType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TimelineEvent {
    #[inline]
    fn default() -> Self {
        Self {
            event_date_time: rt::Field::Absent,
            event_details: rt::Field::Absent,
            event_result: rt::Field::Absent,
            event_source: rt::Field::Absent,
            event_threats: rt::Field::Absent,
            event_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TimelineEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.timelineEvent";
    const KEYS: &'static [&'static str] = &[
        "eventDateTime",
        "eventDetails",
        "eventResult",
        "eventSource",
        "eventThreats",
        "eventType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"eventDateTime\":                ",
        ",\"eventDetails\":                 ",
        ",\"eventResult\":                  ",
        ",\"eventSource\":                  ",
        ",\"eventThreats\":                 ",
        ",\"eventType\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.timelineEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "event_date_time", &self.event_date_time);
        v.field(1usize, "event_details", &self.event_details);
        v.field(2usize, "event_result", &self.event_result);
        v.field(3usize, "event_source", &self.event_source);
        v.field(4usize, "event_threats", &self.event_threats);
        v.field(5usize, "event_type", &self.event_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TimelineEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.event_date_time.read_from(r),
            1usize => self.event_details.read_from(r),
            2usize => self.event_result.read_from(r),
            3usize => self.event_source.read_from(r),
            4usize => self.event_threats.read_from(r),
            5usize => self.event_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.event_date_time);
        w.field(1usize, &self.event_details);
        w.field(2usize, &self.event_result);
        w.field(3usize, &self.event_source);
        w.field(4usize, &self.event_threats);
        w.field(5usize, &self.event_type);
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
rt::impl_object!(TimelineEvent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TimelineEvent { with_event_date_time event_date_time : rt::edm::DateTimeOffset;
    with_event_details event_details : ::std::string::String; with_event_result
    event_result : ::std::string::String; with_event_source event_source : crate
    ::v1::security::EventSource; with_event_threats event_threats : ::std::vec::Vec <
    ::std::string::String >; with_event_type event_type : crate
    ::v1::security::TimelineEventType; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimelineEvent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.timelineEventType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TimelineEventType {
    /// `originalDelivery` (value 0).
    OriginalDelivery,
    /// `systemTimeTravel` (value 1).
    SystemTimeTravel,
    /// `dynamicDelivery` (value 2).
    DynamicDelivery,
    /// `userUrlClick` (value 3).
    UserUrlClick,
    /// `reprocessed` (value 4).
    Reprocessed,
    /// `zap` (value 5).
    Zap,
    /// `quarantineRelease` (value 6).
    QuarantineRelease,
    /// `air` (value 7).
    Air,
    /// `unknown` (value 8).
    Unknown,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for TimelineEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.timelineEventType";
    const MEMBERS: &'static [&'static str] = &[
        "originalDelivery",
        "systemTimeTravel",
        "dynamicDelivery",
        "userUrlClick",
        "reprocessed",
        "zap",
        "quarantineRelease",
        "air",
        "unknown",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "originalDelivery" => Self::OriginalDelivery,
                "systemTimeTravel" => Self::SystemTimeTravel,
                "dynamicDelivery" => Self::DynamicDelivery,
                "userUrlClick" => Self::UserUrlClick,
                "reprocessed" => Self::Reprocessed,
                "zap" => Self::Zap,
                "quarantineRelease" => Self::QuarantineRelease,
                "air" => Self::Air,
                "unknown" => Self::Unknown,
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
            Self::OriginalDelivery => "originalDelivery",
            Self::SystemTimeTravel => "systemTimeTravel",
            Self::DynamicDelivery => "dynamicDelivery",
            Self::UserUrlClick => "userUrlClick",
            Self::Reprocessed => "reprocessed",
            Self::Zap => "zap",
            Self::QuarantineRelease => "quarantineRelease",
            Self::Air => "air",
            Self::Unknown => "unknown",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(TimelineEventType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TimelineEventType);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft To Do events.
///
/// CSDL: `microsoft.graph.security.todoAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TodoAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TodoAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TodoAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.todoAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.todoAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TodoAuditRecord {
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
rt::impl_object!(TodoAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TodoAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TodoAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.topicModelingSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TopicModelingSettings {
    /// CSDL: property `dynamicallyAdjustTopicCount`: `Edm.Boolean`, nullable.
    pub dynamically_adjust_topic_count: rt::Field<bool>,
    /// CSDL: property `ignoreNumbers`: `Edm.Boolean`, nullable.
    pub ignore_numbers: rt::Field<bool>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `topicCount`: `Edm.Int32`, nullable.
    pub topic_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TopicModelingSettings {
    #[inline]
    fn default() -> Self {
        Self {
            dynamically_adjust_topic_count: rt::Field::Absent,
            ignore_numbers: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            topic_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TopicModelingSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.security.topicModelingSettings";
    const KEYS: &'static [&'static str] = &[
        "dynamicallyAdjustTopicCount",
        "ignoreNumbers",
        "isEnabled",
        "topicCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"dynamicallyAdjustTopicCount\":  ",
        ",\"ignoreNumbers\":                ",
        ",\"isEnabled\":                    ",
        ",\"topicCount\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.topicModelingSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "dynamically_adjust_topic_count",
            &self.dynamically_adjust_topic_count,
        );
        v.field(1usize, "ignore_numbers", &self.ignore_numbers);
        v.field(2usize, "is_enabled", &self.is_enabled);
        v.field(3usize, "topic_count", &self.topic_count);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TopicModelingSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.dynamically_adjust_topic_count.read_from(r),
            1usize => self.ignore_numbers.read_from(r),
            2usize => self.is_enabled.read_from(r),
            3usize => self.topic_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.dynamically_adjust_topic_count);
        w.field(1usize, &self.ignore_numbers);
        w.field(2usize, &self.is_enabled);
        w.field(3usize, &self.topic_count);
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
rt::impl_object!(TopicModelingSettings);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TopicModelingSettings { with_dynamically_adjust_topic_count
    dynamically_adjust_topic_count : bool; with_ignore_numbers ignore_numbers : bool;
    with_is_enabled is_enabled : bool; with_topic_count topic_count : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TopicModelingSettings);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Trainable Classifier events.
///
/// CSDL: `microsoft.graph.security.trainableClassifierAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TrainableClassifierAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TrainableClassifierAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TrainableClassifierAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.trainableClassifierAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.trainableClassifierAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TrainableClassifierAuditRecord {
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
rt::impl_object!(TrainableClassifierAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TrainableClassifierAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TrainableClassifierAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.triggerTypesRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`TriggerTypesRootPath`](../requests/security/trait.TriggerTypesRootPath.html), what a path to one (`EntityPath<TriggerTypesRoot, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct TriggerTypesRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `retentionEventTypes`: `Collection(microsoft.graph.security.retentionEventType)`, not nullable.
    pub retention_event_types: rt::Field<
        ::std::vec::Vec<crate::v1::security::RetentionEventType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for TriggerTypesRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            retention_event_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for TriggerTypesRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.security.triggerTypesRoot";
    const KEYS: &'static [&'static str] = &["id", "retentionEventTypes"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"retentionEventTypes\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.triggerTypesRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "retention_event_types", &self.retention_event_types);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for TriggerTypesRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.retention_event_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.retention_event_types);
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
rt::impl_object!(TriggerTypesRoot);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    TriggerTypesRoot { with_id id : ::std::string::String; with_retention_event_types
    retention_event_types : ::std::vec::Vec < crate ::v1::security::RetentionEventType >;
    }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(TriggerTypesRoot);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for UAM Operation events.
///
/// CSDL: `microsoft.graph.security.uamOperationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UamOperationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UamOperationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UamOperationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.uamOperationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.uamOperationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UamOperationAuditRecord {
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
rt::impl_object!(UamOperationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UamOperationAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UamOperationAuditRecord);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.security.unclassifiedArtifact`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct UnclassifiedArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `kind`: `Edm.String`, not nullable.
    pub kind: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, not nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for UnclassifiedArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            kind: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for UnclassifiedArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.security.unclassifiedArtifact";
    const KEYS: &'static [&'static str] = &["id", "kind", "value"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"kind\":                         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.unclassifiedArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "kind", &self.kind);
        v.field(2usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for UnclassifiedArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.kind.read_from(r),
            2usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.kind);
        w.field(2usize, &self.value);
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
#[cfg(msgraph_v1_search)]
rt::impl_object!(UnclassifiedArtifact);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    UnclassifiedArtifact { with_id id : ::std::string::String; with_kind kind :
    ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnclassifiedArtifact);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Unified Group events.
///
/// CSDL: `microsoft.graph.security.unifiedGroupAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UnifiedGroupAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UnifiedGroupAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UnifiedGroupAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.unifiedGroupAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.unifiedGroupAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UnifiedGroupAuditRecord {
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
rt::impl_object!(UnifiedGroupAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UnifiedGroupAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedGroupAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Unified Simulation Matched Item events.
///
/// CSDL: `microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UnifiedSimulationMatchedItemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UnifiedSimulationMatchedItemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UnifiedSimulationMatchedItemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.unifiedSimulationMatchedItemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UnifiedSimulationMatchedItemAuditRecord {
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
rt::impl_object!(UnifiedSimulationMatchedItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UnifiedSimulationMatchedItemAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedSimulationMatchedItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Unified Simulation Summary events.
///
/// CSDL: `microsoft.graph.security.unifiedSimulationSummaryAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UnifiedSimulationSummaryAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UnifiedSimulationSummaryAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UnifiedSimulationSummaryAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.unifiedSimulationSummaryAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.unifiedSimulationSummaryAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UnifiedSimulationSummaryAuditRecord {
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
rt::impl_object!(UnifiedSimulationSummaryAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UnifiedSimulationSummaryAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UnifiedSimulationSummaryAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Universal Print Management events.
///
/// CSDL: `microsoft.graph.security.universalPrintManagementAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UniversalPrintManagementAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UniversalPrintManagementAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UniversalPrintManagementAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.universalPrintManagementAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.universalPrintManagementAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UniversalPrintManagementAuditRecord {
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
rt::impl_object!(UniversalPrintManagementAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UniversalPrintManagementAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UniversalPrintManagementAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Universal Print Print Job events.
///
/// CSDL: `microsoft.graph.security.universalPrintPrintJobAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UniversalPrintPrintJobAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UniversalPrintPrintJobAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UniversalPrintPrintJobAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.universalPrintPrintJobAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.universalPrintPrintJobAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UniversalPrintPrintJobAuditRecord {
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
rt::impl_object!(UniversalPrintPrintJobAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UniversalPrintPrintJobAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UniversalPrintPrintJobAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for URBAC Assignment events.
///
/// CSDL: `microsoft.graph.security.urbacAssignmentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UrbacAssignmentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UrbacAssignmentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UrbacAssignmentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.urbacAssignmentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.urbacAssignmentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UrbacAssignmentAuditRecord {
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
rt::impl_object!(UrbacAssignmentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UrbacAssignmentAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UrbacAssignmentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for URBAC Enable State events.
///
/// CSDL: `microsoft.graph.security.urbacEnableStateAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UrbacEnableStateAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UrbacEnableStateAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UrbacEnableStateAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.urbacEnableStateAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.urbacEnableStateAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UrbacEnableStateAuditRecord {
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
rt::impl_object!(UrbacEnableStateAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UrbacEnableStateAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UrbacEnableStateAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for URBAC Role events.
///
/// CSDL: `microsoft.graph.security.urbacRoleAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UrbacRoleAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UrbacRoleAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UrbacRoleAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.urbacRoleAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.urbacRoleAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UrbacRoleAuditRecord {
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
rt::impl_object!(UrbacRoleAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UrbacRoleAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UrbacRoleAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.urlEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UrlEvidence {
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
    /// CSDL: property `url`: `Edm.String`, nullable.
    pub url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UrlEvidence {
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
            url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UrlEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.urlEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "url",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"url\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.urlEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "url", &self.url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UrlEvidence {
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
            7usize => self.url.read_from(r),
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
        w.field(7usize, &self.url);
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
rt::impl_object!(UrlEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UrlEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_url url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UrlEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.userAccount`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserAccount {
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `activeDirectoryObjectGuid`: `Edm.Guid`, nullable.
    pub active_directory_object_guid: rt::Field<rt::edm::Guid>,
    /// CSDL: property `azureAdUserId`: `Edm.String`, nullable.
    pub azure_ad_user_id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `domainName`: `Edm.String`, nullable.
    pub domain_name: rt::Field<::std::string::String>,
    /// CSDL: property `resourceAccessEvents`: `Collection(microsoft.graph.security.resourceAccessEvent)`, nullable.
    pub resource_access_events: rt::Field<
        ::std::vec::Vec<crate::v1::security::ResourceAccessEvent>,
    >,
    /// CSDL: property `tenantId`: `Edm.String`, nullable.
    pub tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `userPrincipalName`: `Edm.String`, nullable.
    pub user_principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `userSid`: `Edm.String`, nullable.
    pub user_sid: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserAccount {
    #[inline]
    fn default() -> Self {
        Self {
            account_name: rt::Field::Absent,
            active_directory_object_guid: rt::Field::Absent,
            azure_ad_user_id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            domain_name: rt::Field::Absent,
            resource_access_events: rt::Field::Absent,
            tenant_id: rt::Field::Absent,
            user_principal_name: rt::Field::Absent,
            user_sid: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserAccount {
    const TYPE_NAME: &'static str = "microsoft.graph.security.userAccount";
    const KEYS: &'static [&'static str] = &[
        "accountName",
        "activeDirectoryObjectGuid",
        "azureAdUserId",
        "displayName",
        "domainName",
        "resourceAccessEvents",
        "tenantId",
        "userPrincipalName",
        "userSid",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountName\":                  ",
        ",\"activeDirectoryObjectGuid\":    ",
        ",\"azureAdUserId\":                ",
        ",\"displayName\":                  ",
        ",\"domainName\":                   ",
        ",\"resourceAccessEvents\":         ",
        ",\"tenantId\":                     ",
        ",\"userPrincipalName\":            ",
        ",\"userSid\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.userAccount\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_name", &self.account_name);
        v.field(
            1usize,
            "active_directory_object_guid",
            &self.active_directory_object_guid,
        );
        v.field(2usize, "azure_ad_user_id", &self.azure_ad_user_id);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "domain_name", &self.domain_name);
        v.field(5usize, "resource_access_events", &self.resource_access_events);
        v.field(6usize, "tenant_id", &self.tenant_id);
        v.field(7usize, "user_principal_name", &self.user_principal_name);
        v.field(8usize, "user_sid", &self.user_sid);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserAccount {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_name.read_from(r),
            1usize => self.active_directory_object_guid.read_from(r),
            2usize => self.azure_ad_user_id.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.domain_name.read_from(r),
            5usize => self.resource_access_events.read_from(r),
            6usize => self.tenant_id.read_from(r),
            7usize => self.user_principal_name.read_from(r),
            8usize => self.user_sid.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_name);
        w.field(1usize, &self.active_directory_object_guid);
        w.field(2usize, &self.azure_ad_user_id);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.domain_name);
        w.field(5usize, &self.resource_access_events);
        w.field(6usize, &self.tenant_id);
        w.field(7usize, &self.user_principal_name);
        w.field(8usize, &self.user_sid);
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
rt::impl_object!(UserAccount);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserAccount { with_account_name account_name : ::std::string::String;
    with_active_directory_object_guid active_directory_object_guid : rt::edm::Guid;
    with_azure_ad_user_id azure_ad_user_id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_domain_name domain_name :
    ::std::string::String; with_resource_access_events resource_access_events :
    ::std::vec::Vec < crate ::v1::security::ResourceAccessEvent >; with_tenant_id
    tenant_id : ::std::string::String; with_user_principal_name user_principal_name :
    ::std::string::String; with_user_sid user_sid : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserAccount);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.userEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserEvidence {
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
    /// CSDL: property `stream`: `microsoft.graph.security.stream`, nullable.
    pub stream: rt::Field<crate::v1::security::Stream>,
    /// CSDL: property `userAccount`: `microsoft.graph.security.userAccount`, nullable.
    pub user_account: rt::Field<crate::v1::security::UserAccount>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserEvidence {
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
            stream: rt::Field::Absent,
            user_account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.userEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "stream",
        "userAccount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"stream\":                       ",
        ",\"userAccount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.userEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "stream", &self.stream);
        v.field(8usize, "user_account", &self.user_account);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserEvidence {
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
            7usize => self.stream.read_from(r),
            8usize => self.user_account.read_from(r),
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
        w.field(7usize, &self.stream);
        w.field(8usize, &self.user_account);
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
rt::impl_object!(UserEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_stream stream : crate ::v1::security::Stream;
    with_user_account user_account : crate ::v1::security::UserAccount; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.userSource`, entity type, derived from `microsoft.graph.security.dataSource`, key `id`.
///
/// Request builders: [`DataSourcePath`](../requests/security/trait.DataSourcePath.html), what a path to one (`EntityPath<UserSource, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserSource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `holdStatus`: `microsoft.graph.security.dataSourceHoldStatus`, nullable.
    pub hold_status: rt::Field<crate::v1::security::DataSourceHoldStatus>,
    /// CSDL: property `email`: `Edm.String`, not nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `includedSources`: `microsoft.graph.security.sourceType`, nullable.
    pub included_sources: rt::Field<rt::Flags<crate::v1::security::SourceType>>,
    /// CSDL: property `siteWebUrl`: `Edm.String`, nullable.
    pub site_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserSource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            hold_status: rt::Field::Absent,
            email: rt::Field::Absent,
            included_sources: rt::Field::Absent,
            site_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserSource {
    const TYPE_NAME: &'static str = "microsoft.graph.security.userSource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "holdStatus",
        "email",
        "includedSources",
        "siteWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"holdStatus\":                   ",
        ",\"email\":                        ",
        ",\"includedSources\":              ",
        ",\"siteWebUrl\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.userSource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "hold_status", &self.hold_status);
        v.field(5usize, "email", &self.email);
        v.field(6usize, "included_sources", &self.included_sources);
        v.field(7usize, "site_web_url", &self.site_web_url);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserSource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.hold_status.read_from(r),
            5usize => self.email.read_from(r),
            6usize => self.included_sources.read_from(r),
            7usize => self.site_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.hold_status);
        w.field(5usize, &self.email);
        w.field(6usize, &self.included_sources);
        w.field(7usize, &self.site_web_url);
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
rt::impl_object!(UserSource);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserSource { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::AnyIdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_hold_status hold_status : crate ::v1::security::DataSourceHoldStatus; with_email
    email : ::std::string::String; with_included_sources included_sources : rt::Flags <
    crate ::v1::security::SourceType >; with_site_web_url site_web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserSource);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for User Training events.
///
/// CSDL: `microsoft.graph.security.userTrainingAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UserTrainingAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UserTrainingAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UserTrainingAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.userTrainingAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.userTrainingAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UserTrainingAuditRecord {
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
rt::impl_object!(UserTrainingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UserTrainingAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UserTrainingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for USX Workspace Onboarding events.
///
/// CSDL: `microsoft.graph.security.usxWorkspaceOnboardingAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct UsxWorkspaceOnboardingAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for UsxWorkspaceOnboardingAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for UsxWorkspaceOnboardingAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.usxWorkspaceOnboardingAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.usxWorkspaceOnboardingAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for UsxWorkspaceOnboardingAuditRecord {
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
rt::impl_object!(UsxWorkspaceOnboardingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    UsxWorkspaceOnboardingAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(UsxWorkspaceOnboardingAuditRecord);
