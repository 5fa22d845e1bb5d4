//! Types of `microsoft.graph` by the first letters of their names (`v`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.validatingDomains`, complex type, abstract.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct ValidatingDomains {
    /// CSDL: property `rootDomains`: `microsoft.graph.rootDomains`, not nullable.
    pub root_domains: rt::Field<crate::v1::RootDomains>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for ValidatingDomains {
    #[inline]
    fn default() -> Self {
        Self {
            root_domains: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for ValidatingDomains {
    const TYPE_NAME: &'static str = "microsoft.graph.validatingDomains";
    const KEYS: &'static [&'static str] = &["rootDomains"];
    const KEYS_JSON: &'static [&'static str] = &[",\"rootDomains\":"];
    const TAG: &'static str = "\"#microsoft.graph.validatingDomains\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.root_domains.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.root_domains);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.root_domains),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "root_domains", &self.root_domains);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(ValidatingDomains);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    ValidatingDomains { with_root_domains root_domains : crate ::v1::RootDomains; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(ValidatingDomains);
#[cfg(msgraph_v1_core)]
/// `microsoft.graph.validatingDomains` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyValidatingDomains {
    ValidatingDomains(::std::boxed::Box<crate::v1::ValidatingDomains>),
    AllDomains(::std::boxed::Box<crate::v1::AllDomains>),
    EnumeratedDomains(::std::boxed::Box<crate::v1::EnumeratedDomains>),
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for AnyValidatingDomains {
    #[inline]
    fn default() -> Self {
        Self::ValidatingDomains(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ValidatingDomains> for AnyValidatingDomains {
    #[inline]
    fn from(v: crate::v1::ValidatingDomains) -> Self {
        Self::ValidatingDomains(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllDomains> for AnyValidatingDomains {
    #[inline]
    fn from(v: crate::v1::AllDomains) -> Self {
        Self::AllDomains(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnumeratedDomains> for AnyValidatingDomains {
    #[inline]
    fn from(v: crate::v1::EnumeratedDomains) -> Self {
        Self::EnumeratedDomains(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Poly for AnyValidatingDomains {
    const BASE_NAME: &'static str = "microsoft.graph.validatingDomains";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.allDomains") => {
                rt::object::read_boxed(r).map(Self::AllDomains)
            }
            ::std::option::Option::Some("microsoft.graph.enumeratedDomains") => {
                rt::object::read_boxed(r).map(Self::EnumeratedDomains)
            }
            _ => rt::object::read_boxed(r).map(Self::ValidatingDomains),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::ValidatingDomains(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::AllDomains(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.allDomains"),
                )
            }
            Self::EnumeratedDomains(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.enumeratedDomains"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_core)]
impl AnyValidatingDomains {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::ValidatingDomains(_) => "microsoft.graph.validatingDomains",
            Self::AllDomains(_) => "microsoft.graph.allDomains",
            Self::EnumeratedDomains(_) => "microsoft.graph.enumeratedDomains",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::ValidatingDomains(v) => &v.extra,
            Self::AllDomains(v) => &v.extra,
            Self::EnumeratedDomains(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::ValidatingDomains(v) => &mut v.extra,
            Self::AllDomains(v) => &mut v.extra,
            Self::EnumeratedDomains(v) => &mut v.extra,
        }
    }
    /// `rootDomains` of any variant.
    #[inline]
    pub fn root_domains(&self) -> &rt::Field<crate::v1::RootDomains> {
        match self {
            Self::ValidatingDomains(v) => &v.root_domains,
            Self::AllDomains(v) => &v.root_domains,
            Self::EnumeratedDomains(v) => &v.root_domains,
        }
    }
    /// `rootDomains` of any variant.
    #[inline]
    pub fn root_domains_mut(&mut self) -> &mut rt::Field<crate::v1::RootDomains> {
        match self {
            Self::ValidatingDomains(v) => &mut v.root_domains,
            Self::AllDomains(v) => &mut v.root_domains,
            Self::EnumeratedDomains(v) => &mut v.root_domains,
        }
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_poly!(AnyValidatingDomains);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyValidatingDomains);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.verifiableCredentialAuthenticationMethodTarget`, entity type, derived from `microsoft.graph.authenticationMethodTarget`, key `id`.
///
/// Request builders: [`VerifiableCredentialAuthenticationMethodTargetPath`](requests/struct.VerifiableCredentialAuthenticationMethodTargetPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct VerifiableCredentialAuthenticationMethodTarget {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, not nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `targetType`: `microsoft.graph.authenticationMethodTargetType`, not nullable.
    pub target_type: rt::Field<crate::v1::AuthenticationMethodTargetType>,
    /// CSDL: property `verifiedIdProfiles`: `Collection(Edm.Guid)`, not nullable.
    pub verified_id_profiles: rt::Field<::std::vec::Vec<rt::edm::Guid>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for VerifiableCredentialAuthenticationMethodTarget {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            target_type: rt::Field::Absent,
            verified_id_profiles: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for VerifiableCredentialAuthenticationMethodTarget {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiableCredentialAuthenticationMethodTarget";
    const KEYS: &'static [&'static str] = &[
        "id",
        "isRegistrationRequired",
        "targetType",
        "verifiedIdProfiles",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"isRegistrationRequired\":",
        ",\"targetType\":",
        ",\"verifiedIdProfiles\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiableCredentialAuthenticationMethodTarget\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.is_registration_required.read_from(r),
            2usize => self.target_type.read_from(r),
            3usize => self.verified_id_profiles.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.is_registration_required);
        w.field(2usize, &self.target_type);
        w.field(3usize, &self.verified_id_profiles);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.is_registration_required),
            2usize => ::std::option::Option::Some(&self.target_type),
            3usize => ::std::option::Option::Some(&self.verified_id_profiles),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "is_registration_required", &self.is_registration_required);
        d.field(2usize, "target_type", &self.target_type);
        d.field(3usize, "verified_id_profiles", &self.verified_id_profiles);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(VerifiableCredentialAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    VerifiableCredentialAuthenticationMethodTarget { with_id id : ::std::string::String;
    with_is_registration_required is_registration_required : bool; with_target_type
    target_type : crate ::v1::AuthenticationMethodTargetType; with_verified_id_profiles
    verified_id_profiles : ::std::vec::Vec < rt::edm::Guid >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiableCredentialAuthenticationMethodTarget);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`VerifiableCredentialsAuthenticationMethodConfigurationPath`](requests/struct.VerifiableCredentialsAuthenticationMethodConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct VerifiableCredentialsAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: containment navigation property `includeTargets`: `Collection(microsoft.graph.verifiableCredentialAuthenticationMethodTarget)`, not nullable.
    pub include_targets: rt::Field<
        ::std::vec::Vec<crate::v1::VerifiableCredentialAuthenticationMethodTarget>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl ::std::default::Default for VerifiableCredentialsAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for VerifiableCredentialsAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"excludeTargets\":",
        ",\"state\":",
        ",\"includeTargets\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.include_targets);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.exclude_targets),
            2usize => ::std::option::Option::Some(&self.state),
            3usize => ::std::option::Option::Some(&self.include_targets),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "exclude_targets", &self.exclude_targets);
        d.field(2usize, "state", &self.state);
        d.field(3usize, "include_targets", &self.include_targets);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(VerifiableCredentialsAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    VerifiableCredentialsAuthenticationMethodConfiguration { with_id id :
    ::std::string::String; with_exclude_targets exclude_targets : ::std::vec::Vec < crate
    ::v1::ExcludeTarget >; with_state state : crate ::v1::AuthenticationMethodState;
    with_include_targets include_targets : ::std::vec::Vec < crate
    ::v1::VerifiableCredentialAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiableCredentialsAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_core)]
/// CSDL: `microsoft.graph.verifiedPublisher`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct VerifiedPublisher {
    /// CSDL: property `addedDateTime`: `Edm.DateTimeOffset`, nullable.
    pub added_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `verifiedPublisherId`: `Edm.String`, nullable.
    pub verified_publisher_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core)]
impl ::std::default::Default for VerifiedPublisher {
    #[inline]
    fn default() -> Self {
        Self {
            added_date_time: rt::Field::Absent,
            display_name: rt::Field::Absent,
            verified_publisher_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core)]
impl rt::Object for VerifiedPublisher {
    const TYPE_NAME: &'static str = "microsoft.graph.verifiedPublisher";
    const KEYS: &'static [&'static str] = &[
        "addedDateTime",
        "displayName",
        "verifiedPublisherId",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"addedDateTime\":",
        ",\"displayName\":",
        ",\"verifiedPublisherId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verifiedPublisher\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.added_date_time.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.verified_publisher_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.added_date_time);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.verified_publisher_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.added_date_time),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.verified_publisher_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "added_date_time", &self.added_date_time);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "verified_publisher_id", &self.verified_publisher_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core)]
rt::impl_object!(VerifiedPublisher);
#[cfg(msgraph_v1_core)]
rt::impl_setters!(
    VerifiedPublisher { with_added_date_time added_date_time : rt::edm::DateTimeOffset;
    with_display_name display_name : ::std::string::String; with_verified_publisher_id
    verified_publisher_id : ::std::string::String; }
);
#[cfg(msgraph_v1_core)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerifiedPublisher);
#[cfg(msgraph_v1_any_area)]
/// CSDL: `microsoft.graph.versionAction`, complex type.
///
/// Feature: `v1` or any `v1-*` area feature.
#[derive(Clone, PartialEq)]
pub struct VersionAction {
    /// CSDL: property `newVersion`: `Edm.String`, nullable.
    pub new_version: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area)]
impl ::std::default::Default for VersionAction {
    #[inline]
    fn default() -> Self {
        Self {
            new_version: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area)]
impl rt::Object for VersionAction {
    const TYPE_NAME: &'static str = "microsoft.graph.versionAction";
    const KEYS: &'static [&'static str] = &["newVersion"];
    const KEYS_JSON: &'static [&'static str] = &[",\"newVersion\":"];
    const TAG: &'static str = "\"#microsoft.graph.versionAction\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.new_version.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.new_version);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.new_version),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "new_version", &self.new_version);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_any_area)]
rt::impl_object!(VersionAction);
#[cfg(msgraph_v1_any_area)]
rt::impl_setters!(
    VersionAction { with_new_version new_version : ::std::string::String; }
);
#[cfg(msgraph_v1_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(VersionAction);
#[cfg(msgraph_v1_core_or_sites)]
/// CSDL: `microsoft.graph.verticalSection`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VerticalSectionPath`](requests/struct.VerticalSectionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates`, `v1-groups` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct VerticalSection {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `emphasis`: `microsoft.graph.sectionEmphasisType`, nullable.
    pub emphasis: rt::Field<crate::v1::SectionEmphasisType>,
    /// CSDL: containment navigation property `webparts`: `Collection(microsoft.graph.webPart)`, not nullable.
    pub webparts: rt::Field<::std::vec::Vec<crate::v1::AnyWebPart>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_sites)]
impl ::std::default::Default for VerticalSection {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            emphasis: rt::Field::Absent,
            webparts: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_sites)]
impl rt::Object for VerticalSection {
    const TYPE_NAME: &'static str = "microsoft.graph.verticalSection";
    const KEYS: &'static [&'static str] = &["id", "emphasis", "webparts"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"emphasis\":",
        ",\"webparts\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.verticalSection\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.emphasis.read_from(r),
            2usize => self.webparts.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.emphasis);
        w.field(2usize, &self.webparts);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.emphasis),
            2usize => ::std::option::Option::Some(&self.webparts),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "emphasis", &self.emphasis);
        d.field(2usize, "webparts", &self.webparts);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_object!(VerticalSection);
#[cfg(msgraph_v1_core_or_sites)]
rt::impl_setters!(
    VerticalSection { with_id id : ::std::string::String; with_emphasis emphasis : crate
    ::v1::SectionEmphasisType; with_webparts webparts : ::std::vec::Vec < crate
    ::v1::AnyWebPart >; }
);
#[cfg(msgraph_v1_core_or_sites)]
#[cfg(feature = "serde")]
rt::impl_serde!(VerticalSection);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.virtualAppointmentMessageType`, enum type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualAppointmentMessageType {
    /// `confirmation` (value 0).
    Confirmation,
    /// `reschedule` (value 1).
    Reschedule,
    /// `cancellation` (value 2).
    Cancellation,
    /// `unknownFutureValue` (value 10).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::StrEnum for VirtualAppointmentMessageType {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualAppointmentMessageType";
    const MEMBERS: &'static [&'static str] = &[
        "confirmation",
        "reschedule",
        "cancellation",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "confirmation" => Self::Confirmation,
                "reschedule" => Self::Reschedule,
                "cancellation" => Self::Cancellation,
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
            Self::Confirmation => "confirmation",
            Self::Reschedule => "reschedule",
            Self::Cancellation => "cancellation",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_enum!(VirtualAppointmentMessageType);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualAppointmentMessageType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEvent`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventPath`](requests/struct.VirtualEventPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEvent {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.communicationsIdentitySet`, nullable.
    pub created_by: rt::Field<crate::v1::CommunicationsIdentitySet>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `settings`: `microsoft.graph.virtualEventSettings`, nullable.
    pub settings: rt::Field<crate::v1::VirtualEventSettings>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.virtualEventStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventStatus>,
    /// CSDL: containment navigation property `presenters`: `Collection(microsoft.graph.virtualEventPresenter)`, not nullable.
    pub presenters: rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEvent {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            presenters: rt::Field::Absent,
            sessions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEvent {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEvent";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "externalEventInformation",
        "isRegistrationRequired",
        "settings",
        "startDateTime",
        "status",
        "presenters",
        "sessions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"endDateTime\":",
        ",\"externalEventInformation\":",
        ",\"isRegistrationRequired\":",
        ",\"settings\":",
        ",\"startDateTime\":",
        ",\"status\":",
        ",\"presenters\":",
        ",\"sessions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEvent\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.end_date_time.read_from(r),
            5usize => self.external_event_information.read_from(r),
            6usize => self.is_registration_required.read_from(r),
            7usize => self.settings.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.presenters.read_from(r),
            11usize => self.sessions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.end_date_time);
        w.field(5usize, &self.external_event_information);
        w.field(6usize, &self.is_registration_required);
        w.field(7usize, &self.settings);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.presenters);
        w.field(11usize, &self.sessions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.end_date_time),
            5usize => ::std::option::Option::Some(&self.external_event_information),
            6usize => ::std::option::Option::Some(&self.is_registration_required),
            7usize => ::std::option::Option::Some(&self.settings),
            8usize => ::std::option::Option::Some(&self.start_date_time),
            9usize => ::std::option::Option::Some(&self.status),
            10usize => ::std::option::Option::Some(&self.presenters),
            11usize => ::std::option::Option::Some(&self.sessions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "end_date_time", &self.end_date_time);
        d.field(5usize, "external_event_information", &self.external_event_information);
        d.field(6usize, "is_registration_required", &self.is_registration_required);
        d.field(7usize, "settings", &self.settings);
        d.field(8usize, "start_date_time", &self.start_date_time);
        d.field(9usize, "status", &self.status);
        d.field(10usize, "presenters", &self.presenters);
        d.field(11usize, "sessions", &self.sessions);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEvent { with_id id : ::std::string::String; with_created_by created_by : crate
    ::v1::CommunicationsIdentitySet; with_description description : crate ::v1::ItemBody;
    with_display_name display_name : ::std::string::String; with_end_date_time
    end_date_time : crate ::v1::DateTimeTimeZone; with_external_event_information
    external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_is_registration_required
    is_registration_required : bool; with_settings settings : crate
    ::v1::VirtualEventSettings; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_status status : crate ::v1::VirtualEventStatus;
    with_presenters presenters : ::std::vec::Vec < crate ::v1::VirtualEventPresenter >;
    with_sessions sessions : ::std::vec::Vec < crate ::v1::VirtualEventSession >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.virtualEvent` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVirtualEvent {
    VirtualEvent(::std::boxed::Box<crate::v1::VirtualEvent>),
    VirtualEventTownhall(::std::boxed::Box<crate::v1::VirtualEventTownhall>),
    VirtualEventWebinar(::std::boxed::Box<crate::v1::VirtualEventWebinar>),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyVirtualEvent {
    #[inline]
    fn default() -> Self {
        Self::VirtualEvent(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEvent> for AnyVirtualEvent {
    #[inline]
    fn from(v: crate::v1::VirtualEvent) -> Self {
        Self::VirtualEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventTownhall> for AnyVirtualEvent {
    #[inline]
    fn from(v: crate::v1::VirtualEventTownhall) -> Self {
        Self::VirtualEventTownhall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventWebinar> for AnyVirtualEvent {
    #[inline]
    fn from(v: crate::v1::VirtualEventWebinar) -> Self {
        Self::VirtualEventWebinar(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyVirtualEvent {
    const BASE_NAME: &'static str = "microsoft.graph.virtualEvent";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some("microsoft.graph.virtualEventTownhall") => {
                rt::object::read_boxed(r).map(Self::VirtualEventTownhall)
            }
            ::std::option::Option::Some("microsoft.graph.virtualEventWebinar") => {
                rt::object::read_boxed(r).map(Self::VirtualEventWebinar)
            }
            _ => rt::object::read_boxed(r).map(Self::VirtualEvent),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::VirtualEvent(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::VirtualEventTownhall(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventTownhall"),
                )
            }
            Self::VirtualEventWebinar(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventWebinar"),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyVirtualEvent {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::VirtualEvent(_) => "microsoft.graph.virtualEvent",
            Self::VirtualEventTownhall(_) => "microsoft.graph.virtualEventTownhall",
            Self::VirtualEventWebinar(_) => "microsoft.graph.virtualEventWebinar",
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::VirtualEvent(v) => &v.extra,
            Self::VirtualEventTownhall(v) => &v.extra,
            Self::VirtualEventWebinar(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::VirtualEvent(v) => &mut v.extra,
            Self::VirtualEventTownhall(v) => &mut v.extra,
            Self::VirtualEventWebinar(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &v.id,
            Self::VirtualEventTownhall(v) => &v.id,
            Self::VirtualEventWebinar(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &mut v.id,
            Self::VirtualEventTownhall(v) => &mut v.id,
            Self::VirtualEventWebinar(v) => &mut v.id,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by(&self) -> &rt::Field<crate::v1::CommunicationsIdentitySet> {
        match self {
            Self::VirtualEvent(v) => &v.created_by,
            Self::VirtualEventTownhall(v) => &v.created_by,
            Self::VirtualEventWebinar(v) => &v.created_by,
        }
    }
    /// `createdBy` of any variant.
    #[inline]
    pub fn created_by_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::CommunicationsIdentitySet> {
        match self {
            Self::VirtualEvent(v) => &mut v.created_by,
            Self::VirtualEventTownhall(v) => &mut v.created_by,
            Self::VirtualEventWebinar(v) => &mut v.created_by,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description(&self) -> &rt::Field<crate::v1::ItemBody> {
        match self {
            Self::VirtualEvent(v) => &v.description,
            Self::VirtualEventTownhall(v) => &v.description,
            Self::VirtualEventWebinar(v) => &v.description,
        }
    }
    /// `description` of any variant.
    #[inline]
    pub fn description_mut(&mut self) -> &mut rt::Field<crate::v1::ItemBody> {
        match self {
            Self::VirtualEvent(v) => &mut v.description,
            Self::VirtualEventTownhall(v) => &mut v.description,
            Self::VirtualEventWebinar(v) => &mut v.description,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &v.display_name,
            Self::VirtualEventTownhall(v) => &v.display_name,
            Self::VirtualEventWebinar(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEvent(v) => &mut v.display_name,
            Self::VirtualEventTownhall(v) => &mut v.display_name,
            Self::VirtualEventWebinar(v) => &mut v.display_name,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time(&self) -> &rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &v.end_date_time,
            Self::VirtualEventTownhall(v) => &v.end_date_time,
            Self::VirtualEventWebinar(v) => &v.end_date_time,
        }
    }
    /// `endDateTime` of any variant.
    #[inline]
    pub fn end_date_time_mut(&mut self) -> &mut rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &mut v.end_date_time,
            Self::VirtualEventTownhall(v) => &mut v.end_date_time,
            Self::VirtualEventWebinar(v) => &mut v.end_date_time,
        }
    }
    /// `externalEventInformation` of any variant.
    #[inline]
    pub fn external_event_information(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::VirtualEventExternalInformation>> {
        match self {
            Self::VirtualEvent(v) => &v.external_event_information,
            Self::VirtualEventTownhall(v) => &v.external_event_information,
            Self::VirtualEventWebinar(v) => &v.external_event_information,
        }
    }
    /// `externalEventInformation` of any variant.
    #[inline]
    pub fn external_event_information_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::VirtualEventExternalInformation>> {
        match self {
            Self::VirtualEvent(v) => &mut v.external_event_information,
            Self::VirtualEventTownhall(v) => &mut v.external_event_information,
            Self::VirtualEventWebinar(v) => &mut v.external_event_information,
        }
    }
    /// `isRegistrationRequired` of any variant.
    #[inline]
    pub fn is_registration_required(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEvent(v) => &v.is_registration_required,
            Self::VirtualEventTownhall(v) => &v.is_registration_required,
            Self::VirtualEventWebinar(v) => &v.is_registration_required,
        }
    }
    /// `isRegistrationRequired` of any variant.
    #[inline]
    pub fn is_registration_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEvent(v) => &mut v.is_registration_required,
            Self::VirtualEventTownhall(v) => &mut v.is_registration_required,
            Self::VirtualEventWebinar(v) => &mut v.is_registration_required,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings(&self) -> &rt::Field<crate::v1::VirtualEventSettings> {
        match self {
            Self::VirtualEvent(v) => &v.settings,
            Self::VirtualEventTownhall(v) => &v.settings,
            Self::VirtualEventWebinar(v) => &v.settings,
        }
    }
    /// `settings` of any variant.
    #[inline]
    pub fn settings_mut(&mut self) -> &mut rt::Field<crate::v1::VirtualEventSettings> {
        match self {
            Self::VirtualEvent(v) => &mut v.settings,
            Self::VirtualEventTownhall(v) => &mut v.settings,
            Self::VirtualEventWebinar(v) => &mut v.settings,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time(&self) -> &rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &v.start_date_time,
            Self::VirtualEventTownhall(v) => &v.start_date_time,
            Self::VirtualEventWebinar(v) => &v.start_date_time,
        }
    }
    /// `startDateTime` of any variant.
    #[inline]
    pub fn start_date_time_mut(
        &mut self,
    ) -> &mut rt::Field<crate::v1::DateTimeTimeZone> {
        match self {
            Self::VirtualEvent(v) => &mut v.start_date_time,
            Self::VirtualEventTownhall(v) => &mut v.start_date_time,
            Self::VirtualEventWebinar(v) => &mut v.start_date_time,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status(&self) -> &rt::Field<crate::v1::VirtualEventStatus> {
        match self {
            Self::VirtualEvent(v) => &v.status,
            Self::VirtualEventTownhall(v) => &v.status,
            Self::VirtualEventWebinar(v) => &v.status,
        }
    }
    /// `status` of any variant.
    #[inline]
    pub fn status_mut(&mut self) -> &mut rt::Field<crate::v1::VirtualEventStatus> {
        match self {
            Self::VirtualEvent(v) => &mut v.status,
            Self::VirtualEventTownhall(v) => &mut v.status,
            Self::VirtualEventWebinar(v) => &mut v.status,
        }
    }
    /// `presenters` of any variant.
    #[inline]
    pub fn presenters(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>> {
        match self {
            Self::VirtualEvent(v) => &v.presenters,
            Self::VirtualEventTownhall(v) => &v.presenters,
            Self::VirtualEventWebinar(v) => &v.presenters,
        }
    }
    /// `presenters` of any variant.
    #[inline]
    pub fn presenters_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>> {
        match self {
            Self::VirtualEvent(v) => &mut v.presenters,
            Self::VirtualEventTownhall(v) => &mut v.presenters,
            Self::VirtualEventWebinar(v) => &mut v.presenters,
        }
    }
    /// `sessions` of any variant.
    #[inline]
    pub fn sessions(
        &self,
    ) -> &rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>> {
        match self {
            Self::VirtualEvent(v) => &v.sessions,
            Self::VirtualEventTownhall(v) => &v.sessions,
            Self::VirtualEventWebinar(v) => &v.sessions,
        }
    }
    /// `sessions` of any variant.
    #[inline]
    pub fn sessions_mut(
        &mut self,
    ) -> &mut rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>> {
        match self {
            Self::VirtualEvent(v) => &mut v.sessions,
            Self::VirtualEventTownhall(v) => &mut v.sessions,
            Self::VirtualEventWebinar(v) => &mut v.sessions,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyVirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVirtualEvent);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventAttendeeRegistrationStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventAttendeeRegistrationStatus {
    /// `registered` (value 0).
    Registered,
    /// `canceled` (value 1).
    Canceled,
    /// `waitlisted` (value 2).
    Waitlisted,
    /// `pendingApproval` (value 3).
    PendingApproval,
    /// `rejectedByOrganizer` (value 4).
    RejectedByOrganizer,
    /// `unknownFutureValue` (value 11).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventAttendeeRegistrationStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventAttendeeRegistrationStatus";
    const MEMBERS: &'static [&'static str] = &[
        "registered",
        "canceled",
        "waitlisted",
        "pendingApproval",
        "rejectedByOrganizer",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "registered" => Self::Registered,
                "canceled" => Self::Canceled,
                "waitlisted" => Self::Waitlisted,
                "pendingApproval" => Self::PendingApproval,
                "rejectedByOrganizer" => Self::RejectedByOrganizer,
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
            Self::Registered => "registered",
            Self::Canceled => "canceled",
            Self::Waitlisted => "waitlisted",
            Self::PendingApproval => "pendingApproval",
            Self::RejectedByOrganizer => "rejectedByOrganizer",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventAttendeeRegistrationStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventAttendeeRegistrationStatus);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventExternalInformation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct VirtualEventExternalInformation {
    /// CSDL: property `applicationId`: `Edm.String`, nullable.
    pub application_id: rt::Field<::std::string::String>,
    /// CSDL: property `externalEventId`: `Edm.String`, nullable.
    pub external_event_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for VirtualEventExternalInformation {
    #[inline]
    fn default() -> Self {
        Self {
            application_id: rt::Field::Absent,
            external_event_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for VirtualEventExternalInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventExternalInformation";
    const KEYS: &'static [&'static str] = &["applicationId", "externalEventId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"applicationId\":",
        ",\"externalEventId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventExternalInformation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.application_id.read_from(r),
            1usize => self.external_event_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.application_id);
        w.field(1usize, &self.external_event_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.application_id),
            1usize => ::std::option::Option::Some(&self.external_event_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "application_id", &self.application_id);
        d.field(1usize, "external_event_id", &self.external_event_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(VirtualEventExternalInformation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    VirtualEventExternalInformation { with_application_id application_id :
    ::std::string::String; with_external_event_id external_event_id :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventExternalInformation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventExternalRegistrationInformation`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct VirtualEventExternalRegistrationInformation {
    /// CSDL: property `referrer`: `Edm.String`, nullable.
    pub referrer: rt::Field<::std::string::String>,
    /// CSDL: property `registrationId`: `Edm.String`, nullable.
    pub registration_id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for VirtualEventExternalRegistrationInformation {
    #[inline]
    fn default() -> Self {
        Self {
            referrer: rt::Field::Absent,
            registration_id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for VirtualEventExternalRegistrationInformation {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventExternalRegistrationInformation";
    const KEYS: &'static [&'static str] = &["referrer", "registrationId"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"referrer\":",
        ",\"registrationId\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventExternalRegistrationInformation\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.referrer.read_from(r),
            1usize => self.registration_id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.referrer);
        w.field(1usize, &self.registration_id);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.referrer),
            1usize => ::std::option::Option::Some(&self.registration_id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "referrer", &self.referrer);
        d.field(1usize, "registration_id", &self.registration_id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(VirtualEventExternalRegistrationInformation);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    VirtualEventExternalRegistrationInformation { with_referrer referrer :
    ::std::string::String; with_registration_id registration_id : ::std::string::String;
    }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventExternalRegistrationInformation);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventPresenter`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventPresenterPath`](requests/struct.VirtualEventPresenterPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventPresenter {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `identity`: `microsoft.graph.identity`, nullable.
    pub identity: rt::Field<crate::v1::AnyIdentity>,
    /// CSDL: property `presenterDetails`: `microsoft.graph.virtualEventPresenterDetails`, nullable.
    pub presenter_details: rt::Field<crate::v1::VirtualEventPresenterDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventPresenter {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            email: rt::Field::Absent,
            identity: rt::Field::Absent,
            presenter_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventPresenter {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventPresenter";
    const KEYS: &'static [&'static str] = &[
        "id",
        "email",
        "identity",
        "presenterDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"email\":",
        ",\"identity\":",
        ",\"presenterDetails\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventPresenter\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.email.read_from(r),
            2usize => self.identity.read_from(r),
            3usize => self.presenter_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.email);
        w.field(2usize, &self.identity);
        w.field(3usize, &self.presenter_details);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.email),
            2usize => ::std::option::Option::Some(&self.identity),
            3usize => ::std::option::Option::Some(&self.presenter_details),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "email", &self.email);
        d.field(2usize, "identity", &self.identity);
        d.field(3usize, "presenter_details", &self.presenter_details);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventPresenter);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventPresenter { with_id id : ::std::string::String; with_email email :
    ::std::string::String; with_identity identity : crate ::v1::AnyIdentity;
    with_presenter_details presenter_details : crate ::v1::VirtualEventPresenterDetails;
    }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventPresenter);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventPresenterDetails`, complex type.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct VirtualEventPresenterDetails {
    /// CSDL: property `bio`: `microsoft.graph.itemBody`, nullable.
    pub bio: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `company`: `Edm.String`, nullable.
    pub company: rt::Field<::std::string::String>,
    /// CSDL: property `jobTitle`: `Edm.String`, nullable.
    pub job_title: rt::Field<::std::string::String>,
    /// CSDL: property `linkedInProfileWebUrl`: `Edm.String`, nullable.
    pub linked_in_profile_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `personalSiteWebUrl`: `Edm.String`, nullable.
    pub personal_site_web_url: rt::Field<::std::string::String>,
    /// CSDL: property `photo`: `Edm.Stream`, nullable.
    pub photo: rt::Field<rt::RawJson>,
    /// CSDL: property `twitterProfileWebUrl`: `Edm.String`, nullable.
    pub twitter_profile_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl ::std::default::Default for VirtualEventPresenterDetails {
    #[inline]
    fn default() -> Self {
        Self {
            bio: rt::Field::Absent,
            company: rt::Field::Absent,
            job_title: rt::Field::Absent,
            linked_in_profile_web_url: rt::Field::Absent,
            personal_site_web_url: rt::Field::Absent,
            photo: rt::Field::Absent,
            twitter_profile_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
impl rt::Object for VirtualEventPresenterDetails {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventPresenterDetails";
    const KEYS: &'static [&'static str] = &[
        "bio",
        "company",
        "jobTitle",
        "linkedInProfileWebUrl",
        "personalSiteWebUrl",
        "photo",
        "twitterProfileWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"bio\":",
        ",\"company\":",
        ",\"jobTitle\":",
        ",\"linkedInProfileWebUrl\":",
        ",\"personalSiteWebUrl\":",
        ",\"photo\":",
        ",\"twitterProfileWebUrl\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventPresenterDetails\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.bio.read_from(r),
            1usize => self.company.read_from(r),
            2usize => self.job_title.read_from(r),
            3usize => self.linked_in_profile_web_url.read_from(r),
            4usize => self.personal_site_web_url.read_from(r),
            5usize => self.photo.read_from(r),
            6usize => self.twitter_profile_web_url.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.bio);
        w.field(1usize, &self.company);
        w.field(2usize, &self.job_title);
        w.field(3usize, &self.linked_in_profile_web_url);
        w.field(4usize, &self.personal_site_web_url);
        w.field(5usize, &self.photo);
        w.field(6usize, &self.twitter_profile_web_url);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.bio),
            1usize => ::std::option::Option::Some(&self.company),
            2usize => ::std::option::Option::Some(&self.job_title),
            3usize => ::std::option::Option::Some(&self.linked_in_profile_web_url),
            4usize => ::std::option::Option::Some(&self.personal_site_web_url),
            5usize => ::std::option::Option::Some(&self.photo),
            6usize => ::std::option::Option::Some(&self.twitter_profile_web_url),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "bio", &self.bio);
        d.field(1usize, "company", &self.company);
        d.field(2usize, "job_title", &self.job_title);
        d.field(3usize, "linked_in_profile_web_url", &self.linked_in_profile_web_url);
        d.field(4usize, "personal_site_web_url", &self.personal_site_web_url);
        d.field(5usize, "photo", &self.photo);
        d.field(6usize, "twitter_profile_web_url", &self.twitter_profile_web_url);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_object!(VirtualEventPresenterDetails);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
rt::impl_setters!(
    VirtualEventPresenterDetails { with_bio bio : crate ::v1::ItemBody; with_company
    company : ::std::string::String; with_job_title job_title : ::std::string::String;
    with_linked_in_profile_web_url linked_in_profile_web_url : ::std::string::String;
    with_personal_site_web_url personal_site_web_url : ::std::string::String; with_photo
    photo : rt::RawJson; with_twitter_profile_web_url twitter_profile_web_url :
    ::std::string::String; }
);
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventPresenterDetails);
#[cfg(msgraph_v1_core_or_communications)]
/// CSDL: `microsoft.graph.virtualEventPresenterInfo`, complex type, derived from `microsoft.graph.meetingParticipantInfo`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-applications`, `v1-chats`, `v1-communications`, `v1-contacts`, `v1-contracts`, `v1-devices`, `v1-directory`, `v1-directory-objects`, `v1-directory-role-templates`, `v1-directory-roles`, `v1-group-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct VirtualEventPresenterInfo {
    /// CSDL: property `identity`: `microsoft.graph.identitySet`, nullable.
    pub identity: rt::Field<crate::v1::AnyIdentitySet>,
    /// CSDL: property `role`: `microsoft.graph.onlineMeetingRole`, nullable.
    pub role: rt::Field<crate::v1::OnlineMeetingRole>,
    /// CSDL: property `upn`: `Edm.String`, nullable.
    pub upn: rt::Field<::std::string::String>,
    /// CSDL: property `presenterDetails`: `microsoft.graph.virtualEventPresenterDetails`, nullable.
    pub presenter_details: rt::Field<crate::v1::VirtualEventPresenterDetails>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_core_or_communications)]
impl ::std::default::Default for VirtualEventPresenterInfo {
    #[inline]
    fn default() -> Self {
        Self {
            identity: rt::Field::Absent,
            role: rt::Field::Absent,
            upn: rt::Field::Absent,
            presenter_details: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_core_or_communications)]
impl rt::Object for VirtualEventPresenterInfo {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventPresenterInfo";
    const KEYS: &'static [&'static str] = &[
        "identity",
        "role",
        "upn",
        "presenterDetails",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"identity\":",
        ",\"role\":",
        ",\"upn\":",
        ",\"presenterDetails\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventPresenterInfo\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.identity.read_from(r),
            1usize => self.role.read_from(r),
            2usize => self.upn.read_from(r),
            3usize => self.presenter_details.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.identity);
        w.field(1usize, &self.role);
        w.field(2usize, &self.upn);
        w.field(3usize, &self.presenter_details);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.identity),
            1usize => ::std::option::Option::Some(&self.role),
            2usize => ::std::option::Option::Some(&self.upn),
            3usize => ::std::option::Option::Some(&self.presenter_details),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "identity", &self.identity);
        d.field(1usize, "role", &self.role);
        d.field(2usize, "upn", &self.upn);
        d.field(3usize, "presenter_details", &self.presenter_details);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_object!(VirtualEventPresenterInfo);
#[cfg(msgraph_v1_core_or_communications)]
rt::impl_setters!(
    VirtualEventPresenterInfo { with_identity identity : crate ::v1::AnyIdentitySet;
    with_role role : crate ::v1::OnlineMeetingRole; with_upn upn : ::std::string::String;
    with_presenter_details presenter_details : crate ::v1::VirtualEventPresenterDetails;
    }
);
#[cfg(msgraph_v1_core_or_communications)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventPresenterInfo);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationPath`](requests/struct.VirtualEventRegistrationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventRegistration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `cancelationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub cancelation_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `email`: `Edm.String`, nullable.
    pub email: rt::Field<::std::string::String>,
    /// CSDL: property `externalRegistrationInformation`: `microsoft.graph.virtualEventExternalRegistrationInformation`, nullable.
    pub external_registration_information: rt::Field<
        crate::v1::VirtualEventExternalRegistrationInformation,
    >,
    /// CSDL: property `firstName`: `Edm.String`, nullable.
    pub first_name: rt::Field<::std::string::String>,
    /// CSDL: property `lastName`: `Edm.String`, nullable.
    pub last_name: rt::Field<::std::string::String>,
    /// CSDL: property `preferredLanguage`: `Edm.String`, nullable.
    pub preferred_language: rt::Field<::std::string::String>,
    /// CSDL: property `preferredTimezone`: `Edm.String`, nullable.
    pub preferred_timezone: rt::Field<::std::string::String>,
    /// CSDL: property `registrationDateTime`: `Edm.DateTimeOffset`, nullable.
    pub registration_date_time: rt::Field<rt::edm::DateTimeOffset>,
    /// CSDL: property `registrationQuestionAnswers`: `Collection(microsoft.graph.virtualEventRegistrationQuestionAnswer)`, nullable.
    pub registration_question_answers: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventRegistrationQuestionAnswer>,
    >,
    /// CSDL: property `status`: `microsoft.graph.virtualEventAttendeeRegistrationStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventAttendeeRegistrationStatus>,
    /// CSDL: property `userId`: `Edm.String`, nullable.
    pub user_id: rt::Field<::std::string::String>,
    /// CSDL: navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            cancelation_date_time: rt::Field::Absent,
            email: rt::Field::Absent,
            external_registration_information: rt::Field::Absent,
            first_name: rt::Field::Absent,
            last_name: rt::Field::Absent,
            preferred_language: rt::Field::Absent,
            preferred_timezone: rt::Field::Absent,
            registration_date_time: rt::Field::Absent,
            registration_question_answers: rt::Field::Absent,
            status: rt::Field::Absent,
            user_id: rt::Field::Absent,
            sessions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "cancelationDateTime",
        "email",
        "externalRegistrationInformation",
        "firstName",
        "lastName",
        "preferredLanguage",
        "preferredTimezone",
        "registrationDateTime",
        "registrationQuestionAnswers",
        "status",
        "userId",
        "sessions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"cancelationDateTime\":",
        ",\"email\":",
        ",\"externalRegistrationInformation\":",
        ",\"firstName\":",
        ",\"lastName\":",
        ",\"preferredLanguage\":",
        ",\"preferredTimezone\":",
        ",\"registrationDateTime\":",
        ",\"registrationQuestionAnswers\":",
        ",\"status\":",
        ",\"userId\":",
        ",\"sessions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.cancelation_date_time.read_from(r),
            2usize => self.email.read_from(r),
            3usize => self.external_registration_information.read_from(r),
            4usize => self.first_name.read_from(r),
            5usize => self.last_name.read_from(r),
            6usize => self.preferred_language.read_from(r),
            7usize => self.preferred_timezone.read_from(r),
            8usize => self.registration_date_time.read_from(r),
            9usize => self.registration_question_answers.read_from(r),
            10usize => self.status.read_from(r),
            11usize => self.user_id.read_from(r),
            12usize => self.sessions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.cancelation_date_time);
        w.field(2usize, &self.email);
        w.field(3usize, &self.external_registration_information);
        w.field(4usize, &self.first_name);
        w.field(5usize, &self.last_name);
        w.field(6usize, &self.preferred_language);
        w.field(7usize, &self.preferred_timezone);
        w.field(8usize, &self.registration_date_time);
        w.field(9usize, &self.registration_question_answers);
        w.field(10usize, &self.status);
        w.field(11usize, &self.user_id);
        w.field(12usize, &self.sessions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.cancelation_date_time),
            2usize => ::std::option::Option::Some(&self.email),
            3usize => {
                ::std::option::Option::Some(&self.external_registration_information)
            }
            4usize => ::std::option::Option::Some(&self.first_name),
            5usize => ::std::option::Option::Some(&self.last_name),
            6usize => ::std::option::Option::Some(&self.preferred_language),
            7usize => ::std::option::Option::Some(&self.preferred_timezone),
            8usize => ::std::option::Option::Some(&self.registration_date_time),
            9usize => ::std::option::Option::Some(&self.registration_question_answers),
            10usize => ::std::option::Option::Some(&self.status),
            11usize => ::std::option::Option::Some(&self.user_id),
            12usize => ::std::option::Option::Some(&self.sessions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "cancelation_date_time", &self.cancelation_date_time);
        d.field(2usize, "email", &self.email);
        d.field(
            3usize,
            "external_registration_information",
            &self.external_registration_information,
        );
        d.field(4usize, "first_name", &self.first_name);
        d.field(5usize, "last_name", &self.last_name);
        d.field(6usize, "preferred_language", &self.preferred_language);
        d.field(7usize, "preferred_timezone", &self.preferred_timezone);
        d.field(8usize, "registration_date_time", &self.registration_date_time);
        d.field(
            9usize,
            "registration_question_answers",
            &self.registration_question_answers,
        );
        d.field(10usize, "status", &self.status);
        d.field(11usize, "user_id", &self.user_id);
        d.field(12usize, "sessions", &self.sessions);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventRegistration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistration { with_id id : ::std::string::String;
    with_cancelation_date_time cancelation_date_time : rt::edm::DateTimeOffset;
    with_email email : ::std::string::String; with_external_registration_information
    external_registration_information : crate
    ::v1::VirtualEventExternalRegistrationInformation; with_first_name first_name :
    ::std::string::String; with_last_name last_name : ::std::string::String;
    with_preferred_language preferred_language : ::std::string::String;
    with_preferred_timezone preferred_timezone : ::std::string::String;
    with_registration_date_time registration_date_time : rt::edm::DateTimeOffset;
    with_registration_question_answers registration_question_answers : ::std::vec::Vec <
    crate ::v1::VirtualEventRegistrationQuestionAnswer >; with_status status : crate
    ::v1::VirtualEventAttendeeRegistrationStatus; with_user_id user_id :
    ::std::string::String; with_sessions sessions : ::std::vec::Vec < crate
    ::v1::VirtualEventSession >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationConfiguration`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationConfigurationPath`](requests/struct.VirtualEventRegistrationConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventRegistrationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `isManualApprovalEnabled`: `Edm.Boolean`, nullable.
    pub is_manual_approval_enabled: rt::Field<bool>,
    /// CSDL: property `isWaitlistEnabled`: `Edm.Boolean`, nullable.
    pub is_waitlist_enabled: rt::Field<bool>,
    /// CSDL: property `registrationWebUrl`: `Edm.String`, nullable.
    pub registration_web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.virtualEventRegistrationQuestionBase)`, not nullable.
    pub questions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capacity: rt::Field::Absent,
            is_manual_approval_enabled: rt::Field::Absent,
            is_waitlist_enabled: rt::Field::Absent,
            registration_web_url: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capacity",
        "isManualApprovalEnabled",
        "isWaitlistEnabled",
        "registrationWebUrl",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"capacity\":",
        ",\"isManualApprovalEnabled\":",
        ",\"isWaitlistEnabled\":",
        ",\"registrationWebUrl\":",
        ",\"questions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capacity.read_from(r),
            2usize => self.is_manual_approval_enabled.read_from(r),
            3usize => self.is_waitlist_enabled.read_from(r),
            4usize => self.registration_web_url.read_from(r),
            5usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capacity);
        w.field(2usize, &self.is_manual_approval_enabled);
        w.field(3usize, &self.is_waitlist_enabled);
        w.field(4usize, &self.registration_web_url);
        w.field(5usize, &self.questions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.capacity),
            2usize => ::std::option::Option::Some(&self.is_manual_approval_enabled),
            3usize => ::std::option::Option::Some(&self.is_waitlist_enabled),
            4usize => ::std::option::Option::Some(&self.registration_web_url),
            5usize => ::std::option::Option::Some(&self.questions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "capacity", &self.capacity);
        d.field(2usize, "is_manual_approval_enabled", &self.is_manual_approval_enabled);
        d.field(3usize, "is_waitlist_enabled", &self.is_waitlist_enabled);
        d.field(4usize, "registration_web_url", &self.registration_web_url);
        d.field(5usize, "questions", &self.questions);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationConfiguration { with_id id : ::std::string::String;
    with_capacity capacity : i32; with_is_manual_approval_enabled
    is_manual_approval_enabled : bool; with_is_waitlist_enabled is_waitlist_enabled :
    bool; with_registration_web_url registration_web_url : ::std::string::String;
    with_questions questions : ::std::vec::Vec < crate
    ::v1::AnyVirtualEventRegistrationQuestionBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.virtualEventRegistrationConfiguration` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVirtualEventRegistrationConfiguration {
    VirtualEventRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationConfiguration>,
    ),
    VirtualEventTownhallRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventTownhallRegistrationConfiguration>,
    ),
    VirtualEventWebinarRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventWebinarRegistrationConfiguration>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self::VirtualEventRegistrationConfiguration(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationConfiguration>
for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationConfiguration) -> Self {
        Self::VirtualEventRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventTownhallRegistrationConfiguration>
for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn from(v: crate::v1::VirtualEventTownhallRegistrationConfiguration) -> Self {
        Self::VirtualEventTownhallRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventWebinarRegistrationConfiguration>
for AnyVirtualEventRegistrationConfiguration {
    #[inline]
    fn from(v: crate::v1::VirtualEventWebinarRegistrationConfiguration) -> Self {
        Self::VirtualEventWebinarRegistrationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyVirtualEventRegistrationConfiguration {
    const BASE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationConfiguration";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::VirtualEventTownhallRegistrationConfiguration)
            }
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::VirtualEventWebinarRegistrationConfiguration)
            }
            _ => {
                rt::object::read_boxed(r)
                    .map(Self::VirtualEventRegistrationConfiguration)
            }
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventTownhallRegistrationConfiguration",
                    ),
                )
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventWebinarRegistrationConfiguration",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyVirtualEventRegistrationConfiguration {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::VirtualEventRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventRegistrationConfiguration"
            }
            Self::VirtualEventTownhallRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration"
            }
            Self::VirtualEventWebinarRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.extra,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.extra,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.extra,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.extra,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.id,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.id,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.id,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.id,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.id,
        }
    }
    /// `capacity` of any variant.
    #[inline]
    pub fn capacity(&self) -> &rt::Field<i32> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.capacity,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.capacity,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.capacity,
        }
    }
    /// `capacity` of any variant.
    #[inline]
    pub fn capacity_mut(&mut self) -> &mut rt::Field<i32> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.capacity,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.capacity,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.capacity,
        }
    }
    /// `isManualApprovalEnabled` of any variant.
    #[inline]
    pub fn is_manual_approval_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => {
                &v.is_manual_approval_enabled
            }
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &v.is_manual_approval_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &v.is_manual_approval_enabled
            }
        }
    }
    /// `isManualApprovalEnabled` of any variant.
    #[inline]
    pub fn is_manual_approval_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => {
                &mut v.is_manual_approval_enabled
            }
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &mut v.is_manual_approval_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &mut v.is_manual_approval_enabled
            }
        }
    }
    /// `isWaitlistEnabled` of any variant.
    #[inline]
    pub fn is_waitlist_enabled(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.is_waitlist_enabled,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &v.is_waitlist_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &v.is_waitlist_enabled
            }
        }
    }
    /// `isWaitlistEnabled` of any variant.
    #[inline]
    pub fn is_waitlist_enabled_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.is_waitlist_enabled,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &mut v.is_waitlist_enabled
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &mut v.is_waitlist_enabled
            }
        }
    }
    /// `registrationWebUrl` of any variant.
    #[inline]
    pub fn registration_web_url(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.registration_web_url,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &v.registration_web_url
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &v.registration_web_url
            }
        }
    }
    /// `registrationWebUrl` of any variant.
    #[inline]
    pub fn registration_web_url_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.registration_web_url,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                &mut v.registration_web_url
            }
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                &mut v.registration_web_url
            }
        }
    }
    /// `questions` of any variant.
    #[inline]
    pub fn questions(
        &self,
    ) -> &rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    > {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &v.questions,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.questions,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.questions,
        }
    }
    /// `questions` of any variant.
    #[inline]
    pub fn questions_mut(
        &mut self,
    ) -> &mut rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    > {
        match self {
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.questions,
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.questions,
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.questions,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyVirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVirtualEventRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationCustomQuestion`, entity type, derived from `microsoft.graph.virtualEventRegistrationQuestionBase`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationCustomQuestionPath`](requests/struct.VirtualEventRegistrationCustomQuestionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventRegistrationCustomQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `answerChoices`: `Collection(Edm.String)`, nullable.
    pub answer_choices: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `answerInputType`: `microsoft.graph.virtualEventRegistrationQuestionAnswerInputType`, nullable.
    pub answer_input_type: rt::Field<
        crate::v1::VirtualEventRegistrationQuestionAnswerInputType,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationCustomQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_required: rt::Field::Absent,
            answer_choices: rt::Field::Absent,
            answer_input_type: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationCustomQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationCustomQuestion";
    const KEYS: &'static [&'static str] = &[
        "id",
        "displayName",
        "isRequired",
        "answerChoices",
        "answerInputType",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"isRequired\":",
        ",\"answerChoices\":",
        ",\"answerInputType\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationCustomQuestion\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.answer_choices.read_from(r),
            4usize => self.answer_input_type.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.answer_choices);
        w.field(4usize, &self.answer_input_type);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.is_required),
            3usize => ::std::option::Option::Some(&self.answer_choices),
            4usize => ::std::option::Option::Some(&self.answer_input_type),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "is_required", &self.is_required);
        d.field(3usize, "answer_choices", &self.answer_choices);
        d.field(4usize, "answer_input_type", &self.answer_input_type);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventRegistrationCustomQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationCustomQuestion { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_required is_required
    : bool; with_answer_choices answer_choices : ::std::vec::Vec < ::std::string::String
    >; with_answer_input_type answer_input_type : crate
    ::v1::VirtualEventRegistrationQuestionAnswerInputType; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationCustomQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationPredefinedQuestion`, entity type, derived from `microsoft.graph.virtualEventRegistrationQuestionBase`, key `id`.
///
/// Request builders: [`VirtualEventRegistrationPredefinedQuestionPath`](requests/struct.VirtualEventRegistrationPredefinedQuestionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventRegistrationPredefinedQuestion {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// CSDL: property `label`: `microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel`, nullable.
    pub label: rt::Field<crate::v1::VirtualEventRegistrationPredefinedQuestionLabel>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationPredefinedQuestion {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_required: rt::Field::Absent,
            label: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationPredefinedQuestion {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestion";
    const KEYS: &'static [&'static str] = &["id", "displayName", "isRequired", "label"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"isRequired\":",
        ",\"label\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationPredefinedQuestion\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_required.read_from(r),
            3usize => self.label.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_required);
        w.field(3usize, &self.label);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.is_required),
            3usize => ::std::option::Option::Some(&self.label),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "is_required", &self.is_required);
        d.field(3usize, "label", &self.label);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventRegistrationPredefinedQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationPredefinedQuestion { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_required is_required
    : bool; with_label label : crate
    ::v1::VirtualEventRegistrationPredefinedQuestionLabel; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationPredefinedQuestion);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventRegistrationPredefinedQuestionLabel {
    /// `street` (value 0).
    Street,
    /// `city` (value 1).
    City,
    /// `state` (value 2).
    State,
    /// `postalCode` (value 3).
    PostalCode,
    /// `countryOrRegion` (value 4).
    CountryOrRegion,
    /// `industry` (value 5).
    Industry,
    /// `jobTitle` (value 6).
    JobTitle,
    /// `organization` (value 7).
    Organization,
    /// `unknownFutureValue` (value 8).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventRegistrationPredefinedQuestionLabel {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationPredefinedQuestionLabel";
    const MEMBERS: &'static [&'static str] = &[
        "street",
        "city",
        "state",
        "postalCode",
        "countryOrRegion",
        "industry",
        "jobTitle",
        "organization",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "street" => Self::Street,
                "city" => Self::City,
                "state" => Self::State,
                "postalCode" => Self::PostalCode,
                "countryOrRegion" => Self::CountryOrRegion,
                "industry" => Self::Industry,
                "jobTitle" => Self::JobTitle,
                "organization" => Self::Organization,
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
            Self::Street => "street",
            Self::City => "city",
            Self::State => "state",
            Self::PostalCode => "postalCode",
            Self::CountryOrRegion => "countryOrRegion",
            Self::Industry => "industry",
            Self::JobTitle => "jobTitle",
            Self::Organization => "organization",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventRegistrationPredefinedQuestionLabel);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationPredefinedQuestionLabel);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationQuestionAnswer`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventRegistrationQuestionAnswer {
    /// CSDL: property `booleanValue`: `Edm.Boolean`, nullable.
    pub boolean_value: rt::Field<bool>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `multiChoiceValues`: `Collection(Edm.String)`, nullable.
    pub multi_choice_values: rt::Field<::std::vec::Vec<::std::string::String>>,
    /// CSDL: property `questionId`: `Edm.String`, nullable.
    pub question_id: rt::Field<::std::string::String>,
    /// CSDL: property `value`: `Edm.String`, nullable.
    pub value: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationQuestionAnswer {
    #[inline]
    fn default() -> Self {
        Self {
            boolean_value: rt::Field::Absent,
            display_name: rt::Field::Absent,
            multi_choice_values: rt::Field::Absent,
            question_id: rt::Field::Absent,
            value: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationQuestionAnswer {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionAnswer";
    const KEYS: &'static [&'static str] = &[
        "booleanValue",
        "displayName",
        "multiChoiceValues",
        "questionId",
        "value",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"booleanValue\":",
        ",\"displayName\":",
        ",\"multiChoiceValues\":",
        ",\"questionId\":",
        ",\"value\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationQuestionAnswer\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.boolean_value.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.multi_choice_values.read_from(r),
            3usize => self.question_id.read_from(r),
            4usize => self.value.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.boolean_value);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.multi_choice_values);
        w.field(3usize, &self.question_id);
        w.field(4usize, &self.value);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.boolean_value),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.multi_choice_values),
            3usize => ::std::option::Option::Some(&self.question_id),
            4usize => ::std::option::Option::Some(&self.value),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "boolean_value", &self.boolean_value);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "multi_choice_values", &self.multi_choice_values);
        d.field(3usize, "question_id", &self.question_id);
        d.field(4usize, "value", &self.value);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventRegistrationQuestionAnswer);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationQuestionAnswer { with_boolean_value boolean_value : bool;
    with_display_name display_name : ::std::string::String; with_multi_choice_values
    multi_choice_values : ::std::vec::Vec < ::std::string::String >; with_question_id
    question_id : ::std::string::String; with_value value : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationQuestionAnswer);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationQuestionAnswerInputType`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventRegistrationQuestionAnswerInputType {
    /// `text` (value 0).
    Text,
    /// `multilineText` (value 1).
    MultilineText,
    /// `singleChoice` (value 2).
    SingleChoice,
    /// `multiChoice` (value 3).
    MultiChoice,
    /// `boolean` (value 4).
    Boolean,
    /// `unknownFutureValue` (value 5).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventRegistrationQuestionAnswerInputType {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionAnswerInputType";
    const MEMBERS: &'static [&'static str] = &[
        "text",
        "multilineText",
        "singleChoice",
        "multiChoice",
        "boolean",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "text" => Self::Text,
                "multilineText" => Self::MultilineText,
                "singleChoice" => Self::SingleChoice,
                "multiChoice" => Self::MultiChoice,
                "boolean" => Self::Boolean,
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
            Self::Text => "text",
            Self::MultilineText => "multilineText",
            Self::SingleChoice => "singleChoice",
            Self::MultiChoice => "multiChoice",
            Self::Boolean => "boolean",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventRegistrationQuestionAnswerInputType);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationQuestionAnswerInputType);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventRegistrationQuestionBase`, entity type, derived from `microsoft.graph.entity`, abstract, key `id`.
///
/// Request builders: [`VirtualEventRegistrationQuestionBasePath`](requests/struct.VirtualEventRegistrationQuestionBasePath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventRegistrationQuestionBase {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `isRequired`: `Edm.Boolean`, nullable.
    pub is_required: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventRegistrationQuestionBase {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            display_name: rt::Field::Absent,
            is_required: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventRegistrationQuestionBase {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionBase";
    const KEYS: &'static [&'static str] = &["id", "displayName", "isRequired"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"displayName\":",
        ",\"isRequired\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventRegistrationQuestionBase\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.display_name.read_from(r),
            2usize => self.is_required.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.display_name);
        w.field(2usize, &self.is_required);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.display_name),
            2usize => ::std::option::Option::Some(&self.is_required),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "display_name", &self.display_name);
        d.field(2usize, "is_required", &self.is_required);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventRegistrationQuestionBase { with_id id : ::std::string::String;
    with_display_name display_name : ::std::string::String; with_is_required is_required
    : bool; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// `microsoft.graph.virtualEventRegistrationQuestionBase` or any type derived from it, selected by `@odata.type` (3 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyVirtualEventRegistrationQuestionBase {
    VirtualEventRegistrationQuestionBase(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationQuestionBase>,
    ),
    VirtualEventRegistrationCustomQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationCustomQuestion>,
    ),
    VirtualEventRegistrationPredefinedQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationPredefinedQuestion>,
    ),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn default() -> Self {
        Self::VirtualEventRegistrationQuestionBase(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationQuestionBase>
for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationQuestionBase) -> Self {
        Self::VirtualEventRegistrationQuestionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationCustomQuestion>
for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationCustomQuestion) -> Self {
        Self::VirtualEventRegistrationCustomQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::VirtualEventRegistrationPredefinedQuestion>
for AnyVirtualEventRegistrationQuestionBase {
    #[inline]
    fn from(v: crate::v1::VirtualEventRegistrationPredefinedQuestion) -> Self {
        Self::VirtualEventRegistrationPredefinedQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Poly for AnyVirtualEventRegistrationQuestionBase {
    const BASE_NAME: &'static str = "microsoft.graph.virtualEventRegistrationQuestionBase";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationCustomQuestion",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::VirtualEventRegistrationCustomQuestion)
            }
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion",
            ) => {
                rt::object::read_boxed(r)
                    .map(Self::VirtualEventRegistrationPredefinedQuestion)
            }
            _ => {
                rt::object::read_boxed(r).map(Self::VirtualEventRegistrationQuestionBase)
            }
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => {
                rt::object::write_object(&**v, w, ::std::option::Option::None)
            }
            Self::VirtualEventRegistrationCustomQuestion(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistrationCustomQuestion",
                    ),
                )
            }
            Self::VirtualEventRegistrationPredefinedQuestion(v) => {
                rt::object::write_object(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistrationPredefinedQuestion",
                    ),
                )
            }
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl AnyVirtualEventRegistrationQuestionBase {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::VirtualEventRegistrationQuestionBase(_) => {
                "microsoft.graph.virtualEventRegistrationQuestionBase"
            }
            Self::VirtualEventRegistrationCustomQuestion(_) => {
                "microsoft.graph.virtualEventRegistrationCustomQuestion"
            }
            Self::VirtualEventRegistrationPredefinedQuestion(_) => {
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &v.extra,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.extra,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.extra,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.extra,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &v.id,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.id,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.id,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.id,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.id,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &v.display_name,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.display_name,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.display_name,
        }
    }
    /// `displayName` of any variant.
    #[inline]
    pub fn display_name_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.display_name,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.display_name,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.display_name,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required(&self) -> &rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &v.is_required,
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.is_required,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.is_required,
        }
    }
    /// `isRequired` of any variant.
    #[inline]
    pub fn is_required_mut(&mut self) -> &mut rt::Field<bool> {
        match self {
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.is_required,
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.is_required,
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.is_required,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_poly!(AnyVirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyVirtualEventRegistrationQuestionBase);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventSession`, entity type, derived from `microsoft.graph.onlineMeetingBase`, key `id`.
///
/// Request builders: [`VirtualEventSessionPath`](requests/struct.VirtualEventSessionPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventSession {
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
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `videoOnDemandWebUrl`: `Edm.String`, nullable.
    pub video_on_demand_web_url: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventSession {
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
            capacity: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            video_on_demand_web_url: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventSession {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventSession";
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
        "capacity",
        "endDateTime",
        "startDateTime",
        "videoOnDemandWebUrl",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"allowAttendeeToEnableCamera\":",
        ",\"allowAttendeeToEnableMic\":",
        ",\"allowBreakoutRooms\":",
        ",\"allowCopyingAndSharingMeetingContent\":",
        ",\"allowedLobbyAdmitters\":",
        ",\"allowedPresenters\":",
        ",\"allowLiveShare\":",
        ",\"allowMeetingChat\":",
        ",\"allowParticipantsToChangeName\":",
        ",\"allowPowerPointSharing\":",
        ",\"allowRecording\":",
        ",\"allowTeamworkReactions\":",
        ",\"allowTranscription\":",
        ",\"allowWhiteboard\":",
        ",\"audioConferencing\":",
        ",\"chatInfo\":",
        ",\"chatRestrictions\":",
        ",\"cloudVideoInteropInfo\":",
        ",\"expiryDateTime\":",
        ",\"isEndToEndEncryptionEnabled\":",
        ",\"isEntryExitAnnounced\":",
        ",\"joinInformation\":",
        ",\"joinMeetingIdSettings\":",
        ",\"joinWebUrl\":",
        ",\"lobbyBypassSettings\":",
        ",\"meetingOptionsWebUrl\":",
        ",\"meetingSpokenLanguageTag\":",
        ",\"meetingType\":",
        ",\"recordAutomatically\":",
        ",\"sensitivityLabelAssignment\":",
        ",\"shareMeetingChatHistoryDefault\":",
        ",\"subject\":",
        ",\"videoTeleconferenceId\":",
        ",\"watermarkProtection\":",
        ",\"attendanceReports\":",
        ",\"capacity\":",
        ",\"endDateTime\":",
        ",\"startDateTime\":",
        ",\"videoOnDemandWebUrl\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventSession\"";
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
            36usize => self.capacity.read_from(r),
            37usize => self.end_date_time.read_from(r),
            38usize => self.start_date_time.read_from(r),
            39usize => self.video_on_demand_web_url.read_from(r),
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
        w.field(36usize, &self.capacity);
        w.field(37usize, &self.end_date_time);
        w.field(38usize, &self.start_date_time);
        w.field(39usize, &self.video_on_demand_web_url);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.allow_attendee_to_enable_camera),
            2usize => ::std::option::Option::Some(&self.allow_attendee_to_enable_mic),
            3usize => ::std::option::Option::Some(&self.allow_breakout_rooms),
            4usize => {
                ::std::option::Option::Some(
                    &self.allow_copying_and_sharing_meeting_content,
                )
            }
            5usize => ::std::option::Option::Some(&self.allowed_lobby_admitters),
            6usize => ::std::option::Option::Some(&self.allowed_presenters),
            7usize => ::std::option::Option::Some(&self.allow_live_share),
            8usize => ::std::option::Option::Some(&self.allow_meeting_chat),
            9usize => {
                ::std::option::Option::Some(&self.allow_participants_to_change_name)
            }
            10usize => ::std::option::Option::Some(&self.allow_power_point_sharing),
            11usize => ::std::option::Option::Some(&self.allow_recording),
            12usize => ::std::option::Option::Some(&self.allow_teamwork_reactions),
            13usize => ::std::option::Option::Some(&self.allow_transcription),
            14usize => ::std::option::Option::Some(&self.allow_whiteboard),
            15usize => ::std::option::Option::Some(&self.audio_conferencing),
            16usize => ::std::option::Option::Some(&self.chat_info),
            17usize => ::std::option::Option::Some(&self.chat_restrictions),
            18usize => ::std::option::Option::Some(&self.cloud_video_interop_info),
            19usize => ::std::option::Option::Some(&self.expiry_date_time),
            20usize => {
                ::std::option::Option::Some(&self.is_end_to_end_encryption_enabled)
            }
            21usize => ::std::option::Option::Some(&self.is_entry_exit_announced),
            22usize => ::std::option::Option::Some(&self.join_information),
            23usize => ::std::option::Option::Some(&self.join_meeting_id_settings),
            24usize => ::std::option::Option::Some(&self.join_web_url),
            25usize => ::std::option::Option::Some(&self.lobby_bypass_settings),
            26usize => ::std::option::Option::Some(&self.meeting_options_web_url),
            27usize => ::std::option::Option::Some(&self.meeting_spoken_language_tag),
            28usize => ::std::option::Option::Some(&self.meeting_type),
            29usize => ::std::option::Option::Some(&self.record_automatically),
            30usize => ::std::option::Option::Some(&self.sensitivity_label_assignment),
            31usize => {
                ::std::option::Option::Some(&self.share_meeting_chat_history_default)
            }
            32usize => ::std::option::Option::Some(&self.subject),
            33usize => ::std::option::Option::Some(&self.video_teleconference_id),
            34usize => ::std::option::Option::Some(&self.watermark_protection),
            35usize => ::std::option::Option::Some(&self.attendance_reports),
            36usize => ::std::option::Option::Some(&self.capacity),
            37usize => ::std::option::Option::Some(&self.end_date_time),
            38usize => ::std::option::Option::Some(&self.start_date_time),
            39usize => ::std::option::Option::Some(&self.video_on_demand_web_url),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(
            1usize,
            "allow_attendee_to_enable_camera",
            &self.allow_attendee_to_enable_camera,
        );
        d.field(
            2usize,
            "allow_attendee_to_enable_mic",
            &self.allow_attendee_to_enable_mic,
        );
        d.field(3usize, "allow_breakout_rooms", &self.allow_breakout_rooms);
        d.field(
            4usize,
            "allow_copying_and_sharing_meeting_content",
            &self.allow_copying_and_sharing_meeting_content,
        );
        d.field(5usize, "allowed_lobby_admitters", &self.allowed_lobby_admitters);
        d.field(6usize, "allowed_presenters", &self.allowed_presenters);
        d.field(7usize, "allow_live_share", &self.allow_live_share);
        d.field(8usize, "allow_meeting_chat", &self.allow_meeting_chat);
        d.field(
            9usize,
            "allow_participants_to_change_name",
            &self.allow_participants_to_change_name,
        );
        d.field(10usize, "allow_power_point_sharing", &self.allow_power_point_sharing);
        d.field(11usize, "allow_recording", &self.allow_recording);
        d.field(12usize, "allow_teamwork_reactions", &self.allow_teamwork_reactions);
        d.field(13usize, "allow_transcription", &self.allow_transcription);
        d.field(14usize, "allow_whiteboard", &self.allow_whiteboard);
        d.field(15usize, "audio_conferencing", &self.audio_conferencing);
        d.field(16usize, "chat_info", &self.chat_info);
        d.field(17usize, "chat_restrictions", &self.chat_restrictions);
        d.field(18usize, "cloud_video_interop_info", &self.cloud_video_interop_info);
        d.field(19usize, "expiry_date_time", &self.expiry_date_time);
        d.field(
            20usize,
            "is_end_to_end_encryption_enabled",
            &self.is_end_to_end_encryption_enabled,
        );
        d.field(21usize, "is_entry_exit_announced", &self.is_entry_exit_announced);
        d.field(22usize, "join_information", &self.join_information);
        d.field(23usize, "join_meeting_id_settings", &self.join_meeting_id_settings);
        d.field(24usize, "join_web_url", &self.join_web_url);
        d.field(25usize, "lobby_bypass_settings", &self.lobby_bypass_settings);
        d.field(26usize, "meeting_options_web_url", &self.meeting_options_web_url);
        d.field(
            27usize,
            "meeting_spoken_language_tag",
            &self.meeting_spoken_language_tag,
        );
        d.field(28usize, "meeting_type", &self.meeting_type);
        d.field(29usize, "record_automatically", &self.record_automatically);
        d.field(
            30usize,
            "sensitivity_label_assignment",
            &self.sensitivity_label_assignment,
        );
        d.field(
            31usize,
            "share_meeting_chat_history_default",
            &self.share_meeting_chat_history_default,
        );
        d.field(32usize, "subject", &self.subject);
        d.field(33usize, "video_teleconference_id", &self.video_teleconference_id);
        d.field(34usize, "watermark_protection", &self.watermark_protection);
        d.field(35usize, "attendance_reports", &self.attendance_reports);
        d.field(36usize, "capacity", &self.capacity);
        d.field(37usize, "end_date_time", &self.end_date_time);
        d.field(38usize, "start_date_time", &self.start_date_time);
        d.field(39usize, "video_on_demand_web_url", &self.video_on_demand_web_url);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventSession);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventSession { with_id id : ::std::string::String;
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
    ::std::vec::Vec < crate ::v1::MeetingAttendanceReport >; with_capacity capacity :
    i32; with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_start_date_time start_date_time : crate ::v1::DateTimeTimeZone;
    with_video_on_demand_web_url video_on_demand_web_url : ::std::string::String; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventSession);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventSettings`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventSettings {
    /// CSDL: property `isAttendeeEmailNotificationEnabled`: `Edm.Boolean`, nullable.
    pub is_attendee_email_notification_enabled: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventSettings {
    #[inline]
    fn default() -> Self {
        Self {
            is_attendee_email_notification_enabled: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventSettings {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventSettings";
    const KEYS: &'static [&'static str] = &["isAttendeeEmailNotificationEnabled"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"isAttendeeEmailNotificationEnabled\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventSettings\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.is_attendee_email_notification_enabled.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.is_attendee_email_notification_enabled);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => {
                ::std::option::Option::Some(&self.is_attendee_email_notification_enabled)
            }
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(
            0usize,
            "is_attendee_email_notification_enabled",
            &self.is_attendee_email_notification_enabled,
        );
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventSettings);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventSettings { with_is_attendee_email_notification_enabled
    is_attendee_email_notification_enabled : bool; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventSettings);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventStatus`, enum type.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum VirtualEventStatus {
    /// `draft` (value 0).
    Draft,
    /// `published` (value 1).
    Published,
    /// `canceled` (value 2).
    Canceled,
    /// `unknownFutureValue` (value 3).
    UnknownFutureValue,
    /// A value this version of the metadata does not define, kept as written.
    Unrecognized(::std::string::String),
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::StrEnum for VirtualEventStatus {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventStatus";
    const MEMBERS: &'static [&'static str] = &[
        "draft",
        "published",
        "canceled",
        "unknownFutureValue",
    ];
    #[inline]
    fn from_known(s: &str) -> ::std::option::Option<Self> {
        ::std::option::Option::Some(
            match s {
                "draft" => Self::Draft,
                "published" => Self::Published,
                "canceled" => Self::Canceled,
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
            Self::Draft => "draft",
            Self::Published => "published",
            Self::Canceled => "canceled",
            Self::UnknownFutureValue => "unknownFutureValue",
            Self::Unrecognized(s) => s,
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_enum!(VirtualEventStatus);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventStatus);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventTownhall`, entity type, derived from `microsoft.graph.virtualEvent`, key `id`.
///
/// Request builders: [`VirtualEventTownhallPath`](requests/struct.VirtualEventTownhallPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventTownhall {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.communicationsIdentitySet`, nullable.
    pub created_by: rt::Field<crate::v1::CommunicationsIdentitySet>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `settings`: `microsoft.graph.virtualEventSettings`, nullable.
    pub settings: rt::Field<crate::v1::VirtualEventSettings>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.virtualEventStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventStatus>,
    /// CSDL: containment navigation property `presenters`: `Collection(microsoft.graph.virtualEventPresenter)`, not nullable.
    pub presenters: rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// CSDL: property `audience`: `microsoft.graph.meetingAudience`, nullable.
    pub audience: rt::Field<crate::v1::MeetingAudience>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `coOrganizers`: `Collection(microsoft.graph.communicationsUserIdentity)`, nullable.
    pub co_organizers: rt::Field<::std::vec::Vec<crate::v1::CommunicationsUserIdentity>>,
    /// CSDL: property `invitedAttendees`: `Collection(microsoft.graph.identity)`, nullable.
    pub invited_attendees: rt::Field<::std::vec::Vec<crate::v1::AnyIdentity>>,
    /// CSDL: property `isInviteOnly`: `Edm.Boolean`, nullable.
    pub is_invite_only: rt::Field<bool>,
    /// CSDL: containment navigation property `registrationConfiguration`: `microsoft.graph.virtualEventTownhallRegistrationConfiguration`, nullable.
    pub registration_configuration: rt::Field<
        crate::v1::VirtualEventTownhallRegistrationConfiguration,
    >,
    /// CSDL: containment navigation property `registrations`: `Collection(microsoft.graph.virtualEventRegistration)`, not nullable.
    pub registrations: rt::Field<::std::vec::Vec<crate::v1::VirtualEventRegistration>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventTownhall {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            presenters: rt::Field::Absent,
            sessions: rt::Field::Absent,
            audience: rt::Field::Absent,
            capacity: rt::Field::Absent,
            co_organizers: rt::Field::Absent,
            invited_attendees: rt::Field::Absent,
            is_invite_only: rt::Field::Absent,
            registration_configuration: rt::Field::Absent,
            registrations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventTownhall {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventTownhall";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "externalEventInformation",
        "isRegistrationRequired",
        "settings",
        "startDateTime",
        "status",
        "presenters",
        "sessions",
        "audience",
        "capacity",
        "coOrganizers",
        "invitedAttendees",
        "isInviteOnly",
        "registrationConfiguration",
        "registrations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"endDateTime\":",
        ",\"externalEventInformation\":",
        ",\"isRegistrationRequired\":",
        ",\"settings\":",
        ",\"startDateTime\":",
        ",\"status\":",
        ",\"presenters\":",
        ",\"sessions\":",
        ",\"audience\":",
        ",\"capacity\":",
        ",\"coOrganizers\":",
        ",\"invitedAttendees\":",
        ",\"isInviteOnly\":",
        ",\"registrationConfiguration\":",
        ",\"registrations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventTownhall\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.end_date_time.read_from(r),
            5usize => self.external_event_information.read_from(r),
            6usize => self.is_registration_required.read_from(r),
            7usize => self.settings.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.presenters.read_from(r),
            11usize => self.sessions.read_from(r),
            12usize => self.audience.read_from(r),
            13usize => self.capacity.read_from(r),
            14usize => self.co_organizers.read_from(r),
            15usize => self.invited_attendees.read_from(r),
            16usize => self.is_invite_only.read_from(r),
            17usize => self.registration_configuration.read_from(r),
            18usize => self.registrations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.end_date_time);
        w.field(5usize, &self.external_event_information);
        w.field(6usize, &self.is_registration_required);
        w.field(7usize, &self.settings);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.presenters);
        w.field(11usize, &self.sessions);
        w.field(12usize, &self.audience);
        w.field(13usize, &self.capacity);
        w.field(14usize, &self.co_organizers);
        w.field(15usize, &self.invited_attendees);
        w.field(16usize, &self.is_invite_only);
        w.field(17usize, &self.registration_configuration);
        w.field(18usize, &self.registrations);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.end_date_time),
            5usize => ::std::option::Option::Some(&self.external_event_information),
            6usize => ::std::option::Option::Some(&self.is_registration_required),
            7usize => ::std::option::Option::Some(&self.settings),
            8usize => ::std::option::Option::Some(&self.start_date_time),
            9usize => ::std::option::Option::Some(&self.status),
            10usize => ::std::option::Option::Some(&self.presenters),
            11usize => ::std::option::Option::Some(&self.sessions),
            12usize => ::std::option::Option::Some(&self.audience),
            13usize => ::std::option::Option::Some(&self.capacity),
            14usize => ::std::option::Option::Some(&self.co_organizers),
            15usize => ::std::option::Option::Some(&self.invited_attendees),
            16usize => ::std::option::Option::Some(&self.is_invite_only),
            17usize => ::std::option::Option::Some(&self.registration_configuration),
            18usize => ::std::option::Option::Some(&self.registrations),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "end_date_time", &self.end_date_time);
        d.field(5usize, "external_event_information", &self.external_event_information);
        d.field(6usize, "is_registration_required", &self.is_registration_required);
        d.field(7usize, "settings", &self.settings);
        d.field(8usize, "start_date_time", &self.start_date_time);
        d.field(9usize, "status", &self.status);
        d.field(10usize, "presenters", &self.presenters);
        d.field(11usize, "sessions", &self.sessions);
        d.field(12usize, "audience", &self.audience);
        d.field(13usize, "capacity", &self.capacity);
        d.field(14usize, "co_organizers", &self.co_organizers);
        d.field(15usize, "invited_attendees", &self.invited_attendees);
        d.field(16usize, "is_invite_only", &self.is_invite_only);
        d.field(17usize, "registration_configuration", &self.registration_configuration);
        d.field(18usize, "registrations", &self.registrations);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventTownhall);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventTownhall { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::CommunicationsIdentitySet; with_description description : crate
    ::v1::ItemBody; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_external_event_information external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_is_registration_required
    is_registration_required : bool; with_settings settings : crate
    ::v1::VirtualEventSettings; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_status status : crate ::v1::VirtualEventStatus;
    with_presenters presenters : ::std::vec::Vec < crate ::v1::VirtualEventPresenter >;
    with_sessions sessions : ::std::vec::Vec < crate ::v1::VirtualEventSession >;
    with_audience audience : crate ::v1::MeetingAudience; with_capacity capacity : i32;
    with_co_organizers co_organizers : ::std::vec::Vec < crate
    ::v1::CommunicationsUserIdentity >; with_invited_attendees invited_attendees :
    ::std::vec::Vec < crate ::v1::AnyIdentity >; with_is_invite_only is_invite_only :
    bool; with_registration_configuration registration_configuration : crate
    ::v1::VirtualEventTownhallRegistrationConfiguration; with_registrations registrations
    : ::std::vec::Vec < crate ::v1::VirtualEventRegistration >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventTownhall);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventTownhallRegistrationConfiguration`, entity type, derived from `microsoft.graph.virtualEventRegistrationConfiguration`, key `id`.
///
/// Request builders: [`VirtualEventTownhallRegistrationConfigurationPath`](requests/struct.VirtualEventTownhallRegistrationConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventTownhallRegistrationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `isManualApprovalEnabled`: `Edm.Boolean`, nullable.
    pub is_manual_approval_enabled: rt::Field<bool>,
    /// CSDL: property `isWaitlistEnabled`: `Edm.Boolean`, nullable.
    pub is_waitlist_enabled: rt::Field<bool>,
    /// CSDL: property `registrationWebUrl`: `Edm.String`, nullable.
    pub registration_web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.virtualEventRegistrationQuestionBase)`, not nullable.
    pub questions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventTownhallRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capacity: rt::Field::Absent,
            is_manual_approval_enabled: rt::Field::Absent,
            is_waitlist_enabled: rt::Field::Absent,
            registration_web_url: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventTownhallRegistrationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventTownhallRegistrationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capacity",
        "isManualApprovalEnabled",
        "isWaitlistEnabled",
        "registrationWebUrl",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"capacity\":",
        ",\"isManualApprovalEnabled\":",
        ",\"isWaitlistEnabled\":",
        ",\"registrationWebUrl\":",
        ",\"questions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventTownhallRegistrationConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capacity.read_from(r),
            2usize => self.is_manual_approval_enabled.read_from(r),
            3usize => self.is_waitlist_enabled.read_from(r),
            4usize => self.registration_web_url.read_from(r),
            5usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capacity);
        w.field(2usize, &self.is_manual_approval_enabled);
        w.field(3usize, &self.is_waitlist_enabled);
        w.field(4usize, &self.registration_web_url);
        w.field(5usize, &self.questions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.capacity),
            2usize => ::std::option::Option::Some(&self.is_manual_approval_enabled),
            3usize => ::std::option::Option::Some(&self.is_waitlist_enabled),
            4usize => ::std::option::Option::Some(&self.registration_web_url),
            5usize => ::std::option::Option::Some(&self.questions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "capacity", &self.capacity);
        d.field(2usize, "is_manual_approval_enabled", &self.is_manual_approval_enabled);
        d.field(3usize, "is_waitlist_enabled", &self.is_waitlist_enabled);
        d.field(4usize, "registration_web_url", &self.registration_web_url);
        d.field(5usize, "questions", &self.questions);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventTownhallRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventTownhallRegistrationConfiguration { with_id id : ::std::string::String;
    with_capacity capacity : i32; with_is_manual_approval_enabled
    is_manual_approval_enabled : bool; with_is_waitlist_enabled is_waitlist_enabled :
    bool; with_registration_web_url registration_web_url : ::std::string::String;
    with_questions questions : ::std::vec::Vec < crate
    ::v1::AnyVirtualEventRegistrationQuestionBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventTownhallRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventWebinar`, entity type, derived from `microsoft.graph.virtualEvent`, key `id`.
///
/// Request builders: [`VirtualEventWebinarPath`](requests/struct.VirtualEventWebinarPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventWebinar {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `createdBy`: `microsoft.graph.communicationsIdentitySet`, nullable.
    pub created_by: rt::Field<crate::v1::CommunicationsIdentitySet>,
    /// CSDL: property `description`: `microsoft.graph.itemBody`, nullable.
    pub description: rt::Field<crate::v1::ItemBody>,
    /// CSDL: property `displayName`: `Edm.String`, nullable.
    pub display_name: rt::Field<::std::string::String>,
    /// CSDL: property `endDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub end_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `externalEventInformation`: `Collection(microsoft.graph.virtualEventExternalInformation)`, nullable.
    pub external_event_information: rt::Field<
        ::std::vec::Vec<crate::v1::VirtualEventExternalInformation>,
    >,
    /// CSDL: property `isRegistrationRequired`: `Edm.Boolean`, nullable.
    pub is_registration_required: rt::Field<bool>,
    /// CSDL: property `settings`: `microsoft.graph.virtualEventSettings`, nullable.
    pub settings: rt::Field<crate::v1::VirtualEventSettings>,
    /// CSDL: property `startDateTime`: `microsoft.graph.dateTimeTimeZone`, nullable.
    pub start_date_time: rt::Field<crate::v1::DateTimeTimeZone>,
    /// CSDL: property `status`: `microsoft.graph.virtualEventStatus`, nullable.
    pub status: rt::Field<crate::v1::VirtualEventStatus>,
    /// CSDL: containment navigation property `presenters`: `Collection(microsoft.graph.virtualEventPresenter)`, not nullable.
    pub presenters: rt::Field<::std::vec::Vec<crate::v1::VirtualEventPresenter>>,
    /// CSDL: containment navigation property `sessions`: `Collection(microsoft.graph.virtualEventSession)`, not nullable.
    pub sessions: rt::Field<::std::vec::Vec<crate::v1::VirtualEventSession>>,
    /// CSDL: property `audience`: `microsoft.graph.meetingAudience`, nullable.
    pub audience: rt::Field<crate::v1::MeetingAudience>,
    /// CSDL: property `coOrganizers`: `Collection(microsoft.graph.communicationsUserIdentity)`, nullable.
    pub co_organizers: rt::Field<::std::vec::Vec<crate::v1::CommunicationsUserIdentity>>,
    /// CSDL: containment navigation property `registrationConfiguration`: `microsoft.graph.virtualEventWebinarRegistrationConfiguration`, nullable.
    pub registration_configuration: rt::Field<
        crate::v1::VirtualEventWebinarRegistrationConfiguration,
    >,
    /// CSDL: containment navigation property `registrations`: `Collection(microsoft.graph.virtualEventRegistration)`, not nullable.
    pub registrations: rt::Field<::std::vec::Vec<crate::v1::VirtualEventRegistration>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventWebinar {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            created_by: rt::Field::Absent,
            description: rt::Field::Absent,
            display_name: rt::Field::Absent,
            end_date_time: rt::Field::Absent,
            external_event_information: rt::Field::Absent,
            is_registration_required: rt::Field::Absent,
            settings: rt::Field::Absent,
            start_date_time: rt::Field::Absent,
            status: rt::Field::Absent,
            presenters: rt::Field::Absent,
            sessions: rt::Field::Absent,
            audience: rt::Field::Absent,
            co_organizers: rt::Field::Absent,
            registration_configuration: rt::Field::Absent,
            registrations: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventWebinar {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventWebinar";
    const KEYS: &'static [&'static str] = &[
        "id",
        "createdBy",
        "description",
        "displayName",
        "endDateTime",
        "externalEventInformation",
        "isRegistrationRequired",
        "settings",
        "startDateTime",
        "status",
        "presenters",
        "sessions",
        "audience",
        "coOrganizers",
        "registrationConfiguration",
        "registrations",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"createdBy\":",
        ",\"description\":",
        ",\"displayName\":",
        ",\"endDateTime\":",
        ",\"externalEventInformation\":",
        ",\"isRegistrationRequired\":",
        ",\"settings\":",
        ",\"startDateTime\":",
        ",\"status\":",
        ",\"presenters\":",
        ",\"sessions\":",
        ",\"audience\":",
        ",\"coOrganizers\":",
        ",\"registrationConfiguration\":",
        ",\"registrations\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventWebinar\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.created_by.read_from(r),
            2usize => self.description.read_from(r),
            3usize => self.display_name.read_from(r),
            4usize => self.end_date_time.read_from(r),
            5usize => self.external_event_information.read_from(r),
            6usize => self.is_registration_required.read_from(r),
            7usize => self.settings.read_from(r),
            8usize => self.start_date_time.read_from(r),
            9usize => self.status.read_from(r),
            10usize => self.presenters.read_from(r),
            11usize => self.sessions.read_from(r),
            12usize => self.audience.read_from(r),
            13usize => self.co_organizers.read_from(r),
            14usize => self.registration_configuration.read_from(r),
            15usize => self.registrations.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.created_by);
        w.field(2usize, &self.description);
        w.field(3usize, &self.display_name);
        w.field(4usize, &self.end_date_time);
        w.field(5usize, &self.external_event_information);
        w.field(6usize, &self.is_registration_required);
        w.field(7usize, &self.settings);
        w.field(8usize, &self.start_date_time);
        w.field(9usize, &self.status);
        w.field(10usize, &self.presenters);
        w.field(11usize, &self.sessions);
        w.field(12usize, &self.audience);
        w.field(13usize, &self.co_organizers);
        w.field(14usize, &self.registration_configuration);
        w.field(15usize, &self.registrations);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.created_by),
            2usize => ::std::option::Option::Some(&self.description),
            3usize => ::std::option::Option::Some(&self.display_name),
            4usize => ::std::option::Option::Some(&self.end_date_time),
            5usize => ::std::option::Option::Some(&self.external_event_information),
            6usize => ::std::option::Option::Some(&self.is_registration_required),
            7usize => ::std::option::Option::Some(&self.settings),
            8usize => ::std::option::Option::Some(&self.start_date_time),
            9usize => ::std::option::Option::Some(&self.status),
            10usize => ::std::option::Option::Some(&self.presenters),
            11usize => ::std::option::Option::Some(&self.sessions),
            12usize => ::std::option::Option::Some(&self.audience),
            13usize => ::std::option::Option::Some(&self.co_organizers),
            14usize => ::std::option::Option::Some(&self.registration_configuration),
            15usize => ::std::option::Option::Some(&self.registrations),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "created_by", &self.created_by);
        d.field(2usize, "description", &self.description);
        d.field(3usize, "display_name", &self.display_name);
        d.field(4usize, "end_date_time", &self.end_date_time);
        d.field(5usize, "external_event_information", &self.external_event_information);
        d.field(6usize, "is_registration_required", &self.is_registration_required);
        d.field(7usize, "settings", &self.settings);
        d.field(8usize, "start_date_time", &self.start_date_time);
        d.field(9usize, "status", &self.status);
        d.field(10usize, "presenters", &self.presenters);
        d.field(11usize, "sessions", &self.sessions);
        d.field(12usize, "audience", &self.audience);
        d.field(13usize, "co_organizers", &self.co_organizers);
        d.field(14usize, "registration_configuration", &self.registration_configuration);
        d.field(15usize, "registrations", &self.registrations);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventWebinar);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventWebinar { with_id id : ::std::string::String; with_created_by created_by
    : crate ::v1::CommunicationsIdentitySet; with_description description : crate
    ::v1::ItemBody; with_display_name display_name : ::std::string::String;
    with_end_date_time end_date_time : crate ::v1::DateTimeTimeZone;
    with_external_event_information external_event_information : ::std::vec::Vec < crate
    ::v1::VirtualEventExternalInformation >; with_is_registration_required
    is_registration_required : bool; with_settings settings : crate
    ::v1::VirtualEventSettings; with_start_date_time start_date_time : crate
    ::v1::DateTimeTimeZone; with_status status : crate ::v1::VirtualEventStatus;
    with_presenters presenters : ::std::vec::Vec < crate ::v1::VirtualEventPresenter >;
    with_sessions sessions : ::std::vec::Vec < crate ::v1::VirtualEventSession >;
    with_audience audience : crate ::v1::MeetingAudience; with_co_organizers
    co_organizers : ::std::vec::Vec < crate ::v1::CommunicationsUserIdentity >;
    with_registration_configuration registration_configuration : crate
    ::v1::VirtualEventWebinarRegistrationConfiguration; with_registrations registrations
    : ::std::vec::Vec < crate ::v1::VirtualEventRegistration >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventWebinar);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventWebinarRegistrationConfiguration`, entity type, derived from `microsoft.graph.virtualEventRegistrationConfiguration`, key `id`.
///
/// Request builders: [`VirtualEventWebinarRegistrationConfigurationPath`](requests/struct.VirtualEventWebinarRegistrationConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventWebinarRegistrationConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `capacity`: `Edm.Int32`, nullable.
    pub capacity: rt::Field<i32>,
    /// CSDL: property `isManualApprovalEnabled`: `Edm.Boolean`, nullable.
    pub is_manual_approval_enabled: rt::Field<bool>,
    /// CSDL: property `isWaitlistEnabled`: `Edm.Boolean`, nullable.
    pub is_waitlist_enabled: rt::Field<bool>,
    /// CSDL: property `registrationWebUrl`: `Edm.String`, nullable.
    pub registration_web_url: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `questions`: `Collection(microsoft.graph.virtualEventRegistrationQuestionBase)`, not nullable.
    pub questions: rt::Field<
        ::std::vec::Vec<crate::v1::AnyVirtualEventRegistrationQuestionBase>,
    >,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventWebinarRegistrationConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            capacity: rt::Field::Absent,
            is_manual_approval_enabled: rt::Field::Absent,
            is_waitlist_enabled: rt::Field::Absent,
            registration_web_url: rt::Field::Absent,
            questions: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventWebinarRegistrationConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventWebinarRegistrationConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "capacity",
        "isManualApprovalEnabled",
        "isWaitlistEnabled",
        "registrationWebUrl",
        "questions",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"capacity\":",
        ",\"isManualApprovalEnabled\":",
        ",\"isWaitlistEnabled\":",
        ",\"registrationWebUrl\":",
        ",\"questions\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventWebinarRegistrationConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.capacity.read_from(r),
            2usize => self.is_manual_approval_enabled.read_from(r),
            3usize => self.is_waitlist_enabled.read_from(r),
            4usize => self.registration_web_url.read_from(r),
            5usize => self.questions.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.capacity);
        w.field(2usize, &self.is_manual_approval_enabled);
        w.field(3usize, &self.is_waitlist_enabled);
        w.field(4usize, &self.registration_web_url);
        w.field(5usize, &self.questions);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.capacity),
            2usize => ::std::option::Option::Some(&self.is_manual_approval_enabled),
            3usize => ::std::option::Option::Some(&self.is_waitlist_enabled),
            4usize => ::std::option::Option::Some(&self.registration_web_url),
            5usize => ::std::option::Option::Some(&self.questions),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "capacity", &self.capacity);
        d.field(2usize, "is_manual_approval_enabled", &self.is_manual_approval_enabled);
        d.field(3usize, "is_waitlist_enabled", &self.is_waitlist_enabled);
        d.field(4usize, "registration_web_url", &self.registration_web_url);
        d.field(5usize, "questions", &self.questions);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventWebinarRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventWebinarRegistrationConfiguration { with_id id : ::std::string::String;
    with_capacity capacity : i32; with_is_manual_approval_enabled
    is_manual_approval_enabled : bool; with_is_waitlist_enabled is_waitlist_enabled :
    bool; with_registration_web_url registration_web_url : ::std::string::String;
    with_questions questions : ::std::vec::Vec < crate
    ::v1::AnyVirtualEventRegistrationQuestionBase >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventWebinarRegistrationConfiguration);
#[cfg(msgraph_v1_search_or_solutions)]
/// CSDL: `microsoft.graph.virtualEventsRoot`, entity type, derived from `microsoft.graph.entity`, key `id`.
///
/// Request builders: [`VirtualEventsRootPath`](requests/struct.VirtualEventsRootPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-search`, `v1-solutions`.
#[derive(Clone, PartialEq)]
pub struct VirtualEventsRoot {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: containment navigation property `events`: `Collection(microsoft.graph.virtualEvent)`, not nullable.
    pub events: rt::Field<::std::vec::Vec<crate::v1::AnyVirtualEvent>>,
    /// CSDL: containment navigation property `townhalls`: `Collection(microsoft.graph.virtualEventTownhall)`, not nullable.
    pub townhalls: rt::Field<::std::vec::Vec<crate::v1::VirtualEventTownhall>>,
    /// CSDL: containment navigation property `webinars`: `Collection(microsoft.graph.virtualEventWebinar)`, not nullable.
    pub webinars: rt::Field<::std::vec::Vec<crate::v1::VirtualEventWebinar>>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_solutions)]
impl ::std::default::Default for VirtualEventsRoot {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            events: rt::Field::Absent,
            townhalls: rt::Field::Absent,
            webinars: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
impl rt::Object for VirtualEventsRoot {
    const TYPE_NAME: &'static str = "microsoft.graph.virtualEventsRoot";
    const KEYS: &'static [&'static str] = &["id", "events", "townhalls", "webinars"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"events\":",
        ",\"townhalls\":",
        ",\"webinars\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.virtualEventsRoot\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.events.read_from(r),
            2usize => self.townhalls.read_from(r),
            3usize => self.webinars.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.events);
        w.field(2usize, &self.townhalls);
        w.field(3usize, &self.webinars);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.events),
            2usize => ::std::option::Option::Some(&self.townhalls),
            3usize => ::std::option::Option::Some(&self.webinars),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "events", &self.events);
        d.field(2usize, "townhalls", &self.townhalls);
        d.field(3usize, "webinars", &self.webinars);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_object!(VirtualEventsRoot);
#[cfg(msgraph_v1_search_or_solutions)]
rt::impl_setters!(
    VirtualEventsRoot { with_id id : ::std::string::String; with_events events :
    ::std::vec::Vec < crate ::v1::AnyVirtualEvent >; with_townhalls townhalls :
    ::std::vec::Vec < crate ::v1::VirtualEventTownhall >; with_webinars webinars :
    ::std::vec::Vec < crate ::v1::VirtualEventWebinar >; }
);
#[cfg(msgraph_v1_search_or_solutions)]
#[cfg(feature = "serde")]
rt::impl_serde!(VirtualEventsRoot);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// CSDL: `microsoft.graph.voiceAuthenticationMethodConfiguration`, entity type, derived from `microsoft.graph.authenticationMethodConfiguration`, key `id`.
///
/// Request builders: [`VoiceAuthenticationMethodConfigurationPath`](requests/struct.VoiceAuthenticationMethodConfigurationPath.html), the type of a path to one.
///
/// Features: `v1`, or one of `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-policies`, `v1-search`.
#[derive(Clone, PartialEq)]
pub struct VoiceAuthenticationMethodConfiguration {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// CSDL: property `excludeTargets`: `Collection(microsoft.graph.excludeTarget)`, nullable.
    pub exclude_targets: rt::Field<::std::vec::Vec<crate::v1::ExcludeTarget>>,
    /// CSDL: property `state`: `microsoft.graph.authenticationMethodState`, nullable.
    pub state: rt::Field<crate::v1::AuthenticationMethodState>,
    /// CSDL: property `isOfficePhoneAllowed`: `Edm.Boolean`, nullable.
    pub is_office_phone_allowed: rt::Field<bool>,
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
impl ::std::default::Default for VoiceAuthenticationMethodConfiguration {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            exclude_targets: rt::Field::Absent,
            state: rt::Field::Absent,
            is_office_phone_allowed: rt::Field::Absent,
            include_targets: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
impl rt::Object for VoiceAuthenticationMethodConfiguration {
    const TYPE_NAME: &'static str = "microsoft.graph.voiceAuthenticationMethodConfiguration";
    const KEYS: &'static [&'static str] = &[
        "id",
        "excludeTargets",
        "state",
        "isOfficePhoneAllowed",
        "includeTargets",
    ];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"id\":",
        ",\"excludeTargets\":",
        ",\"state\":",
        ",\"isOfficePhoneAllowed\":",
        ",\"includeTargets\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.voiceAuthenticationMethodConfiguration\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            1usize => self.exclude_targets.read_from(r),
            2usize => self.state.read_from(r),
            3usize => self.is_office_phone_allowed.read_from(r),
            4usize => self.include_targets.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
        w.field(1usize, &self.exclude_targets);
        w.field(2usize, &self.state);
        w.field(3usize, &self.is_office_phone_allowed);
        w.field(4usize, &self.include_targets);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            1usize => ::std::option::Option::Some(&self.exclude_targets),
            2usize => ::std::option::Option::Some(&self.state),
            3usize => ::std::option::Option::Some(&self.is_office_phone_allowed),
            4usize => ::std::option::Option::Some(&self.include_targets),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
        d.field(1usize, "exclude_targets", &self.exclude_targets);
        d.field(2usize, "state", &self.state);
        d.field(3usize, "is_office_phone_allowed", &self.is_office_phone_allowed);
        d.field(4usize, "include_targets", &self.include_targets);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_object!(VoiceAuthenticationMethodConfiguration);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
rt::impl_setters!(
    VoiceAuthenticationMethodConfiguration { with_id id : ::std::string::String;
    with_exclude_targets exclude_targets : ::std::vec::Vec < crate ::v1::ExcludeTarget >;
    with_state state : crate ::v1::AuthenticationMethodState;
    with_is_office_phone_allowed is_office_phone_allowed : bool; with_include_targets
    include_targets : ::std::vec::Vec < crate ::v1::AnyAuthenticationMethodTarget >; }
);
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[cfg(feature = "serde")]
rt::impl_serde!(VoiceAuthenticationMethodConfiguration);
#[cfg(msgraph_v1_search_or_security)]
/// CSDL: `microsoft.graph.vulnerabilityState`, complex type.
///
/// Features: `v1`, or one of `v1-search`, `v1-security`.
#[derive(Clone, PartialEq)]
pub struct VulnerabilityState {
    /// CSDL: property `cve`: `Edm.String`, nullable.
    pub cve: rt::Field<::std::string::String>,
    /// CSDL: property `severity`: `Edm.String`, nullable.
    pub severity: rt::Field<::std::string::String>,
    /// CSDL: property `wasRunning`: `Edm.Boolean`, nullable.
    pub was_running: rt::Field<bool>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_search_or_security)]
impl ::std::default::Default for VulnerabilityState {
    #[inline]
    fn default() -> Self {
        Self {
            cve: rt::Field::Absent,
            severity: rt::Field::Absent,
            was_running: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_search_or_security)]
impl rt::Object for VulnerabilityState {
    const TYPE_NAME: &'static str = "microsoft.graph.vulnerabilityState";
    const KEYS: &'static [&'static str] = &["cve", "severity", "wasRunning"];
    const KEYS_JSON: &'static [&'static str] = &[
        ",\"cve\":",
        ",\"severity\":",
        ",\"wasRunning\":",
    ];
    const TAG: &'static str = "\"#microsoft.graph.vulnerabilityState\"";
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.cve.read_from(r),
            1usize => self.severity.read_from(r),
            2usize => self.was_running.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.cve);
        w.field(1usize, &self.severity);
        w.field(2usize, &self.was_running);
    }
    #[inline]
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.cve),
            1usize => ::std::option::Option::Some(&self.severity),
            2usize => ::std::option::Option::Some(&self.was_running),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "cve", &self.cve);
        d.field(1usize, "severity", &self.severity);
        d.field(2usize, "was_running", &self.was_running);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_search_or_security)]
rt::impl_object!(VulnerabilityState);
#[cfg(msgraph_v1_search_or_security)]
rt::impl_setters!(
    VulnerabilityState { with_cve cve : ::std::string::String; with_severity severity :
    ::std::string::String; with_was_running was_running : bool; }
);
#[cfg(msgraph_v1_search_or_security)]
#[cfg(feature = "serde")]
rt::impl_serde!(VulnerabilityState);
