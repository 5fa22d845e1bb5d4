//! Types of `microsoft.graph` by the first letters of their names (`x`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateAffinityLevel`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum X509CertificateAffinityLevel {
    /// `low` (value 0).
    Low,
    /// `high` (value 1).
    High,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for X509CertificateAffinityLevel {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateAffinityLevel";
    const MEMBERS: &'static [&'static str] = &["low", "high", "unknownFutureValue"];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "low" => Self::Low,
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
            Self::Low => "low",
            Self::High => "high",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(X509CertificateAffinityLevel);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateAffinityLevel);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`X509CertificateAuthenticationMethodConfigurationPath`](requests/trait.X509CertificateAuthenticationMethodConfigurationPath.html), what a path to one (`EntityPath<X509CertificateAuthenticationMethodConfiguration, C>`) dereferences to.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `authenticationModeConfiguration`: `microsoft.graph.x509CertificateAuthenticationModeConfiguration`, nullable.
    pub authentication_mode_configuration: rt::Field<
        crate::v1::X509CertificateAuthenticationModeConfiguration,
    >,
    /// CSDL: property `certificateAuthorityScopes`: `Collection(microsoft.graph.x509CertificateAuthorityScope)`, nullable.
    pub certificate_authority_scopes: rt::Field<
        ::std::vec::Vec<crate::v1::X509CertificateAuthorityScope>,
    >,
    /// CSDL: property `certificateUserBindings`: `Collection(microsoft.graph.x509CertificateUserBinding)`, nullable.
    pub certificate_user_bindings: rt::Field<
        ::std::vec::Vec<crate::v1::X509CertificateUserBinding>,
    >,
    /// CSDL: property `crlValidationConfiguration`: `microsoft.graph.x509CertificateCRLValidationConfiguration`, not nullable.
    pub crl_validation_configuration: rt::Field<
        crate::v1::X509CertificateCrlValidationConfiguration,
    >,
    /// CSDL: property `issuerHintsConfiguration`: `microsoft.graph.x509CertificateIssuerHintsConfiguration`, nullable.
    pub issuer_hints_configuration: rt::Field<
        crate::v1::X509CertificateIssuerHintsConfiguration,
    >,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.authenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::AnyAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            authentication_mode_configuration: rt::Field::Absent,
            certificate_authority_scopes: rt::Field::Absent,
            certificate_user_bindings: rt::Field::Absent,
            crl_validation_configuration: rt::Field::Absent,
            issuer_hints_configuration: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "authenticationModeConfiguration",
        "certificateAuthorityScopes",
        "certificateUserBindings",
        "crlValidationConfiguration",
        "issuerHintsConfiguration",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":                           ",
        ",\"excludeTargets\":               ",
        ",\"state\":                        ",
        ",\"authenticationModeConfiguration\":",
        ",\"certificateAuthorityScopes\":   ",
        ",\"certificateUserBindings\":      ",
        ",\"crlValidationConfiguration\":   ",
        ",\"issuerHintsConfiguration\":     ",
        ",\"includeTargets\":               ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateAuthenticationMethodConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
        v.field(1usize, "exclude_targets", &self.exclude_targets);
        v.field(2usize, "state", &self.state);
        v.field(
            3usize,
            "authentication_mode_configuration",
            &self.authentication_mode_configuration,
        );
        v.field(
            4usize,
            "certificate_authority_scopes",
            &self.certificate_authority_scopes,
        );
        v.field(5usize, "certificate_user_bindings", &self.certificate_user_bindings);
        v.field(
            6usize,
            "crl_validation_configuration",
            &self.crl_validation_configuration,
        );
        v.field(7usize, "issuer_hints_configuration", &self.issuer_hints_configuration);
        v.field(8usize, "include_targets", &self.include_targets);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateAuthenticationMethodConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.authentication_mode_configuration.read_from(r),
            4usize => self.certificate_authority_scopes.read_from(r),
            5usize => self.certificate_user_bindings.read_from(r),
            6usize => self.crl_validation_configuration.read_from(r),
            7usize => self.issuer_hints_configuration.read_from(r),
            8usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.authentication_mode_configuration);
        w.field(4usize, &self.certificate_authority_scopes);
        w.field(5usize, &self.certificate_user_bindings);
        w.field(6usize, &self.crl_validation_configuration);
        w.field(7usize, &self.issuer_hints_configuration);
        w.field(8usize, &self.include_targets);
    }
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
rt::impl_object!(X509CertificateAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_exclude_targets exclude_targets : ::std::vec::Vec < crate
    ::v1::ExcludeTarget >; with_state state : crate ::v1::AuthenticationMethodState;
    with_authentication_mode_configuration authentication_mode_configuration : crate
    ::v1::X509CertificateAuthenticationModeConfiguration;
    with_certificate_authority_scopes certificate_authority_scopes : ::std::vec::Vec <
    crate ::v1::X509CertificateAuthorityScope >; with_certificate_user_bindings
    certificate_user_bindings : ::std::vec::Vec < crate ::v1::X509CertificateUserBinding
    >; with_crl_validation_configuration crl_validation_configuration : crate
    ::v1::X509CertificateCrlValidationConfiguration; with_issuer_hints_configuration
    issuer_hints_configuration : crate ::v1::X509CertificateIssuerHintsConfiguration;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateAuthenticationMode`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum X509CertificateAuthenticationMode {
    /// `x509CertificateSingleFactor` (value 0).
    X509CertificateSingleFactor,
    /// `x509CertificateMultiFactor` (value 1).
    X509CertificateMultiFactor,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for X509CertificateAuthenticationMode {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateAuthenticationMode";
    const MEMBERS: &'static [&'static str] = &[
        "x509CertificateSingleFactor",
        "x509CertificateMultiFactor",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "x509CertificateSingleFactor" => Self::X509CertificateSingleFactor,
                "x509CertificateMultiFactor" => Self::X509CertificateMultiFactor,
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
            Self::X509CertificateSingleFactor => "x509CertificateSingleFactor",
            Self::X509CertificateMultiFactor => "x509CertificateMultiFactor",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(X509CertificateAuthenticationMode);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateAuthenticationMode);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateAuthenticationModeConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateAuthenticationModeConfiguration {
    /// CSDL: property `rules`: `Collection(microsoft.graph.x509CertificateRule)`, nullable.
    pub rules: rt::Field<::std::vec::Vec<crate::v1::X509CertificateRule>>,
    /// CSDL: property `x509CertificateAuthenticationDefaultMode`: `microsoft.graph.x509CertificateAuthenticationMode`, nullable.
    pub x509_certificate_authentication_default_mode: rt::Field<
        crate::v1::X509CertificateAuthenticationMode,
    >,
    /// CSDL: property `x509CertificateDefaultRequiredAffinityLevel`: `microsoft.graph.x509CertificateAffinityLevel`, nullable.
    pub x509_certificate_default_required_affinity_level: rt::Field<
        crate::v1::X509CertificateAffinityLevel,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateAuthenticationModeConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            rules: rt::Field::Absent,
            x509_certificate_authentication_default_mode: rt::Field::Absent,
            x509_certificate_default_required_affinity_level: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateAuthenticationModeConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateAuthenticationModeConfiguration";
    const KEYS: &'static [&'static str] = &[
        "rules",
        "x509CertificateAuthenticationDefaultMode",
        "x509CertificateDefaultRequiredAffinityLevel",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"rules\":                        ",
        ",\"x509CertificateAuthenticationDefaultMode\":",
        ",\"x509CertificateDefaultRequiredAffinityLevel\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateAuthenticationModeConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "rules", &self.rules);
        v.field(
            1usize,
            "x509_certificate_authentication_default_mode",
            &self.x509_certificate_authentication_default_mode,
        );
        v.field(
            2usize,
            "x509_certificate_default_required_affinity_level",
            &self.x509_certificate_default_required_affinity_level,
        );
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateAuthenticationModeConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.rules.read_from(r),
            1usize => self.x509_certificate_authentication_default_mode.read_from(r),
            2usize => self.x509_certificate_default_required_affinity_level.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.rules);
        w.field(1usize, &self.x509_certificate_authentication_default_mode);
        w.field(2usize, &self.x509_certificate_default_required_affinity_level);
    }
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
rt::impl_object!(X509CertificateAuthenticationModeConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateAuthenticationModeConfiguration { with_rules rules : ::std::vec::Vec <
    crate ::v1::X509CertificateRule >; with_x509_certificate_authentication_default_mode
    x509_certificate_authentication_default_mode : crate
    ::v1::X509CertificateAuthenticationMode;
    with_x509_certificate_default_required_affinity_level
    x509_certificate_default_required_affinity_level : crate
    ::v1::X509CertificateAffinityLevel; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateAuthenticationModeConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateAuthorityScope`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateAuthorityScope {
    /// CSDL: property `includeTargets`: `Collection(microsoft.graph.includeTarget)`, nullable.
    pub include_targets: rt::Field<::std::vec::Vec<crate::v1::IncludeTarget>>,
    /// CSDL: property `publicKeyInfrastructureIdentifier`: `Edm.String`, nullable.
    pub public_key_infrastructure_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `subjectKeyIdentifier`: `Edm.String`, nullable.
    pub subject_key_identifier: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateAuthorityScope {
    #[inline]
    fn default() -> Self {
        Self {
            include_targets: rt::Field::Absent,
            public_key_infrastructure_identifier: rt::Field::Absent,
            subject_key_identifier: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateAuthorityScope {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateAuthorityScope";
    const KEYS: &'static [&'static str] = &[
        "includeTargets",
        "publicKeyInfrastructureIdentifier",
        "subjectKeyIdentifier",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"includeTargets\":               ",
        ",\"publicKeyInfrastructureIdentifier\":",
        ",\"subjectKeyIdentifier\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateAuthorityScope\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "include_targets", &self.include_targets);
        v.field(
            1usize,
            "public_key_infrastructure_identifier",
            &self.public_key_infrastructure_identifier,
        );
        v.field(2usize, "subject_key_identifier", &self.subject_key_identifier);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateAuthorityScope {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.include_targets.read_from(r),
            1usize => self.public_key_infrastructure_identifier.read_from(r),
            2usize => self.subject_key_identifier.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.include_targets);
        w.field(1usize, &self.public_key_infrastructure_identifier);
        w.field(2usize, &self.subject_key_identifier);
    }
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
rt::impl_object!(X509CertificateAuthorityScope);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateAuthorityScope { with_include_targets include_targets :
    ::std::vec::Vec < crate ::v1::IncludeTarget >;
    with_public_key_infrastructure_identifier public_key_infrastructure_identifier :
    ::std::string::String; with_subject_key_identifier subject_key_identifier :
    ::std::string::String; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateAuthorityScope);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateCRLValidationConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateCrlValidationConfiguration {
    /// CSDL: property `exemptedCertificateAuthoritiesSubjectKeyIdentifiers`: `Collection(Edm.String)`, nullable.
    pub exempted_certificate_authorities_subject_key_identifiers: rt::Field<
        ::std::vec::Vec<::std::string::String>,
    >,
    /// CSDL: property `state`: `microsoft.graph.x509CertificateCRLValidationConfigurationState`, not nullable.
    pub state: rt::Field<crate::v1::X509CertificateCrlValidationConfigurationState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateCrlValidationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            exempted_certificate_authorities_subject_key_identifiers: rt::Field::Absent,
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateCrlValidationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateCRLValidationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "exemptedCertificateAuthoritiesSubjectKeyIdentifiers",
        "state",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"exemptedCertificateAuthoritiesSubjectKeyIdentifiers\":",
        ",\"state\":                        ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateCRLValidationConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(
            0usize,
            "exempted_certificate_authorities_subject_key_identifiers",
            &self.exempted_certificate_authorities_subject_key_identifiers,
        );
        v.field(1usize, "state", &self.state);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateCrlValidationConfiguration {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => {
                self.exempted_certificate_authorities_subject_key_identifiers
                    .read_from(r)
            }
            1usize => self.state.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.exempted_certificate_authorities_subject_key_identifiers);
        w.field(1usize, &self.state);
    }
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
rt::impl_object!(X509CertificateCrlValidationConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateCrlValidationConfiguration {
    with_exempted_certificate_authorities_subject_key_identifiers
    exempted_certificate_authorities_subject_key_identifiers : ::std::vec::Vec <
    ::std::string::String >; with_state state : crate
    ::v1::X509CertificateCrlValidationConfigurationState; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateCrlValidationConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateCRLValidationConfigurationState`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum X509CertificateCrlValidationConfigurationState {
    /// `disabled` (value 0).
    Disabled,
    /// `enabled` (value 1).
    Enabled,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for X509CertificateCrlValidationConfigurationState {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateCRLValidationConfigurationState";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "enabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
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
            Self::Enabled => "enabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(X509CertificateCrlValidationConfigurationState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateCrlValidationConfigurationState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateIssuerHintsConfiguration`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateIssuerHintsConfiguration {
    /// CSDL: property `state`: `microsoft.graph.x509CertificateIssuerHintsState`, nullable.
    pub state: rt::Field<crate::v1::X509CertificateIssuerHintsState>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateIssuerHintsConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            state: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateIssuerHintsConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateIssuerHintsConfiguration";
    const KEYS: &'static [&'static str] = &["state"];
    const KEYS_JSON: &'static [&'static str] = &[",\"state\":                        "];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateIssuerHintsConfiguration\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "state", &self.state);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateIssuerHintsConfiguration {
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
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(X509CertificateIssuerHintsConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateIssuerHintsConfiguration { with_state state : crate
    ::v1::X509CertificateIssuerHintsState; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateIssuerHintsConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateIssuerHintsState`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum X509CertificateIssuerHintsState {
    /// `disabled` (value 0).
    Disabled,
    /// `enabled` (value 1).
    Enabled,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for X509CertificateIssuerHintsState {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateIssuerHintsState";
    const MEMBERS: &'static [&'static str] = &[
        "disabled",
        "enabled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "disabled" => Self::Disabled,
                "enabled" => Self::Enabled,
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
            Self::Enabled => "enabled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(X509CertificateIssuerHintsState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateIssuerHintsState);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateRule`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateRule {
    /// CSDL: property `identifier`: `Edm.String`, nullable.
    pub identifier: rt::Field<::std::string::String>,
    /// CSDL: property `issuerSubjectIdentifier`: `Edm.String`, nullable.
    pub issuer_subject_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `policyOidIdentifier`: `Edm.String`, nullable.
    pub policy_oid_identifier: rt::Field<::std::string::String>,
    /// CSDL: property `x509CertificateAuthenticationMode`: `microsoft.graph.x509CertificateAuthenticationMode`, nullable.
    pub x509_certificate_authentication_mode: rt::Field<
        crate::v1::X509CertificateAuthenticationMode,
    >,
    /// CSDL: property `x509CertificateRequiredAffinityLevel`: `microsoft.graph.x509CertificateAffinityLevel`, nullable.
    pub x509_certificate_required_affinity_level: rt::Field<
        crate::v1::X509CertificateAffinityLevel,
    >,
    /// CSDL: property `x509CertificateRuleType`: `microsoft.graph.x509CertificateRuleType`, nullable.
    pub x509_certificate_rule_type: rt::Field<crate::v1::X509CertificateRuleType>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateRule {
    #[inline]
    fn default() -> Self {
        Self {
            identifier: rt::Field::Absent,
            issuer_subject_identifier: rt::Field::Absent,
            policy_oid_identifier: rt::Field::Absent,
            x509_certificate_authentication_mode: rt::Field::Absent,
            x509_certificate_required_affinity_level: rt::Field::Absent,
            x509_certificate_rule_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateRule {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateRule";
    const KEYS: &'static [&'static str] = &[
        "identifier",
        "issuerSubjectIdentifier",
        "policyOidIdentifier",
        "x509CertificateAuthenticationMode",
        "x509CertificateRequiredAffinityLevel",
        "x509CertificateRuleType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identifier\":                   ",
        ",\"issuerSubjectIdentifier\":      ",
        ",\"policyOidIdentifier\":          ",
        ",\"x509CertificateAuthenticationMode\":",
        ",\"x509CertificateRequiredAffinityLevel\":",
        ",\"x509CertificateRuleType\":      ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateRule\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "identifier", &self.identifier);
        v.field(1usize, "issuer_subject_identifier", &self.issuer_subject_identifier);
        v.field(2usize, "policy_oid_identifier", &self.policy_oid_identifier);
        v.field(
            3usize,
            "x509_certificate_authentication_mode",
            &self.x509_certificate_authentication_mode,
        );
        v.field(
            4usize,
            "x509_certificate_required_affinity_level",
            &self.x509_certificate_required_affinity_level,
        );
        v.field(5usize, "x509_certificate_rule_type", &self.x509_certificate_rule_type);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateRule {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identifier.read_from(r),
            1usize => self.issuer_subject_identifier.read_from(r),
            2usize => self.policy_oid_identifier.read_from(r),
            3usize => self.x509_certificate_authentication_mode.read_from(r),
            4usize => self.x509_certificate_required_affinity_level.read_from(r),
            5usize => self.x509_certificate_rule_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identifier);
        w.field(1usize, &self.issuer_subject_identifier);
        w.field(2usize, &self.policy_oid_identifier);
        w.field(3usize, &self.x509_certificate_authentication_mode);
        w.field(4usize, &self.x509_certificate_required_affinity_level);
        w.field(5usize, &self.x509_certificate_rule_type);
    }
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
rt::impl_object!(X509CertificateRule);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateRule { with_identifier identifier : ::std::string::String;
    with_issuer_subject_identifier issuer_subject_identifier : ::std::string::String;
    with_policy_oid_identifier policy_oid_identifier : ::std::string::String;
    with_x509_certificate_authentication_mode x509_certificate_authentication_mode :
    crate ::v1::X509CertificateAuthenticationMode;
    with_x509_certificate_required_affinity_level
    x509_certificate_required_affinity_level : crate ::v1::X509CertificateAffinityLevel;
    with_x509_certificate_rule_type x509_certificate_rule_type : crate
    ::v1::X509CertificateRuleType; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateRule);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateRuleType`, enum type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum X509CertificateRuleType {
    /// `issuerSubject` (value 0).
    IssuerSubject,
    /// `policyOID` (value 1).
    PolicyOid,
    /// `unknownFutureValue` (value 2).
    UnknownFutureValue,
    /// `issuerSubjectAndPolicyOID` (value 3).
    IssuerSubjectAndPolicyOid,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::StrEnum for X509CertificateRuleType {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateRuleType";
    const MEMBERS: &'static [&'static str] = &[
        "issuerSubject",
        "policyOID",
        "unknownFutureValue",
        "issuerSubjectAndPolicyOID",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "issuerSubject" => Self::IssuerSubject,
                "policyOID" => Self::PolicyOid,
                "unknownFutureValue" => Self::UnknownFutureValue,
                "issuerSubjectAndPolicyOID" => Self::IssuerSubjectAndPolicyOid,
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
            Self::IssuerSubject => "issuerSubject",
            Self::PolicyOid => "policyOID",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::IssuerSubjectAndPolicyOid => "issuerSubjectAndPolicyOID",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_enum!(X509CertificateRuleType);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateRuleType);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.x509CertificateUserBinding`, complex type.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone)]
pub struct X509CertificateUserBinding {
    /// CSDL: property `priority`: `Edm.Int32`, not nullable.
    pub priority: rt::Field<i32>,
    /// CSDL: property `trustAffinityLevel`: `microsoft.graph.x509CertificateAffinityLevel`, nullable.
    pub trust_affinity_level: rt::Field<crate::v1::X509CertificateAffinityLevel>,
    /// CSDL: property `userProperty`: `Edm.String`, nullable.
    pub user_property: rt::Field<::std::string::String>,
    /// CSDL: property `x509CertificateField`: `Edm.String`, nullable.
    pub x509_certificate_field: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for X509CertificateUserBinding {
    #[inline]
    fn default() -> Self {
        Self {
            priority: rt::Field::Absent,
            trust_affinity_level: rt::Field::Absent,
            user_property: rt::Field::Absent,
            x509_certificate_field: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for X509CertificateUserBinding {
    const TYPE_NAME: &'static str = "microsoft.graph.x509CertificateUserBinding";
    const KEYS: &'static [&'static str] = &[
        "priority",
        "trustAffinityLevel",
        "userProperty",
        "x509CertificateField",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"priority\":                     ",
        ",\"trustAffinityLevel\":           ",
        ",\"userProperty\":                 ",
        ",\"x509CertificateField\":         ",
    ];
    const TAG: &'static str = "\"#microsoft.graph.x509CertificateUserBinding\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "priority", &self.priority);
        v.field(1usize, "trust_affinity_level", &self.trust_affinity_level);
        v.field(2usize, "user_property", &self.user_property);
        v.field(3usize, "x509_certificate_field", &self.x509_certificate_field);
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::object::Members for X509CertificateUserBinding {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.priority.read_from(r),
            1usize => self.trust_affinity_level.read_from(r),
            2usize => self.user_property.read_from(r),
            3usize => self.x509_certificate_field.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.priority);
        w.field(1usize, &self.trust_affinity_level);
        w.field(2usize, &self.user_property);
        w.field(3usize, &self.x509_certificate_field);
    }
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
rt::impl_object!(X509CertificateUserBinding);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    X509CertificateUserBinding { with_priority priority : i32; with_trust_affinity_level
    trust_affinity_level : crate ::v1::X509CertificateAffinityLevel; with_user_property
    user_property : ::std::string::String; with_x509_certificate_field
    x509_certificate_field : ::std::string::String; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(X509CertificateUserBinding);
