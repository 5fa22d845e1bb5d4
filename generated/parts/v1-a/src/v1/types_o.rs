//! Types of `microsoft.graph` by the first letters of their names (`o`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
/// CSDL: `microsoft.graph.oAuth2PermissionGrant`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-oauth2-permission-grants`, `v1-search`.
#[derive(Clone)]
pub struct OAuth2PermissionGrant {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `consentType`: `Edm.String`, nullable.
    pub consent_type: rt::Field<::std::string::String>,
    /// CSDL: property `principalId`: `Edm.String`, nullable.
    pub principal_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, not nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `scope`: `Edm.String`, nullable.
    pub scope: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
impl ::std::default::Default for OAuth2PermissionGrant {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_id: rt::Field::Absent,
            consent_type: rt::Field::Absent,
            principal_id: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
impl rt::Object for OAuth2PermissionGrant {
    const TYPE_NAME: &'static str = "microsoft.graph.oAuth2PermissionGrant";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientId",
        "consentType",
        "principalId",
        "resourceId",
        "scope",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientId\":                     ",
        ",\"consentType\":                  ",
        ",\"principalId\":                  ",
        ",\"resourceId\":                   ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oAuth2PermissionGrant\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_id", &self.client_id);
        v.field(2usize, "consent_type", &self.consent_type);
        v.field(3usize, "principal_id", &self.principal_id);
        v.field(4usize, "resource_id", &self.resource_id);
        v.field(5usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
impl rt::object::Members for OAuth2PermissionGrant {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_id.read_from(r),
            2usize => self.consent_type.read_from(r),
            3usize => self.principal_id.read_from(r),
            4usize => self.resource_id.read_from(r),
            5usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_id);
        w.field(2usize, &self.consent_type);
        w.field(3usize, &self.principal_id);
        w.field(4usize, &self.resource_id);
        w.field(5usize, &self.scope);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
rt::impl_object!(OAuth2PermissionGrant);
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
rt::impl_setters!(
    OAuth2PermissionGrant { with_id id : ::std::string::String; with_client_id client_id
    : ::std::string::String; with_consent_type consent_type : ::std::string::String;
    with_principal_id principal_id : ::std::string::String; with_resource_id resource_id
    : ::std::string::String; with_scope scope : ::std::string::String; }
);
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OAuth2PermissionGrant);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.objectIdentity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ObjectIdentity {
    /// CSDL: property `issuer`: `Edm.String`, nullable.
    pub issuer: rt::Field<::std::string::String>,
    /// CSDL: property `issuerAssignedId`: `Edm.String`, nullable.
    pub issuer_assigned_id: rt::Field<::std::string::String>,
    /// CSDL: property `signInType`: `Edm.String`, nullable.
    pub sign_in_type: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ObjectIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            issuer: rt::Field::Absent,
            issuer_assigned_id: rt::Field::Absent,
            sign_in_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ObjectIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.objectIdentity";
    const KEYS: &'static [&'static str] = &["issuer", "issuerAssignedId", "signInType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"issuer\":                       ",
        ",\"issuerAssignedId\":             ",
        ",\"signInType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.objectIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "issuer", &self.issuer);
        v.field(1usize, "issuer_assigned_id", &self.issuer_assigned_id);
        v.field(2usize, "sign_in_type", &self.sign_in_type);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ObjectIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.issuer.read_from(r),
            1usize => self.issuer_assigned_id.read_from(r),
            2usize => self.sign_in_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.issuer);
        w.field(1usize, &self.issuer_assigned_id);
        w.field(2usize, &self.sign_in_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(ObjectIdentity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ObjectIdentity { with_issuer issuer : ::std::string::String; with_issuer_assigned_id
    issuer_assigned_id : ::std::string::String; with_sign_in_type sign_in_type :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObjectIdentity);
#[cfg(msgraph_v1_any_area)]
/// In macOS 12 and later, this command uses Erase All Content and Settings (EACS) on Mac computers with the Apple M1 chip or the Apple T2 Security Chip. On those devices, if EACS can’t run, the device can use obliteration (macOS 11.x behavior). This key has no effect on machines prior to the T2 chip. Upon receiving this command, the device performs preflight checks to determine if the device is in a state that allows EACS. The ObliterationBehavior value defines the device's fallback behavior.
///
/// CSDL: `microsoft.graph.obliterationBehavior`, enum type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObliterationBehavior {
    /// Default. If Erase All Content and Settings (EACS) preflight fails, the device responds to the server with an Error status and then attempts to erase itself. If EACS preflight succeeds but EACS fails, then the device attempts to erase itself.
    ///
    /// `default` (value 0).
    Default,
    /// If Erase All Content and Settings (EACS) preflight fails, the device responds to the server with an Error status and doesn’t attempt to erase itself. If EACS preflight succeeds but EACS fails, then the device doesn’t attempt to erase itself.
    ///
    /// `doNotObliterate` (value 1).
    DoNotObliterate,
    /// If Erase All Content and Settings (EACS) preflight fails, the device responds with an Acknowledged status and then attempts to erase itself. If EACS preflight succeeds but EACS fails, then the device attempts to erase itself.
    ///
    /// `obliterateWithWarning` (value 2).
    ObliterateWithWarning,
    /// The system doesn’t attempt Erase All Content and Settings (EACS). T2 and later devices always obliterate.
    ///
    /// `always` (value 3).
    Always,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 999).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_any_area)]
impl rt::StrEnum for ObliterationBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.obliterationBehavior";
    const MEMBERS: &'static [&'static str] = &[
        "default",
        "doNotObliterate",
        "obliterateWithWarning",
        "always",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "default" => Self::Default,
                "doNotObliterate" => Self::DoNotObliterate,
                "obliterateWithWarning" => Self::ObliterateWithWarning,
                "always" => Self::Always,
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
            Self::Default => "default",
            Self::DoNotObliterate => "doNotObliterate",
            Self::ObliterateWithWarning => "obliterateWithWarning",
            Self::Always => "always",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_enum!(ObliterationBehavior);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(ObliterationBehavior);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.onPremisesAccidentalDeletionPrevention`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct OnPremisesAccidentalDeletionPrevention {
    /// CSDL: property `alertThreshold`: `Edm.Int32`, nullable.
    pub alert_threshold: rt::Field<i32>,
    /// CSDL: property `synchronizationPreventionType`: `microsoft.graph.onPremisesDirectorySynchronizationDeletionPreventionType`, nullable.
    pub synchronization_prevention_type: rt::Field<
        crate::v1::OnPremisesDirectorySynchronizationDeletionPreventionType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for OnPremisesAccidentalDeletionPrevention {
    #[inline]
    fn default() -> Self {
        Self {
            alert_threshold: rt::Field::Absent,
            synchronization_prevention_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for OnPremisesAccidentalDeletionPrevention {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesAccidentalDeletionPrevention";
    const KEYS: &'static [&'static str] = &[
        "alertThreshold",
        "synchronizationPreventionType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"alertThreshold\":               ",
        ",\"synchronizationPreventionType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesAccidentalDeletionPrevention\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "alert_threshold", &self.alert_threshold);
        v.field(
            1usize,
            "synchronization_prevention_type",
            &self.synchronization_prevention_type,
        );
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for OnPremisesAccidentalDeletionPrevention {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.alert_threshold.read_from(r),
            1usize => self.synchronization_prevention_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.alert_threshold);
        w.field(1usize, &self.synchronization_prevention_type);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(OnPremisesAccidentalDeletionPrevention);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    OnPremisesAccidentalDeletionPrevention { with_alert_threshold alert_threshold : i32;
    with_synchronization_prevention_type synchronization_prevention_type : crate
    ::v1::OnPremisesDirectorySynchronizationDeletionPreventionType; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesAccidentalDeletionPrevention);
#[cfg(msgraph_v1_device_management_or_search)]
/// Singleton entity which represents the Exchange OnPremises Conditional Access Settings for a tenant.
///
/// CSDL: `microsoft.graph.onPremisesConditionalAccessSettings`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct OnPremisesConditionalAccessSettings {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates if on premises conditional access is enabled for this organization
    ///
    /// CSDL: property `enabled`: `Edm.Boolean`, not nullable.
    pub enabled: rt::Field<bool>,
    /// User groups that will be exempt by on premises conditional access. All users in these groups will be exempt from the conditional access policy.
    ///
    /// CSDL: property `excludedGroups`: `Collection(Edm.Guid)`, not nullable.
    pub excluded_groups: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// User groups that will be targeted by on premises conditional access. All users in these groups will be required to have mobile device managed and compliant for mail access.
    ///
    /// CSDL: property `includedGroups`: `Collection(Edm.Guid)`, not nullable.
    pub included_groups: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Override the default access rule when allowing a device to ensure access is granted.
    ///
    /// CSDL: property `overrideDefaultRule`: `Edm.Boolean`, not nullable.
    pub override_default_rule: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for OnPremisesConditionalAccessSettings {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            enabled: rt::Field::Absent,
            excluded_groups: rt::Field::Absent,
            included_groups: rt::Field::Absent,
            override_default_rule: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for OnPremisesConditionalAccessSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesConditionalAccessSettings";
    const KEYS: &'static [&'static str] = &[
        "id",
        "enabled",
        "excludedGroups",
        "includedGroups",
        "overrideDefaultRule",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"enabled\":                      ",
        ",\"excludedGroups\":               ",
        ",\"includedGroups\":               ",
        ",\"overrideDefaultRule\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesConditionalAccessSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "enabled", &self.enabled);
        v.field(2usize, "excluded_groups", &self.excluded_groups);
        v.field(3usize, "included_groups", &self.included_groups);
        v.field(4usize, "override_default_rule", &self.override_default_rule);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for OnPremisesConditionalAccessSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.enabled.read_from(r),
            2usize => self.excluded_groups.read_from(r),
            3usize => self.included_groups.read_from(r),
            4usize => self.override_default_rule.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.enabled);
        w.field(2usize, &self.excluded_groups);
        w.field(3usize, &self.included_groups);
        w.field(4usize, &self.override_default_rule);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_object!(OnPremisesConditionalAccessSettings);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    OnPremisesConditionalAccessSettings { with_id id : ::std::string::String;
    with_enabled enabled : bool; with_excluded_groups excluded_groups : ::std::vec::Vec <
    rt::edm::Guid >; with_included_groups included_groups : ::std::vec::Vec <
    rt::edm::Guid >; with_override_default_rule override_default_rule : bool; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesConditionalAccessSettings);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.onPremisesDirectorySynchronization`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OnPremisesDirectorySynchronizationPath`](requests/trait.OnPremisesDirectorySynchronizationPath.html), what a path to one (`EntityPath<OnPremisesDirectorySynchronization, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct OnPremisesDirectorySynchronization {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `configuration`: `microsoft.graph.onPremisesDirectorySynchronizationConfiguration`, nullable.
    pub configuration: rt::Field<
        crate::v1::OnPremisesDirectorySynchronizationConfiguration,
    >,
    /// CSDL: property `features`: `microsoft.graph.onPremisesDirectorySynchronizationFeature`, not nullable.
    pub features: rt::Field<crate::v1::OnPremisesDirectorySynchronizationFeature>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for OnPremisesDirectorySynchronization {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            configuration: rt::Field::Absent,
            features: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for OnPremisesDirectorySynchronization {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesDirectorySynchronization";
    const KEYS: &'static [&'static str] = &["id", "configuration", "features"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"configuration\":                ",
        ",\"features\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesDirectorySynchronization\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "configuration", &self.configuration);
        v.field(2usize, "features", &self.features);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for OnPremisesDirectorySynchronization {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.configuration.read_from(r),
            2usize => self.features.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.configuration);
        w.field(2usize, &self.features);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(OnPremisesDirectorySynchronization);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    OnPremisesDirectorySynchronization { with_id id : ::std::string::String;
    with_configuration configuration : crate
    ::v1::OnPremisesDirectorySynchronizationConfiguration; with_features features : crate
    ::v1::OnPremisesDirectorySynchronizationFeature; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesDirectorySynchronization);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.onPremisesDirectorySynchronizationConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct OnPremisesDirectorySynchronizationConfiguration {
    /// CSDL: property `accidentalDeletionPrevention`: `microsoft.graph.onPremisesAccidentalDeletionPrevention`, nullable.
    pub accidental_deletion_prevention: rt::Field<
        crate::v1::OnPremisesAccidentalDeletionPrevention,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for OnPremisesDirectorySynchronizationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            accidental_deletion_prevention: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for OnPremisesDirectorySynchronizationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesDirectorySynchronizationConfiguration";
    const KEYS: &'static [&'static str] = &["accidentalDeletionPrevention"];
    const KEYS_JSON: &'static [&'static str] = &[",\"accidentalDeletionPrevention\": "];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesDirectorySynchronizationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "accidental_deletion_prevention",
            &self.accidental_deletion_prevention,
        );
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for OnPremisesDirectorySynchronizationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.accidental_deletion_prevention.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.accidental_deletion_prevention);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(OnPremisesDirectorySynchronizationConfiguration);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    OnPremisesDirectorySynchronizationConfiguration { with_accidental_deletion_prevention
    accidental_deletion_prevention : crate ::v1::OnPremisesAccidentalDeletionPrevention;
    }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesDirectorySynchronizationConfiguration);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.onPremisesDirectorySynchronizationDeletionPreventionType`, enum type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnPremisesDirectorySynchronizationDeletionPreventionType {
    /// `disabled` (value 0).
    Disabled,
    /// `enabledForCount` (value 1).
    EnabledForCount,
    /// `enabledForPercentage` (value 2).
    EnabledForPercentage,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::StrEnum for OnPremisesDirectorySynchronizationDeletionPreventionType {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesDirectorySynchronizationDeletionPreventionType";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "enabledForCount",
        "enabledForPercentage",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "enabledForCount" => Self::EnabledForCount,
                "enabledForPercentage" => Self::EnabledForPercentage,
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
            Self::Disabled => "disabled",
            Self::EnabledForCount => "enabledForCount",
            Self::EnabledForPercentage => "enabledForPercentage",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_enum!(OnPremisesDirectorySynchronizationDeletionPreventionType);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesDirectorySynchronizationDeletionPreventionType);
#[cfg(msgraph_v1_directory_or_search)]
/// CSDL: `microsoft.graph.onPremisesDirectorySynchronizationFeature`, complex type.
///
/// Features: `v1`, or one of `v1-directory`, `v1-search`.
#[derive(Clone)]
pub struct OnPremisesDirectorySynchronizationFeature {
    /// CSDL: property `allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled`: `Edm.Boolean`, nullable.
    pub allow_on_prem_update_of_on_premises_object_identifier_enabled: rt::Field<bool>,
    /// CSDL: property `blockCloudObjectTakeoverThroughHardMatchEnabled`: `Edm.Boolean`, nullable.
    pub block_cloud_object_takeover_through_hard_match_enabled: rt::Field<bool>,
    /// CSDL: property `blockSoftMatchEnabled`: `Edm.Boolean`, nullable.
    pub block_soft_match_enabled: rt::Field<bool>,
    /// CSDL: property `bypassDirSyncOverridesEnabled`: `Edm.Boolean`, nullable.
    pub bypass_dir_sync_overrides_enabled: rt::Field<bool>,
    /// CSDL: property `cloudPasswordPolicyForPasswordSyncedUsersEnabled`: `Edm.Boolean`, nullable.
    pub cloud_password_policy_for_password_synced_users_enabled: rt::Field<bool>,
    /// CSDL: property `concurrentCredentialUpdateEnabled`: `Edm.Boolean`, nullable.
    pub concurrent_credential_update_enabled: rt::Field<bool>,
    /// CSDL: property `concurrentOrgIdProvisioningEnabled`: `Edm.Boolean`, nullable.
    pub concurrent_org_id_provisioning_enabled: rt::Field<bool>,
    /// CSDL: property `deviceWritebackEnabled`: `Edm.Boolean`, nullable.
    pub device_writeback_enabled: rt::Field<bool>,
    /// CSDL: property `directoryExtensionsEnabled`: `Edm.Boolean`, nullable.
    pub directory_extensions_enabled: rt::Field<bool>,
    /// CSDL: property `fopeConflictResolutionEnabled`: `Edm.Boolean`, nullable.
    pub fope_conflict_resolution_enabled: rt::Field<bool>,
    /// CSDL: property `groupWriteBackEnabled`: `Edm.Boolean`, nullable.
    pub group_write_back_enabled: rt::Field<bool>,
    /// CSDL: property `passwordSyncEnabled`: `Edm.Boolean`, nullable.
    pub password_sync_enabled: rt::Field<bool>,
    /// CSDL: property `passwordWritebackEnabled`: `Edm.Boolean`, nullable.
    pub password_writeback_enabled: rt::Field<bool>,
    /// CSDL: property `quarantineUponProxyAddressesConflictEnabled`: `Edm.Boolean`, nullable.
    pub quarantine_upon_proxy_addresses_conflict_enabled: rt::Field<bool>,
    /// CSDL: property `quarantineUponUpnConflictEnabled`: `Edm.Boolean`, nullable.
    pub quarantine_upon_upn_conflict_enabled: rt::Field<bool>,
    /// CSDL: property `softMatchOnUpnEnabled`: `Edm.Boolean`, nullable.
    pub soft_match_on_upn_enabled: rt::Field<bool>,
    /// CSDL: property `synchronizeUpnForManagedUsersEnabled`: `Edm.Boolean`, nullable.
    pub synchronize_upn_for_managed_users_enabled: rt::Field<bool>,
    /// CSDL: property `unifiedGroupWritebackEnabled`: `Edm.Boolean`, nullable.
    pub unified_group_writeback_enabled: rt::Field<bool>,
    /// CSDL: property `userForcePasswordChangeOnLogonEnabled`: `Edm.Boolean`, nullable.
    pub user_force_password_change_on_logon_enabled: rt::Field<bool>,
    /// CSDL: property `userWritebackEnabled`: `Edm.Boolean`, nullable.
    pub user_writeback_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_directory_or_search)]
impl ::std::default::Default for OnPremisesDirectorySynchronizationFeature {
    #[inline]
    fn default() -> Self {
        Self {
            allow_on_prem_update_of_on_premises_object_identifier_enabled: rt::Field::Absent,
            block_cloud_object_takeover_through_hard_match_enabled: rt::Field::Absent,
            block_soft_match_enabled: rt::Field::Absent,
            bypass_dir_sync_overrides_enabled: rt::Field::Absent,
            cloud_password_policy_for_password_synced_users_enabled: rt::Field::Absent,
            concurrent_credential_update_enabled: rt::Field::Absent,
            concurrent_org_id_provisioning_enabled: rt::Field::Absent,
            device_writeback_enabled: rt::Field::Absent,
            directory_extensions_enabled: rt::Field::Absent,
            fope_conflict_resolution_enabled: rt::Field::Absent,
            group_write_back_enabled: rt::Field::Absent,
            password_sync_enabled: rt::Field::Absent,
            password_writeback_enabled: rt::Field::Absent,
            quarantine_upon_proxy_addresses_conflict_enabled: rt::Field::Absent,
            quarantine_upon_upn_conflict_enabled: rt::Field::Absent,
            soft_match_on_upn_enabled: rt::Field::Absent,
            synchronize_upn_for_managed_users_enabled: rt::Field::Absent,
            unified_group_writeback_enabled: rt::Field::Absent,
            user_force_password_change_on_logon_enabled: rt::Field::Absent,
            user_writeback_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::Object for OnPremisesDirectorySynchronizationFeature {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesDirectorySynchronizationFeature";
    const KEYS: &'static [&'static str] = &[
        "allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled",
        "blockCloudObjectTakeoverThroughHardMatchEnabled",
        "blockSoftMatchEnabled",
        "bypassDirSyncOverridesEnabled",
        "cloudPasswordPolicyForPasswordSyncedUsersEnabled",
        "concurrentCredentialUpdateEnabled",
        "concurrentOrgIdProvisioningEnabled",
        "deviceWritebackEnabled",
        "directoryExtensionsEnabled",
        "fopeConflictResolutionEnabled",
        "groupWriteBackEnabled",
        "passwordSyncEnabled",
        "passwordWritebackEnabled",
        "quarantineUponProxyAddressesConflictEnabled",
        "quarantineUponUpnConflictEnabled",
        "softMatchOnUpnEnabled",
        "synchronizeUpnForManagedUsersEnabled",
        "unifiedGroupWritebackEnabled",
        "userForcePasswordChangeOnLogonEnabled",
        "userWritebackEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled\":",
        ",\"blockCloudObjectTakeoverThroughHardMatchEnabled\":",
        ",\"blockSoftMatchEnabled\":        ",
        ",\"bypassDirSyncOverridesEnabled\":",
        ",\"cloudPasswordPolicyForPasswordSyncedUsersEnabled\":",
        ",\"concurrentCredentialUpdateEnabled\":",
        ",\"concurrentOrgIdProvisioningEnabled\":",
        ",\"deviceWritebackEnabled\":       ",
        ",\"directoryExtensionsEnabled\":   ",
        ",\"fopeConflictResolutionEnabled\":",
        ",\"groupWriteBackEnabled\":        ",
        ",\"passwordSyncEnabled\":          ",
        ",\"passwordWritebackEnabled\":     ",
        ",\"quarantineUponProxyAddressesConflictEnabled\":",
        ",\"quarantineUponUpnConflictEnabled\":",
        ",\"softMatchOnUpnEnabled\":        ",
        ",\"synchronizeUpnForManagedUsersEnabled\":",
        ",\"unifiedGroupWritebackEnabled\": ",
        ",\"userForcePasswordChangeOnLogonEnabled\":",
        ",\"userWritebackEnabled\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesDirectorySynchronizationFeature\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_on_prem_update_of_on_premises_object_identifier_enabled",
            &self.allow_on_prem_update_of_on_premises_object_identifier_enabled,
        );
        v.field(
            1usize,
            "block_cloud_object_takeover_through_hard_match_enabled",
            &self.block_cloud_object_takeover_through_hard_match_enabled,
        );
        v.field(2usize, "block_soft_match_enabled", &self.block_soft_match_enabled);
        v.field(
            3usize,
            "bypass_dir_sync_overrides_enabled",
            &self.bypass_dir_sync_overrides_enabled,
        );
        v.field(
            4usize,
            "cloud_password_policy_for_password_synced_users_enabled",
            &self.cloud_password_policy_for_password_synced_users_enabled,
        );
        v.field(
            5usize,
            "concurrent_credential_update_enabled",
            &self.concurrent_credential_update_enabled,
        );
        v.field(
            6usize,
            "concurrent_org_id_provisioning_enabled",
            &self.concurrent_org_id_provisioning_enabled,
        );
        v.field(7usize, "device_writeback_enabled", &self.device_writeback_enabled);
        v.field(
            8usize,
            "directory_extensions_enabled",
            &self.directory_extensions_enabled,
        );
        v.field(
            9usize,
            "fope_conflict_resolution_enabled",
            &self.fope_conflict_resolution_enabled,
        );
        v.field(10usize, "group_write_back_enabled", &self.group_write_back_enabled);
        v.field(11usize, "password_sync_enabled", &self.password_sync_enabled);
        v.field(12usize, "password_writeback_enabled", &self.password_writeback_enabled);
        v.field(
            13usize,
            "quarantine_upon_proxy_addresses_conflict_enabled",
            &self.quarantine_upon_proxy_addresses_conflict_enabled,
        );
        v.field(
            14usize,
            "quarantine_upon_upn_conflict_enabled",
            &self.quarantine_upon_upn_conflict_enabled,
        );
        v.field(15usize, "soft_match_on_upn_enabled", &self.soft_match_on_upn_enabled);
        v.field(
            16usize,
            "synchronize_upn_for_managed_users_enabled",
            &self.synchronize_upn_for_managed_users_enabled,
        );
        v.field(
            17usize,
            "unified_group_writeback_enabled",
            &self.unified_group_writeback_enabled,
        );
        v.field(
            18usize,
            "user_force_password_change_on_logon_enabled",
            &self.user_force_password_change_on_logon_enabled,
        );
        v.field(19usize, "user_writeback_enabled", &self.user_writeback_enabled);
    }
}
#[cfg(msgraph_v1_directory_or_search)]
impl rt::object::Members for OnPremisesDirectorySynchronizationFeature {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => {
                self.allow_on_prem_update_of_on_premises_object_identifier_enabled
                    .read_from(r)
            }
            1usize => {
                self.block_cloud_object_takeover_through_hard_match_enabled.read_from(r)
            }
            2usize => self.block_soft_match_enabled.read_from(r),
            3usize => self.bypass_dir_sync_overrides_enabled.read_from(r),
            4usize => {
                self.cloud_password_policy_for_password_synced_users_enabled.read_from(r)
            }
            5usize => self.concurrent_credential_update_enabled.read_from(r),
            6usize => self.concurrent_org_id_provisioning_enabled.read_from(r),
            7usize => self.device_writeback_enabled.read_from(r),
            8usize => self.directory_extensions_enabled.read_from(r),
            9usize => self.fope_conflict_resolution_enabled.read_from(r),
            10usize => self.group_write_back_enabled.read_from(r),
            11usize => self.password_sync_enabled.read_from(r),
            12usize => self.password_writeback_enabled.read_from(r),
            13usize => self.quarantine_upon_proxy_addresses_conflict_enabled.read_from(r),
            14usize => self.quarantine_upon_upn_conflict_enabled.read_from(r),
            15usize => self.soft_match_on_upn_enabled.read_from(r),
            16usize => self.synchronize_upn_for_managed_users_enabled.read_from(r),
            17usize => self.unified_group_writeback_enabled.read_from(r),
            18usize => self.user_force_password_change_on_logon_enabled.read_from(r),
            19usize => self.user_writeback_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(
            0usize,
            &self.allow_on_prem_update_of_on_premises_object_identifier_enabled,
        );
        w.field(1usize, &self.block_cloud_object_takeover_through_hard_match_enabled);
        w.field(2usize, &self.block_soft_match_enabled);
        w.field(3usize, &self.bypass_dir_sync_overrides_enabled);
        w.field(4usize, &self.cloud_password_policy_for_password_synced_users_enabled);
        w.field(5usize, &self.concurrent_credential_update_enabled);
        w.field(6usize, &self.concurrent_org_id_provisioning_enabled);
        w.field(7usize, &self.device_writeback_enabled);
        w.field(8usize, &self.directory_extensions_enabled);
        w.field(9usize, &self.fope_conflict_resolution_enabled);
        w.field(10usize, &self.group_write_back_enabled);
        w.field(11usize, &self.password_sync_enabled);
        w.field(12usize, &self.password_writeback_enabled);
        w.field(13usize, &self.quarantine_upon_proxy_addresses_conflict_enabled);
        w.field(14usize, &self.quarantine_upon_upn_conflict_enabled);
        w.field(15usize, &self.soft_match_on_upn_enabled);
        w.field(16usize, &self.synchronize_upn_for_managed_users_enabled);
        w.field(17usize, &self.unified_group_writeback_enabled);
        w.field(18usize, &self.user_force_password_change_on_logon_enabled);
        w.field(19usize, &self.user_writeback_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_object!(OnPremisesDirectorySynchronizationFeature);
#[cfg(msgraph_v1_directory_or_search)]
rt::impl_setters!(
    OnPremisesDirectorySynchronizationFeature {
    with_allow_on_prem_update_of_on_premises_object_identifier_enabled
    allow_on_prem_update_of_on_premises_object_identifier_enabled : bool;
    with_block_cloud_object_takeover_through_hard_match_enabled
    block_cloud_object_takeover_through_hard_match_enabled : bool;
    with_block_soft_match_enabled block_soft_match_enabled : bool;
    with_bypass_dir_sync_overrides_enabled bypass_dir_sync_overrides_enabled : bool;
    with_cloud_password_policy_for_password_synced_users_enabled
    cloud_password_policy_for_password_synced_users_enabled : bool;
    with_concurrent_credential_update_enabled concurrent_credential_update_enabled :
    bool; with_concurrent_org_id_provisioning_enabled
    concurrent_org_id_provisioning_enabled : bool; with_device_writeback_enabled
    device_writeback_enabled : bool; with_directory_extensions_enabled
    directory_extensions_enabled : bool; with_fope_conflict_resolution_enabled
    fope_conflict_resolution_enabled : bool; with_group_write_back_enabled
    group_write_back_enabled : bool; with_password_sync_enabled password_sync_enabled :
    bool; with_password_writeback_enabled password_writeback_enabled : bool;
    with_quarantine_upon_proxy_addresses_conflict_enabled
    quarantine_upon_proxy_addresses_conflict_enabled : bool;
    with_quarantine_upon_upn_conflict_enabled quarantine_upon_upn_conflict_enabled :
    bool; with_soft_match_on_upn_enabled soft_match_on_upn_enabled : bool;
    with_synchronize_upn_for_managed_users_enabled
    synchronize_upn_for_managed_users_enabled : bool;
    with_unified_group_writeback_enabled unified_group_writeback_enabled : bool;
    with_user_force_password_change_on_logon_enabled
    user_force_password_change_on_logon_enabled : bool; with_user_writeback_enabled
    user_writeback_enabled : bool; }
);
#[cfg(msgraph_v1_directory_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesDirectorySynchronizationFeature);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.onPremisesProvisioningError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesProvisioningError {
    /// CSDL: property `category`: `Edm.String`, nullable.
    pub category: rt::Field<::std::string::String>,
    /// CSDL: property `occurredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub occurred_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `propertyCausingError`: `Edm.String`, nullable.
    pub property_causing_error: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OnPremisesProvisioningError {
    #[inline]
    fn default() -> Self {
        Self {
            category: rt::Field::Absent,
            occurred_date_time: rt::Field::Absent,
            property_causing_error: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OnPremisesProvisioningError {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesProvisioningError";
    const KEYS: &'static [&'static str] = &[
        "category",
        "occurredDateTime",
        "propertyCausingError",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"category\":                     ",
        ",\"occurredDateTime\":             ",
        ",\"propertyCausingError\":         ",
        ",\"value\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesProvisioningError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category", &self.category);
        v.field(1usize, "occurred_date_time", &self.occurred_date_time);
        v.field(2usize, "property_causing_error", &self.property_causing_error);
        v.field(3usize, "value", &self.value);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OnPremisesProvisioningError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category.read_from(r),
            1usize => self.occurred_date_time.read_from(r),
            2usize => self.property_causing_error.read_from(r),
            3usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category);
        w.field(1usize, &self.occurred_date_time);
        w.field(2usize, &self.property_causing_error);
        w.field(3usize, &self.value);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OnPremisesProvisioningError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OnPremisesProvisioningError { with_category category : ::std::string::String;
    with_occurred_date_time occurred_date_time : rt::edm::DateTimeOffset;
    with_property_causing_error property_causing_error : ::std::string::String;
    with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesProvisioningError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.onPremisesSyncBehavior`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnPremisesSyncBehavior {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isCloudManaged`: `Edm.Boolean`, not nullable.
    pub is_cloud_managed: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OnPremisesSyncBehavior {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_cloud_managed: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OnPremisesSyncBehavior {
    const TYPE_NAME: &'static str = "microsoft.graph.onPremisesSyncBehavior";
    const KEYS: &'static [&'static str] = &["id", "isCloudManaged"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"isCloudManaged\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onPremisesSyncBehavior\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "is_cloud_managed", &self.is_cloud_managed);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OnPremisesSyncBehavior {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_cloud_managed.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_cloud_managed);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OnPremisesSyncBehavior);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OnPremisesSyncBehavior { with_id id : ::std::string::String; with_is_cloud_managed
    is_cloud_managed : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnPremisesSyncBehavior);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.oneDriveForBusinessBrowseSession`, entity type, derived from `microsoft.graph.browseSessionBase`, key `id`.
///
/// Request builders: [`OneDriveForBusinessBrowseSessionPath`](requests/trait.OneDriveForBusinessBrowseSessionPath.html), what a path to one (`EntityPath<OneDriveForBusinessBrowseSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct OneDriveForBusinessBrowseSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backupSizeInBytes`: `Edm.String`, nullable.
    pub backup_size_in_bytes: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `expirationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restorePointDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_point_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restorePointId`: `Edm.String`, nullable.
    pub restore_point_id: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.browseSessionStatus`, not nullable.
    pub status: rt::Field<crate::v1::BrowseSessionStatus>,
    /// CSDL: property `directoryObjectId`: `Edm.String`, nullable.
    pub directory_object_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for OneDriveForBusinessBrowseSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            backup_size_in_bytes: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            expiration_date_time: rt::Field::Absent,
            restore_point_date_time: rt::Field::Absent,
            restore_point_id: rt::Field::Absent,
            status: rt::Field::Absent,
            directory_object_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for OneDriveForBusinessBrowseSession {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveForBusinessBrowseSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backupSizeInBytes",
        "createdDateTime",
        "error",
        "expirationDateTime",
        "restorePointDateTime",
        "restorePointId",
        "status",
        "directoryObjectId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backupSizeInBytes\":            ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"expirationDateTime\":           ",
        ",\"restorePointDateTime\":         ",
        ",\"restorePointId\":               ",
        ",\"status\":                       ",
        ",\"directoryObjectId\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveForBusinessBrowseSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "backup_size_in_bytes", &self.backup_size_in_bytes);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "error", &self.error);
        v.field(4usize, "expiration_date_time", &self.expiration_date_time);
        v.field(5usize, "restore_point_date_time", &self.restore_point_date_time);
        v.field(6usize, "restore_point_id", &self.restore_point_id);
        v.field(7usize, "status", &self.status);
        v.field(8usize, "directory_object_id", &self.directory_object_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for OneDriveForBusinessBrowseSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.backup_size_in_bytes.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.error.read_from(r),
            4usize => self.expiration_date_time.read_from(r),
            5usize => self.restore_point_date_time.read_from(r),
            6usize => self.restore_point_id.read_from(r),
            7usize => self.status.read_from(r),
            8usize => self.directory_object_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.backup_size_in_bytes);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.error);
        w.field(4usize, &self.expiration_date_time);
        w.field(5usize, &self.restore_point_date_time);
        w.field(6usize, &self.restore_point_id);
        w.field(7usize, &self.status);
        w.field(8usize, &self.directory_object_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(OneDriveForBusinessBrowseSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    OneDriveForBusinessBrowseSession { with_id id : ::std::string::String;
    with_backup_size_in_bytes backup_size_in_bytes : ::std::string::String;
    with_created_date_time created_date_time : rt::edm::DateTimeOffset; with_error error
    : crate ::v1::PublicError; with_expiration_date_time expiration_date_time :
    rt::edm::DateTimeOffset; with_restore_point_date_time restore_point_date_time :
    rt::edm::DateTimeOffset; with_restore_point_id restore_point_id :
    ::std::string::String; with_status status : crate ::v1::BrowseSessionStatus;
    with_directory_object_id directory_object_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveForBusinessBrowseSession);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.oneDriveForBusinessProtectionPolicy`, entity type, derived from `microsoft.graph.protectionPolicyBase`, key `id`.
///
/// Request builders: [`OneDriveForBusinessProtectionPolicyPath`](requests/trait.OneDriveForBusinessProtectionPolicyPath.html), what a path to one (`EntityPath<OneDriveForBusinessProtectionPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct OneDriveForBusinessProtectionPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `protectionPolicyArtifactCount`: `microsoft.graph.protectionPolicyArtifactCount`, nullable.
    pub protection_policy_artifact_count: rt::Field<
        crate::v1::ProtectionPolicyArtifactCount,
    >,
    /// CSDL: property `retentionSettings`: `Collection(microsoft.graph.retentionSetting)`, nullable.
    pub retention_settings: rt::Field<::std::vec::Vec<crate::v1::RetentionSetting>>,
    /// CSDL: property `status`: `microsoft.graph.protectionPolicyStatus`, nullable.
    pub status: rt::Field<crate::v1::ProtectionPolicyStatus>,
    /// CSDL: navigation property `driveInclusionRules`: `Collection(microsoft.graph.driveProtectionRule)`, not nullable.
    pub drive_inclusion_rules: rt::Field<
        ::std::vec::Vec<crate::v1::DriveProtectionRule>,
    >,
    /// CSDL: navigation property `driveProtectionUnits`: `Collection(microsoft.graph.driveProtectionUnit)`, not nullable.
    pub drive_protection_units: rt::Field<
        ::std::vec::Vec<crate::v1::DriveProtectionUnit>,
    >,
    /// CSDL: navigation property `driveProtectionUnitsBulkAdditionJobs`: `Collection(microsoft.graph.driveProtectionUnitsBulkAdditionJob)`, not nullable.
    pub drive_protection_units_bulk_addition_jobs: rt::Field<
        ::std::vec::Vec<crate::v1::DriveProtectionUnitsBulkAdditionJob>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for OneDriveForBusinessProtectionPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            protection_policy_artifact_count: rt::Field::Absent,
            retention_settings: rt::Field::Absent,
            status: rt::Field::Absent,
            drive_inclusion_rules: rt::Field::Absent,
            drive_protection_units: rt::Field::Absent,
            drive_protection_units_bulk_addition_jobs: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for OneDriveForBusinessProtectionPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveForBusinessProtectionPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "createdDateTime",
        "displayName",
        "isEnabled",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "protectionPolicyArtifactCount",
        "retentionSettings",
        "status",
        "driveInclusionRules",
        "driveProtectionUnits",
        "driveProtectionUnitsBulkAdditionJobs",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"displayName\":                  ",
        ",\"isEnabled\":                    ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"protectionPolicyArtifactCount\":",
        ",\"retentionSettings\":            ",
        ",\"status\":                       ",
        ",\"driveInclusionRules\":          ",
        ",\"driveProtectionUnits\":         ",
        ",\"driveProtectionUnitsBulkAdditionJobs\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveForBusinessProtectionPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_by", &self.created_by);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "is_enabled", &self.is_enabled);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(
            7usize,
            "protection_policy_artifact_count",
            &self.protection_policy_artifact_count,
        );
        v.field(8usize, "retention_settings", &self.retention_settings);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "drive_inclusion_rules", &self.drive_inclusion_rules);
        v.field(11usize, "drive_protection_units", &self.drive_protection_units);
        v.field(
            12usize,
            "drive_protection_units_bulk_addition_jobs",
            &self.drive_protection_units_bulk_addition_jobs,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for OneDriveForBusinessProtectionPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.is_enabled.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.protection_policy_artifact_count.read_from(r),
            8usize => self.retention_settings.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.drive_inclusion_rules.read_from(r),
            11usize => self.drive_protection_units.read_from(r),
            12usize => self.drive_protection_units_bulk_addition_jobs.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.is_enabled);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.protection_policy_artifact_count);
        w.field(8usize, &self.retention_settings);
        w.field(9usize, &self.status);
        w.field(10usize, &self.drive_inclusion_rules);
        w.field(11usize, &self.drive_protection_units);
        w.field(12usize, &self.drive_protection_units_bulk_addition_jobs);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(OneDriveForBusinessProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    OneDriveForBusinessProtectionPolicy { with_id id : ::std::string::String;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_display_name display_name :
    ::std::string::String; with_is_enabled is_enabled : bool; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset;
    with_protection_policy_artifact_count protection_policy_artifact_count : crate
    ::v1::ProtectionPolicyArtifactCount; with_retention_settings retention_settings :
    ::std::vec::Vec < crate ::v1::RetentionSetting >; with_status status : crate
    ::v1::ProtectionPolicyStatus; with_drive_inclusion_rules drive_inclusion_rules :
    ::std::vec::Vec < crate ::v1::DriveProtectionRule >; with_drive_protection_units
    drive_protection_units : ::std::vec::Vec < crate ::v1::DriveProtectionUnit >;
    with_drive_protection_units_bulk_addition_jobs
    drive_protection_units_bulk_addition_jobs : ::std::vec::Vec < crate
    ::v1::DriveProtectionUnitsBulkAdditionJob >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveForBusinessProtectionPolicy);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.oneDriveForBusinessRestoreSession`, entity type, derived from `microsoft.graph.restoreSessionBase`, key `id`.
///
/// Request builders: [`OneDriveForBusinessRestoreSessionPath`](requests/trait.OneDriveForBusinessRestoreSessionPath.html), what a path to one (`EntityPath<OneDriveForBusinessRestoreSession, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct OneDriveForBusinessRestoreSession {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `completedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completed_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `createdBy`: `microsoft.graph.identitySet`, nullable.
    pub created_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `error`: `microsoft.graph.publicError`, nullable.
    pub error: rt::Field<crate::v1::PublicError>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoreJobType`: `microsoft.graph.restoreJobType`, nullable.
    pub restore_job_type: rt::Field<crate::v1::RestoreJobType>,
    /// CSDL: property `restoreSessionArtifactCount`: `microsoft.graph.restoreSessionArtifactCount`, nullable.
    pub restore_session_artifact_count: rt::Field<
        crate::v1::RestoreSessionArtifactCount,
    >,
    /// CSDL: property `status`: `microsoft.graph.restoreSessionStatus`, nullable.
    pub status: rt::Field<crate::v1::RestoreSessionStatus>,
    /// CSDL: containment navigation property `driveRestoreArtifacts`: `Collection(microsoft.graph.driveRestoreArtifact)`, not nullable.
    pub drive_restore_artifacts: rt::Field<
        ::std::vec::Vec<crate::v1::DriveRestoreArtifact>,
    >,
    /// CSDL: containment navigation property `driveRestoreArtifactsBulkAdditionRequests`: `Collection(microsoft.graph.driveRestoreArtifactsBulkAdditionRequest)`, not nullable.
    pub drive_restore_artifacts_bulk_addition_requests: rt::Field<
        ::std::vec::Vec<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>,
    >,
    /// CSDL: containment navigation property `granularDriveRestoreArtifacts`: `Collection(microsoft.graph.granularDriveRestoreArtifact)`, not nullable.
    pub granular_drive_restore_artifacts: rt::Field<
        ::std::vec::Vec<crate::v1::GranularDriveRestoreArtifact>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for OneDriveForBusinessRestoreSession {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            completed_date_time: rt::Field::Absent,
            created_by: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            error: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            restore_job_type: rt::Field::Absent,
            restore_session_artifact_count: rt::Field::Absent,
            status: rt::Field::Absent,
            drive_restore_artifacts: rt::Field::Absent,
            drive_restore_artifacts_bulk_addition_requests: rt::Field::Absent,
            granular_drive_restore_artifacts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for OneDriveForBusinessRestoreSession {
    const TYPE_NAME: &'static str = "microsoft.graph.oneDriveForBusinessRestoreSession";
    const KEYS: &'static [&'static str] = &[
        "id",
        "completedDateTime",
        "createdBy",
        "createdDateTime",
        "error",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "restoreJobType",
        "restoreSessionArtifactCount",
        "status",
        "driveRestoreArtifacts",
        "driveRestoreArtifactsBulkAdditionRequests",
        "granularDriveRestoreArtifacts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"completedDateTime\":            ",
        ",\"createdBy\":                    ",
        ",\"createdDateTime\":              ",
        ",\"error\":                        ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"restoreJobType\":               ",
        ",\"restoreSessionArtifactCount\":  ",
        ",\"status\":                       ",
        ",\"driveRestoreArtifacts\":        ",
        ",\"driveRestoreArtifactsBulkAdditionRequests\":",
        ",\"granularDriveRestoreArtifacts\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.oneDriveForBusinessRestoreSession\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "completed_date_time", &self.completed_date_time);
        v.field(2usize, "created_by", &self.created_by);
        v.field(3usize, "created_date_time", &self.created_date_time);
        v.field(4usize, "error", &self.error);
        v.field(5usize, "last_modified_by", &self.last_modified_by);
        v.field(6usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(7usize, "restore_job_type", &self.restore_job_type);
        v.field(
            8usize,
            "restore_session_artifact_count",
            &self.restore_session_artifact_count,
        );
        v.field(9usize, "status", &self.status);
        v.field(10usize, "drive_restore_artifacts", &self.drive_restore_artifacts);
        v.field(
            11usize,
            "drive_restore_artifacts_bulk_addition_requests",
            &self.drive_restore_artifacts_bulk_addition_requests,
        );
        v.field(
            12usize,
            "granular_drive_restore_artifacts",
            &self.granular_drive_restore_artifacts,
        );
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for OneDriveForBusinessRestoreSession {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.completed_date_time.read_from(r),
            2usize => self.created_by.read_from(r),
            3usize => self.created_date_time.read_from(r),
            4usize => self.error.read_from(r),
            5usize => self.last_modified_by.read_from(r),
            6usize => self.last_modified_date_time.read_from(r),
            7usize => self.restore_job_type.read_from(r),
            8usize => self.restore_session_artifact_count.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.drive_restore_artifacts.read_from(r),
            11usize => self.drive_restore_artifacts_bulk_addition_requests.read_from(r),
            12usize => self.granular_drive_restore_artifacts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.completed_date_time);
        w.field(2usize, &self.created_by);
        w.field(3usize, &self.created_date_time);
        w.field(4usize, &self.error);
        w.field(5usize, &self.last_modified_by);
        w.field(6usize, &self.last_modified_date_time);
        w.field(7usize, &self.restore_job_type);
        w.field(8usize, &self.restore_session_artifact_count);
        w.field(9usize, &self.status);
        w.field(10usize, &self.drive_restore_artifacts);
        w.field(11usize, &self.drive_restore_artifacts_bulk_addition_requests);
        w.field(12usize, &self.granular_drive_restore_artifacts);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(OneDriveForBusinessRestoreSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    OneDriveForBusinessRestoreSession { with_id id : ::std::string::String;
    with_completed_date_time completed_date_time : rt::edm::DateTimeOffset;
    with_created_by created_by : crate ::v1::AnyIdentitySet; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_error error : crate
    ::v1::PublicError; with_last_modified_by last_modified_by : crate
    ::v1::AnyIdentitySet; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_restore_job_type restore_job_type : crate
    ::v1::RestoreJobType; with_restore_session_artifact_count
    restore_session_artifact_count : crate ::v1::RestoreSessionArtifactCount; with_status
    status : crate ::v1::RestoreSessionStatus; with_drive_restore_artifacts
    drive_restore_artifacts : ::std::vec::Vec < crate ::v1::DriveRestoreArtifact >;
    with_drive_restore_artifacts_bulk_addition_requests
    drive_restore_artifacts_bulk_addition_requests : ::std::vec::Vec < crate
    ::v1::DriveRestoreArtifactsBulkAdditionRequest >;
    with_granular_drive_restore_artifacts granular_drive_restore_artifacts :
    ::std::vec::Vec < crate ::v1::GranularDriveRestoreArtifact >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OneDriveForBusinessRestoreSession);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.onenoteSourceService`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnenoteSourceService {
    /// `Unknown` (value 0).
    Unknown,
    /// `OneDrive` (value 1).
    OneDrive,
    /// `OneDriveForBusiness` (value 2).
    OneDriveForBusiness,
    /// `OnPremOneDriveForBusiness` (value 3).
    OnPremOneDriveForBusiness,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for OnenoteSourceService {
    const TYPE_NAME: &'static str = "microsoft.graph.onenoteSourceService";
    const MEMBERS: &'static [&'static str] = &[
        "Unknown",
        "OneDrive",
        "OneDriveForBusiness",
        "OnPremOneDriveForBusiness",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "Unknown" => Self::Unknown,
                "OneDrive" => Self::OneDrive,
                "OneDriveForBusiness" => Self::OneDriveForBusiness,
                "OnPremOneDriveForBusiness" => Self::OnPremOneDriveForBusiness,
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
            Self::Unknown => "Unknown",
            Self::OneDrive => "OneDrive",
            Self::OneDriveForBusiness => "OneDriveForBusiness",
            Self::OnPremOneDriveForBusiness => "OnPremOneDriveForBusiness",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(OnenoteSourceService);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnenoteSourceService);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.onlineMeeting`, entity type, derived from `microsoft.graph.onlineMeetingBase`, open, key `id`.
///
/// Request builders: [`OnlineMeetingPath`](requests/trait.OnlineMeetingPath.html), what a path to one (`EntityPath<OnlineMeeting, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeeting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowAttendeeToEnableCamera`: `Edm.Boolean`, nullable.
    pub allow_attendee_to_enable_camera: rt::Field<bool>,
    /// CSDL: property `allowAttendeeToEnableMic`: `Edm.Boolean`, nullable.
    pub allow_attendee_to_enable_mic: rt::Field<bool>,
    /// CSDL: property `allowBreakoutRooms`: `Edm.Boolean`, nullable.
    pub allow_breakout_rooms: rt::Field<bool>,
    /// CSDL: property `allowCopyingAndSharingMeetingContent`: `Edm.Boolean`, nullable.
    pub allow_copying_and_sharing_meeting_content: rt::Field<bool>,
    /// CSDL: property `allowedLobbyAdmitters`: `microsoft.graph.allowedLobbyAdmitterRoles`, nullable.
    pub allowed_lobby_admitters: rt::Field<crate::v1::AllowedLobbyAdmitterRoles>,
    /// CSDL: property `allowedPresenters`: `microsoft.graph.onlineMeetingPresenters`, nullable.
    pub allowed_presenters: rt::Field<crate::v1::OnlineMeetingPresenters>,
    /// CSDL: property `allowLiveShare`: `microsoft.graph.meetingLiveShareOptions`, nullable.
    pub allow_live_share: rt::Field<crate::v1::MeetingLiveShareOptions>,
    /// CSDL: property `allowMeetingChat`: `microsoft.graph.meetingChatMode`, nullable.
    pub allow_meeting_chat: rt::Field<crate::v1::MeetingChatMode>,
    /// CSDL: property `allowParticipantsToChangeName`: `Edm.Boolean`, nullable.
    pub allow_participants_to_change_name: rt::Field<bool>,
    /// CSDL: property `allowPowerPointSharing`: `Edm.Boolean`, nullable.
    pub allow_power_point_sharing: rt::Field<bool>,
    /// CSDL: property `allowRecording`: `Edm.Boolean`, nullable.
    pub allow_recording: rt::Field<bool>,
    /// CSDL: property `allowTeamworkReactions`: `Edm.Boolean`, nullable.
    pub allow_teamwork_reactions: rt::Field<bool>,
    /// CSDL: property `allowTranscription`: `Edm.Boolean`, nullable.
    pub allow_transcription: rt::Field<bool>,
    /// CSDL: property `allowWhiteboard`: `Edm.Boolean`, nullable.
    pub allow_whiteboard: rt::Field<bool>,
    /// CSDL: property `audioConferencing`: `microsoft.graph.audioConferencing`, nullable.
    pub audio_conferencing: rt::Field<crate::v1::AudioConferencing>,
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::v1::ChatInfo>,
    /// CSDL: property `chatRestrictions`: `microsoft.graph.chatRestrictions`, nullable.
    pub chat_restrictions: rt::Field<crate::v1::ChatRestrictions>,
    /// CSDL: property `cloudVideoInteropInfo`: `microsoft.graph.cloudVideoInteropInfo`, nullable.
    pub cloud_video_interop_info: rt::Field<crate::v1::CloudVideoInteropInfo>,
    /// CSDL: property `expiryDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isEndToEndEncryptionEnabled`: `Edm.Boolean`, nullable.
    pub is_end_to_end_encryption_enabled: rt::Field<bool>,
    /// CSDL: property `isEntryExitAnnounced`: `Edm.Boolean`, nullable.
    pub is_entry_exit_announced: rt::Field<bool>,
    /// CSDL: property `joinInformation`: `microsoft.graph.itemBody`, nullable.
    pub join_information: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `joinMeetingIdSettings`: `microsoft.graph.joinMeetingIdSettings`, nullable.
    pub join_meeting_id_settings: rt::Field<crate::v1::JoinMeetingIdSettings>,
    /// CSDL: property `joinWebUrl`: `Edm.String`, nullable.
    pub join_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `lobbyBypassSettings`: `microsoft.graph.lobbyBypassSettings`, nullable.
    pub lobby_bypass_settings: rt::Field<crate::v1::LobbyBypassSettings>,
    /// CSDL: property `meetingOptionsWebUrl`: `Edm.String`, nullable.
    pub meeting_options_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `meetingSpokenLanguageTag`: `Edm.String`, nullable.
    pub meeting_spoken_language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `meetingType`: `microsoft.graph.onlineMeetingType`, nullable.
    pub meeting_type: rt::Field<crate::v1::OnlineMeetingType>,
    /// CSDL: property `recordAutomatically`: `Edm.Boolean`, nullable.
    pub record_automatically: rt::Field<bool>,
    /// CSDL: property `sensitivityLabelAssignment`: `microsoft.graph.onlineMeetingSensitivityLabelAssignment`, nullable.
    pub sensitivity_label_assignment: rt::Field<
        crate::v1::OnlineMeetingSensitivityLabelAssignment,
    >,
    /// CSDL: property `shareMeetingChatHistoryDefault`: `microsoft.graph.meetingChatHistoryDefaultMode`, nullable.
    pub share_meeting_chat_history_default: rt::Field<
        crate::v1::MeetingChatHistoryDefaultMode,
    >,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `videoTeleconferenceId`: `Edm.String`, nullable.
    pub video_teleconference_id: rt::Field<::std::string::String>,
    /// CSDL: property `watermarkProtection`: `microsoft.graph.watermarkProtectionValues`, nullable.
    pub watermark_protection: rt::Field<crate::v1::WatermarkProtectionValues>,
    /// CSDL: containment navigation property `attendanceReports`: `Collection(microsoft.graph.meetingAttendanceReport)`, not nullable.
    pub attendance_reports: rt::Field<
        ::std::vec::Vec<crate::v1::MeetingAttendanceReport>,
    >,
    /// CSDL: property `attendeeReport`: `Edm.Stream`, nullable.
    pub attendee_report: rt::Field<rt::RawJson>,
    /// CSDL: property `broadcastSettings`: `microsoft.graph.broadcastMeetingSettings`, nullable.
    pub broadcast_settings: rt::Field<crate::v1::BroadcastMeetingSettings>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `isBroadcast`: `Edm.Boolean`, nullable.
    pub is_broadcast: rt::Field<bool>,
    /// CSDL: property `meetingTemplateId`: `Edm.String`, nullable.
    pub meeting_template_id: rt::Field<::std::string::String>,
    /// CSDL: property `participants`: `microsoft.graph.meetingParticipants`, nullable.
    pub participants: rt::Field<crate::v1::MeetingParticipants>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: containment navigation property `recordings`: `Collection(microsoft.graph.callRecording)`, not nullable.
    pub recordings: rt::Field<::std::vec::Vec<crate::v1::CallRecording>>,
    /// CSDL: containment navigation property `transcripts`: `Collection(microsoft.graph.callTranscript)`, not nullable.
    pub transcripts: rt::Field<::std::vec::Vec<crate::v1::CallTranscript>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OnlineMeeting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_attendee_to_enable_camera: rt::Field::Absent,
            allow_attendee_to_enable_mic: rt::Field::Absent,
            allow_breakout_rooms: rt::Field::Absent,
            allow_copying_and_sharing_meeting_content: rt::Field::Absent,
            allowed_lobby_admitters: rt::Field::Absent,
            allowed_presenters: rt::Field::Absent,
            allow_live_share: rt::Field::Absent,
            allow_meeting_chat: rt::Field::Absent,
            allow_participants_to_change_name: rt::Field::Absent,
            allow_power_point_sharing: rt::Field::Absent,
            allow_recording: rt::Field::Absent,
            allow_teamwork_reactions: rt::Field::Absent,
            allow_transcription: rt::Field::Absent,
            allow_whiteboard: rt::Field::Absent,
            audio_conferencing: rt::Field::Absent,
            chat_info: rt::Field::Absent,
            chat_restrictions: rt::Field::Absent,
            cloud_video_interop_info: rt::Field::Absent,
            expiry_date_time: rt::Field::Absent,
            is_end_to_end_encryption_enabled: rt::Field::Absent,
            is_entry_exit_announced: rt::Field::Absent,
            join_information: rt::Field::Absent,
            join_meeting_id_settings: rt::Field::Absent,
            join_web_url: rt::Field::Absent,
            lobby_bypass_settings: rt::Field::Absent,
            meeting_options_web_url: rt::Field::Absent,
            meeting_spoken_language_tag: rt::Field::Absent,
            meeting_type: rt::Field::Absent,
            record_automatically: rt::Field::Absent,
            sensitivity_label_assignment: rt::Field::Absent,
            share_meeting_chat_history_default: rt::Field::Absent,
            subject: rt::Field::Absent,
            video_teleconference_id: rt::Field::Absent,
            watermark_protection: rt::Field::Absent,
            attendance_reports: rt::Field::Absent,
            attendee_report: rt::Field::Absent,
            broadcast_settings: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_id: rt::Field::Absent,
            is_broadcast: rt::Field::Absent,
            meeting_template_id: rt::Field::Absent,
            participants: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            recordings: rt::Field::Absent,
            transcripts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OnlineMeeting {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeeting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowAttendeeToEnableCamera",
        "allowAttendeeToEnableMic",
        "allowBreakoutRooms",
        "allowCopyingAndSharingMeetingContent",
        "allowedLobbyAdmitters",
        "allowedPresenters",
        "allowLiveShare",
        "allowMeetingChat",
        "allowParticipantsToChangeName",
        "allowPowerPointSharing",
        "allowRecording",
        "allowTeamworkReactions",
        "allowTranscription",
        "allowWhiteboard",
        "audioConferencing",
        "chatInfo",
        "chatRestrictions",
        "cloudVideoInteropInfo",
        "expiryDateTime",
        "isEndToEndEncryptionEnabled",
        "isEntryExitAnnounced",
        "joinInformation",
        "joinMeetingIdSettings",
        "joinWebUrl",
        "lobbyBypassSettings",
        "meetingOptionsWebUrl",
        "meetingSpokenLanguageTag",
        "meetingType",
        "recordAutomatically",
        "sensitivityLabelAssignment",
        "shareMeetingChatHistoryDefault",
        "subject",
        "videoTeleconferenceId",
        "watermarkProtection",
        "attendanceReports",
        "attendeeReport",
        "broadcastSettings",
        "creationDateTime",
        "endDateTime",
        "externalId",
        "isBroadcast",
        "meetingTemplateId",
        "participants",
        "startDateTime",
        "recordings",
        "transcripts",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowAttendeeToEnableCamera\":  ",
        ",\"allowAttendeeToEnableMic\":     ",
        ",\"allowBreakoutRooms\":           ",
        ",\"allowCopyingAndSharingMeetingContent\":",
        ",\"allowedLobbyAdmitters\":        ",
        ",\"allowedPresenters\":            ",
        ",\"allowLiveShare\":               ",
        ",\"allowMeetingChat\":             ",
        ",\"allowParticipantsToChangeName\":",
        ",\"allowPowerPointSharing\":       ",
        ",\"allowRecording\":               ",
        ",\"allowTeamworkReactions\":       ",
        ",\"allowTranscription\":           ",
        ",\"allowWhiteboard\":              ",
        ",\"audioConferencing\":            ",
        ",\"chatInfo\":                     ",
        ",\"chatRestrictions\":             ",
        ",\"cloudVideoInteropInfo\":        ",
        ",\"expiryDateTime\":               ",
        ",\"isEndToEndEncryptionEnabled\":  ",
        ",\"isEntryExitAnnounced\":         ",
        ",\"joinInformation\":              ",
        ",\"joinMeetingIdSettings\":        ",
        ",\"joinWebUrl\":                   ",
        ",\"lobbyBypassSettings\":          ",
        ",\"meetingOptionsWebUrl\":         ",
        ",\"meetingSpokenLanguageTag\":     ",
        ",\"meetingType\":                  ",
        ",\"recordAutomatically\":          ",
        ",\"sensitivityLabelAssignment\":   ",
        ",\"shareMeetingChatHistoryDefault\":",
        ",\"subject\":                      ",
        ",\"videoTeleconferenceId\":        ",
        ",\"watermarkProtection\":          ",
        ",\"attendanceReports\":            ",
        ",\"attendeeReport\":               ",
        ",\"broadcastSettings\":            ",
        ",\"creationDateTime\":             ",
        ",\"endDateTime\":                  ",
        ",\"externalId\":                   ",
        ",\"isBroadcast\":                  ",
        ",\"meetingTemplateId\":            ",
        ",\"participants\":                 ",
        ",\"startDateTime\":                ",
        ",\"recordings\":                   ",
        ",\"transcripts\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeeting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allow_attendee_to_enable_camera",
            &self.allow_attendee_to_enable_camera,
        );
        v.field(
            2usize,
            "allow_attendee_to_enable_mic",
            &self.allow_attendee_to_enable_mic,
        );
        v.field(3usize, "allow_breakout_rooms", &self.allow_breakout_rooms);
        v.field(
            4usize,
            "allow_copying_and_sharing_meeting_content",
            &self.allow_copying_and_sharing_meeting_content,
        );
        v.field(5usize, "allowed_lobby_admitters", &self.allowed_lobby_admitters);
        v.field(6usize, "allowed_presenters", &self.allowed_presenters);
        v.field(7usize, "allow_live_share", &self.allow_live_share);
        v.field(8usize, "allow_meeting_chat", &self.allow_meeting_chat);
        v.field(
            9usize,
            "allow_participants_to_change_name",
            &self.allow_participants_to_change_name,
        );
        v.field(10usize, "allow_power_point_sharing", &self.allow_power_point_sharing);
        v.field(11usize, "allow_recording", &self.allow_recording);
        v.field(12usize, "allow_teamwork_reactions", &self.allow_teamwork_reactions);
        v.field(13usize, "allow_transcription", &self.allow_transcription);
        v.field(14usize, "allow_whiteboard", &self.allow_whiteboard);
        v.field(15usize, "audio_conferencing", &self.audio_conferencing);
        v.field(16usize, "chat_info", &self.chat_info);
        v.field(17usize, "chat_restrictions", &self.chat_restrictions);
        v.field(18usize, "cloud_video_interop_info", &self.cloud_video_interop_info);
        v.field(19usize, "expiry_date_time", &self.expiry_date_time);
        v.field(
            20usize,
            "is_end_to_end_encryption_enabled",
            &self.is_end_to_end_encryption_enabled,
        );
        v.field(21usize, "is_entry_exit_announced", &self.is_entry_exit_announced);
        v.field(22usize, "join_information", &self.join_information);
        v.field(23usize, "join_meeting_id_settings", &self.join_meeting_id_settings);
        v.field(24usize, "join_web_url", &self.join_web_url);
        v.field(25usize, "lobby_bypass_settings", &self.lobby_bypass_settings);
        v.field(26usize, "meeting_options_web_url", &self.meeting_options_web_url);
        v.field(
            27usize,
            "meeting_spoken_language_tag",
            &self.meeting_spoken_language_tag,
        );
        v.field(28usize, "meeting_type", &self.meeting_type);
        v.field(29usize, "record_automatically", &self.record_automatically);
        v.field(
            30usize,
            "sensitivity_label_assignment",
            &self.sensitivity_label_assignment,
        );
        v.field(
            31usize,
            "share_meeting_chat_history_default",
            &self.share_meeting_chat_history_default,
        );
        v.field(32usize, "subject", &self.subject);
        v.field(33usize, "video_teleconference_id", &self.video_teleconference_id);
        v.field(34usize, "watermark_protection", &self.watermark_protection);
        v.field(35usize, "attendance_reports", &self.attendance_reports);
        v.field(36usize, "attendee_report", &self.attendee_report);
        v.field(37usize, "broadcast_settings", &self.broadcast_settings);
        v.field(38usize, "creation_date_time", &self.creation_date_time);
        v.field(39usize, "end_date_time", &self.end_date_time);
        v.field(40usize, "external_id", &self.external_id);
        v.field(41usize, "is_broadcast", &self.is_broadcast);
        v.field(42usize, "meeting_template_id", &self.meeting_template_id);
        v.field(43usize, "participants", &self.participants);
        v.field(44usize, "start_date_time", &self.start_date_time);
        v.field(45usize, "recordings", &self.recordings);
        v.field(46usize, "transcripts", &self.transcripts);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OnlineMeeting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_attendee_to_enable_camera.read_from(r),
            2usize => self.allow_attendee_to_enable_mic.read_from(r),
            3usize => self.allow_breakout_rooms.read_from(r),
            4usize => self.allow_copying_and_sharing_meeting_content.read_from(r),
            5usize => self.allowed_lobby_admitters.read_from(r),
            6usize => self.allowed_presenters.read_from(r),
            7usize => self.allow_live_share.read_from(r),
            8usize => self.allow_meeting_chat.read_from(r),
            9usize => self.allow_participants_to_change_name.read_from(r),
            10usize => self.allow_power_point_sharing.read_from(r),
            11usize => self.allow_recording.read_from(r),
            12usize => self.allow_teamwork_reactions.read_from(r),
            13usize => self.allow_transcription.read_from(r),
            14usize => self.allow_whiteboard.read_from(r),
            15usize => self.audio_conferencing.read_from(r),
            16usize => self.chat_info.read_from(r),
            17usize => self.chat_restrictions.read_from(r),
            18usize => self.cloud_video_interop_info.read_from(r),
            19usize => self.expiry_date_time.read_from(r),
            20usize => self.is_end_to_end_encryption_enabled.read_from(r),
            21usize => self.is_entry_exit_announced.read_from(r),
            22usize => self.join_information.read_from(r),
            23usize => self.join_meeting_id_settings.read_from(r),
            24usize => self.join_web_url.read_from(r),
            25usize => self.lobby_bypass_settings.read_from(r),
            26usize => self.meeting_options_web_url.read_from(r),
            27usize => self.meeting_spoken_language_tag.read_from(r),
            28usize => self.meeting_type.read_from(r),
            29usize => self.record_automatically.read_from(r),
            30usize => self.sensitivity_label_assignment.read_from(r),
            31usize => self.share_meeting_chat_history_default.read_from(r),
            32usize => self.subject.read_from(r),
            33usize => self.video_teleconference_id.read_from(r),
            34usize => self.watermark_protection.read_from(r),
            35usize => self.attendance_reports.read_from(r),
            36usize => self.attendee_report.read_from(r),
            37usize => self.broadcast_settings.read_from(r),
            38usize => self.creation_date_time.read_from(r),
            39usize => self.end_date_time.read_from(r),
            40usize => self.external_id.read_from(r),
            41usize => self.is_broadcast.read_from(r),
            42usize => self.meeting_template_id.read_from(r),
            43usize => self.participants.read_from(r),
            44usize => self.start_date_time.read_from(r),
            45usize => self.recordings.read_from(r),
            46usize => self.transcripts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_attendee_to_enable_camera);
        w.field(2usize, &self.allow_attendee_to_enable_mic);
        w.field(3usize, &self.allow_breakout_rooms);
        w.field(4usize, &self.allow_copying_and_sharing_meeting_content);
        w.field(5usize, &self.allowed_lobby_admitters);
        w.field(6usize, &self.allowed_presenters);
        w.field(7usize, &self.allow_live_share);
        w.field(8usize, &self.allow_meeting_chat);
        w.field(9usize, &self.allow_participants_to_change_name);
        w.field(10usize, &self.allow_power_point_sharing);
        w.field(11usize, &self.allow_recording);
        w.field(12usize, &self.allow_teamwork_reactions);
        w.field(13usize, &self.allow_transcription);
        w.field(14usize, &self.allow_whiteboard);
        w.field(15usize, &self.audio_conferencing);
        w.field(16usize, &self.chat_info);
        w.field(17usize, &self.chat_restrictions);
        w.field(18usize, &self.cloud_video_interop_info);
        w.field(19usize, &self.expiry_date_time);
        w.field(20usize, &self.is_end_to_end_encryption_enabled);
        w.field(21usize, &self.is_entry_exit_announced);
        w.field(22usize, &self.join_information);
        w.field(23usize, &self.join_meeting_id_settings);
        w.field(24usize, &self.join_web_url);
        w.field(25usize, &self.lobby_bypass_settings);
        w.field(26usize, &self.meeting_options_web_url);
        w.field(27usize, &self.meeting_spoken_language_tag);
        w.field(28usize, &self.meeting_type);
        w.field(29usize, &self.record_automatically);
        w.field(30usize, &self.sensitivity_label_assignment);
        w.field(31usize, &self.share_meeting_chat_history_default);
        w.field(32usize, &self.subject);
        w.field(33usize, &self.video_teleconference_id);
        w.field(34usize, &self.watermark_protection);
        w.field(35usize, &self.attendance_reports);
        w.field(36usize, &self.attendee_report);
        w.field(37usize, &self.broadcast_settings);
        w.field(38usize, &self.creation_date_time);
        w.field(39usize, &self.end_date_time);
        w.field(40usize, &self.external_id);
        w.field(41usize, &self.is_broadcast);
        w.field(42usize, &self.meeting_template_id);
        w.field(43usize, &self.participants);
        w.field(44usize, &self.start_date_time);
        w.field(45usize, &self.recordings);
        w.field(46usize, &self.transcripts);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(OnlineMeeting);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OnlineMeeting { with_id id : ::std::string::String;
    with_allow_attendee_to_enable_camera allow_attendee_to_enable_camera : bool;
    with_allow_attendee_to_enable_mic allow_attendee_to_enable_mic : bool;
    with_allow_breakout_rooms allow_breakout_rooms : bool;
    with_allow_copying_and_sharing_meeting_content
    allow_copying_and_sharing_meeting_content : bool; with_allowed_lobby_admitters
    allowed_lobby_admitters : crate ::v1::AllowedLobbyAdmitterRoles;
    with_allowed_presenters allowed_presenters : crate ::v1::OnlineMeetingPresenters;
    with_allow_live_share allow_live_share : crate ::v1::MeetingLiveShareOptions;
    with_allow_meeting_chat allow_meeting_chat : crate ::v1::MeetingChatMode;
    with_allow_participants_to_change_name allow_participants_to_change_name : bool;
    with_allow_power_point_sharing allow_power_point_sharing : bool; with_allow_recording
    allow_recording : bool; with_allow_teamwork_reactions allow_teamwork_reactions :
    bool; with_allow_transcription allow_transcription : bool; with_allow_whiteboard
    allow_whiteboard : bool; with_audio_conferencing audio_conferencing : crate
    ::v1::AudioConferencing; with_chat_info chat_info : crate ::v1::ChatInfo;
    with_chat_restrictions chat_restrictions : crate ::v1::ChatRestrictions;
    with_cloud_video_interop_info cloud_video_interop_info : crate
    ::v1::CloudVideoInteropInfo; with_expiry_date_time expiry_date_time :
    rt::edm::DateTimeOffset; with_is_end_to_end_encryption_enabled
    is_end_to_end_encryption_enabled : bool; with_is_entry_exit_announced
    is_entry_exit_announced : bool; with_join_information join_information : crate
    ::v1::ItemBody; with_join_meeting_id_settings join_meeting_id_settings : crate
    ::v1::JoinMeetingIdSettings; with_join_web_url join_web_url : ::std::string::String;
    with_lobby_bypass_settings lobby_bypass_settings : crate ::v1::LobbyBypassSettings;
    with_meeting_options_web_url meeting_options_web_url : ::std::string::String;
    with_meeting_spoken_language_tag meeting_spoken_language_tag : ::std::string::String;
    with_meeting_type meeting_type : crate ::v1::OnlineMeetingType;
    with_record_automatically record_automatically : bool;
    with_sensitivity_label_assignment sensitivity_label_assignment : crate
    ::v1::OnlineMeetingSensitivityLabelAssignment;
    with_share_meeting_chat_history_default share_meeting_chat_history_default : crate
    ::v1::MeetingChatHistoryDefaultMode; with_subject subject : ::std::string::String;
    with_video_teleconference_id video_teleconference_id : ::std::string::String;
    with_watermark_protection watermark_protection : crate
    ::v1::WatermarkProtectionValues; with_attendance_reports attendance_reports :
    ::std::vec::Vec < crate ::v1::MeetingAttendanceReport >; with_attendee_report
    attendee_report : rt::RawJson; with_broadcast_settings broadcast_settings : crate
    ::v1::BroadcastMeetingSettings; with_creation_date_time creation_date_time :
    rt::edm::DateTimeOffset; with_end_date_time end_date_time : rt::edm::DateTimeOffset;
    with_external_id external_id : ::std::string::String; with_is_broadcast is_broadcast
    : bool; with_meeting_template_id meeting_template_id : ::std::string::String;
    with_participants participants : crate ::v1::MeetingParticipants;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_recordings
    recordings : ::std::vec::Vec < crate ::v1::CallRecording >; with_transcripts
    transcripts : ::std::vec::Vec < crate ::v1::CallTranscript >; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeeting);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.onlineMeetingBase`, entity type, derived from `microsoft.graph.entity`, abstract, open, key `id`.
///
/// Request builders: [`OnlineMeetingBasePath`](requests/trait.OnlineMeetingBasePath.html), what a path to one (`EntityPath<AnyOnlineMeetingBase, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `allowAttendeeToEnableCamera`: `Edm.Boolean`, nullable.
    pub allow_attendee_to_enable_camera: rt::Field<bool>,
    /// CSDL: property `allowAttendeeToEnableMic`: `Edm.Boolean`, nullable.
    pub allow_attendee_to_enable_mic: rt::Field<bool>,
    /// CSDL: property `allowBreakoutRooms`: `Edm.Boolean`, nullable.
    pub allow_breakout_rooms: rt::Field<bool>,
    /// CSDL: property `allowCopyingAndSharingMeetingContent`: `Edm.Boolean`, nullable.
    pub allow_copying_and_sharing_meeting_content: rt::Field<bool>,
    /// CSDL: property `allowedLobbyAdmitters`: `microsoft.graph.allowedLobbyAdmitterRoles`, nullable.
    pub allowed_lobby_admitters: rt::Field<crate::v1::AllowedLobbyAdmitterRoles>,
    /// CSDL: property `allowedPresenters`: `microsoft.graph.onlineMeetingPresenters`, nullable.
    pub allowed_presenters: rt::Field<crate::v1::OnlineMeetingPresenters>,
    /// CSDL: property `allowLiveShare`: `microsoft.graph.meetingLiveShareOptions`, nullable.
    pub allow_live_share: rt::Field<crate::v1::MeetingLiveShareOptions>,
    /// CSDL: property `allowMeetingChat`: `microsoft.graph.meetingChatMode`, nullable.
    pub allow_meeting_chat: rt::Field<crate::v1::MeetingChatMode>,
    /// CSDL: property `allowParticipantsToChangeName`: `Edm.Boolean`, nullable.
    pub allow_participants_to_change_name: rt::Field<bool>,
    /// CSDL: property `allowPowerPointSharing`: `Edm.Boolean`, nullable.
    pub allow_power_point_sharing: rt::Field<bool>,
    /// CSDL: property `allowRecording`: `Edm.Boolean`, nullable.
    pub allow_recording: rt::Field<bool>,
    /// CSDL: property `allowTeamworkReactions`: `Edm.Boolean`, nullable.
    pub allow_teamwork_reactions: rt::Field<bool>,
    /// CSDL: property `allowTranscription`: `Edm.Boolean`, nullable.
    pub allow_transcription: rt::Field<bool>,
    /// CSDL: property `allowWhiteboard`: `Edm.Boolean`, nullable.
    pub allow_whiteboard: rt::Field<bool>,
    /// CSDL: property `audioConferencing`: `microsoft.graph.audioConferencing`, nullable.
    pub audio_conferencing: rt::Field<crate::v1::AudioConferencing>,
    /// CSDL: property `chatInfo`: `microsoft.graph.chatInfo`, nullable.
    pub chat_info: rt::Field<crate::v1::ChatInfo>,
    /// CSDL: property `chatRestrictions`: `microsoft.graph.chatRestrictions`, nullable.
    pub chat_restrictions: rt::Field<crate::v1::ChatRestrictions>,
    /// CSDL: property `cloudVideoInteropInfo`: `microsoft.graph.cloudVideoInteropInfo`, nullable.
    pub cloud_video_interop_info: rt::Field<crate::v1::CloudVideoInteropInfo>,
    /// CSDL: property `expiryDateTime`: `Edm.DateTimeOffset`, nullable.
    pub expiry_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `isEndToEndEncryptionEnabled`: `Edm.Boolean`, nullable.
    pub is_end_to_end_encryption_enabled: rt::Field<bool>,
    /// CSDL: property `isEntryExitAnnounced`: `Edm.Boolean`, nullable.
    pub is_entry_exit_announced: rt::Field<bool>,
    /// CSDL: property `joinInformation`: `microsoft.graph.itemBody`, nullable.
    pub join_information: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `joinMeetingIdSettings`: `microsoft.graph.joinMeetingIdSettings`, nullable.
    pub join_meeting_id_settings: rt::Field<crate::v1::JoinMeetingIdSettings>,
    /// CSDL: property `joinWebUrl`: `Edm.String`, nullable.
    pub join_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `lobbyBypassSettings`: `microsoft.graph.lobbyBypassSettings`, nullable.
    pub lobby_bypass_settings: rt::Field<crate::v1::LobbyBypassSettings>,
    /// CSDL: property `meetingOptionsWebUrl`: `Edm.String`, nullable.
    pub meeting_options_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `meetingSpokenLanguageTag`: `Edm.String`, nullable.
    pub meeting_spoken_language_tag: rt::Field<::std::string::String>,
    /// CSDL: property `meetingType`: `microsoft.graph.onlineMeetingType`, nullable.
    pub meeting_type: rt::Field<crate::v1::OnlineMeetingType>,
    /// CSDL: property `recordAutomatically`: `Edm.Boolean`, nullable.
    pub record_automatically: rt::Field<bool>,
    /// CSDL: property `sensitivityLabelAssignment`: `microsoft.graph.onlineMeetingSensitivityLabelAssignment`, nullable.
    pub sensitivity_label_assignment: rt::Field<
        crate::v1::OnlineMeetingSensitivityLabelAssignment,
    >,
    /// CSDL: property `shareMeetingChatHistoryDefault`: `microsoft.graph.meetingChatHistoryDefaultMode`, nullable.
    pub share_meeting_chat_history_default: rt::Field<
        crate::v1::MeetingChatHistoryDefaultMode,
    >,
    /// CSDL: property `subject`: `Edm.String`, nullable.
    pub subject: rt::Field<::std::string::String>,
    /// CSDL: property `videoTeleconferenceId`: `Edm.String`, nullable.
    pub video_teleconference_id: rt::Field<::std::string::String>,
    /// CSDL: property `watermarkProtection`: `microsoft.graph.watermarkProtectionValues`, nullable.
    pub watermark_protection: rt::Field<crate::v1::WatermarkProtectionValues>,
    /// CSDL: containment navigation property `attendanceReports`: `Collection(microsoft.graph.meetingAttendanceReport)`, not nullable.
    pub attendance_reports: rt::Field<
        ::std::vec::Vec<crate::v1::MeetingAttendanceReport>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for OnlineMeetingBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            allow_attendee_to_enable_camera: rt::Field::Absent,
            allow_attendee_to_enable_mic: rt::Field::Absent,
            allow_breakout_rooms: rt::Field::Absent,
            allow_copying_and_sharing_meeting_content: rt::Field::Absent,
            allowed_lobby_admitters: rt::Field::Absent,
            allowed_presenters: rt::Field::Absent,
            allow_live_share: rt::Field::Absent,
            allow_meeting_chat: rt::Field::Absent,
            allow_participants_to_change_name: rt::Field::Absent,
            allow_power_point_sharing: rt::Field::Absent,
            allow_recording: rt::Field::Absent,
            allow_teamwork_reactions: rt::Field::Absent,
            allow_transcription: rt::Field::Absent,
            allow_whiteboard: rt::Field::Absent,
            audio_conferencing: rt::Field::Absent,
            chat_info: rt::Field::Absent,
            chat_restrictions: rt::Field::Absent,
            cloud_video_interop_info: rt::Field::Absent,
            expiry_date_time: rt::Field::Absent,
            is_end_to_end_encryption_enabled: rt::Field::Absent,
            is_entry_exit_announced: rt::Field::Absent,
            join_information: rt::Field::Absent,
            join_meeting_id_settings: rt::Field::Absent,
            join_web_url: rt::Field::Absent,
            lobby_bypass_settings: rt::Field::Absent,
            meeting_options_web_url: rt::Field::Absent,
            meeting_spoken_language_tag: rt::Field::Absent,
            meeting_type: rt::Field::Absent,
            record_automatically: rt::Field::Absent,
            sensitivity_label_assignment: rt::Field::Absent,
            share_meeting_chat_history_default: rt::Field::Absent,
            subject: rt::Field::Absent,
            video_teleconference_id: rt::Field::Absent,
            watermark_protection: rt::Field::Absent,
            attendance_reports: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for OnlineMeetingBase {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "allowAttendeeToEnableCamera",
        "allowAttendeeToEnableMic",
        "allowBreakoutRooms",
        "allowCopyingAndSharingMeetingContent",
        "allowedLobbyAdmitters",
        "allowedPresenters",
        "allowLiveShare",
        "allowMeetingChat",
        "allowParticipantsToChangeName",
        "allowPowerPointSharing",
        "allowRecording",
        "allowTeamworkReactions",
        "allowTranscription",
        "allowWhiteboard",
        "audioConferencing",
        "chatInfo",
        "chatRestrictions",
        "cloudVideoInteropInfo",
        "expiryDateTime",
        "isEndToEndEncryptionEnabled",
        "isEntryExitAnnounced",
        "joinInformation",
        "joinMeetingIdSettings",
        "joinWebUrl",
        "lobbyBypassSettings",
        "meetingOptionsWebUrl",
        "meetingSpokenLanguageTag",
        "meetingType",
        "recordAutomatically",
        "sensitivityLabelAssignment",
        "shareMeetingChatHistoryDefault",
        "subject",
        "videoTeleconferenceId",
        "watermarkProtection",
        "attendanceReports",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"allowAttendeeToEnableCamera\":  ",
        ",\"allowAttendeeToEnableMic\":     ",
        ",\"allowBreakoutRooms\":           ",
        ",\"allowCopyingAndSharingMeetingContent\":",
        ",\"allowedLobbyAdmitters\":        ",
        ",\"allowedPresenters\":            ",
        ",\"allowLiveShare\":               ",
        ",\"allowMeetingChat\":             ",
        ",\"allowParticipantsToChangeName\":",
        ",\"allowPowerPointSharing\":       ",
        ",\"allowRecording\":               ",
        ",\"allowTeamworkReactions\":       ",
        ",\"allowTranscription\":           ",
        ",\"allowWhiteboard\":              ",
        ",\"audioConferencing\":            ",
        ",\"chatInfo\":                     ",
        ",\"chatRestrictions\":             ",
        ",\"cloudVideoInteropInfo\":        ",
        ",\"expiryDateTime\":               ",
        ",\"isEndToEndEncryptionEnabled\":  ",
        ",\"isEntryExitAnnounced\":         ",
        ",\"joinInformation\":              ",
        ",\"joinMeetingIdSettings\":        ",
        ",\"joinWebUrl\":                   ",
        ",\"lobbyBypassSettings\":          ",
        ",\"meetingOptionsWebUrl\":         ",
        ",\"meetingSpokenLanguageTag\":     ",
        ",\"meetingType\":                  ",
        ",\"recordAutomatically\":          ",
        ",\"sensitivityLabelAssignment\":   ",
        ",\"shareMeetingChatHistoryDefault\":",
        ",\"subject\":                      ",
        ",\"videoTeleconferenceId\":        ",
        ",\"watermarkProtection\":          ",
        ",\"attendanceReports\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeetingBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "allow_attendee_to_enable_camera",
            &self.allow_attendee_to_enable_camera,
        );
        v.field(
            2usize,
            "allow_attendee_to_enable_mic",
            &self.allow_attendee_to_enable_mic,
        );
        v.field(3usize, "allow_breakout_rooms", &self.allow_breakout_rooms);
        v.field(
            4usize,
            "allow_copying_and_sharing_meeting_content",
            &self.allow_copying_and_sharing_meeting_content,
        );
        v.field(5usize, "allowed_lobby_admitters", &self.allowed_lobby_admitters);
        v.field(6usize, "allowed_presenters", &self.allowed_presenters);
        v.field(7usize, "allow_live_share", &self.allow_live_share);
        v.field(8usize, "allow_meeting_chat", &self.allow_meeting_chat);
        v.field(
            9usize,
            "allow_participants_to_change_name",
            &self.allow_participants_to_change_name,
        );
        v.field(10usize, "allow_power_point_sharing", &self.allow_power_point_sharing);
        v.field(11usize, "allow_recording", &self.allow_recording);
        v.field(12usize, "allow_teamwork_reactions", &self.allow_teamwork_reactions);
        v.field(13usize, "allow_transcription", &self.allow_transcription);
        v.field(14usize, "allow_whiteboard", &self.allow_whiteboard);
        v.field(15usize, "audio_conferencing", &self.audio_conferencing);
        v.field(16usize, "chat_info", &self.chat_info);
        v.field(17usize, "chat_restrictions", &self.chat_restrictions);
        v.field(18usize, "cloud_video_interop_info", &self.cloud_video_interop_info);
        v.field(19usize, "expiry_date_time", &self.expiry_date_time);
        v.field(
            20usize,
            "is_end_to_end_encryption_enabled",
            &self.is_end_to_end_encryption_enabled,
        );
        v.field(21usize, "is_entry_exit_announced", &self.is_entry_exit_announced);
        v.field(22usize, "join_information", &self.join_information);
        v.field(23usize, "join_meeting_id_settings", &self.join_meeting_id_settings);
        v.field(24usize, "join_web_url", &self.join_web_url);
        v.field(25usize, "lobby_bypass_settings", &self.lobby_bypass_settings);
        v.field(26usize, "meeting_options_web_url", &self.meeting_options_web_url);
        v.field(
            27usize,
            "meeting_spoken_language_tag",
            &self.meeting_spoken_language_tag,
        );
        v.field(28usize, "meeting_type", &self.meeting_type);
        v.field(29usize, "record_automatically", &self.record_automatically);
        v.field(
            30usize,
            "sensitivity_label_assignment",
            &self.sensitivity_label_assignment,
        );
        v.field(
            31usize,
            "share_meeting_chat_history_default",
            &self.share_meeting_chat_history_default,
        );
        v.field(32usize, "subject", &self.subject);
        v.field(33usize, "video_teleconference_id", &self.video_teleconference_id);
        v.field(34usize, "watermark_protection", &self.watermark_protection);
        v.field(35usize, "attendance_reports", &self.attendance_reports);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for OnlineMeetingBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.allow_attendee_to_enable_camera.read_from(r),
            2usize => self.allow_attendee_to_enable_mic.read_from(r),
            3usize => self.allow_breakout_rooms.read_from(r),
            4usize => self.allow_copying_and_sharing_meeting_content.read_from(r),
            5usize => self.allowed_lobby_admitters.read_from(r),
            6usize => self.allowed_presenters.read_from(r),
            7usize => self.allow_live_share.read_from(r),
            8usize => self.allow_meeting_chat.read_from(r),
            9usize => self.allow_participants_to_change_name.read_from(r),
            10usize => self.allow_power_point_sharing.read_from(r),
            11usize => self.allow_recording.read_from(r),
            12usize => self.allow_teamwork_reactions.read_from(r),
            13usize => self.allow_transcription.read_from(r),
            14usize => self.allow_whiteboard.read_from(r),
            15usize => self.audio_conferencing.read_from(r),
            16usize => self.chat_info.read_from(r),
            17usize => self.chat_restrictions.read_from(r),
            18usize => self.cloud_video_interop_info.read_from(r),
            19usize => self.expiry_date_time.read_from(r),
            20usize => self.is_end_to_end_encryption_enabled.read_from(r),
            21usize => self.is_entry_exit_announced.read_from(r),
            22usize => self.join_information.read_from(r),
            23usize => self.join_meeting_id_settings.read_from(r),
            24usize => self.join_web_url.read_from(r),
            25usize => self.lobby_bypass_settings.read_from(r),
            26usize => self.meeting_options_web_url.read_from(r),
            27usize => self.meeting_spoken_language_tag.read_from(r),
            28usize => self.meeting_type.read_from(r),
            29usize => self.record_automatically.read_from(r),
            30usize => self.sensitivity_label_assignment.read_from(r),
            31usize => self.share_meeting_chat_history_default.read_from(r),
            32usize => self.subject.read_from(r),
            33usize => self.video_teleconference_id.read_from(r),
            34usize => self.watermark_protection.read_from(r),
            35usize => self.attendance_reports.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.allow_attendee_to_enable_camera);
        w.field(2usize, &self.allow_attendee_to_enable_mic);
        w.field(3usize, &self.allow_breakout_rooms);
        w.field(4usize, &self.allow_copying_and_sharing_meeting_content);
        w.field(5usize, &self.allowed_lobby_admitters);
        w.field(6usize, &self.allowed_presenters);
        w.field(7usize, &self.allow_live_share);
        w.field(8usize, &self.allow_meeting_chat);
        w.field(9usize, &self.allow_participants_to_change_name);
        w.field(10usize, &self.allow_power_point_sharing);
        w.field(11usize, &self.allow_recording);
        w.field(12usize, &self.allow_teamwork_reactions);
        w.field(13usize, &self.allow_transcription);
        w.field(14usize, &self.allow_whiteboard);
        w.field(15usize, &self.audio_conferencing);
        w.field(16usize, &self.chat_info);
        w.field(17usize, &self.chat_restrictions);
        w.field(18usize, &self.cloud_video_interop_info);
        w.field(19usize, &self.expiry_date_time);
        w.field(20usize, &self.is_end_to_end_encryption_enabled);
        w.field(21usize, &self.is_entry_exit_announced);
        w.field(22usize, &self.join_information);
        w.field(23usize, &self.join_meeting_id_settings);
        w.field(24usize, &self.join_web_url);
        w.field(25usize, &self.lobby_bypass_settings);
        w.field(26usize, &self.meeting_options_web_url);
        w.field(27usize, &self.meeting_spoken_language_tag);
        w.field(28usize, &self.meeting_type);
        w.field(29usize, &self.record_automatically);
        w.field(30usize, &self.sensitivity_label_assignment);
        w.field(31usize, &self.share_meeting_chat_history_default);
        w.field(32usize, &self.subject);
        w.field(33usize, &self.video_teleconference_id);
        w.field(34usize, &self.watermark_protection);
        w.field(35usize, &self.attendance_reports);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(OnlineMeetingBase);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    OnlineMeetingBase { with_id id : ::std::string::String;
    with_allow_attendee_to_enable_camera allow_attendee_to_enable_camera : bool;
    with_allow_attendee_to_enable_mic allow_attendee_to_enable_mic : bool;
    with_allow_breakout_rooms allow_breakout_rooms : bool;
    with_allow_copying_and_sharing_meeting_content
    allow_copying_and_sharing_meeting_content : bool; with_allowed_lobby_admitters
    allowed_lobby_admitters : crate ::v1::AllowedLobbyAdmitterRoles;
    with_allowed_presenters allowed_presenters : crate ::v1::OnlineMeetingPresenters;
    with_allow_live_share allow_live_share : crate ::v1::MeetingLiveShareOptions;
    with_allow_meeting_chat allow_meeting_chat : crate ::v1::MeetingChatMode;
    with_allow_participants_to_change_name allow_participants_to_change_name : bool;
    with_allow_power_point_sharing allow_power_point_sharing : bool; with_allow_recording
    allow_recording : bool; with_allow_teamwork_reactions allow_teamwork_reactions :
    bool; with_allow_transcription allow_transcription : bool; with_allow_whiteboard
    allow_whiteboard : bool; with_audio_conferencing audio_conferencing : crate
    ::v1::AudioConferencing; with_chat_info chat_info : crate ::v1::ChatInfo;
    with_chat_restrictions chat_restrictions : crate ::v1::ChatRestrictions;
    with_cloud_video_interop_info cloud_video_interop_info : crate
    ::v1::CloudVideoInteropInfo; with_expiry_date_time expiry_date_time :
    rt::edm::DateTimeOffset; with_is_end_to_end_encryption_enabled
    is_end_to_end_encryption_enabled : bool; with_is_entry_exit_announced
    is_entry_exit_announced : bool; with_join_information join_information : crate
    ::v1::ItemBody; with_join_meeting_id_settings join_meeting_id_settings : crate
    ::v1::JoinMeetingIdSettings; with_join_web_url join_web_url : ::std::string::String;
    with_lobby_bypass_settings lobby_bypass_settings : crate ::v1::LobbyBypassSettings;
    with_meeting_options_web_url meeting_options_web_url : ::std::string::String;
    with_meeting_spoken_language_tag meeting_spoken_language_tag : ::std::string::String;
    with_meeting_type meeting_type : crate ::v1::OnlineMeetingType;
    with_record_automatically record_automatically : bool;
    with_sensitivity_label_assignment sensitivity_label_assignment : crate
    ::v1::OnlineMeetingSensitivityLabelAssignment;
    with_share_meeting_chat_history_default share_meeting_chat_history_default : crate
    ::v1::MeetingChatHistoryDefaultMode; with_subject subject : ::std::string::String;
    with_video_teleconference_id video_teleconference_id : ::std::string::String;
    with_watermark_protection watermark_protection : crate
    ::v1::WatermarkProtectionValues; with_attendance_reports attendance_reports :
    ::std::vec::Vec < crate ::v1::MeetingAttendanceReport >; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingBase);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// `microsoft.graph.onlineMeetingBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOnlineMeetingBase {
    OnlineMeetingBase(::std::boxed::Box<crate::v1::OnlineMeetingBase>),
    #[cfg(msgraph_v1_core_or_communications)]
    OnlineMeeting(::std::boxed::Box<crate::v1::OnlineMeeting>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventSession(::std::boxed::Box<crate::v1::VirtualEventSession>),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for AnyOnlineMeetingBase {
    #[inline]
    fn default() -> Self {
        Self::OnlineMeetingBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnlineMeetingBase> for AnyOnlineMeetingBase {
    #[inline]
    fn from(v: crate::v1::OnlineMeetingBase) -> Self {
        Self::OnlineMeetingBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnlineMeeting> for AnyOnlineMeetingBase {
    #[inline]
    fn from(v: crate::v1::OnlineMeeting) -> Self {
        Self::OnlineMeeting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventSession> for AnyOnlineMeetingBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventSession) -> Self {
        Self::VirtualEventSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
unsafe impl ::std::marker::Send for AnyOnlineMeetingBase {}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
unsafe impl ::std::marker::Sync for AnyOnlineMeetingBase {}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::marker::Unpin for AnyOnlineMeetingBase {}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::panic::UnwindSafe for AnyOnlineMeetingBase {}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyOnlineMeetingBase {}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OnlineMeetingBase>();
    #[cfg(msgraph_v1_core_or_communications)]
    rt::object::auto_traits::<crate::v1::OnlineMeeting>();
    #[cfg(msgraph_v1_search_or_solutions)]
    rt::object::auto_traits::<crate::v1::VirtualEventSession>();
};
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Poly for AnyOnlineMeetingBase {
    const BASE_NAME: &'static str = "microsoft.graph.onlineMeetingBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.onlineMeeting") => {
                Self::OnlineMeeting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventSession") => {
                Self::VirtualEventSession(rt::object::new_boxed())
            }
            _ => Self::OnlineMeetingBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OnlineMeetingBase(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OnlineMeetingBase(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl AnyOnlineMeetingBase {
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
            Self::OnlineMeetingBase(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.id,
        }
    }
    /// `allowAttendeeToEnableCamera` of any variant.
    #[inline]
    pub fn allow_attendee_to_enable_camera(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_attendee_to_enable_camera,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_attendee_to_enable_camera,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_attendee_to_enable_camera,
        }
    }
    /// `allowAttendeeToEnableCamera` of any variant.
    #[inline]
    pub fn allow_attendee_to_enable_camera_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_attendee_to_enable_camera,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_attendee_to_enable_camera,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_attendee_to_enable_camera,
        }
    }
    /// `allowAttendeeToEnableMic` of any variant.
    #[inline]
    pub fn allow_attendee_to_enable_mic(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_attendee_to_enable_mic,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_attendee_to_enable_mic,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_attendee_to_enable_mic,
        }
    }
    /// `allowAttendeeToEnableMic` of any variant.
    #[inline]
    pub fn allow_attendee_to_enable_mic_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_attendee_to_enable_mic,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_attendee_to_enable_mic,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_attendee_to_enable_mic,
        }
    }
    /// `allowBreakoutRooms` of any variant.
    #[inline]
    pub fn allow_breakout_rooms(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_breakout_rooms,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_breakout_rooms,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_breakout_rooms,
        }
    }
    /// `allowBreakoutRooms` of any variant.
    #[inline]
    pub fn allow_breakout_rooms_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_breakout_rooms,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_breakout_rooms,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_breakout_rooms,
        }
    }
    /// `allowCopyingAndSharingMeetingContent` of any variant.
    #[inline]
    pub fn allow_copying_and_sharing_meeting_content(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_copying_and_sharing_meeting_content,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_copying_and_sharing_meeting_content,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_copying_and_sharing_meeting_content,
        }
    }
    /// `allowCopyingAndSharingMeetingContent` of any variant.
    #[inline]
    pub fn allow_copying_and_sharing_meeting_content_mut(
        &mut self,
    ) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => {
                &mut v.allow_copying_and_sharing_meeting_content
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_copying_and_sharing_meeting_content,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => {
                &mut v.allow_copying_and_sharing_meeting_content
            }
        }
    }
    /// `allowedLobbyAdmitters` of any variant.
    #[inline]
    pub fn allowed_lobby_admitters(
        &self,
    ) -> &rt::Field<crate::v1::AllowedLobbyAdmitterRoles> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allowed_lobby_admitters,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allowed_lobby_admitters,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allowed_lobby_admitters,
        }
    }
    /// `allowedLobbyAdmitters` of any variant.
    #[inline]
    pub fn allowed_lobby_admitters_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AllowedLobbyAdmitterRoles> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allowed_lobby_admitters,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allowed_lobby_admitters,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allowed_lobby_admitters,
        }
    }
    /// `allowedPresenters` of any variant.
    #[inline]
    pub fn allowed_presenters(&self) -> &rt::Field<crate::v1::OnlineMeetingPresenters> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allowed_presenters,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allowed_presenters,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allowed_presenters,
        }
    }
    /// `allowedPresenters` of any variant.
    #[inline]
    pub fn allowed_presenters_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::OnlineMeetingPresenters> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allowed_presenters,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allowed_presenters,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allowed_presenters,
        }
    }
    /// `allowLiveShare` of any variant.
    #[inline]
    pub fn allow_live_share(&self) -> &rt::Field<crate::v1::MeetingLiveShareOptions> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_live_share,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_live_share,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_live_share,
        }
    }
    /// `allowLiveShare` of any variant.
    #[inline]
    pub fn allow_live_share_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MeetingLiveShareOptions> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_live_share,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_live_share,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_live_share,
        }
    }
    /// `allowMeetingChat` of any variant.
    #[inline]
    pub fn allow_meeting_chat(&self) -> &rt::Field<crate::v1::MeetingChatMode> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_meeting_chat,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_meeting_chat,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_meeting_chat,
        }
    }
    /// `allowMeetingChat` of any variant.
    #[inline]
    pub fn allow_meeting_chat_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MeetingChatMode> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_meeting_chat,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_meeting_chat,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_meeting_chat,
        }
    }
    /// `allowParticipantsToChangeName` of any variant.
    #[inline]
    pub fn allow_participants_to_change_name(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_participants_to_change_name,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_participants_to_change_name,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_participants_to_change_name,
        }
    }
    /// `allowParticipantsToChangeName` of any variant.
    #[inline]
    pub fn allow_participants_to_change_name_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_participants_to_change_name,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_participants_to_change_name,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_participants_to_change_name,
        }
    }
    /// `allowPowerPointSharing` of any variant.
    #[inline]
    pub fn allow_power_point_sharing(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_power_point_sharing,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_power_point_sharing,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_power_point_sharing,
        }
    }
    /// `allowPowerPointSharing` of any variant.
    #[inline]
    pub fn allow_power_point_sharing_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_power_point_sharing,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_power_point_sharing,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_power_point_sharing,
        }
    }
    /// `allowRecording` of any variant.
    #[inline]
    pub fn allow_recording(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_recording,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_recording,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_recording,
        }
    }
    /// `allowRecording` of any variant.
    #[inline]
    pub fn allow_recording_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_recording,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_recording,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_recording,
        }
    }
    /// `allowTeamworkReactions` of any variant.
    #[inline]
    pub fn allow_teamwork_reactions(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_teamwork_reactions,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_teamwork_reactions,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_teamwork_reactions,
        }
    }
    /// `allowTeamworkReactions` of any variant.
    #[inline]
    pub fn allow_teamwork_reactions_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_teamwork_reactions,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_teamwork_reactions,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_teamwork_reactions,
        }
    }
    /// `allowTranscription` of any variant.
    #[inline]
    pub fn allow_transcription(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_transcription,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_transcription,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_transcription,
        }
    }
    /// `allowTranscription` of any variant.
    #[inline]
    pub fn allow_transcription_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_transcription,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_transcription,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_transcription,
        }
    }
    /// `allowWhiteboard` of any variant.
    #[inline]
    pub fn allow_whiteboard(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.allow_whiteboard,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.allow_whiteboard,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.allow_whiteboard,
        }
    }
    /// `allowWhiteboard` of any variant.
    #[inline]
    pub fn allow_whiteboard_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.allow_whiteboard,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.allow_whiteboard,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.allow_whiteboard,
        }
    }
    /// `audioConferencing` of any variant.
    #[inline]
    pub fn audio_conferencing(&self) -> &rt::Field<crate::v1::AudioConferencing> {
        match self {
            Self::OnlineMeetingBase(v) => &v.audio_conferencing,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.audio_conferencing,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.audio_conferencing,
        }
    }
    /// `audioConferencing` of any variant.
    #[inline]
    pub fn audio_conferencing_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::AudioConferencing> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.audio_conferencing,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.audio_conferencing,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.audio_conferencing,
        }
    }
    /// `chatInfo` of any variant.
    #[inline]
    pub fn chat_info(&self) -> &rt::Field<crate::v1::ChatInfo> {
        match self {
            Self::OnlineMeetingBase(v) => &v.chat_info,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.chat_info,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.chat_info,
        }
    }
    /// `chatInfo` of any variant.
    #[inline]
    pub fn chat_info_mut(&mut self) -> &mut rt::Field<crate::v1::ChatInfo> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.chat_info,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.chat_info,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.chat_info,
        }
    }
    /// `chatRestrictions` of any variant.
    #[inline]
    pub fn chat_restrictions(&self) -> &rt::Field<crate::v1::ChatRestrictions> {
        match self {
            Self::OnlineMeetingBase(v) => &v.chat_restrictions,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.chat_restrictions,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.chat_restrictions,
        }
    }
    /// `chatRestrictions` of any variant.
    #[inline]
    pub fn chat_restrictions_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ChatRestrictions> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.chat_restrictions,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.chat_restrictions,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.chat_restrictions,
        }
    }
    /// `cloudVideoInteropInfo` of any variant.
    #[inline]
    pub fn cloud_video_interop_info(
        &self,
    ) -> &rt::Field<crate::v1::CloudVideoInteropInfo> {
        match self {
            Self::OnlineMeetingBase(v) => &v.cloud_video_interop_info,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.cloud_video_interop_info,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.cloud_video_interop_info,
        }
    }
    /// `cloudVideoInteropInfo` of any variant.
    #[inline]
    pub fn cloud_video_interop_info_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CloudVideoInteropInfo> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.cloud_video_interop_info,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.cloud_video_interop_info,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.cloud_video_interop_info,
        }
    }
    /// `expiryDateTime` of any variant.
    #[inline]
    pub fn expiry_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnlineMeetingBase(v) => &v.expiry_date_time,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.expiry_date_time,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.expiry_date_time,
        }
    }
    /// `expiryDateTime` of any variant.
    #[inline]
    pub fn expiry_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.expiry_date_time,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.expiry_date_time,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.expiry_date_time,
        }
    }
    /// `isEndToEndEncryptionEnabled` of any variant.
    #[inline]
    pub fn is_end_to_end_encryption_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.is_end_to_end_encryption_enabled,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.is_end_to_end_encryption_enabled,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.is_end_to_end_encryption_enabled,
        }
    }
    /// `isEndToEndEncryptionEnabled` of any variant.
    #[inline]
    pub fn is_end_to_end_encryption_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.is_end_to_end_encryption_enabled,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.is_end_to_end_encryption_enabled,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.is_end_to_end_encryption_enabled,
        }
    }
    /// `isEntryExitAnnounced` of any variant.
    #[inline]
    pub fn is_entry_exit_announced(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.is_entry_exit_announced,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.is_entry_exit_announced,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.is_entry_exit_announced,
        }
    }
    /// `isEntryExitAnnounced` of any variant.
    #[inline]
    pub fn is_entry_exit_announced_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.is_entry_exit_announced,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.is_entry_exit_announced,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.is_entry_exit_announced,
        }
    }
    /// `joinInformation` of any variant.
    #[inline]
    pub fn join_information(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::OnlineMeetingBase(v) => &v.join_information,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.join_information,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.join_information,
        }
    }
    /// `joinInformation` of any variant.
    #[inline]
    pub fn join_information_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.join_information,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.join_information,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.join_information,
        }
    }
    /// `joinMeetingIdSettings` of any variant.
    #[inline]
    pub fn join_meeting_id_settings(
        &self,
    ) -> &rt::Field<crate::v1::JoinMeetingIdSettings> {
        match self {
            Self::OnlineMeetingBase(v) => &v.join_meeting_id_settings,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.join_meeting_id_settings,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.join_meeting_id_settings,
        }
    }
    /// `joinMeetingIdSettings` of any variant.
    #[inline]
    pub fn join_meeting_id_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::JoinMeetingIdSettings> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.join_meeting_id_settings,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.join_meeting_id_settings,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.join_meeting_id_settings,
        }
    }
    /// `joinWebUrl` of any variant.
    #[inline]
    pub fn join_web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &v.join_web_url,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.join_web_url,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.join_web_url,
        }
    }
    /// `joinWebUrl` of any variant.
    #[inline]
    pub fn join_web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.join_web_url,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.join_web_url,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.join_web_url,
        }
    }
    /// `lobbyBypassSettings` of any variant.
    #[inline]
    pub fn lobby_bypass_settings(&self) -> &rt::Field<crate::v1::LobbyBypassSettings> {
        match self {
            Self::OnlineMeetingBase(v) => &v.lobby_bypass_settings,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.lobby_bypass_settings,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.lobby_bypass_settings,
        }
    }
    /// `lobbyBypassSettings` of any variant.
    #[inline]
    pub fn lobby_bypass_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::LobbyBypassSettings> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.lobby_bypass_settings,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.lobby_bypass_settings,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.lobby_bypass_settings,
        }
    }
    /// `meetingOptionsWebUrl` of any variant.
    #[inline]
    pub fn meeting_options_web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &v.meeting_options_web_url,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.meeting_options_web_url,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.meeting_options_web_url,
        }
    }
    /// `meetingOptionsWebUrl` of any variant.
    #[inline]
    pub fn meeting_options_web_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.meeting_options_web_url,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.meeting_options_web_url,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.meeting_options_web_url,
        }
    }
    /// `meetingSpokenLanguageTag` of any variant.
    #[inline]
    pub fn meeting_spoken_language_tag(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &v.meeting_spoken_language_tag,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.meeting_spoken_language_tag,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.meeting_spoken_language_tag,
        }
    }
    /// `meetingSpokenLanguageTag` of any variant.
    #[inline]
    pub fn meeting_spoken_language_tag_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.meeting_spoken_language_tag,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.meeting_spoken_language_tag,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.meeting_spoken_language_tag,
        }
    }
    /// `meetingType` of any variant.
    #[inline]
    pub fn meeting_type(&self) -> &rt::Field<crate::v1::OnlineMeetingType> {
        match self {
            Self::OnlineMeetingBase(v) => &v.meeting_type,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.meeting_type,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.meeting_type,
        }
    }
    /// `meetingType` of any variant.
    #[inline]
    pub fn meeting_type_mut(&mut self) -> &mut rt::Field<crate::v1::OnlineMeetingType> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.meeting_type,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.meeting_type,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.meeting_type,
        }
    }
    /// `recordAutomatically` of any variant.
    #[inline]
    pub fn record_automatically(&self) -> &rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &v.record_automatically,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.record_automatically,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.record_automatically,
        }
    }
    /// `recordAutomatically` of any variant.
    #[inline]
    pub fn record_automatically_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.record_automatically,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.record_automatically,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.record_automatically,
        }
    }
    /// `sensitivityLabelAssignment` of any variant.
    #[inline]
    pub fn sensitivity_label_assignment(
        &self,
    ) -> &rt::Field<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        match self {
            Self::OnlineMeetingBase(v) => &v.sensitivity_label_assignment,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.sensitivity_label_assignment,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.sensitivity_label_assignment,
        }
    }
    /// `sensitivityLabelAssignment` of any variant.
    #[inline]
    pub fn sensitivity_label_assignment_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::OnlineMeetingSensitivityLabelAssignment> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.sensitivity_label_assignment,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.sensitivity_label_assignment,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.sensitivity_label_assignment,
        }
    }
    /// `shareMeetingChatHistoryDefault` of any variant.
    #[inline]
    pub fn share_meeting_chat_history_default(
        &self,
    ) -> &rt::Field<crate::v1::MeetingChatHistoryDefaultMode> {
        match self {
            Self::OnlineMeetingBase(v) => &v.share_meeting_chat_history_default,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.share_meeting_chat_history_default,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.share_meeting_chat_history_default,
        }
    }
    /// `shareMeetingChatHistoryDefault` of any variant.
    #[inline]
    pub fn share_meeting_chat_history_default_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::MeetingChatHistoryDefaultMode> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.share_meeting_chat_history_default,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.share_meeting_chat_history_default,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.share_meeting_chat_history_default,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &v.subject,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.subject,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.subject,
        }
    }
    /// `subject` of any variant.
    #[inline]
    pub fn subject_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.subject,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.subject,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.subject,
        }
    }
    /// `videoTeleconferenceId` of any variant.
    #[inline]
    pub fn video_teleconference_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &v.video_teleconference_id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.video_teleconference_id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.video_teleconference_id,
        }
    }
    /// `videoTeleconferenceId` of any variant.
    #[inline]
    pub fn video_teleconference_id_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.video_teleconference_id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.video_teleconference_id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.video_teleconference_id,
        }
    }
    /// `watermarkProtection` of any variant.
    #[inline]
    pub fn watermark_protection(
        &self,
    ) -> &rt::Field<crate::v1::WatermarkProtectionValues> {
        match self {
            Self::OnlineMeetingBase(v) => &v.watermark_protection,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.watermark_protection,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.watermark_protection,
        }
    }
    /// `watermarkProtection` of any variant.
    #[inline]
    pub fn watermark_protection_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::WatermarkProtectionValues> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.watermark_protection,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.watermark_protection,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.watermark_protection,
        }
    }
    /// `attendanceReports` of any variant.
    #[inline]
    pub fn attendance_reports(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::MeetingAttendanceReport>> {
        match self {
            Self::OnlineMeetingBase(v) => &v.attendance_reports,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.attendance_reports,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.attendance_reports,
        }
    }
    /// `attendanceReports` of any variant.
    #[inline]
    pub fn attendance_reports_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::MeetingAttendanceReport>> {
        match self {
            Self::OnlineMeetingBase(v) => &mut v.attendance_reports,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.attendance_reports,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.attendance_reports,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_poly!(AnyOnlineMeetingBase);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOnlineMeetingBase);
#[cfg(msgraph_v1_communications_or_search)]
/// A conversation for Teams QA online meeting.
///
/// CSDL: `microsoft.graph.onlineMeetingEngagementConversation`, entity type, derived from `microsoft.graph.engagementConversation`, key `id`.
///
/// Request builders: [`OnlineMeetingEngagementConversationPath`](requests/trait.OnlineMeetingEngagementConversationPath.html), what a path to one (`EntityPath<OnlineMeetingEngagementConversation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct OnlineMeetingEngagementConversation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Indicates that the conversation is in migration state and is currently being used for migration purposes.
    ///
    /// CSDL: property `creationMode`: `microsoft.graph.engagementCreationMode`, not nullable.
    pub creation_mode: rt::Field<crate::v1::EngagementCreationMode>,
    /// The id of the first message in this conversation.
    ///
    /// CSDL: property `starterId`: `Edm.String`, not nullable.
    pub starter_id: rt::Field<::std::string::String>,
    /// The messages in the conversation.
    ///
    /// CSDL: containment navigation property `messages`: `Collection(microsoft.graph.engagementConversationMessage)`, not nullable.
    pub messages: rt::Field<
        ::std::vec::Vec<crate::v1::AnyEngagementConversationMessage>,
    >,
    /// The first message in this conversation.
    ///
    /// CSDL: containment navigation property `starter`: `microsoft.graph.engagementConversationMessage`, not nullable.
    pub starter: rt::Field<crate::v1::AnyEngagementConversationMessage>,
    /// The message moderation state when in Teams QA.
    ///
    /// CSDL: property `moderationState`: `microsoft.graph.engagementConversationModerationState`, not nullable.
    pub moderation_state: rt::Field<crate::v1::EngagementConversationModerationState>,
    /// The online meeting identifier this conversation is associated with.
    ///
    /// CSDL: property `onlineMeetingId`: `Edm.String`, not nullable.
    pub online_meeting_id: rt::Field<::std::string::String>,
    /// The identity of the organizer of the online meeting.
    ///
    /// CSDL: property `organizer`: `microsoft.graph.engagementIdentitySet`, not nullable.
    pub organizer: rt::Field<crate::v1::EngagementIdentitySet>,
    /// The number of upvote for the question.
    ///
    /// CSDL: property `upvoteCount`: `Edm.Int32`, not nullable.
    pub upvote_count: rt::Field<i32>,
    /// The online meeting this conversation is associated with.
    ///
    /// CSDL: navigation property `onlineMeeting`: `microsoft.graph.onlineMeeting`, not nullable.
    pub online_meeting: rt::Field<crate::v1::OnlineMeeting>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for OnlineMeetingEngagementConversation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            creation_mode: rt::Field::Absent,
            starter_id: rt::Field::Absent,
            messages: rt::Field::Absent,
            starter: rt::Field::Absent,
            moderation_state: rt::Field::Absent,
            online_meeting_id: rt::Field::Absent,
            organizer: rt::Field::Absent,
            upvote_count: rt::Field::Absent,
            online_meeting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for OnlineMeetingEngagementConversation {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingEngagementConversation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "creationMode",
        "starterId",
        "messages",
        "starter",
        "moderationState",
        "onlineMeetingId",
        "organizer",
        "upvoteCount",
        "onlineMeeting",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"creationMode\":                 ",
        ",\"starterId\":                    ",
        ",\"messages\":                     ",
        ",\"starter\":                      ",
        ",\"moderationState\":              ",
        ",\"onlineMeetingId\":              ",
        ",\"organizer\":                    ",
        ",\"upvoteCount\":                  ",
        ",\"onlineMeeting\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeetingEngagementConversation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "creation_mode", &self.creation_mode);
        v.field(2usize, "starter_id", &self.starter_id);
        v.field(3usize, "messages", &self.messages);
        v.field(4usize, "starter", &self.starter);
        v.field(5usize, "moderation_state", &self.moderation_state);
        v.field(6usize, "online_meeting_id", &self.online_meeting_id);
        v.field(7usize, "organizer", &self.organizer);
        v.field(8usize, "upvote_count", &self.upvote_count);
        v.field(9usize, "online_meeting", &self.online_meeting);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for OnlineMeetingEngagementConversation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.creation_mode.read_from(r),
            2usize => self.starter_id.read_from(r),
            3usize => self.messages.read_from(r),
            4usize => self.starter.read_from(r),
            5usize => self.moderation_state.read_from(r),
            6usize => self.online_meeting_id.read_from(r),
            7usize => self.organizer.read_from(r),
            8usize => self.upvote_count.read_from(r),
            9usize => self.online_meeting.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.creation_mode);
        w.field(2usize, &self.starter_id);
        w.field(3usize, &self.messages);
        w.field(4usize, &self.starter);
        w.field(5usize, &self.moderation_state);
        w.field(6usize, &self.online_meeting_id);
        w.field(7usize, &self.organizer);
        w.field(8usize, &self.upvote_count);
        w.field(9usize, &self.online_meeting);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(OnlineMeetingEngagementConversation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    OnlineMeetingEngagementConversation { with_id id : ::std::string::String;
    with_creation_mode creation_mode : crate ::v1::EngagementCreationMode;
    with_starter_id starter_id : ::std::string::String; with_messages messages :
    ::std::vec::Vec < crate ::v1::AnyEngagementConversationMessage >; with_starter
    starter : crate ::v1::AnyEngagementConversationMessage; with_moderation_state
    moderation_state : crate ::v1::EngagementConversationModerationState;
    with_online_meeting_id online_meeting_id : ::std::string::String; with_organizer
    organizer : crate ::v1::EngagementIdentitySet; with_upvote_count upvote_count : i32;
    with_online_meeting online_meeting : crate ::v1::OnlineMeeting; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingEngagementConversation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.onlineMeetingPresenters`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingPresenters {
    /// `everyone` (value 0).
    Everyone,
    /// `organization` (value 1).
    Organization,
    /// `roleIsPresenter` (value 2).
    RoleIsPresenter,
    /// `organizer` (value 3).
    Organizer,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for OnlineMeetingPresenters {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingPresenters";
    const MEMBERS: &'static [&'static str] = &[
        "everyone",
        "organization",
        "roleIsPresenter",
        "organizer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "everyone" => Self::Everyone,
                "organization" => Self::Organization,
                "roleIsPresenter" => Self::RoleIsPresenter,
                "organizer" => Self::Organizer,
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
            Self::Everyone => "everyone",
            Self::Organization => "organization",
            Self::RoleIsPresenter => "roleIsPresenter",
            Self::Organizer => "organizer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(OnlineMeetingPresenters);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingPresenters);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.onlineMeetingRole`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingRole {
    /// `attendee` (value 0).
    Attendee,
    /// `presenter` (value 1).
    Presenter,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `producer` (value 3).
    Producer,
    /// `coorganizer` (value 4).
    Coorganizer,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for OnlineMeetingRole {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingRole";
    const MEMBERS: &'static [&'static str] = &[
        "attendee",
        "presenter",
        "unknownFutureValue",
        "producer",
        "coorganizer",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "attendee" => Self::Attendee,
                "presenter" => Self::Presenter,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "producer" => Self::Producer,
                "coorganizer" => Self::Coorganizer,
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
            Self::Attendee => "attendee",
            Self::Presenter => "presenter",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Producer => "producer",
            Self::Coorganizer => "coorganizer",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(OnlineMeetingRole);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingRole);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.onlineMeetingSensitivityLabelAssignment`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OnlineMeetingSensitivityLabelAssignment {
    /// CSDL: property `sensitivityLabelId`: `Edm.String`, nullable.
    pub sensitivity_label_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for OnlineMeetingSensitivityLabelAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            sensitivity_label_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for OnlineMeetingSensitivityLabelAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingSensitivityLabelAssignment";
    const KEYS: &'static [&'static str] = &["sensitivityLabelId"];
    const KEYS_JSON: &'static [&'static str] = &[",\"sensitivityLabelId\":           "];
    const TAG: &'static str = "\"#microsoft.graph.onlineMeetingSensitivityLabelAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "sensitivity_label_id", &self.sensitivity_label_id);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for OnlineMeetingSensitivityLabelAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.sensitivity_label_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.sensitivity_label_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(OnlineMeetingSensitivityLabelAssignment);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    OnlineMeetingSensitivityLabelAssignment { with_sensitivity_label_id
    sensitivity_label_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingSensitivityLabelAssignment);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.onlineMeetingType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OnlineMeetingType {
    /// `adhoc` (value 0).
    Adhoc,
    /// `scheduled` (value 1).
    Scheduled,
    /// `recurring` (value 2).
    Recurring,
    /// `broadcast` (value 3).
    Broadcast,
    /// `meetnow` (value 4).
    Meetnow,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for OnlineMeetingType {
    const TYPE_NAME: &'static str = "microsoft.graph.onlineMeetingType";
    const MEMBERS: &'static [&'static str] = &[
        "adhoc",
        "scheduled",
        "recurring",
        "broadcast",
        "meetnow",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "adhoc" => Self::Adhoc,
                "scheduled" => Self::Scheduled,
                "recurring" => Self::Recurring,
                "broadcast" => Self::Broadcast,
                "meetnow" => Self::Meetnow,
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
            Self::Adhoc => "adhoc",
            Self::Scheduled => "scheduled",
            Self::Recurring => "recurring",
            Self::Broadcast => "broadcast",
            Self::Meetnow => "meetnow",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(OnlineMeetingType);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(OnlineMeetingType);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.openIdConnectSetting`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct OpenIdConnectSetting {
    /// CSDL: property `clientId`: `Edm.String`, not nullable.
    pub client_id: rt::Field<::std::string::String>,
    /// CSDL: property `discoveryUrl`: `Edm.String`, not nullable.
    pub discovery_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for OpenIdConnectSetting {
    #[inline]
    fn default() -> Self {
        Self {
            client_id: rt::Field::Absent,
            discovery_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for OpenIdConnectSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.openIdConnectSetting";
    const KEYS: &'static [&'static str] = &["clientId", "discoveryUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clientId\":                     ",
        ",\"discoveryUrl\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.openIdConnectSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "client_id", &self.client_id);
        v.field(1usize, "discovery_url", &self.discovery_url);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for OpenIdConnectSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.client_id.read_from(r),
            1usize => self.discovery_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.client_id);
        w.field(1usize, &self.discovery_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(OpenIdConnectSetting);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    OpenIdConnectSetting { with_client_id client_id : ::std::string::String;
    with_discovery_url discovery_url : ::std::string::String; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(OpenIdConnectSetting);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.operatingSystemSpecifications`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OperatingSystemSpecifications {
    /// CSDL: property `operatingSystemPlatform`: `Edm.String`, not nullable.
    pub operating_system_platform: rt::Field<::std::string::String>,
    /// CSDL: property `operatingSystemVersion`: `Edm.String`, not nullable.
    pub operating_system_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for OperatingSystemSpecifications {
    #[inline]
    fn default() -> Self {
        Self {
            operating_system_platform: rt::Field::Absent,
            operating_system_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for OperatingSystemSpecifications {
    const TYPE_NAME: &'static str = "microsoft.graph.operatingSystemSpecifications";
    const KEYS: &'static [&'static str] = &[
        "operatingSystemPlatform",
        "operatingSystemVersion",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"operatingSystemPlatform\":      ",
        ",\"operatingSystemVersion\":       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.operatingSystemSpecifications\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "operating_system_platform", &self.operating_system_platform);
        v.field(1usize, "operating_system_version", &self.operating_system_version);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for OperatingSystemSpecifications {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.operating_system_platform.read_from(r),
            1usize => self.operating_system_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.operating_system_platform);
        w.field(1usize, &self.operating_system_version);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_object!(OperatingSystemSpecifications);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    OperatingSystemSpecifications { with_operating_system_platform
    operating_system_platform : ::std::string::String; with_operating_system_version
    operating_system_version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperatingSystemSpecifications);
#[cfg(msgraph_v1_device_management_or_search)]
/// Work From Anywhere windows device upgrade eligibility status.
///
/// CSDL: `microsoft.graph.operatingSystemUpgradeEligibility`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OperatingSystemUpgradeEligibility {
    /// The device is upgraded to latest version of windows.
    ///
    /// `upgraded` (value 0).
    Upgraded,
    /// Not enough data available to compute the eligibility of device for windows upgrade.
    ///
    /// `unknown` (value 1).
    Unknown,
    /// The device is not capable for windows upgrade.
    ///
    /// `notCapable` (value 2).
    NotCapable,
    /// The device is capable for windows upgrade.
    ///
    /// `capable` (value 3).
    Capable,
    /// Evolvable enumeration sentinel value. Do not use.
    ///
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for OperatingSystemUpgradeEligibility {
    const TYPE_NAME: &'static str = "microsoft.graph.operatingSystemUpgradeEligibility";
    const MEMBERS: &'static [&'static str] = &[
        "upgraded",
        "unknown",
        "notCapable",
        "capable",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "upgraded" => Self::Upgraded,
                "unknown" => Self::Unknown,
                "notCapable" => Self::NotCapable,
                "capable" => Self::Capable,
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
            Self::Upgraded => "upgraded",
            Self::Unknown => "unknown",
            Self::NotCapable => "notCapable",
            Self::Capable => "capable",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(OperatingSystemUpgradeEligibility);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperatingSystemUpgradeEligibility);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.operationError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OperationError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OperationError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OperationError {
    const TYPE_NAME: &'static str = "microsoft.graph.operationError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.operationError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OperationError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.code.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.code);
        w.field(1usize, &self.message);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OperationError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OperationError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OperationError);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.organizationalBrandingProperties`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`OrganizationalBrandingPropertiesPath`](requests/trait.OrganizationalBrandingPropertiesPath.html), what a path to one (`EntityPath<AnyOrganizationalBrandingProperties, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OrganizationalBrandingProperties {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundColor`: `Edm.String`, nullable.
    pub background_color: rt::Field<::std::string::String>,
    /// CSDL: property `backgroundImage`: `Edm.Stream`, nullable.
    pub background_image: rt::Field<rt::RawJson>,
    /// CSDL: property `backgroundImageRelativeUrl`: `Edm.String`, nullable.
    pub background_image_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `bannerLogo`: `Edm.Stream`, nullable.
    pub banner_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `bannerLogoRelativeUrl`: `Edm.String`, nullable.
    pub banner_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `cdnList`: `Collection(Edm.String)`, nullable.
    pub cdn_list: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `contentCustomization`: `microsoft.graph.contentCustomization`, nullable.
    pub content_customization: rt::Field<crate::v1::ContentCustomization>,
    /// CSDL: property `customAccountResetCredentialsUrl`: `Edm.String`, nullable.
    pub custom_account_reset_credentials_url: rt::Field<::std::string::String>,
    /// CSDL: property `customCannotAccessYourAccountText`: `Edm.String`, nullable.
    pub custom_cannot_access_your_account_text: rt::Field<::std::string::String>,
    /// CSDL: property `customCannotAccessYourAccountUrl`: `Edm.String`, nullable.
    pub custom_cannot_access_your_account_url: rt::Field<::std::string::String>,
    /// CSDL: property `customCSS`: `Edm.Stream`, nullable.
    pub custom_css: rt::Field<rt::RawJson>,
    /// CSDL: property `customCSSRelativeUrl`: `Edm.String`, nullable.
    pub custom_css_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `customForgotMyPasswordText`: `Edm.String`, nullable.
    pub custom_forgot_my_password_text: rt::Field<::std::string::String>,
    /// CSDL: property `customPrivacyAndCookiesText`: `Edm.String`, nullable.
    pub custom_privacy_and_cookies_text: rt::Field<::std::string::String>,
    /// CSDL: property `customPrivacyAndCookiesUrl`: `Edm.String`, nullable.
    pub custom_privacy_and_cookies_url: rt::Field<::std::string::String>,
    /// CSDL: property `customResetItNowText`: `Edm.String`, nullable.
    pub custom_reset_it_now_text: rt::Field<::std::string::String>,
    /// CSDL: property `customTermsOfUseText`: `Edm.String`, nullable.
    pub custom_terms_of_use_text: rt::Field<::std::string::String>,
    /// CSDL: property `customTermsOfUseUrl`: `Edm.String`, nullable.
    pub custom_terms_of_use_url: rt::Field<::std::string::String>,
    /// CSDL: property `favicon`: `Edm.Stream`, nullable.
    pub favicon: rt::Field<rt::RawJson>,
    /// CSDL: property `faviconRelativeUrl`: `Edm.String`, nullable.
    pub favicon_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `headerBackgroundColor`: `Edm.String`, nullable.
    pub header_background_color: rt::Field<::std::string::String>,
    /// CSDL: property `headerLogo`: `Edm.Stream`, nullable.
    pub header_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `headerLogoRelativeUrl`: `Edm.String`, nullable.
    pub header_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `loginPageLayoutConfiguration`: `microsoft.graph.loginPageLayoutConfiguration`, nullable.
    pub login_page_layout_configuration: rt::Field<
        crate::v1::LoginPageLayoutConfiguration,
    >,
    /// CSDL: property `loginPageTextVisibilitySettings`: `microsoft.graph.loginPageTextVisibilitySettings`, nullable.
    pub login_page_text_visibility_settings: rt::Field<
        crate::v1::LoginPageTextVisibilitySettings,
    >,
    /// CSDL: property `signInPageText`: `Edm.String`, nullable.
    pub sign_in_page_text: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogo`: `Edm.Stream`, nullable.
    pub square_logo: rt::Field<rt::RawJson>,
    /// CSDL: property `squareLogoDark`: `Edm.Stream`, nullable.
    pub square_logo_dark: rt::Field<rt::RawJson>,
    /// CSDL: property `squareLogoDarkRelativeUrl`: `Edm.String`, nullable.
    pub square_logo_dark_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `squareLogoRelativeUrl`: `Edm.String`, nullable.
    pub square_logo_relative_url: rt::Field<::std::string::String>,
    /// CSDL: property `usernameHintText`: `Edm.String`, nullable.
    pub username_hint_text: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for OrganizationalBrandingProperties {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            background_color: rt::Field::Absent,
            background_image: rt::Field::Absent,
            background_image_relative_url: rt::Field::Absent,
            banner_logo: rt::Field::Absent,
            banner_logo_relative_url: rt::Field::Absent,
            cdn_list: rt::Field::Absent,
            content_customization: rt::Field::Absent,
            custom_account_reset_credentials_url: rt::Field::Absent,
            custom_cannot_access_your_account_text: rt::Field::Absent,
            custom_cannot_access_your_account_url: rt::Field::Absent,
            custom_css: rt::Field::Absent,
            custom_css_relative_url: rt::Field::Absent,
            custom_forgot_my_password_text: rt::Field::Absent,
            custom_privacy_and_cookies_text: rt::Field::Absent,
            custom_privacy_and_cookies_url: rt::Field::Absent,
            custom_reset_it_now_text: rt::Field::Absent,
            custom_terms_of_use_text: rt::Field::Absent,
            custom_terms_of_use_url: rt::Field::Absent,
            favicon: rt::Field::Absent,
            favicon_relative_url: rt::Field::Absent,
            header_background_color: rt::Field::Absent,
            header_logo: rt::Field::Absent,
            header_logo_relative_url: rt::Field::Absent,
            login_page_layout_configuration: rt::Field::Absent,
            login_page_text_visibility_settings: rt::Field::Absent,
            sign_in_page_text: rt::Field::Absent,
            square_logo: rt::Field::Absent,
            square_logo_dark: rt::Field::Absent,
            square_logo_dark_relative_url: rt::Field::Absent,
            square_logo_relative_url: rt::Field::Absent,
            username_hint_text: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for OrganizationalBrandingProperties {
    const TYPE_NAME: &'static str = "microsoft.graph.organizationalBrandingProperties";
    const KEYS: &'static [&'static str] = &[
        "id",
        "backgroundColor",
        "backgroundImage",
        "backgroundImageRelativeUrl",
        "bannerLogo",
        "bannerLogoRelativeUrl",
        "cdnList",
        "contentCustomization",
        "customAccountResetCredentialsUrl",
        "customCannotAccessYourAccountText",
        "customCannotAccessYourAccountUrl",
        "customCSS",
        "customCSSRelativeUrl",
        "customForgotMyPasswordText",
        "customPrivacyAndCookiesText",
        "customPrivacyAndCookiesUrl",
        "customResetItNowText",
        "customTermsOfUseText",
        "customTermsOfUseUrl",
        "favicon",
        "faviconRelativeUrl",
        "headerBackgroundColor",
        "headerLogo",
        "headerLogoRelativeUrl",
        "loginPageLayoutConfiguration",
        "loginPageTextVisibilitySettings",
        "signInPageText",
        "squareLogo",
        "squareLogoDark",
        "squareLogoDarkRelativeUrl",
        "squareLogoRelativeUrl",
        "usernameHintText",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"backgroundColor\":              ",
        ",\"backgroundImage\":              ",
        ",\"backgroundImageRelativeUrl\":   ",
        ",\"bannerLogo\":                   ",
        ",\"bannerLogoRelativeUrl\":        ",
        ",\"cdnList\":                      ",
        ",\"contentCustomization\":         ",
        ",\"customAccountResetCredentialsUrl\":",
        ",\"customCannotAccessYourAccountText\":",
        ",\"customCannotAccessYourAccountUrl\":",
        ",\"customCSS\":                    ",
        ",\"customCSSRelativeUrl\":         ",
        ",\"customForgotMyPasswordText\":   ",
        ",\"customPrivacyAndCookiesText\":  ",
        ",\"customPrivacyAndCookiesUrl\":   ",
        ",\"customResetItNowText\":         ",
        ",\"customTermsOfUseText\":         ",
        ",\"customTermsOfUseUrl\":          ",
        ",\"favicon\":                      ",
        ",\"faviconRelativeUrl\":           ",
        ",\"headerBackgroundColor\":        ",
        ",\"headerLogo\":                   ",
        ",\"headerLogoRelativeUrl\":        ",
        ",\"loginPageLayoutConfiguration\": ",
        ",\"loginPageTextVisibilitySettings\":",
        ",\"signInPageText\":               ",
        ",\"squareLogo\":                   ",
        ",\"squareLogoDark\":               ",
        ",\"squareLogoDarkRelativeUrl\":    ",
        ",\"squareLogoRelativeUrl\":        ",
        ",\"usernameHintText\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.organizationalBrandingProperties\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "background_color", &self.background_color);
        v.field(2usize, "background_image", &self.background_image);
        v.field(
            3usize,
            "background_image_relative_url",
            &self.background_image_relative_url,
        );
        v.field(4usize, "banner_logo", &self.banner_logo);
        v.field(5usize, "banner_logo_relative_url", &self.banner_logo_relative_url);
        v.field(6usize, "cdn_list", &self.cdn_list);
        v.field(7usize, "content_customization", &self.content_customization);
        v.field(
            8usize,
            "custom_account_reset_credentials_url",
            &self.custom_account_reset_credentials_url,
        );
        v.field(
            9usize,
            "custom_cannot_access_your_account_text",
            &self.custom_cannot_access_your_account_text,
        );
        v.field(
            10usize,
            "custom_cannot_access_your_account_url",
            &self.custom_cannot_access_your_account_url,
        );
        v.field(11usize, "custom_css", &self.custom_css);
        v.field(12usize, "custom_css_relative_url", &self.custom_css_relative_url);
        v.field(
            13usize,
            "custom_forgot_my_password_text",
            &self.custom_forgot_my_password_text,
        );
        v.field(
            14usize,
            "custom_privacy_and_cookies_text",
            &self.custom_privacy_and_cookies_text,
        );
        v.field(
            15usize,
            "custom_privacy_and_cookies_url",
            &self.custom_privacy_and_cookies_url,
        );
        v.field(16usize, "custom_reset_it_now_text", &self.custom_reset_it_now_text);
        v.field(17usize, "custom_terms_of_use_text", &self.custom_terms_of_use_text);
        v.field(18usize, "custom_terms_of_use_url", &self.custom_terms_of_use_url);
        v.field(19usize, "favicon", &self.favicon);
        v.field(20usize, "favicon_relative_url", &self.favicon_relative_url);
        v.field(21usize, "header_background_color", &self.header_background_color);
        v.field(22usize, "header_logo", &self.header_logo);
        v.field(23usize, "header_logo_relative_url", &self.header_logo_relative_url);
        v.field(
            24usize,
            "login_page_layout_configuration",
            &self.login_page_layout_configuration,
        );
        v.field(
            25usize,
            "login_page_text_visibility_settings",
            &self.login_page_text_visibility_settings,
        );
        v.field(26usize, "sign_in_page_text", &self.sign_in_page_text);
        v.field(27usize, "square_logo", &self.square_logo);
        v.field(28usize, "square_logo_dark", &self.square_logo_dark);
        v.field(
            29usize,
            "square_logo_dark_relative_url",
            &self.square_logo_dark_relative_url,
        );
        v.field(30usize, "square_logo_relative_url", &self.square_logo_relative_url);
        v.field(31usize, "username_hint_text", &self.username_hint_text);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for OrganizationalBrandingProperties {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.background_color.read_from(r),
            2usize => self.background_image.read_from(r),
            3usize => self.background_image_relative_url.read_from(r),
            4usize => self.banner_logo.read_from(r),
            5usize => self.banner_logo_relative_url.read_from(r),
            6usize => self.cdn_list.read_from(r),
            7usize => self.content_customization.read_from(r),
            8usize => self.custom_account_reset_credentials_url.read_from(r),
            9usize => self.custom_cannot_access_your_account_text.read_from(r),
            10usize => self.custom_cannot_access_your_account_url.read_from(r),
            11usize => self.custom_css.read_from(r),
            12usize => self.custom_css_relative_url.read_from(r),
            13usize => self.custom_forgot_my_password_text.read_from(r),
            14usize => self.custom_privacy_and_cookies_text.read_from(r),
            15usize => self.custom_privacy_and_cookies_url.read_from(r),
            16usize => self.custom_reset_it_now_text.read_from(r),
            17usize => self.custom_terms_of_use_text.read_from(r),
            18usize => self.custom_terms_of_use_url.read_from(r),
            19usize => self.favicon.read_from(r),
            20usize => self.favicon_relative_url.read_from(r),
            21usize => self.header_background_color.read_from(r),
            22usize => self.header_logo.read_from(r),
            23usize => self.header_logo_relative_url.read_from(r),
            24usize => self.login_page_layout_configuration.read_from(r),
            25usize => self.login_page_text_visibility_settings.read_from(r),
            26usize => self.sign_in_page_text.read_from(r),
            27usize => self.square_logo.read_from(r),
            28usize => self.square_logo_dark.read_from(r),
            29usize => self.square_logo_dark_relative_url.read_from(r),
            30usize => self.square_logo_relative_url.read_from(r),
            31usize => self.username_hint_text.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.background_color);
        w.field(2usize, &self.background_image);
        w.field(3usize, &self.background_image_relative_url);
        w.field(4usize, &self.banner_logo);
        w.field(5usize, &self.banner_logo_relative_url);
        w.field(6usize, &self.cdn_list);
        w.field(7usize, &self.content_customization);
        w.field(8usize, &self.custom_account_reset_credentials_url);
        w.field(9usize, &self.custom_cannot_access_your_account_text);
        w.field(10usize, &self.custom_cannot_access_your_account_url);
        w.field(11usize, &self.custom_css);
        w.field(12usize, &self.custom_css_relative_url);
        w.field(13usize, &self.custom_forgot_my_password_text);
        w.field(14usize, &self.custom_privacy_and_cookies_text);
        w.field(15usize, &self.custom_privacy_and_cookies_url);
        w.field(16usize, &self.custom_reset_it_now_text);
        w.field(17usize, &self.custom_terms_of_use_text);
        w.field(18usize, &self.custom_terms_of_use_url);
        w.field(19usize, &self.favicon);
        w.field(20usize, &self.favicon_relative_url);
        w.field(21usize, &self.header_background_color);
        w.field(22usize, &self.header_logo);
        w.field(23usize, &self.header_logo_relative_url);
        w.field(24usize, &self.login_page_layout_configuration);
        w.field(25usize, &self.login_page_text_visibility_settings);
        w.field(26usize, &self.sign_in_page_text);
        w.field(27usize, &self.square_logo);
        w.field(28usize, &self.square_logo_dark);
        w.field(29usize, &self.square_logo_dark_relative_url);
        w.field(30usize, &self.square_logo_relative_url);
        w.field(31usize, &self.username_hint_text);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(OrganizationalBrandingProperties);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    OrganizationalBrandingProperties { with_id id : ::std::string::String;
    with_background_color background_color : ::std::string::String; with_background_image
    background_image : rt::RawJson; with_background_image_relative_url
    background_image_relative_url : ::std::string::String; with_banner_logo banner_logo :
    rt::RawJson; with_banner_logo_relative_url banner_logo_relative_url :
    ::std::string::String; with_cdn_list cdn_list : ::std::vec::Vec <
    ::std::string::String >; with_content_customization content_customization : crate
    ::v1::ContentCustomization; with_custom_account_reset_credentials_url
    custom_account_reset_credentials_url : ::std::string::String;
    with_custom_cannot_access_your_account_text custom_cannot_access_your_account_text :
    ::std::string::String; with_custom_cannot_access_your_account_url
    custom_cannot_access_your_account_url : ::std::string::String; with_custom_css
    custom_css : rt::RawJson; with_custom_css_relative_url custom_css_relative_url :
    ::std::string::String; with_custom_forgot_my_password_text
    custom_forgot_my_password_text : ::std::string::String;
    with_custom_privacy_and_cookies_text custom_privacy_and_cookies_text :
    ::std::string::String; with_custom_privacy_and_cookies_url
    custom_privacy_and_cookies_url : ::std::string::String; with_custom_reset_it_now_text
    custom_reset_it_now_text : ::std::string::String; with_custom_terms_of_use_text
    custom_terms_of_use_text : ::std::string::String; with_custom_terms_of_use_url
    custom_terms_of_use_url : ::std::string::String; with_favicon favicon : rt::RawJson;
    with_favicon_relative_url favicon_relative_url : ::std::string::String;
    with_header_background_color header_background_color : ::std::string::String;
    with_header_logo header_logo : rt::RawJson; with_header_logo_relative_url
    header_logo_relative_url : ::std::string::String;
    with_login_page_layout_configuration login_page_layout_configuration : crate
    ::v1::LoginPageLayoutConfiguration; with_login_page_text_visibility_settings
    login_page_text_visibility_settings : crate ::v1::LoginPageTextVisibilitySettings;
    with_sign_in_page_text sign_in_page_text : ::std::string::String; with_square_logo
    square_logo : rt::RawJson; with_square_logo_dark square_logo_dark : rt::RawJson;
    with_square_logo_dark_relative_url square_logo_dark_relative_url :
    ::std::string::String; with_square_logo_relative_url square_logo_relative_url :
    ::std::string::String; with_username_hint_text username_hint_text :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizationalBrandingProperties);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.organizationalBrandingProperties` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyOrganizationalBrandingProperties {
    OrganizationalBrandingProperties(
        ::std::boxed::Box<crate::v1::OrganizationalBrandingProperties>,
    ),
    OrganizationalBranding(::std::boxed::Box<crate::v1::OrganizationalBranding>),
    OrganizationalBrandingLocalization(
        ::std::boxed::Box<crate::v1::OrganizationalBrandingLocalization>,
    ),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyOrganizationalBrandingProperties {
    #[inline]
    fn default() -> Self {
        Self::OrganizationalBrandingProperties(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizationalBrandingProperties>
for AnyOrganizationalBrandingProperties {
    #[inline]
    fn from(v: crate::v1::OrganizationalBrandingProperties) -> Self {
        Self::OrganizationalBrandingProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizationalBranding>
for AnyOrganizationalBrandingProperties {
    #[inline]
    fn from(v: crate::v1::OrganizationalBranding) -> Self {
        Self::OrganizationalBranding(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizationalBrandingLocalization>
for AnyOrganizationalBrandingProperties {
    #[inline]
    fn from(v: crate::v1::OrganizationalBrandingLocalization) -> Self {
        Self::OrganizationalBrandingLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Send for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_v1_core)]
unsafe impl ::std::marker::Sync for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_v1_core)]
impl ::std::marker::Unpin for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::UnwindSafe for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_v1_core)]
impl ::std::panic::RefUnwindSafe for AnyOrganizationalBrandingProperties {}
#[cfg(msgraph_v1_core)]
const _: () = {
    rt::object::auto_traits::<crate::v1::OrganizationalBrandingProperties>();
    rt::object::auto_traits::<crate::v1::OrganizationalBranding>();
    rt::object::auto_traits::<crate::v1::OrganizationalBrandingLocalization>();
};
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyOrganizationalBrandingProperties {
    const BASE_NAME: &'static str = "microsoft.graph.organizationalBrandingProperties";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.organizationalBranding") => {
                Self::OrganizationalBranding(rt::object::new_boxed())
            }
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingLocalization",
            ) => Self::OrganizationalBrandingLocalization(rt::object::new_boxed()),
            _ => Self::OrganizationalBrandingProperties(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::OrganizationalBrandingProperties(v) => &**v,
            Self::OrganizationalBranding(v) => &**v,
            Self::OrganizationalBrandingLocalization(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut **v,
            Self::OrganizationalBranding(v) => &mut **v,
            Self::OrganizationalBrandingLocalization(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyOrganizationalBrandingProperties {
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
            Self::OrganizationalBrandingProperties(v) => &v.id,
            Self::OrganizationalBranding(v) => &v.id,
            Self::OrganizationalBrandingLocalization(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.id,
            Self::OrganizationalBranding(v) => &mut v.id,
            Self::OrganizationalBrandingLocalization(v) => &mut v.id,
        }
    }
    /// `backgroundColor` of any variant.
    #[inline]
    pub fn background_color(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.background_color,
            Self::OrganizationalBranding(v) => &v.background_color,
            Self::OrganizationalBrandingLocalization(v) => &v.background_color,
        }
    }
    /// `backgroundColor` of any variant.
    #[inline]
    pub fn background_color_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.background_color,
            Self::OrganizationalBranding(v) => &mut v.background_color,
            Self::OrganizationalBrandingLocalization(v) => &mut v.background_color,
        }
    }
    /// `backgroundImage` of any variant.
    #[inline]
    pub fn background_image(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.background_image,
            Self::OrganizationalBranding(v) => &v.background_image,
            Self::OrganizationalBrandingLocalization(v) => &v.background_image,
        }
    }
    /// `backgroundImage` of any variant.
    #[inline]
    pub fn background_image_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.background_image,
            Self::OrganizationalBranding(v) => &mut v.background_image,
            Self::OrganizationalBrandingLocalization(v) => &mut v.background_image,
        }
    }
    /// `backgroundImageRelativeUrl` of any variant.
    #[inline]
    pub fn background_image_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.background_image_relative_url,
            Self::OrganizationalBranding(v) => &v.background_image_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.background_image_relative_url
            }
        }
    }
    /// `backgroundImageRelativeUrl` of any variant.
    #[inline]
    pub fn background_image_relative_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.background_image_relative_url
            }
            Self::OrganizationalBranding(v) => &mut v.background_image_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.background_image_relative_url
            }
        }
    }
    /// `bannerLogo` of any variant.
    #[inline]
    pub fn banner_logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.banner_logo,
            Self::OrganizationalBranding(v) => &v.banner_logo,
            Self::OrganizationalBrandingLocalization(v) => &v.banner_logo,
        }
    }
    /// `bannerLogo` of any variant.
    #[inline]
    pub fn banner_logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.banner_logo,
            Self::OrganizationalBranding(v) => &mut v.banner_logo,
            Self::OrganizationalBrandingLocalization(v) => &mut v.banner_logo,
        }
    }
    /// `bannerLogoRelativeUrl` of any variant.
    #[inline]
    pub fn banner_logo_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.banner_logo_relative_url,
            Self::OrganizationalBranding(v) => &v.banner_logo_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &v.banner_logo_relative_url,
        }
    }
    /// `bannerLogoRelativeUrl` of any variant.
    #[inline]
    pub fn banner_logo_relative_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.banner_logo_relative_url,
            Self::OrganizationalBranding(v) => &mut v.banner_logo_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.banner_logo_relative_url
            }
        }
    }
    /// `cdnList` of any variant.
    #[inline]
    pub fn cdn_list(&self) -> &rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.cdn_list,
            Self::OrganizationalBranding(v) => &v.cdn_list,
            Self::OrganizationalBrandingLocalization(v) => &v.cdn_list,
        }
    }
    /// `cdnList` of any variant.
    #[inline]
    pub fn cdn_list_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<::std::string::String>> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.cdn_list,
            Self::OrganizationalBranding(v) => &mut v.cdn_list,
            Self::OrganizationalBrandingLocalization(v) => &mut v.cdn_list,
        }
    }
    /// `contentCustomization` of any variant.
    #[inline]
    pub fn content_customization(&self) -> &rt::Field<crate::v1::ContentCustomization> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.content_customization,
            Self::OrganizationalBranding(v) => &v.content_customization,
            Self::OrganizationalBrandingLocalization(v) => &v.content_customization,
        }
    }
    /// `contentCustomization` of any variant.
    #[inline]
    pub fn content_customization_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::ContentCustomization> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.content_customization,
            Self::OrganizationalBranding(v) => &mut v.content_customization,
            Self::OrganizationalBrandingLocalization(v) => &mut v.content_customization,
        }
    }
    /// `customAccountResetCredentialsUrl` of any variant.
    #[inline]
    pub fn custom_account_reset_credentials_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.custom_account_reset_credentials_url
            }
            Self::OrganizationalBranding(v) => &v.custom_account_reset_credentials_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.custom_account_reset_credentials_url
            }
        }
    }
    /// `customAccountResetCredentialsUrl` of any variant.
    #[inline]
    pub fn custom_account_reset_credentials_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.custom_account_reset_credentials_url
            }
            Self::OrganizationalBranding(v) => {
                &mut v.custom_account_reset_credentials_url
            }
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_account_reset_credentials_url
            }
        }
    }
    /// `customCannotAccessYourAccountText` of any variant.
    #[inline]
    pub fn custom_cannot_access_your_account_text(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.custom_cannot_access_your_account_text
            }
            Self::OrganizationalBranding(v) => &v.custom_cannot_access_your_account_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.custom_cannot_access_your_account_text
            }
        }
    }
    /// `customCannotAccessYourAccountText` of any variant.
    #[inline]
    pub fn custom_cannot_access_your_account_text_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.custom_cannot_access_your_account_text
            }
            Self::OrganizationalBranding(v) => {
                &mut v.custom_cannot_access_your_account_text
            }
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_cannot_access_your_account_text
            }
        }
    }
    /// `customCannotAccessYourAccountUrl` of any variant.
    #[inline]
    pub fn custom_cannot_access_your_account_url(
        &self,
    ) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.custom_cannot_access_your_account_url
            }
            Self::OrganizationalBranding(v) => &v.custom_cannot_access_your_account_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.custom_cannot_access_your_account_url
            }
        }
    }
    /// `customCannotAccessYourAccountUrl` of any variant.
    #[inline]
    pub fn custom_cannot_access_your_account_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.custom_cannot_access_your_account_url
            }
            Self::OrganizationalBranding(v) => {
                &mut v.custom_cannot_access_your_account_url
            }
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_cannot_access_your_account_url
            }
        }
    }
    /// `customCSS` of any variant.
    #[inline]
    pub fn custom_css(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.custom_css,
            Self::OrganizationalBranding(v) => &v.custom_css,
            Self::OrganizationalBrandingLocalization(v) => &v.custom_css,
        }
    }
    /// `customCSS` of any variant.
    #[inline]
    pub fn custom_css_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.custom_css,
            Self::OrganizationalBranding(v) => &mut v.custom_css,
            Self::OrganizationalBrandingLocalization(v) => &mut v.custom_css,
        }
    }
    /// `customCSSRelativeUrl` of any variant.
    #[inline]
    pub fn custom_css_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.custom_css_relative_url,
            Self::OrganizationalBranding(v) => &v.custom_css_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &v.custom_css_relative_url,
        }
    }
    /// `customCSSRelativeUrl` of any variant.
    #[inline]
    pub fn custom_css_relative_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.custom_css_relative_url,
            Self::OrganizationalBranding(v) => &mut v.custom_css_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &mut v.custom_css_relative_url,
        }
    }
    /// `customForgotMyPasswordText` of any variant.
    #[inline]
    pub fn custom_forgot_my_password_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.custom_forgot_my_password_text
            }
            Self::OrganizationalBranding(v) => &v.custom_forgot_my_password_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.custom_forgot_my_password_text
            }
        }
    }
    /// `customForgotMyPasswordText` of any variant.
    #[inline]
    pub fn custom_forgot_my_password_text_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.custom_forgot_my_password_text
            }
            Self::OrganizationalBranding(v) => &mut v.custom_forgot_my_password_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_forgot_my_password_text
            }
        }
    }
    /// `customPrivacyAndCookiesText` of any variant.
    #[inline]
    pub fn custom_privacy_and_cookies_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.custom_privacy_and_cookies_text
            }
            Self::OrganizationalBranding(v) => &v.custom_privacy_and_cookies_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.custom_privacy_and_cookies_text
            }
        }
    }
    /// `customPrivacyAndCookiesText` of any variant.
    #[inline]
    pub fn custom_privacy_and_cookies_text_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.custom_privacy_and_cookies_text
            }
            Self::OrganizationalBranding(v) => &mut v.custom_privacy_and_cookies_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_privacy_and_cookies_text
            }
        }
    }
    /// `customPrivacyAndCookiesUrl` of any variant.
    #[inline]
    pub fn custom_privacy_and_cookies_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.custom_privacy_and_cookies_url
            }
            Self::OrganizationalBranding(v) => &v.custom_privacy_and_cookies_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.custom_privacy_and_cookies_url
            }
        }
    }
    /// `customPrivacyAndCookiesUrl` of any variant.
    #[inline]
    pub fn custom_privacy_and_cookies_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.custom_privacy_and_cookies_url
            }
            Self::OrganizationalBranding(v) => &mut v.custom_privacy_and_cookies_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_privacy_and_cookies_url
            }
        }
    }
    /// `customResetItNowText` of any variant.
    #[inline]
    pub fn custom_reset_it_now_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.custom_reset_it_now_text,
            Self::OrganizationalBranding(v) => &v.custom_reset_it_now_text,
            Self::OrganizationalBrandingLocalization(v) => &v.custom_reset_it_now_text,
        }
    }
    /// `customResetItNowText` of any variant.
    #[inline]
    pub fn custom_reset_it_now_text_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.custom_reset_it_now_text,
            Self::OrganizationalBranding(v) => &mut v.custom_reset_it_now_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_reset_it_now_text
            }
        }
    }
    /// `customTermsOfUseText` of any variant.
    #[inline]
    pub fn custom_terms_of_use_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.custom_terms_of_use_text,
            Self::OrganizationalBranding(v) => &v.custom_terms_of_use_text,
            Self::OrganizationalBrandingLocalization(v) => &v.custom_terms_of_use_text,
        }
    }
    /// `customTermsOfUseText` of any variant.
    #[inline]
    pub fn custom_terms_of_use_text_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.custom_terms_of_use_text,
            Self::OrganizationalBranding(v) => &mut v.custom_terms_of_use_text,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.custom_terms_of_use_text
            }
        }
    }
    /// `customTermsOfUseUrl` of any variant.
    #[inline]
    pub fn custom_terms_of_use_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.custom_terms_of_use_url,
            Self::OrganizationalBranding(v) => &v.custom_terms_of_use_url,
            Self::OrganizationalBrandingLocalization(v) => &v.custom_terms_of_use_url,
        }
    }
    /// `customTermsOfUseUrl` of any variant.
    #[inline]
    pub fn custom_terms_of_use_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.custom_terms_of_use_url,
            Self::OrganizationalBranding(v) => &mut v.custom_terms_of_use_url,
            Self::OrganizationalBrandingLocalization(v) => &mut v.custom_terms_of_use_url,
        }
    }
    /// `favicon` of any variant.
    #[inline]
    pub fn favicon(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.favicon,
            Self::OrganizationalBranding(v) => &v.favicon,
            Self::OrganizationalBrandingLocalization(v) => &v.favicon,
        }
    }
    /// `favicon` of any variant.
    #[inline]
    pub fn favicon_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.favicon,
            Self::OrganizationalBranding(v) => &mut v.favicon,
            Self::OrganizationalBrandingLocalization(v) => &mut v.favicon,
        }
    }
    /// `faviconRelativeUrl` of any variant.
    #[inline]
    pub fn favicon_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.favicon_relative_url,
            Self::OrganizationalBranding(v) => &v.favicon_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &v.favicon_relative_url,
        }
    }
    /// `faviconRelativeUrl` of any variant.
    #[inline]
    pub fn favicon_relative_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.favicon_relative_url,
            Self::OrganizationalBranding(v) => &mut v.favicon_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &mut v.favicon_relative_url,
        }
    }
    /// `headerBackgroundColor` of any variant.
    #[inline]
    pub fn header_background_color(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.header_background_color,
            Self::OrganizationalBranding(v) => &v.header_background_color,
            Self::OrganizationalBrandingLocalization(v) => &v.header_background_color,
        }
    }
    /// `headerBackgroundColor` of any variant.
    #[inline]
    pub fn header_background_color_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.header_background_color,
            Self::OrganizationalBranding(v) => &mut v.header_background_color,
            Self::OrganizationalBrandingLocalization(v) => &mut v.header_background_color,
        }
    }
    /// `headerLogo` of any variant.
    #[inline]
    pub fn header_logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.header_logo,
            Self::OrganizationalBranding(v) => &v.header_logo,
            Self::OrganizationalBrandingLocalization(v) => &v.header_logo,
        }
    }
    /// `headerLogo` of any variant.
    #[inline]
    pub fn header_logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.header_logo,
            Self::OrganizationalBranding(v) => &mut v.header_logo,
            Self::OrganizationalBrandingLocalization(v) => &mut v.header_logo,
        }
    }
    /// `headerLogoRelativeUrl` of any variant.
    #[inline]
    pub fn header_logo_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.header_logo_relative_url,
            Self::OrganizationalBranding(v) => &v.header_logo_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &v.header_logo_relative_url,
        }
    }
    /// `headerLogoRelativeUrl` of any variant.
    #[inline]
    pub fn header_logo_relative_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.header_logo_relative_url,
            Self::OrganizationalBranding(v) => &mut v.header_logo_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.header_logo_relative_url
            }
        }
    }
    /// `loginPageLayoutConfiguration` of any variant.
    #[inline]
    pub fn login_page_layout_configuration(
        &self,
    ) -> &rt::Field<crate::v1::LoginPageLayoutConfiguration> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.login_page_layout_configuration
            }
            Self::OrganizationalBranding(v) => &v.login_page_layout_configuration,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.login_page_layout_configuration
            }
        }
    }
    /// `loginPageLayoutConfiguration` of any variant.
    #[inline]
    pub fn login_page_layout_configuration_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::LoginPageLayoutConfiguration> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.login_page_layout_configuration
            }
            Self::OrganizationalBranding(v) => &mut v.login_page_layout_configuration,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.login_page_layout_configuration
            }
        }
    }
    /// `loginPageTextVisibilitySettings` of any variant.
    #[inline]
    pub fn login_page_text_visibility_settings(
        &self,
    ) -> &rt::Field<crate::v1::LoginPageTextVisibilitySettings> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &v.login_page_text_visibility_settings
            }
            Self::OrganizationalBranding(v) => &v.login_page_text_visibility_settings,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.login_page_text_visibility_settings
            }
        }
    }
    /// `loginPageTextVisibilitySettings` of any variant.
    #[inline]
    pub fn login_page_text_visibility_settings_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::LoginPageTextVisibilitySettings> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.login_page_text_visibility_settings
            }
            Self::OrganizationalBranding(v) => &mut v.login_page_text_visibility_settings,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.login_page_text_visibility_settings
            }
        }
    }
    /// `signInPageText` of any variant.
    #[inline]
    pub fn sign_in_page_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.sign_in_page_text,
            Self::OrganizationalBranding(v) => &v.sign_in_page_text,
            Self::OrganizationalBrandingLocalization(v) => &v.sign_in_page_text,
        }
    }
    /// `signInPageText` of any variant.
    #[inline]
    pub fn sign_in_page_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.sign_in_page_text,
            Self::OrganizationalBranding(v) => &mut v.sign_in_page_text,
            Self::OrganizationalBrandingLocalization(v) => &mut v.sign_in_page_text,
        }
    }
    /// `squareLogo` of any variant.
    #[inline]
    pub fn square_logo(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.square_logo,
            Self::OrganizationalBranding(v) => &v.square_logo,
            Self::OrganizationalBrandingLocalization(v) => &v.square_logo,
        }
    }
    /// `squareLogo` of any variant.
    #[inline]
    pub fn square_logo_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.square_logo,
            Self::OrganizationalBranding(v) => &mut v.square_logo,
            Self::OrganizationalBrandingLocalization(v) => &mut v.square_logo,
        }
    }
    /// `squareLogoDark` of any variant.
    #[inline]
    pub fn square_logo_dark(&self) -> &rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.square_logo_dark,
            Self::OrganizationalBranding(v) => &v.square_logo_dark,
            Self::OrganizationalBrandingLocalization(v) => &v.square_logo_dark,
        }
    }
    /// `squareLogoDark` of any variant.
    #[inline]
    pub fn square_logo_dark_mut(&mut self) -> &mut rt::Field<rt::RawJson> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.square_logo_dark,
            Self::OrganizationalBranding(v) => &mut v.square_logo_dark,
            Self::OrganizationalBrandingLocalization(v) => &mut v.square_logo_dark,
        }
    }
    /// `squareLogoDarkRelativeUrl` of any variant.
    #[inline]
    pub fn square_logo_dark_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.square_logo_dark_relative_url,
            Self::OrganizationalBranding(v) => &v.square_logo_dark_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &v.square_logo_dark_relative_url
            }
        }
    }
    /// `squareLogoDarkRelativeUrl` of any variant.
    #[inline]
    pub fn square_logo_dark_relative_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => {
                &mut v.square_logo_dark_relative_url
            }
            Self::OrganizationalBranding(v) => &mut v.square_logo_dark_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.square_logo_dark_relative_url
            }
        }
    }
    /// `squareLogoRelativeUrl` of any variant.
    #[inline]
    pub fn square_logo_relative_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.square_logo_relative_url,
            Self::OrganizationalBranding(v) => &v.square_logo_relative_url,
            Self::OrganizationalBrandingLocalization(v) => &v.square_logo_relative_url,
        }
    }
    /// `squareLogoRelativeUrl` of any variant.
    #[inline]
    pub fn square_logo_relative_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.square_logo_relative_url,
            Self::OrganizationalBranding(v) => &mut v.square_logo_relative_url,
            Self::OrganizationalBrandingLocalization(v) => {
                &mut v.square_logo_relative_url
            }
        }
    }
    /// `usernameHintText` of any variant.
    #[inline]
    pub fn username_hint_text(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &v.username_hint_text,
            Self::OrganizationalBranding(v) => &v.username_hint_text,
            Self::OrganizationalBrandingLocalization(v) => &v.username_hint_text,
        }
    }
    /// `usernameHintText` of any variant.
    #[inline]
    pub fn username_hint_text_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::OrganizationalBrandingProperties(v) => &mut v.username_hint_text,
            Self::OrganizationalBranding(v) => &mut v.username_hint_text,
            Self::OrganizationalBrandingLocalization(v) => &mut v.username_hint_text,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyOrganizationalBrandingProperties);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyOrganizationalBrandingProperties);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.organizerMeetingInfo`, complex type, derived from `microsoft.graph.meetingInfo`, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct OrganizerMeetingInfo {
    /// CSDL: property `organizer`: `microsoft.graph.identitySet`, not nullable.
    pub organizer: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for OrganizerMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            organizer: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for OrganizerMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.organizerMeetingInfo";
    const KEYS: &'static [&'static str] = &["organizer"];
    const KEYS_JSON: &'static [&'static str] = &[",\"organizer\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.organizerMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "organizer", &self.organizer);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for OrganizerMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.organizer.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.organizer);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(OrganizerMeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    OrganizerMeetingInfo { with_organizer organizer : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OrganizerMeetingInfo);
#[cfg(msgraph_v1_search)]
/// The Windows Autopilot Deployment Profile settings used by the device for the out-of-box experience. Supports: $select, $top, $skip. $Search, $orderBy and $filter are not supported.
///
/// CSDL: `microsoft.graph.outOfBoxExperienceSetting`, complex type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct OutOfBoxExperienceSetting {
    /// The Entra join authentication type. Possible values are singleUser and shared. The default is singleUser.
    ///
    /// CSDL: property `deviceUsageType`: `microsoft.graph.windowsDeviceUsageType`, not nullable.
    pub device_usage_type: rt::Field<crate::v1::WindowsDeviceUsageType>,
    /// When TRUE, the link that allows user to start over with a different account on company sign-in is hidden. When false, the link that allows user to start over with a different account on company sign-in is available. Default value is FALSE.
    ///
    /// CSDL: property `escapeLinkHidden`: `Edm.Boolean`, not nullable.
    pub escape_link_hidden: rt::Field<bool>,
    /// When TRUE, EULA is hidden to the end user during OOBE. When FALSE, EULA is shown to the end user during OOBE. Default value is FALSE.
    ///
    /// CSDL: property `eulaHidden`: `Edm.Boolean`, not nullable.
    pub eula_hidden: rt::Field<bool>,
    /// When TRUE, the keyboard selection page is hidden to the end user during OOBE if Language and Region are set. When FALSE, the keyboard selection page is skipped during OOBE.
    ///
    /// CSDL: property `keyboardSelectionPageSkipped`: `Edm.Boolean`, not nullable.
    pub keyboard_selection_page_skipped: rt::Field<bool>,
    /// When TRUE, privacy settings is hidden to the end user during OOBE. When FALSE, privacy settings is shown to the end user during OOBE. Default value is FALSE.
    ///
    /// CSDL: property `privacySettingsHidden`: `Edm.Boolean`, not nullable.
    pub privacy_settings_hidden: rt::Field<bool>,
    /// The type of user. Possible values are administrator and standard. Default value is administrator. Yes No
    ///
    /// CSDL: property `userType`: `microsoft.graph.windowsUserType`, not nullable.
    pub user_type: rt::Field<crate::v1::WindowsUserType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for OutOfBoxExperienceSetting {
    #[inline]
    fn default() -> Self {
        Self {
            device_usage_type: rt::Field::Absent,
            escape_link_hidden: rt::Field::Absent,
            eula_hidden: rt::Field::Absent,
            keyboard_selection_page_skipped: rt::Field::Absent,
            privacy_settings_hidden: rt::Field::Absent,
            user_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for OutOfBoxExperienceSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.outOfBoxExperienceSetting";
    const KEYS: &'static [&'static str] = &[
        "deviceUsageType",
        "escapeLinkHidden",
        "eulaHidden",
        "keyboardSelectionPageSkipped",
        "privacySettingsHidden",
        "userType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceUsageType\":              ",
        ",\"escapeLinkHidden\":             ",
        ",\"eulaHidden\":                   ",
        ",\"keyboardSelectionPageSkipped\": ",
        ",\"privacySettingsHidden\":        ",
        ",\"userType\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outOfBoxExperienceSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_usage_type", &self.device_usage_type);
        v.field(1usize, "escape_link_hidden", &self.escape_link_hidden);
        v.field(2usize, "eula_hidden", &self.eula_hidden);
        v.field(
            3usize,
            "keyboard_selection_page_skipped",
            &self.keyboard_selection_page_skipped,
        );
        v.field(4usize, "privacy_settings_hidden", &self.privacy_settings_hidden);
        v.field(5usize, "user_type", &self.user_type);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for OutOfBoxExperienceSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_usage_type.read_from(r),
            1usize => self.escape_link_hidden.read_from(r),
            2usize => self.eula_hidden.read_from(r),
            3usize => self.keyboard_selection_page_skipped.read_from(r),
            4usize => self.privacy_settings_hidden.read_from(r),
            5usize => self.user_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_usage_type);
        w.field(1usize, &self.escape_link_hidden);
        w.field(2usize, &self.eula_hidden);
        w.field(3usize, &self.keyboard_selection_page_skipped);
        w.field(4usize, &self.privacy_settings_hidden);
        w.field(5usize, &self.user_type);
    }
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
rt::impl_object!(OutOfBoxExperienceSetting);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    OutOfBoxExperienceSetting { with_device_usage_type device_usage_type : crate
    ::v1::WindowsDeviceUsageType; with_escape_link_hidden escape_link_hidden : bool;
    with_eula_hidden eula_hidden : bool; with_keyboard_selection_page_skipped
    keyboard_selection_page_skipped : bool; with_privacy_settings_hidden
    privacy_settings_hidden : bool; with_user_type user_type : crate
    ::v1::WindowsUserType; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutOfBoxExperienceSetting);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.outOfOfficeSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct OutOfOfficeSettings {
    /// CSDL: property `isOutOfOffice`: `Edm.Boolean`, nullable.
    pub is_out_of_office: rt::Field<bool>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for OutOfOfficeSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_out_of_office: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for OutOfOfficeSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.outOfOfficeSettings";
    const KEYS: &'static [&'static str] = &["isOutOfOffice", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isOutOfOffice\":                ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outOfOfficeSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_out_of_office", &self.is_out_of_office);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::object::Members for OutOfOfficeSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_out_of_office.read_from(r),
            1usize => self.message.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_out_of_office);
        w.field(1usize, &self.message);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(OutOfOfficeSettings);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    OutOfOfficeSettings { with_is_out_of_office is_out_of_office : bool; with_message
    message : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutOfOfficeSettings);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.outgoingCallOptions`, complex type, derived from `microsoft.graph.callOptions`.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct OutgoingCallOptions {
    /// CSDL: property `hideBotAfterEscalation`: `Edm.Boolean`, nullable.
    pub hide_bot_after_escalation: rt::Field<bool>,
    /// CSDL: property `isContentSharingNotificationEnabled`: `Edm.Boolean`, nullable.
    pub is_content_sharing_notification_enabled: rt::Field<bool>,
    /// CSDL: property `isDeltaRosterEnabled`: `Edm.Boolean`, nullable.
    pub is_delta_roster_enabled: rt::Field<bool>,
    /// CSDL: property `isInteractiveRosterEnabled`: `Edm.Boolean`, nullable.
    pub is_interactive_roster_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for OutgoingCallOptions {
    #[inline]
    fn default() -> Self {
        Self {
            hide_bot_after_escalation: rt::Field::Absent,
            is_content_sharing_notification_enabled: rt::Field::Absent,
            is_delta_roster_enabled: rt::Field::Absent,
            is_interactive_roster_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for OutgoingCallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.outgoingCallOptions";
    const KEYS: &'static [&'static str] = &[
        "hideBotAfterEscalation",
        "isContentSharingNotificationEnabled",
        "isDeltaRosterEnabled",
        "isInteractiveRosterEnabled",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hideBotAfterEscalation\":       ",
        ",\"isContentSharingNotificationEnabled\":",
        ",\"isDeltaRosterEnabled\":         ",
        ",\"isInteractiveRosterEnabled\":   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.outgoingCallOptions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hide_bot_after_escalation", &self.hide_bot_after_escalation);
        v.field(
            1usize,
            "is_content_sharing_notification_enabled",
            &self.is_content_sharing_notification_enabled,
        );
        v.field(2usize, "is_delta_roster_enabled", &self.is_delta_roster_enabled);
        v.field(
            3usize,
            "is_interactive_roster_enabled",
            &self.is_interactive_roster_enabled,
        );
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for OutgoingCallOptions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hide_bot_after_escalation.read_from(r),
            1usize => self.is_content_sharing_notification_enabled.read_from(r),
            2usize => self.is_delta_roster_enabled.read_from(r),
            3usize => self.is_interactive_roster_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hide_bot_after_escalation);
        w.field(1usize, &self.is_content_sharing_notification_enabled);
        w.field(2usize, &self.is_delta_roster_enabled);
        w.field(3usize, &self.is_interactive_roster_enabled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_object!(OutgoingCallOptions);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    OutgoingCallOptions { with_hide_bot_after_escalation hide_bot_after_escalation :
    bool; with_is_content_sharing_notification_enabled
    is_content_sharing_notification_enabled : bool; with_is_delta_roster_enabled
    is_delta_roster_enabled : bool; with_is_interactive_roster_enabled
    is_interactive_roster_enabled : bool; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutgoingCallOptions);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.outlierMemberType`, enum type.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OutlierMemberType {
    /// `user` (value 0).
    User,
    /// `unknownFutureValue` (value 1).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::StrEnum for OutlierMemberType {
    const TYPE_NAME: &'static str = "microsoft.graph.outlierMemberType";
    const MEMBERS: &'static [&'static str] = &["user", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "user" => Self::User,
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
            Self::User => "user",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_enum!(OutlierMemberType);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OutlierMemberType);
#[cfg(msgraph_v1_policies_or_search)]
/// CSDL: `microsoft.graph.ownerlessGroupPolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`OwnerlessGroupPolicyPath`](requests/trait.OwnerlessGroupPolicyPath.html), what a path to one (`EntityPath<OwnerlessGroupPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct OwnerlessGroupPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `emailInfo`: `microsoft.graph.emailDetails`, not nullable.
    pub email_info: rt::Field<crate::v1::EmailDetails>,
    /// CSDL: property `enabledGroupIds`: `Collection(Edm.String)`, not nullable.
    pub enabled_group_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `isEnabled`: `Edm.Boolean`, not nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `maxMembersToNotify`: `Edm.Int64`, not nullable.
    pub max_members_to_notify: rt::Field<i64>,
    /// CSDL: property `notificationDurationInWeeks`: `Edm.Int64`, not nullable.
    pub notification_duration_in_weeks: rt::Field<i64>,
    /// CSDL: property `policyWebUrl`: `Edm.String`, nullable.
    pub policy_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `targetOwners`: `microsoft.graph.targetOwners`, not nullable.
    pub target_owners: rt::Field<crate::v1::TargetOwners>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_policies_or_search)]
impl ::std::default::Default for OwnerlessGroupPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email_info: rt::Field::Absent,
            enabled_group_ids: rt::Field::Absent,
            is_enabled: rt::Field::Absent,
            max_members_to_notify: rt::Field::Absent,
            notification_duration_in_weeks: rt::Field::Absent,
            policy_web_url: rt::Field::Absent,
            target_owners: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::Object for OwnerlessGroupPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.ownerlessGroupPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "emailInfo",
        "enabledGroupIds",
        "isEnabled",
        "maxMembersToNotify",
        "notificationDurationInWeeks",
        "policyWebUrl",
        "targetOwners",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emailInfo\":                    ",
        ",\"enabledGroupIds\":              ",
        ",\"isEnabled\":                    ",
        ",\"maxMembersToNotify\":           ",
        ",\"notificationDurationInWeeks\":  ",
        ",\"policyWebUrl\":                 ",
        ",\"targetOwners\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.ownerlessGroupPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "email_info", &self.email_info);
        v.field(2usize, "enabled_group_ids", &self.enabled_group_ids);
        v.field(3usize, "is_enabled", &self.is_enabled);
        v.field(4usize, "max_members_to_notify", &self.max_members_to_notify);
        v.field(
            5usize,
            "notification_duration_in_weeks",
            &self.notification_duration_in_weeks,
        );
        v.field(6usize, "policy_web_url", &self.policy_web_url);
        v.field(7usize, "target_owners", &self.target_owners);
    }
}
#[cfg(msgraph_v1_policies_or_search)]
impl rt::object::Members for OwnerlessGroupPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email_info.read_from(r),
            2usize => self.enabled_group_ids.read_from(r),
            3usize => self.is_enabled.read_from(r),
            4usize => self.max_members_to_notify.read_from(r),
            5usize => self.notification_duration_in_weeks.read_from(r),
            6usize => self.policy_web_url.read_from(r),
            7usize => self.target_owners.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email_info);
        w.field(2usize, &self.enabled_group_ids);
        w.field(3usize, &self.is_enabled);
        w.field(4usize, &self.max_members_to_notify);
        w.field(5usize, &self.notification_duration_in_weeks);
        w.field(6usize, &self.policy_web_url);
        w.field(7usize, &self.target_owners);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_object!(OwnerlessGroupPolicy);
#[cfg(msgraph_v1_policies_or_search)]
rt::impl_setters!(
    OwnerlessGroupPolicy { with_id id : ::std::string::String; with_email_info email_info
    : crate ::v1::EmailDetails; with_enabled_group_ids enabled_group_ids :
    ::std::vec::Vec < ::std::string::String >; with_is_enabled is_enabled : bool;
    with_max_members_to_notify max_members_to_notify : i64;
    with_notification_duration_in_weeks notification_duration_in_weeks : i64;
    with_policy_web_url policy_web_url : ::std::string::String; with_target_owners
    target_owners : crate ::v1::TargetOwners; }
);
#[cfg(msgraph_v1_policies_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(OwnerlessGroupPolicy);
