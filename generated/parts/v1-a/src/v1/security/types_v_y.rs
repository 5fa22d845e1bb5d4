//! Types of `microsoft.graph.security` by the first letters of their names (`v_y`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.verdictCategory`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VerdictCategory {
    /// `none` (value 0).
    None,
    /// `malware` (value 1).
    Malware,
    /// `phish` (value 2).
    Phish,
    /// `siteUnavailable` (value 3).
    SiteUnavailable,
    /// `spam` (value 4).
    Spam,
    /// `decryptionFailed` (value 5).
    DecryptionFailed,
    /// `unsupportedUriScheme` (value 6).
    UnsupportedUriScheme,
    /// `unsupportedFileType` (value 7).
    UnsupportedFileType,
    /// `undefined` (value 8).
    Undefined,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for VerdictCategory {
    const TYPE_NAME: &'static str = "microsoft.graph.security.verdictCategory";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "malware",
        "phish",
        "siteUnavailable",
        "spam",
        "decryptionFailed",
        "unsupportedUriScheme",
        "unsupportedFileType",
        "undefined",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "malware" => Self::Malware,
                "phish" => Self::Phish,
                "siteUnavailable" => Self::SiteUnavailable,
                "spam" => Self::Spam,
                "decryptionFailed" => Self::DecryptionFailed,
                "unsupportedUriScheme" => Self::UnsupportedUriScheme,
                "unsupportedFileType" => Self::UnsupportedFileType,
                "undefined" => Self::Undefined,
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
            Self::Malware => "malware",
            Self::Phish => "phish",
            Self::SiteUnavailable => "siteUnavailable",
            Self::Spam => "spam",
            Self::DecryptionFailed => "decryptionFailed",
            Self::UnsupportedUriScheme => "unsupportedUriScheme",
            Self::UnsupportedFileType => "unsupportedFileType",
            Self::Undefined => "undefined",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(VerdictCategory);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerdictCategory);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for VFAM Create Policy events.
///
/// CSDL: `microsoft.graph.security.vfamCreatePolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VfamCreatePolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VfamCreatePolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VfamCreatePolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vfamCreatePolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vfamCreatePolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VfamCreatePolicyAuditRecord {
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
rt::impl_object!(VfamCreatePolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VfamCreatePolicyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VfamCreatePolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for VFAM Delete Policy events.
///
/// CSDL: `microsoft.graph.security.vfamDeletePolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VfamDeletePolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VfamDeletePolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VfamDeletePolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vfamDeletePolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vfamDeletePolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VfamDeletePolicyAuditRecord {
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
rt::impl_object!(VfamDeletePolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VfamDeletePolicyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VfamDeletePolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for VFAM Update Policy events.
///
/// CSDL: `microsoft.graph.security.vfamUpdatePolicyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VfamUpdatePolicyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VfamUpdatePolicyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VfamUpdatePolicyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vfamUpdatePolicyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vfamUpdatePolicyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VfamUpdatePolicyAuditRecord {
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
rt::impl_object!(VfamUpdatePolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VfamUpdatePolicyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VfamUpdatePolicyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Amplify events.
///
/// CSDL: `microsoft.graph.security.vivaAmplifyAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaAmplifyAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaAmplifyAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaAmplifyAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaAmplifyAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaAmplifyAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaAmplifyAuditRecord {
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
rt::impl_object!(VivaAmplifyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaAmplifyAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaAmplifyAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Engage Events events.
///
/// CSDL: `microsoft.graph.security.vivaEngageEventsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaEngageEventsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaEngageEventsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaEngageEventsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaEngageEventsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaEngageEventsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaEngageEventsAuditRecord {
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
rt::impl_object!(VivaEngageEventsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaEngageEventsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaEngageEventsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Engage Network Association events.
///
/// CSDL: `microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaEngageNetworkAssociationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaEngageNetworkAssociationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaEngageNetworkAssociationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaEngageNetworkAssociationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaEngageNetworkAssociationAuditRecord {
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
rt::impl_object!(VivaEngageNetworkAssociationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaEngageNetworkAssociationAuditRecord { with_dynamic_properties dynamic_properties
    : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaEngageNetworkAssociationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Engage Segment events.
///
/// CSDL: `microsoft.graph.security.vivaEngageSegmentAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaEngageSegmentAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaEngageSegmentAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaEngageSegmentAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaEngageSegmentAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaEngageSegmentAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaEngageSegmentAuditRecord {
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
rt::impl_object!(VivaEngageSegmentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaEngageSegmentAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaEngageSegmentAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Advanced Configuration events.
///
/// CSDL: `microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintAdvancedConfigurationAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintAdvancedConfigurationAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintAdvancedConfigurationAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintAdvancedConfigurationAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintAdvancedConfigurationAuditRecord {
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
rt::impl_object!(VivaGlintAdvancedConfigurationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintAdvancedConfigurationAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintAdvancedConfigurationAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Agentic Campaign events.
///
/// CSDL: `microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintAgenticCampaignAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintAgenticCampaignAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintAgenticCampaignAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintAgenticCampaignAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintAgenticCampaignAuditRecord {
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
rt::impl_object!(VivaGlintAgenticCampaignAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintAgenticCampaignAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintAgenticCampaignAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Feedback Program events.
///
/// CSDL: `microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintFeedbackProgramAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintFeedbackProgramAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintFeedbackProgramAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintFeedbackProgramAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintFeedbackProgramAuditRecord {
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
rt::impl_object!(VivaGlintFeedbackProgramAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintFeedbackProgramAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintFeedbackProgramAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Organizational events.
///
/// CSDL: `microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintOrganizationalDataAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintOrganizationalDataAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintOrganizationalDataAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintOrganizationalDataAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintOrganizationalDataAuditRecord {
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
rt::impl_object!(VivaGlintOrganizationalDataAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintOrganizationalDataAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintOrganizationalDataAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Pulse Program events.
///
/// CSDL: `microsoft.graph.security.vivaGlintPulseProgramAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintPulseProgramAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintPulseProgramAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintPulseProgramAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintPulseProgramAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintPulseProgramAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintPulseProgramAuditRecord {
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
rt::impl_object!(VivaGlintPulseProgramAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintPulseProgramAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintPulseProgramAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Pulse Program Respondent Rate events.
///
/// CSDL: `microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintPulseProgramRespondentRateAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintPulseProgramRespondentRateAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintPulseProgramRespondentRateAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintPulseProgramRespondentRateAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintPulseProgramRespondentRateAuditRecord {
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
rt::impl_object!(VivaGlintPulseProgramRespondentRateAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintPulseProgramRespondentRateAuditRecord { with_dynamic_properties
    dynamic_properties : crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintPulseProgramRespondentRateAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Question events.
///
/// CSDL: `microsoft.graph.security.vivaGlintQuestionAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintQuestionAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintQuestionAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintQuestionAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintQuestionAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintQuestionAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintQuestionAuditRecord {
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
rt::impl_object!(VivaGlintQuestionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintQuestionAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintQuestionAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Role events.
///
/// CSDL: `microsoft.graph.security.vivaGlintRoleAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintRoleAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintRoleAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintRoleAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintRoleAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintRoleAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintRoleAuditRecord {
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
rt::impl_object!(VivaGlintRoleAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintRoleAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintRoleAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Rubicon events.
///
/// CSDL: `microsoft.graph.security.vivaGlintRubiconAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintRubiconAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintRubiconAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintRubiconAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintRubiconAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintRubiconAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintRubiconAuditRecord {
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
rt::impl_object!(VivaGlintRubiconAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintRubiconAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintRubiconAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint Support Access events.
///
/// CSDL: `microsoft.graph.security.vivaGlintSupportAccessAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintSupportAccessAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintSupportAccessAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintSupportAccessAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintSupportAccessAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintSupportAccessAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintSupportAccessAuditRecord {
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
rt::impl_object!(VivaGlintSupportAccessAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintSupportAccessAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintSupportAccessAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint System events.
///
/// CSDL: `microsoft.graph.security.vivaGlintSystemAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintSystemAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintSystemAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintSystemAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintSystemAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintSystemAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintSystemAuditRecord {
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
rt::impl_object!(VivaGlintSystemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintSystemAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintSystemAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint User events.
///
/// CSDL: `microsoft.graph.security.vivaGlintUserAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintUserAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintUserAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintUserAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintUserAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintUserAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintUserAuditRecord {
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
rt::impl_object!(VivaGlintUserAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintUserAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintUserAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Glint User Group events.
///
/// CSDL: `microsoft.graph.security.vivaGlintUserGroupAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGlintUserGroupAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGlintUserGroupAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGlintUserGroupAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGlintUserGroupAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGlintUserGroupAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGlintUserGroupAuditRecord {
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
rt::impl_object!(VivaGlintUserGroupAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGlintUserGroupAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGlintUserGroupAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Goals events.
///
/// CSDL: `microsoft.graph.security.vivaGoalsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaGoalsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaGoalsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaGoalsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaGoalsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaGoalsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaGoalsAuditRecord {
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
rt::impl_object!(VivaGoalsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaGoalsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaGoalsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Learning Admin events.
///
/// CSDL: `microsoft.graph.security.vivaLearningAdminAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaLearningAdminAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaLearningAdminAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaLearningAdminAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaLearningAdminAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaLearningAdminAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaLearningAdminAuditRecord {
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
rt::impl_object!(VivaLearningAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaLearningAdminAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaLearningAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Learning events.
///
/// CSDL: `microsoft.graph.security.vivaLearningAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaLearningAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaLearningAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaLearningAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaLearningAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaLearningAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaLearningAuditRecord {
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
rt::impl_object!(VivaLearningAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaLearningAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaLearningAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Pulse Admin events.
///
/// CSDL: `microsoft.graph.security.vivaPulseAdminAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaPulseAdminAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaPulseAdminAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaPulseAdminAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaPulseAdminAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaPulseAdminAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaPulseAdminAuditRecord {
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
rt::impl_object!(VivaPulseAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaPulseAdminAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaPulseAdminAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Pulse Organizer events.
///
/// CSDL: `microsoft.graph.security.vivaPulseOrganizerAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaPulseOrganizerAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaPulseOrganizerAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaPulseOrganizerAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaPulseOrganizerAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaPulseOrganizerAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaPulseOrganizerAuditRecord {
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
rt::impl_object!(VivaPulseOrganizerAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaPulseOrganizerAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaPulseOrganizerAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Pulse Report events.
///
/// CSDL: `microsoft.graph.security.vivaPulseReportAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaPulseReportAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaPulseReportAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaPulseReportAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaPulseReportAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaPulseReportAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaPulseReportAuditRecord {
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
rt::impl_object!(VivaPulseReportAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaPulseReportAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaPulseReportAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Viva Pulse Response events.
///
/// CSDL: `microsoft.graph.security.vivaPulseResponseAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VivaPulseResponseAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VivaPulseResponseAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VivaPulseResponseAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vivaPulseResponseAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.vivaPulseResponseAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VivaPulseResponseAuditRecord {
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
rt::impl_object!(VivaPulseResponseAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VivaPulseResponseAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VivaPulseResponseAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.vmCloudProvider`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VmCloudProvider {
    /// `unknown` (value 0).
    Unknown,
    /// `azure` (value 1).
    Azure,
    /// `unknownFutureValue` (value 15).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for VmCloudProvider {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vmCloudProvider";
    const MEMBERS: &'static [&'static str] = &["unknown", "azure", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "azure" => Self::Azure,
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
            Self::Azure => "azure",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(VmCloudProvider);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VmCloudProvider);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.vmMetadata`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VmMetadata {
    /// CSDL: property `cloudProvider`: `microsoft.graph.security.vmCloudProvider`, not nullable.
    pub cloud_provider: rt::Field<crate::v1::security::VmCloudProvider>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `subscriptionId`: `Edm.String`, nullable.
    pub subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `vmId`: `Edm.String`, nullable.
    pub vm_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VmMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            cloud_provider: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            subscription_id: rt::Field::Absent,
            vm_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VmMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vmMetadata";
    const KEYS: &'static [&'static str] = &[
        "cloudProvider",
        "resourceId",
        "subscriptionId",
        "vmId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cloudProvider\":                ",
        ",\"resourceId\":                   ",
        ",\"subscriptionId\":               ",
        ",\"vmId\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.vmMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "cloud_provider", &self.cloud_provider);
        v.field(1usize, "resource_id", &self.resource_id);
        v.field(2usize, "subscription_id", &self.subscription_id);
        v.field(3usize, "vm_id", &self.vm_id);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VmMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cloud_provider.read_from(r),
            1usize => self.resource_id.read_from(r),
            2usize => self.subscription_id.read_from(r),
            3usize => self.vm_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cloud_provider);
        w.field(1usize, &self.resource_id);
        w.field(2usize, &self.subscription_id);
        w.field(3usize, &self.vm_id);
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
rt::impl_object!(VmMetadata);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VmMetadata { with_cloud_provider cloud_provider : crate
    ::v1::security::VmCloudProvider; with_resource_id resource_id :
    ::std::string::String; with_subscription_id subscription_id : ::std::string::String;
    with_vm_id vm_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VmMetadata);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.vulnerability`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VulnerabilityPath`](../requests/security/trait.VulnerabilityPath.html), what a path to one (`EntityPath<Vulnerability, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Vulnerability {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activeExploitsObserved`: `Edm.Boolean`, not nullable.
    pub active_exploits_observed: rt::Field<bool>,
    /// CSDL: property `commonWeaknessEnumerationIds`: `Collection(Edm.String)`, not nullable.
    pub common_weakness_enumeration_ids: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `cvss2Summary`: `microsoft.graph.security.cvssSummary`, not nullable.
    pub cvss2_summary: rt::Field<crate::v1::security::CvssSummary>,
    /// CSDL: property `cvss3Summary`: `microsoft.graph.security.cvssSummary`, not nullable.
    pub cvss3_summary: rt::Field<crate::v1::security::CvssSummary>,
    /// CSDL: property `description`: `microsoft.graph.security.formattedContent`, not nullable.
    pub description: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: property `exploits`: `Collection(microsoft.graph.security.hyperlink)`, nullable.
    pub exploits: rt::Field<::std::vec::Vec<crate::v1::security::Hyperlink>>,
    /// CSDL: property `exploitsAvailable`: `Edm.Boolean`, not nullable.
    pub exploits_available: rt::Field<bool>,
    /// CSDL: property `hasChatter`: `Edm.Boolean`, not nullable.
    pub has_chatter: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `priorityScore`: `Edm.Int32`, not nullable.
    pub priority_score: rt::Field<i32>,
    /// CSDL: property `publishedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub published_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `references`: `Collection(microsoft.graph.security.hyperlink)`, nullable.
    pub references: rt::Field<::std::vec::Vec<crate::v1::security::Hyperlink>>,
    /// CSDL: property `remediation`: `microsoft.graph.security.formattedContent`, nullable.
    pub remediation: rt::Field<crate::v1::security::FormattedContent>,
    /// CSDL: property `severity`: `microsoft.graph.security.vulnerabilitySeverity`, not nullable.
    pub severity: rt::Field<crate::v1::security::VulnerabilitySeverity>,
    /// CSDL: navigation property `articles`: `Collection(microsoft.graph.security.article)`, not nullable.
    pub articles: rt::Field<::std::vec::Vec<crate::v1::security::Article>>,
    /// CSDL: containment navigation property `components`: `Collection(microsoft.graph.security.vulnerabilityComponent)`, not nullable.
    pub components: rt::Field<
        ::std::vec::Vec<crate::v1::security::VulnerabilityComponent>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Vulnerability {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            active_exploits_observed: rt::Field::Absent,
            common_weakness_enumeration_ids: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            cvss2_summary: rt::Field::Absent,
            cvss3_summary: rt::Field::Absent,
            description: rt::Field::Absent,
            exploits: rt::Field::Absent,
            exploits_available: rt::Field::Absent,
            has_chatter: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            priority_score: rt::Field::Absent,
            published_date_time: rt::Field::Absent,
            references: rt::Field::Absent,
            remediation: rt::Field::Absent,
            severity: rt::Field::Absent,
            articles: rt::Field::Absent,
            components: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Vulnerability {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vulnerability";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activeExploitsObserved",
        "commonWeaknessEnumerationIds",
        "createdDateTime",
        "cvss2Summary",
        "cvss3Summary",
        "description",
        "exploits",
        "exploitsAvailable",
        "hasChatter",
        "lastModifiedDateTime",
        "priorityScore",
        "publishedDateTime",
        "references",
        "remediation",
        "severity",
        "articles",
        "components",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activeExploitsObserved\":       ",
        ",\"commonWeaknessEnumerationIds\": ",
        ",\"createdDateTime\":              ",
        ",\"cvss2Summary\":                 ",
        ",\"cvss3Summary\":                 ",
        ",\"description\":                  ",
        ",\"exploits\":                     ",
        ",\"exploitsAvailable\":            ",
        ",\"hasChatter\":                   ",
        ",\"lastModifiedDateTime\":         ",
        ",\"priorityScore\":                ",
        ",\"publishedDateTime\":            ",
        ",\"references\":                   ",
        ",\"remediation\":                  ",
        ",\"severity\":                     ",
        ",\"articles\":                     ",
        ",\"components\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.vulnerability\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "active_exploits_observed", &self.active_exploits_observed);
        v.field(
            2usize,
            "common_weakness_enumeration_ids",
            &self.common_weakness_enumeration_ids,
        );
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "cvss2_summary", &self.cvss2_summary);
        v.field(5usize, "cvss3_summary", &self.cvss3_summary);
        v.field(6usize, "description", &self.description);
        v.field(7usize, "exploits", &self.exploits);
        v.field(8usize, "exploits_available", &self.exploits_available);
        v.field(9usize, "has_chatter", &self.has_chatter);
        v.field(10usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(11usize, "priority_score", &self.priority_score);
        v.field(12usize, "published_date_time", &self.published_date_time);
        v.field(13usize, "references", &self.references);
        v.field(14usize, "remediation", &self.remediation);
        v.field(15usize, "severity", &self.severity);
        v.field(16usize, "articles", &self.articles);
        v.field(17usize, "components", &self.components);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Vulnerability {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.active_exploits_observed.read_from(r),
            2usize => self.common_weakness_enumeration_ids.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.cvss2_summary.read_from(r),
            5usize => self.cvss3_summary.read_from(r),
            6usize => self.description.read_from(r),
            7usize => self.exploits.read_from(r),
            8usize => self.exploits_available.read_from(r),
            9usize => self.has_chatter.read_from(r),
            10usize => self.last_modified_date_time.read_from(r),
            11usize => self.priority_score.read_from(r),
            12usize => self.published_date_time.read_from(r),
            13usize => self.references.read_from(r),
            14usize => self.remediation.read_from(r),
            15usize => self.severity.read_from(r),
            16usize => self.articles.read_from(r),
            17usize => self.components.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.active_exploits_observed);
        w.field(2usize, &self.common_weakness_enumeration_ids);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.cvss2_summary);
        w.field(5usize, &self.cvss3_summary);
        w.field(6usize, &self.description);
        w.field(7usize, &self.exploits);
        w.field(8usize, &self.exploits_available);
        w.field(9usize, &self.has_chatter);
        w.field(10usize, &self.last_modified_date_time);
        w.field(11usize, &self.priority_score);
        w.field(12usize, &self.published_date_time);
        w.field(13usize, &self.references);
        w.field(14usize, &self.remediation);
        w.field(15usize, &self.severity);
        w.field(16usize, &self.articles);
        w.field(17usize, &self.components);
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
rt::impl_object!(Vulnerability);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Vulnerability { with_id id : ::std::string::String; with_active_exploits_observed
    active_exploits_observed : bool; with_common_weakness_enumeration_ids
    common_weakness_enumeration_ids : ::std::vec::Vec < ::std::string::String >;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset;
    with_cvss2_summary cvss2_summary : crate ::v1::security::CvssSummary;
    with_cvss3_summary cvss3_summary : crate ::v1::security::CvssSummary;
    with_description description : crate ::v1::security::FormattedContent; with_exploits
    exploits : ::std::vec::Vec < crate ::v1::security::Hyperlink >;
    with_exploits_available exploits_available : bool; with_has_chatter has_chatter :
    bool; with_last_modified_date_time last_modified_date_time : rt::edm::DateTimeOffset;
    with_priority_score priority_score : i32; with_published_date_time
    published_date_time : rt::edm::DateTimeOffset; with_references references :
    ::std::vec::Vec < crate ::v1::security::Hyperlink >; with_remediation remediation :
    crate ::v1::security::FormattedContent; with_severity severity : crate
    ::v1::security::VulnerabilitySeverity; with_articles articles : ::std::vec::Vec <
    crate ::v1::security::Article >; with_components components : ::std::vec::Vec < crate
    ::v1::security::VulnerabilityComponent >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Vulnerability);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.vulnerabilityComponent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct VulnerabilityComponent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, not nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VulnerabilityComponent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VulnerabilityComponent {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vulnerabilityComponent";
    const KEYS: &'static [&'static str] = &["id", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.vulnerabilityComponent\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for VulnerabilityComponent {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.name);
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
rt::impl_object!(VulnerabilityComponent);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VulnerabilityComponent { with_id id : ::std::string::String; with_name name :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VulnerabilityComponent);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.vulnerabilitySeverity`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VulnerabilitySeverity {
    /// `none` (value 0).
    None,
    /// `low` (value 1).
    Low,
    /// `medium` (value 2).
    Medium,
    /// `high` (value 3).
    High,
    /// `critical` (value 4).
    Critical,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::StrEnum for VulnerabilitySeverity {
    const TYPE_NAME: &'static str = "microsoft.graph.security.vulnerabilitySeverity";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "low",
        "medium",
        "high",
        "critical",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "low" => Self::Low,
                "medium" => Self::Medium,
                "high" => Self::High,
                "critical" => Self::Critical,
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
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(VulnerabilitySeverity);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VulnerabilitySeverity);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for WDATP Alerts events.
///
/// CSDL: `microsoft.graph.security.wdatpAlertsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WdatpAlertsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WdatpAlertsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WdatpAlertsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.wdatpAlertsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.wdatpAlertsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WdatpAlertsAuditRecord {
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
rt::impl_object!(WdatpAlertsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WdatpAlertsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WdatpAlertsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Web Content Filtering events.
///
/// CSDL: `microsoft.graph.security.webContentFilteringAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WebContentFilteringAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WebContentFilteringAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WebContentFilteringAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.webContentFilteringAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.webContentFilteringAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WebContentFilteringAuditRecord {
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
rt::impl_object!(WebContentFilteringAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WebContentFilteringAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WebContentFilteringAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.whoisBaseRecord`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`WhoisBaseRecordPath`](../requests/security/trait.WhoisBaseRecordPath.html), what a path to one (`EntityPath<AnyWhoisBaseRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WhoisBaseRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `abuse`: `microsoft.graph.security.whoisContact`, nullable.
    pub abuse: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `admin`: `microsoft.graph.security.whoisContact`, nullable.
    pub admin: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `billing`: `microsoft.graph.security.whoisContact`, nullable.
    pub billing: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `domainStatus`: `Edm.String`, nullable.
    pub domain_status: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nameservers`: `Collection(microsoft.graph.security.whoisNameserver)`, nullable.
    pub nameservers: rt::Field<::std::vec::Vec<crate::v1::security::WhoisNameserver>>,
    /// CSDL: property `noc`: `microsoft.graph.security.whoisContact`, nullable.
    pub noc: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `rawWhoisText`: `Edm.String`, nullable.
    pub raw_whois_text: rt::Field<::std::string::String>,
    /// CSDL: property `registrant`: `microsoft.graph.security.whoisContact`, nullable.
    pub registrant: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `registrar`: `microsoft.graph.security.whoisContact`, nullable.
    pub registrar: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `technical`: `microsoft.graph.security.whoisContact`, nullable.
    pub technical: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `whoisServer`: `Edm.String`, nullable.
    pub whois_server: rt::Field<::std::string::String>,
    /// CSDL: property `zone`: `microsoft.graph.security.whoisContact`, nullable.
    pub zone: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WhoisBaseRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            abuse: rt::Field::Absent,
            admin: rt::Field::Absent,
            billing: rt::Field::Absent,
            domain_status: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            nameservers: rt::Field::Absent,
            noc: rt::Field::Absent,
            raw_whois_text: rt::Field::Absent,
            registrant: rt::Field::Absent,
            registrar: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            technical: rt::Field::Absent,
            whois_server: rt::Field::Absent,
            zone: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WhoisBaseRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.whoisBaseRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "abuse",
        "admin",
        "billing",
        "domainStatus",
        "expirationDateTime",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "lastUpdateDateTime",
        "nameservers",
        "noc",
        "rawWhoisText",
        "registrant",
        "registrar",
        "registrationDateTime",
        "technical",
        "whoisServer",
        "zone",
        "host",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"abuse\":                        ",
        ",\"admin\":                        ",
        ",\"billing\":                      ",
        ",\"domainStatus\":                 ",
        ",\"expirationDateTime\":           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"lastUpdateDateTime\":           ",
        ",\"nameservers\":                  ",
        ",\"noc\":                          ",
        ",\"rawWhoisText\":                 ",
        ",\"registrant\":                   ",
        ",\"registrar\":                    ",
        ",\"registrationDateTime\":         ",
        ",\"technical\":                    ",
        ",\"whoisServer\":                  ",
        ",\"zone\":                         ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.whoisBaseRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "abuse", &self.abuse);
        v.field(2usize, "admin", &self.admin);
        v.field(3usize, "billing", &self.billing);
        v.field(4usize, "domain_status", &self.domain_status);
        v.field(5usize, "expiration_date_time", &self.expiration_date_time);
        v.field(6usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(7usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(8usize, "last_update_date_time", &self.last_update_date_time);
        v.field(9usize, "nameservers", &self.nameservers);
        v.field(10usize, "noc", &self.noc);
        v.field(11usize, "raw_whois_text", &self.raw_whois_text);
        v.field(12usize, "registrant", &self.registrant);
        v.field(13usize, "registrar", &self.registrar);
        v.field(14usize, "registration_date_time", &self.registration_date_time);
        v.field(15usize, "technical", &self.technical);
        v.field(16usize, "whois_server", &self.whois_server);
        v.field(17usize, "zone", &self.zone);
        v.field(18usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WhoisBaseRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.abuse.read_from(r),
            2usize => self.admin.read_from(r),
            3usize => self.billing.read_from(r),
            4usize => self.domain_status.read_from(r),
            5usize => self.expiration_date_time.read_from(r),
            6usize => self.first_seen_date_time.read_from(r),
            7usize => self.last_seen_date_time.read_from(r),
            8usize => self.last_update_date_time.read_from(r),
            9usize => self.nameservers.read_from(r),
            10usize => self.noc.read_from(r),
            11usize => self.raw_whois_text.read_from(r),
            12usize => self.registrant.read_from(r),
            13usize => self.registrar.read_from(r),
            14usize => self.registration_date_time.read_from(r),
            15usize => self.technical.read_from(r),
            16usize => self.whois_server.read_from(r),
            17usize => self.zone.read_from(r),
            18usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.abuse);
        w.field(2usize, &self.admin);
        w.field(3usize, &self.billing);
        w.field(4usize, &self.domain_status);
        w.field(5usize, &self.expiration_date_time);
        w.field(6usize, &self.first_seen_date_time);
        w.field(7usize, &self.last_seen_date_time);
        w.field(8usize, &self.last_update_date_time);
        w.field(9usize, &self.nameservers);
        w.field(10usize, &self.noc);
        w.field(11usize, &self.raw_whois_text);
        w.field(12usize, &self.registrant);
        w.field(13usize, &self.registrar);
        w.field(14usize, &self.registration_date_time);
        w.field(15usize, &self.technical);
        w.field(16usize, &self.whois_server);
        w.field(17usize, &self.zone);
        w.field(18usize, &self.host);
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
rt::impl_object!(WhoisBaseRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WhoisBaseRecord { with_id id : ::std::string::String; with_abuse abuse : crate
    ::v1::security::WhoisContact; with_admin admin : crate ::v1::security::WhoisContact;
    with_billing billing : crate ::v1::security::WhoisContact; with_domain_status
    domain_status : ::std::string::String; with_expiration_date_time expiration_date_time
    : rt::edm::DateTimeOffset; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_nameservers nameservers : ::std::vec::Vec < crate
    ::v1::security::WhoisNameserver >; with_noc noc : crate ::v1::security::WhoisContact;
    with_raw_whois_text raw_whois_text : ::std::string::String; with_registrant
    registrant : crate ::v1::security::WhoisContact; with_registrar registrar : crate
    ::v1::security::WhoisContact; with_registration_date_time registration_date_time :
    rt::edm::DateTimeOffset; with_technical technical : crate
    ::v1::security::WhoisContact; with_whois_server whois_server : ::std::string::String;
    with_zone zone : crate ::v1::security::WhoisContact; with_host host : crate
    ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhoisBaseRecord);
#[cfg(msgraph_v1_search_or_security)]
/// `microsoft.graph.security.whoisBaseRecord` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyWhoisBaseRecord {
    WhoisBaseRecord(::std::boxed::Box<crate::v1::security::WhoisBaseRecord>),
    WhoisHistoryRecord(::std::boxed::Box<crate::v1::security::WhoisHistoryRecord>),
    WhoisRecord(::std::boxed::Box<crate::v1::security::WhoisRecord>),
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for AnyWhoisBaseRecord {
    #[inline]
    fn default() -> Self {
        Self::WhoisBaseRecord(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WhoisBaseRecord> for AnyWhoisBaseRecord {
    #[inline]
    fn from(v: crate::v1::security::WhoisBaseRecord) -> Self {
        Self::WhoisBaseRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WhoisHistoryRecord>
for AnyWhoisBaseRecord {
    #[inline]
    fn from(v: crate::v1::security::WhoisHistoryRecord) -> Self {
        Self::WhoisHistoryRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::security::WhoisRecord> for AnyWhoisBaseRecord {
    #[inline]
    fn from(v: crate::v1::security::WhoisRecord) -> Self {
        Self::WhoisRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Send for AnyWhoisBaseRecord {}
#[cfg(msgraph_v1_search_or_security)]
unsafe impl ::std::marker::Sync for AnyWhoisBaseRecord {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::marker::Unpin for AnyWhoisBaseRecord {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::UnwindSafe for AnyWhoisBaseRecord {}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::panic::RefUnwindSafe for AnyWhoisBaseRecord {}
#[cfg(msgraph_v1_search_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::security::WhoisBaseRecord>();
    rt::object::auto_traits::<crate::v1::security::WhoisHistoryRecord>();
    rt::object::auto_traits::<crate::v1::security::WhoisRecord>();
};
#[cfg(msgraph_v1_search_or_security)]
impl rt::Poly for AnyWhoisBaseRecord {
    const BASE_NAME: &'static str = "microsoft.graph.security.whoisBaseRecord";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.security.whoisHistoryRecord",
            ) => Self::WhoisHistoryRecord(rt::object::new_boxed()),
            ::std::option::Option::Some("microsoft.graph.security.whoisRecord") => {
                Self::WhoisRecord(rt::object::new_boxed())
            }
            _ => Self::WhoisBaseRecord(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::WhoisBaseRecord(v) => &**v,
            Self::WhoisHistoryRecord(v) => &**v,
            Self::WhoisRecord(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::WhoisBaseRecord(v) => &mut **v,
            Self::WhoisHistoryRecord(v) => &mut **v,
            Self::WhoisRecord(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl AnyWhoisBaseRecord {
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
            Self::WhoisBaseRecord(v) => &v.id,
            Self::WhoisHistoryRecord(v) => &v.id,
            Self::WhoisRecord(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.id,
            Self::WhoisHistoryRecord(v) => &mut v.id,
            Self::WhoisRecord(v) => &mut v.id,
        }
    }
    /// `abuse` of any variant.
    #[inline]
    pub fn abuse(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.abuse,
            Self::WhoisHistoryRecord(v) => &v.abuse,
            Self::WhoisRecord(v) => &v.abuse,
        }
    }
    /// `abuse` of any variant.
    #[inline]
    pub fn abuse_mut(&mut self) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.abuse,
            Self::WhoisHistoryRecord(v) => &mut v.abuse,
            Self::WhoisRecord(v) => &mut v.abuse,
        }
    }
    /// `admin` of any variant.
    #[inline]
    pub fn admin(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.admin,
            Self::WhoisHistoryRecord(v) => &v.admin,
            Self::WhoisRecord(v) => &v.admin,
        }
    }
    /// `admin` of any variant.
    #[inline]
    pub fn admin_mut(&mut self) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.admin,
            Self::WhoisHistoryRecord(v) => &mut v.admin,
            Self::WhoisRecord(v) => &mut v.admin,
        }
    }
    /// `billing` of any variant.
    #[inline]
    pub fn billing(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.billing,
            Self::WhoisHistoryRecord(v) => &v.billing,
            Self::WhoisRecord(v) => &v.billing,
        }
    }
    /// `billing` of any variant.
    #[inline]
    pub fn billing_mut(&mut self) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.billing,
            Self::WhoisHistoryRecord(v) => &mut v.billing,
            Self::WhoisRecord(v) => &mut v.billing,
        }
    }
    /// `domainStatus` of any variant.
    #[inline]
    pub fn domain_status(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &v.domain_status,
            Self::WhoisHistoryRecord(v) => &v.domain_status,
            Self::WhoisRecord(v) => &v.domain_status,
        }
    }
    /// `domainStatus` of any variant.
    #[inline]
    pub fn domain_status_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.domain_status,
            Self::WhoisHistoryRecord(v) => &mut v.domain_status,
            Self::WhoisRecord(v) => &mut v.domain_status,
        }
    }
    /// `expirationDateTime` of any variant.
    #[inline]
    pub fn expiration_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &v.expiration_date_time,
            Self::WhoisHistoryRecord(v) => &v.expiration_date_time,
            Self::WhoisRecord(v) => &v.expiration_date_time,
        }
    }
    /// `expirationDateTime` of any variant.
    #[inline]
    pub fn expiration_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.expiration_date_time,
            Self::WhoisHistoryRecord(v) => &mut v.expiration_date_time,
            Self::WhoisRecord(v) => &mut v.expiration_date_time,
        }
    }
    /// `firstSeenDateTime` of any variant.
    #[inline]
    pub fn first_seen_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &v.first_seen_date_time,
            Self::WhoisHistoryRecord(v) => &v.first_seen_date_time,
            Self::WhoisRecord(v) => &v.first_seen_date_time,
        }
    }
    /// `firstSeenDateTime` of any variant.
    #[inline]
    pub fn first_seen_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.first_seen_date_time,
            Self::WhoisHistoryRecord(v) => &mut v.first_seen_date_time,
            Self::WhoisRecord(v) => &mut v.first_seen_date_time,
        }
    }
    /// `lastSeenDateTime` of any variant.
    #[inline]
    pub fn last_seen_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &v.last_seen_date_time,
            Self::WhoisHistoryRecord(v) => &v.last_seen_date_time,
            Self::WhoisRecord(v) => &v.last_seen_date_time,
        }
    }
    /// `lastSeenDateTime` of any variant.
    #[inline]
    pub fn last_seen_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.last_seen_date_time,
            Self::WhoisHistoryRecord(v) => &mut v.last_seen_date_time,
            Self::WhoisRecord(v) => &mut v.last_seen_date_time,
        }
    }
    /// `lastUpdateDateTime` of any variant.
    #[inline]
    pub fn last_update_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &v.last_update_date_time,
            Self::WhoisHistoryRecord(v) => &v.last_update_date_time,
            Self::WhoisRecord(v) => &v.last_update_date_time,
        }
    }
    /// `lastUpdateDateTime` of any variant.
    #[inline]
    pub fn last_update_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.last_update_date_time,
            Self::WhoisHistoryRecord(v) => &mut v.last_update_date_time,
            Self::WhoisRecord(v) => &mut v.last_update_date_time,
        }
    }
    /// `nameservers` of any variant.
    #[inline]
    pub fn nameservers(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::security::WhoisNameserver>> {
        match self {
            Self::WhoisBaseRecord(v) => &v.nameservers,
            Self::WhoisHistoryRecord(v) => &v.nameservers,
            Self::WhoisRecord(v) => &v.nameservers,
        }
    }
    /// `nameservers` of any variant.
    #[inline]
    pub fn nameservers_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::security::WhoisNameserver>> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.nameservers,
            Self::WhoisHistoryRecord(v) => &mut v.nameservers,
            Self::WhoisRecord(v) => &mut v.nameservers,
        }
    }
    /// `noc` of any variant.
    #[inline]
    pub fn noc(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.noc,
            Self::WhoisHistoryRecord(v) => &v.noc,
            Self::WhoisRecord(v) => &v.noc,
        }
    }
    /// `noc` of any variant.
    #[inline]
    pub fn noc_mut(&mut self) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.noc,
            Self::WhoisHistoryRecord(v) => &mut v.noc,
            Self::WhoisRecord(v) => &mut v.noc,
        }
    }
    /// `rawWhoisText` of any variant.
    #[inline]
    pub fn raw_whois_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &v.raw_whois_text,
            Self::WhoisHistoryRecord(v) => &v.raw_whois_text,
            Self::WhoisRecord(v) => &v.raw_whois_text,
        }
    }
    /// `rawWhoisText` of any variant.
    #[inline]
    pub fn raw_whois_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.raw_whois_text,
            Self::WhoisHistoryRecord(v) => &mut v.raw_whois_text,
            Self::WhoisRecord(v) => &mut v.raw_whois_text,
        }
    }
    /// `registrant` of any variant.
    #[inline]
    pub fn registrant(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.registrant,
            Self::WhoisHistoryRecord(v) => &v.registrant,
            Self::WhoisRecord(v) => &v.registrant,
        }
    }
    /// `registrant` of any variant.
    #[inline]
    pub fn registrant_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.registrant,
            Self::WhoisHistoryRecord(v) => &mut v.registrant,
            Self::WhoisRecord(v) => &mut v.registrant,
        }
    }
    /// `registrar` of any variant.
    #[inline]
    pub fn registrar(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.registrar,
            Self::WhoisHistoryRecord(v) => &v.registrar,
            Self::WhoisRecord(v) => &v.registrar,
        }
    }
    /// `registrar` of any variant.
    #[inline]
    pub fn registrar_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.registrar,
            Self::WhoisHistoryRecord(v) => &mut v.registrar,
            Self::WhoisRecord(v) => &mut v.registrar,
        }
    }
    /// `registrationDateTime` of any variant.
    #[inline]
    pub fn registration_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &v.registration_date_time,
            Self::WhoisHistoryRecord(v) => &v.registration_date_time,
            Self::WhoisRecord(v) => &v.registration_date_time,
        }
    }
    /// `registrationDateTime` of any variant.
    #[inline]
    pub fn registration_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.registration_date_time,
            Self::WhoisHistoryRecord(v) => &mut v.registration_date_time,
            Self::WhoisRecord(v) => &mut v.registration_date_time,
        }
    }
    /// `technical` of any variant.
    #[inline]
    pub fn technical(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.technical,
            Self::WhoisHistoryRecord(v) => &v.technical,
            Self::WhoisRecord(v) => &v.technical,
        }
    }
    /// `technical` of any variant.
    #[inline]
    pub fn technical_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.technical,
            Self::WhoisHistoryRecord(v) => &mut v.technical,
            Self::WhoisRecord(v) => &mut v.technical,
        }
    }
    /// `whoisServer` of any variant.
    #[inline]
    pub fn whois_server(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &v.whois_server,
            Self::WhoisHistoryRecord(v) => &v.whois_server,
            Self::WhoisRecord(v) => &v.whois_server,
        }
    }
    /// `whoisServer` of any variant.
    #[inline]
    pub fn whois_server_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.whois_server,
            Self::WhoisHistoryRecord(v) => &mut v.whois_server,
            Self::WhoisRecord(v) => &mut v.whois_server,
        }
    }
    /// `zone` of any variant.
    #[inline]
    pub fn zone(&self) -> &rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &v.zone,
            Self::WhoisHistoryRecord(v) => &v.zone,
            Self::WhoisRecord(v) => &v.zone,
        }
    }
    /// `zone` of any variant.
    #[inline]
    pub fn zone_mut(&mut self) -> &mut rt::Field<crate::v1::security::WhoisContact> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.zone,
            Self::WhoisHistoryRecord(v) => &mut v.zone,
            Self::WhoisRecord(v) => &mut v.zone,
        }
    }
    /// `host` of any variant.
    #[inline]
    pub fn host(&self) -> &rt::Field<crate::v1::security::AnyHost> {
        match self {
            Self::WhoisBaseRecord(v) => &v.host,
            Self::WhoisHistoryRecord(v) => &v.host,
            Self::WhoisRecord(v) => &v.host,
        }
    }
    /// `host` of any variant.
    #[inline]
    pub fn host_mut(&mut self) -> &mut rt::Field<crate::v1::security::AnyHost> {
        match self {
            Self::WhoisBaseRecord(v) => &mut v.host,
            Self::WhoisHistoryRecord(v) => &mut v.host,
            Self::WhoisRecord(v) => &mut v.host,
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_poly!(AnyWhoisBaseRecord);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyWhoisBaseRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.whoisContact`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WhoisContact {
    /// CSDL: property `address`: `microsoft.graph.physicalAddress`, nullable.
    pub address: rt::Field<crate::v1::PhysicalAddress>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `fax`: `Edm.String`, nullable.
    pub fax: rt::Field<::std::string::String>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `organization`: `Edm.String`, nullable.
    pub organization: rt::Field<::std::string::String>,
    /// CSDL: property `telephone`: `Edm.String`, nullable.
    pub telephone: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WhoisContact {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            email: rt::Field::Absent,
            fax: rt::Field::Absent,
            name: rt::Field::Absent,
            organization: rt::Field::Absent,
            telephone: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WhoisContact {
    const TYPE_NAME: &'static str = "microsoft.graph.security.whoisContact";
    const KEYS: &'static [&'static str] = &[
        "address",
        "email",
        "fax",
        "name",
        "organization",
        "telephone",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"email\":                        ",
        ",\"fax\":                          ",
        ",\"name\":                         ",
        ",\"organization\":                 ",
        ",\"telephone\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.whoisContact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "email", &self.email);
        v.field(2usize, "fax", &self.fax);
        v.field(3usize, "name", &self.name);
        v.field(4usize, "organization", &self.organization);
        v.field(5usize, "telephone", &self.telephone);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WhoisContact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.fax.read_from(r),
            3usize => self.name.read_from(r),
            4usize => self.organization.read_from(r),
            5usize => self.telephone.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.email);
        w.field(2usize, &self.fax);
        w.field(3usize, &self.name);
        w.field(4usize, &self.organization);
        w.field(5usize, &self.telephone);
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
rt::impl_object!(WhoisContact);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WhoisContact { with_address address : crate ::v1::PhysicalAddress; with_email email :
    ::std::string::String; with_fax fax : ::std::string::String; with_name name :
    ::std::string::String; with_organization organization : ::std::string::String;
    with_telephone telephone : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhoisContact);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.security.whoisDomainStatus`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum WhoisDomainStatus {
    /// `clientDeleteProhibited` (value 0).
    ClientDeleteProhibited,
    /// `clientHold` (value 1).
    ClientHold,
    /// `clientRenewProhibited` (value 2).
    ClientRenewProhibited,
    /// `clientTransferProhibited` (value 3).
    ClientTransferProhibited,
    /// `clientUpdateProhibited` (value 4).
    ClientUpdateProhibited,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for WhoisDomainStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.security.whoisDomainStatus";
    const MEMBERS: &'static [&'static str] = &[
        "clientDeleteProhibited",
        "clientHold",
        "clientRenewProhibited",
        "clientTransferProhibited",
        "clientUpdateProhibited",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "clientDeleteProhibited" => Self::ClientDeleteProhibited,
                "clientHold" => Self::ClientHold,
                "clientRenewProhibited" => Self::ClientRenewProhibited,
                "clientTransferProhibited" => Self::ClientTransferProhibited,
                "clientUpdateProhibited" => Self::ClientUpdateProhibited,
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
            Self::ClientDeleteProhibited => "clientDeleteProhibited",
            Self::ClientHold => "clientHold",
            Self::ClientRenewProhibited => "clientRenewProhibited",
            Self::ClientTransferProhibited => "clientTransferProhibited",
            Self::ClientUpdateProhibited => "clientUpdateProhibited",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(WhoisDomainStatus);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhoisDomainStatus);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.whoisHistoryRecord`, entity type, derived from `microsoft.graph.security.whoisBaseRecord`, key `id`.
///
/// Request builders: [`WhoisBaseRecordPath`](../requests/security/trait.WhoisBaseRecordPath.html), what a path to one (`EntityPath<WhoisHistoryRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WhoisHistoryRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `abuse`: `microsoft.graph.security.whoisContact`, nullable.
    pub abuse: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `admin`: `microsoft.graph.security.whoisContact`, nullable.
    pub admin: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `billing`: `microsoft.graph.security.whoisContact`, nullable.
    pub billing: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `domainStatus`: `Edm.String`, nullable.
    pub domain_status: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nameservers`: `Collection(microsoft.graph.security.whoisNameserver)`, nullable.
    pub nameservers: rt::Field<::std::vec::Vec<crate::v1::security::WhoisNameserver>>,
    /// CSDL: property `noc`: `microsoft.graph.security.whoisContact`, nullable.
    pub noc: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `rawWhoisText`: `Edm.String`, nullable.
    pub raw_whois_text: rt::Field<::std::string::String>,
    /// CSDL: property `registrant`: `microsoft.graph.security.whoisContact`, nullable.
    pub registrant: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `registrar`: `microsoft.graph.security.whoisContact`, nullable.
    pub registrar: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `technical`: `microsoft.graph.security.whoisContact`, nullable.
    pub technical: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `whoisServer`: `Edm.String`, nullable.
    pub whois_server: rt::Field<::std::string::String>,
    /// CSDL: property `zone`: `microsoft.graph.security.whoisContact`, nullable.
    pub zone: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WhoisHistoryRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            abuse: rt::Field::Absent,
            admin: rt::Field::Absent,
            billing: rt::Field::Absent,
            domain_status: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            nameservers: rt::Field::Absent,
            noc: rt::Field::Absent,
            raw_whois_text: rt::Field::Absent,
            registrant: rt::Field::Absent,
            registrar: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            technical: rt::Field::Absent,
            whois_server: rt::Field::Absent,
            zone: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WhoisHistoryRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.whoisHistoryRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "abuse",
        "admin",
        "billing",
        "domainStatus",
        "expirationDateTime",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "lastUpdateDateTime",
        "nameservers",
        "noc",
        "rawWhoisText",
        "registrant",
        "registrar",
        "registrationDateTime",
        "technical",
        "whoisServer",
        "zone",
        "host",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"abuse\":                        ",
        ",\"admin\":                        ",
        ",\"billing\":                      ",
        ",\"domainStatus\":                 ",
        ",\"expirationDateTime\":           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"lastUpdateDateTime\":           ",
        ",\"nameservers\":                  ",
        ",\"noc\":                          ",
        ",\"rawWhoisText\":                 ",
        ",\"registrant\":                   ",
        ",\"registrar\":                    ",
        ",\"registrationDateTime\":         ",
        ",\"technical\":                    ",
        ",\"whoisServer\":                  ",
        ",\"zone\":                         ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.whoisHistoryRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "abuse", &self.abuse);
        v.field(2usize, "admin", &self.admin);
        v.field(3usize, "billing", &self.billing);
        v.field(4usize, "domain_status", &self.domain_status);
        v.field(5usize, "expiration_date_time", &self.expiration_date_time);
        v.field(6usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(7usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(8usize, "last_update_date_time", &self.last_update_date_time);
        v.field(9usize, "nameservers", &self.nameservers);
        v.field(10usize, "noc", &self.noc);
        v.field(11usize, "raw_whois_text", &self.raw_whois_text);
        v.field(12usize, "registrant", &self.registrant);
        v.field(13usize, "registrar", &self.registrar);
        v.field(14usize, "registration_date_time", &self.registration_date_time);
        v.field(15usize, "technical", &self.technical);
        v.field(16usize, "whois_server", &self.whois_server);
        v.field(17usize, "zone", &self.zone);
        v.field(18usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WhoisHistoryRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.abuse.read_from(r),
            2usize => self.admin.read_from(r),
            3usize => self.billing.read_from(r),
            4usize => self.domain_status.read_from(r),
            5usize => self.expiration_date_time.read_from(r),
            6usize => self.first_seen_date_time.read_from(r),
            7usize => self.last_seen_date_time.read_from(r),
            8usize => self.last_update_date_time.read_from(r),
            9usize => self.nameservers.read_from(r),
            10usize => self.noc.read_from(r),
            11usize => self.raw_whois_text.read_from(r),
            12usize => self.registrant.read_from(r),
            13usize => self.registrar.read_from(r),
            14usize => self.registration_date_time.read_from(r),
            15usize => self.technical.read_from(r),
            16usize => self.whois_server.read_from(r),
            17usize => self.zone.read_from(r),
            18usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.abuse);
        w.field(2usize, &self.admin);
        w.field(3usize, &self.billing);
        w.field(4usize, &self.domain_status);
        w.field(5usize, &self.expiration_date_time);
        w.field(6usize, &self.first_seen_date_time);
        w.field(7usize, &self.last_seen_date_time);
        w.field(8usize, &self.last_update_date_time);
        w.field(9usize, &self.nameservers);
        w.field(10usize, &self.noc);
        w.field(11usize, &self.raw_whois_text);
        w.field(12usize, &self.registrant);
        w.field(13usize, &self.registrar);
        w.field(14usize, &self.registration_date_time);
        w.field(15usize, &self.technical);
        w.field(16usize, &self.whois_server);
        w.field(17usize, &self.zone);
        w.field(18usize, &self.host);
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
rt::impl_object!(WhoisHistoryRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WhoisHistoryRecord { with_id id : ::std::string::String; with_abuse abuse : crate
    ::v1::security::WhoisContact; with_admin admin : crate ::v1::security::WhoisContact;
    with_billing billing : crate ::v1::security::WhoisContact; with_domain_status
    domain_status : ::std::string::String; with_expiration_date_time expiration_date_time
    : rt::edm::DateTimeOffset; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_nameservers nameservers : ::std::vec::Vec < crate
    ::v1::security::WhoisNameserver >; with_noc noc : crate ::v1::security::WhoisContact;
    with_raw_whois_text raw_whois_text : ::std::string::String; with_registrant
    registrant : crate ::v1::security::WhoisContact; with_registrar registrar : crate
    ::v1::security::WhoisContact; with_registration_date_time registration_date_time :
    rt::edm::DateTimeOffset; with_technical technical : crate
    ::v1::security::WhoisContact; with_whois_server whois_server : ::std::string::String;
    with_zone zone : crate ::v1::security::WhoisContact; with_host host : crate
    ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhoisHistoryRecord);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.whoisNameserver`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WhoisNameserver {
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WhoisNameserver {
    #[inline]
    fn default() -> Self {
        Self {
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            host: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WhoisNameserver {
    const TYPE_NAME: &'static str = "microsoft.graph.security.whoisNameserver";
    const KEYS: &'static [&'static str] = &[
        "firstSeenDateTime",
        "lastSeenDateTime",
        "host",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"host\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.whoisNameserver\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(1usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(2usize, "host", &self.host);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WhoisNameserver {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.first_seen_date_time.read_from(r),
            1usize => self.last_seen_date_time.read_from(r),
            2usize => self.host.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.first_seen_date_time);
        w.field(1usize, &self.last_seen_date_time);
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
rt::impl_object!(WhoisNameserver);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WhoisNameserver { with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_host host : crate ::v1::security::AnyHost; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhoisNameserver);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.security.whoisRecord`, entity type, derived from `microsoft.graph.security.whoisBaseRecord`, key `id`.
///
/// Request builders: [`WhoisRecordPath`](../requests/security/trait.WhoisRecordPath.html), what a path to one (`EntityPath<WhoisRecord, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WhoisRecord {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `abuse`: `microsoft.graph.security.whoisContact`, nullable.
    pub abuse: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `admin`: `microsoft.graph.security.whoisContact`, nullable.
    pub admin: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `billing`: `microsoft.graph.security.whoisContact`, nullable.
    pub billing: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `domainStatus`: `Edm.String`, nullable.
    pub domain_status: rt::Field<::std::string::String>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `nameservers`: `Collection(microsoft.graph.security.whoisNameserver)`, nullable.
    pub nameservers: rt::Field<::std::vec::Vec<crate::v1::security::WhoisNameserver>>,
    /// CSDL: property `noc`: `microsoft.graph.security.whoisContact`, nullable.
    pub noc: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `rawWhoisText`: `Edm.String`, nullable.
    pub raw_whois_text: rt::Field<::std::string::String>,
    /// CSDL: property `registrant`: `microsoft.graph.security.whoisContact`, nullable.
    pub registrant: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `registrar`: `microsoft.graph.security.whoisContact`, nullable.
    pub registrar: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `technical`: `microsoft.graph.security.whoisContact`, nullable.
    pub technical: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: property `whoisServer`: `Edm.String`, nullable.
    pub whois_server: rt::Field<::std::string::String>,
    /// CSDL: property `zone`: `microsoft.graph.security.whoisContact`, nullable.
    pub zone: rt::Field<crate::v1::security::WhoisContact>,
    /// CSDL: navigation property `host`: `microsoft.graph.security.host`, not nullable.
    pub host: rt::Field<crate::v1::security::AnyHost>,
    /// CSDL: navigation property `history`: `Collection(microsoft.graph.security.whoisHistoryRecord)`, not nullable.
    pub history: rt::Field<::std::vec::Vec<crate::v1::security::WhoisHistoryRecord>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WhoisRecord {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            abuse: rt::Field::Absent,
            admin: rt::Field::Absent,
            billing: rt::Field::Absent,
            domain_status: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            last_update_date_time: rt::Field::Absent,
            nameservers: rt::Field::Absent,
            noc: rt::Field::Absent,
            raw_whois_text: rt::Field::Absent,
            registrant: rt::Field::Absent,
            registrar: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            technical: rt::Field::Absent,
            whois_server: rt::Field::Absent,
            zone: rt::Field::Absent,
            host: rt::Field::Absent,
            history: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WhoisRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.whoisRecord";
    const KEYS: &'static [&'static str] = &[
        "id",
        "abuse",
        "admin",
        "billing",
        "domainStatus",
        "expirationDateTime",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "lastUpdateDateTime",
        "nameservers",
        "noc",
        "rawWhoisText",
        "registrant",
        "registrar",
        "registrationDateTime",
        "technical",
        "whoisServer",
        "zone",
        "host",
        "history",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"abuse\":                        ",
        ",\"admin\":                        ",
        ",\"billing\":                      ",
        ",\"domainStatus\":                 ",
        ",\"expirationDateTime\":           ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"lastUpdateDateTime\":           ",
        ",\"nameservers\":                  ",
        ",\"noc\":                          ",
        ",\"rawWhoisText\":                 ",
        ",\"registrant\":                   ",
        ",\"registrar\":                    ",
        ",\"registrationDateTime\":         ",
        ",\"technical\":                    ",
        ",\"whoisServer\":                  ",
        ",\"zone\":                         ",
        ",\"host\":                         ",
        ",\"history\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.security.whoisRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "abuse", &self.abuse);
        v.field(2usize, "admin", &self.admin);
        v.field(3usize, "billing", &self.billing);
        v.field(4usize, "domain_status", &self.domain_status);
        v.field(5usize, "expiration_date_time", &self.expiration_date_time);
        v.field(6usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(7usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(8usize, "last_update_date_time", &self.last_update_date_time);
        v.field(9usize, "nameservers", &self.nameservers);
        v.field(10usize, "noc", &self.noc);
        v.field(11usize, "raw_whois_text", &self.raw_whois_text);
        v.field(12usize, "registrant", &self.registrant);
        v.field(13usize, "registrar", &self.registrar);
        v.field(14usize, "registration_date_time", &self.registration_date_time);
        v.field(15usize, "technical", &self.technical);
        v.field(16usize, "whois_server", &self.whois_server);
        v.field(17usize, "zone", &self.zone);
        v.field(18usize, "host", &self.host);
        v.field(19usize, "history", &self.history);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WhoisRecord {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.abuse.read_from(r),
            2usize => self.admin.read_from(r),
            3usize => self.billing.read_from(r),
            4usize => self.domain_status.read_from(r),
            5usize => self.expiration_date_time.read_from(r),
            6usize => self.first_seen_date_time.read_from(r),
            7usize => self.last_seen_date_time.read_from(r),
            8usize => self.last_update_date_time.read_from(r),
            9usize => self.nameservers.read_from(r),
            10usize => self.noc.read_from(r),
            11usize => self.raw_whois_text.read_from(r),
            12usize => self.registrant.read_from(r),
            13usize => self.registrar.read_from(r),
            14usize => self.registration_date_time.read_from(r),
            15usize => self.technical.read_from(r),
            16usize => self.whois_server.read_from(r),
            17usize => self.zone.read_from(r),
            18usize => self.host.read_from(r),
            19usize => self.history.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.abuse);
        w.field(2usize, &self.admin);
        w.field(3usize, &self.billing);
        w.field(4usize, &self.domain_status);
        w.field(5usize, &self.expiration_date_time);
        w.field(6usize, &self.first_seen_date_time);
        w.field(7usize, &self.last_seen_date_time);
        w.field(8usize, &self.last_update_date_time);
        w.field(9usize, &self.nameservers);
        w.field(10usize, &self.noc);
        w.field(11usize, &self.raw_whois_text);
        w.field(12usize, &self.registrant);
        w.field(13usize, &self.registrar);
        w.field(14usize, &self.registration_date_time);
        w.field(15usize, &self.technical);
        w.field(16usize, &self.whois_server);
        w.field(17usize, &self.zone);
        w.field(18usize, &self.host);
        w.field(19usize, &self.history);
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
rt::impl_object!(WhoisRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WhoisRecord { with_id id : ::std::string::String; with_abuse abuse : crate
    ::v1::security::WhoisContact; with_admin admin : crate ::v1::security::WhoisContact;
    with_billing billing : crate ::v1::security::WhoisContact; with_domain_status
    domain_status : ::std::string::String; with_expiration_date_time expiration_date_time
    : rt::edm::DateTimeOffset; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_last_update_date_time last_update_date_time :
    rt::edm::DateTimeOffset; with_nameservers nameservers : ::std::vec::Vec < crate
    ::v1::security::WhoisNameserver >; with_noc noc : crate ::v1::security::WhoisContact;
    with_raw_whois_text raw_whois_text : ::std::string::String; with_registrant
    registrant : crate ::v1::security::WhoisContact; with_registrar registrar : crate
    ::v1::security::WhoisContact; with_registration_date_time registration_date_time :
    rt::edm::DateTimeOffset; with_technical technical : crate
    ::v1::security::WhoisContact; with_whois_server whois_server : ::std::string::String;
    with_zone zone : crate ::v1::security::WhoisContact; with_host host : crate
    ::v1::security::AnyHost; with_history history : ::std::vec::Vec < crate
    ::v1::security::WhoisHistoryRecord >; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WhoisRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Windows365 Customer Lockbox events.
///
/// CSDL: `microsoft.graph.security.windows365CustomerLockboxAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct Windows365CustomerLockboxAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for Windows365CustomerLockboxAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for Windows365CustomerLockboxAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.windows365CustomerLockboxAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.windows365CustomerLockboxAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for Windows365CustomerLockboxAuditRecord {
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
rt::impl_object!(Windows365CustomerLockboxAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    Windows365CustomerLockboxAuditRecord { with_dynamic_properties dynamic_properties :
    crate ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(Windows365CustomerLockboxAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Workplace Analytics events.
///
/// CSDL: `microsoft.graph.security.workplaceAnalyticsAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct WorkplaceAnalyticsAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for WorkplaceAnalyticsAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for WorkplaceAnalyticsAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.workplaceAnalyticsAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.workplaceAnalyticsAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for WorkplaceAnalyticsAuditRecord {
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
rt::impl_object!(WorkplaceAnalyticsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    WorkplaceAnalyticsAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(WorkplaceAnalyticsAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Yammer events.
///
/// CSDL: `microsoft.graph.security.yammerAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct YammerAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for YammerAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for YammerAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.yammerAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.yammerAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for YammerAuditRecord {
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
rt::impl_object!(YammerAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    YammerAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
/// Audit data for Yammer User Hiding events.
///
/// CSDL: `microsoft.graph.security.yammerUserHidingAuditRecord`, complex type, derived from `microsoft.graph.security.auditData`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct YammerUserHidingAuditRecord {
    /// CSDL: property `dynamicProperties`: `microsoft.graph.security.auditRecordTypeDictionary`, nullable.
    pub dynamic_properties: rt::Field<crate::v1::security::AuditRecordTypeDictionary>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for YammerUserHidingAuditRecord {
    #[inline]
    fn default() -> Self {
        Self {
            dynamic_properties: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for YammerUserHidingAuditRecord {
    const TYPE_NAME: &'static str = "microsoft.graph.security.yammerUserHidingAuditRecord";
    const KEYS: &'static [&'static str] = &["dynamicProperties"];
    const KEYS_JSON: &'static [&'static str] = &[",\"dynamicProperties\":            "];
    const TAG: &'static str = "\"#microsoft.graph.security.yammerUserHidingAuditRecord\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "dynamic_properties", &self.dynamic_properties);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for YammerUserHidingAuditRecord {
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
rt::impl_object!(YammerUserHidingAuditRecord);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    YammerUserHidingAuditRecord { with_dynamic_properties dynamic_properties : crate
    ::v1::security::AuditRecordTypeDictionary; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(YammerUserHidingAuditRecord);
