//! Types of `microsoft.graph` by the first letters of their names (`l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.languageProficiency`, entity type, derived from `microsoft.graph.itemFacet`, key `id`.
///
/// Request builders: [`ItemFacetPath`](requests/trait.ItemFacetPath.html), what a path to one (`EntityPath<LanguageProficiency, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LanguageProficiency {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowedAudiences`: `microsoft.graph.allowedAudiences`, nullable.
    pub allowed_audiences: rt::Field<rt::Flags<crate::beta::AllowedAudiences>>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, not nullable.
    pub created_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `inference`: `microsoft.graph.inferenceData`, nullable.
    pub inference: rt::Field<crate::beta::InferenceData>,
    /// CSDL: property `isSearchable`: `Edm.Boolean`, nullable.
    pub is_searchable: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, not nullable.
    pub last_modified_by: rt::Field<crate::beta::IdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `source`: `microsoft.graph.personDataSources`, nullable.
    pub source: rt::Field<crate::beta::PersonDataSources>,
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `proficiency`: `microsoft.graph.languageProficiencyLevel`, nullable.
    pub proficiency: rt::Field<crate::beta::LanguageProficiencyLevel>,
    /// CSDL: property `reading`: `microsoft.graph.languageProficiencyLevel`, nullable.
    pub reading: rt::Field<crate::beta::LanguageProficiencyLevel>,
    /// CSDL: property `spoken`: `microsoft.graph.languageProficiencyLevel`, nullable.
    pub spoken: rt::Field<crate::beta::LanguageProficiencyLevel>,
    /// CSDL: property `tag`: `Edm.String`, nullable.
    pub tag: rt::Field<::std::string::String>,
    /// CSDL: property `thumbnailUrl`: `Edm.String`, nullable.
    pub thumbnail_url: rt::Field<::std::string::String>,
    /// CSDL: property `written`: `microsoft.graph.languageProficiencyLevel`, nullable.
    pub written: rt::Field<crate::beta::LanguageProficiencyLevel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LanguageProficiency {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allowed_audiences: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            inference: rt::Field::Absent,
            is_searchable: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            source: rt::Field::Absent,
            display_name: rt::Field::Absent,
            proficiency: rt::Field::Absent,
            reading: rt::Field::Absent,
            spoken: rt::Field::Absent,
            tag: rt::Field::Absent,
            thumbnail_url: rt::Field::Absent,
            written: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LanguageProficiency {
    const TYPE_NAME: &'static str = "microsoft.graph.languageProficiency";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowedAudiences",
        "createdBy",
        "createdDateTime",
        "inference",
        "isSearchable",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "source",
        "displayName",
        "proficiency",
        "reading",
        "spoken",
        "tag",
        "thumbnailUrl",
        "written",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowedAudiences\":             ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"inference\":                    ",
        ",\"isSearchable\":                 ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"source\":                       ",
        ",\"displayName\":                  ",
        ",\"proficiency\":                  ",
        ",\"reading\":                      ",
        ",\"spoken\":                       ",
        ",\"tag\":                          ",
        ",\"thumbnailUrl\":                 ",
        ",\"written\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.languageProficiency\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "allowed_audiences", &self.allowed_audiences);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "inference", &self.inference);
        v.field(5usize, "is_searchable", &self.is_searchable);
        v.field(6usize, "last_modified_by", &self.last_modified_by);
        v.field(7usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(8usize, "source", &self.source);
        v.field(9usize, "display_name", &self.display_name);
        v.field(10usize, "proficiency", &self.proficiency);
        v.field(11usize, "reading", &self.reading);
        v.field(12usize, "spoken", &self.spoken);
        v.field(13usize, "tag", &self.tag);
        v.field(14usize, "thumbnail_url", &self.thumbnail_url);
        v.field(15usize, "written", &self.written);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LanguageProficiency {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allowed_audiences.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.inference.read_from(r),
            5usize => self.is_searchable.read_from(r),
            6usize => self.last_modified_by.read_from(r),
            7usize => self.last_modified_date_time.read_from(r),
            8usize => self.source.read_from(r),
            9usize => self.display_name.read_from(r),
            10usize => self.proficiency.read_from(r),
            11usize => self.reading.read_from(r),
            12usize => self.spoken.read_from(r),
            13usize => self.tag.read_from(r),
            14usize => self.thumbnail_url.read_from(r),
            15usize => self.written.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allowed_audiences);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.inference);
        w.field(5usize, &self.is_searchable);
        w.field(6usize, &self.last_modified_by);
        w.field(7usize, &self.last_modified_date_time);
        w.field(8usize, &self.source);
        w.field(9usize, &self.display_name);
        w.field(10usize, &self.proficiency);
        w.field(11usize, &self.reading);
        w.field(12usize, &self.spoken);
        w.field(13usize, &self.tag);
        w.field(14usize, &self.thumbnail_url);
        w.field(15usize, &self.written);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(LanguageProficiency);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LanguageProficiency { with_id id : ::std::string::String; with_allowed_audiences
    allowed_audiences : rt::Flags < crate ::beta::AllowedAudiences >; with_created_by
    created_by : crate ::beta::IdentitySet; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_inference inference : crate ::beta::InferenceData;
    with_is_searchable is_searchable : bool; with_last_modified_by last_modified_by :
    crate ::beta::IdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_source source : crate ::beta::PersonDataSources;
    with_display_name display_name : ::std::string::String; with_proficiency proficiency
    : crate ::beta::LanguageProficiencyLevel; with_reading reading : crate
    ::beta::LanguageProficiencyLevel; with_spoken spoken : crate
    ::beta::LanguageProficiencyLevel; with_tag tag : ::std::string::String;
    with_thumbnail_url thumbnail_url : ::std::string::String; with_written written :
    crate ::beta::LanguageProficiencyLevel; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LanguageProficiency);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.languageProficiencyLevel`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LanguageProficiencyLevel {
    /// `elementary` (value 0).
    Elementary,
    /// `conversational` (value 1).
    Conversational,
    /// `limitedWorking` (value 2).
    LimitedWorking,
    /// `professionalWorking` (value 3).
    ProfessionalWorking,
    /// `fullProfessional` (value 4).
    FullProfessional,
    /// `nativeOrBilingual` (value 5).
    NativeOrBilingual,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for LanguageProficiencyLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.languageProficiencyLevel";
    const MEMBERS: &'static [&'static str] = &[
        "elementary",
        "conversational",
        "limitedWorking",
        "professionalWorking",
        "fullProfessional",
        "nativeOrBilingual",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "elementary" => Self::Elementary,
                "conversational" => Self::Conversational,
                "limitedWorking" => Self::LimitedWorking,
                "professionalWorking" => Self::ProfessionalWorking,
                "fullProfessional" => Self::FullProfessional,
                "nativeOrBilingual" => Self::NativeOrBilingual,
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
            Self::Elementary => "elementary",
            Self::Conversational => "conversational",
            Self::LimitedWorking => "limitedWorking",
            Self::ProfessionalWorking => "professionalWorking",
            Self::FullProfessional => "fullProfessional",
            Self::NativeOrBilingual => "nativeOrBilingual",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(LanguageProficiencyLevel);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LanguageProficiencyLevel);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.licenseAssignmentState`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LicenseAssignmentState {
    /// CSDL: property `assignedByGroup`: `Edm.String`, nullable.
    pub assigned_by_group: rt::Field<::std::string::String>,
    /// CSDL: property `disabledPlans`: `Collection(Edm.Guid)`, nullable.
    pub disabled_plans: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// CSDL: property `error`: `Edm.String`, nullable.
    pub error: rt::Field<::std::string::String>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LicenseAssignmentState {
    #[inline]
    fn default() -> Self {
        Self {
            assigned_by_group: rt::Field::Absent,
            disabled_plans: rt::Field::Absent,
            error: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LicenseAssignmentState {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseAssignmentState";
    const KEYS: &'static [&'static str] = &[
        "assignedByGroup",
        "disabledPlans",
        "error",
        "skuId",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"assignedByGroup\":              ",
        ",\"disabledPlans\":                ",
        ",\"error\":                        ",
        ",\"skuId\":                        ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseAssignmentState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "assigned_by_group", &self.assigned_by_group);
        v.field(1usize, "disabled_plans", &self.disabled_plans);
        v.field(2usize, "error", &self.error);
        v.field(3usize, "sku_id", &self.sku_id);
        v.field(4usize, "state", &self.state);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LicenseAssignmentState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.assigned_by_group.read_from(r),
            1usize => self.disabled_plans.read_from(r),
            2usize => self.error.read_from(r),
            3usize => self.sku_id.read_from(r),
            4usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.assigned_by_group);
        w.field(1usize, &self.disabled_plans);
        w.field(2usize, &self.error);
        w.field(3usize, &self.sku_id);
        w.field(4usize, &self.state);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(LicenseAssignmentState);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LicenseAssignmentState { with_assigned_by_group assigned_by_group :
    ::std::string::String; with_disabled_plans disabled_plans : ::std::vec::Vec <
    rt::edm::Guid >; with_error error : ::std::string::String; with_sku_id sku_id :
    rt::edm::Guid; with_state state : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseAssignmentState);
#[cfg(msgraph_beta_search_or_subscribed_skus)]
/// CSDL: `microsoft.graph.licenseUnitsDetail`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-subscribed-skus`.
#[derive(Clone)]
pub struct LicenseUnitsDetail {
    /// CSDL: property `enabled`: `Edm.Int32`, nullable.
    pub enabled: rt::Field<i32>,
    /// CSDL: property `suspended`: `Edm.Int32`, nullable.
    pub suspended: rt::Field<i32>,
    /// CSDL: property `warning`: `Edm.Int32`, nullable.
    pub warning: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
impl ::std::default::Default for LicenseUnitsDetail {
    #[inline]
    fn default() -> Self {
        Self {
            enabled: rt::Field::Absent,
            suspended: rt::Field::Absent,
            warning: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
impl rt::Object for LicenseUnitsDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseUnitsDetail";
    const KEYS: &'static [&'static str] = &["enabled", "suspended", "warning"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enabled\":                      ",
        ",\"suspended\":                    ",
        ",\"warning\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseUnitsDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enabled", &self.enabled);
        v.field(1usize, "suspended", &self.suspended);
        v.field(2usize, "warning", &self.warning);
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
impl rt::object::Members for LicenseUnitsDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enabled.read_from(r),
            1usize => self.suspended.read_from(r),
            2usize => self.warning.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enabled);
        w.field(1usize, &self.suspended);
        w.field(2usize, &self.warning);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
rt::impl_object!(LicenseUnitsDetail);
#[cfg(msgraph_beta_search_or_subscribed_skus)]
rt::impl_setters!(
    LicenseUnitsDetail { with_enabled enabled : i32; with_suspended suspended : i32;
    with_warning warning : i32; }
);
#[cfg(msgraph_beta_search_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseUnitsDetail);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.lifecycleEventType`, enum type.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LifecycleEventType {
    /// `missed` (value 0).
    Missed,
    /// `subscriptionRemoved` (value 1).
    SubscriptionRemoved,
    /// `reauthorizationRequired` (value 2).
    ReauthorizationRequired,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_any_area)]
impl rt::StrEnum for LifecycleEventType {
    const TYPE_NAME: &'static str = "microsoft.graph.lifecycleEventType";
    const MEMBERS: &'static [&'static str] = &[
        "missed",
        "subscriptionRemoved",
        "reauthorizationRequired",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "missed" => Self::Missed,
                "subscriptionRemoved" => Self::SubscriptionRemoved,
                "reauthorizationRequired" => Self::ReauthorizationRequired,
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
            Self::Missed => "missed",
            Self::SubscriptionRemoved => "subscriptionRemoved",
            Self::ReauthorizationRequired => "reauthorizationRequired",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_enum!(LifecycleEventType);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(LifecycleEventType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsAdministratorElevationPromptBehaviorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsAdministratorElevationPromptBehaviorType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `elevateWithoutPrompting` (value 1).
    ElevateWithoutPrompting,
    /// `promptForCredentialsOnTheSecureDesktop` (value 2).
    PromptForCredentialsOnTheSecureDesktop,
    /// `promptForConsentOnTheSecureDesktop` (value 3).
    PromptForConsentOnTheSecureDesktop,
    /// `promptForCredentials` (value 4).
    PromptForCredentials,
    /// `promptForConsent` (value 5).
    PromptForConsent,
    /// `promptForConsentForNonWindowsBinaries` (value 6).
    PromptForConsentForNonWindowsBinaries,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsAdministratorElevationPromptBehaviorType {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsAdministratorElevationPromptBehaviorType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "elevateWithoutPrompting",
        "promptForCredentialsOnTheSecureDesktop",
        "promptForConsentOnTheSecureDesktop",
        "promptForCredentials",
        "promptForConsent",
        "promptForConsentForNonWindowsBinaries",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "elevateWithoutPrompting" => Self::ElevateWithoutPrompting,
                "promptForCredentialsOnTheSecureDesktop" => {
                    Self::PromptForCredentialsOnTheSecureDesktop
                }
                "promptForConsentOnTheSecureDesktop" => {
                    Self::PromptForConsentOnTheSecureDesktop
                }
                "promptForCredentials" => Self::PromptForCredentials,
                "promptForConsent" => Self::PromptForConsent,
                "promptForConsentForNonWindowsBinaries" => {
                    Self::PromptForConsentForNonWindowsBinaries
                }
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
            Self::NotConfigured => "notConfigured",
            Self::ElevateWithoutPrompting => "elevateWithoutPrompting",
            Self::PromptForCredentialsOnTheSecureDesktop => {
                "promptForCredentialsOnTheSecureDesktop"
            }
            Self::PromptForConsentOnTheSecureDesktop => {
                "promptForConsentOnTheSecureDesktop"
            }
            Self::PromptForCredentials => "promptForCredentials",
            Self::PromptForConsent => "promptForConsent",
            Self::PromptForConsentForNonWindowsBinaries => {
                "promptForConsentForNonWindowsBinaries"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsAdministratorElevationPromptBehaviorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsAdministratorElevationPromptBehaviorType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `administrators` (value 1).
    Administrators,
    /// `administratorsAndPowerUsers` (value 2).
    AdministratorsAndPowerUsers,
    /// `administratorsAndInteractiveUsers` (value 3).
    AdministratorsAndInteractiveUsers,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "administrators",
        "administratorsAndPowerUsers",
        "administratorsAndInteractiveUsers",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "administrators" => Self::Administrators,
                "administratorsAndPowerUsers" => Self::AdministratorsAndPowerUsers,
                "administratorsAndInteractiveUsers" => {
                    Self::AdministratorsAndInteractiveUsers
                }
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
            Self::NotConfigured => "notConfigured",
            Self::Administrators => "administrators",
            Self::AdministratorsAndPowerUsers => "administratorsAndPowerUsers",
            Self::AdministratorsAndInteractiveUsers => {
                "administratorsAndInteractiveUsers"
            }
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsFormatAndEjectOfRemovableMediaAllowedUserType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsInformationShownOnLockScreenType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsInformationShownOnLockScreenType {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `userDisplayNameDomainUser` (value 1).
    UserDisplayNameDomainUser,
    /// `userDisplayNameOnly` (value 2).
    UserDisplayNameOnly,
    /// `doNotDisplayUser` (value 3).
    DoNotDisplayUser,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsInformationShownOnLockScreenType {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsInformationShownOnLockScreenType";
    const MEMBERS: &'static [&'static str] = &[
        "notConfigured",
        "userDisplayNameDomainUser",
        "userDisplayNameOnly",
        "doNotDisplayUser",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "userDisplayNameDomainUser" => Self::UserDisplayNameDomainUser,
                "userDisplayNameOnly" => Self::UserDisplayNameOnly,
                "doNotDisplayUser" => Self::DoNotDisplayUser,
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
            Self::NotConfigured => "notConfigured",
            Self::UserDisplayNameDomainUser => "userDisplayNameDomainUser",
            Self::UserDisplayNameOnly => "userDisplayNameOnly",
            Self::DoNotDisplayUser => "doNotDisplayUser",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsInformationShownOnLockScreenType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsInformationShownOnLockScreenType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.localSecurityOptionsSmartCardRemovalBehaviorType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LocalSecurityOptionsSmartCardRemovalBehaviorType {
    /// `lockWorkstation` (value 0).
    LockWorkstation,
    /// `noAction` (value 1).
    NoAction,
    /// `forceLogoff` (value 2).
    ForceLogoff,
    /// `disconnectRemoteDesktopSession` (value 3).
    DisconnectRemoteDesktopSession,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for LocalSecurityOptionsSmartCardRemovalBehaviorType {
    const TYPE_NAME: &'static str = "microsoft.graph.localSecurityOptionsSmartCardRemovalBehaviorType";
    const MEMBERS: &'static [&'static str] = &[
        "lockWorkstation",
        "noAction",
        "forceLogoff",
        "disconnectRemoteDesktopSession",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "lockWorkstation" => Self::LockWorkstation,
                "noAction" => Self::NoAction,
                "forceLogoff" => Self::ForceLogoff,
                "disconnectRemoteDesktopSession" => Self::DisconnectRemoteDesktopSession,
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
            Self::LockWorkstation => "lockWorkstation",
            Self::NoAction => "noAction",
            Self::ForceLogoff => "forceLogoff",
            Self::DisconnectRemoteDesktopSession => "disconnectRemoteDesktopSession",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(LocalSecurityOptionsSmartCardRemovalBehaviorType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalSecurityOptionsSmartCardRemovalBehaviorType);
#[cfg(msgraph_beta_device_management_or_search)]
/// The text content of a Notification Message Template for the specified locale.
///
/// CSDL: `microsoft.graph.localizedNotificationMessage`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct LocalizedNotificationMessage {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Flag to indicate whether or not this is the default locale for language fallback. This flag can only be set. To unset, set this property to true on another Localized Notification Message.
    ///
    /// CSDL: property `isDefault`: `Edm.Boolean`, not nullable.
    pub is_default: rt::Field<bool>,
    /// DateTime the object was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Locale for which this message is destined.
    ///
    /// CSDL: property `locale`: `Edm.String`, not nullable.
    pub locale: rt::Field<::std::string::String>,
    /// The Message Template content.
    ///
    /// CSDL: property `messageTemplate`: `Edm.String`, not nullable.
    pub message_template: rt::Field<::std::string::String>,
    /// The Message Template Subject.
    ///
    /// CSDL: property `subject`: `Edm.String`, not nullable.
    pub subject: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for LocalizedNotificationMessage {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_default: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            locale: rt::Field::Absent,
            message_template: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for LocalizedNotificationMessage {
    const TYPE_NAME: &'static str = "microsoft.graph.localizedNotificationMessage";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isDefault",
        "lastModifiedDateTime",
        "locale",
        "messageTemplate",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isDefault\":                    ",
        ",\"lastModifiedDateTime\":         ",
        ",\"locale\":                       ",
        ",\"messageTemplate\":              ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.localizedNotificationMessage\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_default", &self.is_default);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "locale", &self.locale);
        v.field(4usize, "message_template", &self.message_template);
        v.field(5usize, "subject", &self.subject);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for LocalizedNotificationMessage {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_default.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.locale.read_from(r),
            4usize => self.message_template.read_from(r),
            5usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_default);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.locale);
        w.field(4usize, &self.message_template);
        w.field(5usize, &self.subject);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(LocalizedNotificationMessage);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    LocalizedNotificationMessage { with_id id : ::std::string::String; with_is_default
    is_default : bool; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_locale locale : ::std::string::String;
    with_message_template message_template : ::std::string::String; with_subject subject
    : ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocalizedNotificationMessage);
#[cfg(msgraph_beta_core)]
/// Locate device action result
///
/// CSDL: `microsoft.graph.locateDeviceActionResult`, complex type, derived from `microsoft.graph.deviceActionResult`.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LocateDeviceActionResult {
    /// Action name
    ///
    /// CSDL: property `actionName`: `Edm.String`, nullable.
    pub action_name: rt::Field<::std::string::String>,
    /// State of the action
    ///
    /// CSDL: property `actionState`: `microsoft.graph.actionState`, not nullable.
    pub action_state: rt::Field<crate::beta::ActionState>,
    /// Time the action state was last updated
    ///
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Time the action was initiated
    ///
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// device location
    ///
    /// CSDL: property `deviceLocation`: `microsoft.graph.deviceGeoLocation`, nullable.
    pub device_location: rt::Field<crate::beta::DeviceGeoLocation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for LocateDeviceActionResult {
    #[inline]
    fn default() -> Self {
        Self {
            action_name: rt::Field::Absent,
            action_state: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            device_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for LocateDeviceActionResult {
    const TYPE_NAME: &'static str = "microsoft.graph.locateDeviceActionResult";
    const KEYS: &'static [&'static str] = &[
        "actionName",
        "actionState",
        "lastUpdatedDateTime",
        "startDateTime",
        "deviceLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"actionName\":                   ",
        ",\"actionState\":                  ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"startDateTime\":                ",
        ",\"deviceLocation\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locateDeviceActionResult\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "action_name", &self.action_name);
        v.field(1usize, "action_state", &self.action_state);
        v.field(2usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(3usize, "start_date_time", &self.start_date_time);
        v.field(4usize, "device_location", &self.device_location);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for LocateDeviceActionResult {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.action_name.read_from(r),
            1usize => self.action_state.read_from(r),
            2usize => self.last_updated_date_time.read_from(r),
            3usize => self.start_date_time.read_from(r),
            4usize => self.device_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.action_name);
        w.field(1usize, &self.action_state);
        w.field(2usize, &self.last_updated_date_time);
        w.field(3usize, &self.start_date_time);
        w.field(4usize, &self.device_location);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_object!(LocateDeviceActionResult);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    LocateDeviceActionResult { with_action_name action_name : ::std::string::String;
    with_action_state action_state : crate ::beta::ActionState;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_device_location
    device_location : crate ::beta::DeviceGeoLocation; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocateDeviceActionResult);
#[cfg(msgraph_beta_device_management_or_search)]
/// Contains the information to define a location management condition, an area of interest, to monitor.
///
/// CSDL: `microsoft.graph.locationManagementCondition`, entity type, derived from `microsoft.graph.managementCondition`, abstract, key `id`.
///
/// Request builders: [`ManagementConditionPath`](requests/trait.ManagementConditionPath.html), what a path to one (`EntityPath<AnyLocationManagementCondition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct LocationManagementCondition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The applicable platforms for this management condition.
    ///
    /// CSDL: property `applicablePlatforms`: `Collection(microsoft.graph.devicePlatformType)`, not nullable.
    pub applicable_platforms: rt::Field<
        ::std::vec::Vec<crate::beta::DevicePlatformType>,
    >,
    /// The time the management condition was created. Generated service side.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The admin defined description of the management condition.
    ///
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// The admin defined name of the management condition.
    ///
    /// CSDL: property `displayName`: `Edm.String`, not nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// ETag of the management condition. Updated service side.
    ///
    /// CSDL: property `eTag`: `Edm.String`, nullable.
    pub e_tag: rt::Field<::std::string::String>,
    /// The time the management condition was last modified. Updated service side.
    ///
    /// CSDL: property `modifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// Unique name for the management condition. Used in management condition expressions.
    ///
    /// CSDL: property `uniqueName`: `Edm.String`, not nullable.
    pub unique_name: rt::Field<::std::string::String>,
    /// The management condition statements associated to the management condition.
    ///
    /// CSDL: navigation property `managementConditionStatements`: `Collection(microsoft.graph.managementConditionStatement)`, not nullable.
    pub management_condition_statements: rt::Field<
        ::std::vec::Vec<crate::beta::ManagementConditionStatement>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for LocationManagementCondition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            applicable_platforms: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            e_tag: rt::Field::Absent,
            modified_date_time: rt::Field::Absent,
            unique_name: rt::Field::Absent,
            management_condition_statements: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for LocationManagementCondition {
    const TYPE_NAME: &'static str = "microsoft.graph.locationManagementCondition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "applicablePlatforms",
        "createdDateTime",
        "description",
        "displayName",
        "eTag",
        "modifiedDateTime",
        "uniqueName",
        "managementConditionStatements",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"applicablePlatforms\":          ",
        ",\"createdDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"eTag\":                         ",
        ",\"modifiedDateTime\":             ",
        ",\"uniqueName\":                   ",
        ",\"managementConditionStatements\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.locationManagementCondition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "applicable_platforms", &self.applicable_platforms);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "description", &self.description);
        v.field(4usize, "display_name", &self.display_name);
        v.field(5usize, "e_tag", &self.e_tag);
        v.field(6usize, "modified_date_time", &self.modified_date_time);
        v.field(7usize, "unique_name", &self.unique_name);
        v.field(
            8usize,
            "management_condition_statements",
            &self.management_condition_statements,
        );
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for LocationManagementCondition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.applicable_platforms.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.description.read_from(r),
            4usize => self.display_name.read_from(r),
            5usize => self.e_tag.read_from(r),
            6usize => self.modified_date_time.read_from(r),
            7usize => self.unique_name.read_from(r),
            8usize => self.management_condition_statements.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.applicable_platforms);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.description);
        w.field(4usize, &self.display_name);
        w.field(5usize, &self.e_tag);
        w.field(6usize, &self.modified_date_time);
        w.field(7usize, &self.unique_name);
        w.field(8usize, &self.management_condition_statements);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_object!(LocationManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    LocationManagementCondition { with_id id : ::std::string::String;
    with_applicable_platforms applicable_platforms : ::std::vec::Vec < crate
    ::beta::DevicePlatformType >; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_description description : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_e_tag e_tag :
    ::std::string::String; with_modified_date_time modified_date_time :
    rt::edm::DateTimeOffset; with_unique_name unique_name : ::std::string::String;
    with_management_condition_statements management_condition_statements :
    ::std::vec::Vec < crate ::beta::ManagementConditionStatement >; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LocationManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
/// `microsoft.graph.locationManagementCondition` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyLocationManagementCondition {
    LocationManagementCondition(
        ::std::boxed::Box<crate::beta::LocationManagementCondition>,
    ),
    CircularGeofenceManagementCondition(
        ::std::boxed::Box<crate::beta::CircularGeofenceManagementCondition>,
    ),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for AnyLocationManagementCondition {
    #[inline]
    fn default() -> Self {
        Self::LocationManagementCondition(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LocationManagementCondition>
for AnyLocationManagementCondition {
    #[inline]
    fn from(v: crate::beta::LocationManagementCondition) -> Self {
        Self::LocationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CircularGeofenceManagementCondition>
for AnyLocationManagementCondition {
    #[inline]
    fn from(v: crate::beta::CircularGeofenceManagementCondition) -> Self {
        Self::CircularGeofenceManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Send for AnyLocationManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
unsafe impl ::std::marker::Sync for AnyLocationManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::marker::Unpin for AnyLocationManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::UnwindSafe for AnyLocationManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::panic::RefUnwindSafe for AnyLocationManagementCondition {}
#[cfg(msgraph_beta_device_management_or_search)]
const _: () = {
    rt::object::auto_traits::<crate::beta::LocationManagementCondition>();
    rt::object::auto_traits::<crate::beta::CircularGeofenceManagementCondition>();
};
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Poly for AnyLocationManagementCondition {
    const BASE_NAME: &'static str = "microsoft.graph.locationManagementCondition";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.circularGeofenceManagementCondition",
            ) => Self::CircularGeofenceManagementCondition(rt::object::new_boxed()),
            _ => Self::LocationManagementCondition(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::LocationManagementCondition(v) => &**v,
            Self::CircularGeofenceManagementCondition(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::LocationManagementCondition(v) => &mut **v,
            Self::CircularGeofenceManagementCondition(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl AnyLocationManagementCondition {
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
            Self::LocationManagementCondition(v) => &v.id,
            Self::CircularGeofenceManagementCondition(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.id,
            Self::CircularGeofenceManagementCondition(v) => &mut v.id,
        }
    }
    /// `applicablePlatforms` of any variant.
    #[inline]
    pub fn applicable_platforms(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::DevicePlatformType>> {
        match self {
            Self::LocationManagementCondition(v) => &v.applicable_platforms,
            Self::CircularGeofenceManagementCondition(v) => &v.applicable_platforms,
        }
    }
    /// `applicablePlatforms` of any variant.
    #[inline]
    pub fn applicable_platforms_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::DevicePlatformType>> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.applicable_platforms,
            Self::CircularGeofenceManagementCondition(v) => &mut v.applicable_platforms,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LocationManagementCondition(v) => &v.created_date_time,
            Self::CircularGeofenceManagementCondition(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.created_date_time,
            Self::CircularGeofenceManagementCondition(v) => &mut v.created_date_time,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &v.description,
            Self::CircularGeofenceManagementCondition(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.description,
            Self::CircularGeofenceManagementCondition(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &v.display_name,
            Self::CircularGeofenceManagementCondition(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.display_name,
            Self::CircularGeofenceManagementCondition(v) => &mut v.display_name,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &v.e_tag,
            Self::CircularGeofenceManagementCondition(v) => &v.e_tag,
        }
    }
    /// `eTag` of any variant.
    #[inline]
    pub fn e_tag_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.e_tag,
            Self::CircularGeofenceManagementCondition(v) => &mut v.e_tag,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LocationManagementCondition(v) => &v.modified_date_time,
            Self::CircularGeofenceManagementCondition(v) => &v.modified_date_time,
        }
    }
    /// `modifiedDateTime` of any variant.
    #[inline]
    pub fn modified_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.modified_date_time,
            Self::CircularGeofenceManagementCondition(v) => &mut v.modified_date_time,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &v.unique_name,
            Self::CircularGeofenceManagementCondition(v) => &v.unique_name,
        }
    }
    /// `uniqueName` of any variant.
    #[inline]
    pub fn unique_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LocationManagementCondition(v) => &mut v.unique_name,
            Self::CircularGeofenceManagementCondition(v) => &mut v.unique_name,
        }
    }
    /// `managementConditionStatements` of any variant.
    #[inline]
    pub fn management_condition_statements(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::beta::ManagementConditionStatement>> {
        match self {
            Self::LocationManagementCondition(v) => &v.management_condition_statements,
            Self::CircularGeofenceManagementCondition(v) => {
                &v.management_condition_statements
            }
        }
    }
    /// `managementConditionStatements` of any variant.
    #[inline]
    pub fn management_condition_statements_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::beta::ManagementConditionStatement>> {
        match self {
            Self::LocationManagementCondition(v) => {
                &mut v.management_condition_statements
            }
            Self::CircularGeofenceManagementCondition(v) => {
                &mut v.management_condition_statements
            }
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_poly!(AnyLocationManagementCondition);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyLocationManagementCondition);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.logonType`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LogonType {
    /// `unknown` (value 0).
    Unknown,
    /// `interactive` (value 1).
    Interactive,
    /// `remoteInteractive` (value 2).
    RemoteInteractive,
    /// `network` (value 3).
    Network,
    /// `batch` (value 4).
    Batch,
    /// `service` (value 5).
    Service,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for LogonType {
    const TYPE_NAME: &'static str = "microsoft.graph.logonType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "interactive",
        "remoteInteractive",
        "network",
        "batch",
        "service",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "interactive" => Self::Interactive,
                "remoteInteractive" => Self::RemoteInteractive,
                "network" => Self::Network,
                "batch" => Self::Batch,
                "service" => Self::Service,
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
            Self::Interactive => "interactive",
            Self::RemoteInteractive => "remoteInteractive",
            Self::Network => "network",
            Self::Batch => "batch",
            Self::Service => "service",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(LogonType);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LogonType);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.logonUser`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct LogonUser {
    /// CSDL: property `accountDomain`: `Edm.String`, nullable.
    pub account_domain: rt::Field<::std::string::String>,
    /// CSDL: property `accountName`: `Edm.String`, nullable.
    pub account_name: rt::Field<::std::string::String>,
    /// CSDL: property `accountType`: `microsoft.graph.userAccountSecurityType`, nullable.
    pub account_type: rt::Field<crate::beta::UserAccountSecurityType>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `logonId`: `Edm.String`, nullable.
    pub logon_id: rt::Field<::std::string::String>,
    /// CSDL: property `logonTypes`: `Collection(microsoft.graph.logonType)`, nullable.
    pub logon_types: rt::Field<::std::vec::Vec<crate::beta::LogonType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for LogonUser {
    #[inline]
    fn default() -> Self {
        Self {
            account_domain: rt::Field::Absent,
            account_name: rt::Field::Absent,
            account_type: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            logon_id: rt::Field::Absent,
            logon_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for LogonUser {
    const TYPE_NAME: &'static str = "microsoft.graph.logonUser";
    const KEYS: &'static [&'static str] = &[
        "accountDomain",
        "accountName",
        "accountType",
        "firstSeenDateTime",
        "lastSeenDateTime",
        "logonId",
        "logonTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"accountDomain\":                ",
        ",\"accountName\":                  ",
        ",\"accountType\":                  ",
        ",\"firstSeenDateTime\":            ",
        ",\"lastSeenDateTime\":             ",
        ",\"logonId\":                      ",
        ",\"logonTypes\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.logonUser\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "account_domain", &self.account_domain);
        v.field(1usize, "account_name", &self.account_name);
        v.field(2usize, "account_type", &self.account_type);
        v.field(3usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(4usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(5usize, "logon_id", &self.logon_id);
        v.field(6usize, "logon_types", &self.logon_types);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for LogonUser {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.account_domain.read_from(r),
            1usize => self.account_name.read_from(r),
            2usize => self.account_type.read_from(r),
            3usize => self.first_seen_date_time.read_from(r),
            4usize => self.last_seen_date_time.read_from(r),
            5usize => self.logon_id.read_from(r),
            6usize => self.logon_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.account_domain);
        w.field(1usize, &self.account_name);
        w.field(2usize, &self.account_type);
        w.field(3usize, &self.first_seen_date_time);
        w.field(4usize, &self.last_seen_date_time);
        w.field(5usize, &self.logon_id);
        w.field(6usize, &self.logon_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_object!(LogonUser);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    LogonUser { with_account_domain account_domain : ::std::string::String;
    with_account_name account_name : ::std::string::String; with_account_type
    account_type : crate ::beta::UserAccountSecurityType; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_last_seen_date_time
    last_seen_date_time : rt::edm::DateTimeOffset; with_logon_id logon_id :
    ::std::string::String; with_logon_types logon_types : ::std::vec::Vec < crate
    ::beta::LogonType >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LogonUser);
#[cfg(msgraph_beta_search)]
/// CSDL: `microsoft.graph.lookupResultRow`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta` or `beta-search`.
#[derive(Clone)]
pub struct LookupResultRow {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `row`: `Edm.String`, nullable.
    pub row: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search)]
impl ::std::default::Default for LookupResultRow {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            row: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search)]
impl rt::Object for LookupResultRow {
    const TYPE_NAME: &'static str = "microsoft.graph.lookupResultRow";
    const KEYS: &'static [&'static str] = &["id", "row"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"row\":                          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lookupResultRow\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "row", &self.row);
    }
}
#[cfg(msgraph_beta_search)]
impl rt::object::Members for LookupResultRow {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.row.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.row);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_search)]
rt::impl_object!(LookupResultRow);
#[cfg(msgraph_beta_search)]
rt::impl_setters!(
    LookupResultRow { with_id id : ::std::string::String; with_row row :
    ::std::string::String; }
);
#[cfg(msgraph_beta_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(LookupResultRow);
