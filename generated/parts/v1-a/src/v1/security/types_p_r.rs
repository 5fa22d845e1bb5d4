//! Types of `microsoft.graph.security` by the first letters of their names (`p_r`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// Audit data for P4 AI Risk Score events.
///
/// CSDL: `microsoft.graph.security.p4AIRiskScoreRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct P4AiRiskScoreRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for P4AiRiskScoreRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for P4AiRiskScoreRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.p4AIRiskScoreRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.p4AIRiskScoreRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for P4AiRiskScoreRecord {
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
rt::impl_object!(P4AiRiskScoreRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    P4AiRiskScoreRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(P4AiRiskScoreRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for P4AI Assessment Category events.
///
/// CSDL: `microsoft.graph.security.p4aiAssessmentCategoryRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct P4aiAssessmentCategoryRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for P4aiAssessmentCategoryRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for P4aiAssessmentCategoryRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.p4aiAssessmentCategoryRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.p4aiAssessmentCategoryRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for P4aiAssessmentCategoryRecord {
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
rt::impl_object!(P4aiAssessmentCategoryRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    P4aiAssessmentCategoryRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(P4aiAssessmentCategoryRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for P4AI Assessment Fabric Scanner events.
///
/// CSDL: `microsoft.graph.security.p4aiAssessmentFabricScannerRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct P4aiAssessmentFabricScannerRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for P4aiAssessmentFabricScannerRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for P4aiAssessmentFabricScannerRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.p4aiAssessmentFabricScannerRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.p4aiAssessmentFabricScannerRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for P4aiAssessmentFabricScannerRecord {
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
rt::impl_object!(P4aiAssessmentFabricScannerRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    P4aiAssessmentFabricScannerRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(P4aiAssessmentFabricScannerRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for P4AI Assessment Location Result events.
///
/// CSDL: `microsoft.graph.security.p4aiAssessmentLocationResultRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct P4aiAssessmentLocationResultRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for P4aiAssessmentLocationResultRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for P4aiAssessmentLocationResultRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.p4aiAssessmentLocationResultRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.p4aiAssessmentLocationResultRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for P4aiAssessmentLocationResultRecord {
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
rt::impl_object!(P4aiAssessmentLocationResultRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    P4aiAssessmentLocationResultRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(P4aiAssessmentLocationResultRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for P4AI Assessment events.
///
/// CSDL: `microsoft.graph.security.p4aiAssessmentRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct P4aiAssessmentRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for P4aiAssessmentRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for P4aiAssessmentRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.p4aiAssessmentRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.p4aiAssessmentRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for P4aiAssessmentRecord {
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
rt::impl_object!(P4aiAssessmentRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    P4aiAssessmentRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(P4aiAssessmentRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.passiveDnsRecord`, entity type, derived from `microsoft.graph.security.artifact`, key `id`.
///
/// Request builders: [`PassiveDnsRecordPath`](../requests/security/trait.PassiveDnsRecordPath.html), what a path to one (`EntityPath<PassiveDnsRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PassiveDnsRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `collectedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub collected_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `recordType`: `Edm.String`, not nullable.
    pub record_type: rt::Field<::std::string::String>,
    /// CSDL: navigation property `artifact`: `microsoft.graph.security.artifact`, not nullable.
    pub artifact: rt::Field<crate::v1::security::AnyArtifact>,
    /// CSDL: navigation property `parentHost`: `microsoft.graph.security.host`, not nullable.
    pub parent_host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PassiveDnsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            collected_date_time: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            record_type: rt::Field::Absent,
            artifact: rt::Field::Absent,
            parent_host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PassiveDnsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.passiveDnsRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "collectedDateTime",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "recordType",
        "artifact",
        "parentHost",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"collectedDateTime\":            ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"recordType\":                   ",
        ",\"artifact\":                     ",
        ",\"parentHost\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.passiveDnsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "collected_date_time", &self.collected_date_time);
        v.field(2usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(3usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(4usize, "record_type", &self.record_type);
        v.field(5usize, "artifact", &self.artifact);
        v.field(6usize, "parent_host", &self.parent_host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PassiveDnsRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.collected_date_time.read_from(r),
            2usize => self.first_seen_date_time.read_from(r),
            3usize => self.last_seen_date_time.read_from(r),
            4usize => self.record_type.read_from(r),
            5usize => self.artifact.read_from(r),
            6usize => self.parent_host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.collected_date_time);
        w.field(2usize, &self.first_seen_date_time);
        w.field(3usize, &self.last_seen_date_time);
        w.field(4usize, &self.record_type);
        w.field(5usize, &self.artifact);
        w.field(6usize, &self.parent_host);
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
rt::impl_object!(PassiveDnsRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PassiveDnsRecord { with_id id : ::std::string::String; with_collected_date_time
    collected_date_time : rt::edm::DateTimeOffset; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_record_type record_type :
    ::std::string::String; with_artifact artifact : crate ::v1::security::AnyArtifact;
    with_parent_host parent_host : crate ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PassiveDnsRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for People Admin Settings events.
///
/// CSDL: `microsoft.graph.security.peopleAdminSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PeopleAdminSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PeopleAdminSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PeopleAdminSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.peopleAdminSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.peopleAdminSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PeopleAdminSettingsAuditRecord {
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
rt::impl_object!(PeopleAdminSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PeopleAdminSettingsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PeopleAdminSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Physical Badging Signal events.
///
/// CSDL: `microsoft.graph.security.physicalBadgingSignalAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PhysicalBadgingSignalAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PhysicalBadgingSignalAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PhysicalBadgingSignalAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.physicalBadgingSignalAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.physicalBadgingSignalAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PhysicalBadgingSignalAuditRecord {
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
rt::impl_object!(PhysicalBadgingSignalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PhysicalBadgingSignalAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PhysicalBadgingSignalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Places Directory events.
///
/// CSDL: `microsoft.graph.security.placesDirectoryAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlacesDirectoryAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlacesDirectoryAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlacesDirectoryAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.placesDirectoryAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.placesDirectoryAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlacesDirectoryAuditRecord {
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
rt::impl_object!(PlacesDirectoryAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlacesDirectoryAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlacesDirectoryAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Chat Message events.
///
/// CSDL: `microsoft.graph.security.plannerChatMessageAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerChatMessageAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerChatMessageAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerChatMessageAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerChatMessageAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerChatMessageAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerChatMessageAuditRecord {
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
rt::impl_object!(PlannerChatMessageAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerChatMessageAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerChatMessageAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Chat Message List events.
///
/// CSDL: `microsoft.graph.security.plannerChatMessageListAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerChatMessageListAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerChatMessageListAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerChatMessageListAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerChatMessageListAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerChatMessageListAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerChatMessageListAuditRecord {
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
rt::impl_object!(PlannerChatMessageListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerChatMessageListAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerChatMessageListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Copy Plan events.
///
/// CSDL: `microsoft.graph.security.plannerCopyPlanAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerCopyPlanAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerCopyPlanAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerCopyPlanAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerCopyPlanAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerCopyPlanAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerCopyPlanAuditRecord {
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
rt::impl_object!(PlannerCopyPlanAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerCopyPlanAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerCopyPlanAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Goal events.
///
/// CSDL: `microsoft.graph.security.plannerGoalAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerGoalAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerGoalAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerGoalAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerGoalAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerGoalAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerGoalAuditRecord {
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
rt::impl_object!(PlannerGoalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerGoalAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerGoalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Goal List events.
///
/// CSDL: `microsoft.graph.security.plannerGoalListAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerGoalListAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerGoalListAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerGoalListAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerGoalListAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerGoalListAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerGoalListAuditRecord {
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
rt::impl_object!(PlannerGoalListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerGoalListAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerGoalListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Plan events.
///
/// CSDL: `microsoft.graph.security.plannerPlanAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerPlanAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerPlanAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerPlanAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerPlanAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerPlanAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerPlanAuditRecord {
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
rt::impl_object!(PlannerPlanAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerPlanAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Plan List events.
///
/// CSDL: `microsoft.graph.security.plannerPlanListAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerPlanListAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerPlanListAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerPlanListAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerPlanListAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerPlanListAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerPlanListAuditRecord {
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
rt::impl_object!(PlannerPlanListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerPlanListAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Plan Sensitivity Label events.
///
/// CSDL: `microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerPlanSensitivityLabelAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerPlanSensitivityLabelAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerPlanSensitivityLabelAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerPlanSensitivityLabelAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerPlanSensitivityLabelAuditRecord {
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
rt::impl_object!(PlannerPlanSensitivityLabelAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerPlanSensitivityLabelAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerPlanSensitivityLabelAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Roster events.
///
/// CSDL: `microsoft.graph.security.plannerRosterAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerRosterAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerRosterAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerRosterAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerRosterAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerRosterAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerRosterAuditRecord {
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
rt::impl_object!(PlannerRosterAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerRosterAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerRosterAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Roster Sensitivity Label events.
///
/// CSDL: `microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerRosterSensitivityLabelAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerRosterSensitivityLabelAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerRosterSensitivityLabelAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerRosterSensitivityLabelAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerRosterSensitivityLabelAuditRecord {
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
rt::impl_object!(PlannerRosterSensitivityLabelAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerRosterSensitivityLabelAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerRosterSensitivityLabelAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Task events.
///
/// CSDL: `microsoft.graph.security.plannerTaskAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerTaskAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerTaskAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerTaskAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerTaskAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerTaskAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerTaskAuditRecord {
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
rt::impl_object!(PlannerTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerTaskAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Task List events.
///
/// CSDL: `microsoft.graph.security.plannerTaskListAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerTaskListAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerTaskListAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerTaskListAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerTaskListAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerTaskListAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerTaskListAuditRecord {
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
rt::impl_object!(PlannerTaskListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerTaskListAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTaskListAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Planner Tenant Settings events.
///
/// CSDL: `microsoft.graph.security.plannerTenantSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PlannerTenantSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PlannerTenantSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PlannerTenantSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.plannerTenantSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.plannerTenantSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PlannerTenantSettingsAuditRecord {
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
rt::impl_object!(PlannerTenantSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PlannerTenantSettingsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PlannerTenantSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Policy Config Change events.
///
/// CSDL: `microsoft.graph.security.policyConfigChangeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PolicyConfigChangeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PolicyConfigChangeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PolicyConfigChangeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.policyConfigChangeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.policyConfigChangeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PolicyConfigChangeAuditRecord {
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
rt::impl_object!(PolicyConfigChangeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PolicyConfigChangeAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PolicyConfigChangeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for PowerApps Audit App events.
///
/// CSDL: `microsoft.graph.security.powerAppsAuditAppRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerAppsAuditAppRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerAppsAuditAppRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerAppsAuditAppRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerAppsAuditAppRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerAppsAuditAppRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerAppsAuditAppRecord {
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
rt::impl_object!(PowerAppsAuditAppRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerAppsAuditAppRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerAppsAuditAppRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for PowerApps Audit Plan events.
///
/// CSDL: `microsoft.graph.security.powerAppsAuditPlanRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerAppsAuditPlanRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerAppsAuditPlanRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerAppsAuditPlanRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerAppsAuditPlanRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerAppsAuditPlanRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerAppsAuditPlanRecord {
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
rt::impl_object!(PowerAppsAuditPlanRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerAppsAuditPlanRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerAppsAuditPlanRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for PowerApps Audit Resource events.
///
/// CSDL: `microsoft.graph.security.powerAppsAuditResourceRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerAppsAuditResourceRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerAppsAuditResourceRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerAppsAuditResourceRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerAppsAuditResourceRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerAppsAuditResourceRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerAppsAuditResourceRecord {
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
rt::impl_object!(PowerAppsAuditResourceRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerAppsAuditResourceRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerAppsAuditResourceRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power BI events.
///
/// CSDL: `microsoft.graph.security.powerBIAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerBiAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerBiAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerBiAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerBIAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerBIAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerBiAuditRecord {
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
rt::impl_object!(PowerBiAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerBiAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerBiAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power BI DLP events.
///
/// CSDL: `microsoft.graph.security.powerBIDlpAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerBiDlpAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerBiDlpAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerBiDlpAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerBIDlpAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerBIDlpAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerBiDlpAuditRecord {
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
rt::impl_object!(PowerBiDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerBiDlpAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerBiDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Pages Site events.
///
/// CSDL: `microsoft.graph.security.powerPagesSiteAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPagesSiteAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPagesSiteAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPagesSiteAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPagesSiteAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPagesSiteAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPagesSiteAuditRecord {
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
rt::impl_object!(PowerPagesSiteAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPagesSiteAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPagesSiteAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Admin DLP events.
///
/// CSDL: `microsoft.graph.security.powerPlatformAdminDlpAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformAdminDlpAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformAdminDlpAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformAdminDlpAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformAdminDlpAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformAdminDlpAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformAdminDlpAuditRecord {
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
rt::impl_object!(PowerPlatformAdminDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformAdminDlpAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformAdminDlpAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Admin Environment events.
///
/// CSDL: `microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformAdminEnvironmentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformAdminEnvironmentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformAdminEnvironmentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformAdminEnvironmentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformAdminEnvironmentAuditRecord {
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
rt::impl_object!(PowerPlatformAdminEnvironmentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformAdminEnvironmentAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformAdminEnvironmentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Administrator Activity events.
///
/// CSDL: `microsoft.graph.security.powerPlatformAdministratorActivityRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformAdministratorActivityRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformAdministratorActivityRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformAdministratorActivityRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformAdministratorActivityRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformAdministratorActivityRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformAdministratorActivityRecord {
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
rt::impl_object!(PowerPlatformAdministratorActivityRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformAdministratorActivityRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformAdministratorActivityRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Lockbox Resource Access Request events.
///
/// CSDL: `microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformLockboxResourceAccessRequestAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformLockboxResourceAccessRequestAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformLockboxResourceAccessRequestAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformLockboxResourceAccessRequestAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformLockboxResourceAccessRequestAuditRecord {
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
rt::impl_object!(PowerPlatformLockboxResourceAccessRequestAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformLockboxResourceAccessRequestAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformLockboxResourceAccessRequestAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Lockbox Resource Command events.
///
/// CSDL: `microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformLockboxResourceCommandAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformLockboxResourceCommandAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformLockboxResourceCommandAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformLockboxResourceCommandAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformLockboxResourceCommandAuditRecord {
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
rt::impl_object!(PowerPlatformLockboxResourceCommandAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformLockboxResourceCommandAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformLockboxResourceCommandAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Service Activity events.
///
/// CSDL: `microsoft.graph.security.powerPlatformServiceActivityAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformServiceActivityAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformServiceActivityAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformServiceActivityAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformServiceActivityAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformServiceActivityAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformServiceActivityAuditRecord {
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
rt::impl_object!(PowerPlatformServiceActivityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformServiceActivityAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformServiceActivityAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Power Platform Tenant Isolation events.
///
/// CSDL: `microsoft.graph.security.powerPlatformTenantIsolationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PowerPlatformTenantIsolationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PowerPlatformTenantIsolationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PowerPlatformTenantIsolationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.powerPlatformTenantIsolationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.powerPlatformTenantIsolationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PowerPlatformTenantIsolationRecord {
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
rt::impl_object!(PowerPlatformTenantIsolationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PowerPlatformTenantIsolationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PowerPlatformTenantIsolationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Priva Privacy Assessment Operation events.
///
/// CSDL: `microsoft.graph.security.privaPrivacyAssessmentOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivaPrivacyAssessmentOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivaPrivacyAssessmentOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivaPrivacyAssessmentOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privaPrivacyAssessmentOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privaPrivacyAssessmentOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivaPrivacyAssessmentOperationRecord {
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
rt::impl_object!(PrivaPrivacyAssessmentOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivaPrivacyAssessmentOperationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivaPrivacyAssessmentOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Priva Privacy Consent Operation events.
///
/// CSDL: `microsoft.graph.security.privaPrivacyConsentOperationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivaPrivacyConsentOperationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivaPrivacyConsentOperationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivaPrivacyConsentOperationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privaPrivacyConsentOperationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privaPrivacyConsentOperationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivaPrivacyConsentOperationRecord {
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
rt::impl_object!(PrivaPrivacyConsentOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivaPrivacyConsentOperationRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivaPrivacyConsentOperationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Data Match events.
///
/// CSDL: `microsoft.graph.security.privacyDataMatchAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyDataMatchAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyDataMatchAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyDataMatchAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyDataMatchAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyDataMatchAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyDataMatchAuditRecord {
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
rt::impl_object!(PrivacyDataMatchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyDataMatchAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyDataMatchAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Data Minimization events.
///
/// CSDL: `microsoft.graph.security.privacyDataMinimizationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyDataMinimizationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyDataMinimizationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyDataMinimizationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyDataMinimizationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyDataMinimizationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyDataMinimizationRecord {
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
rt::impl_object!(PrivacyDataMinimizationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyDataMinimizationRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyDataMinimizationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Digest Email events.
///
/// CSDL: `microsoft.graph.security.privacyDigestEmailRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyDigestEmailRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyDigestEmailRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyDigestEmailRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyDigestEmailRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyDigestEmailRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyDigestEmailRecord {
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
rt::impl_object!(PrivacyDigestEmailRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyDigestEmailRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyDigestEmailRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Open Access events.
///
/// CSDL: `microsoft.graph.security.privacyOpenAccessAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyOpenAccessAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyOpenAccessAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyOpenAccessAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyOpenAccessAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyOpenAccessAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyOpenAccessAuditRecord {
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
rt::impl_object!(PrivacyOpenAccessAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyOpenAccessAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyOpenAccessAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Portal events.
///
/// CSDL: `microsoft.graph.security.privacyPortalAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyPortalAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyPortalAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyPortalAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyPortalAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyPortalAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyPortalAuditRecord {
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
rt::impl_object!(PrivacyPortalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyPortalAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyPortalAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Remediation Action events.
///
/// CSDL: `microsoft.graph.security.privacyRemediationActionRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyRemediationActionRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyRemediationActionRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyRemediationActionRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyRemediationActionRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyRemediationActionRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyRemediationActionRecord {
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
rt::impl_object!(PrivacyRemediationActionRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyRemediationActionRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyRemediationActionRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Privacy Remediation events.
///
/// CSDL: `microsoft.graph.security.privacyRemediationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PrivacyRemediationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PrivacyRemediationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PrivacyRemediationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.privacyRemediationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.privacyRemediationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PrivacyRemediationRecord {
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
rt::impl_object!(PrivacyRemediationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PrivacyRemediationRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PrivacyRemediationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.processEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProcessEvidence {
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
    /// CSDL: property `detectionStatus`: `microsoft.graph.security.detectionStatus`, nullable.
    pub detection_status: rt::Field<crate::v1::security::DetectionStatus>,
    /// CSDL: property `imageFile`: `microsoft.graph.security.fileDetails`, nullable.
    pub image_file: rt::Field<crate::v1::security::FileDetails>,
    /// CSDL: property `mdeDeviceId`: `Edm.String`, nullable.
    pub mde_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `parentProcessCreationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub parent_process_creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `parentProcessId`: `Edm.Int64`, nullable.
    pub parent_process_id: rt::Field<i64>,
    /// CSDL: property `parentProcessImageFile`: `microsoft.graph.security.fileDetails`, nullable.
    pub parent_process_image_file: rt::Field<crate::v1::security::FileDetails>,
    /// CSDL: property `processCommandLine`: `Edm.String`, nullable.
    pub process_command_line: rt::Field<::std::string::String>,
    /// CSDL: property `processCreationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub process_creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `processId`: `Edm.Int64`, nullable.
    pub process_id: rt::Field<i64>,
    /// CSDL: property `userAccount`: `microsoft.graph.security.userAccount`, nullable.
    pub user_account: rt::Field<crate::v1::security::UserAccount>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProcessEvidence {
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
            detection_status: rt::Field::Absent,
            image_file: rt::Field::Absent,
            mde_device_id: rt::Field::Absent,
            parent_process_creation_date_time: rt::Field::Absent,
            parent_process_id: rt::Field::Absent,
            parent_process_image_file: rt::Field::Absent,
            process_command_line: rt::Field::Absent,
            process_creation_date_time: rt::Field::Absent,
            process_id: rt::Field::Absent,
            user_account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProcessEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.processEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "detectionStatus",
        "imageFile",
        "mdeDeviceId",
        "parentProcessCreationDateTime",
        "parentProcessId",
        "parentProcessImageFile",
        "processCommandLine",
        "processCreationDateTime",
        "processId",
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
        ",\"detectionStatus\":              ",
        ",\"imageFile\":                    ",
        ",\"mdeDeviceId\":                  ",
        ",\"parentProcessCreationDateTime\":",
        ",\"parentProcessId\":              ",
        ",\"parentProcessImageFile\":       ",
        ",\"processCommandLine\":           ",
        ",\"processCreationDateTime\":      ",
        ",\"processId\":                    ",
        ",\"userAccount\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.processEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "detection_status", &self.detection_status);
        v.field(8usize, "image_file", &self.image_file);
        v.field(9usize, "mde_device_id", &self.mde_device_id);
        v.field(
            10usize,
            "parent_process_creation_date_time",
            &self.parent_process_creation_date_time,
        );
        v.field(11usize, "parent_process_id", &self.parent_process_id);
        v.field(12usize, "parent_process_image_file", &self.parent_process_image_file);
        v.field(13usize, "process_command_line", &self.process_command_line);
        v.field(14usize, "process_creation_date_time", &self.process_creation_date_time);
        v.field(15usize, "process_id", &self.process_id);
        v.field(16usize, "user_account", &self.user_account);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProcessEvidence {
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
            7usize => self.detection_status.read_from(r),
            8usize => self.image_file.read_from(r),
            9usize => self.mde_device_id.read_from(r),
            10usize => self.parent_process_creation_date_time.read_from(r),
            11usize => self.parent_process_id.read_from(r),
            12usize => self.parent_process_image_file.read_from(r),
            13usize => self.process_command_line.read_from(r),
            14usize => self.process_creation_date_time.read_from(r),
            15usize => self.process_id.read_from(r),
            16usize => self.user_account.read_from(r),
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
        w.field(7usize, &self.detection_status);
        w.field(8usize, &self.image_file);
        w.field(9usize, &self.mde_device_id);
        w.field(10usize, &self.parent_process_creation_date_time);
        w.field(11usize, &self.parent_process_id);
        w.field(12usize, &self.parent_process_image_file);
        w.field(13usize, &self.process_command_line);
        w.field(14usize, &self.process_creation_date_time);
        w.field(15usize, &self.process_id);
        w.field(16usize, &self.user_account);
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
rt::impl_object!(ProcessEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProcessEvidence { with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_detailed_roles detailed_roles : ::std::vec::Vec < ::std::string::String >;
    with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_detection_status detection_status : crate
    ::v1::security::DetectionStatus; with_image_file image_file : crate
    ::v1::security::FileDetails; with_mde_device_id mde_device_id :
    ::std::string::String; with_parent_process_creation_date_time
    parent_process_creation_date_time : rt::edm::DateTimeOffset; with_parent_process_id
    parent_process_id : i64; with_parent_process_image_file parent_process_image_file :
    crate ::v1::security::FileDetails; with_process_command_line process_command_line :
    ::std::string::String; with_process_creation_date_time process_creation_date_time :
    rt::edm::DateTimeOffset; with_process_id process_id : i64; with_user_account
    user_account : crate ::v1::security::UserAccount; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProcessEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Microsoft Project events.
///
/// CSDL: `microsoft.graph.security.projectAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectAuditRecord {
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
rt::impl_object!(ProjectAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Assigned To Me Settings events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebAssignedToMeSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebAssignedToMeSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebAssignedToMeSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebAssignedToMeSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebAssignedToMeSettingsAuditRecord {
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
rt::impl_object!(ProjectForTheWebAssignedToMeSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebAssignedToMeSettingsAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebAssignedToMeSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Project events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebProjectAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebProjectAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebProjectAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebProjectAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebProjectAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebProjectAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebProjectAuditRecord {
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
rt::impl_object!(ProjectForTheWebProjectAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebProjectAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebProjectAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Project Settings events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebProjectSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebProjectSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebProjectSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebProjectSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebProjectSettingsAuditRecord {
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
rt::impl_object!(ProjectForTheWebProjectSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebProjectSettingsAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebProjectSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Roadmap events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebRoadmapAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebRoadmapAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebRoadmapAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebRoadmapAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebRoadmapAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebRoadmapAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebRoadmapAuditRecord {
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
rt::impl_object!(ProjectForTheWebRoadmapAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebRoadmapAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebRoadmapAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Roadmap Item events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebRoadmapItemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebRoadmapItemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebRoadmapItemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebRoadmapItemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebRoadmapItemAuditRecord {
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
rt::impl_object!(ProjectForTheWebRoadmapItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebRoadmapItemAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebRoadmapItemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Roadmap Settings events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebRoadmapSettingsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebRoadmapSettingsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebRoadmapSettingsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebRoadmapSettingsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebRoadmapSettingsAuditRecord {
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
rt::impl_object!(ProjectForTheWebRoadmapSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebRoadmapSettingsAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebRoadmapSettingsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Project for the Web Task events.
///
/// CSDL: `microsoft.graph.security.projectForTheWebTaskAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ProjectForTheWebTaskAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ProjectForTheWebTaskAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ProjectForTheWebTaskAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.projectForTheWebTaskAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.projectForTheWebTaskAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ProjectForTheWebTaskAuditRecord {
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
rt::impl_object!(ProjectForTheWebTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ProjectForTheWebTaskAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProjectForTheWebTaskAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.protocolType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ProtocolType {
    /// `tcp` (value 0).
    Tcp,
    /// `udp` (value 1).
    Udp,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ProtocolType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.protocolType";
    const MEMBERS: &'static [&'static str] = &["tcp", "udp", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "tcp" => Self::Tcp,
                "udp" => Self::Udp,
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
            Self::Tcp => "tcp",
            Self::Udp => "udp",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ProtocolType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ProtocolType);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Exchange public folder events.
///
/// CSDL: `microsoft.graph.security.publicFolderAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PublicFolderAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PublicFolderAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PublicFolderAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.publicFolderAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.publicFolderAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PublicFolderAuditRecord {
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
rt::impl_object!(PublicFolderAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PublicFolderAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PublicFolderAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.purgeType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum PurgeType {
    /// `recoverable` (value 0).
    Recoverable,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// `permanentlyDelete` (value 2).
    PermanentlyDelete,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for PurgeType {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purgeType";
    const MEMBERS: &'static [&'static str] = &[
        "recoverable",
        "unknownFutureValue",
        "permanentlyDelete",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "recoverable" => Self::Recoverable,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "permanentlyDelete" => Self::PermanentlyDelete,
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
            Self::Recoverable => "recoverable",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::PermanentlyDelete => "permanentlyDelete",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(PurgeType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurgeType);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Purview Insider Risk Alerts events.
///
/// CSDL: `microsoft.graph.security.purviewInsiderRiskAlertsRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PurviewInsiderRiskAlertsRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PurviewInsiderRiskAlertsRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PurviewInsiderRiskAlertsRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purviewInsiderRiskAlertsRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.purviewInsiderRiskAlertsRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PurviewInsiderRiskAlertsRecord {
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
rt::impl_object!(PurviewInsiderRiskAlertsRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PurviewInsiderRiskAlertsRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurviewInsiderRiskAlertsRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Purview Insider Risk Cases events.
///
/// CSDL: `microsoft.graph.security.purviewInsiderRiskCasesRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PurviewInsiderRiskCasesRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PurviewInsiderRiskCasesRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PurviewInsiderRiskCasesRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purviewInsiderRiskCasesRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.purviewInsiderRiskCasesRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PurviewInsiderRiskCasesRecord {
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
rt::impl_object!(PurviewInsiderRiskCasesRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PurviewInsiderRiskCasesRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurviewInsiderRiskCasesRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Purview MC Recommendation events.
///
/// CSDL: `microsoft.graph.security.purviewMCRecommendationRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PurviewMcRecommendationRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PurviewMcRecommendationRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PurviewMcRecommendationRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purviewMCRecommendationRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.purviewMCRecommendationRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PurviewMcRecommendationRecord {
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
rt::impl_object!(PurviewMcRecommendationRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PurviewMcRecommendationRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurviewMcRecommendationRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Purview Posture Agent events.
///
/// CSDL: `microsoft.graph.security.purviewPostureAgentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct PurviewPostureAgentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for PurviewPostureAgentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for PurviewPostureAgentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.purviewPostureAgentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.purviewPostureAgentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for PurviewPostureAgentAuditRecord {
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
rt::impl_object!(PurviewPostureAgentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    PurviewPostureAgentAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(PurviewPostureAgentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for quarantine events.
///
/// CSDL: `microsoft.graph.security.quarantineAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct QuarantineAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for QuarantineAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for QuarantineAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.quarantineAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.quarantineAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for QuarantineAuditRecord {
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
rt::impl_object!(QuarantineAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    QuarantineAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(QuarantineAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Records Management events.
///
/// CSDL: `microsoft.graph.security.recordsManagementAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RecordsManagementAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RecordsManagementAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RecordsManagementAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.recordsManagementAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.recordsManagementAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RecordsManagementAuditRecord {
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
rt::impl_object!(RecordsManagementAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RecordsManagementAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RecordsManagementAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.redundancyDetectionSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RedundancyDetectionSettings {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `maxWords`: `Edm.Int32`, nullable.
    pub max_words: rt::Field<i32>,
    /// CSDL: property `minWords`: `Edm.Int32`, nullable.
    pub min_words: rt::Field<i32>,
    /// CSDL: property `similarityThreshold`: `Edm.Int32`, nullable.
    pub similarity_threshold: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RedundancyDetectionSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            max_words: rt::Field::Absent,
            min_words: rt::Field::Absent,
            similarity_threshold: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RedundancyDetectionSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.security.redundancyDetectionSettings";
    const KEYS: &'static [&'static str] = &[
        "isEnabled",
        "maxWords",
        "minWords",
        "similarityThreshold",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"maxWords\":                     ",
        ",\"minWords\":                     ",
        ",\"similarityThreshold\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.redundancyDetectionSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "max_words", &self.max_words);
        v.field(2usize, "min_words", &self.min_words);
        v.field(3usize, "similarity_threshold", &self.similarity_threshold);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RedundancyDetectionSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.max_words.read_from(r),
            2usize => self.min_words.read_from(r),
            3usize => self.similarity_threshold.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.max_words);
        w.field(2usize, &self.min_words);
        w.field(3usize, &self.similarity_threshold);
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
rt::impl_object!(RedundancyDetectionSettings);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RedundancyDetectionSettings { with_is_enabled is_enabled : bool; with_max_words
    max_words : i32; with_min_words min_words : i32; with_similarity_threshold
    similarity_threshold : i32; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RedundancyDetectionSettings);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.registryKeyEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RegistryKeyEvidence {
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
    /// CSDL: property `registryHive`: `Edm.String`, nullable.
    pub registry_hive: rt::Field<::std::string::String>,
    /// CSDL: property `registryKey`: `Edm.String`, nullable.
    pub registry_key: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RegistryKeyEvidence {
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
            registry_hive: rt::Field::Absent,
            registry_key: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RegistryKeyEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.registryKeyEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "registryHive",
        "registryKey",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"registryHive\":                 ",
        ",\"registryKey\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.registryKeyEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "registry_hive", &self.registry_hive);
        v.field(8usize, "registry_key", &self.registry_key);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RegistryKeyEvidence {
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
            7usize => self.registry_hive.read_from(r),
            8usize => self.registry_key.read_from(r),
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
        w.field(7usize, &self.registry_hive);
        w.field(8usize, &self.registry_key);
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
rt::impl_object!(RegistryKeyEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RegistryKeyEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_registry_hive registry_hive :
    ::std::string::String; with_registry_key registry_key : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryKeyEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.registryValueEvidence`, complex type, derived from `microsoft.graph.security.alertEvidence`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RegistryValueEvidence {
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
    /// CSDL: property `mdeDeviceId`: `Edm.String`, nullable.
    pub mde_device_id: rt::Field<::std::string::String>,
    /// CSDL: property `registryHive`: `Edm.String`, nullable.
    pub registry_hive: rt::Field<::std::string::String>,
    /// CSDL: property `registryKey`: `Edm.String`, nullable.
    pub registry_key: rt::Field<::std::string::String>,
    /// CSDL: property `registryValue`: `Edm.String`, nullable.
    pub registry_value: rt::Field<::std::string::String>,
    /// CSDL: property `registryValueName`: `Edm.String`, nullable.
    pub registry_value_name: rt::Field<::std::string::String>,
    /// CSDL: property `registryValueType`: `Edm.String`, nullable.
    pub registry_value_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RegistryValueEvidence {
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
            mde_device_id: rt::Field::Absent,
            registry_hive: rt::Field::Absent,
            registry_key: rt::Field::Absent,
            registry_value: rt::Field::Absent,
            registry_value_name: rt::Field::Absent,
            registry_value_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RegistryValueEvidence {
    const TYPE_NAME: &'static str = "microsoft.graph.security.registryValueEvidence";
    const KEYS: &'static [&'static str] = &[
        "createdDateTime",
        "detailedRoles",
        "remediationStatus",
        "remediationStatusDetails",
        "roles",
        "tags",
        "verdict",
        "mdeDeviceId",
        "registryHive",
        "registryKey",
        "registryValue",
        "registryValueName",
        "registryValueType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"createdDateTime\":              ",
        ",\"detailedRoles\":                ",
        ",\"remediationStatus\":            ",
        ",\"remediationStatusDetails\":     ",
        ",\"roles\":                        ",
        ",\"tags\":                         ",
        ",\"verdict\":                      ",
        ",\"mdeDeviceId\":                  ",
        ",\"registryHive\":                 ",
        ",\"registryKey\":                  ",
        ",\"registryValue\":                ",
        ",\"registryValueName\":            ",
        ",\"registryValueType\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.registryValueEvidence\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "created_date_time", &self.created_date_time);
        v.field(1usize, "detailed_roles", &self.detailed_roles);
        v.field(2usize, "remediation_status", &self.remediation_status);
        v.field(3usize, "remediation_status_details", &self.remediation_status_details);
        v.field(4usize, "roles", &self.roles);
        v.field(5usize, "tags", &self.tags);
        v.field(6usize, "verdict", &self.verdict);
        v.field(7usize, "mde_device_id", &self.mde_device_id);
        v.field(8usize, "registry_hive", &self.registry_hive);
        v.field(9usize, "registry_key", &self.registry_key);
        v.field(10usize, "registry_value", &self.registry_value);
        v.field(11usize, "registry_value_name", &self.registry_value_name);
        v.field(12usize, "registry_value_type", &self.registry_value_type);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RegistryValueEvidence {
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
            7usize => self.mde_device_id.read_from(r),
            8usize => self.registry_hive.read_from(r),
            9usize => self.registry_key.read_from(r),
            10usize => self.registry_value.read_from(r),
            11usize => self.registry_value_name.read_from(r),
            12usize => self.registry_value_type.read_from(r),
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
        w.field(7usize, &self.mde_device_id);
        w.field(8usize, &self.registry_hive);
        w.field(9usize, &self.registry_key);
        w.field(10usize, &self.registry_value);
        w.field(11usize, &self.registry_value_name);
        w.field(12usize, &self.registry_value_type);
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
rt::impl_object!(RegistryValueEvidence);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RegistryValueEvidence { with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_detailed_roles detailed_roles : ::std::vec::Vec <
    ::std::string::String >; with_remediation_status remediation_status : crate
    ::v1::security::EvidenceRemediationStatus; with_remediation_status_details
    remediation_status_details : ::std::string::String; with_roles roles :
    ::std::vec::Vec < crate ::v1::security::EvidenceRole >; with_tags tags :
    ::std::vec::Vec < ::std::string::String >; with_verdict verdict : crate
    ::v1::security::EvidenceVerdict; with_mde_device_id mde_device_id :
    ::std::string::String; with_registry_hive registry_hive : ::std::string::String;
    with_registry_key registry_key : ::std::string::String; with_registry_value
    registry_value : ::std::string::String; with_registry_value_name registry_value_name
    : ::std::string::String; with_registry_value_type registry_value_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RegistryValueEvidence);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Report Submission events.
///
/// CSDL: `microsoft.graph.security.reportSubmission`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ReportSubmission {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ReportSubmission {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ReportSubmission {
    const TYPE_NAME: &'static str = "microsoft.graph.security.reportSubmission";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.reportSubmission\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ReportSubmission {
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
rt::impl_object!(ReportSubmission);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ReportSubmission { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReportSubmission);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Report Submission Result Detail events.
///
/// CSDL: `microsoft.graph.security.reportSubmissionResultDetail`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ReportSubmissionResultDetail {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ReportSubmissionResultDetail {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ReportSubmissionResultDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.security.reportSubmissionResultDetail";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.reportSubmissionResultDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ReportSubmissionResultDetail {
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
rt::impl_object!(ReportSubmissionResultDetail);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ReportSubmissionResultDetail { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReportSubmissionResultDetail);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.resourceAccessEvent`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct ResourceAccessEvent {
    /// CSDL: property `accessDateTime`: `Edm.DateTimeOffset`, nullable.
    pub access_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `accountId`: `Edm.String`, nullable.
    pub account_id: rt::Field<::std::string::String>,
    /// CSDL: property `ipAddress`: `Edm.String`, nullable.
    pub ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `resourceIdentifier`: `Edm.String`, nullable.
    pub resource_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for ResourceAccessEvent {
    #[inline]
    fn default() -> Self {
        Self {
            access_date_time: rt::Field::Absent,
            account_id: rt::Field::Absent,
            ip_address: rt::Field::Absent,
            resource_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for ResourceAccessEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.resourceAccessEvent";
    const KEYS: &'static [&'static str] = &[
        "accessDateTime",
        "accountId",
        "ipAddress",
        "resourceIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accessDateTime\":               ",
        ",\"accountId\":                    ",
        ",\"ipAddress\":                    ",
        ",\"resourceIdentifier\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.resourceAccessEvent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "access_date_time", &self.access_date_time);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "ip_address", &self.ip_address);
        v.field(3usize, "resource_identifier", &self.resource_identifier);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for ResourceAccessEvent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.access_date_time.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.ip_address.read_from(r),
            3usize => self.resource_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.access_date_time);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.ip_address);
        w.field(3usize, &self.resource_identifier);
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
rt::impl_object!(ResourceAccessEvent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    ResourceAccessEvent { with_access_date_time access_date_time :
    rt::edm::DateTimeOffset; with_account_id account_id : ::std::string::String;
    with_ip_address ip_address : ::std::string::String; with_resource_identifier
    resource_identifier : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ResourceAccessEvent);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Restricted Mode events.
///
/// CSDL: `microsoft.graph.security.restrictedModeAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RestrictedModeAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RestrictedModeAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RestrictedModeAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.restrictedModeAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.restrictedModeAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RestrictedModeAuditRecord {
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
rt::impl_object!(RestrictedModeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RestrictedModeAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RestrictedModeAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Retention Policy events.
///
/// CSDL: `microsoft.graph.security.retentionPolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RetentionPolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RetentionPolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RetentionPolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.retentionPolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.retentionPolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RetentionPolicyAuditRecord {
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
rt::impl_object!(RetentionPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RetentionPolicyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RetentionPolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.reviewSetSettings`, enum type, flags (comma-separated in JSON).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ReviewSetSettings {
    /// `none` (value 0).
    None,
    /// `disableGrouping` (value 1).
    DisableGrouping,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for ReviewSetSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.security.reviewSetSettings";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "disableGrouping",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "disableGrouping" => Self::DisableGrouping,
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
            Self::None => "none",
            Self::DisableGrouping => "disableGrouping",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(ReviewSetSettings);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(ReviewSetSettings);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for RTI Operations Agent events.
///
/// CSDL: `microsoft.graph.security.rtiOperationsAgentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct RtiOperationsAgentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for RtiOperationsAgentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for RtiOperationsAgentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.rtiOperationsAgentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.rtiOperationsAgentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for RtiOperationsAgentAuditRecord {
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
rt::impl_object!(RtiOperationsAgentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    RtiOperationsAgentAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(RtiOperationsAgentAuditRecord);
