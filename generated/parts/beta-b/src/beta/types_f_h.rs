//! Types of `microsoft.graph` by the first letters of their names (`f_h`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.featureUsageDetail`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct FeatureUsageDetail {
    /// CSDL: property `featureName`: `Edm.String`, nullable.
    pub feature_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastConfiguredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_configured_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastUsedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_used_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `licenseAssigned`: `microsoft.graph.azureADLicenseType`, nullable.
    pub license_assigned: rt::Field<crate::beta::AzureAdLicenseType>,
    /// CSDL: property `licenseRequired`: `microsoft.graph.azureADLicenseType`, nullable.
    pub license_required: rt::Field<crate::beta::AzureAdLicenseType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for FeatureUsageDetail {
    #[inline]
    fn default() -> Self {
        Self {
            feature_name: rt::Field::Absent,
            last_configured_date_time: rt::Field::Absent,
            last_used_date_time: rt::Field::Absent,
            license_assigned: rt::Field::Absent,
            license_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for FeatureUsageDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.featureUsageDetail";
    const KEYS: &'static [&'static str] = &[
        "featureName",
        "lastConfiguredDateTime",
        "lastUsedDateTime",
        "licenseAssigned",
        "licenseRequired",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"featureName\":                  ",
        ",\"lastConfiguredDateTime\":       ",
        ",\"lastUsedDateTime\":             ",
        ",\"licenseAssigned\":              ",
        ",\"licenseRequired\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.featureUsageDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "feature_name", &self.feature_name);
        v.field(1usize, "last_configured_date_time", &self.last_configured_date_time);
        v.field(2usize, "last_used_date_time", &self.last_used_date_time);
        v.field(3usize, "license_assigned", &self.license_assigned);
        v.field(4usize, "license_required", &self.license_required);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for FeatureUsageDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.feature_name.read_from(r),
            1usize => self.last_configured_date_time.read_from(r),
            2usize => self.last_used_date_time.read_from(r),
            3usize => self.license_assigned.read_from(r),
            4usize => self.license_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.feature_name);
        w.field(1usize, &self.last_configured_date_time);
        w.field(2usize, &self.last_used_date_time);
        w.field(3usize, &self.license_assigned);
        w.field(4usize, &self.license_required);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(FeatureUsageDetail);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    FeatureUsageDetail { with_feature_name feature_name : ::std::string::String;
    with_last_configured_date_time last_configured_date_time : rt::edm::DateTimeOffset;
    with_last_used_date_time last_used_date_time : rt::edm::DateTimeOffset;
    with_license_assigned license_assigned : crate ::beta::AzureAdLicenseType;
    with_license_required license_required : crate ::beta::AzureAdLicenseType; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureUsageDetail);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.fido2AuthenticationMethod`, entity type, derived from `microsoft.graph.authenticationMethod`, key `id`.
///
/// Request builders: [`AuthenticationMethodPath`](requests/trait.AuthenticationMethodPath.html), what a path to one (`EntityPath<Fido2AuthenticationMethod, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Fido2AuthenticationMethod {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `aaGuid`: `Edm.String`, nullable.
    pub aa_guid: rt::Field<::std::string::String>,
    /// CSDL: property `attestationCertificates`: `Collection(Edm.String)`, nullable.
    pub attestation_certificates: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `attestationLevel`: `microsoft.graph.attestationLevel`, nullable.
    pub attestation_level: rt::Field<crate::beta::AttestationLevel>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `creationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub creation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `model`: `Edm.String`, nullable.
    pub model: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Fido2AuthenticationMethod {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            aa_guid: rt::Field::Absent,
            attestation_certificates: rt::Field::Absent,
            attestation_level: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            creation_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            model: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Fido2AuthenticationMethod {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2AuthenticationMethod";
    const KEYS: &'static [&'static str] = &[
        "id",
        "aaGuid",
        "attestationCertificates",
        "attestationLevel",
        "createdDateTime",
        "creationDateTime",
        "displayName",
        "model",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"aaGuid\":                       ",
        ",\"attestationCertificates\":      ",
        ",\"attestationLevel\":             ",
        ",\"createdDateTime\":              ",
        ",\"creationDateTime\":             ",
        ",\"displayName\":                  ",
        ",\"model\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fido2AuthenticationMethod\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "aa_guid", &self.aa_guid);
        v.field(2usize, "attestation_certificates", &self.attestation_certificates);
        v.field(3usize, "attestation_level", &self.attestation_level);
        v.field(4usize, "created_date_time", &self.created_date_time);
        v.field(5usize, "creation_date_time", &self.creation_date_time);
        v.field(6usize, "display_name", &self.display_name);
        v.field(7usize, "model", &self.model);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Fido2AuthenticationMethod {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.aa_guid.read_from(r),
            2usize => self.attestation_certificates.read_from(r),
            3usize => self.attestation_level.read_from(r),
            4usize => self.created_date_time.read_from(r),
            5usize => self.creation_date_time.read_from(r),
            6usize => self.display_name.read_from(r),
            7usize => self.model.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.aa_guid);
        w.field(2usize, &self.attestation_certificates);
        w.field(3usize, &self.attestation_level);
        w.field(4usize, &self.created_date_time);
        w.field(5usize, &self.creation_date_time);
        w.field(6usize, &self.display_name);
        w.field(7usize, &self.model);
    }
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
rt::impl_object!(Fido2AuthenticationMethod);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Fido2AuthenticationMethod { with_id id : ::std::string::String; with_aa_guid aa_guid
    : ::std::string::String; with_attestation_certificates attestation_certificates :
    ::std::vec::Vec < ::std::string::String >; with_attestation_level attestation_level :
    crate ::beta::AttestationLevel; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_creation_date_time creation_date_time :
    rt::edm::DateTimeOffset; with_display_name display_name : ::std::string::String;
    with_model model : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2AuthenticationMethod);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.fido2AuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`Fido2AuthenticationMethodConfigurationPath`](requests/trait.Fido2AuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<Fido2AuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct Fido2AuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::beta::AuthenticationMethodState>,
    /// CSDL: property `isAttestationEnforced`: `Edm.Boolean`, nullable.
    pub is_attestation_enforced: rt::Field<bool>,
    /// CSDL: property `isSelfServiceRegistrationAllowed`: `Edm.Boolean`, nullable.
    pub is_self_service_registration_allowed: rt::Field<bool>,
    /// CSDL: property `keyRestrictions`: `microsoft.graph.fido2KeyRestrictions`, nullable.
    pub key_restrictions: rt::Field<crate::beta::Fido2KeyRestrictions>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::beta::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for Fido2AuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            state: rt::Field::Absent,
            is_attestation_enforced: rt::Field::Absent,
            is_self_service_registration_allowed: rt::Field::Absent,
            key_restrictions: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for Fido2AuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2AuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "state",
        "isAttestationEnforced",
        "isSelfServiceRegistrationAllowed",
        "keyRestrictions",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"state\":                        ",
        ",\"isAttestationEnforced\":        ",
        ",\"isSelfServiceRegistrationAllowed\":",
        ",\"keyRestrictions\":              ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fido2AuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "state", &self.state);
        v.field(2usize, "is_attestation_enforced", &self.is_attestation_enforced);
        v.field(
            3usize,
            "is_self_service_registration_allowed",
            &self.is_self_service_registration_allowed,
        );
        v.field(4usize, "key_restrictions", &self.key_restrictions);
        v.field(5usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for Fido2AuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.state.read_from(r),
            2usize => self.is_attestation_enforced.read_from(r),
            3usize => self.is_self_service_registration_allowed.read_from(r),
            4usize => self.key_restrictions.read_from(r),
            5usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.state);
        w.field(2usize, &self.is_attestation_enforced);
        w.field(3usize, &self.is_self_service_registration_allowed);
        w.field(4usize, &self.key_restrictions);
        w.field(5usize, &self.include_targets);
    }
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(Fido2AuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    Fido2AuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_state state : crate ::beta::AuthenticationMethodState;
    with_is_attestation_enforced is_attestation_enforced : bool;
    with_is_self_service_registration_allowed is_self_service_registration_allowed :
    bool; with_key_restrictions key_restrictions : crate ::beta::Fido2KeyRestrictions;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::beta::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2AuthenticationMethodConfiguration);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.fido2KeyRestrictions`, complex type.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone)]
pub struct Fido2KeyRestrictions {
    /// CSDL: property `aaGuids`: `Collection(Edm.String)`, nullable.
    pub aa_guids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `enforcementType`: `microsoft.graph.fido2RestrictionEnforcementType`, nullable.
    pub enforcement_type: rt::Field<crate::beta::Fido2RestrictionEnforcementType>,
    /// CSDL: property `isEnforced`: `Edm.Boolean`, nullable.
    pub is_enforced: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for Fido2KeyRestrictions {
    #[inline]
    fn default() -> Self {
        Self {
            aa_guids: rt::Field::Absent,
            enforcement_type: rt::Field::Absent,
            is_enforced: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for Fido2KeyRestrictions {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2KeyRestrictions";
    const KEYS: &'static [&'static str] = &["aaGuids", "enforcementType", "isEnforced"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"aaGuids\":                      ",
        ",\"enforcementType\":              ",
        ",\"isEnforced\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fido2KeyRestrictions\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "aa_guids", &self.aa_guids);
        v.field(1usize, "enforcement_type", &self.enforcement_type);
        v.field(2usize, "is_enforced", &self.is_enforced);
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for Fido2KeyRestrictions {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.aa_guids.read_from(r),
            1usize => self.enforcement_type.read_from(r),
            2usize => self.is_enforced.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.aa_guids);
        w.field(1usize, &self.enforcement_type);
        w.field(2usize, &self.is_enforced);
    }
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
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(Fido2KeyRestrictions);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    Fido2KeyRestrictions { with_aa_guids aa_guids : ::std::vec::Vec <
    ::std::string::String >; with_enforcement_type enforcement_type : crate
    ::beta::Fido2RestrictionEnforcementType; with_is_enforced is_enforced : bool; }
);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2KeyRestrictions);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.fido2RestrictionEnforcementType`, enum type.
///
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Fido2RestrictionEnforcementType {
    /// `allow` (value 0).
    Allow,
    /// `block` (value 1).
    Block,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for Fido2RestrictionEnforcementType {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2RestrictionEnforcementType";
    const MEMBERS: &'static [&'static str] = &["allow", "block", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "allow" => Self::Allow,
                "block" => Self::Block,
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
            Self::Allow => "allow",
            Self::Block => "block",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(Fido2RestrictionEnforcementType);
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2RestrictionEnforcementType);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.fileAttachment`, entity type, derived from `microsoft.graph.attachment`, media entity, key `id`.
///
/// Request builders: [`FileAttachmentPath`](requests/trait.FileAttachmentPath.html), what a path to one (`EntityPath<FileAttachment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FileAttachment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `contentType`: `Edm.String`, nullable.
    pub content_type: rt::Field<::std::string::String>,
    /// CSDL: property `isInline`: `Edm.Boolean`, not nullable.
    pub is_inline: rt::Field<bool>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int32`, not nullable.
    pub size: rt::Field<i32>,
    /// CSDL: property `contentBytes`: `Edm.Binary`, nullable.
    pub content_bytes: rt::Field<rt::edm::Binary>,
    /// CSDL: property `contentId`: `Edm.String`, nullable.
    pub content_id: rt::Field<::std::string::String>,
    /// CSDL: property `contentLocation`: `Edm.String`, nullable.
    pub content_location: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for FileAttachment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content_type: rt::Field::Absent,
            is_inline: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            name: rt::Field::Absent,
            size: rt::Field::Absent,
            content_bytes: rt::Field::Absent,
            content_id: rt::Field::Absent,
            content_location: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for FileAttachment {
    const TYPE_NAME: &'static str = "microsoft.graph.fileAttachment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "contentType",
        "isInline",
        "lastModifiedDateTime",
        "name",
        "size",
        "contentBytes",
        "contentId",
        "contentLocation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"contentType\":                  ",
        ",\"isInline\":                     ",
        ",\"lastModifiedDateTime\":         ",
        ",\"name\":                         ",
        ",\"size\":                         ",
        ",\"contentBytes\":                 ",
        ",\"contentId\":                    ",
        ",\"contentLocation\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileAttachment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content_type", &self.content_type);
        v.field(2usize, "is_inline", &self.is_inline);
        v.field(3usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(4usize, "name", &self.name);
        v.field(5usize, "size", &self.size);
        v.field(6usize, "content_bytes", &self.content_bytes);
        v.field(7usize, "content_id", &self.content_id);
        v.field(8usize, "content_location", &self.content_location);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for FileAttachment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content_type.read_from(r),
            2usize => self.is_inline.read_from(r),
            3usize => self.last_modified_date_time.read_from(r),
            4usize => self.name.read_from(r),
            5usize => self.size.read_from(r),
            6usize => self.content_bytes.read_from(r),
            7usize => self.content_id.read_from(r),
            8usize => self.content_location.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content_type);
        w.field(2usize, &self.is_inline);
        w.field(3usize, &self.last_modified_date_time);
        w.field(4usize, &self.name);
        w.field(5usize, &self.size);
        w.field(6usize, &self.content_bytes);
        w.field(7usize, &self.content_id);
        w.field(8usize, &self.content_location);
    }
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
rt::impl_object!(FileAttachment);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    FileAttachment { with_id id : ::std::string::String; with_content_type content_type :
    ::std::string::String; with_is_inline is_inline : bool; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_name name :
    ::std::string::String; with_size size : i32; with_content_bytes content_bytes :
    rt::edm::Binary; with_content_id content_id : ::std::string::String;
    with_content_location content_location : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileAttachment);
#[cfg(msgraph_beta_data_classification_or_search)]
/// CSDL: `microsoft.graph.fileClassificationRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`FileClassificationRequestPath`](requests/trait.FileClassificationRequestPath.html), what a path to one (`EntityPath<FileClassificationRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-data-classification`, `beta-search`.
#[derive(Clone)]
pub struct FileClassificationRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `file`: `Edm.Stream`, nullable.
    pub file: rt::Field<rt::RawJson>,
    /// CSDL: property `sensitiveTypeIds`: `Collection(Edm.String)`, nullable.
    pub sensitive_type_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl ::std::default::Default for FileClassificationRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            file: rt::Field::Absent,
            sensitive_type_ids: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::Object for FileClassificationRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.fileClassificationRequest";
    const KEYS: &'static [&'static str] = &["id", "file", "sensitiveTypeIds"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"file\":                         ",
        ",\"sensitiveTypeIds\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileClassificationRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "file", &self.file);
        v.field(2usize, "sensitive_type_ids", &self.sensitive_type_ids);
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
impl rt::object::Members for FileClassificationRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.file.read_from(r),
            2usize => self.sensitive_type_ids.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.file);
        w.field(2usize, &self.sensitive_type_ids);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_object!(FileClassificationRequest);
#[cfg(msgraph_beta_data_classification_or_search)]
rt::impl_setters!(
    FileClassificationRequest { with_id id : ::std::string::String; with_file file :
    rt::RawJson; with_sensitive_type_ids sensitive_type_ids : ::std::vec::Vec <
    ::std::string::String >; }
);
#[cfg(msgraph_beta_data_classification_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileClassificationRequest);
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Contains properties for file encryption information for the content version of a line of business app.
///
/// CSDL: `microsoft.graph.fileEncryptionInfo`, complex type.
///
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
#[derive(Clone)]
pub struct FileEncryptionInfo {
    /// The key used to encrypt the file content.
    ///
    /// CSDL: property `encryptionKey`: `Edm.Binary`, nullable.
    pub encryption_key: rt::Field<rt::edm::Binary>,
    /// The file digest prior to encryption.
    ///
    /// CSDL: property `fileDigest`: `Edm.Binary`, nullable.
    pub file_digest: rt::Field<rt::edm::Binary>,
    /// The file digest algorithm.
    ///
    /// CSDL: property `fileDigestAlgorithm`: `Edm.String`, nullable.
    pub file_digest_algorithm: rt::Field<::std::string::String>,
    /// The initialization vector used for the encryption algorithm.
    ///
    /// CSDL: property `initializationVector`: `Edm.Binary`, nullable.
    pub initialization_vector: rt::Field<rt::edm::Binary>,
    /// The hash of the encrypted file content + IV (content hash).
    ///
    /// CSDL: property `mac`: `Edm.Binary`, nullable.
    pub mac: rt::Field<rt::edm::Binary>,
    /// The key used to get mac.
    ///
    /// CSDL: property `macKey`: `Edm.Binary`, nullable.
    pub mac_key: rt::Field<rt::edm::Binary>,
    /// The the profile identifier.
    ///
    /// CSDL: property `profileIdentifier`: `Edm.String`, nullable.
    pub profile_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl ::std::default::Default for FileEncryptionInfo {
    #[inline]
    fn default() -> Self {
        Self {
            encryption_key: rt::Field::Absent,
            file_digest: rt::Field::Absent,
            file_digest_algorithm: rt::Field::Absent,
            initialization_vector: rt::Field::Absent,
            mac: rt::Field::Absent,
            mac_key: rt::Field::Absent,
            profile_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::Object for FileEncryptionInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.fileEncryptionInfo";
    const KEYS: &'static [&'static str] = &[
        "encryptionKey",
        "fileDigest",
        "fileDigestAlgorithm",
        "initializationVector",
        "mac",
        "macKey",
        "profileIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"encryptionKey\":                ",
        ",\"fileDigest\":                   ",
        ",\"fileDigestAlgorithm\":          ",
        ",\"initializationVector\":         ",
        ",\"mac\":                          ",
        ",\"macKey\":                       ",
        ",\"profileIdentifier\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileEncryptionInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "encryption_key", &self.encryption_key);
        v.field(1usize, "file_digest", &self.file_digest);
        v.field(2usize, "file_digest_algorithm", &self.file_digest_algorithm);
        v.field(3usize, "initialization_vector", &self.initialization_vector);
        v.field(4usize, "mac", &self.mac);
        v.field(5usize, "mac_key", &self.mac_key);
        v.field(6usize, "profile_identifier", &self.profile_identifier);
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
impl rt::object::Members for FileEncryptionInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.encryption_key.read_from(r),
            1usize => self.file_digest.read_from(r),
            2usize => self.file_digest_algorithm.read_from(r),
            3usize => self.initialization_vector.read_from(r),
            4usize => self.mac.read_from(r),
            5usize => self.mac_key.read_from(r),
            6usize => self.profile_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.encryption_key);
        w.field(1usize, &self.file_digest);
        w.field(2usize, &self.file_digest_algorithm);
        w.field(3usize, &self.initialization_vector);
        w.field(4usize, &self.mac);
        w.field(5usize, &self.mac_key);
        w.field(6usize, &self.profile_identifier);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_object!(FileEncryptionInfo);
#[cfg(msgraph_beta_device_app_management_or_search)]
rt::impl_setters!(
    FileEncryptionInfo { with_encryption_key encryption_key : rt::edm::Binary;
    with_file_digest file_digest : rt::edm::Binary; with_file_digest_algorithm
    file_digest_algorithm : ::std::string::String; with_initialization_vector
    initialization_vector : rt::edm::Binary; with_mac mac : rt::edm::Binary; with_mac_key
    mac_key : rt::edm::Binary; with_profile_identifier profile_identifier :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileEncryptionInfo);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.fileHash`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct FileHash {
    /// CSDL: property `hashType`: `microsoft.graph.fileHashType`, nullable.
    pub hash_type: rt::Field<crate::beta::FileHashType>,
    /// CSDL: property `hashValue`: `Edm.String`, nullable.
    pub hash_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for FileHash {
    #[inline]
    fn default() -> Self {
        Self {
            hash_type: rt::Field::Absent,
            hash_value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for FileHash {
    const TYPE_NAME: &'static str = "microsoft.graph.fileHash";
    const KEYS: &'static [&'static str] = &["hashType", "hashValue"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hashType\":                     ",
        ",\"hashValue\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileHash\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hash_type", &self.hash_type);
        v.field(1usize, "hash_value", &self.hash_value);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for FileHash {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hash_type.read_from(r),
            1usize => self.hash_value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hash_type);
        w.field(1usize, &self.hash_value);
    }
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
rt::impl_object!(FileHash);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    FileHash { with_hash_type hash_type : crate ::beta::FileHashType; with_hash_value
    hash_value : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHash);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.fileHashType`, enum type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileHashType {
    /// `unknown` (value 0).
    Unknown,
    /// `sha1` (value 1).
    Sha1,
    /// `sha256` (value 2).
    Sha256,
    /// `md5` (value 3).
    Md5,
    /// `authenticodeHash256` (value 4).
    AuthenticodeHash256,
    /// `lsHash` (value 5).
    LsHash,
    /// `ctph` (value 6).
    Ctph,
    /// `unknownFutureValue` (value 127).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::StrEnum for FileHashType {
    const TYPE_NAME: &'static str = "microsoft.graph.fileHashType";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "sha1",
        "sha256",
        "md5",
        "authenticodeHash256",
        "lsHash",
        "ctph",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "sha1" => Self::Sha1,
                "sha256" => Self::Sha256,
                "md5" => Self::Md5,
                "authenticodeHash256" => Self::AuthenticodeHash256,
                "lsHash" => Self::LsHash,
                "ctph" => Self::Ctph,
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
            Self::Sha1 => "sha1",
            Self::Sha256 => "sha256",
            Self::Md5 => "md5",
            Self::AuthenticodeHash256 => "authenticodeHash256",
            Self::LsHash => "lsHash",
            Self::Ctph => "ctph",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
rt::impl_enum!(FileHashType);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHashType);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.fileSecurityProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`FileSecurityProfilePath`](requests/trait.FileSecurityProfilePath.html), what a path to one (`EntityPath<FileSecurityProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct FileSecurityProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activityGroupNames`: `Collection(Edm.String)`, nullable.
    pub activity_group_names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `certificateThumbprint`: `Edm.String`, nullable.
    pub certificate_thumbprint: rt::Field<::std::string::String>,
    /// CSDL: property `extensions`: `Collection(Edm.String)`, nullable.
    pub extensions: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `fileType`: `Edm.String`, nullable.
    pub file_type: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `hashes`: `Collection(microsoft.graph.fileHash)`, nullable.
    pub hashes: rt::Field<::std::vec::Vec<crate::beta::FileHash>>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `malwareStates`: `Collection(microsoft.graph.malwareState)`, nullable.
    pub malware_states: rt::Field<::std::vec::Vec<crate::beta::MalwareState>>,
    /// CSDL: property `names`: `Collection(Edm.String)`, nullable.
    pub names: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `size`: `Edm.Int64`, nullable.
    pub size: rt::Field<i64>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// CSDL: property `vulnerabilityStates`: `Collection(microsoft.graph.vulnerabilityState)`, nullable.
    pub vulnerability_states: rt::Field<
        ::std::vec::Vec<crate::beta::VulnerabilityState>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for FileSecurityProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity_group_names: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            certificate_thumbprint: rt::Field::Absent,
            extensions: rt::Field::Absent,
            file_type: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            hashes: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            malware_states: rt::Field::Absent,
            names: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            size: rt::Field::Absent,
            tags: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            vulnerability_states: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for FileSecurityProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.fileSecurityProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activityGroupNames",
        "azureSubscriptionId",
        "azureTenantId",
        "certificateThumbprint",
        "extensions",
        "fileType",
        "firstSeenDateTime",
        "hashes",
        "lastSeenDateTime",
        "malwareStates",
        "names",
        "riskScore",
        "size",
        "tags",
        "vendorInformation",
        "vulnerabilityStates",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activityGroupNames\":           ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"certificateThumbprint\":        ",
        ",\"extensions\":                   ",
        ",\"fileType\":                     ",
        ",\"firstSeenDateTime\":            ",
        ",\"hashes\":                       ",
        ",\"lastSeenDateTime\":             ",
        ",\"malwareStates\":                ",
        ",\"names\":                        ",
        ",\"riskScore\":                    ",
        ",\"size\":                         ",
        ",\"tags\":                         ",
        ",\"vendorInformation\":            ",
        ",\"vulnerabilityStates\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileSecurityProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity_group_names", &self.activity_group_names);
        v.field(2usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(3usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(4usize, "certificate_thumbprint", &self.certificate_thumbprint);
        v.field(5usize, "extensions", &self.extensions);
        v.field(6usize, "file_type", &self.file_type);
        v.field(7usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(8usize, "hashes", &self.hashes);
        v.field(9usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(10usize, "malware_states", &self.malware_states);
        v.field(11usize, "names", &self.names);
        v.field(12usize, "risk_score", &self.risk_score);
        v.field(13usize, "size", &self.size);
        v.field(14usize, "tags", &self.tags);
        v.field(15usize, "vendor_information", &self.vendor_information);
        v.field(16usize, "vulnerability_states", &self.vulnerability_states);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for FileSecurityProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity_group_names.read_from(r),
            2usize => self.azure_subscription_id.read_from(r),
            3usize => self.azure_tenant_id.read_from(r),
            4usize => self.certificate_thumbprint.read_from(r),
            5usize => self.extensions.read_from(r),
            6usize => self.file_type.read_from(r),
            7usize => self.first_seen_date_time.read_from(r),
            8usize => self.hashes.read_from(r),
            9usize => self.last_seen_date_time.read_from(r),
            10usize => self.malware_states.read_from(r),
            11usize => self.names.read_from(r),
            12usize => self.risk_score.read_from(r),
            13usize => self.size.read_from(r),
            14usize => self.tags.read_from(r),
            15usize => self.vendor_information.read_from(r),
            16usize => self.vulnerability_states.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity_group_names);
        w.field(2usize, &self.azure_subscription_id);
        w.field(3usize, &self.azure_tenant_id);
        w.field(4usize, &self.certificate_thumbprint);
        w.field(5usize, &self.extensions);
        w.field(6usize, &self.file_type);
        w.field(7usize, &self.first_seen_date_time);
        w.field(8usize, &self.hashes);
        w.field(9usize, &self.last_seen_date_time);
        w.field(10usize, &self.malware_states);
        w.field(11usize, &self.names);
        w.field(12usize, &self.risk_score);
        w.field(13usize, &self.size);
        w.field(14usize, &self.tags);
        w.field(15usize, &self.vendor_information);
        w.field(16usize, &self.vulnerability_states);
    }
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
rt::impl_object!(FileSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    FileSecurityProfile { with_id id : ::std::string::String; with_activity_group_names
    activity_group_names : ::std::vec::Vec < ::std::string::String >;
    with_azure_subscription_id azure_subscription_id : ::std::string::String;
    with_azure_tenant_id azure_tenant_id : ::std::string::String;
    with_certificate_thumbprint certificate_thumbprint : ::std::string::String;
    with_extensions extensions : ::std::vec::Vec < ::std::string::String >;
    with_file_type file_type : ::std::string::String; with_first_seen_date_time
    first_seen_date_time : rt::edm::DateTimeOffset; with_hashes hashes : ::std::vec::Vec
    < crate ::beta::FileHash >; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_malware_states malware_states : ::std::vec::Vec < crate
    ::beta::MalwareState >; with_names names : ::std::vec::Vec < ::std::string::String >;
    with_risk_score risk_score : ::std::string::String; with_size size : i64; with_tags
    tags : ::std::vec::Vec < ::std::string::String >; with_vendor_information
    vendor_information : crate ::beta::SecurityVendorInformation;
    with_vulnerability_states vulnerability_states : ::std::vec::Vec < crate
    ::beta::VulnerabilityState >; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.fileSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct FileSecurityState {
    /// CSDL: property `fileHash`: `microsoft.graph.fileHash`, nullable.
    pub file_hash: rt::Field<crate::beta::FileHash>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for FileSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            file_hash: rt::Field::Absent,
            name: rt::Field::Absent,
            path: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for FileSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.fileSecurityState";
    const KEYS: &'static [&'static str] = &["fileHash", "name", "path", "riskScore"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fileHash\":                     ",
        ",\"name\":                         ",
        ",\"path\":                         ",
        ",\"riskScore\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "file_hash", &self.file_hash);
        v.field(1usize, "name", &self.name);
        v.field(2usize, "path", &self.path);
        v.field(3usize, "risk_score", &self.risk_score);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for FileSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.file_hash.read_from(r),
            1usize => self.name.read_from(r),
            2usize => self.path.read_from(r),
            3usize => self.risk_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.file_hash);
        w.field(1usize, &self.name);
        w.field(2usize, &self.path);
        w.field(3usize, &self.risk_score);
    }
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
rt::impl_object!(FileSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    FileSecurityState { with_file_hash file_hash : crate ::beta::FileHash; with_name name
    : ::std::string::String; with_path path : ::std::string::String; with_risk_score
    risk_score : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileSecurityState);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.filter`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Filter {
    /// CSDL: property `categoryFilterGroups`: `Collection(microsoft.graph.filterGroup)`, nullable.
    pub category_filter_groups: rt::Field<::std::vec::Vec<crate::beta::FilterGroup>>,
    /// CSDL: property `groups`: `Collection(microsoft.graph.filterGroup)`, nullable.
    pub groups: rt::Field<::std::vec::Vec<crate::beta::FilterGroup>>,
    /// CSDL: property `inputFilterGroups`: `Collection(microsoft.graph.filterGroup)`, nullable.
    pub input_filter_groups: rt::Field<::std::vec::Vec<crate::beta::FilterGroup>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for Filter {
    #[inline]
    fn default() -> Self {
        Self {
            category_filter_groups: rt::Field::Absent,
            groups: rt::Field::Absent,
            input_filter_groups: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for Filter {
    const TYPE_NAME: &'static str = "microsoft.graph.filter";
    const KEYS: &'static [&'static str] = &[
        "categoryFilterGroups",
        "groups",
        "inputFilterGroups",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"categoryFilterGroups\":         ",
        ",\"groups\":                       ",
        ",\"inputFilterGroups\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filter\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "category_filter_groups", &self.category_filter_groups);
        v.field(1usize, "groups", &self.groups);
        v.field(2usize, "input_filter_groups", &self.input_filter_groups);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for Filter {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.category_filter_groups.read_from(r),
            1usize => self.groups.read_from(r),
            2usize => self.input_filter_groups.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.category_filter_groups);
        w.field(1usize, &self.groups);
        w.field(2usize, &self.input_filter_groups);
    }
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
rt::impl_object!(Filter);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    Filter { with_category_filter_groups category_filter_groups : ::std::vec::Vec < crate
    ::beta::FilterGroup >; with_groups groups : ::std::vec::Vec < crate
    ::beta::FilterGroup >; with_input_filter_groups input_filter_groups : ::std::vec::Vec
    < crate ::beta::FilterGroup >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(Filter);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.filterClause`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterClause {
    /// CSDL: property `operatorName`: `Edm.String`, nullable.
    pub operator_name: rt::Field<::std::string::String>,
    /// CSDL: property `sourceOperandName`: `Edm.String`, nullable.
    pub source_operand_name: rt::Field<::std::string::String>,
    /// CSDL: property `targetOperand`: `microsoft.graph.filterOperand`, nullable.
    pub target_operand: rt::Field<crate::beta::FilterOperand>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for FilterClause {
    #[inline]
    fn default() -> Self {
        Self {
            operator_name: rt::Field::Absent,
            source_operand_name: rt::Field::Absent,
            target_operand: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for FilterClause {
    const TYPE_NAME: &'static str = "microsoft.graph.filterClause";
    const KEYS: &'static [&'static str] = &[
        "operatorName",
        "sourceOperandName",
        "targetOperand",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"operatorName\":                 ",
        ",\"sourceOperandName\":            ",
        ",\"targetOperand\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filterClause\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "operator_name", &self.operator_name);
        v.field(1usize, "source_operand_name", &self.source_operand_name);
        v.field(2usize, "target_operand", &self.target_operand);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for FilterClause {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.operator_name.read_from(r),
            1usize => self.source_operand_name.read_from(r),
            2usize => self.target_operand.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.operator_name);
        w.field(1usize, &self.source_operand_name);
        w.field(2usize, &self.target_operand);
    }
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
rt::impl_object!(FilterClause);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    FilterClause { with_operator_name operator_name : ::std::string::String;
    with_source_operand_name source_operand_name : ::std::string::String;
    with_target_operand target_operand : crate ::beta::FilterOperand; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterClause);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.filterGroup`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterGroup {
    /// CSDL: property `clauses`: `Collection(microsoft.graph.filterClause)`, nullable.
    pub clauses: rt::Field<::std::vec::Vec<crate::beta::FilterClause>>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for FilterGroup {
    #[inline]
    fn default() -> Self {
        Self {
            clauses: rt::Field::Absent,
            name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for FilterGroup {
    const TYPE_NAME: &'static str = "microsoft.graph.filterGroup";
    const KEYS: &'static [&'static str] = &["clauses", "name"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"clauses\":                      ",
        ",\"name\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filterGroup\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "clauses", &self.clauses);
        v.field(1usize, "name", &self.name);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for FilterGroup {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.clauses.read_from(r),
            1usize => self.name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.clauses);
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(FilterGroup);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    FilterGroup { with_clauses clauses : ::std::vec::Vec < crate ::beta::FilterClause >;
    with_name name : ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterGroup);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.filterOperand`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterOperand {
    /// CSDL: property `values`: `Collection(Edm.String)`, nullable.
    pub values: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for FilterOperand {
    #[inline]
    fn default() -> Self {
        Self {
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for FilterOperand {
    const TYPE_NAME: &'static str = "microsoft.graph.filterOperand";
    const KEYS: &'static [&'static str] = &["values"];
    const KEYS_JSON: &'static [&'static str] = &[",\"values\":                       "];
    const TAG: &'static str = "\"#microsoft.graph.filterOperand\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "values", &self.values);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for FilterOperand {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.values);
    }
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
rt::impl_object!(FilterOperand);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    FilterOperand { with_values values : ::std::vec::Vec < ::std::string::String >; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterOperand);
#[cfg(msgraph_beta_core_or_filter_operators)]
/// CSDL: `microsoft.graph.filterOperatorSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterOperatorSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `arity`: `microsoft.graph.scopeOperatorType`, not nullable.
    pub arity: rt::Field<crate::beta::ScopeOperatorType>,
    /// CSDL: property `multivaluedComparisonType`: `microsoft.graph.scopeOperatorMultiValuedComparisonType`, not nullable.
    pub multivalued_comparison_type: rt::Field<
        crate::beta::ScopeOperatorMultiValuedComparisonType,
    >,
    /// CSDL: property `supportedAttributeTypes`: `Collection(microsoft.graph.attributeType)`, not nullable.
    pub supported_attribute_types: rt::Field<
        ::std::vec::Vec<crate::beta::AttributeType>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_filter_operators)]
impl ::std::default::Default for FilterOperatorSchema {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            arity: rt::Field::Absent,
            multivalued_comparison_type: rt::Field::Absent,
            supported_attribute_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_filter_operators)]
impl rt::Object for FilterOperatorSchema {
    const TYPE_NAME: &'static str = "microsoft.graph.filterOperatorSchema";
    const KEYS: &'static [&'static str] = &[
        "id",
        "arity",
        "multivaluedComparisonType",
        "supportedAttributeTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"arity\":                        ",
        ",\"multivaluedComparisonType\":    ",
        ",\"supportedAttributeTypes\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.filterOperatorSchema\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "arity", &self.arity);
        v.field(
            2usize,
            "multivalued_comparison_type",
            &self.multivalued_comparison_type,
        );
        v.field(3usize, "supported_attribute_types", &self.supported_attribute_types);
    }
}
#[cfg(msgraph_beta_core_or_filter_operators)]
impl rt::object::Members for FilterOperatorSchema {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.arity.read_from(r),
            2usize => self.multivalued_comparison_type.read_from(r),
            3usize => self.supported_attribute_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.arity);
        w.field(2usize, &self.multivalued_comparison_type);
        w.field(3usize, &self.supported_attribute_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_filter_operators)]
rt::impl_object!(FilterOperatorSchema);
#[cfg(msgraph_beta_core_or_filter_operators)]
rt::impl_setters!(
    FilterOperatorSchema { with_id id : ::std::string::String; with_arity arity : crate
    ::beta::ScopeOperatorType; with_multivalued_comparison_type
    multivalued_comparison_type : crate ::beta::ScopeOperatorMultiValuedComparisonType;
    with_supported_attribute_types supported_attribute_types : ::std::vec::Vec < crate
    ::beta::AttributeType >; }
);
#[cfg(msgraph_beta_core_or_filter_operators)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterOperatorSchema);
#[cfg(msgraph_beta_financials)]
/// CSDL: `microsoft.graph.financials`, entity type.
///
/// Request builders: [`FinancialsPath`](requests/trait.FinancialsPath.html), what a path to one (`EntityPath<Financials, C>`) dereferences to.
///
/// Features: `beta` or `beta-financials`.
#[derive(Clone)]
pub struct Financials {
    /// CSDL: containment navigation property `companies`: `Collection(microsoft.graph.company)`, not nullable.
    pub companies: rt::Field<::std::vec::Vec<crate::beta::Company>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials)]
impl ::std::default::Default for Financials {
    #[inline]
    fn default() -> Self {
        Self {
            companies: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials)]
impl rt::Object for Financials {
    const TYPE_NAME: &'static str = "microsoft.graph.financials";
    const KEYS: &'static [&'static str] = &["companies"];
    const KEYS_JSON: &'static [&'static str] = &[",\"companies\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.financials\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "companies", &self.companies);
    }
}
#[cfg(msgraph_beta_financials)]
impl rt::object::Members for Financials {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.companies.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.companies);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials)]
rt::impl_object!(Financials);
#[cfg(msgraph_beta_financials)]
rt::impl_setters!(
    Financials { with_companies companies : ::std::vec::Vec < crate ::beta::Company >; }
);
#[cfg(msgraph_beta_financials)]
#[cfg(feature = "serde")]
rt::impl_serde!(Financials);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.firewallPacketQueueingMethodType`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FirewallPacketQueueingMethodType {
    /// `deviceDefault` (value 0).
    DeviceDefault,
    /// `disabled` (value 1).
    Disabled,
    /// `queueInbound` (value 2).
    QueueInbound,
    /// `queueOutbound` (value 3).
    QueueOutbound,
    /// `queueBoth` (value 4).
    QueueBoth,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for FirewallPacketQueueingMethodType {
    const TYPE_NAME: &'static str = "microsoft.graph.firewallPacketQueueingMethodType";
    const MEMBERS: &'static [&'static str] = &[
        "deviceDefault",
        "disabled",
        "queueInbound",
        "queueOutbound",
        "queueBoth",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "deviceDefault" => Self::DeviceDefault,
                "disabled" => Self::Disabled,
                "queueInbound" => Self::QueueInbound,
                "queueOutbound" => Self::QueueOutbound,
                "queueBoth" => Self::QueueBoth,
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
            Self::DeviceDefault => "deviceDefault",
            Self::Disabled => "disabled",
            Self::QueueInbound => "queueInbound",
            Self::QueueOutbound => "queueOutbound",
            Self::QueueBoth => "queueBoth",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(FirewallPacketQueueingMethodType);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FirewallPacketQueueingMethodType);
#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.flexSchemaContainer`, complex type, open.
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct FlexSchemaContainer {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for FlexSchemaContainer {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for FlexSchemaContainer {
    const TYPE_NAME: &'static str = "microsoft.graph.flexSchemaContainer";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.flexSchemaContainer\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for FlexSchemaContainer {
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
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(FlexSchemaContainer);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(FlexSchemaContainer);
#[cfg(msgraph_beta_core_or_activitystatistics)]
/// CSDL: `microsoft.graph.focusActivityStatistics`, entity type, derived from `microsoft.graph.activityStatistics`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-activitystatistics`, `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FocusActivityStatistics {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `activity`: `microsoft.graph.analyticsActivityType`, nullable.
    pub activity: rt::Field<crate::beta::AnalyticsActivityType>,
    /// CSDL: property `duration`: `Edm.Duration`, not nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDate`: `Edm.Date`, not nullable.
    pub end_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `startDate`: `Edm.Date`, not nullable.
    pub start_date: rt::Field<rt::edm::Date>,
    /// CSDL: property `timeZoneUsed`: `Edm.String`, nullable.
    pub time_zone_used: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl ::std::default::Default for FocusActivityStatistics {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            activity: rt::Field::Absent,
            duration: rt::Field::Absent,
            end_date: rt::Field::Absent,
            start_date: rt::Field::Absent,
            time_zone_used: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::Object for FocusActivityStatistics {
    const TYPE_NAME: &'static str = "microsoft.graph.focusActivityStatistics";
    const KEYS: &'static [&'static str] = &[
        "id",
        "activity",
        "duration",
        "endDate",
        "startDate",
        "timeZoneUsed",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"activity\":                     ",
        ",\"duration\":                     ",
        ",\"endDate\":                      ",
        ",\"startDate\":                    ",
        ",\"timeZoneUsed\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.focusActivityStatistics\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "activity", &self.activity);
        v.field(2usize, "duration", &self.duration);
        v.field(3usize, "end_date", &self.end_date);
        v.field(4usize, "start_date", &self.start_date);
        v.field(5usize, "time_zone_used", &self.time_zone_used);
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
impl rt::object::Members for FocusActivityStatistics {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.activity.read_from(r),
            2usize => self.duration.read_from(r),
            3usize => self.end_date.read_from(r),
            4usize => self.start_date.read_from(r),
            5usize => self.time_zone_used.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.activity);
        w.field(2usize, &self.duration);
        w.field(3usize, &self.end_date);
        w.field(4usize, &self.start_date);
        w.field(5usize, &self.time_zone_used);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_object!(FocusActivityStatistics);
#[cfg(msgraph_beta_core_or_activitystatistics)]
rt::impl_setters!(
    FocusActivityStatistics { with_id id : ::std::string::String; with_activity activity
    : crate ::beta::AnalyticsActivityType; with_duration duration : rt::edm::Duration;
    with_end_date end_date : rt::edm::Date; with_start_date start_date : rt::edm::Date;
    with_time_zone_used time_zone_used : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[cfg(feature = "serde")]
rt::impl_serde!(FocusActivityStatistics);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.followupFlag`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FollowupFlag {
    /// CSDL: property `completedDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub completed_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `dueDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub due_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// CSDL: property `flagStatus`: `microsoft.graph.followupFlagStatus`, nullable.
    pub flag_status: rt::Field<crate::beta::FollowupFlagStatus>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::beta::DateTimeTimeZone>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for FollowupFlag {
    #[inline]
    fn default() -> Self {
        Self {
            completed_date_time: rt::Field::Absent,
            due_date_time: rt::Field::Absent,
            flag_status: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for FollowupFlag {
    const TYPE_NAME: &'static str = "microsoft.graph.followupFlag";
    const KEYS: &'static [&'static str] = &[
        "completedDateTime",
        "dueDateTime",
        "flagStatus",
        "startDateTime",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedDateTime\":            ",
        ",\"dueDateTime\":                  ",
        ",\"flagStatus\":                   ",
        ",\"startDateTime\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.followupFlag\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_date_time", &self.completed_date_time);
        v.field(1usize, "due_date_time", &self.due_date_time);
        v.field(2usize, "flag_status", &self.flag_status);
        v.field(3usize, "start_date_time", &self.start_date_time);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for FollowupFlag {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_date_time.read_from(r),
            1usize => self.due_date_time.read_from(r),
            2usize => self.flag_status.read_from(r),
            3usize => self.start_date_time.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_date_time);
        w.field(1usize, &self.due_date_time);
        w.field(2usize, &self.flag_status);
        w.field(3usize, &self.start_date_time);
    }
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
rt::impl_object!(FollowupFlag);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    FollowupFlag { with_completed_date_time completed_date_time : crate
    ::beta::DateTimeTimeZone; with_due_date_time due_date_time : crate
    ::beta::DateTimeTimeZone; with_flag_status flag_status : crate
    ::beta::FollowupFlagStatus; with_start_date_time start_date_time : crate
    ::beta::DateTimeTimeZone; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FollowupFlag);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.followupFlagStatus`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FollowupFlagStatus {
    /// `notFlagged` (value 0).
    NotFlagged,
    /// `complete` (value 1).
    Complete,
    /// `flagged` (value 2).
    Flagged,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for FollowupFlagStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.followupFlagStatus";
    const MEMBERS: &'static [&'static str] = &["notFlagged", "complete", "flagged"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notFlagged" => Self::NotFlagged,
                "complete" => Self::Complete,
                "flagged" => Self::Flagged,
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
            Self::NotFlagged => "notFlagged",
            Self::Complete => "complete",
            Self::Flagged => "flagged",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(FollowupFlagStatus);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FollowupFlagStatus);
#[cfg(msgraph_beta_financials_or_search)]
/// CSDL: `microsoft.graph.generalLedgerEntry`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GeneralLedgerEntryPath`](requests/trait.GeneralLedgerEntryPath.html), what a path to one (`EntityPath<GeneralLedgerEntry, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
#[derive(Clone)]
pub struct GeneralLedgerEntry {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `accountId`: `Edm.Guid`, nullable.
    pub account_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `accountNumber`: `Edm.String`, nullable.
    pub account_number: rt::Field<::std::string::String>,
    /// CSDL: property `creditAmount`: `Edm.Decimal`, nullable.
    pub credit_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `debitAmount`: `Edm.Decimal`, nullable.
    pub debit_amount: rt::Field<rt::edm::Decimal>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `documentNumber`: `Edm.String`, nullable.
    pub document_number: rt::Field<::std::string::String>,
    /// CSDL: property `documentType`: `Edm.String`, nullable.
    pub document_type: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `postingDate`: `Edm.Date`, nullable.
    pub posting_date: rt::Field<rt::edm::Date>,
    /// CSDL: containment navigation property `account`: `microsoft.graph.account`, nullable.
    pub account: rt::Field<crate::beta::Account>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_financials_or_search)]
impl ::std::default::Default for GeneralLedgerEntry {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            account_id: rt::Field::Absent,
            account_number: rt::Field::Absent,
            credit_amount: rt::Field::Absent,
            debit_amount: rt::Field::Absent,
            description: rt::Field::Absent,
            document_number: rt::Field::Absent,
            document_type: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            posting_date: rt::Field::Absent,
            account: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::Object for GeneralLedgerEntry {
    const TYPE_NAME: &'static str = "microsoft.graph.generalLedgerEntry";
    const KEYS: &'static [&'static str] = &[
        "id",
        "accountId",
        "accountNumber",
        "creditAmount",
        "debitAmount",
        "description",
        "documentNumber",
        "documentType",
        "lastModifiedDateTime",
        "postingDate",
        "account",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"accountId\":                    ",
        ",\"accountNumber\":                ",
        ",\"creditAmount\":                 ",
        ",\"debitAmount\":                  ",
        ",\"description\":                  ",
        ",\"documentNumber\":               ",
        ",\"documentType\":                 ",
        ",\"lastModifiedDateTime\":         ",
        ",\"postingDate\":                  ",
        ",\"account\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.generalLedgerEntry\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "account_id", &self.account_id);
        v.field(2usize, "account_number", &self.account_number);
        v.field(3usize, "credit_amount", &self.credit_amount);
        v.field(4usize, "debit_amount", &self.debit_amount);
        v.field(5usize, "description", &self.description);
        v.field(6usize, "document_number", &self.document_number);
        v.field(7usize, "document_type", &self.document_type);
        v.field(8usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(9usize, "posting_date", &self.posting_date);
        v.field(10usize, "account", &self.account);
    }
}
#[cfg(msgraph_beta_financials_or_search)]
impl rt::object::Members for GeneralLedgerEntry {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.account_id.read_from(r),
            2usize => self.account_number.read_from(r),
            3usize => self.credit_amount.read_from(r),
            4usize => self.debit_amount.read_from(r),
            5usize => self.description.read_from(r),
            6usize => self.document_number.read_from(r),
            7usize => self.document_type.read_from(r),
            8usize => self.last_modified_date_time.read_from(r),
            9usize => self.posting_date.read_from(r),
            10usize => self.account.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.account_id);
        w.field(2usize, &self.account_number);
        w.field(3usize, &self.credit_amount);
        w.field(4usize, &self.debit_amount);
        w.field(5usize, &self.description);
        w.field(6usize, &self.document_number);
        w.field(7usize, &self.document_type);
        w.field(8usize, &self.last_modified_date_time);
        w.field(9usize, &self.posting_date);
        w.field(10usize, &self.account);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_object!(GeneralLedgerEntry);
#[cfg(msgraph_beta_financials_or_search)]
rt::impl_setters!(
    GeneralLedgerEntry { with_id id : ::std::string::String; with_account_id account_id :
    rt::edm::Guid; with_account_number account_number : ::std::string::String;
    with_credit_amount credit_amount : rt::edm::Decimal; with_debit_amount debit_amount :
    rt::edm::Decimal; with_description description : ::std::string::String;
    with_document_number document_number : ::std::string::String; with_document_type
    document_type : ::std::string::String; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_posting_date posting_date :
    rt::edm::Date; with_account account : crate ::beta::Account; }
);
#[cfg(msgraph_beta_financials_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GeneralLedgerEntry);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.genericError`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GenericError {
    /// CSDL: property `code`: `Edm.String`, nullable.
    pub code: rt::Field<::std::string::String>,
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core)]
impl ::std::default::Default for GenericError {
    #[inline]
    fn default() -> Self {
        Self {
            code: rt::Field::Absent,
            message: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core)]
impl rt::Object for GenericError {
    const TYPE_NAME: &'static str = "microsoft.graph.genericError";
    const KEYS: &'static [&'static str] = &["code", "message"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"code\":                         ",
        ",\"message\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.genericError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "code", &self.code);
        v.field(1usize, "message", &self.message);
    }
}
#[cfg(msgraph_beta_core)]
impl rt::object::Members for GenericError {
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
#[cfg(msgraph_beta_core)]
rt::impl_object!(GenericError);
#[cfg(msgraph_beta_core)]
rt::impl_setters!(
    GenericError { with_code code : ::std::string::String; with_message message :
    ::std::string::String; }
);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GenericError);
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
/// CSDL: `microsoft.graph.geoCoordinates`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-audit-logs`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 18 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GeoCoordinates {
    /// CSDL: property `altitude`: `Edm.Double`, nullable.
    pub altitude: rt::Field<f64>,
    /// CSDL: property `latitude`: `Edm.Double`, nullable.
    pub latitude: rt::Field<f64>,
    /// CSDL: property `longitude`: `Edm.Double`, nullable.
    pub longitude: rt::Field<f64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
impl ::std::default::Default for GeoCoordinates {
    #[inline]
    fn default() -> Self {
        Self {
            altitude: rt::Field::Absent,
            latitude: rt::Field::Absent,
            longitude: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
impl rt::Object for GeoCoordinates {
    const TYPE_NAME: &'static str = "microsoft.graph.geoCoordinates";
    const KEYS: &'static [&'static str] = &["altitude", "latitude", "longitude"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"altitude\":                     ",
        ",\"latitude\":                     ",
        ",\"longitude\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.geoCoordinates\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "altitude", &self.altitude);
        v.field(1usize, "latitude", &self.latitude);
        v.field(2usize, "longitude", &self.longitude);
    }
}
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
impl rt::object::Members for GeoCoordinates {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.altitude.read_from(r),
            1usize => self.latitude.read_from(r),
            2usize => self.longitude.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.altitude);
        w.field(1usize, &self.latitude);
        w.field(2usize, &self.longitude);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
rt::impl_object!(GeoCoordinates);
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
rt::impl_setters!(
    GeoCoordinates { with_altitude altitude : f64; with_latitude latitude : f64;
    with_longitude longitude : f64; }
);
#[cfg(msgraph_beta_core_or_audit_logs_or_drive_or_drives_and_5_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(GeoCoordinates);
#[cfg(msgraph_beta_core)]
/// CSDL: `microsoft.graph.giphyRatingType`, enum type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GiphyRatingType {
    /// `strict` (value 0).
    Strict,
    /// `moderate` (value 1).
    Moderate,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_core)]
impl rt::StrEnum for GiphyRatingType {
    const TYPE_NAME: &'static str = "microsoft.graph.giphyRatingType";
    const MEMBERS: &'static [&'static str] = &[
        "strict",
        "moderate",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "strict" => Self::Strict,
                "moderate" => Self::Moderate,
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
            Self::Strict => "strict",
            Self::Moderate => "moderate",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_core)]
rt::impl_enum!(GiphyRatingType);
#[cfg(msgraph_beta_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GiphyRatingType);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.globalDeviceHealthScriptState`, enum type.
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GlobalDeviceHealthScriptState {
    /// `notConfigured` (value 0).
    NotConfigured,
    /// `pending` (value 1).
    Pending,
    /// `enabled` (value 2).
    Enabled,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for GlobalDeviceHealthScriptState {
    const TYPE_NAME: &'static str = "microsoft.graph.globalDeviceHealthScriptState";
    const MEMBERS: &'static [&'static str] = &["notConfigured", "pending", "enabled"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "notConfigured" => Self::NotConfigured,
                "pending" => Self::Pending,
                "enabled" => Self::Enabled,
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
            Self::Pending => "pending",
            Self::Enabled => "enabled",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(GlobalDeviceHealthScriptState);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GlobalDeviceHealthScriptState);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceResource`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`GovernanceResourcePath`](requests/trait.GovernanceResourcePath.html), what a path to one (`EntityPath<GovernanceResource, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceResource {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `registeredDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registered_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registeredRoot`: `Edm.String`, nullable.
    pub registered_root: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `parent`: `microsoft.graph.governanceResource`, nullable.
    pub parent: rt::Field<::std::boxed::Box<crate::beta::GovernanceResource>>,
    /// CSDL: containment navigation property `roleAssignmentRequests`: `Collection(microsoft.graph.governanceRoleAssignmentRequest)`, not nullable.
    pub role_assignment_requests: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRoleAssignmentRequest>,
    >,
    /// CSDL: containment navigation property `roleAssignments`: `Collection(microsoft.graph.governanceRoleAssignment)`, not nullable.
    pub role_assignments: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRoleAssignment>,
    >,
    /// CSDL: containment navigation property `roleDefinitions`: `Collection(microsoft.graph.governanceRoleDefinition)`, not nullable.
    pub role_definitions: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRoleDefinition>,
    >,
    /// CSDL: containment navigation property `roleSettings`: `Collection(microsoft.graph.governanceRoleSetting)`, not nullable.
    pub role_settings: rt::Field<::std::vec::Vec<crate::beta::GovernanceRoleSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceResource {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            registered_date_time: rt::Field::Absent,
            registered_root: rt::Field::Absent,
            status: rt::Field::Absent,
            type_: rt::Field::Absent,
            parent: rt::Field::Absent,
            role_assignment_requests: rt::Field::Absent,
            role_assignments: rt::Field::Absent,
            role_definitions: rt::Field::Absent,
            role_settings: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceResource {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceResource";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "externalId",
        "registeredDateTime",
        "registeredRoot",
        "status",
        "type",
        "parent",
        "roleAssignmentRequests",
        "roleAssignments",
        "roleDefinitions",
        "roleSettings",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"registeredDateTime\":           ",
        ",\"registeredRoot\":               ",
        ",\"status\":                       ",
        ",\"type\":                         ",
        ",\"parent\":                       ",
        ",\"roleAssignmentRequests\":       ",
        ",\"roleAssignments\":              ",
        ",\"roleDefinitions\":              ",
        ",\"roleSettings\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceResource\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "external_id", &self.external_id);
        v.field(3usize, "registered_date_time", &self.registered_date_time);
        v.field(4usize, "registered_root", &self.registered_root);
        v.field(5usize, "status", &self.status);
        v.field(6usize, "type_", &self.type_);
        v.field(7usize, "parent", &self.parent);
        v.field(8usize, "role_assignment_requests", &self.role_assignment_requests);
        v.field(9usize, "role_assignments", &self.role_assignments);
        v.field(10usize, "role_definitions", &self.role_definitions);
        v.field(11usize, "role_settings", &self.role_settings);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceResource {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.external_id.read_from(r),
            3usize => self.registered_date_time.read_from(r),
            4usize => self.registered_root.read_from(r),
            5usize => self.status.read_from(r),
            6usize => self.type_.read_from(r),
            7usize => self.parent.read_from(r),
            8usize => self.role_assignment_requests.read_from(r),
            9usize => self.role_assignments.read_from(r),
            10usize => self.role_definitions.read_from(r),
            11usize => self.role_settings.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.external_id);
        w.field(3usize, &self.registered_date_time);
        w.field(4usize, &self.registered_root);
        w.field(5usize, &self.status);
        w.field(6usize, &self.type_);
        w.field(7usize, &self.parent);
        w.field(8usize, &self.role_assignment_requests);
        w.field(9usize, &self.role_assignments);
        w.field(10usize, &self.role_definitions);
        w.field(11usize, &self.role_settings);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceResource);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_boxed!(GovernanceResource);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceResource { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_external_id external_id :
    ::std::string::String; with_registered_date_time registered_date_time :
    rt::edm::DateTimeOffset; with_registered_root registered_root :
    ::std::string::String; with_status status : ::std::string::String; with_type type_ :
    ::std::string::String; with_parent parent : ::std::boxed::Box < crate
    ::beta::GovernanceResource >; with_role_assignment_requests role_assignment_requests
    : ::std::vec::Vec < crate ::beta::GovernanceRoleAssignmentRequest >;
    with_role_assignments role_assignments : ::std::vec::Vec < crate
    ::beta::GovernanceRoleAssignment >; with_role_definitions role_definitions :
    ::std::vec::Vec < crate ::beta::GovernanceRoleDefinition >; with_role_settings
    role_settings : ::std::vec::Vec < crate ::beta::GovernanceRoleSetting >; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceResource);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceRoleAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GovernanceRoleAssignmentPath`](requests/trait.GovernanceRoleAssignmentPath.html), what a path to one (`EntityPath<GovernanceRoleAssignment, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRoleAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentState`: `Edm.String`, not nullable.
    pub assignment_state: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `linkedEligibleRoleAssignmentId`: `Edm.String`, nullable.
    pub linked_eligible_role_assignment_id: rt::Field<::std::string::String>,
    /// CSDL: property `memberType`: `Edm.String`, not nullable.
    pub member_type: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `Edm.String`, not nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `subjectId`: `Edm.String`, nullable.
    pub subject_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `linkedEligibleRoleAssignment`: `microsoft.graph.governanceRoleAssignment`, nullable.
    pub linked_eligible_role_assignment: rt::Field<
        ::std::boxed::Box<crate::beta::GovernanceRoleAssignment>,
    >,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.governanceResource`, nullable.
    pub resource: rt::Field<crate::beta::GovernanceResource>,
    /// CSDL: containment navigation property `roleDefinition`: `microsoft.graph.governanceRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::GovernanceRoleDefinition>,
    /// CSDL: containment navigation property `subject`: `microsoft.graph.governanceSubject`, nullable.
    pub subject: rt::Field<crate::beta::GovernanceSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRoleAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_state: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_id: rt::Field::Absent,
            linked_eligible_role_assignment_id: rt::Field::Absent,
            member_type: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            subject_id: rt::Field::Absent,
            linked_eligible_role_assignment: rt::Field::Absent,
            resource: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRoleAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceRoleAssignment";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentState",
        "endDateTime",
        "externalId",
        "linkedEligibleRoleAssignmentId",
        "memberType",
        "resourceId",
        "roleDefinitionId",
        "startDateTime",
        "status",
        "subjectId",
        "linkedEligibleRoleAssignment",
        "resource",
        "roleDefinition",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentState\":              ",
        ",\"endDateTime\":                  ",
        ",\"externalId\":                   ",
        ",\"linkedEligibleRoleAssignmentId\":",
        ",\"memberType\":                   ",
        ",\"resourceId\":                   ",
        ",\"roleDefinitionId\":             ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"subjectId\":                    ",
        ",\"linkedEligibleRoleAssignment\": ",
        ",\"resource\":                     ",
        ",\"roleDefinition\":               ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceRoleAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_state", &self.assignment_state);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "external_id", &self.external_id);
        v.field(
            4usize,
            "linked_eligible_role_assignment_id",
            &self.linked_eligible_role_assignment_id,
        );
        v.field(5usize, "member_type", &self.member_type);
        v.field(6usize, "resource_id", &self.resource_id);
        v.field(7usize, "role_definition_id", &self.role_definition_id);
        v.field(8usize, "start_date_time", &self.start_date_time);
        v.field(9usize, "status", &self.status);
        v.field(10usize, "subject_id", &self.subject_id);
        v.field(
            11usize,
            "linked_eligible_role_assignment",
            &self.linked_eligible_role_assignment,
        );
        v.field(12usize, "resource", &self.resource);
        v.field(13usize, "role_definition", &self.role_definition);
        v.field(14usize, "subject", &self.subject);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRoleAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_state.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.external_id.read_from(r),
            4usize => self.linked_eligible_role_assignment_id.read_from(r),
            5usize => self.member_type.read_from(r),
            6usize => self.resource_id.read_from(r),
            7usize => self.role_definition_id.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.subject_id.read_from(r),
            11usize => self.linked_eligible_role_assignment.read_from(r),
            12usize => self.resource.read_from(r),
            13usize => self.role_definition.read_from(r),
            14usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_state);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.external_id);
        w.field(4usize, &self.linked_eligible_role_assignment_id);
        w.field(5usize, &self.member_type);
        w.field(6usize, &self.resource_id);
        w.field(7usize, &self.role_definition_id);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.subject_id);
        w.field(11usize, &self.linked_eligible_role_assignment);
        w.field(12usize, &self.resource);
        w.field(13usize, &self.role_definition);
        w.field(14usize, &self.subject);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRoleAssignment);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_boxed!(GovernanceRoleAssignment);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRoleAssignment { with_id id : ::std::string::String; with_assignment_state
    assignment_state : ::std::string::String; with_end_date_time end_date_time :
    rt::edm::DateTimeOffset; with_external_id external_id : ::std::string::String;
    with_linked_eligible_role_assignment_id linked_eligible_role_assignment_id :
    ::std::string::String; with_member_type member_type : ::std::string::String;
    with_resource_id resource_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_status status : ::std::string::String; with_subject_id
    subject_id : ::std::string::String; with_linked_eligible_role_assignment
    linked_eligible_role_assignment : ::std::boxed::Box < crate
    ::beta::GovernanceRoleAssignment >; with_resource resource : crate
    ::beta::GovernanceResource; with_role_definition role_definition : crate
    ::beta::GovernanceRoleDefinition; with_subject subject : crate
    ::beta::GovernanceSubject; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRoleAssignment);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceRoleAssignmentRequest`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GovernanceRoleAssignmentRequestPath`](requests/trait.GovernanceRoleAssignmentRequestPath.html), what a path to one (`EntityPath<GovernanceRoleAssignmentRequest, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRoleAssignmentRequest {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `assignmentState`: `Edm.String`, not nullable.
    pub assignment_state: rt::Field<::std::string::String>,
    /// CSDL: property `linkedEligibleRoleAssignmentId`: `Edm.String`, nullable.
    pub linked_eligible_role_assignment_id: rt::Field<::std::string::String>,
    /// CSDL: property `reason`: `Edm.String`, nullable.
    pub reason: rt::Field<::std::string::String>,
    /// CSDL: property `requestedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub requested_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `schedule`: `microsoft.graph.governanceSchedule`, nullable.
    pub schedule: rt::Field<crate::beta::GovernanceSchedule>,
    /// CSDL: property `status`: `microsoft.graph.governanceRoleAssignmentRequestStatus`, nullable.
    pub status: rt::Field<crate::beta::GovernanceRoleAssignmentRequestStatus>,
    /// CSDL: property `subjectId`: `Edm.String`, nullable.
    pub subject_id: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, not nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.governanceResource`, nullable.
    pub resource: rt::Field<crate::beta::GovernanceResource>,
    /// CSDL: containment navigation property `roleDefinition`: `microsoft.graph.governanceRoleDefinition`, nullable.
    pub role_definition: rt::Field<crate::beta::GovernanceRoleDefinition>,
    /// CSDL: containment navigation property `subject`: `microsoft.graph.governanceSubject`, nullable.
    pub subject: rt::Field<crate::beta::GovernanceSubject>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRoleAssignmentRequest {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assignment_state: rt::Field::Absent,
            linked_eligible_role_assignment_id: rt::Field::Absent,
            reason: rt::Field::Absent,
            requested_date_time: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            schedule: rt::Field::Absent,
            status: rt::Field::Absent,
            subject_id: rt::Field::Absent,
            type_: rt::Field::Absent,
            resource: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            subject: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRoleAssignmentRequest {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceRoleAssignmentRequest";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignmentState",
        "linkedEligibleRoleAssignmentId",
        "reason",
        "requestedDateTime",
        "resourceId",
        "roleDefinitionId",
        "schedule",
        "status",
        "subjectId",
        "type",
        "resource",
        "roleDefinition",
        "subject",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignmentState\":              ",
        ",\"linkedEligibleRoleAssignmentId\":",
        ",\"reason\":                       ",
        ",\"requestedDateTime\":            ",
        ",\"resourceId\":                   ",
        ",\"roleDefinitionId\":             ",
        ",\"schedule\":                     ",
        ",\"status\":                       ",
        ",\"subjectId\":                    ",
        ",\"type\":                         ",
        ",\"resource\":                     ",
        ",\"roleDefinition\":               ",
        ",\"subject\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceRoleAssignmentRequest\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "assignment_state", &self.assignment_state);
        v.field(
            2usize,
            "linked_eligible_role_assignment_id",
            &self.linked_eligible_role_assignment_id,
        );
        v.field(3usize, "reason", &self.reason);
        v.field(4usize, "requested_date_time", &self.requested_date_time);
        v.field(5usize, "resource_id", &self.resource_id);
        v.field(6usize, "role_definition_id", &self.role_definition_id);
        v.field(7usize, "schedule", &self.schedule);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "subject_id", &self.subject_id);
        v.field(10usize, "type_", &self.type_);
        v.field(11usize, "resource", &self.resource);
        v.field(12usize, "role_definition", &self.role_definition);
        v.field(13usize, "subject", &self.subject);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRoleAssignmentRequest {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assignment_state.read_from(r),
            2usize => self.linked_eligible_role_assignment_id.read_from(r),
            3usize => self.reason.read_from(r),
            4usize => self.requested_date_time.read_from(r),
            5usize => self.resource_id.read_from(r),
            6usize => self.role_definition_id.read_from(r),
            7usize => self.schedule.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.subject_id.read_from(r),
            10usize => self.type_.read_from(r),
            11usize => self.resource.read_from(r),
            12usize => self.role_definition.read_from(r),
            13usize => self.subject.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assignment_state);
        w.field(2usize, &self.linked_eligible_role_assignment_id);
        w.field(3usize, &self.reason);
        w.field(4usize, &self.requested_date_time);
        w.field(5usize, &self.resource_id);
        w.field(6usize, &self.role_definition_id);
        w.field(7usize, &self.schedule);
        w.field(8usize, &self.status);
        w.field(9usize, &self.subject_id);
        w.field(10usize, &self.type_);
        w.field(11usize, &self.resource);
        w.field(12usize, &self.role_definition);
        w.field(13usize, &self.subject);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRoleAssignmentRequest);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRoleAssignmentRequest { with_id id : ::std::string::String;
    with_assignment_state assignment_state : ::std::string::String;
    with_linked_eligible_role_assignment_id linked_eligible_role_assignment_id :
    ::std::string::String; with_reason reason : ::std::string::String;
    with_requested_date_time requested_date_time : rt::edm::DateTimeOffset;
    with_resource_id resource_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_schedule schedule : crate
    ::beta::GovernanceSchedule; with_status status : crate
    ::beta::GovernanceRoleAssignmentRequestStatus; with_subject_id subject_id :
    ::std::string::String; with_type type_ : ::std::string::String; with_resource
    resource : crate ::beta::GovernanceResource; with_role_definition role_definition :
    crate ::beta::GovernanceRoleDefinition; with_subject subject : crate
    ::beta::GovernanceSubject; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRoleAssignmentRequest);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceRoleAssignmentRequestStatus`, complex type.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRoleAssignmentRequestStatus {
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// CSDL: property `statusDetails`: `Collection(microsoft.graph.keyValue)`, nullable.
    pub status_details: rt::Field<::std::vec::Vec<crate::beta::KeyValue>>,
    /// CSDL: property `subStatus`: `Edm.String`, nullable.
    pub sub_status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRoleAssignmentRequestStatus {
    #[inline]
    fn default() -> Self {
        Self {
            status: rt::Field::Absent,
            status_details: rt::Field::Absent,
            sub_status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRoleAssignmentRequestStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceRoleAssignmentRequestStatus";
    const KEYS: &'static [&'static str] = &["status", "statusDetails", "subStatus"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"status\":                       ",
        ",\"statusDetails\":                ",
        ",\"subStatus\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceRoleAssignmentRequestStatus\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "status", &self.status);
        v.field(1usize, "status_details", &self.status_details);
        v.field(2usize, "sub_status", &self.sub_status);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRoleAssignmentRequestStatus {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.status.read_from(r),
            1usize => self.status_details.read_from(r),
            2usize => self.sub_status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.status);
        w.field(1usize, &self.status_details);
        w.field(2usize, &self.sub_status);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRoleAssignmentRequestStatus);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRoleAssignmentRequestStatus { with_status status : ::std::string::String;
    with_status_details status_details : ::std::vec::Vec < crate ::beta::KeyValue >;
    with_sub_status sub_status : ::std::string::String; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRoleAssignmentRequestStatus);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceRoleDefinition`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`GovernanceRoleDefinitionPath`](requests/trait.GovernanceRoleDefinitionPath.html), what a path to one (`EntityPath<GovernanceRoleDefinition, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRoleDefinition {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `externalId`: `Edm.String`, nullable.
    pub external_id: rt::Field<::std::string::String>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.governanceResource`, nullable.
    pub resource: rt::Field<crate::beta::GovernanceResource>,
    /// CSDL: containment navigation property `roleSetting`: `microsoft.graph.governanceRoleSetting`, nullable.
    pub role_setting: rt::Field<::std::boxed::Box<crate::beta::GovernanceRoleSetting>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRoleDefinition {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            external_id: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            template_id: rt::Field::Absent,
            resource: rt::Field::Absent,
            role_setting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRoleDefinition {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceRoleDefinition";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "externalId",
        "resourceId",
        "templateId",
        "resource",
        "roleSetting",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"externalId\":                   ",
        ",\"resourceId\":                   ",
        ",\"templateId\":                   ",
        ",\"resource\":                     ",
        ",\"roleSetting\":                  ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceRoleDefinition\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "external_id", &self.external_id);
        v.field(3usize, "resource_id", &self.resource_id);
        v.field(4usize, "template_id", &self.template_id);
        v.field(5usize, "resource", &self.resource);
        v.field(6usize, "role_setting", &self.role_setting);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRoleDefinition {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.external_id.read_from(r),
            3usize => self.resource_id.read_from(r),
            4usize => self.template_id.read_from(r),
            5usize => self.resource.read_from(r),
            6usize => self.role_setting.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.external_id);
        w.field(3usize, &self.resource_id);
        w.field(4usize, &self.template_id);
        w.field(5usize, &self.resource);
        w.field(6usize, &self.role_setting);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRoleDefinition);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_boxed!(GovernanceRoleDefinition);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRoleDefinition { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_external_id external_id :
    ::std::string::String; with_resource_id resource_id : ::std::string::String;
    with_template_id template_id : ::std::string::String; with_resource resource : crate
    ::beta::GovernanceResource; with_role_setting role_setting : ::std::boxed::Box <
    crate ::beta::GovernanceRoleSetting >; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRoleDefinition);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceRoleSetting`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GovernanceRoleSettingPath`](requests/trait.GovernanceRoleSettingPath.html), what a path to one (`EntityPath<GovernanceRoleSetting, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRoleSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `adminEligibleSettings`: `Collection(microsoft.graph.governanceRuleSetting)`, nullable.
    pub admin_eligible_settings: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRuleSetting>,
    >,
    /// CSDL: property `adminMemberSettings`: `Collection(microsoft.graph.governanceRuleSetting)`, nullable.
    pub admin_member_settings: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRuleSetting>,
    >,
    /// CSDL: property `isDefault`: `Edm.Boolean`, nullable.
    pub is_default: rt::Field<bool>,
    /// CSDL: property `lastUpdatedBy`: `Edm.String`, nullable.
    pub last_updated_by: rt::Field<::std::string::String>,
    /// CSDL: property `lastUpdatedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_updated_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceId`: `Edm.String`, nullable.
    pub resource_id: rt::Field<::std::string::String>,
    /// CSDL: property `roleDefinitionId`: `Edm.String`, nullable.
    pub role_definition_id: rt::Field<::std::string::String>,
    /// CSDL: property `userEligibleSettings`: `Collection(microsoft.graph.governanceRuleSetting)`, nullable.
    pub user_eligible_settings: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRuleSetting>,
    >,
    /// CSDL: property `userMemberSettings`: `Collection(microsoft.graph.governanceRuleSetting)`, nullable.
    pub user_member_settings: rt::Field<
        ::std::vec::Vec<crate::beta::GovernanceRuleSetting>,
    >,
    /// CSDL: containment navigation property `resource`: `microsoft.graph.governanceResource`, nullable.
    pub resource: rt::Field<crate::beta::GovernanceResource>,
    /// CSDL: containment navigation property `roleDefinition`: `microsoft.graph.governanceRoleDefinition`, nullable.
    pub role_definition: rt::Field<
        ::std::boxed::Box<crate::beta::GovernanceRoleDefinition>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRoleSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            admin_eligible_settings: rt::Field::Absent,
            admin_member_settings: rt::Field::Absent,
            is_default: rt::Field::Absent,
            last_updated_by: rt::Field::Absent,
            last_updated_date_time: rt::Field::Absent,
            resource_id: rt::Field::Absent,
            role_definition_id: rt::Field::Absent,
            user_eligible_settings: rt::Field::Absent,
            user_member_settings: rt::Field::Absent,
            resource: rt::Field::Absent,
            role_definition: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRoleSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceRoleSetting";
    const KEYS: &'static [&'static str] = &[
        "id",
        "adminEligibleSettings",
        "adminMemberSettings",
        "isDefault",
        "lastUpdatedBy",
        "lastUpdatedDateTime",
        "resourceId",
        "roleDefinitionId",
        "userEligibleSettings",
        "userMemberSettings",
        "resource",
        "roleDefinition",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"adminEligibleSettings\":        ",
        ",\"adminMemberSettings\":          ",
        ",\"isDefault\":                    ",
        ",\"lastUpdatedBy\":                ",
        ",\"lastUpdatedDateTime\":          ",
        ",\"resourceId\":                   ",
        ",\"roleDefinitionId\":             ",
        ",\"userEligibleSettings\":         ",
        ",\"userMemberSettings\":           ",
        ",\"resource\":                     ",
        ",\"roleDefinition\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceRoleSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "admin_eligible_settings", &self.admin_eligible_settings);
        v.field(2usize, "admin_member_settings", &self.admin_member_settings);
        v.field(3usize, "is_default", &self.is_default);
        v.field(4usize, "last_updated_by", &self.last_updated_by);
        v.field(5usize, "last_updated_date_time", &self.last_updated_date_time);
        v.field(6usize, "resource_id", &self.resource_id);
        v.field(7usize, "role_definition_id", &self.role_definition_id);
        v.field(8usize, "user_eligible_settings", &self.user_eligible_settings);
        v.field(9usize, "user_member_settings", &self.user_member_settings);
        v.field(10usize, "resource", &self.resource);
        v.field(11usize, "role_definition", &self.role_definition);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRoleSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.admin_eligible_settings.read_from(r),
            2usize => self.admin_member_settings.read_from(r),
            3usize => self.is_default.read_from(r),
            4usize => self.last_updated_by.read_from(r),
            5usize => self.last_updated_date_time.read_from(r),
            6usize => self.resource_id.read_from(r),
            7usize => self.role_definition_id.read_from(r),
            8usize => self.user_eligible_settings.read_from(r),
            9usize => self.user_member_settings.read_from(r),
            10usize => self.resource.read_from(r),
            11usize => self.role_definition.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.admin_eligible_settings);
        w.field(2usize, &self.admin_member_settings);
        w.field(3usize, &self.is_default);
        w.field(4usize, &self.last_updated_by);
        w.field(5usize, &self.last_updated_date_time);
        w.field(6usize, &self.resource_id);
        w.field(7usize, &self.role_definition_id);
        w.field(8usize, &self.user_eligible_settings);
        w.field(9usize, &self.user_member_settings);
        w.field(10usize, &self.resource);
        w.field(11usize, &self.role_definition);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRoleSetting);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_boxed!(GovernanceRoleSetting);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRoleSetting { with_id id : ::std::string::String;
    with_admin_eligible_settings admin_eligible_settings : ::std::vec::Vec < crate
    ::beta::GovernanceRuleSetting >; with_admin_member_settings admin_member_settings :
    ::std::vec::Vec < crate ::beta::GovernanceRuleSetting >; with_is_default is_default :
    bool; with_last_updated_by last_updated_by : ::std::string::String;
    with_last_updated_date_time last_updated_date_time : rt::edm::DateTimeOffset;
    with_resource_id resource_id : ::std::string::String; with_role_definition_id
    role_definition_id : ::std::string::String; with_user_eligible_settings
    user_eligible_settings : ::std::vec::Vec < crate ::beta::GovernanceRuleSetting >;
    with_user_member_settings user_member_settings : ::std::vec::Vec < crate
    ::beta::GovernanceRuleSetting >; with_resource resource : crate
    ::beta::GovernanceResource; with_role_definition role_definition : ::std::boxed::Box
    < crate ::beta::GovernanceRoleDefinition >; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRoleSetting);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
/// CSDL: `microsoft.graph.governanceRuleSetting`, complex type.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceRuleSetting {
    /// CSDL: property `ruleIdentifier`: `Edm.String`, nullable.
    pub rule_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `setting`: `Edm.String`, nullable.
    pub setting: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl ::std::default::Default for GovernanceRuleSetting {
    #[inline]
    fn default() -> Self {
        Self {
            rule_identifier: rt::Field::Absent,
            setting: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::Object for GovernanceRuleSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceRuleSetting";
    const KEYS: &'static [&'static str] = &["ruleIdentifier", "setting"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"ruleIdentifier\":               ",
        ",\"setting\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceRuleSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rule_identifier", &self.rule_identifier);
        v.field(1usize, "setting", &self.setting);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
impl rt::object::Members for GovernanceRuleSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rule_identifier.read_from(r),
            1usize => self.setting.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rule_identifier);
        w.field(1usize, &self.setting);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_object!(GovernanceRuleSetting);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
rt::impl_setters!(
    GovernanceRuleSetting { with_rule_identifier rule_identifier : ::std::string::String;
    with_setting setting : ::std::string::String; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceRuleSetting);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
/// CSDL: `microsoft.graph.governanceSchedule`, complex type.
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-privileged-access`, `beta-privileged-role-assignment-requests`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceSchedule {
    /// CSDL: property `duration`: `Edm.Duration`, nullable.
    pub duration: rt::Field<rt::edm::Duration>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
impl ::std::default::Default for GovernanceSchedule {
    #[inline]
    fn default() -> Self {
        Self {
            duration: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
impl rt::Object for GovernanceSchedule {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceSchedule";
    const KEYS: &'static [&'static str] = &[
        "duration",
        "endDateTime",
        "startDateTime",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"duration\":                     ",
        ",\"endDateTime\":                  ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceSchedule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "duration", &self.duration);
        v.field(1usize, "end_date_time", &self.end_date_time);
        v.field(2usize, "start_date_time", &self.start_date_time);
        v.field(3usize, "type_", &self.type_);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
impl rt::object::Members for GovernanceSchedule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.duration.read_from(r),
            1usize => self.end_date_time.read_from(r),
            2usize => self.start_date_time.read_from(r),
            3usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.duration);
        w.field(1usize, &self.end_date_time);
        w.field(2usize, &self.start_date_time);
        w.field(3usize, &self.type_);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
rt::impl_object!(GovernanceSchedule);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
rt::impl_setters!(
    GovernanceSchedule { with_duration duration : rt::edm::Duration; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_type type_ : ::std::string::String; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceSchedule);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
/// CSDL: `microsoft.graph.governanceSubject`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-governance-resources`, `beta-governance-role-assignment-requests`, `beta-governance-role-assignments`, `beta-governance-role-definitions`, `beta-governance-role-settings`, `beta-governance-subjects`, `beta-privileged-access`, `beta-search`.
#[derive(Clone)]
pub struct GovernanceSubject {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `principalName`: `Edm.String`, nullable.
    pub principal_name: rt::Field<::std::string::String>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
impl ::std::default::Default for GovernanceSubject {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            email: rt::Field::Absent,
            principal_name: rt::Field::Absent,
            type_: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
impl rt::Object for GovernanceSubject {
    const TYPE_NAME: &'static str = "microsoft.graph.governanceSubject";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "email",
        "principalName",
        "type",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"email\":                        ",
        ",\"principalName\":                ",
        ",\"type\":                         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.governanceSubject\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "email", &self.email);
        v.field(3usize, "principal_name", &self.principal_name);
        v.field(4usize, "type_", &self.type_);
    }
}
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
impl rt::object::Members for GovernanceSubject {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.email.read_from(r),
            3usize => self.principal_name.read_from(r),
            4usize => self.type_.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.email);
        w.field(3usize, &self.principal_name);
        w.field(4usize, &self.type_);
    }
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
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
rt::impl_object!(GovernanceSubject);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
rt::impl_setters!(
    GovernanceSubject { with_id id : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_email email : ::std::string::String;
    with_principal_name principal_name : ::std::string::String; with_type type_ :
    ::std::string::String; }
);
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
#[cfg(feature = "serde")]
rt::impl_serde!(GovernanceSubject);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
/// CSDL: `microsoft.graph.groupLifecyclePolicy`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`GroupLifecyclePolicyPath`](requests/trait.GroupLifecyclePolicyPath.html), what a path to one (`EntityPath<GroupLifecyclePolicy, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupLifecyclePolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `alternateNotificationEmails`: `Edm.String`, nullable.
    pub alternate_notification_emails: rt::Field<::std::string::String>,
    /// CSDL: property `groupLifetimeInDays`: `Edm.Int32`, nullable.
    pub group_lifetime_in_days: rt::Field<i32>,
    /// CSDL: property `managedGroupTypes`: `Edm.String`, nullable.
    pub managed_group_types: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl ::std::default::Default for GroupLifecyclePolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            alternate_notification_emails: rt::Field::Absent,
            group_lifetime_in_days: rt::Field::Absent,
            managed_group_types: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl rt::Object for GroupLifecyclePolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.groupLifecyclePolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "alternateNotificationEmails",
        "groupLifetimeInDays",
        "managedGroupTypes",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"alternateNotificationEmails\":  ",
        ",\"groupLifetimeInDays\":          ",
        ",\"managedGroupTypes\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupLifecyclePolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "alternate_notification_emails",
            &self.alternate_notification_emails,
        );
        v.field(2usize, "group_lifetime_in_days", &self.group_lifetime_in_days);
        v.field(3usize, "managed_group_types", &self.managed_group_types);
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
impl rt::object::Members for GroupLifecyclePolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.alternate_notification_emails.read_from(r),
            2usize => self.group_lifetime_in_days.read_from(r),
            3usize => self.managed_group_types.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.alternate_notification_emails);
        w.field(2usize, &self.group_lifetime_in_days);
        w.field(3usize, &self.managed_group_types);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_object!(GroupLifecyclePolicy);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
rt::impl_setters!(
    GroupLifecyclePolicy { with_id id : ::std::string::String;
    with_alternate_notification_emails alternate_notification_emails :
    ::std::string::String; with_group_lifetime_in_days group_lifetime_in_days : i32;
    with_managed_group_types managed_group_types : ::std::string::String; }
);
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupLifecyclePolicy);
#[cfg(msgraph_beta_device_management_or_search)]
/// The Group Policy Object file uploaded by admin.
///
/// CSDL: `microsoft.graph.groupPolicyObjectFile`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone)]
pub struct GroupPolicyObjectFile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The Group Policy Object file content.
    ///
    /// CSDL: property `content`: `Edm.String`, not nullable.
    pub content: rt::Field<::std::string::String>,
    /// The date and time at which the GroupPolicy was first uploaded.
    ///
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The Group Policy Object GUID from GPO Xml content
    ///
    /// CSDL: property `groupPolicyObjectId`: `Edm.Guid`, not nullable.
    pub group_policy_object_id: rt::Field<rt::edm::Guid>,
    /// The date and time at which the GroupPolicyObjectFile was last modified.
    ///
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, not nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// The distinguished name of the OU.
    ///
    /// CSDL: property `ouDistinguishedName`: `Edm.String`, not nullable.
    pub ou_distinguished_name: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_device_management_or_search)]
impl ::std::default::Default for GroupPolicyObjectFile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            content: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            group_policy_object_id: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            ou_distinguished_name: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::Object for GroupPolicyObjectFile {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPolicyObjectFile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "content",
        "createdDateTime",
        "groupPolicyObjectId",
        "lastModifiedDateTime",
        "ouDistinguishedName",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"content\":                      ",
        ",\"createdDateTime\":              ",
        ",\"groupPolicyObjectId\":          ",
        ",\"lastModifiedDateTime\":         ",
        ",\"ouDistinguishedName\":          ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPolicyObjectFile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "content", &self.content);
        v.field(2usize, "created_date_time", &self.created_date_time);
        v.field(3usize, "group_policy_object_id", &self.group_policy_object_id);
        v.field(4usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(5usize, "ou_distinguished_name", &self.ou_distinguished_name);
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::object::Members for GroupPolicyObjectFile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.content.read_from(r),
            2usize => self.created_date_time.read_from(r),
            3usize => self.group_policy_object_id.read_from(r),
            4usize => self.last_modified_date_time.read_from(r),
            5usize => self.ou_distinguished_name.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.content);
        w.field(2usize, &self.created_date_time);
        w.field(3usize, &self.group_policy_object_id);
        w.field(4usize, &self.last_modified_date_time);
        w.field(5usize, &self.ou_distinguished_name);
    }
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
rt::impl_object!(GroupPolicyObjectFile);
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_setters!(
    GroupPolicyObjectFile { with_id id : ::std::string::String; with_content content :
    ::std::string::String; with_created_date_time created_date_time :
    rt::edm::DateTimeOffset; with_group_policy_object_id group_policy_object_id :
    rt::edm::Guid; with_last_modified_date_time last_modified_date_time :
    rt::edm::DateTimeOffset; with_ou_distinguished_name ou_distinguished_name :
    ::std::string::String; }
);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPolicyObjectFile);
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// CSDL: `microsoft.graph.groupPrintUsageSummary`, complex type.
///
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
#[derive(Clone)]
pub struct GroupPrintUsageSummary {
    /// CSDL: property `completedJobCount`: `Edm.Int32`, not nullable.
    pub completed_job_count: rt::Field<i32>,
    /// CSDL: property `group`: `microsoft.graph.identity`, nullable.
    pub group: rt::Field<crate::beta::AnyIdentity>,
    /// CSDL: property `groupDisplayName`: `Edm.String`, nullable.
    pub group_display_name: rt::Field<::std::string::String>,
    /// CSDL: property `groupMail`: `Edm.String`, nullable.
    pub group_mail: rt::Field<::std::string::String>,
    /// CSDL: property `incompleteJobCount`: `Edm.Int32`, not nullable.
    pub incomplete_job_count: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl ::std::default::Default for GroupPrintUsageSummary {
    #[inline]
    fn default() -> Self {
        Self {
            completed_job_count: rt::Field::Absent,
            group: rt::Field::Absent,
            group_display_name: rt::Field::Absent,
            group_mail: rt::Field::Absent,
            incomplete_job_count: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::Object for GroupPrintUsageSummary {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPrintUsageSummary";
    const KEYS: &'static [&'static str] = &[
        "completedJobCount",
        "group",
        "groupDisplayName",
        "groupMail",
        "incompleteJobCount",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"completedJobCount\":            ",
        ",\"group\":                        ",
        ",\"groupDisplayName\":             ",
        ",\"groupMail\":                    ",
        ",\"incompleteJobCount\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupPrintUsageSummary\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "completed_job_count", &self.completed_job_count);
        v.field(1usize, "group", &self.group);
        v.field(2usize, "group_display_name", &self.group_display_name);
        v.field(3usize, "group_mail", &self.group_mail);
        v.field(4usize, "incomplete_job_count", &self.incomplete_job_count);
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
impl rt::object::Members for GroupPrintUsageSummary {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.completed_job_count.read_from(r),
            1usize => self.group.read_from(r),
            2usize => self.group_display_name.read_from(r),
            3usize => self.group_mail.read_from(r),
            4usize => self.incomplete_job_count.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.completed_job_count);
        w.field(1usize, &self.group);
        w.field(2usize, &self.group_display_name);
        w.field(3usize, &self.group_mail);
        w.field(4usize, &self.incomplete_job_count);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_object!(GroupPrintUsageSummary);
#[cfg(msgraph_beta_print_or_reports_or_search)]
rt::impl_setters!(
    GroupPrintUsageSummary { with_completed_job_count completed_job_count : i32;
    with_group group : crate ::beta::AnyIdentity; with_group_display_name
    group_display_name : ::std::string::String; with_group_mail group_mail :
    ::std::string::String; with_incomplete_job_count incomplete_job_count : i32; }
);
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPrintUsageSummary);
#[cfg(msgraph_beta_audit_logs_or_search)]
/// CSDL: `microsoft.graph.groupType`, enum type.
///
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum GroupType {
    /// `unifiedGroups` (value 0).
    UnifiedGroups,
    /// `azureAD` (value 1).
    AzureAd,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_audit_logs_or_search)]
impl rt::StrEnum for GroupType {
    const TYPE_NAME: &'static str = "microsoft.graph.groupType";
    const MEMBERS: &'static [&'static str] = &[
        "unifiedGroups",
        "azureAD",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unifiedGroups" => Self::UnifiedGroups,
                "azureAD" => Self::AzureAd,
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
            Self::UnifiedGroups => "unifiedGroups",
            Self::AzureAd => "azureAD",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
rt::impl_enum!(GroupType);
#[cfg(msgraph_beta_audit_logs_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupType);
#[cfg(msgraph_beta_core_or_device_app_management)]
/// A class containing the result of HasPayloadLinks action.
///
/// CSDL: `microsoft.graph.hasPayloadLinkResultItem`, complex type.
///
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-app-management`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HasPayloadLinkResultItem {
    /// Exception information indicates if check for this item was successful or not.Empty string for no error.
    ///
    /// CSDL: property `error`: `Edm.String`, nullable.
    pub error: rt::Field<::std::string::String>,
    /// Indicate whether a payload has any link or not.
    ///
    /// CSDL: property `hasLink`: `Edm.Boolean`, nullable.
    pub has_link: rt::Field<bool>,
    /// Key of the Payload, In the format of Guid.
    ///
    /// CSDL: property `payloadId`: `Edm.String`, nullable.
    pub payload_id: rt::Field<::std::string::String>,
    /// The reason where the link comes from.
    ///
    /// CSDL: property `sources`: `Collection(microsoft.graph.deviceAndAppManagementAssignmentSource)`, not nullable.
    pub sources: rt::Field<
        ::std::vec::Vec<crate::beta::DeviceAndAppManagementAssignmentSource>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl ::std::default::Default for HasPayloadLinkResultItem {
    #[inline]
    fn default() -> Self {
        Self {
            error: rt::Field::Absent,
            has_link: rt::Field::Absent,
            payload_id: rt::Field::Absent,
            sources: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::Object for HasPayloadLinkResultItem {
    const TYPE_NAME: &'static str = "microsoft.graph.hasPayloadLinkResultItem";
    const KEYS: &'static [&'static str] = &["error", "hasLink", "payloadId", "sources"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"error\":                        ",
        ",\"hasLink\":                      ",
        ",\"payloadId\":                    ",
        ",\"sources\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hasPayloadLinkResultItem\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "error", &self.error);
        v.field(1usize, "has_link", &self.has_link);
        v.field(2usize, "payload_id", &self.payload_id);
        v.field(3usize, "sources", &self.sources);
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
impl rt::object::Members for HasPayloadLinkResultItem {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.error.read_from(r),
            1usize => self.has_link.read_from(r),
            2usize => self.payload_id.read_from(r),
            3usize => self.sources.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.error);
        w.field(1usize, &self.has_link);
        w.field(2usize, &self.payload_id);
        w.field(3usize, &self.sources);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_object!(HasPayloadLinkResultItem);
#[cfg(msgraph_beta_core_or_device_app_management)]
rt::impl_setters!(
    HasPayloadLinkResultItem { with_error error : ::std::string::String; with_has_link
    has_link : bool; with_payload_id payload_id : ::std::string::String; with_sources
    sources : ::std::vec::Vec < crate ::beta::DeviceAndAppManagementAssignmentSource >; }
);
#[cfg(msgraph_beta_core_or_device_app_management)]
#[cfg(feature = "serde")]
rt::impl_serde!(HasPayloadLinkResultItem);
#[cfg(msgraph_beta_device_management_or_search)]
/// CSDL: `microsoft.graph.hashAlgorithms`, enum type, flags (comma-separated in JSON).
///
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HashAlgorithms {
    /// `sha1` (value 1).
    Sha1,
    /// `sha2` (value 2).
    Sha2,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_beta_device_management_or_search)]
impl rt::StrEnum for HashAlgorithms {
    const TYPE_NAME: &'static str = "microsoft.graph.hashAlgorithms";
    const MEMBERS: &'static [&'static str] = &["sha1", "sha2"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "sha1" => Self::Sha1,
                "sha2" => Self::Sha2,
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
            Self::Sha1 => "sha1",
            Self::Sha2 => "sha2",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
rt::impl_enum!(HashAlgorithms);
#[cfg(msgraph_beta_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(HashAlgorithms);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.hostSecurityProfile`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: [`HostSecurityProfilePath`](requests/trait.HostSecurityProfilePath.html), what a path to one (`EntityPath<HostSecurityProfile, C>`) dereferences to.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct HostSecurityProfile {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `azureSubscriptionId`: `Edm.String`, nullable.
    pub azure_subscription_id: rt::Field<::std::string::String>,
    /// CSDL: property `azureTenantId`: `Edm.String`, not nullable.
    pub azure_tenant_id: rt::Field<::std::string::String>,
    /// CSDL: property `firstSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub first_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `fqdn`: `Edm.String`, nullable.
    pub fqdn: rt::Field<::std::string::String>,
    /// CSDL: property `isAzureAdJoined`: `Edm.Boolean`, nullable.
    pub is_azure_ad_joined: rt::Field<bool>,
    /// CSDL: property `isAzureAdRegistered`: `Edm.Boolean`, nullable.
    pub is_azure_ad_registered: rt::Field<bool>,
    /// CSDL: property `isHybridAzureDomainJoined`: `Edm.Boolean`, nullable.
    pub is_hybrid_azure_domain_joined: rt::Field<bool>,
    /// CSDL: property `lastSeenDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_seen_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `logonUsers`: `Collection(microsoft.graph.logonUser)`, nullable.
    pub logon_users: rt::Field<::std::vec::Vec<crate::beta::LogonUser>>,
    /// CSDL: property `netBiosName`: `Edm.String`, nullable.
    pub net_bios_name: rt::Field<::std::string::String>,
    /// CSDL: property `networkInterfaces`: `Collection(microsoft.graph.networkInterface)`, nullable.
    pub network_interfaces: rt::Field<::std::vec::Vec<crate::beta::NetworkInterface>>,
    /// CSDL: property `os`: `Edm.String`, nullable.
    pub os: rt::Field<::std::string::String>,
    /// CSDL: property `osVersion`: `Edm.String`, nullable.
    pub os_version: rt::Field<::std::string::String>,
    /// CSDL: property `parentHost`: `Edm.String`, nullable.
    pub parent_host: rt::Field<::std::string::String>,
    /// CSDL: property `relatedHostIds`: `Collection(Edm.String)`, nullable.
    pub related_host_ids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// CSDL: property `tags`: `Collection(Edm.String)`, nullable.
    pub tags: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `vendorInformation`: `microsoft.graph.securityVendorInformation`, nullable.
    pub vendor_information: rt::Field<crate::beta::SecurityVendorInformation>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for HostSecurityProfile {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            azure_subscription_id: rt::Field::Absent,
            azure_tenant_id: rt::Field::Absent,
            first_seen_date_time: rt::Field::Absent,
            fqdn: rt::Field::Absent,
            is_azure_ad_joined: rt::Field::Absent,
            is_azure_ad_registered: rt::Field::Absent,
            is_hybrid_azure_domain_joined: rt::Field::Absent,
            last_seen_date_time: rt::Field::Absent,
            logon_users: rt::Field::Absent,
            net_bios_name: rt::Field::Absent,
            network_interfaces: rt::Field::Absent,
            os: rt::Field::Absent,
            os_version: rt::Field::Absent,
            parent_host: rt::Field::Absent,
            related_host_ids: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            tags: rt::Field::Absent,
            vendor_information: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for HostSecurityProfile {
    const TYPE_NAME: &'static str = "microsoft.graph.hostSecurityProfile";
    const KEYS: &'static [&'static str] = &[
        "id",
        "azureSubscriptionId",
        "azureTenantId",
        "firstSeenDateTime",
        "fqdn",
        "isAzureAdJoined",
        "isAzureAdRegistered",
        "isHybridAzureDomainJoined",
        "lastSeenDateTime",
        "logonUsers",
        "netBiosName",
        "networkInterfaces",
        "os",
        "osVersion",
        "parentHost",
        "relatedHostIds",
        "riskScore",
        "tags",
        "vendorInformation",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"azureSubscriptionId\":          ",
        ",\"azureTenantId\":                ",
        ",\"firstSeenDateTime\":            ",
        ",\"fqdn\":                         ",
        ",\"isAzureAdJoined\":              ",
        ",\"isAzureAdRegistered\":          ",
        ",\"isHybridAzureDomainJoined\":    ",
        ",\"lastSeenDateTime\":             ",
        ",\"logonUsers\":                   ",
        ",\"netBiosName\":                  ",
        ",\"networkInterfaces\":            ",
        ",\"os\":                           ",
        ",\"osVersion\":                    ",
        ",\"parentHost\":                   ",
        ",\"relatedHostIds\":               ",
        ",\"riskScore\":                    ",
        ",\"tags\":                         ",
        ",\"vendorInformation\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hostSecurityProfile\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "azure_subscription_id", &self.azure_subscription_id);
        v.field(2usize, "azure_tenant_id", &self.azure_tenant_id);
        v.field(3usize, "first_seen_date_time", &self.first_seen_date_time);
        v.field(4usize, "fqdn", &self.fqdn);
        v.field(5usize, "is_azure_ad_joined", &self.is_azure_ad_joined);
        v.field(6usize, "is_azure_ad_registered", &self.is_azure_ad_registered);
        v.field(
            7usize,
            "is_hybrid_azure_domain_joined",
            &self.is_hybrid_azure_domain_joined,
        );
        v.field(8usize, "last_seen_date_time", &self.last_seen_date_time);
        v.field(9usize, "logon_users", &self.logon_users);
        v.field(10usize, "net_bios_name", &self.net_bios_name);
        v.field(11usize, "network_interfaces", &self.network_interfaces);
        v.field(12usize, "os", &self.os);
        v.field(13usize, "os_version", &self.os_version);
        v.field(14usize, "parent_host", &self.parent_host);
        v.field(15usize, "related_host_ids", &self.related_host_ids);
        v.field(16usize, "risk_score", &self.risk_score);
        v.field(17usize, "tags", &self.tags);
        v.field(18usize, "vendor_information", &self.vendor_information);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for HostSecurityProfile {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.azure_subscription_id.read_from(r),
            2usize => self.azure_tenant_id.read_from(r),
            3usize => self.first_seen_date_time.read_from(r),
            4usize => self.fqdn.read_from(r),
            5usize => self.is_azure_ad_joined.read_from(r),
            6usize => self.is_azure_ad_registered.read_from(r),
            7usize => self.is_hybrid_azure_domain_joined.read_from(r),
            8usize => self.last_seen_date_time.read_from(r),
            9usize => self.logon_users.read_from(r),
            10usize => self.net_bios_name.read_from(r),
            11usize => self.network_interfaces.read_from(r),
            12usize => self.os.read_from(r),
            13usize => self.os_version.read_from(r),
            14usize => self.parent_host.read_from(r),
            15usize => self.related_host_ids.read_from(r),
            16usize => self.risk_score.read_from(r),
            17usize => self.tags.read_from(r),
            18usize => self.vendor_information.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.azure_subscription_id);
        w.field(2usize, &self.azure_tenant_id);
        w.field(3usize, &self.first_seen_date_time);
        w.field(4usize, &self.fqdn);
        w.field(5usize, &self.is_azure_ad_joined);
        w.field(6usize, &self.is_azure_ad_registered);
        w.field(7usize, &self.is_hybrid_azure_domain_joined);
        w.field(8usize, &self.last_seen_date_time);
        w.field(9usize, &self.logon_users);
        w.field(10usize, &self.net_bios_name);
        w.field(11usize, &self.network_interfaces);
        w.field(12usize, &self.os);
        w.field(13usize, &self.os_version);
        w.field(14usize, &self.parent_host);
        w.field(15usize, &self.related_host_ids);
        w.field(16usize, &self.risk_score);
        w.field(17usize, &self.tags);
        w.field(18usize, &self.vendor_information);
    }
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
rt::impl_object!(HostSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    HostSecurityProfile { with_id id : ::std::string::String; with_azure_subscription_id
    azure_subscription_id : ::std::string::String; with_azure_tenant_id azure_tenant_id :
    ::std::string::String; with_first_seen_date_time first_seen_date_time :
    rt::edm::DateTimeOffset; with_fqdn fqdn : ::std::string::String;
    with_is_azure_ad_joined is_azure_ad_joined : bool; with_is_azure_ad_registered
    is_azure_ad_registered : bool; with_is_hybrid_azure_domain_joined
    is_hybrid_azure_domain_joined : bool; with_last_seen_date_time last_seen_date_time :
    rt::edm::DateTimeOffset; with_logon_users logon_users : ::std::vec::Vec < crate
    ::beta::LogonUser >; with_net_bios_name net_bios_name : ::std::string::String;
    with_network_interfaces network_interfaces : ::std::vec::Vec < crate
    ::beta::NetworkInterface >; with_os os : ::std::string::String; with_os_version
    os_version : ::std::string::String; with_parent_host parent_host :
    ::std::string::String; with_related_host_ids related_host_ids : ::std::vec::Vec <
    ::std::string::String >; with_risk_score risk_score : ::std::string::String;
    with_tags tags : ::std::vec::Vec < ::std::string::String >; with_vendor_information
    vendor_information : crate ::beta::SecurityVendorInformation; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostSecurityProfile);
#[cfg(msgraph_beta_search_or_security)]
/// CSDL: `microsoft.graph.hostSecurityState`, complex type.
///
/// Features: `beta`, or one of `beta-search`, `beta-security`.
#[derive(Clone)]
pub struct HostSecurityState {
    /// CSDL: property `fqdn`: `Edm.String`, nullable.
    pub fqdn: rt::Field<::std::string::String>,
    /// CSDL: property `isAzureAdJoined`: `Edm.Boolean`, nullable.
    pub is_azure_ad_joined: rt::Field<bool>,
    /// CSDL: property `isAzureAdRegistered`: `Edm.Boolean`, nullable.
    pub is_azure_ad_registered: rt::Field<bool>,
    /// CSDL: property `isHybridAzureDomainJoined`: `Edm.Boolean`, nullable.
    pub is_hybrid_azure_domain_joined: rt::Field<bool>,
    /// CSDL: property `netBiosName`: `Edm.String`, nullable.
    pub net_bios_name: rt::Field<::std::string::String>,
    /// CSDL: property `os`: `Edm.String`, nullable.
    pub os: rt::Field<::std::string::String>,
    /// CSDL: property `privateIpAddress`: `Edm.String`, nullable.
    pub private_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `publicIpAddress`: `Edm.String`, nullable.
    pub public_ip_address: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_search_or_security)]
impl ::std::default::Default for HostSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            fqdn: rt::Field::Absent,
            is_azure_ad_joined: rt::Field::Absent,
            is_azure_ad_registered: rt::Field::Absent,
            is_hybrid_azure_domain_joined: rt::Field::Absent,
            net_bios_name: rt::Field::Absent,
            os: rt::Field::Absent,
            private_ip_address: rt::Field::Absent,
            public_ip_address: rt::Field::Absent,
            risk_score: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::Object for HostSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.hostSecurityState";
    const KEYS: &'static [&'static str] = &[
        "fqdn",
        "isAzureAdJoined",
        "isAzureAdRegistered",
        "isHybridAzureDomainJoined",
        "netBiosName",
        "os",
        "privateIpAddress",
        "publicIpAddress",
        "riskScore",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"fqdn\":                         ",
        ",\"isAzureAdJoined\":              ",
        ",\"isAzureAdRegistered\":          ",
        ",\"isHybridAzureDomainJoined\":    ",
        ",\"netBiosName\":                  ",
        ",\"os\":                           ",
        ",\"privateIpAddress\":             ",
        ",\"publicIpAddress\":              ",
        ",\"riskScore\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hostSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "fqdn", &self.fqdn);
        v.field(1usize, "is_azure_ad_joined", &self.is_azure_ad_joined);
        v.field(2usize, "is_azure_ad_registered", &self.is_azure_ad_registered);
        v.field(
            3usize,
            "is_hybrid_azure_domain_joined",
            &self.is_hybrid_azure_domain_joined,
        );
        v.field(4usize, "net_bios_name", &self.net_bios_name);
        v.field(5usize, "os", &self.os);
        v.field(6usize, "private_ip_address", &self.private_ip_address);
        v.field(7usize, "public_ip_address", &self.public_ip_address);
        v.field(8usize, "risk_score", &self.risk_score);
    }
}
#[cfg(msgraph_beta_search_or_security)]
impl rt::object::Members for HostSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.fqdn.read_from(r),
            1usize => self.is_azure_ad_joined.read_from(r),
            2usize => self.is_azure_ad_registered.read_from(r),
            3usize => self.is_hybrid_azure_domain_joined.read_from(r),
            4usize => self.net_bios_name.read_from(r),
            5usize => self.os.read_from(r),
            6usize => self.private_ip_address.read_from(r),
            7usize => self.public_ip_address.read_from(r),
            8usize => self.risk_score.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.fqdn);
        w.field(1usize, &self.is_azure_ad_joined);
        w.field(2usize, &self.is_azure_ad_registered);
        w.field(3usize, &self.is_hybrid_azure_domain_joined);
        w.field(4usize, &self.net_bios_name);
        w.field(5usize, &self.os);
        w.field(6usize, &self.private_ip_address);
        w.field(7usize, &self.public_ip_address);
        w.field(8usize, &self.risk_score);
    }
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
rt::impl_object!(HostSecurityState);
#[cfg(msgraph_beta_search_or_security)]
rt::impl_setters!(
    HostSecurityState { with_fqdn fqdn : ::std::string::String; with_is_azure_ad_joined
    is_azure_ad_joined : bool; with_is_azure_ad_registered is_azure_ad_registered : bool;
    with_is_hybrid_azure_domain_joined is_hybrid_azure_domain_joined : bool;
    with_net_bios_name net_bios_name : ::std::string::String; with_os os :
    ::std::string::String; with_private_ip_address private_ip_address :
    ::std::string::String; with_public_ip_address public_ip_address :
    ::std::string::String; with_risk_score risk_score : ::std::string::String; }
);
#[cfg(msgraph_beta_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostSecurityState);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
/// CSDL: `microsoft.graph.hybridAgentUpdaterConfiguration`, complex type.
///
/// Features: `beta`, or one of `beta-on-premises-publishing-profiles`, `beta-search`.
#[derive(Clone)]
pub struct HybridAgentUpdaterConfiguration {
    /// CSDL: property `allowUpdateConfigurationOverride`: `Edm.Boolean`, not nullable.
    pub allow_update_configuration_override: rt::Field<bool>,
    /// CSDL: property `deferUpdateDateTime`: `Edm.DateTimeOffset`, nullable.
    pub defer_update_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `updateWindow`: `microsoft.graph.updateWindow`, nullable.
    pub update_window: rt::Field<crate::beta::UpdateWindow>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl ::std::default::Default for HybridAgentUpdaterConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            allow_update_configuration_override: rt::Field::Absent,
            defer_update_date_time: rt::Field::Absent,
            update_window: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::Object for HybridAgentUpdaterConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.hybridAgentUpdaterConfiguration";
    const KEYS: &'static [&'static str] = &[
        "allowUpdateConfigurationOverride",
        "deferUpdateDateTime",
        "updateWindow",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowUpdateConfigurationOverride\":",
        ",\"deferUpdateDateTime\":          ",
        ",\"updateWindow\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.hybridAgentUpdaterConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "allow_update_configuration_override",
            &self.allow_update_configuration_override,
        );
        v.field(1usize, "defer_update_date_time", &self.defer_update_date_time);
        v.field(2usize, "update_window", &self.update_window);
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
impl rt::object::Members for HybridAgentUpdaterConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_update_configuration_override.read_from(r),
            1usize => self.defer_update_date_time.read_from(r),
            2usize => self.update_window.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_update_configuration_override);
        w.field(1usize, &self.defer_update_date_time);
        w.field(2usize, &self.update_window);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_object!(HybridAgentUpdaterConfiguration);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
rt::impl_setters!(
    HybridAgentUpdaterConfiguration { with_allow_update_configuration_override
    allow_update_configuration_override : bool; with_defer_update_date_time
    defer_update_date_time : rt::edm::DateTimeOffset; with_update_window update_window :
    crate ::beta::UpdateWindow; }
);
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(HybridAgentUpdaterConfiguration);
