//! Types of `microsoft.graph` by the first letters of their names (`f_l`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.featureTarget`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct FeatureTarget {
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.featureTargetType`, nullable.
    pub target_type: rt::Field<crate::v1::FeatureTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for FeatureTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for FeatureTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.featureTarget";
    const KEYS: &'static [&'static str] = &["id", "targetType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.featureTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_type", &self.target_type);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for FeatureTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_type);
    }
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
rt::impl_object!(FeatureTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    FeatureTarget { with_id id : ::std::string::String; with_target_type target_type :
    crate ::v1::FeatureTargetType; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.featureTargetType`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FeatureTargetType {
    /// `group` (value 0).
    Group,
    /// `administrativeUnit` (value 1).
    AdministrativeUnit,
    /// `role` (value 2).
    Role,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for FeatureTargetType {
    const TYPE_NAME: &'static str = "microsoft.graph.featureTargetType";
    const MEMBERS: &'static [&'static str] = &[
        "group",
        "administrativeUnit",
        "role",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "group" => Self::Group,
                "administrativeUnit" => Self::AdministrativeUnit,
                "role" => Self::Role,
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
            Self::Group => "group",
            Self::AdministrativeUnit => "administrativeUnit",
            Self::Role => "role",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(FeatureTargetType);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(FeatureTargetType);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.fedRampLevel`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FedRampLevel {
    /// `none` (value 0).
    None,
    /// `high` (value 1).
    High,
    /// `liSaas` (value 2).
    LiSaas,
    /// `low` (value 3).
    Low,
    /// `moderate` (value 4).
    Moderate,
    /// `notSupported` (value 5).
    NotSupported,
    /// `unknownFutureValue` (value 6).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for FedRampLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.fedRampLevel";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "high",
        "liSaas",
        "low",
        "moderate",
        "notSupported",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "high" => Self::High,
                "liSaas" => Self::LiSaas,
                "low" => Self::Low,
                "moderate" => Self::Moderate,
                "notSupported" => Self::NotSupported,
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
            Self::High => "high",
            Self::LiSaas => "liSaas",
            Self::Low => "low",
            Self::Moderate => "moderate",
            Self::NotSupported => "notSupported",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(FedRampLevel);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FedRampLevel);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.federatedTokenValidationPolicy`, entity type, derived from `microsoft.graph.directoryObject`, key `id`.
///
/// Request builders: [`FederatedTokenValidationPolicyPath`](requests/trait.FederatedTokenValidationPolicyPath.html), what a path to one (`EntityPath<FederatedTokenValidationPolicy, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FederatedTokenValidationPolicy {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `validatingDomains`: `microsoft.graph.validatingDomains`, not nullable.
    pub validating_domains: rt::Field<crate::v1::AnyValidatingDomains>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FederatedTokenValidationPolicy {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            validating_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FederatedTokenValidationPolicy {
    const TYPE_NAME: &'static str = "microsoft.graph.federatedTokenValidationPolicy";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "validatingDomains",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"validatingDomains\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.federatedTokenValidationPolicy\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "validating_domains", &self.validating_domains);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FederatedTokenValidationPolicy {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.validating_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.validating_domains);
    }
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
rt::impl_object!(FederatedTokenValidationPolicy);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FederatedTokenValidationPolicy { with_id id : ::std::string::String;
    with_deleted_date_time deleted_date_time : rt::edm::DateTimeOffset;
    with_validating_domains validating_domains : crate ::v1::AnyValidatingDomains; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FederatedTokenValidationPolicy);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.fido2AuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`Fido2AuthenticationMethodConfigurationPath`](requests/trait.Fido2AuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<Fido2AuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct Fido2AuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `defaultPasskeyProfile`: `Edm.String`, nullable.
    pub default_passkey_profile: rt::Field<::std::string::String>,
    /// CSDL: property `isAttestationEnforced`: `Edm.Boolean`, nullable.
    pub is_attestation_enforced: rt::Field<bool>,
    /// CSDL: property `isSelfServiceRegistrationAllowed`: `Edm.Boolean`, nullable.
    pub is_self_service_registration_allowed: rt::Field<bool>,
    /// CSDL: property `keyRestrictions`: `microsoft.graph.fido2KeyRestrictions`, nullable.
    pub key_restrictions: rt::Field<crate::v1::Fido2KeyRestrictions>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.passkeyAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::PasskeyAuthenticationMethodTarget>,
    >,
    /// CSDL: navigation property `passkeyProfiles`: `Collection(microsoft.graph.passkeyProfile)`, not nullable.
    ///
    /// Features: `v1` or `v1-search`.
    #[cfg(msgraph_v1_search)]
    pub passkey_profiles: rt::Field<::std::vec::Vec<crate::v1::PasskeyProfile>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for Fido2AuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            default_passkey_profile: rt::Field::Absent,
            is_attestation_enforced: rt::Field::Absent,
            is_self_service_registration_allowed: rt::Field::Absent,
            key_restrictions: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            #[cfg(msgraph_v1_search)]
            passkey_profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for Fido2AuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.fido2AuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "defaultPasskeyProfile",
        "isAttestationEnforced",
        "isSelfServiceRegistrationAllowed",
        "keyRestrictions",
        "includeTargets",
        "passkeyProfiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"defaultPasskeyProfile\":        ",
        ",\"isAttestationEnforced\":        ",
        ",\"isSelfServiceRegistrationAllowed\":",
        ",\"keyRestrictions\":              ",
        ",\"includeTargets\":               ",
        ",\"passkeyProfiles\":              ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fido2AuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(3usize, "default_passkey_profile", &self.default_passkey_profile);
        v.field(4usize, "is_attestation_enforced", &self.is_attestation_enforced);
        v.field(
            5usize,
            "is_self_service_registration_allowed",
            &self.is_self_service_registration_allowed,
        );
        v.field(6usize, "key_restrictions", &self.key_restrictions);
        v.field(7usize, "include_targets", &self.include_targets);
        #[cfg(msgraph_v1_search)]
        v.field(8usize, "passkey_profiles", &self.passkey_profiles);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for Fido2AuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.default_passkey_profile.read_from(r),
            4usize => self.is_attestation_enforced.read_from(r),
            5usize => self.is_self_service_registration_allowed.read_from(r),
            6usize => self.key_restrictions.read_from(r),
            7usize => self.include_targets.read_from(r),
            #[cfg(msgraph_v1_search)]
            8usize => self.passkey_profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.default_passkey_profile);
        w.field(4usize, &self.is_attestation_enforced);
        w.field(5usize, &self.is_self_service_registration_allowed);
        w.field(6usize, &self.key_restrictions);
        w.field(7usize, &self.include_targets);
        #[cfg(msgraph_v1_search)] w.field(8usize, &self.passkey_profiles);
    }
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
rt::impl_object!(Fido2AuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    Fido2AuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState;
    with_default_passkey_profile default_passkey_profile : ::std::string::String;
    with_is_attestation_enforced is_attestation_enforced : bool;
    with_is_self_service_registration_allowed is_self_service_registration_allowed :
    bool; with_key_restrictions key_restrictions : crate ::v1::Fido2KeyRestrictions;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::v1::PasskeyAuthenticationMethodTarget >; #[cfg(msgraph_v1_search)]
    with_passkey_profiles passkey_profiles : ::std::vec::Vec < crate ::v1::PasskeyProfile
    >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2AuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.fido2KeyRestrictions`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct Fido2KeyRestrictions {
    /// CSDL: property `aaGuids`: `Collection(Edm.String)`, nullable.
    pub aa_guids: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `enforcementType`: `microsoft.graph.fido2RestrictionEnforcementType`, nullable.
    pub enforcement_type: rt::Field<crate::v1::Fido2RestrictionEnforcementType>,
    /// CSDL: property `isEnforced`: `Edm.Boolean`, nullable.
    pub is_enforced: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(Fido2KeyRestrictions);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    Fido2KeyRestrictions { with_aa_guids aa_guids : ::std::vec::Vec <
    ::std::string::String >; with_enforcement_type enforcement_type : crate
    ::v1::Fido2RestrictionEnforcementType; with_is_enforced is_enforced : bool; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2KeyRestrictions);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.fido2RestrictionEnforcementType`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(Fido2RestrictionEnforcementType);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(Fido2RestrictionEnforcementType);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.fieldValueSet`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FieldValueSet {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for FieldValueSet {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for FieldValueSet {
    const TYPE_NAME: &'static str = "microsoft.graph.fieldValueSet";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.fieldValueSet\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for FieldValueSet {
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(FieldValueSet);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(FieldValueSet { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(FieldValueSet);
#[cfg(msgraph_v1_device_app_management_or_search)]
/// Contains properties for file encryption information for the content version of a line-of-business app.
///
/// CSDL: `microsoft.graph.fileEncryptionInfo`, complex type.
///
/// Features: `v1`, or one of `v1-device-app-management`, `v1-search`.
#[derive(Clone)]
pub struct FileEncryptionInfo {
    /// The key used to encrypt the file content.
    ///
    /// CSDL: property `encryptionKey`: `Edm.Binary`, nullable.
    pub encryption_key: rt::Field<rt::edm::Binary>,
    /// The file digest prior to encryption. ProfileVersion1 requires a non-null FileDigest.
    ///
    /// CSDL: property `fileDigest`: `Edm.Binary`, nullable.
    pub file_digest: rt::Field<rt::edm::Binary>,
    /// The file digest algorithm. ProfileVersion1 currently only supports SHA256 for the FileDigestAlgorithm.
    ///
    /// CSDL: property `fileDigestAlgorithm`: `Edm.String`, nullable.
    pub file_digest_algorithm: rt::Field<::std::string::String>,
    /// The initialization vector (IV) used for the encryption algorithm. Must be 16 bytes.
    ///
    /// CSDL: property `initializationVector`: `Edm.Binary`, nullable.
    pub initialization_vector: rt::Field<rt::edm::Binary>,
    /// The hash of the concatenation of the IV and encrypted file content. Must be 32 bytes.
    ///
    /// CSDL: property `mac`: `Edm.Binary`, nullable.
    pub mac: rt::Field<rt::edm::Binary>,
    /// The key used to compute the message authentication code of the concatenation of the IV and encrypted file content. Must be 32 bytes.
    ///
    /// CSDL: property `macKey`: `Edm.Binary`, nullable.
    pub mac_key: rt::Field<rt::edm::Binary>,
    /// The profile identifier. Maps to the strategy used to encrypt the file. Currently, only ProfileVersion1 is supported.
    ///
    /// CSDL: property `profileIdentifier`: `Edm.String`, nullable.
    pub profile_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
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
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_object!(FileEncryptionInfo);
#[cfg(msgraph_v1_device_app_management_or_search)]
rt::impl_setters!(
    FileEncryptionInfo { with_encryption_key encryption_key : rt::edm::Binary;
    with_file_digest file_digest : rt::edm::Binary; with_file_digest_algorithm
    file_digest_algorithm : ::std::string::String; with_initialization_vector
    initialization_vector : rt::edm::Binary; with_mac mac : rt::edm::Binary; with_mac_key
    mac_key : rt::edm::Binary; with_profile_identifier profile_identifier :
    ::std::string::String; }
);
#[cfg(msgraph_v1_device_app_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileEncryptionInfo);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.fileHash`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FileHash {
    /// CSDL: property `hashType`: `microsoft.graph.fileHashType`, nullable.
    pub hash_type: rt::Field<crate::v1::FileHashType>,
    /// CSDL: property `hashValue`: `Edm.String`, nullable.
    pub hash_value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(FileHash);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FileHash { with_hash_type hash_type : crate ::v1::FileHashType; with_hash_value
    hash_value : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHash);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.fileHashType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(FileHashType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileHashType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.fileSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct FileSecurityState {
    /// CSDL: property `fileHash`: `microsoft.graph.fileHash`, nullable.
    pub file_hash: rt::Field<crate::v1::FileHash>,
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `path`: `Edm.String`, nullable.
    pub path: rt::Field<::std::string::String>,
    /// CSDL: property `riskScore`: `Edm.String`, nullable.
    pub risk_score: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(FileSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    FileSecurityState { with_file_hash file_hash : crate ::v1::FileHash; with_name name :
    ::std::string::String; with_path path : ::std::string::String; with_risk_score
    risk_score : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileSecurityState);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerCustomPropertyDictionary`, complex type, derived from `microsoft.graph.Dictionary`, open.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerCustomPropertyDictionary {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerCustomPropertyDictionary {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerCustomPropertyDictionary {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerCustomPropertyDictionary";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerCustomPropertyDictionary\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerCustomPropertyDictionary {
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
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerCustomPropertyDictionary);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerCustomPropertyDictionary);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerSettings {
    /// CSDL: property `isItemVersioningEnabled`: `Edm.Boolean`, nullable.
    pub is_item_versioning_enabled: rt::Field<bool>,
    /// CSDL: property `isOcrEnabled`: `Edm.Boolean`, nullable.
    pub is_ocr_enabled: rt::Field<bool>,
    /// CSDL: property `itemMajorVersionLimit`: `Edm.Int32`, nullable.
    pub item_major_version_limit: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_item_versioning_enabled: rt::Field::Absent,
            is_ocr_enabled: rt::Field::Absent,
            item_major_version_limit: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerSettings";
    const KEYS: &'static [&'static str] = &[
        "isItemVersioningEnabled",
        "isOcrEnabled",
        "itemMajorVersionLimit",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isItemVersioningEnabled\":      ",
        ",\"isOcrEnabled\":                 ",
        ",\"itemMajorVersionLimit\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_item_versioning_enabled", &self.is_item_versioning_enabled);
        v.field(1usize, "is_ocr_enabled", &self.is_ocr_enabled);
        v.field(2usize, "item_major_version_limit", &self.item_major_version_limit);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_item_versioning_enabled.read_from(r),
            1usize => self.is_ocr_enabled.read_from(r),
            2usize => self.item_major_version_limit.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_item_versioning_enabled);
        w.field(1usize, &self.is_ocr_enabled);
        w.field(2usize, &self.item_major_version_limit);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerSettings);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerSettings { with_is_item_versioning_enabled
    is_item_versioning_enabled : bool; with_is_ocr_enabled is_ocr_enabled : bool;
    with_item_major_version_limit item_major_version_limit : i32; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerSettings);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum FileStorageContainerStatus {
    /// `inactive` (value 0).
    Inactive,
    /// `active` (value 1).
    Active,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::StrEnum for FileStorageContainerStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerStatus";
    const MEMBERS: &'static [&'static str] = &[
        "inactive",
        "active",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "inactive" => Self::Inactive,
                "active" => Self::Active,
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
            Self::Inactive => "inactive",
            Self::Active => "active",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_enum!(FileStorageContainerStatus);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerStatus);
#[cfg(msgraph_v1_search_or_storage)]
/// CSDL: `microsoft.graph.fileStorageContainerViewpoint`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-storage`.
#[derive(Clone)]
pub struct FileStorageContainerViewpoint {
    /// CSDL: property `effectiveRole`: `Edm.String`, not nullable.
    pub effective_role: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_storage)]
impl ::std::default::Default for FileStorageContainerViewpoint {
    #[inline]
    fn default() -> Self {
        Self {
            effective_role: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::Object for FileStorageContainerViewpoint {
    const TYPE_NAME: &'static str = "microsoft.graph.fileStorageContainerViewpoint";
    const KEYS: &'static [&'static str] = &["effectiveRole"];
    const KEYS_JSON: &'static [&'static str] = &[",\"effectiveRole\":                "];
    const TAG: &'static str = "\"#microsoft.graph.fileStorageContainerViewpoint\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "effective_role", &self.effective_role);
    }
}
#[cfg(msgraph_v1_search_or_storage)]
impl rt::object::Members for FileStorageContainerViewpoint {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.effective_role.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.effective_role);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_object!(FileStorageContainerViewpoint);
#[cfg(msgraph_v1_search_or_storage)]
rt::impl_setters!(
    FileStorageContainerViewpoint { with_effective_role effective_role :
    ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(FileStorageContainerViewpoint);
#[cfg(msgraph_v1_core_or_filter_operators)]
/// CSDL: `microsoft.graph.filterOperatorSchema`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-filter-operators`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FilterOperatorSchema {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `arity`: `microsoft.graph.scopeOperatorType`, not nullable.
    pub arity: rt::Field<crate::v1::ScopeOperatorType>,
    /// CSDL: property `multivaluedComparisonType`: `microsoft.graph.scopeOperatorMultiValuedComparisonType`, not nullable.
    pub multivalued_comparison_type: rt::Field<
        crate::v1::ScopeOperatorMultiValuedComparisonType,
    >,
    /// CSDL: property `supportedAttributeTypes`: `Collection(microsoft.graph.attributeType)`, not nullable.
    pub supported_attribute_types: rt::Field<::std::vec::Vec<crate::v1::AttributeType>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_filter_operators)]
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
#[cfg(msgraph_v1_core_or_filter_operators)]
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
#[cfg(msgraph_v1_core_or_filter_operators)]
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
#[cfg(msgraph_v1_core_or_filter_operators)]
rt::impl_object!(FilterOperatorSchema);
#[cfg(msgraph_v1_core_or_filter_operators)]
rt::impl_setters!(
    FilterOperatorSchema { with_id id : ::std::string::String; with_arity arity : crate
    ::v1::ScopeOperatorType; with_multivalued_comparison_type multivalued_comparison_type
    : crate ::v1::ScopeOperatorMultiValuedComparisonType; with_supported_attribute_types
    supported_attribute_types : ::std::vec::Vec < crate ::v1::AttributeType >; }
);
#[cfg(msgraph_v1_core_or_filter_operators)]
#[cfg(feature = "serde")]
rt::impl_serde!(FilterOperatorSchema);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.freeBusyError`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct FreeBusyError {
    /// CSDL: property `message`: `Edm.String`, nullable.
    pub message: rt::Field<::std::string::String>,
    /// CSDL: property `responseCode`: `Edm.String`, nullable.
    pub response_code: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for FreeBusyError {
    #[inline]
    fn default() -> Self {
        Self {
            message: rt::Field::Absent,
            response_code: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for FreeBusyError {
    const TYPE_NAME: &'static str = "microsoft.graph.freeBusyError";
    const KEYS: &'static [&'static str] = &["message", "responseCode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"message\":                      ",
        ",\"responseCode\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.freeBusyError\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "message", &self.message);
        v.field(1usize, "response_code", &self.response_code);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for FreeBusyError {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.message.read_from(r),
            1usize => self.response_code.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.message);
        w.field(1usize, &self.response_code);
    }
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
rt::impl_object!(FreeBusyError);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    FreeBusyError { with_message message : ::std::string::String; with_response_code
    response_code : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(FreeBusyError);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.geolocationColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GeolocationColumn {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for GeolocationColumn {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for GeolocationColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.geolocationColumn";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.geolocationColumn\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for GeolocationColumn {
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
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(GeolocationColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(GeolocationColumn);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.giphyRatingType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
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
#[cfg(msgraph_v1_core)]
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
#[cfg(msgraph_v1_core)]
rt::impl_enum!(GiphyRatingType);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GiphyRatingType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.granularDriveRestoreArtifact`, entity type, derived from `microsoft.graph.granularRestoreArtifactBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct GranularDriveRestoreArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `browseSessionId`: `Edm.String`, nullable.
    pub browse_session_id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoredItemKey`: `Edm.String`, nullable.
    pub restored_item_key: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemPath`: `Edm.String`, nullable.
    pub restored_item_path: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemWebUrl`: `Edm.String`, nullable.
    pub restored_item_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `restorePointDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_point_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, not nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: property `directoryObjectId`: `Edm.String`, nullable.
    pub directory_object_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for GranularDriveRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            browse_session_id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            restored_item_key: rt::Field::Absent,
            restored_item_path: rt::Field::Absent,
            restored_item_web_url: rt::Field::Absent,
            restore_point_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            web_url: rt::Field::Absent,
            directory_object_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for GranularDriveRestoreArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.granularDriveRestoreArtifact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "browseSessionId",
        "completionDateTime",
        "restoredItemKey",
        "restoredItemPath",
        "restoredItemWebUrl",
        "restorePointDateTime",
        "startDateTime",
        "status",
        "webUrl",
        "directoryObjectId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"browseSessionId\":              ",
        ",\"completionDateTime\":           ",
        ",\"restoredItemKey\":              ",
        ",\"restoredItemPath\":             ",
        ",\"restoredItemWebUrl\":           ",
        ",\"restorePointDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"webUrl\":                       ",
        ",\"directoryObjectId\":            ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.granularDriveRestoreArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "browse_session_id", &self.browse_session_id);
        v.field(2usize, "completion_date_time", &self.completion_date_time);
        v.field(3usize, "restored_item_key", &self.restored_item_key);
        v.field(4usize, "restored_item_path", &self.restored_item_path);
        v.field(5usize, "restored_item_web_url", &self.restored_item_web_url);
        v.field(6usize, "restore_point_date_time", &self.restore_point_date_time);
        v.field(7usize, "start_date_time", &self.start_date_time);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "web_url", &self.web_url);
        v.field(10usize, "directory_object_id", &self.directory_object_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for GranularDriveRestoreArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.browse_session_id.read_from(r),
            2usize => self.completion_date_time.read_from(r),
            3usize => self.restored_item_key.read_from(r),
            4usize => self.restored_item_path.read_from(r),
            5usize => self.restored_item_web_url.read_from(r),
            6usize => self.restore_point_date_time.read_from(r),
            7usize => self.start_date_time.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.web_url.read_from(r),
            10usize => self.directory_object_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.browse_session_id);
        w.field(2usize, &self.completion_date_time);
        w.field(3usize, &self.restored_item_key);
        w.field(4usize, &self.restored_item_path);
        w.field(5usize, &self.restored_item_web_url);
        w.field(6usize, &self.restore_point_date_time);
        w.field(7usize, &self.start_date_time);
        w.field(8usize, &self.status);
        w.field(9usize, &self.web_url);
        w.field(10usize, &self.directory_object_id);
    }
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
rt::impl_object!(GranularDriveRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    GranularDriveRestoreArtifact { with_id id : ::std::string::String;
    with_browse_session_id browse_session_id : ::std::string::String;
    with_completion_date_time completion_date_time : rt::edm::DateTimeOffset;
    with_restored_item_key restored_item_key : ::std::string::String;
    with_restored_item_path restored_item_path : ::std::string::String;
    with_restored_item_web_url restored_item_web_url : ::std::string::String;
    with_restore_point_date_time restore_point_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_status status :
    crate ::v1::ArtifactRestoreStatus; with_web_url web_url : ::std::string::String;
    with_directory_object_id directory_object_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(GranularDriveRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.granularRestoreArtifactBase`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct GranularRestoreArtifactBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `browseSessionId`: `Edm.String`, nullable.
    pub browse_session_id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoredItemKey`: `Edm.String`, nullable.
    pub restored_item_key: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemPath`: `Edm.String`, nullable.
    pub restored_item_path: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemWebUrl`: `Edm.String`, nullable.
    pub restored_item_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `restorePointDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_point_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, not nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for GranularRestoreArtifactBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            browse_session_id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            restored_item_key: rt::Field::Absent,
            restored_item_path: rt::Field::Absent,
            restored_item_web_url: rt::Field::Absent,
            restore_point_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for GranularRestoreArtifactBase {
    const TYPE_NAME: &'static str = "microsoft.graph.granularRestoreArtifactBase";
    const KEYS: &'static [&'static str] = &[
        "id",
        "browseSessionId",
        "completionDateTime",
        "restoredItemKey",
        "restoredItemPath",
        "restoredItemWebUrl",
        "restorePointDateTime",
        "startDateTime",
        "status",
        "webUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"browseSessionId\":              ",
        ",\"completionDateTime\":           ",
        ",\"restoredItemKey\":              ",
        ",\"restoredItemPath\":             ",
        ",\"restoredItemWebUrl\":           ",
        ",\"restorePointDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"webUrl\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.granularRestoreArtifactBase\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "browse_session_id", &self.browse_session_id);
        v.field(2usize, "completion_date_time", &self.completion_date_time);
        v.field(3usize, "restored_item_key", &self.restored_item_key);
        v.field(4usize, "restored_item_path", &self.restored_item_path);
        v.field(5usize, "restored_item_web_url", &self.restored_item_web_url);
        v.field(6usize, "restore_point_date_time", &self.restore_point_date_time);
        v.field(7usize, "start_date_time", &self.start_date_time);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "web_url", &self.web_url);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for GranularRestoreArtifactBase {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.browse_session_id.read_from(r),
            2usize => self.completion_date_time.read_from(r),
            3usize => self.restored_item_key.read_from(r),
            4usize => self.restored_item_path.read_from(r),
            5usize => self.restored_item_web_url.read_from(r),
            6usize => self.restore_point_date_time.read_from(r),
            7usize => self.start_date_time.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.browse_session_id);
        w.field(2usize, &self.completion_date_time);
        w.field(3usize, &self.restored_item_key);
        w.field(4usize, &self.restored_item_path);
        w.field(5usize, &self.restored_item_web_url);
        w.field(6usize, &self.restore_point_date_time);
        w.field(7usize, &self.start_date_time);
        w.field(8usize, &self.status);
        w.field(9usize, &self.web_url);
    }
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
rt::impl_object!(GranularRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    GranularRestoreArtifactBase { with_id id : ::std::string::String;
    with_browse_session_id browse_session_id : ::std::string::String;
    with_completion_date_time completion_date_time : rt::edm::DateTimeOffset;
    with_restored_item_key restored_item_key : ::std::string::String;
    with_restored_item_path restored_item_path : ::std::string::String;
    with_restored_item_web_url restored_item_web_url : ::std::string::String;
    with_restore_point_date_time restore_point_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_status status :
    crate ::v1::ArtifactRestoreStatus; with_web_url web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(GranularRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.granularRestoreArtifactBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyGranularRestoreArtifactBase {
    GranularRestoreArtifactBase(
        ::std::boxed::Box<crate::v1::GranularRestoreArtifactBase>,
    ),
    GranularDriveRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularDriveRestoreArtifact>,
    ),
    GranularSiteRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularSiteRestoreArtifact>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyGranularRestoreArtifactBase {
    #[inline]
    fn default() -> Self {
        Self::GranularRestoreArtifactBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularRestoreArtifactBase>
for AnyGranularRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::GranularRestoreArtifactBase) -> Self {
        Self::GranularRestoreArtifactBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularDriveRestoreArtifact>
for AnyGranularRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::GranularDriveRestoreArtifact) -> Self {
        Self::GranularDriveRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularSiteRestoreArtifact>
for AnyGranularRestoreArtifactBase {
    #[inline]
    fn from(v: crate::v1::GranularSiteRestoreArtifact) -> Self {
        Self::GranularSiteRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Send for AnyGranularRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
unsafe impl ::std::marker::Sync for AnyGranularRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::marker::Unpin for AnyGranularRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::UnwindSafe for AnyGranularRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::panic::RefUnwindSafe for AnyGranularRestoreArtifactBase {}
#[cfg(msgraph_v1_search_or_solutions)]
const _: () = {
    rt::object::auto_traits::<crate::v1::GranularRestoreArtifactBase>();
    rt::object::auto_traits::<crate::v1::GranularDriveRestoreArtifact>();
    rt::object::auto_traits::<crate::v1::GranularSiteRestoreArtifact>();
};
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyGranularRestoreArtifactBase {
    const BASE_NAME: &'static str = "microsoft.graph.granularRestoreArtifactBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.granularDriveRestoreArtifact",
            ) => Self::GranularDriveRestoreArtifact(rt::object::new_boxed()),
            ::std::option::Option::Some(
                "microsoft.graph.granularSiteRestoreArtifact",
            ) => Self::GranularSiteRestoreArtifact(rt::object::new_boxed()),
            _ => Self::GranularRestoreArtifactBase(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::GranularRestoreArtifactBase(v) => &**v,
            Self::GranularDriveRestoreArtifact(v) => &**v,
            Self::GranularSiteRestoreArtifact(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut **v,
            Self::GranularDriveRestoreArtifact(v) => &mut **v,
            Self::GranularSiteRestoreArtifact(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyGranularRestoreArtifactBase {
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
            Self::GranularRestoreArtifactBase(v) => &v.id,
            Self::GranularDriveRestoreArtifact(v) => &v.id,
            Self::GranularSiteRestoreArtifact(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.id,
            Self::GranularDriveRestoreArtifact(v) => &mut v.id,
            Self::GranularSiteRestoreArtifact(v) => &mut v.id,
        }
    }
    /// `browseSessionId` of any variant.
    #[inline]
    pub fn browse_session_id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.browse_session_id,
            Self::GranularDriveRestoreArtifact(v) => &v.browse_session_id,
            Self::GranularSiteRestoreArtifact(v) => &v.browse_session_id,
        }
    }
    /// `browseSessionId` of any variant.
    #[inline]
    pub fn browse_session_id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.browse_session_id,
            Self::GranularDriveRestoreArtifact(v) => &mut v.browse_session_id,
            Self::GranularSiteRestoreArtifact(v) => &mut v.browse_session_id,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.completion_date_time,
            Self::GranularDriveRestoreArtifact(v) => &v.completion_date_time,
            Self::GranularSiteRestoreArtifact(v) => &v.completion_date_time,
        }
    }
    /// `completionDateTime` of any variant.
    #[inline]
    pub fn completion_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.completion_date_time,
            Self::GranularDriveRestoreArtifact(v) => &mut v.completion_date_time,
            Self::GranularSiteRestoreArtifact(v) => &mut v.completion_date_time,
        }
    }
    /// `restoredItemKey` of any variant.
    #[inline]
    pub fn restored_item_key(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.restored_item_key,
            Self::GranularDriveRestoreArtifact(v) => &v.restored_item_key,
            Self::GranularSiteRestoreArtifact(v) => &v.restored_item_key,
        }
    }
    /// `restoredItemKey` of any variant.
    #[inline]
    pub fn restored_item_key_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.restored_item_key,
            Self::GranularDriveRestoreArtifact(v) => &mut v.restored_item_key,
            Self::GranularSiteRestoreArtifact(v) => &mut v.restored_item_key,
        }
    }
    /// `restoredItemPath` of any variant.
    #[inline]
    pub fn restored_item_path(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.restored_item_path,
            Self::GranularDriveRestoreArtifact(v) => &v.restored_item_path,
            Self::GranularSiteRestoreArtifact(v) => &v.restored_item_path,
        }
    }
    /// `restoredItemPath` of any variant.
    #[inline]
    pub fn restored_item_path_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.restored_item_path,
            Self::GranularDriveRestoreArtifact(v) => &mut v.restored_item_path,
            Self::GranularSiteRestoreArtifact(v) => &mut v.restored_item_path,
        }
    }
    /// `restoredItemWebUrl` of any variant.
    #[inline]
    pub fn restored_item_web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.restored_item_web_url,
            Self::GranularDriveRestoreArtifact(v) => &v.restored_item_web_url,
            Self::GranularSiteRestoreArtifact(v) => &v.restored_item_web_url,
        }
    }
    /// `restoredItemWebUrl` of any variant.
    #[inline]
    pub fn restored_item_web_url_mut(
        &mut self,
    ) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.restored_item_web_url,
            Self::GranularDriveRestoreArtifact(v) => &mut v.restored_item_web_url,
            Self::GranularSiteRestoreArtifact(v) => &mut v.restored_item_web_url,
        }
    }
    /// `restorePointDateTime` of any variant.
    #[inline]
    pub fn restore_point_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.restore_point_date_time,
            Self::GranularDriveRestoreArtifact(v) => &v.restore_point_date_time,
            Self::GranularSiteRestoreArtifact(v) => &v.restore_point_date_time,
        }
    }
    /// `restorePointDateTime` of any variant.
    #[inline]
    pub fn restore_point_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.restore_point_date_time,
            Self::GranularDriveRestoreArtifact(v) => &mut v.restore_point_date_time,
            Self::GranularSiteRestoreArtifact(v) => &mut v.restore_point_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.start_date_time,
            Self::GranularDriveRestoreArtifact(v) => &v.start_date_time,
            Self::GranularSiteRestoreArtifact(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.start_date_time,
            Self::GranularDriveRestoreArtifact(v) => &mut v.start_date_time,
            Self::GranularSiteRestoreArtifact(v) => &mut v.start_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::ArtifactRestoreStatus> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.status,
            Self::GranularDriveRestoreArtifact(v) => &v.status,
            Self::GranularSiteRestoreArtifact(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::ArtifactRestoreStatus> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.status,
            Self::GranularDriveRestoreArtifact(v) => &mut v.status,
            Self::GranularSiteRestoreArtifact(v) => &mut v.status,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &v.web_url,
            Self::GranularDriveRestoreArtifact(v) => &v.web_url,
            Self::GranularSiteRestoreArtifact(v) => &v.web_url,
        }
    }
    /// `webUrl` of any variant.
    #[inline]
    pub fn web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::GranularRestoreArtifactBase(v) => &mut v.web_url,
            Self::GranularDriveRestoreArtifact(v) => &mut v.web_url,
            Self::GranularSiteRestoreArtifact(v) => &mut v.web_url,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyGranularRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyGranularRestoreArtifactBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.granularSiteRestoreArtifact`, entity type, derived from `microsoft.graph.granularRestoreArtifactBase`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone)]
pub struct GranularSiteRestoreArtifact {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `browseSessionId`: `Edm.String`, nullable.
    pub browse_session_id: rt::Field<::std::string::String>,
    /// CSDL: property `completionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub completion_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `restoredItemKey`: `Edm.String`, nullable.
    pub restored_item_key: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemPath`: `Edm.String`, nullable.
    pub restored_item_path: rt::Field<::std::string::String>,
    /// CSDL: property `restoredItemWebUrl`: `Edm.String`, nullable.
    pub restored_item_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `restorePointDateTime`: `Edm.DateTimeOffset`, nullable.
    pub restore_point_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `status`: `microsoft.graph.artifactRestoreStatus`, not nullable.
    pub status: rt::Field<crate::v1::ArtifactRestoreStatus>,
    /// CSDL: property `webUrl`: `Edm.String`, nullable.
    pub web_url: rt::Field<::std::string::String>,
    /// CSDL: property `siteId`: `Edm.String`, nullable.
    pub site_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for GranularSiteRestoreArtifact {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            browse_session_id: rt::Field::Absent,
            completion_date_time: rt::Field::Absent,
            restored_item_key: rt::Field::Absent,
            restored_item_path: rt::Field::Absent,
            restored_item_web_url: rt::Field::Absent,
            restore_point_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            web_url: rt::Field::Absent,
            site_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for GranularSiteRestoreArtifact {
    const TYPE_NAME: &'static str = "microsoft.graph.granularSiteRestoreArtifact";
    const KEYS: &'static [&'static str] = &[
        "id",
        "browseSessionId",
        "completionDateTime",
        "restoredItemKey",
        "restoredItemPath",
        "restoredItemWebUrl",
        "restorePointDateTime",
        "startDateTime",
        "status",
        "webUrl",
        "siteId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"browseSessionId\":              ",
        ",\"completionDateTime\":           ",
        ",\"restoredItemKey\":              ",
        ",\"restoredItemPath\":             ",
        ",\"restoredItemWebUrl\":           ",
        ",\"restorePointDateTime\":         ",
        ",\"startDateTime\":                ",
        ",\"status\":                       ",
        ",\"webUrl\":                       ",
        ",\"siteId\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.granularSiteRestoreArtifact\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "browse_session_id", &self.browse_session_id);
        v.field(2usize, "completion_date_time", &self.completion_date_time);
        v.field(3usize, "restored_item_key", &self.restored_item_key);
        v.field(4usize, "restored_item_path", &self.restored_item_path);
        v.field(5usize, "restored_item_web_url", &self.restored_item_web_url);
        v.field(6usize, "restore_point_date_time", &self.restore_point_date_time);
        v.field(7usize, "start_date_time", &self.start_date_time);
        v.field(8usize, "status", &self.status);
        v.field(9usize, "web_url", &self.web_url);
        v.field(10usize, "site_id", &self.site_id);
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::object::Members for GranularSiteRestoreArtifact {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.browse_session_id.read_from(r),
            2usize => self.completion_date_time.read_from(r),
            3usize => self.restored_item_key.read_from(r),
            4usize => self.restored_item_path.read_from(r),
            5usize => self.restored_item_web_url.read_from(r),
            6usize => self.restore_point_date_time.read_from(r),
            7usize => self.start_date_time.read_from(r),
            8usize => self.status.read_from(r),
            9usize => self.web_url.read_from(r),
            10usize => self.site_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.browse_session_id);
        w.field(2usize, &self.completion_date_time);
        w.field(3usize, &self.restored_item_key);
        w.field(4usize, &self.restored_item_path);
        w.field(5usize, &self.restored_item_web_url);
        w.field(6usize, &self.restore_point_date_time);
        w.field(7usize, &self.start_date_time);
        w.field(8usize, &self.status);
        w.field(9usize, &self.web_url);
        w.field(10usize, &self.site_id);
    }
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
rt::impl_object!(GranularSiteRestoreArtifact);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    GranularSiteRestoreArtifact { with_id id : ::std::string::String;
    with_browse_session_id browse_session_id : ::std::string::String;
    with_completion_date_time completion_date_time : rt::edm::DateTimeOffset;
    with_restored_item_key restored_item_key : ::std::string::String;
    with_restored_item_path restored_item_path : ::std::string::String;
    with_restored_item_web_url restored_item_web_url : ::std::string::String;
    with_restore_point_date_time restore_point_date_time : rt::edm::DateTimeOffset;
    with_start_date_time start_date_time : rt::edm::DateTimeOffset; with_status status :
    crate ::v1::ArtifactRestoreStatus; with_web_url web_url : ::std::string::String;
    with_site_id site_id : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(GranularSiteRestoreArtifact);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.groupMembers`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct GroupMembers {
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `groupId`: `Edm.String`, nullable.
    pub group_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for GroupMembers {
    #[inline]
    fn default() -> Self {
        Self {
            description: rt::Field::Absent,
            group_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for GroupMembers {
    const TYPE_NAME: &'static str = "microsoft.graph.groupMembers";
    const KEYS: &'static [&'static str] = &["description", "groupId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"description\":                  ",
        ",\"groupId\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupMembers\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "description", &self.description);
        v.field(1usize, "group_id", &self.group_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for GroupMembers {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.description.read_from(r),
            1usize => self.group_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.description);
        w.field(1usize, &self.group_id);
    }
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
rt::impl_object!(GroupMembers);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    GroupMembers { with_description description : ::std::string::String; with_group_id
    group_id : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupMembers);
#[cfg(msgraph_v1_identity_governance_or_search)]
/// CSDL: `microsoft.graph.groupPeerOutlierRecommendationInsightSettings`, complex type, derived from `microsoft.graph.accessReviewRecommendationInsightSetting`.
///
/// Features: `v1`, or one of `v1-identity-governance`, `v1-search`.
#[derive(Clone)]
pub struct GroupPeerOutlierRecommendationInsightSettings {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl ::std::default::Default for GroupPeerOutlierRecommendationInsightSettings {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::Object for GroupPeerOutlierRecommendationInsightSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.groupPeerOutlierRecommendationInsightSettings";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.groupPeerOutlierRecommendationInsightSettings\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_identity_governance_or_search)]
impl rt::object::Members for GroupPeerOutlierRecommendationInsightSettings {
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
#[cfg(msgraph_v1_identity_governance_or_search)]
rt::impl_object!(GroupPeerOutlierRecommendationInsightSettings);
#[cfg(msgraph_v1_identity_governance_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupPeerOutlierRecommendationInsightSettings);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.groupScope`, complex type, derived from `microsoft.graph.scopeBase`.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct GroupScope {
    /// CSDL: property `identity`: `Edm.String`, nullable.
    pub identity: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for GroupScope {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for GroupScope {
    const TYPE_NAME: &'static str = "microsoft.graph.groupScope";
    const KEYS: &'static [&'static str] = &["identity"];
    const KEYS_JSON: &'static [&'static str] = &[",\"identity\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.groupScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identity", &self.identity);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for GroupScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(GroupScope);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(GroupScope { with_identity identity : ::std::string::String; });
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupScope);
#[cfg(msgraph_v1_core_or_group_settings)]
/// CSDL: `microsoft.graph.groupSetting`, entity type, derived from `microsoft.graph.entity`, open, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-group-settings` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupSetting {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `templateId`: `Edm.String`, nullable.
    pub template_id: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Collection(microsoft.graph.settingValue)`, not nullable.
    pub values: rt::Field<::std::vec::Vec<crate::v1::SettingValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_group_settings)]
impl ::std::default::Default for GroupSetting {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            template_id: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_group_settings)]
impl rt::Object for GroupSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.groupSetting";
    const KEYS: &'static [&'static str] = &["id", "displayName", "templateId", "values"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"displayName\":                  ",
        ",\"templateId\":                   ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "template_id", &self.template_id);
        v.field(3usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_core_or_group_settings)]
impl rt::object::Members for GroupSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.template_id.read_from(r),
            3usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.template_id);
        w.field(3usize, &self.values);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_group_settings)]
rt::impl_object!(GroupSetting);
#[cfg(msgraph_v1_core_or_group_settings)]
rt::impl_setters!(
    GroupSetting { with_id id : ::std::string::String; with_display_name display_name :
    ::std::string::String; with_template_id template_id : ::std::string::String;
    with_values values : ::std::vec::Vec < crate ::v1::SettingValue >; }
);
#[cfg(msgraph_v1_core_or_group_settings)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupSetting);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.groupSettingTemplate`, entity type, derived from `microsoft.graph.directoryObject`, open, key `id`.
///
/// Request builders: [`DirectoryObjectPath`](requests/trait.DirectoryObjectPath.html), what a path to one (`EntityPath<GroupSettingTemplate, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct GroupSettingTemplate {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `deletedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub deleted_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `description`: `Edm.String`, nullable.
    pub description: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `values`: `Collection(microsoft.graph.settingTemplateValue)`, not nullable.
    pub values: rt::Field<::std::vec::Vec<crate::v1::SettingTemplateValue>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for GroupSettingTemplate {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            deleted_date_time: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            values: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for GroupSettingTemplate {
    const TYPE_NAME: &'static str = "microsoft.graph.groupSettingTemplate";
    const KEYS: &'static [&'static str] = &[
        "id",
        "deletedDateTime",
        "description",
        "displayName",
        "values",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"deletedDateTime\":              ",
        ",\"description\":                  ",
        ",\"displayName\":                  ",
        ",\"values\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.groupSettingTemplate\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "deleted_date_time", &self.deleted_date_time);
        v.field(2usize, "description", &self.description);
        v.field(3usize, "display_name", &self.display_name);
        v.field(4usize, "values", &self.values);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for GroupSettingTemplate {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.deleted_date_time.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.values.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.deleted_date_time);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.values);
    }
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
rt::impl_object!(GroupSettingTemplate);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    GroupSettingTemplate { with_id id : ::std::string::String; with_deleted_date_time
    deleted_date_time : rt::edm::DateTimeOffset; with_description description :
    ::std::string::String; with_display_name display_name : ::std::string::String;
    with_values values : ::std::vec::Vec < crate ::v1::SettingTemplateValue >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(GroupSettingTemplate);
#[cfg(msgraph_v1_application_templates_or_search)]
/// CSDL: `microsoft.graph.holdType`, enum type.
///
/// Features: `v1`, or one of `v1-application-templates`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HoldType {
    /// `none` (value 0).
    None,
    /// `private` (value 1).
    Private,
    /// `public` (value 2).
    Public,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_application_templates_or_search)]
impl rt::StrEnum for HoldType {
    const TYPE_NAME: &'static str = "microsoft.graph.holdType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "private",
        "public",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "private" => Self::Private,
                "public" => Self::Public,
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
            Self::Private => "private",
            Self::Public => "public",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_application_templates_or_search)]
rt::impl_enum!(HoldType);
#[cfg(msgraph_v1_application_templates_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(HoldType);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.horizontalSection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`HorizontalSectionPath`](requests/trait.HorizontalSectionPath.html), what a path to one (`EntityPath<HorizontalSection, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HorizontalSection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `emphasis`: `microsoft.graph.sectionEmphasisType`, nullable.
    pub emphasis: rt::Field<crate::v1::SectionEmphasisType>,
    /// CSDL: property `layout`: `microsoft.graph.horizontalSectionLayoutType`, nullable.
    pub layout: rt::Field<crate::v1::HorizontalSectionLayoutType>,
    /// CSDL: containment navigation property `columns`: `Collection(microsoft.graph.horizontalSectionColumn)`, not nullable.
    pub columns: rt::Field<::std::vec::Vec<crate::v1::HorizontalSectionColumn>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for HorizontalSection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            emphasis: rt::Field::Absent,
            layout: rt::Field::Absent,
            columns: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for HorizontalSection {
    const TYPE_NAME: &'static str = "microsoft.graph.horizontalSection";
    const KEYS: &'static [&'static str] = &["id", "emphasis", "layout", "columns"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"emphasis\":                     ",
        ",\"layout\":                       ",
        ",\"columns\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.horizontalSection\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "emphasis", &self.emphasis);
        v.field(2usize, "layout", &self.layout);
        v.field(3usize, "columns", &self.columns);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for HorizontalSection {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.emphasis.read_from(r),
            2usize => self.layout.read_from(r),
            3usize => self.columns.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.emphasis);
        w.field(2usize, &self.layout);
        w.field(3usize, &self.columns);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(HorizontalSection);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    HorizontalSection { with_id id : ::std::string::String; with_emphasis emphasis :
    crate ::v1::SectionEmphasisType; with_layout layout : crate
    ::v1::HorizontalSectionLayoutType; with_columns columns : ::std::vec::Vec < crate
    ::v1::HorizontalSectionColumn >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(HorizontalSection);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.horizontalSectionColumn`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`HorizontalSectionColumnPath`](requests/trait.HorizontalSectionColumnPath.html), what a path to one (`EntityPath<HorizontalSectionColumn, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HorizontalSectionColumn {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `width`: `Edm.Int32`, nullable.
    pub width: rt::Field<i32>,
    /// CSDL: containment navigation property `webparts`: `Collection(microsoft.graph.webPart)`, not nullable.
    pub webparts: rt::Field<::std::vec::Vec<crate::v1::AnyWebPart>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for HorizontalSectionColumn {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            width: rt::Field::Absent,
            webparts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for HorizontalSectionColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.horizontalSectionColumn";
    const KEYS: &'static [&'static str] = &["id", "width", "webparts"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"width\":                        ",
        ",\"webparts\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.horizontalSectionColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "width", &self.width);
        v.field(2usize, "webparts", &self.webparts);
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::object::Members for HorizontalSectionColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.width.read_from(r),
            2usize => self.webparts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.width);
        w.field(2usize, &self.webparts);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(HorizontalSectionColumn);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    HorizontalSectionColumn { with_id id : ::std::string::String; with_width width : i32;
    with_webparts webparts : ::std::vec::Vec < crate ::v1::AnyWebPart >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(HorizontalSectionColumn);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.horizontalSectionLayoutType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum HorizontalSectionLayoutType {
    /// `none` (value 0).
    None,
    /// `oneColumn` (value 1).
    OneColumn,
    /// `twoColumns` (value 2).
    TwoColumns,
    /// `threeColumns` (value 3).
    ThreeColumns,
    /// `oneThirdLeftColumn` (value 4).
    OneThirdLeftColumn,
    /// `oneThirdRightColumn` (value 5).
    OneThirdRightColumn,
    /// `fullWidth` (value 6).
    FullWidth,
    /// `unknownFutureValue` (value 7).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::StrEnum for HorizontalSectionLayoutType {
    const TYPE_NAME: &'static str = "microsoft.graph.horizontalSectionLayoutType";
    const MEMBERS: &'static [&'static str] = &[
        "none",
        "oneColumn",
        "twoColumns",
        "threeColumns",
        "oneThirdLeftColumn",
        "oneThirdRightColumn",
        "fullWidth",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "none" => Self::None,
                "oneColumn" => Self::OneColumn,
                "twoColumns" => Self::TwoColumns,
                "threeColumns" => Self::ThreeColumns,
                "oneThirdLeftColumn" => Self::OneThirdLeftColumn,
                "oneThirdRightColumn" => Self::OneThirdRightColumn,
                "fullWidth" => Self::FullWidth,
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
            Self::OneColumn => "oneColumn",
            Self::TwoColumns => "twoColumns",
            Self::ThreeColumns => "threeColumns",
            Self::OneThirdLeftColumn => "oneThirdLeftColumn",
            Self::OneThirdRightColumn => "oneThirdRightColumn",
            Self::FullWidth => "fullWidth",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_enum!(HorizontalSectionLayoutType);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(HorizontalSectionLayoutType);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.hostSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(HostSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    HostSecurityState { with_fqdn fqdn : ::std::string::String; with_is_azure_ad_joined
    is_azure_ad_joined : bool; with_is_azure_ad_registered is_azure_ad_registered : bool;
    with_is_hybrid_azure_domain_joined is_hybrid_azure_domain_joined : bool;
    with_net_bios_name net_bios_name : ::std::string::String; with_os os :
    ::std::string::String; with_private_ip_address private_ip_address :
    ::std::string::String; with_public_ip_address public_ip_address :
    ::std::string::String; with_risk_score risk_score : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(HostSecurityState);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.hyperlinkOrPictureColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct HyperlinkOrPictureColumn {
    /// CSDL: property `isPicture`: `Edm.Boolean`, nullable.
    pub is_picture: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for HyperlinkOrPictureColumn {
    #[inline]
    fn default() -> Self {
        Self {
            is_picture: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for HyperlinkOrPictureColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.hyperlinkOrPictureColumn";
    const KEYS: &'static [&'static str] = &["isPicture"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isPicture\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.hyperlinkOrPictureColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_picture", &self.is_picture);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for HyperlinkOrPictureColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_picture.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_picture);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(HyperlinkOrPictureColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(HyperlinkOrPictureColumn { with_is_picture is_picture : bool; });
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(HyperlinkOrPictureColumn);
#[cfg(msgraph_v1_identity_protection)]
/// CSDL: `microsoft.graph.identityProtectionRoot`, entity type.
///
/// Request builders: [`IdentityProtectionRootPath`](requests/trait.IdentityProtectionRootPath.html), what a path to one (`EntityPath<IdentityProtectionRoot, C>`) dereferences to.
///
/// Features: `v1` or `v1-identity-protection`.
#[derive(Clone)]
pub struct IdentityProtectionRoot {
    /// CSDL: containment navigation property `riskDetections`: `Collection(microsoft.graph.riskDetection)`, not nullable.
    pub risk_detections: rt::Field<::std::vec::Vec<crate::v1::RiskDetection>>,
    /// CSDL: containment navigation property `riskyServicePrincipals`: `Collection(microsoft.graph.riskyServicePrincipal)`, not nullable.
    pub risky_service_principals: rt::Field<
        ::std::vec::Vec<crate::v1::AnyRiskyServicePrincipal>,
    >,
    /// CSDL: containment navigation property `riskyUsers`: `Collection(microsoft.graph.riskyUser)`, not nullable.
    pub risky_users: rt::Field<::std::vec::Vec<crate::v1::AnyRiskyUser>>,
    /// CSDL: containment navigation property `servicePrincipalRiskDetections`: `Collection(microsoft.graph.servicePrincipalRiskDetection)`, not nullable.
    pub service_principal_risk_detections: rt::Field<
        ::std::vec::Vec<crate::v1::ServicePrincipalRiskDetection>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_identity_protection)]
impl ::std::default::Default for IdentityProtectionRoot {
    #[inline]
    fn default() -> Self {
        Self {
            risk_detections: rt::Field::Absent,
            risky_service_principals: rt::Field::Absent,
            risky_users: rt::Field::Absent,
            service_principal_risk_detections: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_identity_protection)]
impl rt::Object for IdentityProtectionRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.identityProtectionRoot";
    const KEYS: &'static [&'static str] = &[
        "riskDetections",
        "riskyServicePrincipals",
        "riskyUsers",
        "servicePrincipalRiskDetections",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"riskDetections\":               ",
        ",\"riskyServicePrincipals\":       ",
        ",\"riskyUsers\":                   ",
        ",\"servicePrincipalRiskDetections\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.identityProtectionRoot\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "risk_detections", &self.risk_detections);
        v.field(1usize, "risky_service_principals", &self.risky_service_principals);
        v.field(2usize, "risky_users", &self.risky_users);
        v.field(
            3usize,
            "service_principal_risk_detections",
            &self.service_principal_risk_detections,
        );
    }
}
#[cfg(msgraph_v1_identity_protection)]
impl rt::object::Members for IdentityProtectionRoot {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.risk_detections.read_from(r),
            1usize => self.risky_service_principals.read_from(r),
            2usize => self.risky_users.read_from(r),
            3usize => self.service_principal_risk_detections.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.risk_detections);
        w.field(1usize, &self.risky_service_principals);
        w.field(2usize, &self.risky_users);
        w.field(3usize, &self.service_principal_risk_detections);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_identity_protection)]
rt::impl_object!(IdentityProtectionRoot);
#[cfg(msgraph_v1_identity_protection)]
rt::impl_setters!(
    IdentityProtectionRoot { with_risk_detections risk_detections : ::std::vec::Vec <
    crate ::v1::RiskDetection >; with_risky_service_principals risky_service_principals :
    ::std::vec::Vec < crate ::v1::AnyRiskyServicePrincipal >; with_risky_users
    risky_users : ::std::vec::Vec < crate ::v1::AnyRiskyUser >;
    with_service_principal_risk_detections service_principal_risk_detections :
    ::std::vec::Vec < crate ::v1::ServicePrincipalRiskDetection >; }
);
#[cfg(msgraph_v1_identity_protection)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdentityProtectionRoot);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.idleSessionSignOut`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone)]
pub struct IdleSessionSignOut {
    /// CSDL: property `isEnabled`: `Edm.Boolean`, nullable.
    pub is_enabled: rt::Field<bool>,
    /// CSDL: property `signOutAfterInSeconds`: `Edm.Int64`, nullable.
    pub sign_out_after_in_seconds: rt::Field<i64>,
    /// CSDL: property `warnAfterInSeconds`: `Edm.Int64`, nullable.
    pub warn_after_in_seconds: rt::Field<i64>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_admin_or_search)]
impl ::std::default::Default for IdleSessionSignOut {
    #[inline]
    fn default() -> Self {
        Self {
            is_enabled: rt::Field::Absent,
            sign_out_after_in_seconds: rt::Field::Absent,
            warn_after_in_seconds: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::Object for IdleSessionSignOut {
    const TYPE_NAME: &'static str = "microsoft.graph.idleSessionSignOut";
    const KEYS: &'static [&'static str] = &[
        "isEnabled",
        "signOutAfterInSeconds",
        "warnAfterInSeconds",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isEnabled\":                    ",
        ",\"signOutAfterInSeconds\":        ",
        ",\"warnAfterInSeconds\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.idleSessionSignOut\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_enabled", &self.is_enabled);
        v.field(1usize, "sign_out_after_in_seconds", &self.sign_out_after_in_seconds);
        v.field(2usize, "warn_after_in_seconds", &self.warn_after_in_seconds);
    }
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::object::Members for IdleSessionSignOut {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_enabled.read_from(r),
            1usize => self.sign_out_after_in_seconds.read_from(r),
            2usize => self.warn_after_in_seconds.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_enabled);
        w.field(1usize, &self.sign_out_after_in_seconds);
        w.field(2usize, &self.warn_after_in_seconds);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_object!(IdleSessionSignOut);
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_setters!(
    IdleSessionSignOut { with_is_enabled is_enabled : bool;
    with_sign_out_after_in_seconds sign_out_after_in_seconds : i64;
    with_warn_after_in_seconds warn_after_in_seconds : i64; }
);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IdleSessionSignOut);
#[cfg(msgraph_v1_admin_or_search)]
/// CSDL: `microsoft.graph.imageTaggingChoice`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImageTaggingChoice {
    /// `disabled` (value 0).
    Disabled,
    /// `basic` (value 1).
    Basic,
    /// `enhanced` (value 2).
    Enhanced,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_admin_or_search)]
impl rt::StrEnum for ImageTaggingChoice {
    const TYPE_NAME: &'static str = "microsoft.graph.imageTaggingChoice";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "basic",
        "enhanced",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "basic" => Self::Basic,
                "enhanced" => Self::Enhanced,
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
            Self::Basic => "basic",
            Self::Enhanced => "enhanced",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_admin_or_search)]
rt::impl_enum!(ImageTaggingChoice);
#[cfg(msgraph_v1_admin_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImageTaggingChoice);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.implicitGrantSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ImplicitGrantSettings {
    /// CSDL: property `enableAccessTokenIssuance`: `Edm.Boolean`, nullable.
    pub enable_access_token_issuance: rt::Field<bool>,
    /// CSDL: property `enableIdTokenIssuance`: `Edm.Boolean`, nullable.
    pub enable_id_token_issuance: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ImplicitGrantSettings {
    #[inline]
    fn default() -> Self {
        Self {
            enable_access_token_issuance: rt::Field::Absent,
            enable_id_token_issuance: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ImplicitGrantSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.implicitGrantSettings";
    const KEYS: &'static [&'static str] = &[
        "enableAccessTokenIssuance",
        "enableIdTokenIssuance",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enableAccessTokenIssuance\":    ",
        ",\"enableIdTokenIssuance\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.implicitGrantSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "enable_access_token_issuance",
            &self.enable_access_token_issuance,
        );
        v.field(1usize, "enable_id_token_issuance", &self.enable_id_token_issuance);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for ImplicitGrantSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enable_access_token_issuance.read_from(r),
            1usize => self.enable_id_token_issuance.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enable_access_token_issuance);
        w.field(1usize, &self.enable_id_token_issuance);
    }
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
rt::impl_object!(ImplicitGrantSettings);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ImplicitGrantSettings { with_enable_access_token_issuance
    enable_access_token_issuance : bool; with_enable_id_token_issuance
    enable_id_token_issuance : bool; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImplicitGrantSettings);
#[cfg(msgraph_v1_places_or_search)]
/// CSDL: `microsoft.graph.importBuildingMapSetting`, complex type.
///
/// Features: `v1`, or one of `v1-places`, `v1-search`.
#[derive(Clone)]
pub struct ImportBuildingMapSetting {
    /// CSDL: property `isDryRun`: `Edm.Boolean`, not nullable.
    pub is_dry_run: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_places_or_search)]
impl ::std::default::Default for ImportBuildingMapSetting {
    #[inline]
    fn default() -> Self {
        Self {
            is_dry_run: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::Object for ImportBuildingMapSetting {
    const TYPE_NAME: &'static str = "microsoft.graph.importBuildingMapSetting";
    const KEYS: &'static [&'static str] = &["isDryRun"];
    const KEYS_JSON: &'static [&'static str] = &[",\"isDryRun\":                     "];
    const TAG: &'static str = "\"#microsoft.graph.importBuildingMapSetting\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_dry_run", &self.is_dry_run);
    }
}
#[cfg(msgraph_v1_places_or_search)]
impl rt::object::Members for ImportBuildingMapSetting {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_dry_run.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_dry_run);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_places_or_search)]
rt::impl_object!(ImportBuildingMapSetting);
#[cfg(msgraph_v1_places_or_search)]
rt::impl_setters!(ImportBuildingMapSetting { with_is_dry_run is_dry_run : bool; });
#[cfg(msgraph_v1_places_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportBuildingMapSetting);
#[cfg(msgraph_v1_device_management_or_search)]
/// Imported windows autopilot devices.
///
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentity`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ImportedWindowsAutopilotDeviceIdentityPath`](requests/trait.ImportedWindowsAutopilotDeviceIdentityPath.html), what a path to one (`EntityPath<ImportedWindowsAutopilotDeviceIdentity, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// UPN of the user the device will be assigned
    ///
    /// CSDL: property `assignedUserPrincipalName`: `Edm.String`, nullable.
    pub assigned_user_principal_name: rt::Field<::std::string::String>,
    /// Group Tag of the Windows autopilot device.
    ///
    /// CSDL: property `groupTag`: `Edm.String`, nullable.
    pub group_tag: rt::Field<::std::string::String>,
    /// Hardware Blob of the Windows autopilot device.
    ///
    /// CSDL: property `hardwareIdentifier`: `Edm.Binary`, nullable.
    pub hardware_identifier: rt::Field<rt::edm::Binary>,
    /// The Import Id of the Windows autopilot device.
    ///
    /// CSDL: property `importId`: `Edm.String`, nullable.
    pub import_id: rt::Field<::std::string::String>,
    /// Product Key of the Windows autopilot device.
    ///
    /// CSDL: property `productKey`: `Edm.String`, nullable.
    pub product_key: rt::Field<::std::string::String>,
    /// Serial number of the Windows autopilot device.
    ///
    /// CSDL: property `serialNumber`: `Edm.String`, nullable.
    pub serial_number: rt::Field<::std::string::String>,
    /// Current state of the imported device.
    ///
    /// CSDL: property `state`: `microsoft.graph.importedWindowsAutopilotDeviceIdentityState`, nullable.
    pub state: rt::Field<crate::v1::ImportedWindowsAutopilotDeviceIdentityState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for ImportedWindowsAutopilotDeviceIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            assigned_user_principal_name: rt::Field::Absent,
            group_tag: rt::Field::Absent,
            hardware_identifier: rt::Field::Absent,
            import_id: rt::Field::Absent,
            product_key: rt::Field::Absent,
            serial_number: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentity";
    const KEYS: &'static [&'static str] = &[
        "id",
        "assignedUserPrincipalName",
        "groupTag",
        "hardwareIdentifier",
        "importId",
        "productKey",
        "serialNumber",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"assignedUserPrincipalName\":    ",
        ",\"groupTag\":                     ",
        ",\"hardwareIdentifier\":           ",
        ",\"importId\":                     ",
        ",\"productKey\":                   ",
        ",\"serialNumber\":                 ",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedWindowsAutopilotDeviceIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(
            1usize,
            "assigned_user_principal_name",
            &self.assigned_user_principal_name,
        );
        v.field(2usize, "group_tag", &self.group_tag);
        v.field(3usize, "hardware_identifier", &self.hardware_identifier);
        v.field(4usize, "import_id", &self.import_id);
        v.field(5usize, "product_key", &self.product_key);
        v.field(6usize, "serial_number", &self.serial_number);
        v.field(7usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for ImportedWindowsAutopilotDeviceIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.assigned_user_principal_name.read_from(r),
            2usize => self.group_tag.read_from(r),
            3usize => self.hardware_identifier.read_from(r),
            4usize => self.import_id.read_from(r),
            5usize => self.product_key.read_from(r),
            6usize => self.serial_number.read_from(r),
            7usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.assigned_user_principal_name);
        w.field(2usize, &self.group_tag);
        w.field(3usize, &self.hardware_identifier);
        w.field(4usize, &self.import_id);
        w.field(5usize, &self.product_key);
        w.field(6usize, &self.serial_number);
        w.field(7usize, &self.state);
    }
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentity);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentity { with_id id : ::std::string::String;
    with_assigned_user_principal_name assigned_user_principal_name :
    ::std::string::String; with_group_tag group_tag : ::std::string::String;
    with_hardware_identifier hardware_identifier : rt::edm::Binary; with_import_id
    import_id : ::std::string::String; with_product_key product_key :
    ::std::string::String; with_serial_number serial_number : ::std::string::String;
    with_state state : crate ::v1::ImportedWindowsAutopilotDeviceIdentityState; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentity);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus`, enum type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImportedWindowsAutopilotDeviceIdentityImportStatus {
    /// Unknown status.
    ///
    /// `unknown` (value 0).
    Unknown,
    /// Pending status.
    ///
    /// `pending` (value 1).
    Pending,
    /// Partial status.
    ///
    /// `partial` (value 2).
    Partial,
    /// Complete status.
    ///
    /// `complete` (value 3).
    Complete,
    /// Error status.
    ///
    /// `error` (value 4).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::StrEnum for ImportedWindowsAutopilotDeviceIdentityImportStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus";
    const MEMBERS: &'static [&'static str] = &[
        "unknown",
        "pending",
        "partial",
        "complete",
        "error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "unknown" => Self::Unknown,
                "pending" => Self::Pending,
                "partial" => Self::Partial,
                "complete" => Self::Complete,
                "error" => Self::Error,
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
            Self::Pending => "pending",
            Self::Partial => "partial",
            Self::Complete => "complete",
            Self::Error => "error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_enum!(ImportedWindowsAutopilotDeviceIdentityImportStatus);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityImportStatus);
#[cfg(msgraph_v1_device_management_or_search)]
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityState`, complex type.
///
/// Features: `v1`, or one of `v1-device-management`, `v1-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentityState {
    /// Device error code reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceErrorCode`: `Edm.Int32`, not nullable.
    pub device_error_code: rt::Field<i32>,
    /// Device error name reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceErrorName`: `Edm.String`, nullable.
    pub device_error_name: rt::Field<::std::string::String>,
    /// Device status reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceImportStatus`: `microsoft.graph.importedWindowsAutopilotDeviceIdentityImportStatus`, not nullable.
    pub device_import_status: rt::Field<
        crate::v1::ImportedWindowsAutopilotDeviceIdentityImportStatus,
    >,
    /// Device Registration ID for successfully added device reported by Device Directory Service(DDS).
    ///
    /// CSDL: property `deviceRegistrationId`: `Edm.String`, nullable.
    pub device_registration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_device_management_or_search)]
impl ::std::default::Default for ImportedWindowsAutopilotDeviceIdentityState {
    #[inline]
    fn default() -> Self {
        Self {
            device_error_code: rt::Field::Absent,
            device_error_name: rt::Field::Absent,
            device_import_status: rt::Field::Absent,
            device_registration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentityState {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityState";
    const KEYS: &'static [&'static str] = &[
        "deviceErrorCode",
        "deviceErrorName",
        "deviceImportStatus",
        "deviceRegistrationId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"deviceErrorCode\":              ",
        ",\"deviceErrorName\":              ",
        ",\"deviceImportStatus\":           ",
        ",\"deviceRegistrationId\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedWindowsAutopilotDeviceIdentityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "device_error_code", &self.device_error_code);
        v.field(1usize, "device_error_name", &self.device_error_name);
        v.field(2usize, "device_import_status", &self.device_import_status);
        v.field(3usize, "device_registration_id", &self.device_registration_id);
    }
}
#[cfg(msgraph_v1_device_management_or_search)]
impl rt::object::Members for ImportedWindowsAutopilotDeviceIdentityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.device_error_code.read_from(r),
            1usize => self.device_error_name.read_from(r),
            2usize => self.device_import_status.read_from(r),
            3usize => self.device_registration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.device_error_code);
        w.field(1usize, &self.device_error_name);
        w.field(2usize, &self.device_import_status);
        w.field(3usize, &self.device_registration_id);
    }
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityState);
#[cfg(msgraph_v1_device_management_or_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityState { with_device_error_code
    device_error_code : i32; with_device_error_name device_error_name :
    ::std::string::String; with_device_import_status device_import_status : crate
    ::v1::ImportedWindowsAutopilotDeviceIdentityImportStatus; with_device_registration_id
    device_registration_id : ::std::string::String; }
);
#[cfg(msgraph_v1_device_management_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityState);
#[cfg(msgraph_v1_search)]
/// Import windows autopilot devices using upload.
///
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`ImportedWindowsAutopilotDeviceIdentityUploadPath`](requests/trait.ImportedWindowsAutopilotDeviceIdentityUploadPath.html), what a path to one (`EntityPath<ImportedWindowsAutopilotDeviceIdentityUpload, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct ImportedWindowsAutopilotDeviceIdentityUpload {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// DateTime when the entity is created.
    ///
    /// CSDL: property `createdDateTimeUtc`: `Edm.DateTimeOffset`, not nullable.
    pub created_date_time_utc: rt::Field<rt::edm::DateTimeOffset>,
    /// Upload status.
    ///
    /// CSDL: property `status`: `microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus`, not nullable.
    pub status: rt::Field<crate::v1::ImportedWindowsAutopilotDeviceIdentityUploadStatus>,
    /// Collection of all Autopilot devices as a part of this upload.
    ///
    /// CSDL: containment navigation property `deviceIdentities`: `Collection(microsoft.graph.importedWindowsAutopilotDeviceIdentity)`, not nullable.
    pub device_identities: rt::Field<
        ::std::vec::Vec<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for ImportedWindowsAutopilotDeviceIdentityUpload {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time_utc: rt::Field::Absent,
            status: rt::Field::Absent,
            device_identities: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for ImportedWindowsAutopilotDeviceIdentityUpload {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTimeUtc",
        "status",
        "deviceIdentities",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTimeUtc\":           ",
        ",\"status\":                       ",
        ",\"deviceIdentities\":             ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time_utc", &self.created_date_time_utc);
        v.field(2usize, "status", &self.status);
        v.field(3usize, "device_identities", &self.device_identities);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for ImportedWindowsAutopilotDeviceIdentityUpload {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time_utc.read_from(r),
            2usize => self.status.read_from(r),
            3usize => self.device_identities.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time_utc);
        w.field(2usize, &self.status);
        w.field(3usize, &self.device_identities);
    }
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
rt::impl_object!(ImportedWindowsAutopilotDeviceIdentityUpload);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    ImportedWindowsAutopilotDeviceIdentityUpload { with_id id : ::std::string::String;
    with_created_date_time_utc created_date_time_utc : rt::edm::DateTimeOffset;
    with_status status : crate ::v1::ImportedWindowsAutopilotDeviceIdentityUploadStatus;
    with_device_identities device_identities : ::std::vec::Vec < crate
    ::v1::ImportedWindowsAutopilotDeviceIdentity >; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityUpload);
#[cfg(msgraph_v1_search)]
/// CSDL: `microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus`, enum type.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ImportedWindowsAutopilotDeviceIdentityUploadStatus {
    /// No upload status.
    ///
    /// `noUpload` (value 0).
    NoUpload,
    /// Pending status.
    ///
    /// `pending` (value 1).
    Pending,
    /// Complete status.
    ///
    /// `complete` (value 2).
    Complete,
    /// Error status.
    ///
    /// `error` (value 3).
    Error,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search)]
impl rt::StrEnum for ImportedWindowsAutopilotDeviceIdentityUploadStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.importedWindowsAutopilotDeviceIdentityUploadStatus";
    const MEMBERS: &'static [&'static str] = &[
        "noUpload",
        "pending",
        "complete",
        "error",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "noUpload" => Self::NoUpload,
                "pending" => Self::Pending,
                "complete" => Self::Complete,
                "error" => Self::Error,
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
            Self::NoUpload => "noUpload",
            Self::Pending => "pending",
            Self::Complete => "complete",
            Self::Error => "error",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search)]
rt::impl_enum!(ImportedWindowsAutopilotDeviceIdentityUploadStatus);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ImportedWindowsAutopilotDeviceIdentityUploadStatus);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.includeTarget`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct IncludeTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for IncludeTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for IncludeTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.includeTarget";
    const KEYS: &'static [&'static str] = &["id", "targetType"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"targetType\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.includeTarget\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target_type", &self.target_type);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for IncludeTarget {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target_type);
    }
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
rt::impl_object!(IncludeTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    IncludeTarget { with_id id : ::std::string::String; with_target_type target_type :
    crate ::v1::AuthenticationMethodTargetType; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncludeTarget);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.incomingCallOptions`, complex type, derived from `microsoft.graph.callOptions`.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct IncomingCallOptions {
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
impl ::std::default::Default for IncomingCallOptions {
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
impl rt::Object for IncomingCallOptions {
    const TYPE_NAME: &'static str = "microsoft.graph.incomingCallOptions";
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
    const TAG: &'static str = "\"#microsoft.graph.incomingCallOptions\"";
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
impl rt::object::Members for IncomingCallOptions {
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
rt::impl_object!(IncomingCallOptions);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    IncomingCallOptions { with_hide_bot_after_escalation hide_bot_after_escalation :
    bool; with_is_content_sharing_notification_enabled
    is_content_sharing_notification_enabled : bool; with_is_delta_roster_enabled
    is_delta_roster_enabled : bool; with_is_interactive_roster_enabled
    is_interactive_roster_enabled : bool; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncomingCallOptions);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.incomingContext`, complex type.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct IncomingContext {
    /// CSDL: property `observedParticipantId`: `Edm.String`, nullable.
    pub observed_participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `onBehalfOf`: `microsoft.graph.identitySet`, nullable.
    pub on_behalf_of: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `sourceParticipantId`: `Edm.String`, nullable.
    pub source_participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `transferor`: `microsoft.graph.identitySet`, nullable.
    pub transferor: rt::Field<crate::v1::AnyIdentitySet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for IncomingContext {
    #[inline]
    fn default() -> Self {
        Self {
            observed_participant_id: rt::Field::Absent,
            on_behalf_of: rt::Field::Absent,
            source_participant_id: rt::Field::Absent,
            transferor: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for IncomingContext {
    const TYPE_NAME: &'static str = "microsoft.graph.incomingContext";
    const KEYS: &'static [&'static str] = &[
        "observedParticipantId",
        "onBehalfOf",
        "sourceParticipantId",
        "transferor",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"observedParticipantId\":        ",
        ",\"onBehalfOf\":                   ",
        ",\"sourceParticipantId\":          ",
        ",\"transferor\":                   ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.incomingContext\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "observed_participant_id", &self.observed_participant_id);
        v.field(1usize, "on_behalf_of", &self.on_behalf_of);
        v.field(2usize, "source_participant_id", &self.source_participant_id);
        v.field(3usize, "transferor", &self.transferor);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for IncomingContext {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.observed_participant_id.read_from(r),
            1usize => self.on_behalf_of.read_from(r),
            2usize => self.source_participant_id.read_from(r),
            3usize => self.transferor.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.observed_participant_id);
        w.field(1usize, &self.on_behalf_of);
        w.field(2usize, &self.source_participant_id);
        w.field(3usize, &self.transferor);
    }
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
rt::impl_object!(IncomingContext);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    IncomingContext { with_observed_participant_id observed_participant_id :
    ::std::string::String; with_on_behalf_of on_behalf_of : crate ::v1::AnyIdentitySet;
    with_source_participant_id source_participant_id : ::std::string::String;
    with_transferor transferor : crate ::v1::AnyIdentitySet; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncomingContext);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.incompleteData`, complex type, open.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IncompleteData {
    /// CSDL: property `missingDataBeforeDateTime`: `Edm.DateTimeOffset`, nullable.
    pub missing_data_before_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `wasThrottled`: `Edm.Boolean`, nullable.
    pub was_throttled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for IncompleteData {
    #[inline]
    fn default() -> Self {
        Self {
            missing_data_before_date_time: rt::Field::Absent,
            was_throttled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for IncompleteData {
    const TYPE_NAME: &'static str = "microsoft.graph.incompleteData";
    const KEYS: &'static [&'static str] = &["missingDataBeforeDateTime", "wasThrottled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"missingDataBeforeDateTime\":    ",
        ",\"wasThrottled\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.incompleteData\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "missing_data_before_date_time",
            &self.missing_data_before_date_time,
        );
        v.field(1usize, "was_throttled", &self.was_throttled);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for IncompleteData {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.missing_data_before_date_time.read_from(r),
            1usize => self.was_throttled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.missing_data_before_date_time);
        w.field(1usize, &self.was_throttled);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(IncompleteData);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    IncompleteData { with_missing_data_before_date_time missing_data_before_date_time :
    rt::edm::DateTimeOffset; with_was_throttled was_throttled : bool; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(IncompleteData);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.inferenceClassification`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InferenceClassificationPath`](requests/trait.InferenceClassificationPath.html), what a path to one (`EntityPath<InferenceClassification, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InferenceClassification {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `overrides`: `Collection(microsoft.graph.inferenceClassificationOverride)`, not nullable.
    pub overrides: rt::Field<
        ::std::vec::Vec<crate::v1::InferenceClassificationOverride>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InferenceClassification {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            overrides: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InferenceClassification {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceClassification";
    const KEYS: &'static [&'static str] = &["id", "overrides"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"overrides\":                    ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inferenceClassification\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "overrides", &self.overrides);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InferenceClassification {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.overrides.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.overrides);
    }
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
rt::impl_object!(InferenceClassification);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InferenceClassification { with_id id : ::std::string::String; with_overrides
    overrides : ::std::vec::Vec < crate ::v1::InferenceClassificationOverride >; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceClassification);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.inferenceClassificationOverride`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`InferenceClassificationOverridePath`](requests/trait.InferenceClassificationOverridePath.html), what a path to one (`EntityPath<InferenceClassificationOverride, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InferenceClassificationOverride {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `classifyAs`: `microsoft.graph.inferenceClassificationType`, nullable.
    pub classify_as: rt::Field<crate::v1::InferenceClassificationType>,
    /// CSDL: property `senderEmailAddress`: `microsoft.graph.emailAddress`, nullable.
    pub sender_email_address: rt::Field<crate::v1::EmailAddress>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InferenceClassificationOverride {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            classify_as: rt::Field::Absent,
            sender_email_address: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InferenceClassificationOverride {
    const TYPE_NAME: &'static str = "microsoft.graph.inferenceClassificationOverride";
    const KEYS: &'static [&'static str] = &["id", "classifyAs", "senderEmailAddress"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"classifyAs\":                   ",
        ",\"senderEmailAddress\":           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inferenceClassificationOverride\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "classify_as", &self.classify_as);
        v.field(2usize, "sender_email_address", &self.sender_email_address);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InferenceClassificationOverride {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.classify_as.read_from(r),
            2usize => self.sender_email_address.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.classify_as);
        w.field(2usize, &self.sender_email_address);
    }
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
rt::impl_object!(InferenceClassificationOverride);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InferenceClassificationOverride { with_id id : ::std::string::String;
    with_classify_as classify_as : crate ::v1::InferenceClassificationType;
    with_sender_email_address sender_email_address : crate ::v1::EmailAddress; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InferenceClassificationOverride);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.insightIdentity`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct InsightIdentity {
    /// CSDL: property `address`: `Edm.String`, nullable.
    pub address: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `id`: `Edm.String`, nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for InsightIdentity {
    #[inline]
    fn default() -> Self {
        Self {
            address: rt::Field::Absent,
            display_name: rt::Field::Absent,
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for InsightIdentity {
    const TYPE_NAME: &'static str = "microsoft.graph.insightIdentity";
    const KEYS: &'static [&'static str] = &["address", "displayName", "id"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"address\":                      ",
        ",\"displayName\":                  ",
        ",\"id\":                           ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.insightIdentity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "address", &self.address);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "id", &self.id);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for InsightIdentity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.address.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.address);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.id);
    }
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
rt::impl_object!(InsightIdentity);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    InsightIdentity { with_address address : ::std::string::String; with_display_name
    display_name : ::std::string::String; with_id id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(InsightIdentity);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.instanceResourceAccess`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct InstanceResourceAccess {
    /// CSDL: property `permissions`: `Collection(microsoft.graph.resourcePermission)`, not nullable.
    pub permissions: rt::Field<::std::vec::Vec<crate::v1::ResourcePermission>>,
    /// CSDL: property `resourceAppId`: `Edm.String`, not nullable.
    pub resource_app_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for InstanceResourceAccess {
    #[inline]
    fn default() -> Self {
        Self {
            permissions: rt::Field::Absent,
            resource_app_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for InstanceResourceAccess {
    const TYPE_NAME: &'static str = "microsoft.graph.instanceResourceAccess";
    const KEYS: &'static [&'static str] = &["permissions", "resourceAppId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"permissions\":                  ",
        ",\"resourceAppId\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.instanceResourceAccess\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "permissions", &self.permissions);
        v.field(1usize, "resource_app_id", &self.resource_app_id);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for InstanceResourceAccess {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.permissions.read_from(r),
            1usize => self.resource_app_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.permissions);
        w.field(1usize, &self.resource_app_id);
    }
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
rt::impl_object!(InstanceResourceAccess);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    InstanceResourceAccess { with_permissions permissions : ::std::vec::Vec < crate
    ::v1::ResourcePermission >; with_resource_app_id resource_app_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InstanceResourceAccess);
#[cfg(msgraph_v1_core_or_security)]
/// CSDL: `microsoft.graph.integratedApplicationMetadata`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct IntegratedApplicationMetadata {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `version`: `Edm.String`, nullable.
    pub version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for IntegratedApplicationMetadata {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::Object for IntegratedApplicationMetadata {
    const TYPE_NAME: &'static str = "microsoft.graph.integratedApplicationMetadata";
    const KEYS: &'static [&'static str] = &["name", "version"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"version\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.integratedApplicationMetadata\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "version", &self.version);
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl rt::object::Members for IntegratedApplicationMetadata {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.version);
    }
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
rt::impl_object!(IntegratedApplicationMetadata);
#[cfg(msgraph_v1_core_or_security)]
rt::impl_setters!(
    IntegratedApplicationMetadata { with_name name : ::std::string::String; with_version
    version : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(IntegratedApplicationMetadata);
#[cfg(msgraph_v1_core_or_security)]
/// `microsoft.graph.integratedApplicationMetadata` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyIntegratedApplicationMetadata {
    IntegratedApplicationMetadata(
        ::std::boxed::Box<crate::v1::IntegratedApplicationMetadata>,
    ),
    ProtectedApplicationMetadata(
        ::std::boxed::Box<crate::v1::ProtectedApplicationMetadata>,
    ),
}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::default::Default for AnyIntegratedApplicationMetadata {
    #[inline]
    fn default() -> Self {
        Self::IntegratedApplicationMetadata(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IntegratedApplicationMetadata>
for AnyIntegratedApplicationMetadata {
    #[inline]
    fn from(v: crate::v1::IntegratedApplicationMetadata) -> Self {
        Self::IntegratedApplicationMetadata(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectedApplicationMetadata>
for AnyIntegratedApplicationMetadata {
    #[inline]
    fn from(v: crate::v1::ProtectedApplicationMetadata) -> Self {
        Self::ProtectedApplicationMetadata(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Send for AnyIntegratedApplicationMetadata {}
#[cfg(msgraph_v1_core_or_security)]
unsafe impl ::std::marker::Sync for AnyIntegratedApplicationMetadata {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::marker::Unpin for AnyIntegratedApplicationMetadata {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::UnwindSafe for AnyIntegratedApplicationMetadata {}
#[cfg(msgraph_v1_core_or_security)]
impl ::std::panic::RefUnwindSafe for AnyIntegratedApplicationMetadata {}
#[cfg(msgraph_v1_core_or_security)]
const _: () = {
    rt::object::auto_traits::<crate::v1::IntegratedApplicationMetadata>();
    rt::object::auto_traits::<crate::v1::ProtectedApplicationMetadata>();
};
#[cfg(msgraph_v1_core_or_security)]
impl rt::Poly for AnyIntegratedApplicationMetadata {
    const BASE_NAME: &'static str = "microsoft.graph.integratedApplicationMetadata";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some(
                "microsoft.graph.protectedApplicationMetadata",
            ) => Self::ProtectedApplicationMetadata(rt::object::new_boxed()),
            _ => Self::IntegratedApplicationMetadata(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::IntegratedApplicationMetadata(v) => &**v,
            Self::ProtectedApplicationMetadata(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::IntegratedApplicationMetadata(v) => &mut **v,
            Self::ProtectedApplicationMetadata(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
impl AnyIntegratedApplicationMetadata {
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
    /// `name` of any variant.
    #[inline]
    pub fn name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IntegratedApplicationMetadata(v) => &v.name,
            Self::ProtectedApplicationMetadata(v) => &v.name,
        }
    }
    /// `name` of any variant.
    #[inline]
    pub fn name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IntegratedApplicationMetadata(v) => &mut v.name,
            Self::ProtectedApplicationMetadata(v) => &mut v.name,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::IntegratedApplicationMetadata(v) => &v.version,
            Self::ProtectedApplicationMetadata(v) => &v.version,
        }
    }
    /// `version` of any variant.
    #[inline]
    pub fn version_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::IntegratedApplicationMetadata(v) => &mut v.version,
            Self::ProtectedApplicationMetadata(v) => &mut v.version,
        }
    }
}
#[cfg(msgraph_v1_core_or_security)]
rt::impl_poly!(AnyIntegratedApplicationMetadata);
#[cfg(msgraph_v1_core_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyIntegratedApplicationMetadata);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.internalSponsors`, complex type, derived from `microsoft.graph.subjectSet`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct InternalSponsors {
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for InternalSponsors {
    #[inline]
    fn default() -> Self {
        Self {
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for InternalSponsors {
    const TYPE_NAME: &'static str = "microsoft.graph.internalSponsors";
    const KEYS: &'static [&'static str] = &[];
    const KEYS_JSON: &'static [&'static str] = &[];
    const TAG: &'static str = "\"#microsoft.graph.internalSponsors\"";
    #[inline]
    #[allow(unused_variables)]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {}
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for InternalSponsors {
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
rt::impl_object!(InternalSponsors);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InternalSponsors);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.investigationSecurityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone)]
pub struct InvestigationSecurityState {
    /// CSDL: property `name`: `Edm.String`, nullable.
    pub name: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `Edm.String`, nullable.
    pub status: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for InvestigationSecurityState {
    #[inline]
    fn default() -> Self {
        Self {
            name: rt::Field::Absent,
            status: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for InvestigationSecurityState {
    const TYPE_NAME: &'static str = "microsoft.graph.investigationSecurityState";
    const KEYS: &'static [&'static str] = &["name", "status"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"name\":                         ",
        ",\"status\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.investigationSecurityState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "name", &self.name);
        v.field(1usize, "status", &self.status);
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::object::Members for InvestigationSecurityState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.name.read_from(r),
            1usize => self.status.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.name);
        w.field(1usize, &self.status);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(InvestigationSecurityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    InvestigationSecurityState { with_name name : ::std::string::String; with_status
    status : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvestigationSecurityState);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.invitationParticipantInfo`, complex type, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct InvitationParticipantInfo {
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, not nullable.
    pub identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `participantId`: `Edm.String`, nullable.
    pub participant_id: rt::Field<::std::string::String>,
    /// CSDL: property `removeFromDefaultAudioRoutingGroup`: `Edm.Boolean`, nullable.
    pub remove_from_default_audio_routing_group: rt::Field<bool>,
    /// CSDL: property `replacesCallId`: `Edm.String`, nullable.
    pub replaces_call_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for InvitationParticipantInfo {
    #[inline]
    fn default() -> Self {
        Self {
            hidden: rt::Field::Absent,
            identity: rt::Field::Absent,
            participant_id: rt::Field::Absent,
            remove_from_default_audio_routing_group: rt::Field::Absent,
            replaces_call_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for InvitationParticipantInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.invitationParticipantInfo";
    const KEYS: &'static [&'static str] = &[
        "hidden",
        "identity",
        "participantId",
        "removeFromDefaultAudioRoutingGroup",
        "replacesCallId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"hidden\":                       ",
        ",\"identity\":                     ",
        ",\"participantId\":                ",
        ",\"removeFromDefaultAudioRoutingGroup\":",
        ",\"replacesCallId\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.invitationParticipantInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "hidden", &self.hidden);
        v.field(1usize, "identity", &self.identity);
        v.field(2usize, "participant_id", &self.participant_id);
        v.field(
            3usize,
            "remove_from_default_audio_routing_group",
            &self.remove_from_default_audio_routing_group,
        );
        v.field(4usize, "replaces_call_id", &self.replaces_call_id);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for InvitationParticipantInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.hidden.read_from(r),
            1usize => self.identity.read_from(r),
            2usize => self.participant_id.read_from(r),
            3usize => self.remove_from_default_audio_routing_group.read_from(r),
            4usize => self.replaces_call_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.hidden);
        w.field(1usize, &self.identity);
        w.field(2usize, &self.participant_id);
        w.field(3usize, &self.remove_from_default_audio_routing_group);
        w.field(4usize, &self.replaces_call_id);
    }
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
rt::impl_object!(InvitationParticipantInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    InvitationParticipantInfo { with_hidden hidden : bool; with_identity identity : crate
    ::v1::AnyIdentitySet; with_participant_id participant_id : ::std::string::String;
    with_remove_from_default_audio_routing_group remove_from_default_audio_routing_group
    : bool; with_replaces_call_id replaces_call_id : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InvitationParticipantInfo);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.inviteNewBotResponse`, complex type, derived from `microsoft.graph.participantJoiningResponse`.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone)]
pub struct InviteNewBotResponse {
    /// CSDL: property `inviteUri`: `Edm.String`, nullable.
    pub invite_uri: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for InviteNewBotResponse {
    #[inline]
    fn default() -> Self {
        Self {
            invite_uri: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for InviteNewBotResponse {
    const TYPE_NAME: &'static str = "microsoft.graph.inviteNewBotResponse";
    const KEYS: &'static [&'static str] = &["inviteUri"];
    const KEYS_JSON: &'static [&'static str] = &[",\"inviteUri\":                    "];
    const TAG: &'static str = "\"#microsoft.graph.inviteNewBotResponse\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "invite_uri", &self.invite_uri);
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::object::Members for InviteNewBotResponse {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.invite_uri.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.invite_uri);
    }
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
rt::impl_object!(InviteNewBotResponse);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    InviteNewBotResponse { with_invite_uri invite_uri : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(InviteNewBotResponse);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.inviteParticipantsOperation`, entity type, derived from `microsoft.graph.commsOperation`, open, key `id`.
///
/// Request builders: [`CommsOperationPath`](requests/trait.CommsOperationPath.html), what a path to one (`EntityPath<InviteParticipantsOperation, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct InviteParticipantsOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `clientContext`: `Edm.String`, nullable.
    pub client_context: rt::Field<::std::string::String>,
    /// CSDL: property `resultInfo`: `microsoft.graph.resultInfo`, nullable.
    pub result_info: rt::Field<crate::v1::ResultInfo>,
    /// CSDL: property `status`: `microsoft.graph.operationStatus`, not nullable.
    pub status: rt::Field<crate::v1::OperationStatus>,
    /// CSDL: property `participants`: `Collection(microsoft.graph.invitationParticipantInfo)`, not nullable.
    pub participants: rt::Field<::std::vec::Vec<crate::v1::InvitationParticipantInfo>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for InviteParticipantsOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            client_context: rt::Field::Absent,
            result_info: rt::Field::Absent,
            status: rt::Field::Absent,
            participants: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for InviteParticipantsOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.inviteParticipantsOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "clientContext",
        "resultInfo",
        "status",
        "participants",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"clientContext\":                ",
        ",\"resultInfo\":                   ",
        ",\"status\":                       ",
        ",\"participants\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.inviteParticipantsOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "client_context", &self.client_context);
        v.field(2usize, "result_info", &self.result_info);
        v.field(3usize, "status", &self.status);
        v.field(4usize, "participants", &self.participants);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for InviteParticipantsOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.client_context.read_from(r),
            2usize => self.result_info.read_from(r),
            3usize => self.status.read_from(r),
            4usize => self.participants.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.client_context);
        w.field(2usize, &self.result_info);
        w.field(3usize, &self.status);
        w.field(4usize, &self.participants);
    }
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
rt::impl_object!(InviteParticipantsOperation);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    InviteParticipantsOperation { with_id id : ::std::string::String; with_client_context
    client_context : ::std::string::String; with_result_info result_info : crate
    ::v1::ResultInfo; with_status status : crate ::v1::OperationStatus; with_participants
    participants : ::std::vec::Vec < crate ::v1::InvitationParticipantInfo >; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(InviteParticipantsOperation);
#[cfg(msgraph_v1_search)]
/// A class containing the properties used for Group Assignment of an iOS LOB App Provisioning and Configuration.
///
/// CSDL: `microsoft.graph.iosLobAppProvisioningConfigurationAssignment`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`IosLobAppProvisioningConfigurationAssignmentPath`](requests/trait.IosLobAppProvisioningConfigurationAssignmentPath.html), what a path to one (`EntityPath<IosLobAppProvisioningConfigurationAssignment, C>`) dereferences to.
///
/// Features: `v1` or `v1-search`.
#[derive(Clone)]
pub struct IosLobAppProvisioningConfigurationAssignment {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// The target group assignment defined by the admin.
    ///
    /// CSDL: property `target`: `microsoft.graph.deviceAndAppManagementAssignmentTarget`, nullable.
    pub target: rt::Field<crate::v1::AnyDeviceAndAppManagementAssignmentTarget>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search)]
impl ::std::default::Default for IosLobAppProvisioningConfigurationAssignment {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            target: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search)]
impl rt::Object for IosLobAppProvisioningConfigurationAssignment {
    const TYPE_NAME: &'static str = "microsoft.graph.iosLobAppProvisioningConfigurationAssignment";
    const KEYS: &'static [&'static str] = &["id", "target"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"target\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.iosLobAppProvisioningConfigurationAssignment\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "target", &self.target);
    }
}
#[cfg(msgraph_v1_search)]
impl rt::object::Members for IosLobAppProvisioningConfigurationAssignment {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.target.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.target);
    }
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
rt::impl_object!(IosLobAppProvisioningConfigurationAssignment);
#[cfg(msgraph_v1_search)]
rt::impl_setters!(
    IosLobAppProvisioningConfigurationAssignment { with_id id : ::std::string::String;
    with_target target : crate ::v1::AnyDeviceAndAppManagementAssignmentTarget; }
);
#[cfg(msgraph_v1_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(IosLobAppProvisioningConfigurationAssignment);
#[cfg(msgraph_v1_drives_or_search)]
/// CSDL: `microsoft.graph.itemPreviewInfo`, complex type.
///
/// Features: `v1`, or one of `v1-drives`, `v1-search`.
#[derive(Clone)]
pub struct ItemPreviewInfo {
    /// CSDL: property `getUrl`: `Edm.String`, nullable.
    pub get_url: rt::Field<::std::string::String>,
    /// CSDL: property `postParameters`: `Edm.String`, nullable.
    pub post_parameters: rt::Field<::std::string::String>,
    /// CSDL: property `postUrl`: `Edm.String`, nullable.
    pub post_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_drives_or_search)]
impl ::std::default::Default for ItemPreviewInfo {
    #[inline]
    fn default() -> Self {
        Self {
            get_url: rt::Field::Absent,
            post_parameters: rt::Field::Absent,
            post_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::Object for ItemPreviewInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.itemPreviewInfo";
    const KEYS: &'static [&'static str] = &["getUrl", "postParameters", "postUrl"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"getUrl\":                       ",
        ",\"postParameters\":               ",
        ",\"postUrl\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.itemPreviewInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "get_url", &self.get_url);
        v.field(1usize, "post_parameters", &self.post_parameters);
        v.field(2usize, "post_url", &self.post_url);
    }
}
#[cfg(msgraph_v1_drives_or_search)]
impl rt::object::Members for ItemPreviewInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.get_url.read_from(r),
            1usize => self.post_parameters.read_from(r),
            2usize => self.post_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.get_url);
        w.field(1usize, &self.post_parameters);
        w.field(2usize, &self.post_url);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_object!(ItemPreviewInfo);
#[cfg(msgraph_v1_drives_or_search)]
rt::impl_setters!(
    ItemPreviewInfo { with_get_url get_url : ::std::string::String; with_post_parameters
    post_parameters : ::std::string::String; with_post_url post_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_drives_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(ItemPreviewInfo);
#[cfg(msgraph_v1_communications_or_search)]
/// CSDL: `microsoft.graph.joinMeetingIdMeetingInfo`, complex type, derived from `microsoft.graph.meetingInfo`, open.
///
/// Features: `v1`, or one of `v1-communications`, `v1-search`.
#[derive(Clone)]
pub struct JoinMeetingIdMeetingInfo {
    /// CSDL: property `joinMeetingId`: `Edm.String`, not nullable.
    pub join_meeting_id: rt::Field<::std::string::String>,
    /// CSDL: property `passcode`: `Edm.String`, nullable.
    pub passcode: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_communications_or_search)]
impl ::std::default::Default for JoinMeetingIdMeetingInfo {
    #[inline]
    fn default() -> Self {
        Self {
            join_meeting_id: rt::Field::Absent,
            passcode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::Object for JoinMeetingIdMeetingInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.joinMeetingIdMeetingInfo";
    const KEYS: &'static [&'static str] = &["joinMeetingId", "passcode"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"joinMeetingId\":                ",
        ",\"passcode\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.joinMeetingIdMeetingInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "join_meeting_id", &self.join_meeting_id);
        v.field(1usize, "passcode", &self.passcode);
    }
}
#[cfg(msgraph_v1_communications_or_search)]
impl rt::object::Members for JoinMeetingIdMeetingInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.join_meeting_id.read_from(r),
            1usize => self.passcode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.join_meeting_id);
        w.field(1usize, &self.passcode);
    }
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
rt::impl_object!(JoinMeetingIdMeetingInfo);
#[cfg(msgraph_v1_communications_or_search)]
rt::impl_setters!(
    JoinMeetingIdMeetingInfo { with_join_meeting_id join_meeting_id :
    ::std::string::String; with_passcode passcode : ::std::string::String; }
);
#[cfg(msgraph_v1_communications_or_search)]
#[cfg(feature = "serde")]
rt::impl_serde!(JoinMeetingIdMeetingInfo);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.joinMeetingIdSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct JoinMeetingIdSettings {
    /// CSDL: property `isPasscodeRequired`: `Edm.Boolean`, nullable.
    pub is_passcode_required: rt::Field<bool>,
    /// CSDL: property `joinMeetingId`: `Edm.String`, nullable.
    pub join_meeting_id: rt::Field<::std::string::String>,
    /// CSDL: property `passcode`: `Edm.String`, nullable.
    pub passcode: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for JoinMeetingIdSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_passcode_required: rt::Field::Absent,
            join_meeting_id: rt::Field::Absent,
            passcode: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for JoinMeetingIdSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.joinMeetingIdSettings";
    const KEYS: &'static [&'static str] = &[
        "isPasscodeRequired",
        "joinMeetingId",
        "passcode",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isPasscodeRequired\":           ",
        ",\"joinMeetingId\":                ",
        ",\"passcode\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.joinMeetingIdSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_passcode_required", &self.is_passcode_required);
        v.field(1usize, "join_meeting_id", &self.join_meeting_id);
        v.field(2usize, "passcode", &self.passcode);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for JoinMeetingIdSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_passcode_required.read_from(r),
            1usize => self.join_meeting_id.read_from(r),
            2usize => self.passcode.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_passcode_required);
        w.field(1usize, &self.join_meeting_id);
        w.field(2usize, &self.passcode);
    }
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
rt::impl_object!(JoinMeetingIdSettings);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    JoinMeetingIdSettings { with_is_passcode_required is_passcode_required : bool;
    with_join_meeting_id join_meeting_id : ::std::string::String; with_passcode passcode
    : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(JoinMeetingIdSettings);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.keyCredential`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct KeyCredential {
    /// CSDL: property `customKeyIdentifier`: `Edm.Binary`, nullable.
    pub custom_key_identifier: rt::Field<rt::edm::Binary>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `Edm.DateTimeOffset`, nullable.
    pub end_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `key`: `Edm.Binary`, nullable.
    pub key: rt::Field<rt::edm::Binary>,
    /// CSDL: property `keyId`: `Edm.Guid`, nullable.
    pub key_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `startDateTime`: `Edm.DateTimeOffset`, nullable.
    pub start_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `type`: `Edm.String`, nullable.
    pub type_: rt::Field<::std::string::String>,
    /// CSDL: property `usage`: `Edm.String`, nullable.
    pub usage: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for KeyCredential {
    #[inline]
    fn default() -> Self {
        Self {
            custom_key_identifier: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            key: rt::Field::Absent,
            key_id: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            type_: rt::Field::Absent,
            usage: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for KeyCredential {
    const TYPE_NAME: &'static str = "microsoft.graph.keyCredential";
    const KEYS: &'static [&'static str] = &[
        "customKeyIdentifier",
        "displayName",
        "endDateTime",
        "key",
        "keyId",
        "startDateTime",
        "type",
        "usage",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"customKeyIdentifier\":          ",
        ",\"displayName\":                  ",
        ",\"endDateTime\":                  ",
        ",\"key\":                          ",
        ",\"keyId\":                        ",
        ",\"startDateTime\":                ",
        ",\"type\":                         ",
        ",\"usage\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.keyCredential\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "custom_key_identifier", &self.custom_key_identifier);
        v.field(1usize, "display_name", &self.display_name);
        v.field(2usize, "end_date_time", &self.end_date_time);
        v.field(3usize, "key", &self.key);
        v.field(4usize, "key_id", &self.key_id);
        v.field(5usize, "start_date_time", &self.start_date_time);
        v.field(6usize, "type_", &self.type_);
        v.field(7usize, "usage", &self.usage);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for KeyCredential {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.custom_key_identifier.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.end_date_time.read_from(r),
            3usize => self.key.read_from(r),
            4usize => self.key_id.read_from(r),
            5usize => self.start_date_time.read_from(r),
            6usize => self.type_.read_from(r),
            7usize => self.usage.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.custom_key_identifier);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.end_date_time);
        w.field(3usize, &self.key);
        w.field(4usize, &self.key_id);
        w.field(5usize, &self.start_date_time);
        w.field(6usize, &self.type_);
        w.field(7usize, &self.usage);
    }
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
rt::impl_object!(KeyCredential);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    KeyCredential { with_custom_key_identifier custom_key_identifier : rt::edm::Binary;
    with_display_name display_name : ::std::string::String; with_end_date_time
    end_date_time : rt::edm::DateTimeOffset; with_key key : rt::edm::Binary; with_key_id
    key_id : rt::edm::Guid; with_start_date_time start_date_time :
    rt::edm::DateTimeOffset; with_type type_ : ::std::string::String; with_usage usage :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(KeyCredential);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.licenseDetails`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LicenseDetails {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `servicePlans`: `Collection(microsoft.graph.servicePlanInfo)`, not nullable.
    pub service_plans: rt::Field<::std::vec::Vec<crate::v1::ServicePlanInfo>>,
    /// CSDL: property `skuId`: `Edm.Guid`, nullable.
    pub sku_id: rt::Field<rt::edm::Guid>,
    /// CSDL: property `skuPartNumber`: `Edm.String`, nullable.
    pub sku_part_number: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LicenseDetails {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            service_plans: rt::Field::Absent,
            sku_id: rt::Field::Absent,
            sku_part_number: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LicenseDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseDetails";
    const KEYS: &'static [&'static str] = &[
        "id",
        "servicePlans",
        "skuId",
        "skuPartNumber",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"servicePlans\":                 ",
        ",\"skuId\":                        ",
        ",\"skuPartNumber\":                ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseDetails\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "service_plans", &self.service_plans);
        v.field(2usize, "sku_id", &self.sku_id);
        v.field(3usize, "sku_part_number", &self.sku_part_number);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LicenseDetails {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.service_plans.read_from(r),
            2usize => self.sku_id.read_from(r),
            3usize => self.sku_part_number.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.service_plans);
        w.field(2usize, &self.sku_id);
        w.field(3usize, &self.sku_part_number);
    }
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
rt::impl_object!(LicenseDetails);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    LicenseDetails { with_id id : ::std::string::String; with_service_plans service_plans
    : ::std::vec::Vec < crate ::v1::ServicePlanInfo >; with_sku_id sku_id :
    rt::edm::Guid; with_sku_part_number sku_part_number : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseDetails);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.licenseProcessingState`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LicenseProcessingState {
    /// CSDL: property `state`: `Edm.String`, nullable.
    pub state: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for LicenseProcessingState {
    #[inline]
    fn default() -> Self {
        Self {
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for LicenseProcessingState {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseProcessingState";
    const KEYS: &'static [&'static str] = &["state"];
    const KEYS_JSON: &'static [&'static str] = &[",\"state\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.licenseProcessingState\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "state", &self.state);
    }
}
#[cfg(msgraph_v1_core)]
impl rt::object::Members for LicenseProcessingState {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.state);
    }
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
rt::impl_object!(LicenseProcessingState);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(LicenseProcessingState { with_state state : ::std::string::String; });
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseProcessingState);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
/// CSDL: `microsoft.graph.licenseUnitsDetail`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-subscribed-skus`.
#[derive(Clone)]
pub struct LicenseUnitsDetail {
    /// CSDL: property `enabled`: `Edm.Int32`, nullable.
    pub enabled: rt::Field<i32>,
    /// CSDL: property `lockedOut`: `Edm.Int32`, nullable.
    pub locked_out: rt::Field<i32>,
    /// CSDL: property `suspended`: `Edm.Int32`, nullable.
    pub suspended: rt::Field<i32>,
    /// CSDL: property `warning`: `Edm.Int32`, nullable.
    pub warning: rt::Field<i32>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl ::std::default::Default for LicenseUnitsDetail {
    #[inline]
    fn default() -> Self {
        Self {
            enabled: rt::Field::Absent,
            locked_out: rt::Field::Absent,
            suspended: rt::Field::Absent,
            warning: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl rt::Object for LicenseUnitsDetail {
    const TYPE_NAME: &'static str = "microsoft.graph.licenseUnitsDetail";
    const KEYS: &'static [&'static str] = &[
        "enabled",
        "lockedOut",
        "suspended",
        "warning",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"enabled\":                      ",
        ",\"lockedOut\":                    ",
        ",\"suspended\":                    ",
        ",\"warning\":                      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.licenseUnitsDetail\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "enabled", &self.enabled);
        v.field(1usize, "locked_out", &self.locked_out);
        v.field(2usize, "suspended", &self.suspended);
        v.field(3usize, "warning", &self.warning);
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
impl rt::object::Members for LicenseUnitsDetail {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.enabled.read_from(r),
            1usize => self.locked_out.read_from(r),
            2usize => self.suspended.read_from(r),
            3usize => self.warning.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.enabled);
        w.field(1usize, &self.locked_out);
        w.field(2usize, &self.suspended);
        w.field(3usize, &self.warning);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_subscribed_skus)]
rt::impl_object!(LicenseUnitsDetail);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
rt::impl_setters!(
    LicenseUnitsDetail { with_enabled enabled : i32; with_locked_out locked_out : i32;
    with_suspended suspended : i32; with_warning warning : i32; }
);
#[cfg(msgraph_v1_search_or_subscribed_skus)]
#[cfg(feature = "serde")]
rt::impl_serde!(LicenseUnitsDetail);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.listInfo`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListInfo {
    /// CSDL: property `contentTypesEnabled`: `Edm.Boolean`, nullable.
    pub content_types_enabled: rt::Field<bool>,
    /// CSDL: property `hidden`: `Edm.Boolean`, nullable.
    pub hidden: rt::Field<bool>,
    /// CSDL: property `template`: `Edm.String`, nullable.
    pub template: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ListInfo {
    #[inline]
    fn default() -> Self {
        Self {
            content_types_enabled: rt::Field::Absent,
            hidden: rt::Field::Absent,
            template: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ListInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.listInfo";
    const KEYS: &'static [&'static str] = &["contentTypesEnabled", "hidden", "template"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"contentTypesEnabled\":          ",
        ",\"hidden\":                       ",
        ",\"template\":                     ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.listInfo\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "content_types_enabled", &self.content_types_enabled);
        v.field(1usize, "hidden", &self.hidden);
        v.field(2usize, "template", &self.template);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ListInfo {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.content_types_enabled.read_from(r),
            1usize => self.hidden.read_from(r),
            2usize => self.template.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.content_types_enabled);
        w.field(1usize, &self.hidden);
        w.field(2usize, &self.template);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ListInfo);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ListInfo { with_content_types_enabled content_types_enabled : bool; with_hidden
    hidden : bool; with_template template : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListInfo);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// CSDL: `microsoft.graph.listItemVersion`, entity type, derived from `microsoft.graph.baseItemVersion`, key `id`.
///
/// Request builders: [`ListItemVersionPath`](requests/trait.ListItemVersionPath.html), what a path to one (`EntityPath<AnyListItemVersion, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct ListItemVersion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `lastModifiedBy`: `microsoft.graph.identitySet`, nullable.
    pub last_modified_by: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `lastModifiedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_modified_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `publication`: `microsoft.graph.publicationFacet`, nullable.
    pub publication: rt::Field<crate::v1::PublicationFacet>,
    /// CSDL: containment navigation property `fields`: `microsoft.graph.fieldValueSet`, nullable.
    pub fields: rt::Field<crate::v1::FieldValueSet>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for ListItemVersion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            last_modified_by: rt::Field::Absent,
            last_modified_date_time: rt::Field::Absent,
            publication: rt::Field::Absent,
            fields: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Object for ListItemVersion {
    const TYPE_NAME: &'static str = "microsoft.graph.listItemVersion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "lastModifiedBy",
        "lastModifiedDateTime",
        "publication",
        "fields",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"lastModifiedBy\":               ",
        ",\"lastModifiedDateTime\":         ",
        ",\"publication\":                  ",
        ",\"fields\":                       ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.listItemVersion\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "last_modified_by", &self.last_modified_by);
        v.field(2usize, "last_modified_date_time", &self.last_modified_date_time);
        v.field(3usize, "publication", &self.publication);
        v.field(4usize, "fields", &self.fields);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::object::Members for ListItemVersion {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.last_modified_by.read_from(r),
            2usize => self.last_modified_date_time.read_from(r),
            3usize => self.publication.read_from(r),
            4usize => self.fields.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.last_modified_by);
        w.field(2usize, &self.last_modified_date_time);
        w.field(3usize, &self.publication);
        w.field(4usize, &self.fields);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_object!(ListItemVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_setters!(
    ListItemVersion { with_id id : ::std::string::String; with_last_modified_by
    last_modified_by : crate ::v1::AnyIdentitySet; with_last_modified_date_time
    last_modified_date_time : rt::edm::DateTimeOffset; with_publication publication :
    crate ::v1::PublicationFacet; with_fields fields : crate ::v1::FieldValueSet; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(ListItemVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
/// `microsoft.graph.listItemVersion` or any type derived from it, selected by `@odata.type` (2 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyListItemVersion {
    ListItemVersion(::std::boxed::Box<crate::v1::ListItemVersion>),
    DocumentSetVersion(::std::boxed::Box<crate::v1::DocumentSetVersion>),
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::default::Default for AnyListItemVersion {
    #[inline]
    fn default() -> Self {
        Self::ListItemVersion(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ListItemVersion> for AnyListItemVersion {
    #[inline]
    fn from(v: crate::v1::ListItemVersion) -> Self {
        Self::ListItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DocumentSetVersion> for AnyListItemVersion {
    #[inline]
    fn from(v: crate::v1::DocumentSetVersion) -> Self {
        Self::DocumentSetVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
unsafe impl ::std::marker::Send for AnyListItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
unsafe impl ::std::marker::Sync for AnyListItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::marker::Unpin for AnyListItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::panic::UnwindSafe for AnyListItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl ::std::panic::RefUnwindSafe for AnyListItemVersion {}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
const _: () = {
    rt::object::auto_traits::<crate::v1::ListItemVersion>();
    rt::object::auto_traits::<crate::v1::DocumentSetVersion>();
};
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl rt::Poly for AnyListItemVersion {
    const BASE_NAME: &'static str = "microsoft.graph.listItemVersion";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            ::std::option::Option::Some("microsoft.graph.documentSetVersion") => {
                Self::DocumentSetVersion(rt::object::new_boxed())
            }
            _ => Self::ListItemVersion(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::ListItemVersion(v) => &**v,
            Self::DocumentSetVersion(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::ListItemVersion(v) => &mut **v,
            Self::DocumentSetVersion(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
impl AnyListItemVersion {
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
            Self::ListItemVersion(v) => &v.id,
            Self::DocumentSetVersion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::ListItemVersion(v) => &mut v.id,
            Self::DocumentSetVersion(v) => &mut v.id,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by(&self) -> &rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ListItemVersion(v) => &v.last_modified_by,
            Self::DocumentSetVersion(v) => &v.last_modified_by,
        }
    }
    /// `lastModifiedBy` of any variant.
    #[inline]
    pub fn last_modified_by_mut(&mut self) -> &mut rt::Field<crate::v1::AnyIdentitySet> {
        match self {
            Self::ListItemVersion(v) => &mut v.last_modified_by,
            Self::DocumentSetVersion(v) => &mut v.last_modified_by,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ListItemVersion(v) => &v.last_modified_date_time,
            Self::DocumentSetVersion(v) => &v.last_modified_date_time,
        }
    }
    /// `lastModifiedDateTime` of any variant.
    #[inline]
    pub fn last_modified_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::ListItemVersion(v) => &mut v.last_modified_date_time,
            Self::DocumentSetVersion(v) => &mut v.last_modified_date_time,
        }
    }
    /// `publication` of any variant.
    #[inline]
    pub fn publication(&self) -> &rt::Field<crate::v1::PublicationFacet> {
        match self {
            Self::ListItemVersion(v) => &v.publication,
            Self::DocumentSetVersion(v) => &v.publication,
        }
    }
    /// `publication` of any variant.
    #[inline]
    pub fn publication_mut(&mut self) -> &mut rt::Field<crate::v1::PublicationFacet> {
        match self {
            Self::ListItemVersion(v) => &mut v.publication,
            Self::DocumentSetVersion(v) => &mut v.publication,
        }
    }
    /// `fields` of any variant.
    #[inline]
    pub fn fields(&self) -> &rt::Field<crate::v1::FieldValueSet> {
        match self {
            Self::ListItemVersion(v) => &v.fields,
            Self::DocumentSetVersion(v) => &v.fields,
        }
    }
    /// `fields` of any variant.
    #[inline]
    pub fn fields_mut(&mut self) -> &mut rt::Field<crate::v1::FieldValueSet> {
        match self {
            Self::ListItemVersion(v) => &mut v.fields,
            Self::DocumentSetVersion(v) => &mut v.fields,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
rt::impl_poly!(AnyListItemVersion);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyListItemVersion);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.lobbyBypassScope`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum LobbyBypassScope {
    /// `organizer` (value 0).
    Organizer,
    /// `organization` (value 1).
    Organization,
    /// `organizationAndFederated` (value 2).
    OrganizationAndFederated,
    /// `everyone` (value 3).
    Everyone,
    /// `unknownFutureValue` (value 4).
    UnknownFutureValue,
    /// `invited` (value 5).
    Invited,
    /// `organizationExcludingGuests` (value 6).
    OrganizationExcludingGuests,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::StrEnum for LobbyBypassScope {
    const TYPE_NAME: &'static str = "microsoft.graph.lobbyBypassScope";
    const MEMBERS: &'static [&'static str] = &[
        "organizer",
        "organization",
        "organizationAndFederated",
        "everyone",
        "unknownFutureValue",
        "invited",
        "organizationExcludingGuests",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "organizer" => Self::Organizer,
                "organization" => Self::Organization,
                "organizationAndFederated" => Self::OrganizationAndFederated,
                "everyone" => Self::Everyone,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "invited" => Self::Invited,
                "organizationExcludingGuests" => Self::OrganizationExcludingGuests,
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
            Self::Organizer => "organizer",
            Self::Organization => "organization",
            Self::OrganizationAndFederated => "organizationAndFederated",
            Self::Everyone => "everyone",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Invited => "invited",
            Self::OrganizationExcludingGuests => "organizationExcludingGuests",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_enum!(LobbyBypassScope);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(LobbyBypassScope);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.lobbyBypassSettings`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LobbyBypassSettings {
    /// CSDL: property `isDialInBypassEnabled`: `Edm.Boolean`, nullable.
    pub is_dial_in_bypass_enabled: rt::Field<bool>,
    /// CSDL: property `scope`: `microsoft.graph.lobbyBypassScope`, nullable.
    pub scope: rt::Field<crate::v1::LobbyBypassScope>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for LobbyBypassSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_dial_in_bypass_enabled: rt::Field::Absent,
            scope: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for LobbyBypassSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.lobbyBypassSettings";
    const KEYS: &'static [&'static str] = &["isDialInBypassEnabled", "scope"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isDialInBypassEnabled\":        ",
        ",\"scope\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lobbyBypassSettings\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "is_dial_in_bypass_enabled", &self.is_dial_in_bypass_enabled);
        v.field(1usize, "scope", &self.scope);
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::object::Members for LobbyBypassSettings {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_dial_in_bypass_enabled.read_from(r),
            1usize => self.scope.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_dial_in_bypass_enabled);
        w.field(1usize, &self.scope);
    }
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
rt::impl_object!(LobbyBypassSettings);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    LobbyBypassSettings { with_is_dial_in_bypass_enabled is_dial_in_bypass_enabled :
    bool; with_scope scope : crate ::v1::LobbyBypassScope; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(LobbyBypassSettings);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.logonType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
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
#[cfg(msgraph_v1_search_or_security)]
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
#[cfg(msgraph_v1_search_or_security)]
rt::impl_enum!(LogonType);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(LogonType);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
/// The status of a long-running operation.
///
/// CSDL: `microsoft.graph.longRunningOperation`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-employee-experience` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LongRunningOperation {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdDateTime`: `Edm.DateTimeOffset`, nullable.
    pub created_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `lastActionDateTime`: `Edm.DateTimeOffset`, nullable.
    pub last_action_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `resourceLocation`: `Edm.String`, nullable.
    pub resource_location: rt::Field<::std::string::String>,
    /// CSDL: property `status`: `microsoft.graph.longRunningOperationStatus`, nullable.
    pub status: rt::Field<crate::v1::LongRunningOperationStatus>,
    /// CSDL: property `statusDetail`: `Edm.String`, nullable.
    pub status_detail: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl ::std::default::Default for LongRunningOperation {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_date_time: rt::Field::Absent,
            last_action_date_time: rt::Field::Absent,
            resource_location: rt::Field::Absent,
            status: rt::Field::Absent,
            status_detail: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl rt::Object for LongRunningOperation {
    const TYPE_NAME: &'static str = "microsoft.graph.longRunningOperation";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdDateTime",
        "lastActionDateTime",
        "resourceLocation",
        "status",
        "statusDetail",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"createdDateTime\":              ",
        ",\"lastActionDateTime\":           ",
        ",\"resourceLocation\":             ",
        ",\"status\":                       ",
        ",\"statusDetail\":                 ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.longRunningOperation\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "created_date_time", &self.created_date_time);
        v.field(2usize, "last_action_date_time", &self.last_action_date_time);
        v.field(3usize, "resource_location", &self.resource_location);
        v.field(4usize, "status", &self.status);
        v.field(5usize, "status_detail", &self.status_detail);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl rt::object::Members for LongRunningOperation {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_date_time.read_from(r),
            2usize => self.last_action_date_time.read_from(r),
            3usize => self.resource_location.read_from(r),
            4usize => self.status.read_from(r),
            5usize => self.status_detail.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_date_time);
        w.field(2usize, &self.last_action_date_time);
        w.field(3usize, &self.resource_location);
        w.field(4usize, &self.status);
        w.field(5usize, &self.status_detail);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
rt::impl_object!(LongRunningOperation);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
rt::impl_setters!(
    LongRunningOperation { with_id id : ::std::string::String; with_created_date_time
    created_date_time : rt::edm::DateTimeOffset; with_last_action_date_time
    last_action_date_time : rt::edm::DateTimeOffset; with_resource_location
    resource_location : ::std::string::String; with_status status : crate
    ::v1::LongRunningOperationStatus; with_status_detail status_detail :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(LongRunningOperation);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
/// `microsoft.graph.longRunningOperation` or any type derived from it, selected by `@odata.type` (4 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-employee-experience` and 15 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyLongRunningOperation {
    LongRunningOperation(::std::boxed::Box<crate::v1::LongRunningOperation>),
    #[cfg(msgraph_v1_core_or_security)]
    AttackSimulationOperation(::std::boxed::Box<crate::v1::AttackSimulationOperation>),
    #[cfg(msgraph_v1_core_or_employee_experience)]
    EngagementAsyncOperation(::std::boxed::Box<crate::v1::EngagementAsyncOperation>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    RichLongRunningOperation(::std::boxed::Box<crate::v1::RichLongRunningOperation>),
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl ::std::default::Default for AnyLongRunningOperation {
    #[inline]
    fn default() -> Self {
        Self::LongRunningOperation(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LongRunningOperation> for AnyLongRunningOperation {
    #[inline]
    fn from(v: crate::v1::LongRunningOperation) -> Self {
        Self::LongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttackSimulationOperation>
for AnyLongRunningOperation {
    #[inline]
    fn from(v: crate::v1::AttackSimulationOperation) -> Self {
        Self::AttackSimulationOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementAsyncOperation>
for AnyLongRunningOperation {
    #[inline]
    fn from(v: crate::v1::EngagementAsyncOperation) -> Self {
        Self::EngagementAsyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RichLongRunningOperation>
for AnyLongRunningOperation {
    #[inline]
    fn from(v: crate::v1::RichLongRunningOperation) -> Self {
        Self::RichLongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
unsafe impl ::std::marker::Send for AnyLongRunningOperation {}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
unsafe impl ::std::marker::Sync for AnyLongRunningOperation {}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl ::std::marker::Unpin for AnyLongRunningOperation {}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl ::std::panic::UnwindSafe for AnyLongRunningOperation {}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl ::std::panic::RefUnwindSafe for AnyLongRunningOperation {}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
const _: () = {
    rt::object::auto_traits::<crate::v1::LongRunningOperation>();
    #[cfg(msgraph_v1_core_or_security)]
    rt::object::auto_traits::<crate::v1::AttackSimulationOperation>();
    #[cfg(msgraph_v1_core_or_employee_experience)]
    rt::object::auto_traits::<crate::v1::EngagementAsyncOperation>();
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    rt::object::auto_traits::<crate::v1::RichLongRunningOperation>();
};
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl rt::Poly for AnyLongRunningOperation {
    const BASE_NAME: &'static str = "microsoft.graph.longRunningOperation";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.attackSimulationOperation") => {
                Self::AttackSimulationOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementAsyncOperation") => {
                Self::EngagementAsyncOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.richLongRunningOperation") => {
                Self::RichLongRunningOperation(rt::object::new_boxed())
            }
            _ => Self::LongRunningOperation(rt::object::new_boxed()),
        };
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::LongRunningOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::LongRunningOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut **v,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
impl AnyLongRunningOperation {
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
            Self::LongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.id,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LongRunningOperation(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.created_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.created_date_time,
        }
    }
    /// `createdDateTime` of any variant.
    #[inline]
    pub fn created_date_time_mut(&mut self) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LongRunningOperation(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.created_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.created_date_time,
        }
    }
    /// `lastActionDateTime` of any variant.
    #[inline]
    pub fn last_action_date_time(&self) -> &rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LongRunningOperation(v) => &v.last_action_date_time,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.last_action_date_time,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.last_action_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.last_action_date_time,
        }
    }
    /// `lastActionDateTime` of any variant.
    #[inline]
    pub fn last_action_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<rt::edm::DateTimeOffset> {
        match self {
            Self::LongRunningOperation(v) => &mut v.last_action_date_time,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.last_action_date_time,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.last_action_date_time,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.last_action_date_time,
        }
    }
    /// `resourceLocation` of any variant.
    #[inline]
    pub fn resource_location(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LongRunningOperation(v) => &v.resource_location,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.resource_location,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.resource_location,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.resource_location,
        }
    }
    /// `resourceLocation` of any variant.
    #[inline]
    pub fn resource_location_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LongRunningOperation(v) => &mut v.resource_location,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.resource_location,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.resource_location,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.resource_location,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::LongRunningOperationStatus> {
        match self {
            Self::LongRunningOperation(v) => &v.status,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.status,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.status,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::LongRunningOperationStatus> {
        match self {
            Self::LongRunningOperation(v) => &mut v.status,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.status,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.status,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.status,
        }
    }
    /// `statusDetail` of any variant.
    #[inline]
    pub fn status_detail(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::LongRunningOperation(v) => &v.status_detail,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.status_detail,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.status_detail,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.status_detail,
        }
    }
    /// `statusDetail` of any variant.
    #[inline]
    pub fn status_detail_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::LongRunningOperation(v) => &mut v.status_detail,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.status_detail,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.status_detail,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.status_detail,
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
rt::impl_poly!(AnyLongRunningOperation);
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyLongRunningOperation);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
/// CSDL: `microsoft.graph.lookupColumn`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-drives`, `v1-group-setting-templates` and 14 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct LookupColumn {
    /// CSDL: property `allowMultipleValues`: `Edm.Boolean`, nullable.
    pub allow_multiple_values: rt::Field<bool>,
    /// CSDL: property `allowUnlimitedLength`: `Edm.Boolean`, nullable.
    pub allow_unlimited_length: rt::Field<bool>,
    /// CSDL: property `columnName`: `Edm.String`, nullable.
    pub column_name: rt::Field<::std::string::String>,
    /// CSDL: property `listId`: `Edm.String`, nullable.
    pub list_id: rt::Field<::std::string::String>,
    /// CSDL: property `primaryLookupColumnId`: `Edm.String`, nullable.
    pub primary_lookup_column_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl ::std::default::Default for LookupColumn {
    #[inline]
    fn default() -> Self {
        Self {
            allow_multiple_values: rt::Field::Absent,
            allow_unlimited_length: rt::Field::Absent,
            column_name: rt::Field::Absent,
            list_id: rt::Field::Absent,
            primary_lookup_column_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::Object for LookupColumn {
    const TYPE_NAME: &'static str = "microsoft.graph.lookupColumn";
    const KEYS: &'static [&'static str] = &[
        "allowMultipleValues",
        "allowUnlimitedLength",
        "columnName",
        "listId",
        "primaryLookupColumnId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"allowMultipleValues\":          ",
        ",\"allowUnlimitedLength\":         ",
        ",\"columnName\":                   ",
        ",\"listId\":                       ",
        ",\"primaryLookupColumnId\":        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.lookupColumn\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "allow_multiple_values", &self.allow_multiple_values);
        v.field(1usize, "allow_unlimited_length", &self.allow_unlimited_length);
        v.field(2usize, "column_name", &self.column_name);
        v.field(3usize, "list_id", &self.list_id);
        v.field(4usize, "primary_lookup_column_id", &self.primary_lookup_column_id);
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
impl rt::object::Members for LookupColumn {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.allow_multiple_values.read_from(r),
            1usize => self.allow_unlimited_length.read_from(r),
            2usize => self.column_name.read_from(r),
            3usize => self.list_id.read_from(r),
            4usize => self.primary_lookup_column_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.allow_multiple_values);
        w.field(1usize, &self.allow_unlimited_length);
        w.field(2usize, &self.column_name);
        w.field(3usize, &self.list_id);
        w.field(4usize, &self.primary_lookup_column_id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_object!(LookupColumn);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
rt::impl_setters!(
    LookupColumn { with_allow_multiple_values allow_multiple_values : bool;
    with_allow_unlimited_length allow_unlimited_length : bool; with_column_name
    column_name : ::std::string::String; with_list_id list_id : ::std::string::String;
    with_primary_lookup_column_id primary_lookup_column_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[cfg(feature = "serde")]
rt::impl_serde!(LookupColumn);
